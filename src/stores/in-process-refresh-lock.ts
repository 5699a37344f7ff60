import { ClosedError } from '../errors/infrastructure-errors.js';
import { KeyedMutex } from './keyed-mutex.js';
import type { RefreshLock } from './token-store.js';

/**
 * The default refresh lock: mutual exclusion inside one process. Enough when a single process owns the
 * token store; several processes sharing tokens need the Redis lock instead.
 */
export class InProcessRefreshLock implements RefreshLock {
  readonly #mutex = new KeyedMutex();
  #closed = false;

  run<T>(key: string, ttlMs: number, fn: () => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new ClosedError('The refresh lock was closed'));
    return this.#mutex.run(key, fn, ttlMs);
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}
