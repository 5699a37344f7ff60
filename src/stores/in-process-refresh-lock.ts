import { ClosedError } from '../errors/infrastructure-errors.js';
import { AbortedError, DeadlineExceededError } from '../errors/timing-errors.js';
import { KeyedMutex } from './keyed-mutex.js';
import type { RefreshLock, RefreshLockWaitOptions } from './token-store.js';

/**
 * The default refresh lock: mutual exclusion inside one process. Enough when a single process owns the
 * token store; several processes sharing tokens need the Redis lock instead.
 */
export class InProcessRefreshLock implements RefreshLock {
  readonly #mutex = new KeyedMutex();
  #closed = false;

  run<T>(key: string, ttlMs: number, fn: () => Promise<T>, options: RefreshLockWaitOptions = {}): Promise<T> {
    if (this.#closed) return Promise.reject(new ClosedError('The refresh lock was closed'));
    return runQueued(this.#mutex, key, ttlMs, fn, options);
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}

function aborted(signal: AbortSignal, what: string): AbortedError {
  return new AbortedError(`The call was aborted while it waited for ${what}`, { cause: signal.reason });
}

function pastDeadline(what: string): DeadlineExceededError {
  return new DeadlineExceededError(`The call's deadline passed while it waited for ${what}`);
}

/** Why a wait for the lock must end now, or undefined while it may go on. */
export function waitEnded(options: RefreshLockWaitOptions, what: string): Error | undefined {
  if (options.signal?.aborted) return aborted(options.signal, what);
  if (options.deadline !== undefined && Date.now() >= options.deadline) return pastDeadline(what);
  return undefined;
}

/**
 * Queues `fn` on `mutex` under `key`, but lets the caller leave the queue when its signal fires or its
 * deadline passes. A caller that left keeps its place as an empty turn (it runs nothing when reached), so
 * the order of the others is untouched; a holder that already started is never interrupted.
 */
export function runQueued<T>(
  mutex: KeyedMutex,
  key: string,
  holdLimitMs: number,
  fn: () => Promise<T>,
  options: RefreshLockWaitOptions,
  what = 'the refresh lock',
): Promise<T> {
  const early = waitEnded(options, what);
  if (early !== undefined) return Promise.reject(early);
  const { signal, deadline } = options;
  if (signal === undefined && deadline === undefined) return mutex.run(key, fn, holdLimitMs);
  return new Promise<T>((resolve, reject) => {
    let state: 'waiting' | 'running' | 'left' = 'waiting';
    let timer: NodeJS.Timeout | undefined;
    const cleanup = () => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const leave = (error: Error) => {
      if (state !== 'waiting') return;
      state = 'left';
      cleanup();
      reject(error);
    };
    const onAbort = () => leave(aborted(signal!, what));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (deadline !== undefined) {
      timer = setTimeout(() => leave(pastDeadline(what)), Math.max(0, deadline - Date.now()));
    }
    mutex
      .run(
        key,
        async () => {
          if (state === 'left') return undefined; // an empty turn: the caller is gone
          state = 'running';
          cleanup();
          return fn();
        },
        holdLimitMs,
      )
      .then(
        (value) => {
          if (state === 'running') resolve(value as T);
        },
        (error: unknown) => {
          if (state === 'running') reject(error);
        },
      );
  });
}
