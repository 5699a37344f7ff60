/**
 * Shared pieces of `npm run torture`: logging on stderr, a seeded-free random source, bounded waits, and
 * the cleanup registry that ends worker processes, removes temp dirs and deletes Redis keys on every exit
 * path (normal end, a thrown error, SIGINT/SIGTERM).
 */
import { isXeroConnectionsError } from '../../src/errors/index.js';

export const log = (scenario: string, message: string): void => {
  process.stderr.write(`[torture:${scenario}] ${message}\n`);
};

/** A uniform integer in [min, max]. */
export function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The stable error code of an SDK error, else the error's name: what the reports count failures by. */
export function errorCode(error: unknown): string {
  if (isXeroConnectionsError(error)) return error.code;
  return error instanceof Error ? error.name : 'unknown';
}

/** Counts by key, printed in the progress log. */
export function tally(into: Record<string, number>, key: string, n = 1): void {
  into[key] = (into[key] ?? 0) + n;
}

type Cleanup = () => Promise<void> | void;

/**
 * Cleanups run last-registered first, each at most once, even when one throws. The process handlers make
 * sure a Ctrl+C still kills the workers and removes what the run created.
 */
export class CleanupRegistry {
  readonly #steps: Array<{ name: string; run: Cleanup }> = [];
  #ran = false;

  add(name: string, run: Cleanup): void {
    this.#steps.push({ name, run });
  }

  async runAll(): Promise<void> {
    if (this.#ran) return;
    this.#ran = true;
    for (const step of this.#steps.reverse()) {
      try {
        await step.run();
      } catch (error) {
        log('cleanup', `${step.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /** On SIGINT/SIGTERM: clean up, then exit with the conventional 128 + signal code. */
  installSignalHandlers(): void {
    const onSignal = (signal: NodeJS.Signals, code: number) => {
      log('cleanup', `${signal}: stopping workers and removing temp state`);
      void this.runAll().finally(() => process.exit(code));
    };
    process.once('SIGINT', () => onSignal('SIGINT', 130));
    process.once('SIGTERM', () => onSignal('SIGTERM', 143));
  }
}

/** Resolves with `promise`, or with `onTimeout()` once `ms` passed (the promise is left to settle alone). */
export async function within<T>(promise: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
