/**
 * The parent's handle on one kill-trial worker: spawns the bundled worker with plain `node` (loading it at
 * once, so a lane can keep a spare loaded while its current worker runs), hands it its config on stdin,
 * parses its JSON lines, tracks which critical section it is in (from its markers) and SIGKILLs it on
 * request.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { WorkerConfig } from './kill-worker.js';

/** Where a worker was when the SIGKILL was sent, from its last markers. */
export type KillPoint = 'store-put' | 'refresh' | 'payment' | 'other';

export interface WorkerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

export type WorkerLine = Record<string, unknown>;

export class TortureWorker {
  readonly #child: ChildProcess;
  readonly exited: Promise<WorkerExit>;
  #inRefresh = false;
  #inPut = false;
  #inPayment = false;
  #listeners = new Set<(line: WorkerLine) => void>();

  #onLine: (line: WorkerLine) => void = () => {};
  #started = false;

  /** Spawns the worker; it loads and then waits for {@link start}. */
  constructor(bundle: string) {
    this.#child = spawn(process.execPath, [bundle], { stdio: ['pipe', 'pipe', 'pipe'] });
    // A spare killed before it got its config must not crash the parent with EPIPE.
    this.#child.stdin!.on('error', () => {});
    let buffer = '';
    let stderr = '';
    this.#child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
        const text = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (!text.startsWith('{')) continue;
        const line = JSON.parse(text) as WorkerLine;
        this.#track(line);
        this.#onLine(line);
        for (const listener of this.#listeners) listener(line);
      }
    });
    this.#child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    this.exited = new Promise((resolve) => {
      this.#child.once('exit', (code, signal) => resolve({ code, signal, stderr }));
    });
  }

  /** Hands the worker its work; its lines go to `onLine` from now on. */
  start(config: WorkerConfig, onLine: (line: WorkerLine) => void): void {
    if (this.#started) throw new Error('a torture worker is started once');
    this.#started = true;
    this.#onLine = onLine;
    this.#child.stdin!.end(`${JSON.stringify(config)}\n`);
  }

  #track(line: WorkerLine): void {
    if (line.m === 'R') this.#inRefresh = true;
    if (line.m === 'r') this.#inRefresh = false;
    if (line.m === 'P') this.#inPut = true;
    if (line.m === 'p') this.#inPut = false;
    if (line.m === 'Y') this.#inPayment = true;
    if ('done' in line || 'fail' in line) this.#inPayment = false;
  }

  /** Resolves at the first line (from now on) that matches. */
  next(match: (line: WorkerLine) => boolean): Promise<WorkerLine> {
    return new Promise((resolve) => {
      const listener = (line: WorkerLine) => {
        if (!match(line)) return;
        this.#listeners.delete(listener);
        resolve(line);
      };
      this.#listeners.add(listener);
    });
  }

  get running(): boolean {
    return this.#child.exitCode === null && this.#child.signalCode === null;
  }

  /** SIGKILLs the worker if it still runs; returns where it was, or undefined when it had already ended. */
  kill(): KillPoint | undefined {
    if (!this.running) return undefined;
    const point: KillPoint = this.#inPut
      ? 'store-put'
      : this.#inRefresh
        ? 'refresh'
        : this.#inPayment
          ? 'payment'
          : 'other';
    this.#child.kill('SIGKILL');
    return point;
  }
}
