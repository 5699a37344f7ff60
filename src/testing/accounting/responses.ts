/** The response bodies Xero's Accounting API answers with, success and failure. */
import { randomUUID } from 'node:crypto';
import type { AccountingResponse } from './contract.js';
import type { XeroPagination, XeroValidationError } from './wire-types.js';
import { msDate } from './xero-dates.js';

/** What every response needs to know about its call. */
export interface ResponseContext {
  now: number;
  /** The calling app's name, echoed as `ProviderName`. */
  providerName: string;
}

/** `{Id, Status: "OK", ProviderName, DateTimeUTC, [pagination], <Collection>: [...]}`. */
export function okEnvelope(
  ctx: ResponseContext,
  collection: string,
  items: unknown[],
  pagination?: XeroPagination,
): AccountingResponse {
  const body: Record<string, unknown> = {
    Id: randomUUID(),
    Status: 'OK',
    ProviderName: ctx.providerName,
    DateTimeUTC: msDate(ctx.now),
  };
  if (pagination !== undefined) body.pagination = pagination;
  body[collection] = items;
  return { status: 200, body };
}

/** An element that failed validation, echoed back as sent with its errors attached. */
export interface InvalidElement {
  element: Record<string, unknown>;
  errors: XeroValidationError[];
}

/** 400 `ValidationException` (ErrorNumber 10) listing each invalid element with its `ValidationErrors`. */
export function validationException(elements: InvalidElement[], message?: string): AccountingResponse {
  const body: Record<string, unknown> = {
    ErrorNumber: 10,
    Type: 'ValidationException',
    Message: message ?? 'A validation exception occurred',
    Elements: elements.map(({ element, errors }) => ({ ...element, ValidationErrors: errors })),
  };
  return { status: 400, body };
}

/** A 400 about the request itself (a query parameter, a header), not about one element. */
export function requestValidationError(message: string): AccountingResponse {
  return validationException([{ element: {}, errors: [{ Message: message }] }], message);
}

/** Xero answers an unknown id or route with this plain-text body, not JSON. */
export function notFound(): AccountingResponse {
  return {
    status: 404,
    body: "The resource you're looking for cannot be found",
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  };
}

/**
 * A known collection called with a method it does not support. Xero often answers 404 here; the
 * simulator says 405 with `Allow` (and the ASP.NET-style message Xero's stack produces) because it tells
 * the SDK author what went wrong instead of suggesting a missing record.
 */
export function methodNotAllowed(method: string, allowed: readonly string[]): AccountingResponse {
  return {
    status: 405,
    body: { Message: `The requested resource does not support http method '${method}'.` },
    headers: { allow: allowed.join(', ') },
  };
}

/** Xero's answer to a body it cannot parse (ErrorNumber 14). */
export function postDataInvalid(detail: string): AccountingResponse {
  return {
    status: 400,
    body: {
      ErrorNumber: 14,
      Type: 'PostDataInvalidException',
      Message: `JSON request body could not be read, Error: ${detail}`,
    },
  };
}
