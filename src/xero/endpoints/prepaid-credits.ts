import { z } from 'zod';
import { XeroApiError } from '../../errors/api-errors.js';
import type { ReadById } from '../coalescing/read-lane.js';
import { type PagedList, pagedList, pagingSchema } from '../paged-list.js';
import { parseResponse } from '../response-parsing.js';
import type { CheckedCall, EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';

/** Which overpayments or prepayments `list` returns. */
export interface PrepaidCreditFilter {
  /** Xero `where` expression, e.g. `Status=="AUTHORISED"`. */
  where?: string;
  /** Xero `order`, e.g. `Date DESC`. */
  order?: string;
  /** Only records created or changed since (sent as `If-Modified-Since`). */
  modifiedSince?: Date;
  /** Records per page, 1–1000. @default 1000 */
  pageSize?: number;
  /** @default 1 */
  page?: number;
}

export const prepaidCreditFilterSchema = z.strictObject({ ...pagingSchema });
export const prepaidCreditIdSchema = z.string().trim().min(1);

/** What differs between Overpayments and Prepayments: the collection and its id field. */
export interface PrepaidCreditKind {
  path: '/Overpayments' | '/Prepayments';
  collection: 'Overpayments' | 'Prepayments';
  idField: 'OverpaymentID' | 'PrepaymentID';
  noun: 'overpayment' | 'prepayment';
  envelope: z.ZodType;
}

/** Neither collection has an `IDs` parameter: ids are selected with `where`, 25 to a request. */
export function prepaidCreditsById(kind: PrepaidCreditKind): ReadById {
  return {
    path: kind.path,
    collection: kind.collection,
    envelope: kind.envelope,
    idField: kind.idField,
    noun: kind.noun,
    capacity: 25,
    query: (ids) => ({ where: ids.map((id) => `${kind.idField}==Guid("${id}")`).join(' OR '), page: 1 }),
  };
}

export function listPrepaidCredits<T>(
  caller: EndpointCaller,
  kind: PrepaidCreditKind,
  filter: PrepaidCreditFilter,
  options: unknown,
): PagedList<T> {
  const f = validateArgument(prepaidCreditFilterSchema, filter, `${kind.noun} filter`);
  const call = caller.check(options);
  return pagedList<T>(
    caller,
    {
      path: kind.path,
      collection: kind.collection,
      envelope: kind.envelope,
      params: { where: f.where, order: f.order },
      pageSize: f.pageSize ?? 1000,
      firstPage: f.page ?? 1,
      modifiedSince: f.modifiedSince,
    },
    call,
  );
}

/** One record read on its own path (`/<Collection>/{id}`); a missing one is a 404 `XeroApiError`. */
export async function getPrepaidCredit<T>(
  caller: EndpointCaller,
  kind: PrepaidCreditKind,
  id: string,
  call: CheckedCall,
): Promise<T> {
  const response = await caller.send(
    { method: 'GET', path: `${kind.path}/${encodeURIComponent(id)}` },
    call,
    undefined,
  );
  const parsed = parseResponse(kind.envelope, response) as Record<string, unknown>;
  const record = (parsed[kind.collection] as T[] | undefined)?.[0];
  if (record === undefined)
    throw new XeroApiError(`Xero returned no ${kind.noun}`, { ...response.meta, status: 404 });
  return record;
}
