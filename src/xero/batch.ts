import type { z } from 'zod';
import { XeroValidationError } from '../errors/api-errors.js';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import {
  type ErrorContext,
  isXeroConnectionsError,
  type XeroConnectionsError,
} from '../errors/xero-connections-error.js';
import type { CallOptions } from './call-options.js';
import type { CheckedCall, EndpointCaller } from './endpoints/endpoint-caller.js';
import { chunkIdempotencyKey, idempotencyKeyFor, MAX_BATCH_IDEMPOTENCY_KEY_LENGTH } from './idempotency.js';
import { parseResponse } from './response-parsing.js';

/** Xero's documented ceiling per batch request. */
export const MAX_BATCH_SIZE = 50;

/** The outcome of one element of a batch write, at the element's index in your input. */
export interface BatchItemResult<T> {
  index: number;
  /** True for `OK` and `WARNING`. */
  ok: boolean;
  status: 'OK' | 'WARNING' | 'ERROR';
  /** The record as Xero stored it (present when `ok`). */
  value?: T;
  /** Xero's validation messages (or why the element's chunk failed as a whole). */
  errors: string[];
  warnings: string[];
  /**
   * Why the element failed, typed: a `XeroValidationError` with the element's own messages (`elements[0]`
   * at its index), or the error of its whole request (outage, limits…).
   */
  error?: XeroConnectionsError;
}

export interface BatchWrite {
  method: 'PUT' | 'POST';
  path: string;
  /** Envelope key, e.g. `Invoices`. */
  collection: string;
  /** The response envelope's schema, built once per endpoint (`envelopeSchema(collection, item)`). */
  envelope: z.ZodType;
  items: readonly object[];
  /** Checks one element before anything is sent; returns a problem or undefined. */
  check?: (item: object) => string | undefined;
}

/**
 * Sends a batch write in chunks of ≤ 50, always with `summarizeErrors=false` so Xero answers 200 with a
 * status per element instead of failing the whole request after creating part of it. Each chunk carries
 * its own idempotency key derived from the write's key. If every chunk fails as a whole, the first
 * chunk's typed error is thrown (nothing was written); otherwise failed chunks' elements come back as
 * `ERROR` with `error` set.
 */
export async function batchWrite<T>(
  caller: EndpointCaller,
  write: BatchWrite,
  options: CallOptions | undefined,
): Promise<Array<BatchItemResult<T>>> {
  // The one validation of the call: the options and every element, before anything is sent.
  const call = caller.check(options);
  validateItems(write);
  return sendBatch<T>(caller, write, call);
}

/** `batchWrite` after its checks: the options (`call`) and `write.items` were validated by the caller. */
export async function sendBatch<T>(
  caller: EndpointCaller,
  write: BatchWrite,
  call: CheckedCall,
): Promise<Array<BatchItemResult<T>>> {
  const logicalKey = idempotencyKeyFor(write.method, call.idempotencyKey, MAX_BATCH_IDEMPOTENCY_KEY_LENGTH);
  if (write.items.length === 0) return [];
  const { envelope } = write;
  const chunks: Array<readonly object[]> = [];
  for (let i = 0; i < write.items.length; i += MAX_BATCH_SIZE)
    chunks.push(write.items.slice(i, i + MAX_BATCH_SIZE));

  const settled = await Promise.allSettled(
    chunks.map(async (chunk, chunkIndex) => {
      // Chunks are requests the SDK built from checked input: sent without a second validation.
      const response = await caller.send(
        {
          method: write.method,
          path: write.path,
          params: { summarizeErrors: false },
          data: { [write.collection]: chunk },
        },
        call,
        chunkIdempotencyKey(logicalKey, chunkIndex),
      );
      const parsed = parseResponse(envelope, response) as Record<string, unknown>;
      return { elements: (parsed[write.collection] ?? []) as T[], meta: response.meta };
    }),
  );
  if (settled.every((s) => s.status === 'rejected')) throw (settled[0] as PromiseRejectedResult).reason;

  const results: Array<BatchItemResult<T>> = [];
  settled.forEach((outcome, chunkIndex) => {
    const base = chunkIndex * MAX_BATCH_SIZE;
    const size = chunks[chunkIndex]?.length ?? 0;
    for (let offset = 0; offset < size; offset++) {
      const index = base + offset;
      if (outcome.status === 'rejected') {
        results.push(chunkFailure(index, offset, outcome.reason));
        continue;
      }
      const { elements, meta } = outcome.value;
      results.push(elementResult(index, elements.length === size ? elements[offset] : undefined, meta));
    }
  });
  return results;
}

/**
 * One element's outcome from Xero's per-element answer (`summarizeErrors=false`). An `ERROR` element
 * carries a typed `XeroValidationError` with its own messages, indexed as in the caller's input; an
 * element Xero did not answer for (the answer's length differs from the request's) is an `ERROR` too.
 */
export function elementResult<T>(
  index: number,
  element: T | undefined,
  meta: ErrorContext,
): BatchItemResult<T> {
  if (element === undefined) {
    const errors = ['Xero returned no result for this element'];
    return {
      index,
      ok: false,
      status: 'ERROR',
      errors,
      warnings: [],
      error: elementError(index, errors, meta),
    };
  }
  const e = element as {
    StatusAttributeString?: string;
    ValidationErrors?: Array<{ Message?: string }>;
    Warnings?: Array<{ Message?: string }>;
  };
  const errors = messages(e.ValidationErrors);
  const warnings = messages(e.Warnings);
  const reported = e.StatusAttributeString?.toUpperCase();
  const status: BatchItemResult<T>['status'] =
    reported === 'ERROR' || (reported === undefined && errors.length > 0)
      ? 'ERROR'
      : reported === 'WARNING' || warnings.length > 0
        ? 'WARNING'
        : 'OK';
  const ok = status !== 'ERROR';
  return ok
    ? { index, ok, status, value: element, errors, warnings }
    : { index, ok, status, errors, warnings, error: elementError(index, errors, meta) };
}

function elementError(index: number, errors: string[], meta: ErrorContext): XeroValidationError {
  return new XeroValidationError(`Xero rejected element ${index}: ${errors.join('; ') || 'no message'}`, {
    accountId: meta.accountId,
    role: meta.role,
    tenantId: meta.tenantId,
    method: meta.method,
    path: meta.path,
    elements: [{ index, messages: errors }],
  });
}

function chunkFailure<T>(index: number, offset: number, reason: unknown): BatchItemResult<T> {
  const error = isXeroConnectionsError(reason) ? reason : undefined;
  // A 400 despite summarizeErrors=false still names the failing elements by position in the chunk.
  const own =
    reason instanceof XeroValidationError
      ? reason.elements.find((e) => e.index === offset)?.messages
      : undefined;
  const message = reason instanceof Error ? reason.message : String(reason);
  return {
    index,
    ok: false,
    status: 'ERROR',
    errors: own && own.length > 0 ? own : [message],
    warnings: [],
    ...(error ? { error } : {}),
  };
}

function messages(list: Array<{ Message?: string }> | undefined): string[] {
  return (list ?? []).map((m) => m.Message ?? '').filter((m) => m !== '');
}

/** Checks every element before anything is sent: `InvalidArgumentError` naming each bad one. */
export function validateItems(write: BatchWrite): void {
  if (!Array.isArray(write.items)) {
    throw new InvalidArgumentError(`${write.collection} must be an array`, [
      { path: 'items', message: 'not an array' },
    ]);
  }
  const issues: Array<{ path: string; message: string }> = [];
  write.items.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issues.push({ path: `items.${index}`, message: 'must be an object' });
      return;
    }
    const problem = write.check?.(item);
    if (problem !== undefined) issues.push({ path: `items.${index}`, message: problem });
  });
  if (issues.length > 0) {
    const list = issues
      .slice(0, 5)
      .map((i) => `${i.path}: ${i.message}`)
      .join('; ');
    throw new InvalidArgumentError(`Invalid ${write.collection} batch, nothing was sent: ${list}`, issues);
  }
}
