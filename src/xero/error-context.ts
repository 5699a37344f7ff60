import { ConfigurationError, InvalidArgumentError } from '../errors/configuration-error.js';
import {
  type ErrorContext,
  isXeroConnectionsError,
  type XeroConnectionsError,
} from '../errors/xero-connections-error.js';

/** Subclass fields carried over when an error is re-issued with the call's context. */
const DETAIL_FIELDS = [
  'reason',
  'oauthError',
  'failure',
  'problem',
  'retryAfterMs',
  'elements',
  'xeroMessage',
  'detail',
  'expectedTenantId',
  'actualTenantIds',
] as const;

type ErrorConstructor = new (message: string, options: Record<string, unknown>) => XeroConnectionsError;

/**
 * Errors raised below the pipeline (the limits engine, the OAuth lifecycle) do not know which call they
 * interrupted. Re-issues them as the same class naming account, role, tenant, method and path, with the
 * original as `cause`. Errors that already name a method, and non-SDK errors, pass through unchanged.
 */
export function withCallContext(error: unknown, ctx: ErrorContext): unknown {
  if (!isXeroConnectionsError(error) || error.method !== undefined) return error;
  if (error instanceof ConfigurationError || error instanceof InvalidArgumentError) return error;
  const options: Record<string, unknown> = { ...definedOnly(ctx), cause: error };
  if (error.status !== undefined) options.status = error.status;
  for (const field of DETAIL_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (value !== undefined) options[field] = Array.isArray(value) ? [...value] : value;
  }
  try {
    return new (error.constructor as ErrorConstructor)(stripContext(error.message), options);
  } catch {
    return error;
  }
}

function definedOnly(ctx: ErrorContext): ErrorContext {
  return Object.fromEntries(Object.entries(ctx).filter(([, v]) => v !== undefined)) as ErrorContext;
}

/** Drops the "(account=…, role=…)" suffix the base class appended, so it is not repeated. */
function stripContext(message: string): string {
  return message.replace(/\s\((?:account=|role=|tenant=|[A-Z]+ \/|HTTP \d)[^()]*\)$/, '');
}
