import type { ResolvedApp } from '../options.js';
import type { Role } from '../roles.js';
import type { CallConnection, CallCredentials, CallWait } from './call.js';
import type { CallStats } from './call-stats.js';
import type { ConnectionHealth, PoolEventSink } from './events.js';

/**
 * The contract between the ConnectionPool (calls, limits) and the OAuth lifecycle of one account's
 * connections (tokens, health, validate, connect, disconnect). The pool composes one implementation per
 * account and delegates the lifecycle methods of its public API to it.
 */

/**
 * One (account, connection): its credentials, health, call stats and organisation, in one object that
 * every call on it meets directly (the pool hands it to the pipeline as the call's connection).
 */
export interface RoleConnection extends CallConnection {
  readonly accountId: string;
  /** The connection's role (the primary role when multi-connection is off). */
  readonly role: Role;
  readonly stats: CallStats;
  readonly events: PoolEventSink;
  /** From what this process last read: `status()` reads the store and is authoritative. */
  health(): ConnectionHealth;
  credentials(wait?: CallWait): Promise<RoleCredentials>;
  refreshAfterRejection(rejectedAccessToken: string, wait?: CallWait): Promise<RoleCredentials>;
  reportSuccess(): void;
  reportTransientFailure(error: Error): void;
  reportTenantNotAuthorised(error: Error): Promise<void>;
}

/** Credentials of a connection: which connection role and organisation they serve. */
export interface RoleCredentials extends CallCredentials {
  readonly role: Role;
  readonly tenantId: string;
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
  /**
   * `'custom-connection'` when the app is a Xero Custom Connection (client_credentials, one organisation,
   * no consent): the description then says so.
   */
  appKind: 'oauth' | 'custom-connection';
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

/**
 * One account's OAuth lifecycle as the public pool offers it (connect, validate, disconnect, keep alive).
 * Said once here: `ConnectionPool` and the lifecycle the pool delegates to both extend it.
 */
export interface OAuthLifecycle {
  /** "Check if this token is still valid": true / false (broken) / null (Xero unreachable: indeterminate). */
  validateToken(role: Role): Promise<TokenTestResult>;
  /** The Accounting Connections screen: one row per connection. */
  status(): Promise<ConnectionStatusRow[]>;
  /**
   * Starts (re)connecting a role: send the user to `authorizationUrl`. Refused (InvalidArgumentError) for
   * a role whose app is a custom connection: use `connectCustomConnection`.
   */
  beginConnect(role: Role, options?: { loginHint?: string }): Promise<BeginConnectResult>;
  /** Finishes a connect with the callback URL (or its query parameters). */
  completeConnect(
    callback: string | URL | URLSearchParams | Record<string, string>,
  ): Promise<CompleteConnectResult>;
  /**
   * Connects a role whose app is a custom connection (`kind: 'custom-connection'`): fetches a token with
   * the client credentials and reads its one organisation from `GET /connections`. No consent, no
   * refresh token; later tokens are fetched the same way before they expire. Call it again after the
   * organisation re-authorised the connection (it clears a broken flag).
   */
  connectCustomConnection(role: Role): Promise<CompleteConnectResult>;
  /** After `choose_organisation`: pins the chosen organisation. */
  chooseOrganisation(selectionToken: string, tenantId: string): Promise<CompleteConnectResult>;
  /** Disconnects a role's connection at Xero (DELETE /connections/{id}, revoke) and forgets it. */
  disconnect(role: Role): Promise<void>;
  /** Disconnects every role and unpins the organisation (the "new company" flow). */
  disconnectAll(): Promise<void>;
  /**
   * Refreshes connections idle long enough to risk the 60-day refresh-token expiry. Returns the roles
   * refreshed.
   */
  keepAlive(): Promise<Role[]>;
}

export interface AccountConnections extends OAuthLifecycle {
  /**
   * The connection serving `role` (the primary one with multi-connection off): made once, then the same
   * object. Its credentials throw NotConnectedError / ConnectionBrokenError.
   */
  connection(role: Role): RoleConnection;
  /** Waits for refreshes in flight; no refresh starts afterwards. The pool refuses every other call once closed. */
  close(): Promise<void>;
}
