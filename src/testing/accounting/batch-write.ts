/**
 * PUT/POST on a collection: reading the batch out of the body and shaping the answer the way Xero does.
 *
 * With `summarizeErrors=false` the answer is 200 and every element carries `StatusAttributeString`
 * (OK / WARNING / ERROR). Without it, one invalid element turns the whole answer into a 400
 * ValidationException listing only the invalid elements, while the valid elements HAVE been created and
 * their ids are not returned: the trap the SDK must avoid (facts §6).
 */
import type { AccountingResponse } from './contract.js';
import { type QueryParams, splitList } from './list-query.js';
import { okEnvelope, postDataInvalid, type ResponseContext, validationException } from './responses.js';
import type { XeroValidationError } from './wire-types.js';

export type ElementOutcome =
  | { ok: true; wire: object; warnings?: XeroValidationError[] }
  | { ok: false; element: Record<string, unknown>; errors: XeroValidationError[] };

export type BatchRead = { ok: true; elements: unknown[] } | { ok: false; response: AccountingResponse };

/**
 * Accepts `{ <Collection>: [...] }`, a bare array, or one element object on its own. Batches above the
 * 50 elements Xero recommends are processed in full: Xero only recommends the limit (its hard cap is the
 * 3.5 MB body size, which the server enforces, not the model).
 */
export function readBatch(body: unknown, collection: string): BatchRead {
  if (body === undefined || body === null || body === '') {
    return {
      ok: false,
      response: postDataInvalid(`the request body is empty; send { "${collection}": [ … ] }`),
    };
  }
  if (Array.isArray(body)) return { ok: true, elements: body };
  if (typeof body !== 'object') {
    return { ok: false, response: postDataInvalid(`expected a JSON object like { "${collection}": [ … ] }`) };
  }
  const record = body as Record<string, unknown>;
  const key = Object.keys(record).find((name) => name.toLowerCase() === collection.toLowerCase());
  if (key === undefined) return { ok: true, elements: [record] };
  const list = record[key];
  if (!Array.isArray(list)) {
    return { ok: false, response: postDataInvalid(`"${collection}" must be an array`) };
  }
  return { ok: true, elements: list };
}

/** `summarizeErrors` defaults to true; only an explicit `false` asks for per-element statuses. */
export function summarizeErrors(query: QueryParams): boolean {
  const value = query.get('summarizeerrors');
  return value === undefined || splitList(value)[0]?.toLowerCase() !== 'false';
}

/** `HasErrors` on invoices, `HasValidationErrors` on payments and contacts, as Xero names them. */
export type ErrorFlagField = 'HasErrors' | 'HasValidationErrors';

export function batchResponse(
  ctx: ResponseContext,
  collection: string,
  outcomes: ElementOutcome[],
  summarize: boolean,
  errorFlag: ErrorFlagField,
): AccountingResponse {
  if (summarize) {
    const invalid = outcomes.flatMap((outcome) =>
      outcome.ok ? [] : [{ element: { ...outcome.element, [errorFlag]: true }, errors: outcome.errors }],
    );
    if (invalid.length > 0) return validationException(invalid);
    return okEnvelope(
      ctx,
      collection,
      outcomes.map((outcome) => (outcome.ok ? withWarnings(outcome.wire, outcome.warnings) : {})),
    );
  }
  return okEnvelope(
    ctx,
    collection,
    outcomes.map((outcome) => {
      if (!outcome.ok) {
        return {
          ...outcome.element,
          [errorFlag]: true,
          StatusAttributeString: 'ERROR',
          ValidationErrors: outcome.errors,
        };
      }
      const hasWarnings = (outcome.warnings?.length ?? 0) > 0;
      return {
        ...withWarnings(outcome.wire, outcome.warnings),
        StatusAttributeString: hasWarnings ? 'WARNING' : 'OK',
      };
    }),
  );
}

function withWarnings(wire: object, warnings: XeroValidationError[] | undefined): object {
  return warnings !== undefined && warnings.length > 0 ? { ...wire, Warnings: warnings } : wire;
}

/** Reads an element as a plain object, or explains why it is not one. */
export function asElement(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A field by its PascalCase name, tolerating camelCase and any other casing from clients. */
export function field(element: Record<string, unknown>, name: string): unknown {
  if (name in element) return element[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(element)) if (key.toLowerCase() === lower) return element[key];
  return undefined;
}

export function stringField(element: Record<string, unknown>, name: string): string | undefined {
  const value = field(element, name);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
