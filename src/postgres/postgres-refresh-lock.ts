import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import { ClosedError, CoordinationUnavailableError } from '../errors/infrastructure-errors.js';
import type { Logger } from '../logger.js';
import { runQueued, waitEnded } from '../stores/in-process-refresh-lock.js';
import { KeyedMutex } from '../stores/keyed-mutex.js';
import type { RefreshLock, RefreshLockWaitOptions } from '../stores/token-store.js';
import { sleep } from '../time-scale.js';
import type { PostgresConnection } from './postgres-connection.js';
import type { PostgresTables } from './postgres-schema.js';

export interface PostgresRefreshLockOptions {
  connection: PostgresConnection;
  tables: PostgresTables;
  logger: Logger;
  /**
   * How long a waiter keeps trying before it gives up with CoordinationUnavailableError, as a multiple of
   * the lock's ttl. Two ttls let a dead holder's lease lapse and a live holder finish. @default 2
   */
  waitTtls?: number;
  /** First and longest pause between attempts, in real ms. @default [5, 250] */
  pollMs?: readonly [number, number];
}

/**
 * Mutual exclusion across processes with a lease row: one row per lock name holding its owner (a random
 * id) and when the lease lapses. Taking the lock is one upsert that succeeds only if the row is absent or
 * lapsed; releasing deletes the row only if it is still ours.
 *
 * Why a lease row and not an advisory lock on a dedicated connection:
 * - The RefreshLock contract is a lease: a holder that hangs (not dies) is taken over after `ttlMs`. A
 *   session advisory lock is freed only when its session ends, so a process stuck with a live connection
 *   would block that connection's refreshes until someone kills the process.
 * - An advisory lock pins one pool connection for the whole refresh (an HTTP round trip to Xero); a sweep
 *   refreshing many accounts at once would pin as many connections and starve the pool. A lease costs two
 *   short statements.
 * - Session advisory locks break behind PgBouncer in transaction pooling (common in front of managed
 *   PostgreSQL): the lock stays on a server connection another client then uses.
 * - Lapse times use the database's clock (`now()`), one clock for every machine, so clock skew between
 *   hosts cannot make two holders.
 * The cost: a waiter polls (with backoff and jitter) instead of being woken. Callers in one process queue
 * locally first, so a process polls once per lock name, not once per caller.
 */
export class PostgresRefreshLock implements RefreshLock {
  readonly #options: PostgresRefreshLockOptions;
  readonly #local = new KeyedMutex();
  readonly #aborter = new AbortController();
  readonly #waitTtls: number;
  readonly #pollMs: readonly [number, number];

  constructor(options: PostgresRefreshLockOptions) {
    this.#options = options;
    this.#waitTtls = options.waitTtls ?? 2;
    this.#pollMs = options.pollMs ?? [5, 250];
  }

  run<T>(key: string, ttlMs: number, fn: () => Promise<T>, options: RefreshLockWaitOptions = {}): Promise<T> {
    if (typeof key !== 'string' || key === '' || !(Number.isFinite(ttlMs) && ttlMs > 0)) {
      return Promise.reject(
        new InvalidArgumentError('refresh lock: key must be a non-empty string and ttlMs a positive number', [
          { path: typeof key !== 'string' || key === '' ? 'key' : 'ttlMs', message: 'invalid' },
        ]),
      );
    }
    if (this.#aborter.signal.aborted) {
      return Promise.reject(new ClosedError('The PostgreSQL refresh lock was closed'));
    }
    // The local hold limit mirrors the lease: a hung local holder cannot block this process longer than
    // it could block the others.
    return runQueued(this.#local, key, ttlMs, () => this.#runHoldingLease(key, ttlMs, fn, options), options);
  }

  async close(): Promise<void> {
    this.#aborter.abort();
  }

  [inspect.custom](): string {
    return 'PostgresRefreshLock {}';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  async #runHoldingLease<T>(
    name: string,
    ttlMs: number,
    fn: () => Promise<T>,
    options: RefreshLockWaitOptions,
  ): Promise<T> {
    const owner = randomUUID();
    await this.#acquire(name, owner, ttlMs, options);
    try {
      return await fn();
    } finally {
      try {
        await this.#options.connection.query(
          'refresh lock release',
          `DELETE FROM ${this.#options.tables.refreshLocks} WHERE name = $1 AND owner = $2`,
          [name, owner],
        );
      } catch (error) {
        // The lease lapses anyway; the result of fn stands.
        this.#options.logger.warn('could not release a refresh lock; it lapses by itself', {
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }

  async #acquire(name: string, owner: string, ttlMs: number, options: RefreshLockWaitOptions): Promise<void> {
    const { connection, tables: t } = this.#options;
    const leaseMs = Math.max(1, Math.ceil(ttlMs));
    const giveUpAt = Date.now() + this.#waitTtls * ttlMs + connection.timeoutMs;
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
      const rows = await connection.query(
        'refresh lock acquire',
        `INSERT INTO ${t.refreshLocks} AS l (name, owner, expires_at)
           VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
         ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
           WHERE l.expires_at <= clock_timestamp()
         RETURNING owner`,
        [name, owner, leaseMs],
      );
      if (rows.length > 0) return;
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
        throw left ?? new ClosedError('The PostgreSQL refresh lock was closed while waiting');
      }
      pause = Math.min(pause * 1.5, this.#pollMs[1], Math.max(this.#pollMs[0], ttlMs / 10));
    }
  }
}
