import { z } from 'zod';
import type { CheckedCall, EndpointCaller } from './endpoints/endpoint-caller.js';
import type { QueryValue } from './request-target.js';
import { parseResponse } from './response-parsing.js';

/** Every record a list call matches, fetched page by page as you iterate. */
export interface PagedList<T> extends AsyncIterable<T> {
  /** Each page's records, as fetched. */
  pages(): AsyncIterable<T[]>;
  /** Fetches every page and returns all records. */
  toArray(): Promise<T[]>;
}

export interface PagedQuery {
  path: string;
  /** The envelope's collection key, e.g. `Invoices`. */
  collection: string;
  /** The response envelope's schema, built once per endpoint (`envelopeSchema(collection, item)`). */
  envelope: z.ZodType;
  params: Record<string, QueryValue>;
  pageSize: number;
  firstPage: number;
  modifiedSince: Date | undefined;
}

/**
 * A lazy list over Xero's `page`/`pageSize` paging. Stops at `pagination.pageCount` when Xero sends it,
 * otherwise at the first short page. The deadline applies to the first page only: later pages belong to a
 * call that already started. The call's options were checked at the entry (`call`); pages are requests the
 * SDK builds, so they are sent without a second validation.
 */
export function pagedList<T>(caller: EndpointCaller, query: PagedQuery, call: CheckedCall): PagedList<T> {
  const { envelope } = query;
  const laterPages: CheckedCall = { ...call, deadline: undefined };
  async function* pages(): AsyncGenerator<T[]> {
    let page = query.firstPage;
    for (;;) {
      const response = await caller.send(
        {
          method: 'GET',
          path: query.path,
          params: { ...query.params, page, pageSize: query.pageSize },
          headers:
            query.modifiedSince === undefined
              ? undefined
              : { 'If-Modified-Since': query.modifiedSince.toISOString() },
        },
        page === query.firstPage ? call : laterPages,
        undefined,
      );
      // 304 Not Modified: nothing changed since `modifiedSince`.
      if (response.data === undefined) return;
      const parsed = parseResponse(envelope, response) as Record<string, unknown> & {
        pagination?: { pageCount?: number | undefined } | undefined;
      };
      const items = (parsed[query.collection] ?? []) as T[];
      if (items.length > 0) yield items;
      const pageCount = parsed.pagination?.pageCount;
      const last = pageCount !== undefined ? page >= pageCount : items.length < query.pageSize;
      if (last || items.length === 0) return;
      page++;
    }
  }
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const items of pages()) yield* items;
    },
    async toArray() {
      const all: T[] = [];
      for await (const items of pages()) all.push(...items);
      return all;
    },
  };
}

/** Validates paging options shared by every list call. */
export const pagingSchema = {
  pageSize: z.number().int().min(1).max(1000).optional(),
  page: z.number().int().min(1).optional(),
  modifiedSince: z
    .date()
    .refine((d) => !Number.isNaN(d.getTime()), 'must be a valid Date')
    .optional(),
  where: z.string().min(1).optional(),
  order: z.string().min(1).optional(),
};
