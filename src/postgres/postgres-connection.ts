import { inspect } from 'node:util';
import { ClosedError, CoordinationUnavailableError, StoreError } from '../errors/infrastructure-errors.js';
import { isXeroConnectionsError } from '../errors/xero-connections-error.js';
import type { Logger } from '../logger.js';
import type { PostgresPool, PostgresPoolClient } from './postgres-pool.js';

/**
 * The pool the backend's parts share, and the rule every statement follows: it answers within
 * `timeoutMs` or fails with CoordinationUnavailableError.
 *
 * A driver error never leaves this class. PostgreSQL quotes values in its errors (`detail` of a unique
 * violation names the key, a bad cast quotes the input, `where` can hold a statement's parameters), and the
 * parameters here are sealed records and PKCE states. Each is re-issued as CoordinationUnavailableError
 * (it clears by itself: the server is down, restarting, out of connections, read-only during failover) or
 * StoreError (it will not: missing tables, missing rights, a bug), whose cause keeps only a name, a fixed
 * message chosen by SQLSTATE, and the code.
 */
export class PostgresConnection {
  /** Private: the pool's options hold the connection string (and its password). */
  readonly #pool: PostgresPool;
  readonly #owned: boolean;
  readonly #logger: Logger;
  #closed = false;
  readonly #onError = (error: Error) => {
    // An idle client lost its connection: pg emits it on the pool and crashes the process without a
    // listener. The next statement reports the outage; here it is only noted, without the driver's text.
    this.#logger.debug('postgres idle client error', { error: describe(error).message });
  };

  /**
   * When the client stops waiting. On a pool the backend created, the server cancels a statement at
   * `timeoutMs` (statement_timeout), so it cannot commit after its caller gave up: the client then waits a
   * little longer, to report the server's cancel rather than abandon a statement that is still running.
   */
  readonly #clientBoundMs: number;

  constructor(
    pool: PostgresPool,
    /** True when the backend created the pool (with statement_timeout) and must end it on close. */
    owned: boolean,
    readonly timeoutMs: number,
    logger: Logger,
    serverCancels = owned,
  ) {
    this.#pool = pool;
    this.#owned = owned;
    this.#logger = logger;
    this.#clientBoundMs = serverCancels ? timeoutMs + CANCEL_GRACE_MS : timeoutMs;
    pool.on('error', this.#onError);
  }

  get pool(): PostgresPool {
    return this.#pool;
  }

  /**
   * One statement, within the bound. `what` names it in errors (never a value: values carry secrets).
   * The client is checked out here rather than by `pool.query`, so a statement still waiting for a free
   * client when its caller gave up is never sent: a late lock or write would act for nobody.
   */
  async query<R extends object>(what: string, text: string, values: unknown[] = []): Promise<R[]> {
    return this.#bounded(what, async (gaveUp) => {
      const client = await this.#checkout(gaveUp);
      let broken = false;
      try {
        return (await client.query(text, values)).rows as R[];
      } catch (error) {
        broken = !hasSqlState(error); // a refused statement leaves a healthy connection; a lost one does not
        throw error;
      } finally {
        client.release(broken ? true : undefined);
      }
    });
  }

  /**
   * Statements on one dedicated client inside BEGIN … COMMIT (ROLLBACK on any failure). For `migrate()`,
   * whose DDL must be all or nothing.
   */
  async transaction<T>(
    what: string,
    fn: (client: PostgresPoolClient) => Promise<T>,
    boundMs?: number,
  ): Promise<T> {
    return this.#bounded(
      what,
      async (gaveUp) => {
        const client = await this.#checkout(gaveUp);
        let failed: unknown;
        try {
          await client.query('BEGIN');
          const result = await fn(client);
          // Past the bound the caller was told it failed: it must not have happened after all.
          if (gaveUp()) throw new Error('the transaction outlived its bound; rolled back');
          await client.query('COMMIT');
          return result;
        } catch (error) {
          failed = error;
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          // A client whose transaction failed mid-way is discarded rather than reused in an unknown state.
          client.release(failed instanceof Error ? true : undefined);
        }
      },
      boundMs,
    );
  }

  /** Ends the pool if the backend created it; a pool you passed in stays yours (its listener is removed). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#owned) {
      await this.#pool.end().catch(() => {});
    }
    this.#pool.off('error', this.#onError);
  }

  [inspect.custom](): string {
    return `PostgresConnection { timeoutMs: ${this.timeoutMs}, closed: ${this.#closed} }`;
  }

  toJSON(): Record<string, unknown> {
    return { timeoutMs: this.timeoutMs, closed: this.#closed };
  }

  /** A client from the pool, or none if the caller gave up while waiting for it (it goes straight back). */
  async #checkout(gaveUp: () => boolean): Promise<PostgresPoolClient> {
    const client = await this.#pool.connect();
    if (gaveUp()) {
      client.release();
      throw new Error('a client became free after the bound; the statement was not sent');
    }
    return client;
  }

  async #bounded<T>(
    what: string,
    operation: (gaveUp: () => boolean) => Promise<T>,
    boundMs = this.#clientBoundMs,
  ): Promise<T> {
    if (this.#closed) throw new ClosedError(`The PostgreSQL backend was closed (${what})`);
    let timer: NodeJS.Timeout | undefined;
    let late = false;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        late = true;
        reject(
          new CoordinationUnavailableError(
            `PostgreSQL did not answer (${what}): no answer within ${boundMs} ms`,
          ),
        );
      }, boundMs);
    });
    const running = operation(() => late);
    // The statement may still fail after the bound fired: that late rejection must not go unhandled.
    running.catch(() => {});
    try {
      return await Promise.race([running, timeout]);
    } catch (error) {
      if (isXeroConnectionsError(error)) throw error;
      throw reissue(what, error);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** How long past the server's statement_timeout the client waits for the cancel to arrive. */
const CANCEL_GRACE_MS = 250;

/** Whether the server answered with a SQLSTATE (the statement was refused; the connection is fine). */
function hasSqlState(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !(code in NETWORK_CODES);
}

/** A driver error as an SDK error: an outage when it clears by itself, a store error when it will not. */
export function reissue(what: string, error: unknown): CoordinationUnavailableError | StoreError {
  const { message, code, outage } = describe(error);
  const cause = cleanCause(error instanceof Error ? safeName(error.name) : 'Error', message, code);
  return outage
    ? new CoordinationUnavailableError(`PostgreSQL cannot serve the statement now (${what}): ${message}`, {
        cause,
      })
    : new StoreError(`PostgreSQL refused the statement (${what}): ${message}`, { cause });
}

/**
 * SQLSTATE classes and codes that clear without anyone touching the SDK's code or data: the server is
 * starting, stopping, failing over, out of connections or memory, or a statement was cancelled by its
 * timeout. Treated like the database being down: a bounded, retryable CoordinationUnavailableError.
 */
const OUTAGE_CLASSES = new Set(['08', '53', '57', '58']);
const OUTAGE_CODES = new Set(['40001', '40P01', '55P03', '25006']);

/** Fixed wording per SQLSTATE (class or code). The server's own message is never kept: it can quote values. */
const SQLSTATE_MEANING: Readonly<Record<string, string>> = {
  '08': 'the connection to PostgreSQL failed',
  '53': 'PostgreSQL is out of resources (connections, memory or disk)',
  '53300': 'PostgreSQL has too many connections',
  '57': 'PostgreSQL is shutting down, starting or cancelled the statement',
  '57014': 'the statement was cancelled (statement_timeout or a cancel request)',
  '57P01': 'PostgreSQL is shutting down (admin shutdown)',
  '57P03': 'PostgreSQL is starting and cannot accept connections yet',
  '58': 'PostgreSQL hit a system error (I/O)',
  '40001': 'a serialization failure (retry)',
  '40P01': 'a deadlock was detected (retry)',
  '55P03': 'a lock was not available',
  '25006': 'the server is read-only (a hot standby, or a failover in progress)',
  '28': 'PostgreSQL refused the credentials',
  '3D000': 'the database does not exist',
  '3F000': 'the schema does not exist: run the backend’s migrate() first',
  '42P01': 'a table does not exist: run the backend’s migrate() first',
  '42703': 'a column does not exist: run the backend’s migrate() to upgrade the tables',
  '42501': 'the database user lacks a privilege the backend needs',
  '42P07': 'a table of that name already exists in the schema (does another program use it?)',
  '23': 'a constraint was violated (does another program write to these tables?)',
  '22': 'PostgreSQL rejected a value',
  '42': 'PostgreSQL rejected the statement (syntax or access rule)',
};

/** Client-side failures (no SQLSTATE), by Node's errno code. */
const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'the connection was refused (is PostgreSQL running?)',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  ENOTFOUND: 'the host name did not resolve',
  EHOSTUNREACH: 'the host is unreachable',
  EPIPE: 'the connection was closed while writing',
};

/** The sanitized meaning of a driver error: a fixed message, a code of a known shape, and its kind. */
function describe(error: unknown): { message: string; code: string | undefined; outage: boolean } {
  const raw = (error as { code?: unknown } | undefined)?.code;
  const code = typeof raw === 'string' && /^[A-Z0-9_]{1,32}$/.test(raw) ? raw : undefined;
  if (code !== undefined && /^[0-9A-Z]{5}$/.test(code) && !(code in NETWORK_CODES)) {
    const klass = code.slice(0, 2);
    const meaning = SQLSTATE_MEANING[code] ?? SQLSTATE_MEANING[klass] ?? 'PostgreSQL rejected the statement';
    return {
      message: `SQLSTATE ${code}: ${meaning}`,
      code,
      outage: OUTAGE_CLASSES.has(klass) || OUTAGE_CODES.has(code),
    };
  }
  if (code !== undefined && code in NETWORK_CODES) {
    return { message: `${code}: ${NETWORK_CODES[code]}`, code, outage: true };
  }
  // pg's own client-side errors (connection terminated, connect timeout, query read timeout) carry no
  // code. Their wording is the driver's, never a value; matched to fixed text all the same.
  const text = error instanceof Error ? error.message : '';
  if (/timeout|timed out/i.test(text)) {
    return { message: 'the PostgreSQL client timed out', code: undefined, outage: true };
  }
  if (/terminat|connection|closed|ended/i.test(text)) {
    return { message: 'the connection to PostgreSQL was lost', code: undefined, outage: true };
  }
  return { message: 'the PostgreSQL client failed', code: undefined, outage: true };
}

function safeName(name: string): string {
  return /^[A-Za-z]{1,40}$/.test(name) ? name : 'Error';
}

/** A stand-in cause with only a name, a message and a code: no detail, where, query or stack. */
function cleanCause(name: string, message: string, code: string | undefined): Error {
  const clean = new Error(message);
  clean.name = name;
  if (code !== undefined) (clean as Error & { code?: string }).code = code;
  clean.stack = `${name}: ${message}`;
  return clean;
}
