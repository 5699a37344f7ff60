import type {
  AccountConnections,
  BeginConnectResult,
  CompleteConnectResult,
  ConnectionStatusRow,
  OAuthLifecycle,
  TokenTestResult,
} from '../contracts/account-connections.js';
import type { ConnectionHealth, PoolEventName, PoolEventSink } from '../contracts/events.js';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import { ClosedError } from '../errors/infrastructure-errors.js';
import type { CallPriority, LimitsEngine } from '../limits/limits-engine.js';
import type { Logger } from '../logger.js';
import type { ConnectionRouting } from '../oauth/connection-routing.js';
import { isRole, ROLES, type Role, roleForTraffic, type TrafficKind } from '../roles.js';
import type { CallPipeline } from '../xero/call-pipeline.js';
import {
  type MultiConnectionSwitchOptions,
  type MultiConnectionSwitchResult,
  switchMultiConnection,
} from './multi-connection-switch.js';
import { PoolCalls } from './pool-calls.js';
import type { ConnectionMetrics, PoolMetrics } from './pool-metrics.js';
import { RoleClient, type XeroRoleClient } from './role-client.js';
import { PoolEmitter, type PoolListener } from './typed-emitter.js';

/** What every pool of a host shares (one object per host, so a pool stays a few small objects). */
export interface PoolShared {
  pipeline: CallPipeline;
  limits: LimitsEngine;
  logger: Logger;
  defaultTimeoutMs: number;
  /** The host's `http.coalesce`: typed calls may share requests. */
  coalesce: boolean;
  /** The host's sink, which also receives every event of every pool. */
  hostEvents: PoolEventSink;
  /** Called once by a pool's `close()`, so the host forgets it. */
  onClose(pool: AccountPool): void;
  /** The host's routing for the same apps as `like` with multi-connection `on` (one per choice, shared). */
  routingFor(on: boolean, like: ConnectionRouting): ConnectionRouting;
  /**
   * Builds an account's OAuth lifecycle for a routing, given the pool's event sink. The host's one
   * factory: a pool keeps no closure of its own for it (one per pool cost ~500 B with what it held).
   */
  createConnections(
    accountId: string,
    pinnedTenantId: string | undefined,
    routing: ConnectionRouting,
    events: PoolEventSink,
  ): AccountConnections;
}

/** One account's part. */
export interface ConnectionPoolDeps {
  accountId: string;
  /** Shared by every pool with the same options, and by the account's OAuth lifecycle. */
  routing: ConnectionRouting;
  /** The pinned organisation, if configured. */
  tenantId: string | undefined;
  /** The account's weight in each app's fair share (pool option `fairShareWeight`). */
  fairShareWeight?: number | undefined;
  shared: PoolShared;
}

const TRAFFIC_PRIORITY: Readonly<Record<TrafficKind, CallPriority>> = {
  'user-action': 'interactive',
  'payment-batch': 'batch',
  sync: 'batch',
  'background-service': 'batch',
};

/**
 * One account's Xero connections: a client per role, routing (multi-connection on or off), the OAuth
 * lifecycle (connect, validate, disconnect), metrics and events. Cheap to create: limiters and HTTP
 * agents belong to the host and are shared. Get one from `XeroConnections.pool()`.
 */
export interface ConnectionPool extends OAuthLifecycle {
  /** Your id for the customer account. */
  readonly accountId: string;
  /** The organisation pinned by the pool's `tenantId` option, if any. */
  readonly pinnedTenantId: string | undefined;
  /** Whether each role has its own connection. */
  readonly multiConnection: boolean;
  /**
   * The client for one role's calls. Default priority: interactive for wisepay, batch for company and
   * service.
   * @example
   * for await (const invoice of pool.role('service').invoices.list({ statuses: ['AUTHORISED'] })) { … }
   */
  role(role: Role): XeroRoleClient;
  /**
   * The client for a kind of traffic: its role (see `roleForTraffic`) with a fitting default priority
   * (`user-action` interactive; `payment-batch`, `sync` and `background-service` batch).
   */
  forTraffic(kind: TrafficKind): XeroRoleClient;
  /** Health of the connection serving `role`. */
  health(role: Role): ConnectionHealth;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<K extends PoolEventName>(name: K, listener: PoolListener<K>): () => void;
  off<K extends PoolEventName>(name: K, listener: PoolListener<K>): void;
  /** A snapshot per connection: queue, in flight, remaining budget, 429s by problem, calls done. */
  metrics(): PoolMetrics;
  /**
   * Turns multi-connection on or off for this account while it keeps working. On: the existing connection
   * stays as `wisepay`'s and `status()` lists the roles still to connect. Off: later calls of every role
   * go through `wisepay`'s connection at once; calls already sent finish on theirs, then the company and
   * service connections are disconnected (never revoking a grant or deleting a Xero connection another
   * stored connection uses). The SDK does not persist the choice: save `result.multiConnection` in your
   * account configuration and pass it to `host.pool()` from then on. See docs/concepts.md.
   * @example
   * const result = await pool.setMultiConnection(true);
   * await saveAccount(pool.accountId, { multiConnectionEnabled: result.multiConnection });
   */
  setMultiConnection(
    on: boolean,
    options?: MultiConnectionSwitchOptions,
  ): Promise<MultiConnectionSwitchResult>;
  /** Stops accepting calls and releases the account's lifecycle resources. Idempotent. */
  close(): Promise<void>;
}

/**
 * The implementation behind `ConnectionPool`, made only by the host. Everything it holds (the routing with
 * the apps' client secrets, the OAuth lifecycle, the pipeline) lives in `#private` fields, so neither
 * `util.inspect` (even with `showHidden`) nor `JSON.stringify` can reach a secret, and no caller can reach
 * the unvalidated send the role clients use.
 */
export class AccountPool implements ConnectionPool {
  readonly accountId: string;
  readonly pinnedTenantId: string | undefined;
  readonly #shared: PoolShared;
  readonly #emitter: PoolEmitter;
  /** The switch in progress, if any: switches run one at a time. */
  #switching: Promise<unknown> | undefined;
  /** The role clients' way into the pipeline, and the pool's closed flag. */
  readonly #calls: PoolCalls;
  // Made on first use, as a plain object: a pool at rest is a handful of small objects.
  #clients: Partial<Record<string, RoleClient>> | undefined;

  constructor(deps: ConnectionPoolDeps) {
    this.accountId = deps.accountId;
    this.pinnedTenantId = deps.tenantId;
    this.#shared = deps.shared;
    this.#emitter = new PoolEmitter(deps.shared.logger, deps.shared.hostEvents);
    const connections = deps.shared.createConnections(
      deps.accountId,
      deps.tenantId,
      deps.routing,
      this.#emitter,
    );
    this.#calls = new PoolCalls(deps.accountId, deps.routing, connections, deps.shared, deps.fairShareWeight);
  }

  // Both follow the current call target, which a multi-connection switch replaces.
  get #routing(): ConnectionRouting {
    return this.#calls.target.routing;
  }

  get #connections(): AccountConnections {
    return this.#calls.target.connections;
  }

  get multiConnection(): boolean {
    return this.#routing.multiConnection;
  }

  /** Whether this pool was made with these options (the host reuses it, or refuses the others). */
  hasOptions(
    routing: ConnectionRouting,
    tenantId: string | undefined,
    fairShareWeight: number | undefined,
  ): boolean {
    return (
      this.#routing === routing && this.pinnedTenantId === tenantId && this.#calls.weight === fairShareWeight
    );
  }

  role(role: Role): XeroRoleClient {
    assertRole(role);
    return this.#client(role, defaultPriority(role));
  }

  forTraffic(kind: TrafficKind): XeroRoleClient {
    if (!(kind in TRAFFIC_PRIORITY)) {
      throw new InvalidArgumentError(`Unknown traffic kind: ${String(kind)}`, [
        { path: 'kind', message: `expected one of ${Object.keys(TRAFFIC_PRIORITY).join(', ')}` },
      ]);
    }
    return this.#client(roleForTraffic(kind), TRAFFIC_PRIORITY[kind]);
  }

  validateToken(role: Role): Promise<TokenTestResult> {
    assertRole(role);
    return this.#live(() => this.#connections.validateToken(role));
  }

  status(): Promise<ConnectionStatusRow[]> {
    return this.#live(() => this.#connections.status());
  }

  health(role: Role): ConnectionHealth {
    assertRole(role);
    return this.#connections.connection(role).health();
  }

  beginConnect(role: Role, options?: { loginHint?: string }): Promise<BeginConnectResult> {
    assertRole(role);
    return this.#live(() => this.#connections.beginConnect(role, options));
  }

  completeConnect(
    callback: string | URL | URLSearchParams | Record<string, string>,
  ): Promise<CompleteConnectResult> {
    return this.#live(() => this.#connections.completeConnect(callback));
  }

  chooseOrganisation(selectionToken: string, tenantId: string): Promise<CompleteConnectResult> {
    return this.#live(() => this.#connections.chooseOrganisation(selectionToken, tenantId));
  }

  connectCustomConnection(role: Role): Promise<CompleteConnectResult> {
    assertRole(role);
    return this.#live(() => this.#connections.connectCustomConnection(role));
  }

  disconnect(role: Role): Promise<void> {
    assertRole(role);
    return this.#live(() => this.#connections.disconnect(role));
  }

  disconnectAll(): Promise<void> {
    return this.#live(() => this.#connections.disconnectAll());
  }

  keepAlive(): Promise<Role[]> {
    return this.#live(() => this.#connections.keepAlive());
  }

  on<K extends PoolEventName>(name: K, listener: PoolListener<K>): () => void {
    return this.#emitter.on(name, listener);
  }

  off<K extends PoolEventName>(name: K, listener: PoolListener<K>): void {
    this.#emitter.off(name, listener);
  }

  metrics(): PoolMetrics {
    const routing = this.#routing;
    const connections: ConnectionMetrics[] = routing.connectionRoles().map((role) => {
      const app = routing.app(role);
      const connection = this.#connections.connection(role);
      const tenantId = connection.tenantId;
      const snapshot =
        tenantId === undefined
          ? undefined
          : this.#shared.limits.snapshot({ clientId: app.clientId, tenantId });
      const { stats } = connection;
      return {
        role,
        serves: routing.rolesServedBy(role),
        appName: app.name,
        clientId: app.clientId,
        tenantId,
        health: this.#calls.closed ? 'not_connected' : connection.health(),
        queued: snapshot?.queued ?? 0,
        inFlight: snapshot?.running ?? 0,
        minuteRemaining: snapshot?.minuteRemaining,
        dayRemaining: snapshot?.dayRemaining,
        reported: { ...(snapshot?.reported ?? {}) },
        dayExhaustedUntil:
          snapshot?.dayExhaustedUntil === undefined ? undefined : new Date(snapshot.dayExhaustedUntil),
        calls: {
          attempts: stats.attempts,
          succeeded: stats.succeeded,
          failed: stats.failed,
          retries: stats.retries,
        },
        http429: { ...stats.http429 },
      };
    });
    return { accountId: this.accountId, multiConnection: routing.multiConnection, connections };
  }

  setMultiConnection(
    on: boolean,
    options?: MultiConnectionSwitchOptions,
  ): Promise<MultiConnectionSwitchResult> {
    return this.#live(async () => {
      const previous = this.#switching;
      const run = (async () => {
        await previous?.catch(() => undefined);
        return switchMultiConnection(
          {
            accountId: this.accountId,
            calls: this.#calls,
            logger: this.#shared.logger,
            routingFor: (value) => this.#shared.routingFor(value, this.#routing),
            createConnections: (routing) =>
              this.#shared.createConnections(this.accountId, this.pinnedTenantId, routing, this.#emitter),
          },
          on,
          options,
        );
      })();
      this.#switching = run;
      try {
        return await run;
      } finally {
        if (this.#switching === run) this.#switching = undefined;
      }
    });
  }

  async close(): Promise<void> {
    if (this.#calls.closed) return;
    this.#calls.closed = true;
    this.#shared.onClose(this);
    try {
      await this.#connections.close();
    } finally {
      this.#emitter.removeAll();
    }
  }

  /** Secret-free summaries for loggers and `util.inspect`. */
  toJSON(): { accountId: string; multiConnection: boolean; pinnedTenantId?: string; closed: boolean } {
    return {
      accountId: this.accountId,
      multiConnection: this.multiConnection,
      ...(this.pinnedTenantId === undefined ? {} : { pinnedTenantId: this.pinnedTenantId }),
      closed: this.#calls.closed,
    };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    const tenant = this.pinnedTenantId === undefined ? '' : `, pinnedTenantId: '${this.pinnedTenantId}'`;
    return `ConnectionPool { accountId: '${this.accountId}', multiConnection: ${this.multiConnection}${tenant}, closed: ${this.#calls.closed} }`;
  }

  #client(role: Role, priority: CallPriority): RoleClient {
    this.#clients ??= {};
    // A role's default priority is keyed by the role alone: `role(r)` builds no key string.
    const key = priority === defaultPriority(role) ? role : `${role}:${priority}`;
    let client = this.#clients[key];
    if (client === undefined) {
      client = new RoleClient(role, priority, this.#calls);
      this.#clients[key] = client;
    }
    return client;
  }

  async #live<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#calls.closed)
      throw new ClosedError('The connection pool is closed', { accountId: this.accountId });
    return fn();
  }
}

/** Interactive for wisepay (user actions), batch for company and service. */
function defaultPriority(role: Role): CallPriority {
  return role === 'wisepay' ? 'interactive' : 'batch';
}

function assertRole(role: unknown): asserts role is Role {
  if (!isRole(role)) {
    throw new InvalidArgumentError(`Unknown role: ${String(role)}`, [
      { path: 'role', message: `expected one of ${ROLES.join(', ')}` },
    ]);
  }
}
