import { XeroConnectionsError, type XeroConnectionsErrorOptions } from './xero-connections-error.js';

/** Why a connection needs the user to reconnect. */
export type BrokenReason =
  | 'invalid_grant'
  | 'revoked'
  | 'tenant_disconnected'
  | 'tenant_not_authorised'
  | 'refresh_token_expired'
  /** Xero refused a custom connection's client_credentials token request (disconnected, unpaid, or new credentials). */
  | 'custom_connection_refused';

/** The role has no stored connection: connect it first. */
export class NotConnectedError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_NOT_CONNECTED', message, options);
  }
}

/** The connection is broken and only a reconnect by the user can mend it. */
export class ConnectionBrokenError extends XeroConnectionsError {
  readonly reason: BrokenReason;
  constructor(message: string, options: XeroConnectionsErrorOptions & { reason: BrokenReason }) {
    super('ERR_CONNECTION_BROKEN', message, options);
    this.reason = options.reason;
  }
  protected override details() {
    return { reason: this.reason };
  }
}

/** The identity server refused a token request (`invalid_client`, `invalid_scope`, …). */
export class OAuthError extends XeroConnectionsError {
  /** The OAuth `error` value, e.g. `invalid_grant`. */
  readonly oauthError: string | undefined;
  constructor(message: string, options: XeroConnectionsErrorOptions & { oauthError?: string }) {
    super('ERR_OAUTH', message, options);
    this.oauthError = options.oauthError;
  }
  protected override details() {
    return { oauthError: this.oauthError };
  }
}

/** Why an authorization callback was refused. Nothing is stored in any of these cases. */
export type CallbackFailure =
  | 'access_denied'
  | 'provider_error'
  | 'missing_state'
  | 'unknown_state'
  | 'expired_state'
  | 'missing_code'
  | 'code_rejected'
  | 'no_organisation';

/** A reconnect callback was cancelled, denied, forged, expired or replayed. */
export class AuthorizationCallbackError extends XeroConnectionsError {
  readonly failure: CallbackFailure;
  constructor(message: string, options: XeroConnectionsErrorOptions & { failure: CallbackFailure }) {
    super('ERR_AUTHORIZATION_CALLBACK', message, options);
    this.failure = options.failure;
  }
  protected override details() {
    return { failure: this.failure };
  }
}

/** A consent landed on an organisation other than the account's pinned one. Nothing was stored. */
export class TenantMismatchError extends XeroConnectionsError {
  readonly expectedTenantId: string;
  readonly actualTenantIds: readonly string[];
  constructor(
    message: string,
    options: XeroConnectionsErrorOptions & { expectedTenantId: string; actualTenantIds: string[] },
  ) {
    super('ERR_TENANT_MISMATCH', message, options);
    this.expectedTenantId = options.expectedTenantId;
    this.actualTenantIds = options.actualTenantIds;
  }
  protected override details() {
    return { expectedTenantId: this.expectedTenantId, actualTenantIds: this.actualTenantIds };
  }
}
