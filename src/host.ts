import type { CompleteConnectResult, ConnectionsApi } from './contracts/account-connections.js';
import type { BackendContext, BackendParts } from './contracts/backend.js';
import type { PoolEventName, PoolEventSink, PoolEvents } from './contracts/events.js';
import { ConfigurationError } from './errors/configuration-error.js';
import { AuthorizationCallbackError } from './errors/connection-errors.js';
import { ClosedError } from './errors/infrastructure-errors.js';
import type { LimitsEngine, XeroLimits } from './limits/limits-engine.js';
import { createLocalLimitsEngine } from './limits/local-limits-engine.js';
import { type Logger, redactingLogger, silentLogger } from './logger.js';
import {
  createAccountConnections,
  type OAuthShared,
  resolveOAuthShared,
} from './oauth/account-connections.js';
import { parseCallbackParams } from './oauth/callback-params.js';
import { ConnectionRouting } from './oauth/connection-routing.js';
import { createIdentityClient, type IdentityClient } from './oauth/identity-client.js';
import {
  type KeepAliveOptions,
  type KeepAliveReport,
  keepAliveSweep,
  lifecycleRefresher,
} from './oauth/keep-alive.js';
import { DEFAULT_OAUTH_SETTINGS } from './oauth/oauth-settings.js';
import {
  appNamesByRole,
  type ConnectionPoolOptions,
  DEFAULT_INTERACTIVE_RESERVE,
  DEFAULT_LIMITS,
  hostOptionsSchema,
  parseOptions,
  poolOptionsSchema,
  type ResolvedApp,
  resolveApp,
  type XeroConnectionsOptions,
} from './options.js';
import { AccountPool, type ConnectionPool, type PoolShared } from './pool/connection-pool.js';
import { PoolEmitter, type PoolListener } from './pool/typed-emitter.js';
import { ROLES, type Role } from './roles.js';
import { InProcessRefreshLock } from './stores/in-process-refresh-lock.js';
import { MemoryPendingAuthorizationStore } from './stores/memory-pending-authorization-store.js';
import { MemoryTokenStore } from './stores/memory-token-store.js';
import type { PendingAuthorizationStore } from './stores/pending-authorization-store.js';
import type { RefreshLock, TokenStore } from './stores/token-store.js';
import { createTimeScale, type TimeScale } from './time-scale.js';
import { CallPipeline } from './xero/call-pipeline.js';
import { createConnectionsApi } from './xero/connections-api.js';
import { HttpTransport } from './xero/http-transport.js';

const DEFAULT_API_URL = 'https://api.xero.com';

const HOST_EXAMPLE =
  "new XeroConnections({ apps: { wisepay: { clientId: '…', clientSecret: process.env.XERO_SECRET, redirectUri: 'https://app.example.com/xero/callback' } } })";
const POOL_EXAMPLE =
  "host.pool({ accountId: 'acct-42', multiConnection: true, apps: { wisepay: 'wisepay', company: 'company', service: 'service' } })";

/**
 * The per-process entry point. Owns what every account shares: the apps, the token store and refresh
 * lock, the limits engine (so every pool of an app shares its app-wide limiter and each (app, tenant)
 * bucket), the identity client, one keep-alive HTTP agent and the logger. Make one per process and ask it
 * for a cheap pool per account.
 *
 * Constructing it starts no timer and opens no socket; `close()` releases everything it made.
 * @example
 * const xero = new XeroConnections({ apps: { wisepay: { clientId, clientSecret, redirectUri } } });
 * const pool = xero.pool({ accountId: 'acct-42', apps: 'wisepay' });
 * const org = await pool.role('wisepay').organisation.get();
 */
export class XeroConnections {
  /** The host's time scale (1 is real time). */
  readonly timeScale: TimeScale;
  // Everything else is #private: the apps hold client secrets, and neither `util.inspect` (even with
  // `showHidden`) nor `JSON.stringify` may reach them.
  readonly #apps: ReadonlyMap<string, ResolvedApp>;
  readonly #options: XeroConnectionsOptions;
  readonly #logger: Logger;
  readonly #store: TokenStore;
  readonly #refreshLock: RefreshLock;
  readonly #limits: LimitsEngine;
  readonly #pending: PendingAuthorizationStore;
  readonly #identity: IdentityClient;
  readonly #transport: HttpTransport;
  readonly #pipeline: CallPipeline;
  readonly #connectionsApi: ConnectionsApi;
  readonly #emitter: PoolEmitter;
  /** The parts a `backend` option attached for this host, closed with it. */
  readonly #backend: BackendParts | undefined;
  readonly #owns: {
    store: boolean;
    refreshLock: boolean;
    limits: boolean;
    pendingAuthorizations: boolean;
  };
  readonly #pools = new Map<string, AccountPool>();
  /** One routing per distinct (multi-connection, apps) choice, shared by every pool that makes it. */
  readonly #routings = new Map<string, ConnectionRouting>();
  readonly #poolShared: PoolShared;
  /** What every account's OAuth lifecycle shares: one object, not a copy per account (memory at 10k accounts). */
  readonly #oauthShared: OAuthShared;
  #closed = false;

  constructor(options: XeroConnectionsOptions) {
    this.#options = parseOptions(
      hostOptionsSchema,
      options,
      'XeroConnections options',
      HOST_EXAMPLE,
    ) as XeroConnectionsOptions;
    const opts = this.#options;
    this.#apps = resolveApps(opts);
    this.timeScale = createTimeScale(opts.timeScale ?? 1);
    // The silent default needs no scrubbing: skipping the wrapper keeps redaction off the hot path.
    this.#logger = opts.logger === undefined ? silentLogger : redactingLogger(opts.logger);
    const limitsByClient = new Map<string, XeroLimits>(
      [...this.#apps.values()].map((a) => [a.clientId, a.limits]),
    );
    const context: BackendContext = {
      timeScale: this.timeScale,
      limitsFor: (clientId) => limitsByClient.get(clientId) ?? DEFAULT_LIMITS,
      interactiveReserve: opts.rateLimits?.interactiveReserve ?? DEFAULT_INTERACTIVE_RESERVE,
      appInteractiveReserve: opts.rateLimits?.appInteractiveReserve,
      logger: this.#logger,
    };
    // A backend is built from this host's configuration, never from a copy of it; its parts are closed
    // with the host (the backend's connection is not: close the backend after the host).
    this.#backend = opts.backend?.attach(context);
    const plugged = this.#backend ?? opts;
    this.#owns = {
      store: plugged.store === undefined,
      refreshLock: plugged.refreshLock === undefined,
      limits: plugged.limits === undefined,
      pendingAuthorizations: plugged.pendingAuthorizations === undefined,
    };
    this.#store = plugged.store ?? new MemoryTokenStore();
    this.#refreshLock = plugged.refreshLock ?? new InProcessRefreshLock();
    this.#limits = plugged.limits ?? createLocalLimitsEngine(context);
    this.#pending = plugged.pendingAuthorizations ?? new MemoryPendingAuthorizationStore();
    const timeoutMs = opts.http?.timeoutMs ?? 30_000;
    this.#identity = createIdentityClient({
      identityUrl: opts.xero?.identityUrl,
      dangerouslyAllowInsecureLoopback: opts.xero?.dangerouslyAllowInsecureLoopback,
      timeoutMs,
      logger: this.#logger,
    });
    this.#transport = new HttpTransport(opts.http);
    this.#pipeline = new CallPipeline({
      transport: this.#transport,
      limits: this.#limits,
      logger: this.#logger,
      timeScale: this.timeScale,
      apiUrl: opts.xero?.apiUrl ?? DEFAULT_API_URL,
      retry: {
        maxRetries: opts.http?.maxRetries ?? 4,
        baseDelayMs: opts.http?.retryBaseDelayMs ?? 1000,
        maxDelayMs: opts.http?.retryMaxDelayMs ?? 60_000,
        rateLimitRetries: opts.rateLimits?.maxRetries ?? 3,
        maxOutageWaitMs: opts.http?.maxOutageWaitMs,
      },
    });
    this.#connectionsApi = createConnectionsApi(this.#pipeline, timeoutMs);
    this.#emitter = new PoolEmitter(this.#logger);
    this.#oauthShared = resolveOAuthShared({
      store: this.#store,
      refreshLock: this.#refreshLock,
      pendingAuthorizations: this.#pending,
      identity: this.#identity,
      connectionsApi: this.#connectionsApi,
      logger: this.#logger,
      timeScale: this.timeScale,
      settings: opts.oauth,
    });
    this.#poolShared = {
      pipeline: this.#pipeline,
      limits: this.#limits,
      logger: this.#logger,
      defaultTimeoutMs: timeoutMs,
      coalesce: opts.http?.coalesce ?? true,
      hostEvents: this.#emitter,
      onClose: (closed) => {
        if (this.#pools.get(closed.accountId) === closed) this.#pools.delete(closed.accountId);
      },
      createConnections: (accountId, pinnedTenantId, routing, events) =>
        this.#createConnections(accountId, pinnedTenantId, routing, events),
      routingFor: (on, like) =>
        this.#routingFor(
          on,
          Object.fromEntries(ROLES.map((r) => [r, like.appsByRole[r].name])) as Record<Role, string>,
        ),
    };
  }

  /**
   * The pool of one account. Cheap, and cached: the same options return the same pool; other options for
   * an account whose pool is open throw a `ConfigurationError` (close the pool first to change them).
   */
  pool(options: ConnectionPoolOptions): ConnectionPool {
    this.#assertOpen();
    const opts = parseOptions(
      poolOptionsSchema,
      options,
      'pool options',
      POOL_EXAMPLE,
    ) as ConnectionPoolOptions;
    const names = appNamesByRole(opts.apps);
    const missing = ROLES.filter((role) => !this.#apps.has(names[role]));
    if (missing.length > 0) {
      const known = [...this.#apps.keys()].join(', ');
      throw new ConfigurationError(
        `Invalid pool options: unknown app ${missing.map((r) => `'${names[r]}'`).join(', ')} (known apps: ${known}). Example: ${POOL_EXAMPLE}`,
        missing.map((role) => ({
          path: typeof opts.apps === 'string' ? 'apps' : `apps.${role}`,
          message: `no app named '${names[role]}' in XeroConnections options (known: ${known})`,
        })),
      );
    }
    const multiConnection = opts.multiConnection ?? false;
    const routing = this.#routingFor(multiConnection, names);
    const existing = this.#pools.get(opts.accountId);
    if (existing !== undefined) {
      if (existing.hasOptions(routing, opts.tenantId, opts.fairShareWeight)) return existing;
      throw new ConfigurationError(
        `Invalid pool options: account '${opts.accountId}' already has an open pool with different options; close it first. Example: ${POOL_EXAMPLE}`,
        [{ path: 'accountId', message: 'a pool with other options is open for this account' }],
      );
    }
    const pool = new AccountPool({
      accountId: opts.accountId,
      routing,
      tenantId: opts.tenantId,
      fairShareWeight: opts.fairShareWeight,
      shared: this.#poolShared,
    });
    this.#pools.set(opts.accountId, pool);
    return pool;
  }

  /**
   * Completes a connect from the callback alone: the pending `state` names the account, whose pool must
   * be open in this process (pools are cheap: open it with the account's options first).
   */
  async completeConnect(
    callback: string | URL | URLSearchParams | Record<string, string>,
  ): Promise<CompleteConnectResult & { accountId: string }> {
    this.#assertOpen();
    const params = parseCallbackParams(callback);
    const state = params.get('state');
    if (state === null || state === '') {
      throw new AuthorizationCallbackError('The authorization callback has no state', {
        failure: 'missing_state',
      });
    }
    const pending = await this.#pending.peek(state);
    if (pending === null) {
      throw new AuthorizationCallbackError('The authorization callback names an unknown state', {
        failure: 'unknown_state',
      });
    }
    const pool = this.#pools.get(pending.accountId);
    if (pool === undefined) {
      throw new ConfigurationError(
        `No pool is open for account '${pending.accountId}' in this process: call host.pool({ accountId: '${pending.accountId}', … }) before completing its connect`,
        [{ path: 'accountId', message: 'no open pool' }],
      );
    }
    const result = await pool.completeConnect(params);
    return { ...result, accountId: pending.accountId };
  }

  /** Listens to an event of every pool of this host (payloads carry `accountId`). Returns the unsubscribe function. */
  on<K extends PoolEventName>(name: K, listener: PoolListener<K>): () => void {
    return this.#emitter.on(name, listener);
  }

  off<K extends PoolEventName>(name: K, listener: PoolListener<K>): void {
    this.#emitter.off(name, listener);
  }

  /** The open pool of an account, if any. */
  getPool(accountId: string): ConnectionPool | undefined {
    return this.#pools.get(accountId);
  }

  /**
   * Refreshes every stored connection, of every account (open pool or not), whose refresh token is older
   * than `olderThan`, so a customer idle for two months is not lost to Xero's 60-day expiry. Pages
   * through the store (`TokenStore.listAll`; a store without it gets a `ConfigurationError`), a few
   * refreshes at a time and paced, each through the normal refresh path (single flight, refresh lock,
   * compare-and-set). Broken connections are counted, not retried. Run it from a daily cron job; see
   * docs/guides/keep-alive.md.
   * @example
   * const report = await xero.keepAlive({ olderThan: 30 * 24 * 3600_000 });
   * // { scanned: 1200, refreshed: 40, skipped: 1150, broken: 10, failed: 0, unlisted: 0, aborted: false }
   */
  keepAlive(options?: KeepAliveOptions): Promise<KeepAliveReport> {
    this.#assertOpen();
    const byClient = new Map([...this.#apps.values()].map((a) => [a.clientId, a]));
    return keepAliveSweep(
      {
        store: this.#store,
        timeScale: this.timeScale,
        logger: this.#logger,
        defaultOlderThanMs: this.#options.oauth?.keepAliveAfterMs ?? DEFAULT_OAUTH_SETTINGS.keepAliveAfterMs,
        refresherFor: lifecycleRefresher(this.#oauthShared, this.#emitter, (clientId) =>
          byClient.get(clientId),
        ),
      },
      options,
    );
  }

  /**
   * Closes every pool, the limits engine (queued calls reject with `ClosedError`), the HTTP agents, the
   * parts its `backend` attached, and the store, lock and engine if the host made them (ones you passed
   * in are yours to close; so is the backend itself, after the host). Idempotent.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const pools = [...this.#pools.values()];
    await Promise.allSettled(pools.map((p) => p.close()));
    this.#pools.clear();
    const closing: Array<Promise<unknown> | undefined> = [];
    this.#pipeline.close(); // calls waiting out an outage end with ClosedError
    if (this.#owns.limits) closing.push(this.#limits.close());
    if (this.#owns.store) closing.push(this.#store.close?.());
    if (this.#owns.refreshLock) closing.push(this.#refreshLock.close?.());
    if (this.#owns.pendingAuthorizations) closing.push(this.#pending.close?.());
    closing.push(this.#backend?.close());
    await Promise.allSettled(closing);
    this.#identity.close();
    this.#transport.close();
    this.#emitter.removeAll();
  }

  /** Secret-free summaries for loggers and `util.inspect`: app names, open pools, closed. */
  toJSON(): { apps: string[]; openPools: number; closed: boolean } {
    return { apps: [...this.#apps.keys()], openPools: this.#pools.size, closed: this.#closed };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    const { apps, openPools, closed } = this.toJSON();
    return `XeroConnections { apps: [${apps.map((a) => `'${a}'`).join(', ')}], openPools: ${openPools}, closed: ${closed} }`;
  }

  #routingFor(multiConnection: boolean, names: Record<Role, string>): ConnectionRouting {
    const key = `${multiConnection}\n${ROLES.map((r) => names[r]).join('\n')}`;
    let routing = this.#routings.get(key);
    if (routing === undefined) {
      const appsByRole = Object.fromEntries(
        ROLES.map((r) => [r, this.#apps.get(names[r]) as ResolvedApp]),
      ) as Record<Role, ResolvedApp>;
      routing = new ConnectionRouting(multiConnection, appsByRole);
      this.#routings.set(key, routing);
    }
    return routing;
  }

  #createConnections(
    accountId: string,
    pinnedTenantId: string | undefined,
    routing: ConnectionRouting,
    events: PoolEventSink,
  ) {
    return createAccountConnections({ accountId, routing, pinnedTenantId, events }, this.#oauthShared);
  }

  #assertOpen(): void {
    if (this.#closed) throw new ClosedError('XeroConnections is closed');
  }
}

function resolveApps(options: XeroConnectionsOptions): Map<string, ResolvedApp> {
  const apps = new Map<string, ResolvedApp>();
  const byClient = new Map<string, ResolvedApp>();
  for (const [name, app] of Object.entries(options.apps)) {
    const resolved = resolveApp(name, app);
    const twin = byClient.get(resolved.clientId);
    // One Xero app under two names must agree on its limits: the engine keys limiters by clientId.
    if (twin !== undefined && JSON.stringify(twin.limits) !== JSON.stringify(resolved.limits)) {
      throw new ConfigurationError(
        `Invalid XeroConnections options: apps '${twin.name}' and '${name}' share clientId but set different limits or tiers. Example: ${HOST_EXAMPLE}`,
        [{ path: `apps.${name}.limits`, message: `differs from apps.${twin.name} with the same clientId` }],
      );
    }
    byClient.set(resolved.clientId, resolved);
    apps.set(name, resolved);
  }
  return apps;
}

export type { PoolEvents };
