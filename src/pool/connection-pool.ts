import { InvalidArgumentError } from '../errors/configuration-error.js';
import { ClosedError } from '../errors/infrastructure-errors.js';
import type { CallPriority, LimitsEngine } from '../limits/limits-engine.js';
import type { Logger } from '../logger.js';
import type {
  AccountConnections,
  BeginConnectResult,
  CompleteConnectResult,
  ConnectionStatusRow,
  TokenTestResult,
} from '../oauth/account-connections-contract.js';
import { isRole, ROLES, type Role, roleForTraffic, type TrafficKind } from '../roles.js';
import type {
  CallPipeline,
  CallSubject,
  ResolvedCallOptions,
  SubjectCredentials,
  XeroRequest,
  XeroResponse,
} from '../xero/call-pipeline.js';
import { type CallStats, createCallStats } from '../xero/call-stats.js';
import type { ConnectionHealth, PoolEventName, PoolEventSink } from './events.js';
import type { ConnectionMetrics, PoolMetrics } from './pool-metrics.js';
import { type RoleCallBackend, XeroRoleClient } from './role-client.js';
import type { PoolRouting } from './routing.js';
import { PoolEmitter, type PoolListener } from './typed-emitter.js';

/** What every pool of a host shares (one object per host, so a pool stays a few small objects). */
export interface PoolShared {
  pipeline: CallPipeline;
  limits: LimitsEngine;
  logger: Logger;
  defaultTimeoutMs: number;
  /** The host's sink, which also receives every event of every pool. */
  hostEvents: PoolEventSink;
  /** Called once by a pool's `close()`, so the host forgets it. */
  onClose(pool: ConnectionPool): void;
}

/** One account's part. */
export interface ConnectionPoolDeps {
  accountId: string;
  /** Shared by every pool with the same options. */
  routing: PoolRouting;
  /** The pinned organisation, if configured. */
  tenantId: string | undefined;
  shared: PoolShared;
  /** Builds the account's OAuth lifecycle, given the pool's event sink. */
  createConnections(events: PoolEventSink): AccountConnections;
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
 * agents belong to the host and are shared.
 */
export class ConnectionPool implements RoleCallBackend {
  readonly accountId: string;
  /** @internal */
  readonly routing: PoolRouting;
  /** The organisation pinned by the pool's `tenantId` option, if any. */
  readonly pinnedTenantId: string | undefined;
  private readonly shared: PoolShared;
  private readonly emitter: PoolEmitter;
  private readonly connections: AccountConnections;
  // Made on first use, as plain objects: a pool at rest is a handful of small objects.
  private clients: Partial<Record<string, XeroRoleClient>> | undefined;
  private stats: Partial<Record<Role, CallStats>> | undefined;
  private knownTenant: Partial<Record<Role, string>> | undefined;
  private closed = false;

  /** @internal Made by `XeroConnections.pool()`. */
  constructor(deps: ConnectionPoolDeps) {
    this.accountId = deps.accountId;
    this.routing = deps.routing;
    this.pinnedTenantId = deps.tenantId;
    this.shared = deps.shared;
    this.emitter = new PoolEmitter(deps.shared.logger, deps.shared.hostEvents);
    this.connections = deps.createConnections(this.emitter);
  }

  /** Whether each role has its own connection. */
  get multiConnection(): boolean {
    return this.routing.multiConnection;
  }

  /** @internal */
  get defaultTimeoutMs(): number {
    return this.shared.defaultTimeoutMs;
  }

  /**
   * The client for one role's calls. Default priority: interactive for wisepay, batch for company and
   * service.
   * @example
   * for await (const invoice of pool.role('service').invoices.list({ statuses: ['AUTHORISED'] })) { … }
   */
  role(role: Role): XeroRoleClient {
    assertRole(role);
    return this.client(role, role === 'wisepay' ? 'interactive' : 'batch');
  }

  /**
   * The client for a kind of traffic: its role (see `roleForTraffic`) with a fitting default priority
   * (`user-action` interactive; `payment-batch`, `sync` and `background-service` batch).
   */
  forTraffic(kind: TrafficKind): XeroRoleClient {
    if (!(kind in TRAFFIC_PRIORITY)) {
      throw new InvalidArgumentError(`Unknown traffic kind: ${String(kind)}`, [
        { path: 'kind', message: `expected one of ${Object.keys(TRAFFIC_PRIORITY).join(', ')}` },
      ]);
    }
    return this.client(roleForTraffic(kind), TRAFFIC_PRIORITY[kind]);
  }

  /** "Check if this token is still valid": true / false (broken) / null (Xero unreachable: indeterminate). */
  validateToken(role: Role): Promise<TokenTestResult> {
    assertRole(role);
    return this.live(() => this.connections.validateToken(role));
  }

  /** The Accounting Connections screen: one row per connection. */
  status(): Promise<ConnectionStatusRow[]> {
    return this.live(() => this.connections.status());
  }

  /** Health of the connection serving `role`. */
  health(role: Role): ConnectionHealth {
    assertRole(role);
    return this.connections.health(role);
  }

  /** Starts (re)connecting a role: send the user to `authorizationUrl`. */
  beginConnect(role: Role, options?: { loginHint?: string }): Promise<BeginConnectResult> {
    assertRole(role);
    return this.live(() => this.connections.beginConnect(role, options));
  }

  /** Finishes a connect with the callback URL (or its query parameters). */
  completeConnect(
    callback: string | URL | URLSearchParams | Record<string, string>,
  ): Promise<CompleteConnectResult> {
    return this.live(() => this.connections.completeConnect(callback));
  }

  /** After `choose_organisation`: pins the chosen organisation. */
  chooseOrganisation(selectionToken: string, tenantId: string): Promise<CompleteConnectResult> {
    return this.live(() => this.connections.chooseOrganisation(selectionToken, tenantId));
  }

  /** Disconnects a role's connection at Xero and forgets it. */
  disconnect(role: Role): Promise<void> {
    assertRole(role);
    return this.live(() => this.connections.disconnect(role));
  }

  /** Disconnects every role and unpins the organisation (the "new company" flow). */
  disconnectAll(): Promise<void> {
    return this.live(async () => {
      await this.connections.disconnectAll();
      this.knownTenant = undefined;
    });
  }

  /** Refreshes connections idle long enough to risk the 60-day refresh-token expiry. */
  keepAlive(): Promise<Role[]> {
    return this.live(() => this.connections.keepAlive());
  }

  /** Subscribes to an event; returns the unsubscribe function. */
  on<K extends PoolEventName>(name: K, listener: PoolListener<K>): () => void {
    return this.emitter.on(name, listener);
  }

  off<K extends PoolEventName>(name: K, listener: PoolListener<K>): void {
    this.emitter.off(name, listener);
  }

  /** A snapshot per connection: queue, in flight, remaining budget, 429s by problem, calls done. */
  metrics(): PoolMetrics {
    const { routing } = this;
    const connections: ConnectionMetrics[] = routing.connectionRoles().map((role) => {
      const app = routing.app(role);
      const tenantId = this.knownTenant?.[role] ?? this.pinnedTenantId;
      const snapshot =
        tenantId === undefined
          ? undefined
          : this.shared.limits.snapshot({ clientId: app.clientId, tenantId });
      const stats = this.statsFor(role);
      return {
        role,
        serves: routing.rolesServedBy(role),
        appName: app.name,
        clientId: app.clientId,
        tenantId,
        health: this.closed ? 'not_connected' : this.connections.health(role),
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

  /** Stops accepting calls and releases the account's lifecycle resources. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.shared.onClose(this);
    try {
      await this.connections.close();
    } finally {
      this.emitter.removeAll();
    }
  }

  /** @internal */
  get isClosed(): boolean {
    return this.closed;
  }

  private client(role: Role, priority: CallPriority): XeroRoleClient {
    this.clients ??= {};
    const key = `${role}:${priority}`;
    let client = this.clients[key];
    if (client === undefined) {
      client = new XeroRoleClient(role, priority, this);
      this.clients[key] = client;
    }
    return client;
  }

  /** @internal The role clients' way into the pipeline. */
  send(
    role: Role,
    priority: CallPriority,
    request: XeroRequest,
    options: ResolvedCallOptions,
  ): Promise<XeroResponse> {
    if (this.closed) {
      return Promise.reject(
        new ClosedError('The connection pool is closed', {
          accountId: this.accountId,
          role,
          method: request.method,
          path: request.path,
        }),
      );
    }
    return this.shared.pipeline.execute(this.subject(role, priority), request, options);
  }

  private subject(role: Role, priority: CallPriority): CallSubject {
    const { routing } = this;
    const connectionRole = routing.connectionRole(role);
    const connections = this.connections;
    const toSubject = (c: Awaited<ReturnType<AccountConnections['credentials']>>): SubjectCredentials => {
      if (this.knownTenant?.[c.connectionRole] !== c.tenantId) {
        this.knownTenant ??= {};
        this.knownTenant[c.connectionRole] = c.tenantId;
      }
      return {
        clientId: c.clientId,
        tenantId: c.tenantId,
        accessToken: c.accessToken,
        connectionRole: c.connectionRole,
      };
    };
    return {
      accountId: this.accountId,
      callRole: role,
      tenantHint: this.knownTenant?.[connectionRole] ?? this.pinnedTenantId,
      priority,
      mayUseReserve: routing.mayUseReserve(role, priority),
      credentials: async () => toSubject(await connections.credentials(role)),
      refreshAfterRejection: async (token) => toSubject(await connections.refreshAfterRejection(role, token)),
      reportSuccess: () => connections.reportSuccess(role),
      reportTransientFailure: (error) => connections.reportTransientFailure(role, error),
      reportTenantNotAuthorised: (error) => connections.reportTenantNotAuthorised(role, error),
      events: this.emitter,
      stats: this.statsFor(connectionRole),
    };
  }

  private statsFor(connectionRole: Role): CallStats {
    this.stats ??= {};
    let stats = this.stats[connectionRole];
    if (stats === undefined) {
      stats = createCallStats();
      this.stats[connectionRole] = stats;
    }
    return stats;
  }

  private async live<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw new ClosedError('The connection pool is closed', { accountId: this.accountId });
    return fn();
  }
}

function assertRole(role: unknown): asserts role is Role {
  if (!isRole(role)) {
    throw new InvalidArgumentError(`Unknown role: ${String(role)}`, [
      { path: 'role', message: `expected one of ${ROLES.join(', ')}` },
    ]);
  }
}
