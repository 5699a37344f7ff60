import { XeroUnavailableError } from '../errors/api-errors.js';
import { OAuthError } from '../errors/connection-errors.js';
import { remoteText } from '../errors/redact.js';
import { isXeroConnectionsError, type XeroConnectionsError } from '../errors/xero-connections-error.js';
import type { Role } from '../roles.js';

/** Where an identity request was made, for messages. */
export interface IdentityErrorContext {
  /** What was being done, e.g. 'token refresh'. */
  operation: string;
  clientId: string;
  accountId?: string | undefined;
  role?: Role | undefined;
}

/**
 * Turns what openid-client (or fetch underneath it) throws into this SDK's typed errors:
 * - an OAuth error body (`invalid_grant`, `invalid_client`, …) → OAuthError with `oauthError` set;
 * - an outage, 5xx, 429, network failure, timeout or garbled answer → XeroUnavailableError (transient:
 *   callers retry and never conclude that a connection is broken from it).
 * Messages and causes are scrubbed of secrets by the error base class; raw bodies are never kept. The
 * server's `error` and `error_description` are its own text: stripped of control characters and bounded.
 */
export function mapIdentityError(error: unknown, ctx: IdentityErrorContext): XeroConnectionsError {
  if (isXeroConnectionsError(error)) return error;
  const base = { clientId: ctx.clientId, accountId: ctx.accountId, role: ctx.role };
  const e = error as { name?: unknown; code?: unknown; status?: unknown; error?: unknown; cause?: unknown };

  if (e?.name === 'ResponseBodyError' && typeof e.error === 'string') {
    const status = typeof e.status === 'number' ? e.status : undefined;
    const oauthError = remoteText(e.error, MAX_ERROR_CODE_LENGTH);
    if (status !== undefined && (status >= 500 || status === 429)) {
      return unavailable(`answered HTTP ${status} (${oauthError})`, ctx, status, error);
    }
    const raw = (e as { error_description?: unknown }).error_description;
    const description = typeof raw === 'string' ? remoteText(raw, MAX_DESCRIPTION_LENGTH) : '';
    return new OAuthError(
      `Xero identity refused the ${ctx.operation}: ${oauthError}${description === '' ? '' : ` (${description})`}`,
      { ...base, oauthError, status, cause: error },
    );
  }

  if (e?.name === 'WWWAuthenticateChallengeError') {
    // A challenge instead of a token: at the token endpoint a 401 means the client failed to authenticate.
    const status = typeof e.status === 'number' ? e.status : undefined;
    if (status !== undefined && (status >= 500 || status === 429)) {
      return unavailable(`answered HTTP ${status}`, ctx, status, error);
    }
    const challenged = challengeError(e.cause) ?? (status === 401 ? 'invalid_client' : undefined);
    return new OAuthError(
      `Xero identity refused the ${ctx.operation}${challenged === undefined ? '' : `: ${challenged}`}${status === 401 ? ' (check the client id and secret)' : ''}`,
      { ...base, ...(challenged === undefined ? {} : { oauthError: challenged }), status, cause: error },
    );
  }

  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM') {
    const status = statusOf(e.cause);
    if (status === undefined || status >= 500 || status === 429) {
      return unavailable(`answered HTTP ${status ?? 'with an unexpected status'}`, ctx, status, error);
    }
    return new OAuthError(`Xero identity answered HTTP ${status} to the ${ctx.operation}`, {
      ...base,
      status,
      cause: error,
    });
  }
  if (code === 'OAUTH_RESPONSE_IS_NOT_JSON' || code === 'OAUTH_PARSE_ERROR') {
    return unavailable('sent a garbled answer', ctx, undefined, error);
  }
  if (isNetworkFailure(error)) return unavailable('could not be reached', ctx, undefined, error);
  if (isTimeout(error)) return unavailable('did not answer in time', ctx, undefined, error);
  if (code === 'OAUTH_HTTP_REQUEST_FORBIDDEN' || code === 'OAUTH_REQUEST_PROTOCOL_FORBIDDEN') {
    return new OAuthError(`Xero identity refused an insecure URL during the ${ctx.operation}`, {
      ...base,
      cause: error,
    });
  }
  // Anything else (an id_token that fails its checks, a response missing fields) is not transient.
  // openid-client's messages can quote what the server sent (a claim value): bound and clean them too.
  const message =
    error instanceof Error ? remoteText(error.message, MAX_DESCRIPTION_LENGTH) : 'unknown error';
  return new OAuthError(`The ${ctx.operation} failed: ${message}`, { ...base, cause: error });
}

/** RFC 6749 error codes are short ASCII words; anything longer is not one. */
const MAX_ERROR_CODE_LENGTH = 64;
/** Enough for any real description; more would only bloat logs. */
const MAX_DESCRIPTION_LENGTH = 200;

/** True for failures that say nothing about the grant: retry later, never mark the connection broken. */
export function isTransientIdentityError(error: unknown): error is XeroUnavailableError {
  return error instanceof XeroUnavailableError;
}

/** True when the identity server rejected the refresh token (or code) itself. */
export function isInvalidGrant(error: unknown): error is OAuthError {
  return error instanceof OAuthError && error.oauthError === 'invalid_grant';
}

function unavailable(what: string, ctx: IdentityErrorContext, status: number | undefined, cause: unknown) {
  return new XeroUnavailableError(`Xero identity ${what} during the ${ctx.operation}`, {
    clientId: ctx.clientId,
    accountId: ctx.accountId,
    role: ctx.role,
    status,
    cause,
  });
}

/** The `error` parameter of the first WWW-Authenticate challenge, if any. */
function challengeError(challenges: unknown): string | undefined {
  if (!Array.isArray(challenges)) return undefined;
  const parameters = (challenges[0] as { parameters?: Record<string, unknown> } | undefined)?.parameters;
  return typeof parameters?.error === 'string'
    ? remoteText(parameters.error, MAX_ERROR_CODE_LENGTH)
    : undefined;
}

function statusOf(response: unknown): number | undefined {
  const status = (response as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  const code = (error as { code?: unknown }).code;
  // openid-client's own argument errors are TypeErrors with ERR_INVALID_* codes: those are bugs, not outages.
  return !(typeof code === 'string' && code.startsWith('ERR_INVALID'));
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return true;
  const cause = (error as { cause?: unknown })?.cause;
  const causeName = (cause as { name?: unknown })?.name;
  return causeName === 'TimeoutError' || causeName === 'AbortError';
}
