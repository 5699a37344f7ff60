import type { Role } from '../roles.js';
import { redact } from './redact.js';

const BRAND = Symbol.for('@wise-pay/xero-connections/error');

/**
 * Every error code, by name: compare with these instead of string literals.
 * New codes may be added; existing ones never change meaning.
 * @example
 * if (isXeroError(error, ErrorCodes.DAY_LIMIT)) retryLater(error.retryAt);
 */
export const ErrorCodes = {
  CONFIGURATION: 'ERR_CONFIGURATION',
  INVALID_ARGUMENT: 'ERR_INVALID_ARGUMENT',
  RATE_LIMITED: 'ERR_RATE_LIMITED',
  DAY_LIMIT: 'ERR_DAY_LIMIT',
  TOKEN_EXPIRED: 'ERR_TOKEN_EXPIRED',
  TENANT_NOT_AUTHORISED: 'ERR_TENANT_NOT_AUTHORISED',
  MISSING_SCOPE: 'ERR_MISSING_SCOPE',
  XERO_VALIDATION: 'ERR_XERO_VALIDATION',
  XERO_UNAVAILABLE: 'ERR_XERO_UNAVAILABLE',
  XERO_API: 'ERR_XERO_API',
  DEADLINE: 'ERR_DEADLINE',
  TIMEOUT: 'ERR_TIMEOUT',
  ABORTED: 'ERR_ABORTED',
  NOT_CONNECTED: 'ERR_NOT_CONNECTED',
  CONNECTION_BROKEN: 'ERR_CONNECTION_BROKEN',
  OAUTH: 'ERR_OAUTH',
  AUTHORIZATION_CALLBACK: 'ERR_AUTHORIZATION_CALLBACK',
  TENANT_MISMATCH: 'ERR_TENANT_MISMATCH',
  STORE: 'ERR_STORE',
  STORE_CONFLICT: 'ERR_STORE_CONFLICT',
  COORDINATION_UNAVAILABLE: 'ERR_COORDINATION_UNAVAILABLE',
  CLOSED: 'ERR_CLOSED',
} as const;

/** Stable machine-readable error codes (the values of {@link ErrorCodes}). */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Where an error happened. Every field is optional; messages name whichever are known. */
export interface ErrorContext {
  accountId?: string | undefined;
  role?: Role | undefined;
  tenantId?: string | undefined;
  clientId?: string | undefined;
  method?: string | undefined;
  path?: string | undefined;
  status?: number | undefined;
}

export interface XeroConnectionsErrorOptions extends ErrorContext {
  cause?: unknown;
}

/**
 * Base class of every error this SDK throws. `code` is stable; `cause` keeps the original (scrubbed of
 * secrets). Messages name role, tenant, method and path where known and never contain a token or secret.
 * Use {@link isXeroConnectionsError} rather than `instanceof` when several copies of the SDK may be loaded.
 */
export class XeroConnectionsError extends Error {
  readonly code: ErrorCode;
  readonly accountId: string | undefined;
  readonly role: Role | undefined;
  readonly tenantId: string | undefined;
  readonly clientId: string | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly status: number | undefined;

  constructor(code: ErrorCode, message: string, options: XeroConnectionsErrorOptions = {}) {
    const cause = options.cause === undefined ? undefined : sanitizeCause(options.cause);
    super(redact(withContext(message, options)), cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    this.code = code;
    this.accountId = options.accountId;
    this.role = options.role;
    this.tenantId = options.tenantId;
    this.clientId = options.clientId;
    this.method = options.method?.toUpperCase();
    this.path = options.path === undefined ? undefined : stripQuery(options.path);
    this.status = options.status;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** A secret-free plain object, used by `JSON.stringify(error)`. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
    for (const key of ['accountId', 'role', 'tenantId', 'clientId', 'method', 'path', 'status'] as const) {
      if (this[key] !== undefined) out[key] = this[key];
    }
    Object.assign(out, this.details());
    if (this.cause instanceof Error) out.cause = { name: this.cause.name, message: this.cause.message };
    return out;
  }

  /** Extra fields a subclass adds to its JSON form. */
  protected details(): Record<string, unknown> {
    return {};
  }
}

/** True for any error thrown by any copy of this SDK. */
export function isXeroConnectionsError(error: unknown): error is XeroConnectionsError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

function withContext(message: string, ctx: ErrorContext): string {
  const parts: string[] = [];
  if (ctx.accountId !== undefined) parts.push(`account=${ctx.accountId}`);
  if (ctx.role !== undefined) parts.push(`role=${ctx.role}`);
  if (ctx.tenantId !== undefined) parts.push(`tenant=${ctx.tenantId}`);
  if (ctx.method !== undefined && ctx.path !== undefined) {
    parts.push(`${ctx.method.toUpperCase()} ${stripQuery(ctx.path)}`);
  }
  if (ctx.status !== undefined) parts.push(`HTTP ${ctx.status}`);
  return parts.length === 0 ? message : `${message} (${parts.join(', ')})`;
}

function stripQuery(path: string): string {
  const q = path.indexOf('?');
  return q === -1 ? path : path.slice(0, q);
}

/**
 * Causes from HTTP clients carry request configs with Authorization headers and token bodies. Keep only
 * a scrubbed name, message and code, so `util.inspect(error)` and loggers that walk `cause` stay clean.
 */
function sanitizeCause(cause: unknown): Error {
  if (isXeroConnectionsError(cause)) return cause;
  if (cause instanceof Error) {
    const clean = new Error(redact(cause.message));
    clean.name = cause.name;
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') (clean as Error & { code?: string }).code = code;
    clean.stack = `${clean.name}: ${clean.message}`;
    return clean;
  }
  return new Error(redact(typeof cause === 'string' ? cause : 'non-error cause'));
}
