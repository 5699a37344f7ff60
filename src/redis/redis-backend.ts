import { inspect } from 'node:util';
import type { Cluster, ClusterOptions, Redis, RedisOptions } from 'ioredis';
import { z } from 'zod';
import type { BackendContext, BackendParts, XeroBackend } from '../contracts/backend.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { ClosedError } from '../errors/infrastructure-errors.js';
import { createLocalLimitsEngine } from '../limits/local-limits-engine.js';
import { silentLogger } from '../logger.js';
import { parseOptions } from '../options.js';
import { BackendAttachments } from '../stores/backend-attachments.js';
import type { TokenFileKey } from '../stores/token-file-cipher.js';
import { RedisLimitsEngine } from './limits/redis-limits-engine.js';
import { encryptedRecordCodec, plainRecordCodec, type RecordCodec } from './record-codec.js';
import type { RedisClient } from './redis-client.js';
import { RedisConnection } from './redis-connection.js';
import { createRedisKeys, type RedisKeys } from './redis-keys.js';
import { RedisPendingAuthorizationStore } from './redis-pending-authorization-store.js';
import { RedisRefreshLock } from './redis-refresh-lock.js';
import { RedisTokenStore } from './redis-token-store.js';

/** The nodes of a Redis Cluster the backend connects to itself (see {@link RedisBackendOptions.cluster}). */
export interface RedisClusterOptions {
  /** Some of the cluster's nodes (at least one): the rest are discovered from them. */
  nodes: Array<{ host: string; port: number }>;
  /** ACL user name, when the cluster uses ACLs. */
  username?: string;
  /** The password (AUTH) of every node. */
  password?: string;
  /** Connect to every node over TLS. @default false */
  tls?: boolean;
}

/**
 * Options of {@link createRedisBackend}: where Redis is and how records are kept there. Give one of `url`,
 * `cluster` or `client`. The apps, their limits, the time scale, the interactive reserve and the logger are the host's:
 * pass the backend as the host's `backend` option and it is built from them.
 */
export interface RedisBackendOptions {
  /**
   * A `redis://` or `rediss://` URL. The backend then loads the optional peer dependency `ioredis`,
   * creates its own client with bounded, never-replayed commands, and quits it on `close()`.
   * @example 'redis://:password@10.0.0.5:6379/0'
   */
  url?: string | undefined;
  /**
   * A Redis Cluster: the backend creates an ioredis `Cluster` client with bounded, never-replayed commands
   * and quits it on `close()`. Keys that one script touches share a hash slot (all limits of one app, each
   * account's connection), so apps and accounts spread over the masters.
   * @example { nodes: [{ host: '10.0.0.5', port: 6379 }], password: process.env.REDIS_PASSWORD }
   */
  cluster?: RedisClusterOptions | undefined;
  /**
   * An ioredis client you own and close: a `Redis` (a single Redis or a Sentinel-managed primary) or a
   * `Cluster`. Create a `Redis` with `enableOfflineQueue: false` and `autoResendUnfulfilledCommands: false`;
   * a `Cluster` with `retryDelayOnFailover: 0`, `retryDelayOnClusterDown: 0` and
   * `redisOptions: { autoResendUnfulfilledCommands: false }` (keep the cluster's offline queue: ioredis needs
   * it to reach a node still connecting). So a command cut off by an outage can never run late.
   */
  client?: Redis | Cluster | undefined;
  /**
   * Prefix of every key, one per deployment sharing the Redis. Without `{` or `}`: the backend places the
   * cluster hash tags itself. @default 'xc:'
   */
  keyPrefix?: string;
  /** Every Redis round trip answers within this or fails with CoordinationUnavailableError, in real ms. @default 2000 */
  commandTimeoutMs?: number;
  /**
   * When Redis does not answer, run calls through an in-process limits engine instead of failing them.
   * Limits then hold per process only (N processes may together send N × the limit); the token store and
   * the refresh lock never fall back. @default false
   */
  fallbackToLocal?: boolean;
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
   * An account's records expire this long after their last write, in real ms (scaled by the host's time
   * scale). A connection unused for 60 days has a dead refresh token anyway, and `keepAlive()` rewrites
   * live ones. @default 7776000000 (90 days)
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
    /** Overrides the day window (24 h × the host's time scale), in ms. */
    dayWindowMs?: number;
  };
}

/**
 * What {@link createRedisBackend} returns: pass it to the host as its `backend` option
 * (`new XeroConnections({ apps, backend })`); the host builds the store, refresh lock, pending
 * authorizations and limits engine from its own configuration. Close it after the host.
 */
export interface RedisBackend extends XeroBackend {
  /** The ioredis client in use (a `Cluster` with the `cluster` option or a cluster `client`). */
  readonly client: Redis | Cluster;
  /**
   * Closes every host attachment not closed yet (queued calls reject with ClosedError) and quits the client
   * if the backend created it. Close the host first: its close stores what it still holds.
   */
  close(): Promise<void>;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Options that used to repeat the host's configuration: now read from the host itself. */
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

const nonNegative = z.number().finite().nonnegative();
const optionsSchema = z
  .strictObject({
    url: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
    cluster: z
      .strictObject({
        nodes: z
          .array(
            z.strictObject({
              host: z.string().min(1),
              port: z.number().int().min(1).max(65_535),
            }),
          )
          .min(1),
        username: z.string().min(1).optional(),
        password: z.string().min(1).optional(),
        tls: z.boolean().optional(),
      })
      .optional(),
    client: z
      .custom<RedisClient>(
        (v) => typeof v === 'object' && v !== null && typeof (v as Redis).evalsha === 'function',
        'must be an ioredis client (Redis or Cluster)',
      )
      .optional(),
    keyPrefix: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[^{}]*$/, 'must not contain { or }: the backend places the cluster hash tags itself')
      .optional(),
    commandTimeoutMs: z.number().int().positive().optional(),
    fallbackToLocal: z.boolean().optional(),
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
    ...Object.fromEntries(Object.entries(FROM_HOST).map(([key, hostOption]) => [key, fromHost(hostOption)])),
  })
  .refine((o) => [o.url, o.cluster, o.client].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of url, cluster or client',
    path: ['url'],
  });

/** What the host hands to attach(), checked: attach() is public, so a hand-made call gets a clear error. */
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

/**
 * Shares tokens, the refresh lock, pending authorizations and Xero's rate limits between the processes of a
 * deployment through Redis. Async because, given a `url`, it loads the optional `ioredis` dependency.
 * The result is a plug-in for the host, which builds every part from its own configuration.
 *
 * @example
 * const redis = await createRedisBackend({ url: process.env.REDIS_URL, keyPrefix: 'xc:prod:' });
 * const host = new XeroConnections({ apps, backend: redis });
 * // on shutdown: await host.close(); await redis.close();
 */
export async function createRedisBackend(options: RedisBackendOptions): Promise<RedisBackend> {
  const o = parseOptions(
    optionsSchema,
    options,
    'createRedisBackend options',
    "createRedisBackend({ url: 'redis://127.0.0.1:6379', keyPrefix: 'xc:prod:' })",
  ) as RedisBackendOptions;
  const codec =
    o.encryptionKeys === undefined
      ? plainRecordCodec
      : encryptedRecordCodec(o.encryptionKeys, { allowPlaintext: o.allowPlaintextRecords === true });
  const timeoutMs = o.commandTimeoutMs ?? 2000;
  const client =
    o.client ??
    (o.cluster === undefined
      ? await createClient(o.url!, timeoutMs)
      : await createCluster(o.cluster, timeoutMs));
  return new RedisBackendHandle(client, o.client === undefined, o, codec, timeoutMs);
}

/**
 * The backend handed to the host. The client is kept #private (its options hold the Redis password, its
 * queues the commands in flight with their records) and the object inspects and serializes as a summary.
 */
class RedisBackendHandle implements RedisBackend {
  readonly #client: RedisClient;
  /** Quits the client on close if the backend created it; until a host attaches, it also hears its errors. */
  readonly #root: RedisConnection;
  readonly #options: RedisBackendOptions;
  readonly #codec: RecordCodec;
  readonly #keys: RedisKeys;
  readonly #timeoutMs: number;
  readonly #attachments = new BackendAttachments();
  #closing: Promise<void> | undefined;

  constructor(
    client: RedisClient,
    owned: boolean,
    options: RedisBackendOptions,
    codec: RecordCodec,
    timeoutMs: number,
  ) {
    this.#client = client;
    this.#root = new RedisConnection(client, owned, timeoutMs, silentLogger);
    this.#options = options;
    this.#codec = codec;
    this.#keys = createRedisKeys(options.keyPrefix ?? 'xc:');
    this.#timeoutMs = timeoutMs;
  }

  get client(): RedisClient {
    return this.#client;
  }

  attach(context: BackendContext): BackendParts {
    if (this.#closing !== undefined) throw new ClosedError('The Redis backend was closed');
    const { timeScale, limitsFor, interactiveReserve, appInteractiveReserve, logger } = parseOptions(
      contextSchema,
      context,
      'Redis backend attach() context',
      'new XeroConnections({ ...options, backend: redis }) (the host calls attach)',
    );
    const o = this.#options;
    const keys = this.#keys;
    const scaledMinute = timeScale.ms(MINUTE_MS);
    // One connection per host on the shared client: it logs to that host's logger; closing it leaves the client.
    const connection = new RedisConnection(this.#client, false, this.#timeoutMs, logger);
    const fallback =
      o.fallbackToLocal === true
        ? createLocalLimitsEngine({
            limitsFor,
            timeScale,
            interactiveReserve,
            appInteractiveReserve,
            logger,
            dayWindowMs: o.limiter?.dayWindowMs,
          })
        : undefined;
    const limits = new RedisLimitsEngine({
      connection,
      keys,
      limitsFor,
      timeScale,
      interactiveReserve,
      appInteractiveReserve,
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
      codec: this.#codec,
      ttlMs: timeScale.ms(o.connectionTtlMs ?? 90 * DAY_MS),
    });
    const pendingAuthorizations = new RedisPendingAuthorizationStore({
      connection,
      keys,
      codec: this.#codec,
      retainExpiredMs: timeScale.ms(o.retainExpiredAuthorizationsMs ?? 3_600_000),
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
    return `RedisBackend { status: '${this.#client.status}', attached: ${this.#attachments.size}, closed: ${this.#closing !== undefined} }`;
  }

  toJSON(): Record<string, unknown> {
    return {
      backend: 'redis',
      status: this.#client.status,
      attached: this.#attachments.size,
      closed: this.#closing !== undefined,
    };
  }
}

async function loadIoredis(
  option: 'url' | 'cluster',
): Promise<{ Redis: typeof Redis; Cluster: typeof Cluster }> {
  try {
    const { Redis, Cluster } = await import('ioredis');
    return { Redis, Cluster };
  } catch {
    throw new ConfigurationError(
      `createRedisBackend({ ${option} }) needs the optional peer dependency ioredis: run \`npm install ioredis\``,
      [{ path: option, message: 'ioredis is not installed' }],
    );
  }
}

/**
 * A command either runs now or fails now: never queued while disconnected, never replayed after a
 * reconnect (a replayed lock or slot request would run after its caller gave up).
 */
function boundedOptions(timeoutMs: number): RedisOptions {
  return {
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    commandTimeout: timeoutMs,
    connectTimeout: Math.max(timeoutMs, 1000),
    retryStrategy: (attempt) => Math.min(50 * attempt, 1000),
  };
}

async function createClient(url: string, timeoutMs: number): Promise<Redis> {
  const { Redis: Client } = await loadIoredis('url');
  return new Client(url, boundedOptions(timeoutMs));
}

async function createCluster(cluster: RedisClusterOptions, timeoutMs: number): Promise<Cluster> {
  const { Cluster: Client } = await loadIoredis('cluster');
  const options: ClusterOptions = {
    // Needed by ioredis to send to a node whose connection is still being made (nodes connect lazily, and
    // without it every command but the first to a fresh node fails). RedisConnection sends only while the
    // cluster is ready, so the queue never holds a command across a cluster reconnect.
    enableOfflineQueue: true,
    // A command whose connection closed may have run: never resent after a failover (0 turns the retry off).
    // CLUSTERDOWN is answered now, as an outage, not retried past the caller's bound. MOVED and ASK are
    // still followed: the command did not run on the node that redirected it.
    retryDelayOnFailover: 0,
    retryDelayOnClusterDown: 0,
    clusterRetryStrategy: (attempt) => Math.min(50 * attempt, 1000),
    slotsRefreshTimeout: Math.max(timeoutMs, 1000),
    // Per node: ioredis connects each node on its first command and queues commands for that connect only
    // (a lost node is never reconnected: the slots are fetched again and a new connection made), so the
    // queue never holds a command across a reconnect. Nothing already written is ever resent.
    redisOptions: {
      autoResendUnfulfilledCommands: false,
      maxRetriesPerRequest: 0,
      commandTimeout: timeoutMs,
      connectTimeout: timeoutMs,
      ...(cluster.username === undefined ? {} : { username: cluster.username }),
      ...(cluster.password === undefined ? {} : { password: cluster.password }),
      ...(cluster.tls === true ? { tls: {} } : {}),
    },
  };
  return new Client(
    cluster.nodes.map(({ host, port }) => ({ host, port })),
    options,
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
