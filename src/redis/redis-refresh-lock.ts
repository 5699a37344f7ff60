import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import { ClosedError, CoordinationUnavailableError } from '../errors/infrastructure-errors.js';
import type { Logger } from '../logger.js';
import { runQueued, waitEnded } from '../stores/in-process-refresh-lock.js';
import { KeyedMutex } from '../stores/keyed-mutex.js';
import type { RefreshLock, RefreshLockWaitOptions } from '../stores/token-store.js';
import { sleep } from '../time-scale.js';
import type { RedisConnection } from './redis-connection.js';
import type { RedisKeys } from './redis-keys.js';
import { RELEASE_LOCK } from './scripts/lock-scripts.js';

export interface RedisRefreshLockOptions {
  connection: RedisConnection;
  keys: RedisKeys;
  logger: Logger;
  /**
   * How long a waiter keeps trying before it gives up with CoordinationUnavailableError, as a multiple of
   * the lock's ttl. Two ttls let a dead holder's lock expire and a live holder finish. @default 2
   */
  waitTtls?: number;
  /** First and longest pause between attempts, in real ms. @default [5, 250] */
  pollMs?: readonly [number, number];
}

/**
 * Mutual exclusion across processes: `SET key owner NX PX ttl` takes the lock, a compare-and-delete script
 * releases it (only the owner can), and the ttl frees it when the holder dies. Callers in one process queue
 * locally first, so a process polls Redis once per key, not once per caller.
 */
export class RedisRefreshLock implements RefreshLock {
  // Private fields: the connection holds the Redis URL (and its password); util.inspect must not show it.
  readonly #options: RedisRefreshLockOptions;
  readonly #local = new KeyedMutex();
  readonly #aborter = new AbortController();
  readonly #waitTtls: number;
  readonly #pollMs: readonly [number, number];

  constructor(options: RedisRefreshLockOptions) {
    this.#options = options;
    this.#waitTtls = options.waitTtls ?? 2;
    this.#pollMs = options.pollMs ?? [5, 250];
  }

  run<T>(key: string, ttlMs: number, fn: () => Promise<T>, options: RefreshLockWaitOptions = {}): Promise<T> {
    if (typeof key !== 'string' || key === '' || !(Number.isFinite(ttlMs) && ttlMs > 0)) {
      return Promise.reject(
        new InvalidArgumentError('refresh lock: key must be a non-empty string and ttlMs a positive number', [
          { path: 'ttlMs', message: `got ${ttlMs}` },
        ]),
      );
    }
    if (this.#aborter.signal.aborted)
      return Promise.reject(new ClosedError('The Redis refresh lock was closed'));
    // The local hold limit mirrors the Redis ttl: a hung local holder cannot block this process longer
    // than it could block the others. The caller's signal and deadline bound both waits: in the local
    // queue, then for the Redis lock.
    return runQueued(this.#local, key, ttlMs, () => this.#runHoldingLock(key, ttlMs, fn, options), options);
  }

  async close(): Promise<void> {
    this.#aborter.abort();
  }

  [inspect.custom](): string {
    return 'RedisRefreshLock {}';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  async #runHoldingLock<T>(
    name: string,
    ttlMs: number,
    fn: () => Promise<T>,
    options: RefreshLockWaitOptions,
  ): Promise<T> {
    const key = this.#options.keys.lock(name);
    const owner = randomUUID();
    await this.#acquire(key, owner, ttlMs, options);
    try {
      return await fn();
    } finally {
      try {
        await this.#options.connection.run('refresh lock release', (c) =>
          RELEASE_LOCK.run(c, [key], [owner]),
        );
      } catch (error) {
        // The ttl frees it anyway; the result of fn stands.
        this.#options.logger.warn('could not release a refresh lock; it expires by itself', {
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }

  async #acquire(key: string, owner: string, ttlMs: number, options: RefreshLockWaitOptions): Promise<void> {
    const px = Math.max(1, Math.ceil(ttlMs));
    const giveUpAt = Date.now() + this.#waitTtls * ttlMs + this.#options.connection.timeoutMs;
    const stopAt = Math.min(giveUpAt, options.deadline ?? Number.POSITIVE_INFINITY);
    const wake =
      options.signal === undefined
        ? this.#aborter.signal
        : AbortSignal.any([this.#aborter.signal, options.signal]);
    let pause = this.#pollMs[0];
    for (;;) {
      // Checked before every attempt: a caller that left must not take the lock.
      const ended = waitEnded(options, 'the refresh lock');
      if (ended !== undefined) throw ended;
      const reply = await this.#options.connection.run('refresh lock acquire', (c) =>
        c.set(key, owner, 'PX', px, 'NX'),
      );
      if (reply === 'OK') return;
      if (Date.now() >= giveUpAt) {
        throw new CoordinationUnavailableError(
          `The refresh lock stayed held by another process for longer than ${Math.round(this.#waitTtls * ttlMs)} ms`,
        );
      }
      try {
        // Full jitter keeps processes that wait together from polling in lockstep.
        await sleep(Math.min(pause * (0.5 + Math.random()), Math.max(1, stopAt - Date.now())), wake);
      } catch {
        const left = waitEnded(options, 'the refresh lock');
        throw left ?? new ClosedError('The Redis refresh lock was closed while waiting');
      }
      pause = Math.min(pause * 1.5, this.#pollMs[1], Math.max(this.#pollMs[0], ttlMs / 10));
    }
  }
}
