import type {
  MissingScopeError,
  TenantNotAuthorisedError,
  TokenExpiredError,
  XeroApiError,
  XeroUnavailableError,
  XeroValidationError,
} from './api-errors.js';
import { type ConfigurationError, InvalidArgumentError } from './configuration-error.js';
import type {
  AuthorizationCallbackError,
  ConnectionBrokenError,
  NotConnectedError,
  OAuthError,
  TenantMismatchError,
} from './connection-errors.js';
import type {
  ClosedError,
  CoordinationUnavailableError,
  StoreConflictError,
  StoreError,
} from './infrastructure-errors.js';
import type { DayLimitExceededError, RateLimitError } from './rate-limit-error.js';
import type { AbortedError, DeadlineExceededError, TimeoutError } from './timing-errors.js';
import {
  type ErrorCode,
  ErrorCodes,
  isXeroConnectionsError,
  type XeroConnectionsError,
} from './xero-connections-error.js';

/** The error class behind each code (`ERR_RATE_LIMITED` is a `RateLimitError` that is not a day limit). */
export interface XeroErrorsByCode {
  ERR_CONFIGURATION: ConfigurationError;
  ERR_INVALID_ARGUMENT: InvalidArgumentError;
  ERR_RATE_LIMITED: RateLimitError;
  ERR_DAY_LIMIT: DayLimitExceededError;
  ERR_TOKEN_EXPIRED: TokenExpiredError;
  ERR_TENANT_NOT_AUTHORISED: TenantNotAuthorisedError;
  ERR_MISSING_SCOPE: MissingScopeError;
  ERR_XERO_VALIDATION: XeroValidationError;
  ERR_XERO_UNAVAILABLE: XeroUnavailableError;
  ERR_XERO_API: XeroApiError;
  ERR_DEADLINE: DeadlineExceededError;
  ERR_TIMEOUT: TimeoutError;
  ERR_ABORTED: AbortedError;
  ERR_NOT_CONNECTED: NotConnectedError;
  ERR_CONNECTION_BROKEN: ConnectionBrokenError;
  ERR_OAUTH: OAuthError;
  ERR_AUTHORIZATION_CALLBACK: AuthorizationCallbackError;
  ERR_TENANT_MISMATCH: TenantMismatchError;
  ERR_STORE: StoreError;
  ERR_STORE_CONFLICT: StoreConflictError;
  ERR_COORDINATION_UNAVAILABLE: CoordinationUnavailableError;
  ERR_CLOSED: ClosedError;
}

/** The error a code narrows to: its class, with `code` narrowed too. */
export type XeroErrorFor<C extends ErrorCode> = XeroErrorsByCode[C] & { readonly code: C };

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCodes));

/**
 * True for any error thrown by any copy of this SDK, or, given a code, for one with that code, narrowed
 * to its class. Works across several loaded copies of the SDK (it checks a brand, not `instanceof`).
 * @example
 * catch (error) {
 *   if (isXeroError(error, 'ERR_DAY_LIMIT')) return scheduleRetry(error.retryAt);
 *   if (isXeroError(error)) log.warn(error.code, error.message);
 *   throw error;
 * }
 */
export function isXeroError(error: unknown): error is XeroConnectionsError;
export function isXeroError<C extends ErrorCode>(error: unknown, code: C): error is XeroErrorFor<C>;
export function isXeroError(error: unknown, code?: ErrorCode): boolean {
  // A typo'd code from JavaScript would otherwise make every check quietly false.
  if (code !== undefined && !KNOWN_CODES.has(code)) {
    throw new InvalidArgumentError(`isXeroError: unknown error code ${JSON.stringify(code)}`, [
      { path: 'code', message: `expected one of ErrorCodes' values, e.g. '${ErrorCodes.DAY_LIMIT}'` },
    ]);
  }
  return isXeroConnectionsError(error) && (code === undefined || error.code === code);
}
