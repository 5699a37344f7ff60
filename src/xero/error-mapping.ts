import {
  MissingScopeError,
  TenantNotAuthorisedError,
  TokenExpiredError,
  XeroApiError,
  XeroUnavailableError,
  type XeroValidationElement,
  XeroValidationError,
} from '../errors/api-errors.js';
import type { RateLimitProblem } from '../errors/rate-limit-error.js';
import { remoteText } from '../errors/redact.js';
import type { ErrorContext, XeroConnectionsError } from '../errors/xero-connections-error.js';
import type { TransportResponse } from './http-transport.js';
import { problemBodySchema, xeroErrorBodySchema } from './schemas/error-body.js';

/** What one HTTP answer means for the call. */
export type ResponseOutcome =
  | { kind: 'ok'; body: unknown }
  | { kind: 'rate-limited'; problem: RateLimitProblem; retryAfterMs: number | undefined }
  /** 401 other than a missing scope: refresh the token once and retry. */
  | { kind: 'token-expired'; error: XeroConnectionsError }
  /** 403 AuthenticationUnsuccessful: let the lifecycle confirm before marking the connection broken. */
  | { kind: 'tenant-not-authorised'; error: XeroConnectionsError }
  /** Outage, organisation offline, 5xx, unreadable body: retry (bounded), never a broken connection. */
  | { kind: 'transient'; error: XeroConnectionsError }
  | { kind: 'fatal'; error: XeroConnectionsError };

/** Xero's text in a message (`Detail`, `Message`, a validation message): one clean line, this long at most. */
const MESSAGE_TEXT_LENGTH = 160;
/** A validation message kept on `elements`, and `xeroMessage`. */
const FIELD_TEXT_LENGTH = 500;
/** `XeroApiError.detail`: Xero's full `Detail`, within reason. */
const DETAIL_LENGTH = 1000;

/**
 * Maps a status and body to an outcome. Dispatch is on status + Xero's `Detail`, since Xero's names look
 * swapped (401 AuthorizationUnsuccessful is a scope problem, 403 AuthenticationUnsuccessful a tenant one).
 * Xero's own text is remote input: stripped of control characters, scrubbed and bounded before any error.
 */
export function classifyResponse(
  response: TransportResponse,
  ctx: ErrorContext,
  rateLimit: { problem?: RateLimitProblem | undefined; retryAfterMs?: number | undefined },
): ResponseOutcome {
  const { status } = response;
  const context = { ...ctx, status };
  if (status === 304) return { kind: 'ok', body: undefined };
  if (status >= 200 && status < 300) {
    if (response.body.trim() === '') return { kind: 'ok', body: undefined };
    try {
      return { kind: 'ok', body: JSON.parse(response.body) };
    } catch {
      return {
        kind: 'transient',
        error: new XeroUnavailableError('Xero answered with a body that is not valid JSON', context),
      };
    }
  }
  if (status === 429) {
    return {
      kind: 'rate-limited',
      problem: rateLimit.problem ?? 'unknown',
      retryAfterMs: rateLimit.retryAfterMs,
    };
  }
  const json = tryJson(response.body);
  if (status === 401) {
    const detail = problemDetail(json, response);
    if (/AuthorizationUnsuccessful/i.test(detail)) {
      return {
        kind: 'fatal',
        error: new MissingScopeError(
          'Xero refused the call: a scope is missing or the app tier lacks this endpoint (AuthorizationUnsuccessful). Reconnect with the scope',
          context,
        ),
      };
    }
    return {
      kind: 'token-expired',
      error: new TokenExpiredError(
        `Xero rejected the access token${detail ? ` (${shortDetail(detail)})` : ''}`,
        context,
      ),
    };
  }
  if (status === 403) {
    const detail = problemDetail(json, response);
    if (detail === '' || /AuthenticationUnsuccessful/i.test(detail)) {
      return {
        kind: 'tenant-not-authorised',
        error: new TenantNotAuthorisedError(
          'The connection is not authorised for this organisation (AuthenticationUnsuccessful): access revoked, the authorising user removed, or the organisation disconnected',
          context,
        ),
      };
    }
    return {
      kind: 'fatal',
      error: apiError(`Xero refused the call: ${shortDetail(detail)}`, context, detail),
    };
  }
  if (status === 400) {
    const parsed = xeroErrorBodySchema.safeParse(json);
    if (parsed.success && /ValidationException/i.test(parsed.data.Type ?? '')) {
      const elements: XeroValidationElement[] = (parsed.data.Elements ?? [])
        .map((element, index) => ({
          index,
          messages: (element.ValidationErrors ?? [])
            .map((v) => remoteText(v.Message ?? '', FIELD_TEXT_LENGTH))
            .filter((m) => m !== ''),
        }))
        .filter((e) => e.messages.length > 0);
      const first = elements[0]?.messages[0];
      const xeroMessage =
        parsed.data.Message === undefined ? undefined : remoteText(parsed.data.Message, FIELD_TEXT_LENGTH);
      return {
        kind: 'fatal',
        error: new XeroValidationError(
          `Xero rejected the request: ${xeroMessage === undefined ? 'ValidationException' : shortDetail(xeroMessage)}${first ? `: ${shortDetail(first)}` : ''}`,
          { ...context, elements, ...(xeroMessage === undefined ? {} : { xeroMessage }) },
        ),
      };
    }
    const message = parsed.success ? (parsed.data.Message ?? '') : problemDetail(json, response);
    return {
      kind: 'fatal',
      error: apiError(
        `Xero rejected the request: ${shortDetail(message) || 'bad request'}`,
        context,
        message,
      ),
    };
  }
  if (status === 503 || status >= 500) {
    const detail = shortDetail(problemDetail(json, response)) || `HTTP ${status}`;
    return { kind: 'transient', error: new XeroUnavailableError(`Xero is unavailable: ${detail}`, context) };
  }
  const detail = problemDetail(json, response);
  return {
    kind: 'fatal',
    error: apiError(`Xero answered ${status}${detail ? `: ${shortDetail(detail)}` : ''}`, context, detail),
  };
}

function apiError(message: string, context: ErrorContext, detail: string): XeroApiError {
  const clean = remoteText(detail, DETAIL_LENGTH);
  return new XeroApiError(message, { ...context, ...(clean ? { detail: clean } : {}) });
}

function tryJson(body: string): unknown {
  if (body === '') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Xero's `Detail` (problem JSON), `Message` (error JSON) or plain-text body ("Not Available"). */
function problemDetail(json: unknown, response: TransportResponse): string {
  const problem = problemBodySchema.safeParse(json);
  if (problem.success && problem.data.Detail) return problem.data.Detail;
  const error = xeroErrorBodySchema.safeParse(json);
  if (error.success && error.data.Message) return error.data.Message;
  if (json === undefined && response.body !== '' && !response.body.trimStart().startsWith('<')) {
    return response.body.slice(0, 200);
  }
  const wwwAuth = response.headers['www-authenticate'];
  return wwwAuth && /error/i.test(wwwAuth) ? wwwAuth : '';
}

function shortDetail(detail: string): string {
  return remoteText(detail, MESSAGE_TEXT_LENGTH);
}
