import { inspect } from 'node:util';
import type { ConnectionsApi, XeroConnection } from '../contracts/account-connections.js';
import type { CallWait } from '../contracts/call.js';
import type { PoolEventSink } from '../contracts/events.js';
import { MissingScopeError, TokenExpiredError, XeroUnavailableError } from '../errors/api-errors.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { type BrokenReason, ConnectionBrokenError, NotConnectedError } from '../errors/connection-errors.js';
import { CoordinationUnavailableError } from '../errors/infrastructure-errors.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { DeadlineExceededError, TimeoutError } from '../errors/timing-errors.js';
import { isXeroConnectionsError } from '../errors/xero-connections-error.js';
import type { Logger } from '../logger.js';
import type { ResolvedApp } from '../options.js';
import type { Role } from '../roles.js';
import type { PendingAuthorizationStore } from '../stores/pending-authorization-store.js';
import type { RefreshLock, StoredConnection, TokenStore } from '../stores/token-store.js';
import type { TimeScale } from '../time-scale.js';
import { brokenMessage, reportedBroken } from './broken-message.js';
import { ConnectionHealthTracker, type Degradation } from './connection-health.js';
import { ConnectionRecords, type UsableConnection } from './connection-records.js';
import type { ConnectionRouting } from './connection-routing.js';
import type { IdentityClient } from './identity-client.js';
import { isTransientIdentityError } from './identity-errors.js';
import { DEFAULT_OAUTH_SETTINGS, type OAuthSettings } from './oauth-settings.js';
import { refreshLockKey, TokenRefresher } from './token-refresher.js';

/**
 * What every account of a host shares: one object per host, never a copy per account (ten thousand
 * accounts each holding these eight references cost about 1 MB).
 */
export interface OAuthShared {
  store: TokenStore;
  refreshLock: RefreshLock;
  pendingAuthorizations: PendingAuthorizationStore;
  identity: IdentityClient;
  /** GET/DELETE /connections through the pool's app limiter and error mapping. */
  connectionsApi: ConnectionsApi;
  /** Expected to scrub secrets already (the host wraps it with `redactingLogger`). */
  logger: Logger;
  timeScale: TimeScale;
  /** Real-world durations, scaled by `timeScale` (see OAuthSettings). */
  settings: Readonly<OAuthSettings>;
}

/** `OAuthShared` as configured: settings given as overrides of the defaults. */
export type OAuthSharedOptions = Omit<OAuthShared, 'settings'> & {
  settings?: Partial<OAuthSettings> | undefined;
};

/** One account's own part of its OAuth lifecycle; the pool makes one per account. */
export interface AccountScope {
  accountId: string;
  /** Which connection and app serve each role (shared with the pool: the one role mapping). */
  routing: ConnectionRouting;
  /** The pool's `tenantId` option: pins the organisation before the first connect. */
  pinnedTenantId?: string | undefined;
  /** The pool's event sink. */
  events: PoolEventSink;
}

/** The host's shared part, its settings resolved once for all its accounts. */
export function resolveOAuthShared(options: OAuthSharedOptions): OAuthShared {
  const { store, refreshLock, pendingAuthorizations, identity, connectionsApi, logger, timeScale } = options;
  return {
    store,
    refreshLock,
    pendingAuthorizations,
    identity,
    connectionsApi,
    logger,
    timeScale,
    settings: resolveSettings(options.settings),
  };
}

/** Errors that say Xero or the coordination backend is momentarily unreachable: never a broken connection. */
export function isTransientError(error: unknown): boolean {
  return (
    isTransientIdentityError(error) ||
    error instanceof XeroUnavailableError ||
    error instanceof TimeoutError ||
    error instanceof DeadlineExceededError ||
    error instanceof CoordinationUnavailableError ||
    (error instanceof RateLimitError && error.problem !== 'day')
  );
}

/** A 401 on a tenantless endpoint: the access token itself was refused. */
export function isUnauthorized(error: unknown): boolean {
  if (error instanceof TokenExpiredError) return true;
  return isXeroConnectionsError(error) && error.status === 401 && !(error instanceof MissingScopeError);
}

/** The state and helpers one account's OAuth lifecycle shares across its flows. */
export class AccountContext {
  readonly accountId: string;
  readonly routing: ConnectionRouting;
  readonly pinnedTenantId: string | undefined;
  readonly events: PoolEventSink;
  /** The host's part, one object for all its accounts. */
  readonly shared: OAuthShared;
  readonly records: ConnectionRecords;
  // Both made on first need: an idle, healthy account never refreshes nor fails (memory at 10k accounts).
  #refresher: TokenRefresher | undefined;
  #health: ConnectionHealthTracker | undefined;

  constructor(account: AccountScope, shared: OAuthShared) {
    this.accountId = account.accountId;
    this.routing = account.routing;
    this.pinnedTenantId = account.pinnedTenantId;
    this.events = account.events;
    this.shared = shared;
    this.records = new ConnectionRecords(shared.store, account.accountId);
  }

  get multiConnection(): boolean {
    return this.routing.multiConnection;
  }

  get settings(): Readonly<OAuthSettings> {
    return this.shared.settings;
  }

  get refresher(): TokenRefresher {
    this.#refresher ??= new TokenRefresher(this);
    return this.#refresher;
  }

  /** The organisation of the role's record last seen, if any. */
  seenTenantId(role: Role): string | undefined {
    return this.records.seen(role)?.tenantId;
  }

  /** Transient trouble of the role's connection, if any. */
  degradation(role: Role): Readonly<Degradation> | undefined {
    return this.#health?.degradation(role);
  }

  /** A success on the role's connection: degraded → connected. */
  recordSuccess(role: Role, tenantId: string | undefined): void {
    this.#health?.success(role, tenantId);
  }

  /** A transient failure on the role's connection: connected → degraded. */
  recordFailure(role: Role, tenantId: string | undefined, error: Error): void {
    this.#health ??= new ConnectionHealthTracker(this.accountId, this.events);
    this.#health.failure(role, tenantId, error);
  }

  /**
   * The role's connection was replaced, broken or removed: earlier transient trouble and refresh cooldowns
   * no longer apply (no event).
   */
  forgetTrouble(role: Role): void {
    this.#health?.clear(role);
    this.#refresher?.reset(role);
  }

  // `routing` and `shared` hold the apps (client secrets) and the stores: inspect and JSON show only the account.
  [inspect.custom](): string {
    return `AccountContext { accountId: ${JSON.stringify(this.accountId)} }`;
  }

  toJSON(): { accountId: string } {
    return { accountId: this.accountId };
  }

  /** The role whose stored connection serves `role`. */
  storageRole(role: Role): Role {
    return this.routing.connectionRole(role);
  }

  /** The roles that have a connection of their own. */
  storageRoles(): Role[] {
    return this.routing.connectionRoles();
  }

  appForRole(storageRole: Role): ResolvedApp {
    return this.routing.appsByRole[storageRole];
  }

  /** The configured app a stored connection's tokens belong to. */
  appFor(connection: Pick<StoredConnection, 'role' | 'clientId'>): ResolvedApp {
    const { appsByRole } = this.routing;
    const own = appsByRole[connection.role];
    if (own?.clientId === connection.clientId) return own;
    const any = Object.values(appsByRole).find((a) => a.clientId === connection.clientId);
    if (any !== undefined) return any;
    throw new ConfigurationError(
      `The stored ${connection.role} connection uses app client ${connection.clientId}, which is no longer configured: reconnect it`,
      [{ path: `apps.${connection.role}`, message: 'app of the stored connection not configured' }],
    );
  }

  /** Due for refresh: within the early-refresh margin of expiry. */
  isDue(connection: Pick<StoredConnection, 'accessTokenExpiresAt'>): boolean {
    return (
      Date.now() >= connection.accessTokenExpiresAt - this.shared.timeScale.ms(this.settings.refreshEarlyMs)
    );
  }

  lockKey(role: Role): string {
    return refreshLockKey(this.accountId, role);
  }

  notConnected(role: Role): NotConnectedError {
    const what = this.multiConnection ? `The ${role} connection` : 'The Xero connection';
    return new NotConnectedError(`${what} is not connected: connect it first`, {
      accountId: this.accountId,
      role,
    });
  }

  brokenError(connection: StoredConnection): ConnectionBrokenError {
    const broken = reportedBroken(connection, this.multiConnection);
    const reason: BrokenReason = broken?.reason ?? 'revoked';
    return new ConnectionBrokenError(broken?.message ?? 'The connection needs to be reconnected', {
      reason,
      accountId: this.accountId,
      role: connection.role,
      tenantId: connection.tenantId,
    });
  }

  /**
   * A connection usable now: the stored one while its access token is fresh, else refreshed. When the
   * refresh fails transiently but the current access token has not actually expired, that token is used.
   */
  async usableConnection(role: Role, wait: CallWait = {}): Promise<UsableConnection> {
    const seen = this.records.seen(role);
    let current: UsableConnection = seen as UsableConnection;
    // Absent or broken as last seen: another process may have connected or reconnected it since.
    if (seen === undefined || seen === null || seen.broken !== undefined) {
      const record = await this.records.read(role);
      if (record === null) throw this.notConnected(role);
      if (record.value.broken !== undefined) throw this.brokenError(record.value);
      current = record.value;
    }
    if (!this.isDue(current)) return current;
    try {
      return await this.refresher.ensure(role, (c) => this.isDue(c), {
        signal: wait.signal,
        deadline: wait.deadline,
        tryOnce: wait.tryOnce,
      });
    } catch (error) {
      const margin = this.shared.timeScale.seconds(30); // never hand out a token about to expire in flight
      if (isTransientError(error) && Date.now() < current.accessTokenExpiresAt - margin) return current;
      throw error;
    }
  }

  /** GET /connections with the role's token; a refused token is refreshed once and the call repeated. */
  async listConnections(role: Role, connection: UsableConnection): Promise<XeroConnection[]> {
    const app = this.appFor(connection);
    try {
      return await this.shared.connectionsApi.list(app, connection.accessToken);
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      const refused = connection.accessToken;
      const fresh = await this.refresher.ensure(role, (c) => c.accessToken === refused || this.isDue(c));
      return this.shared.connectionsApi.list(this.appFor(fresh), fresh.accessToken);
    }
  }

  /**
   * Marks a connection broken, once: the flag is persisted with compare-and-set and `connection:broken`
   * is emitted only by the writer that made the transition. `sameConnection` guards against marking a
   * connection that was reconnected meanwhile. Returns the resulting record (broken or not).
   */
  async markBroken(
    role: Role,
    reason: BrokenReason,
    sameConnection: (current: StoredConnection) => boolean,
    cause?: Error,
  ): Promise<StoredConnection | null> {
    const at = Date.now();
    const { record, changed } = await this.records.update(role, (current) => {
      if (current.broken !== undefined || !sameConnection(current)) return null;
      const message = brokenMessage(role, this.multiConnection, current.tenantName, reason);
      return { ...current, broken: { reason, at, message } };
    });
    if (changed && record !== null) {
      const broken = record.value.broken!;
      this.forgetTrouble(role);
      this.shared.logger.warn('xero connection broken: it needs to be reconnected', {
        accountId: this.accountId,
        role,
        tenantId: record.value.tenantId,
        reason,
        cause: cause?.message,
      });
      this.events.emit('connection:broken', {
        accountId: this.accountId,
        role,
        tenantId: record.value.tenantId,
        reason,
        message: broken.message,
      });
    }
    return record?.value ?? null;
  }

  async markInvalidGrant(
    role: Role,
    used: StoredConnection,
    cause: Error,
    hint?: BrokenReason,
  ): Promise<ConnectionBrokenError> {
    const idle = Date.now() - used.refreshedAt;
    const expired = idle >= this.shared.timeScale.ms(this.settings.refreshTokenLifetimeMs);
    // A custom connection has no refresh token to expire.
    const reason: BrokenReason =
      hint === 'custom_connection_refused' ? hint : expired ? 'refresh_token_expired' : (hint ?? 'revoked');
    const after = await this.markBroken(
      role,
      reason,
      (c) => c.refreshToken === used.refreshToken && c.connectedAt === used.connectedAt,
      cause,
    );
    if (after?.broken !== undefined) return this.brokenError(after);
    // Reconnected while this refresh failed: report the failure without touching the new connection.
    return new ConnectionBrokenError(brokenMessage(role, this.multiConnection, used.tenantName, reason), {
      reason,
      accountId: this.accountId,
      role,
      tenantId: used.tenantId,
    });
  }
}

/** The defaults themselves when nothing is overridden (the usual case): no settings object per account. */
function resolveSettings(overrides: Partial<OAuthSettings> | undefined): Readonly<OAuthSettings> {
  const defined = Object.entries(overrides ?? {}).filter(([, v]) => v !== undefined);
  return defined.length === 0
    ? DEFAULT_OAUTH_SETTINGS
    : { ...DEFAULT_OAUTH_SETTINGS, ...(Object.fromEntries(defined) as Partial<OAuthSettings>) };
}
