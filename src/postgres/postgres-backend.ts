import { inspect } from 'node:util';
import { z } from 'zod';
import type { BackendContext, BackendParts, XeroBackend } from '../contracts/backend.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { ClosedError } from '../errors/infrastructure-errors.js';
import { createLocalLimitsEngine } from '../limits/local-limits-engine.js';
import { silentLogger } from '../logger.js';
import { parseOptions } from '../options.js';
import { BackendAttachments } from '../stores/backend-attachments.js';
import type { TokenFileKey } from '../stores/token-file-cipher.js';
import { PostgresConnection } from './postgres-connection.js';
import { PostgresPendingAuthorizationStore } from './postgres-pending-authorization-store.js';
import type { PostgresPool } from './postgres-pool.js';
import { PostgresRefreshLock } from './postgres-refresh-lock.js';
import { type MigrationResult, migrateSchema, postgresTables, SCHEMA_NAME } from './postgres-schema.js';
import { PostgresTokenStore } from './postgres-token-store.js';
import { RecordSeal } from './record-seal.js';

export type { PostgresPool, PostgresPoolClient } from './postgres-pool.js';
export type { MigrationResult } from './postgres-schema.js';

/**
 * Options of {@link createPostgresBackend}: where PostgreSQL is, which schema holds the tables, and the
 * keys records are sealed with. Give `connectionString` or `pool`. The apps, time scale and logger are the
 * host's: pass the backend as the host's `backend` option and it is built from them.
 */
export interface PostgresBackendOptions {
  /**
   * A `postgres://` or `postgresql://` URL. The backend then loads the optional peer dependency `pg`,
   * creates its own pool (bounded connects and statements) and ends it on `close()`.
   * @example 'postgres://xero_app:password@10.0.0.7:5432/app'
   */
  connectionString?: string | undefined;
  /**
   * A `pg` Pool you own and end. Give it a server-side `statement_timeout` (`new Pool({ …,
   * statement_timeout: 5000 })`) so a statement the backend stopped waiting for is cancelled, not left to
   * commit later.
   */
  pool?: PostgresPool | undefined;
  /** The schema holding the backend's tables; one per deployment sharing the database. @default 'xero_connections' */
  schema?: string;
  /**
   * AES-256 keys, newest first, the encrypted file store's scheme: records and pending authorizations are
   * sealed with the first, opened with whichever key id they name, so a key can be rotated by putting a
   * new one in front (each record is sealed again on its next write: any refresh, or `keepAlive()` for
   * idle connections).
   * Required: a database is backed up, replicated and read by people a refresh token must not reach.
   * @example [{ id: '2026-01', key: process.env.XERO_TOKEN_KEY! }] // base64 of 32 random bytes
   */
  encryptionKeys: TokenFileKey[];
  /** Every statement answers within this or fails with CoordinationUnavailableError, in real ms. @default 5000 */
  statementTimeoutMs?: number;
  /** Connections of the pool the backend creates (ignored with `pool`). @default 10 */
  maxConnections?: number;
  /** Run {@link PostgresBackend.migrate} before returning (needs DDL rights). @default false */
  migrate?: boolean;
  /** How long an expired pending authorization is remembered, in real ms (scaled). @default 3600000 (1 h) */
  retainExpiredAuthorizationsMs?: number;
}

/**
 * What {@link createPostgresBackend} returns: pass it to the host as its `backend` option. Token store,
 * refresh lock and pending authorizations live in PostgreSQL and are shared by every process; Xero's rate
 * limits are enforced per process (an in-process limits engine), so N processes may together send up to
 * N × the limit: run one process per set of accounts, or use the Redis backend for shared limits.
 * Close it after the host.
 */
export interface PostgresBackend extends XeroBackend {
  /** The pg Pool in use. */
  readonly pool: PostgresPool;
  /** The schema the tables live in. */
  readonly schema: string;
  /**
   * Creates or upgrades the backend's tables in its schema. Idempotent and safe from several processes at
   * once (an advisory lock serializes them); all or nothing. Run it from a deploy step with a user allowed
   * to create tables, or pass `migrate: true`.
   */
  migrate(): Promise<MigrationResult>;
  /** Closes every host attachment not closed yet and ends the pool if the backend created it. */
  close(): Promise<void>;
}

const FROM_HOST = {
  apps: 'apps',
  limitsFor: 'apps (tier and limits of each app)',
  timeScale: 'timeScale',
  interactiveReserve: 'rateLimits.interactiveReserve',
  appInteractiveReserve: 'rateLimits.appInteractiveReserve',
  logger: 'logger',
} as const;
const fromHost = (hostOption: string) =>
  z
    .undefined({
      error: `comes from the host's ${hostOption} option: pass the backend to the host, new XeroConnections({ ...options, backend })`,
    })
    .optional();

const optionsSchema = z
  .strictObject({
    connectionString: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    pool: z
      .custom<PostgresPool>(
        (v) =>
          typeof v === 'object' &&
          v !== null &&
          ['query', 'connect', 'on', 'off', 'end'].every(
            (method) => typeof (v as Record<string, unknown>)[method] === 'function',
          ),
        'must be a pg Pool',
      )
      .optional(),
    schema: z
      .string()
      .regex(SCHEMA_NAME, 'must be 1-63 letters, digits or "_", not starting with a digit')
      .optional(),
    // Validated by TokenFileCipher, which never echoes key material.
    encryptionKeys: z.array(z.unknown(), { error: 'is required: an array of { id, key } (32-byte keys)' }),
    statementTimeoutMs: z.number().int().positive().max(600_000).optional(),
    maxConnections: z.number().int().min(1).max(1000).optional(),
    migrate: z.boolean().optional(),
    retainExpiredAuthorizationsMs: z.number().finite().nonnegative().optional(),
    ...Object.fromEntries(Object.entries(FROM_HOST).map(([key, hostOption]) => [key, fromHost(hostOption)])),
  })
  .refine((o) => (o.connectionString === undefined) !== (o.pool === undefined), {
    message: 'give exactly one of connectionString or pool',
    path: ['connectionString'],
  });

const contextSchema = z.object({
  timeScale: z.custom<BackendContext['timeScale']>(
    (v) => typeof v === 'object' && v !== null && typeof (v as { ms?: unknown }).ms === 'function',
    'must be the host’s TimeScale',
  ),
  limitsFor: z.custom<BackendContext['limitsFor']>((v) => typeof v === 'function', 'must be a function'),
  interactiveReserve: z.number().int().min(0),
  appInteractiveReserve: z.number().min(0).max(0.5).optional(),
  logger: z.custom<BackendContext['logger']>(
    (v) => typeof v === 'object' && v !== null && typeof (v as { warn?: unknown }).warn === 'function',
    'must be a Logger',
  ),
});

const EXAMPLE =
  "createPostgresBackend({ connectionString: process.env.DATABASE_URL, encryptionKeys: [{ id: '2026-01', key: process.env.XERO_TOKEN_KEY }] })";

/**
 * Shares tokens, the refresh lock and pending authorizations between the processes of a deployment
 * through PostgreSQL. Async because, given a `connectionString`, it loads the optional `pg` dependency
 * (and, with `migrate: true`, creates the tables).
 *
 * @example
 * const postgres = await createPostgresBackend({
 *   connectionString: process.env.DATABASE_URL,
 *   encryptionKeys: [{ id: '2026-01', key: process.env.XERO_TOKEN_KEY! }],
 * });
 * await postgres.migrate();
 * const host = new XeroConnections({ apps, backend: postgres });
 * // on shutdown: await host.close(); await postgres.close();
 */
export async function createPostgresBackend(options: PostgresBackendOptions): Promise<PostgresBackend> {
  const o = parseOptions(
    optionsSchema,
    options,
    'createPostgresBackend options',
    EXAMPLE,
  ) as PostgresBackendOptions;
  const seal = new RecordSeal(o.encryptionKeys); // throws a ConfigurationError naming a bad key's index
  const timeoutMs = o.statementTimeoutMs ?? 5000;
  const pool = o.pool ?? (await createPool(o.connectionString!, timeoutMs, o.maxConnections ?? 10));
  const backend = new PostgresBackendHandle(pool, o.pool === undefined, o, seal, timeoutMs);
  if (o.migrate === true) {
    try {
      await backend.migrate();
    } catch (error) {
      await backend.close();
      throw error;
    }
  }
  return backend;
}

/**
 * The backend handed to the host. The pool is kept #private (its options hold the connection string and
 * password) and the object inspects and serializes as a summary.
 */
class PostgresBackendHandle implements PostgresBackend {
  readonly #pool: PostgresPool;
  /** Ends the pool on close if the backend created it; until a host attaches, it also hears its errors. */
  readonly #root: PostgresConnection;
  /** Whether the backend created the pool: then the server cancels statements at the timeout. */
  readonly #ownsPool: boolean;
  readonly #options: PostgresBackendOptions;
  readonly #seal: RecordSeal;
  readonly #timeoutMs: number;
  readonly #schema: string;
  readonly #attachments = new BackendAttachments();
  #closing: Promise<void> | undefined;

  constructor(
    pool: PostgresPool,
    owned: boolean,
    options: PostgresBackendOptions,
    seal: RecordSeal,
    timeoutMs: number,
  ) {
    this.#pool = pool;
    this.#root = new PostgresConnection(pool, owned, timeoutMs, silentLogger);
    this.#ownsPool = owned;
    this.#options = options;
    this.#seal = seal;
    this.#timeoutMs = timeoutMs;
    this.#schema = options.schema ?? 'xero_connections';
  }

  get pool(): PostgresPool {
    return this.#pool;
  }

  get schema(): string {
    return this.#schema;
  }

  migrate(): Promise<MigrationResult> {
    if (this.#closing !== undefined)
      return Promise.reject(new ClosedError('The PostgreSQL backend was closed'));
    return migrateSchema(this.#root, this.#schema, this.#timeoutMs);
  }

  attach(context: BackendContext): BackendParts {
    if (this.#closing !== undefined) throw new ClosedError('The PostgreSQL backend was closed');
    const { timeScale, limitsFor, interactiveReserve, appInteractiveReserve, logger } = parseOptions(
      contextSchema,
      context,
      'PostgreSQL backend attach() context',
      'new XeroConnections({ ...options, backend: postgres }) (the host calls attach)',
    );
    const tables = postgresTables(this.#schema);
    // One connection per host on the shared pool: it logs to that host's logger; closing it leaves the pool.
    const connection = new PostgresConnection(this.#pool, false, this.#timeoutMs, logger, this.#ownsPool);
    // Limits stay in-process: PostgreSQL is no place for a sliding window polled many times a second.
    const limits = createLocalLimitsEngine({
      limitsFor,
      timeScale,
      interactiveReserve,
      appInteractiveReserve,
      logger,
    });
    const refreshLock = new PostgresRefreshLock({ connection, tables, logger });
    const store = new PostgresTokenStore({ connection, tables, seal: this.#seal });
    const pendingAuthorizations = new PostgresPendingAuthorizationStore({
      connection,
      tables,
      seal: this.#seal,
      retainExpiredMs: timeScale.ms(this.#options.retainExpiredAuthorizationsMs ?? 3_600_000),
    });
    return this.#attachments.attach({ store, refreshLock, limits, pendingAuthorizations }, async () => {
      await limits.close();
      await refreshLock.close();
      await connection.close();
    });
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      await this.#attachments.closeAll();
      await this.#root.close();
    })();
    return this.#closing;
  }

  [inspect.custom](): string {
    return `PostgresBackend { schema: '${this.#schema}', attached: ${this.#attachments.size}, closed: ${this.#closing !== undefined} }`;
  }

  toJSON(): Record<string, unknown> {
    return {
      backend: 'postgres',
      schema: this.#schema,
      attached: this.#attachments.size,
      closed: this.#closing !== undefined,
    };
  }
}

async function createPool(connectionString: string, timeoutMs: number, max: number): Promise<PostgresPool> {
  let PoolClass: typeof import('pg').Pool;
  try {
    const pg = await import('pg');
    // pg is CommonJS: its exports arrive on `default` under ESM, directly under CJS.
    PoolClass = (pg as unknown as { default?: typeof import('pg') }).default?.Pool ?? pg.Pool;
  } catch {
    throw new ConfigurationError(
      'createPostgresBackend({ connectionString }) needs the optional peer dependency pg: run `npm install pg`',
      [{ path: 'connectionString', message: 'pg is not installed' }],
    );
  }
  return new PoolClass({
    connectionString,
    max,
    // Bounded everywhere: a connect, a statement on the server (cancelled there, so it cannot commit
    // after its caller gave up), and the client's wait for the answer.
    connectionTimeoutMillis: Math.max(timeoutMs, 1000),
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + 1000,
    idleTimeoutMillis: 30_000,
    application_name: 'xero-connections',
  });
}
