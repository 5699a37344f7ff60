import { inspect } from 'node:util';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { ConfigurationError } from '../errors/configuration-error.js';
import type { LimitsEngine, XeroLimits } from '../limits/limits-engine.js';
import { createLocalLimitsEngine } from '../limits/local-limits-engine.js';
import { type Logger, redactingLogger, silentLogger } from '../logger.js';
import {
  DEFAULT_INTERACTIVE_RESERVE,
  DEFAULT_LIMITS,
  parseOptions,
  resolveApp,
  type XeroAppOptions,
} from '../options.js';
import type { PendingAuthorizationStore } from '../stores/pending-authorization-store.js';
import type { TokenFileKey } from '../stores/token-file-cipher.js';
import type { RefreshLock, TokenStore } from '../stores/token-store.js';
import { createTimeScale } from '../time-scale.js';
import { RedisLimitsEngine } from './limits/redis-limits-engine.js';
import { encryptedRecordCodec, plainRecordCodec } from './record-codec.js';
import { RedisConnection } from './redis-connection.js';
import { createRedisKeys } from './redis-keys.js';
import { RedisPendingAuthorizationStore } from './redis-pending-authorization-store.js';
import { RedisRefreshLock } from './redis-refresh-lock.js';
import { RedisTokenStore } from './redis-token-store.js';

/** Options of {@link createRedisBackend}. Give `url` or `client`. */
export interface RedisBackendOptions {
  /**
   * A `redis://` or `rediss://` URL. The backend then loads the optional peer dependency `ioredis`,
   * creates its own client with bounded, never-replayed commands, and quits it on `close()`.
   * @example 'redis://:password@10.0.0.5:6379/0'
   */
  url?: string | undefined;
  /**
   * An ioredis client you own and close. Create it with `enableOfflineQueue: false` and
   * `autoResendUnfulfilledCommands: false`, so a command cut off by an outage can never run late.
   * A single Redis (or a Sentinel-managed primary); Redis Cluster is not supported.
   */
  client?: Redis | undefined;
  /** Prefix of every key, one per deployment sharing the Redis. @default 'xc:' */
  keyPrefix?: string;
  /** Every Redis round trip answers within this or fails with CoordinationUnavailableError, in real ms. @default 2000 */
  commandTimeoutMs?: number;
  /**
   * When Redis does not answer, run calls through an in-process limits engine instead of failing them.
   * Limits then hold per process only (N processes may together send N × the limit); the token store and
   * the refresh lock never fall back. @default false
   */
  fallbackToLocal?: boolean;
  /** Must equal the host's `timeScale`. @default 1 */
  timeScale?: number;
  /**
   * The apps the processes use, exactly as passed to the host: their tier and `limits` overrides set each
   * app's limits. Without it (and without `limitsFor`) every app gets Xero's standard limits.
   */
  apps?: Record<string, XeroAppOptions>;
  /** Xero's limits of an app by client id; overrides `apps`. */
  limitsFor?: (clientId: string) => Partial<XeroLimits>;
  /** Must equal the host's `rateLimits.interactiveReserve`. @default 10 */
  interactiveReserve?: number;
  /**
   * Seal token records and pending authorizations with AES-256-GCM (the first key encrypts, any decrypts).
   * Without keys records are stored as JSON: keep Redis private, with TLS and AUTH.
   */
  encryptionKeys?: TokenFileKey[];
  /**
   * With `encryptionKeys`, also read records stored unencrypted (written before encryption was turned on);
   * each is sealed on its next write (`keepAlive()` rewrites live connections). Leave it off once migrated:
   * while it is on, anyone able to write to Redis can plant a record. Without `encryptionKeys` it has no
   * effect. @default false
   */
  allowPlaintextRecords?: boolean;
  /**
   * An account's records expire this long after their last write, in real ms (scaled). A connection
   * unused for 60 days has a dead refresh token anyway, and `keepAlive()` rewrites live ones.
   * @default 7776000000 (90 days)
   */
  connectionTtlMs?: number;
  /** How long an expired pending authorization is remembered, in real ms (scaled). @default 3600000 (1 h) */
  retainExpiredAuthorizationsMs?: number;
  limiter?: {
    /** Added to each minute window for jitter between a start and its arrival at Xero, in real ms (not scaled). @default 2% of the scaled minute, 10 to 250 ms */
    windowSlackMs?: number;
    /** A running call's concurrency lease; a dead process's slots free after it, in real ms. @default 30000 */
    leaseTtlMs?: number;
    /** How often a waiter asks again when no time can be computed (concurrency, priority), in real ms. @default 1% of the scaled minute, 2 to 50 ms */
    pollMs?: number;
    /** Header resync counts our calls over the window plus this, in real ms. @default 10% of the scaled minute, at most 1000 ms */
    resyncToleranceMs?: number;
    /** Overrides the day window (24 h × timeScale), in ms. */
    dayWindowMs?: number;
  };
  logger?: Logger;
}

/** What {@link createRedisBackend} returns: pass `store`, `refreshLock` and `limits` to the host. */
export interface RedisBackend {
  store: TokenStore;
  refreshLock: RefreshLock;
  limits: LimitsEngine;
  pendingAuthorizations: PendingAuthorizationStore;
  /** The ioredis client in use. */
  readonly client: Redis;
  /** Stops the limiter (queued calls reject with ClosedError) and quits the client if the backend created it. Close the host first. */
  close(): Promise<void>;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const nonNegative = z.number().finite().nonnegative();
const optionsSchema = z
  .strictObject({
    url: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
    client: z
      .custom<Redis>(
        (v) => typeof v === 'object' && v !== null && typeof (v as Redis).evalsha === 'function',
        'must be an ioredis client',
      )
      .optional(),
    keyPrefix: z.string().min(1).max(64).optional(),
    commandTimeoutMs: z.number().int().positive().optional(),
    fallbackToLocal: z.boolean().optional(),
    timeScale: z.number().positive().max(1000).optional(),
    apps: z
      .record(
        z.string(),
        z.custom<XeroAppOptions>((v) => typeof v === 'object' && v !== null),
      )
      .optional(),
    limitsFor: z.custom<(clientId: string) => Partial<XeroLimits>>((v) => typeof v === 'function').optional(),
    interactiveReserve: z.number().int().min(0).optional(),
    encryptionKeys: z.array(z.custom<TokenFileKey>((v) => typeof v === 'object' && v !== null)).optional(),
    allowPlaintextRecords: z.boolean().optional(),
    connectionTtlMs: z.number().positive().optional(),
    retainExpiredAuthorizationsMs: nonNegative.optional(),
    limiter: z
      .strictObject({
        windowSlackMs: nonNegative.optional(),
        leaseTtlMs: z.number().positive().optional(),
        pollMs: z.number().positive().optional(),
        resyncToleranceMs: nonNegative.optional(),
        dayWindowMs: z.number().positive().optional(),
      })
      .optional(),
    logger: z.custom<Logger>((v) => typeof v === 'object' && v !== null).optional(),
  })
  .refine((o) => (o.url === undefined) !== (o.client === undefined), {
    message: 'give exactly one of url or client',
    path: ['url'],
  });

/**
 * Shares tokens, the refresh lock, pending authorizations and Xero's rate limits between the processes of a
 * deployment through Redis. Async because, given a `url`, it loads the optional `ioredis` dependency.
 *
 * @example
 * const redis = await createRedisBackend({ url: process.env.REDIS_URL, apps });
 * const host = new XeroConnections({ apps, store: redis.store, refreshLock: redis.refreshLock, limits: redis.limits });
 * // on shutdown: await host.close(); await redis.close();
 */
export async function createRedisBackend(options: RedisBackendOptions): Promise<RedisBackend> {
  const o = parseOptions(
    optionsSchema,
    options,
    'createRedisBackend options',
    "createRedisBackend({ url: 'redis://127.0.0.1:6379', keyPrefix: 'xc:prod:' })",
  ) as RedisBackendOptions;
  const factor = o.timeScale ?? 1;
  const logger = o.logger === undefined ? silentLogger : redactingLogger(o.logger);
  const codec =
    o.encryptionKeys === undefined
      ? plainRecordCodec
      : encryptedRecordCodec(o.encryptionKeys, { allowPlaintext: o.allowPlaintextRecords === true });
  const limitsFor = limitsResolver(o);
  const interactiveReserve = o.interactiveReserve ?? DEFAULT_INTERACTIVE_RESERVE;
  const scaledMinute = MINUTE_MS * factor;
  const timeoutMs = o.commandTimeoutMs ?? 2000;

  const client = o.client ?? (await createClient(o.url!, timeoutMs));
  const connection = new RedisConnection(client, o.client === undefined, timeoutMs, logger);
  const keys = createRedisKeys(o.keyPrefix ?? 'xc:');
  const fallback =
    o.fallbackToLocal === true
      ? createLocalLimitsEngine({
          limitsFor,
          timeScale: createTimeScale(factor),
          interactiveReserve,
          logger,
          dayWindowMs: o.limiter?.dayWindowMs,
        })
      : undefined;
  const limits = new RedisLimitsEngine({
    connection,
    keys,
    limitsFor,
    timeScale: createTimeScale(factor),
    interactiveReserve,
    logger,
    windowSlackMs: o.limiter?.windowSlackMs ?? clamp(scaledMinute * 0.02, 10, 250),
    leaseTtlMs: o.limiter?.leaseTtlMs ?? 30_000,
    pollMs: o.limiter?.pollMs ?? clamp(scaledMinute * 0.01, 2, 50),
    resyncToleranceMs: o.limiter?.resyncToleranceMs ?? Math.min(1000, scaledMinute * 0.1),
    dayWindowMs: o.limiter?.dayWindowMs,
    fallback,
  });
  const refreshLock = new RedisRefreshLock({ connection, keys, logger });
  const store = new RedisTokenStore({
    connection,
    keys,
    codec,
    ttlMs: (o.connectionTtlMs ?? 90 * DAY_MS) * factor,
  });
  const pendingAuthorizations = new RedisPendingAuthorizationStore({
    connection,
    keys,
    codec,
    retainExpiredMs: (o.retainExpiredAuthorizationsMs ?? 3_600_000) * factor,
  });
  return new RedisBackendHandle({ store, refreshLock, limits, pendingAuthorizations, client }, async () => {
    await limits.close();
    await refreshLock.close();
    await connection.close();
  });
}

/**
 * The backend returned to the host. The client is kept #private (its options hold the Redis password, its
 * queues the commands in flight with their records) and the object inspects and serializes as a summary.
 */
class RedisBackendHandle implements RedisBackend {
  readonly store: TokenStore;
  readonly refreshLock: RefreshLock;
  readonly limits: LimitsEngine;
  readonly pendingAuthorizations: PendingAuthorizationStore;
  readonly #client: Redis;
  readonly #close: () => Promise<void>;
  #closing: Promise<void> | undefined;

  constructor(parts: Omit<RedisBackend, 'close' | 'client'> & { client: Redis }, close: () => Promise<void>) {
    this.store = parts.store;
    this.refreshLock = parts.refreshLock;
    this.limits = parts.limits;
    this.pendingAuthorizations = parts.pendingAuthorizations;
    this.#client = parts.client;
    this.#close = close;
  }

  get client(): Redis {
    return this.#client;
  }

  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  [inspect.custom](): string {
    return `RedisBackend { status: '${this.#client.status}', closed: ${this.#closing !== undefined} }`;
  }

  toJSON(): Record<string, unknown> {
    return { backend: 'redis', status: this.#client.status, closed: this.#closing !== undefined };
  }
}

function limitsResolver(o: RedisBackendOptions): (clientId: string) => XeroLimits {
  const byClient = new Map<string, XeroLimits>();
  for (const [name, app] of Object.entries(o.apps ?? {}))
    byClient.set(app.clientId, resolveApp(name, app).limits);
  return (clientId) => {
    const base = byClient.get(clientId) ?? DEFAULT_LIMITS;
    if (o.limitsFor === undefined) return { ...base };
    const custom = o.limitsFor(clientId);
    return { ...base, ...Object.fromEntries(Object.entries(custom).filter(([, v]) => v !== undefined)) };
  };
}

async function createClient(url: string, timeoutMs: number): Promise<Redis> {
  let Client: typeof Redis;
  try {
    ({ Redis: Client } = await import('ioredis'));
  } catch {
    throw new ConfigurationError(
      'createRedisBackend({ url }) needs the optional peer dependency ioredis: run `npm install ioredis`',
      [{ path: 'url', message: 'ioredis is not installed' }],
    );
  }
  return new Client(url, {
    // A command either runs now or fails now: never queued while disconnected, never replayed after a
    // reconnect (a replayed lock or slot request would run after its caller gave up).
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    commandTimeout: timeoutMs,
    connectTimeout: Math.max(timeoutMs, 1000),
    retryStrategy: (attempt) => Math.min(50 * attempt, 1000),
  });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
