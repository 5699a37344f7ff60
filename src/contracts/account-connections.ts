import type { ResolvedApp } from '../options.js';
import type { Role } from '../roles.js';
import type { ConnectionHealth } from './events.js';

/**
 * The contract between the ConnectionPool (calls, limits) and the OAuth lifecycle of one account's
 * connections (tokens, health, validate, connect, disconnect). The pool composes one implementation per
 * account and delegates the lifecycle methods of its public API to it.
 */

/** What a call needs to reach Xero for a role. */
export interface Credentials {
  /** The connection role that serves the call (the primary role when multi-connection is off). */
  connectionRole: Role;
  clientId: string;
  tenantId: string;
  accessToken: string;
}

/** One row of Xero's `GET /connections`. */
export interface XeroConnection {
  id: string;
  authEventId: string;
  tenantId: string;
  tenantType: string;
  tenantName: string;
  createdDateUtc: string;
  updatedDateUtc: string;
}

/**
 * The tenantless endpoints, supplied by the pool so they go through the app-wide limiter and the same
 * error mapping as every other call.
 */
export interface ConnectionsApi {
  list(app: ResolvedApp, accessToken: string, options?: { authEventId?: string }): Promise<XeroConnection[]>;
  /** DELETE /connections/{id}; resolves false on 404. */
  delete(app: ResolvedApp, accessToken: string, connectionId: string): Promise<boolean>;
}

/** Result of the "Check if this token is still valid" button. */
export interface TokenTestResult {
  /** true: valid; false: the connection is broken; null: indeterminate (Xero unreachable), health untouched. */
  valid: boolean | null;
  testedAt: Date;
  /** The connected organisation's name, when known. */
  organisation: string | undefined;
  /** Why it is invalid or indeterminate. */
  reason: string | undefined;
}

/** One row of the Accounting Connections screen. */
export interface ConnectionStatusRow {
  role: Role;
  /** Connection Type column. */
  connectionType: string;
  /** Description column. */
  description: string;
  /** Connected Organization column. */
  organisation: string | undefined;
  tenantId: string | undefined;
  /** Connected column: true only when health is `connected` or `degraded`. */
  connected: boolean;
  health: ConnectionHealth;
  /** Last Connection Test column. */
  lastTest: { at: Date; valid: boolean | null; reason: string | undefined } | undefined;
  /** Why it is broken, or the last transient error while degraded. */
  lastError: string | undefined;
  /** Which Xero app the connection uses. */
  appName: string;
}

export interface BeginConnectResult {
  /** Send the user's browser here (Xero's consent screen). */
  authorizationUrl: string;
  /** The opaque state bound to account and role, kept server-side until completion or expiry. */
  state: string;
  expiresAt: Date;
}

export type CompleteConnectResult =
  | { status: 'connected'; role: Role; tenantId: string; organisation: string }
  /** The consent connected several organisations and none is pinned: call `chooseOrganisation`. */
  | {
      status: 'choose_organisation';
      role: Role;
      choices: Array<{ tenantId: string; organisation: string }>;
      /** Pass back to `chooseOrganisation` together with a tenantId from `choices`. */
      selectionToken: string;
    };

/** How long a call waits for its credentials (a token refresh, and the refresh lock before it). */
export interface CredentialsWait {
  /** Stops waiting with AbortedError; a refresh already running goes on for the others. */
  signal?: AbortSignal | undefined;
  /** Epoch ms after which waiting stops with DeadlineExceededError (or the still-valid token is used). */
  deadline?: number | undefined;
}

export interface AccountConnections {
  /** Tokens for a call, refreshed first when within the early-refresh margin. Throws NotConnectedError / ConnectionBrokenError. */
  credentials(role: Role, wait?: CredentialsWait): Promise<Credentials>;
  /** Xero answered 401 TokenExpired for `rejectedAccessToken`: refresh once (single flight) and return fresh credentials. */
  refreshAfterRejection(
    role: Role,
    rejectedAccessToken: string,
    wait?: CredentialsWait,
  ): Promise<Credentials>;
  /** A call on the role's connection succeeded: degraded → connected. */
  reportSuccess(role: Role): void;
  /** A transient failure (outage, 5xx, timeout): connected → degraded; never broken. */
  reportTransientFailure(role: Role, error: Error): void;
  /** 403 AuthenticationUnsuccessful: confirm through /connections, and mark broken only if confirmed. */
  reportTenantNotAuthorised(role: Role, error: Error): Promise<void>;
  validateToken(role: Role): Promise<TokenTestResult>;
  status(): Promise<ConnectionStatusRow[]>;
  health(role: Role): ConnectionHealth;
  beginConnect(role: Role, options?: { loginHint?: string }): Promise<BeginConnectResult>;
  /** Takes the full callback URL or its query parameters. */
  completeConnect(
    callback: string | URL | URLSearchParams | Record<string, string>,
  ): Promise<CompleteConnectResult>;
  chooseOrganisation(selectionToken: string, tenantId: string): Promise<CompleteConnectResult>;
  /** DELETE /connections/{id} and revoke; the stored connection is removed. */
  disconnect(role: Role): Promise<void>;
  /** Disconnects every role and unpins the organisation (the "new company" flow). */
  disconnectAll(): Promise<void>;
  /** Refreshes connections idle long enough to approach the 60-day refresh-token expiry. Returns the roles refreshed. */
  keepAlive(): Promise<Role[]>;
  close(): Promise<void>;
}
