/**
 * The shared GET-list machinery: explicit filters (`IDs`, `Statuses`, …), `If-Modified-Since`, `where`,
 * `order` and paging. Query parameter names match case-insensitively, as Xero's do.
 */
import type { AccountingResponse } from './contract.js';
import { requestValidationError } from './responses.js';
import { type FieldMap, type FieldValue, idsSelectedBy, parseWhere } from './where-clause.js';
import type { XeroPagination } from './wire-types.js';
import { parseIfModifiedSince } from './xero-dates.js';

/** Xero returns 100 records per page unless `pageSize` says otherwise. */
export const DEFAULT_PAGE_SIZE = 100;
/**
 * The largest `pageSize` honoured. Xero documents up to 1000 [2nd]; a larger value is capped silently
 * (as Xero appears to), never rejected, and the capped size is what `pagination.pageSize` reports.
 */
export const MAX_PAGE_SIZE = 1000;

/** Query parameters keyed by lower-cased name. */
export type QueryParams = ReadonlyMap<string, string>;

export function normaliseQuery(query: URLSearchParams): QueryParams {
  const params = new Map<string, string>();
  for (const [name, value] of query) params.set(name.toLowerCase(), value);
  return params;
}

/** `a,b, "c"` → ['a', 'b', 'c'] (quotes tolerated: Xero's own examples show them). */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim().replace(/^"(.*)"$/, '$1'))
    .filter((item) => item !== '');
}

/** One explicit filter such as `Statuses=AUTHORISED,PAID`: keeps records whose value is in the list. */
export interface ListFilter<T> {
  /** Lower-cased query parameter name. */
  param: string;
  value: (record: T) => string;
}

/**
 * `IDs=` served from the collection's id index: the records are looked up, not scanned for, so a batch of
 * ids costs the same against 40 records or 100,000. Unknown ids are simply absent (Xero's behaviour);
 * every other filter, `where`, `If-Modified-Since`, `order` and paging still apply to what was found.
 */
export interface IdLookup<T> {
  /** Lower-cased query parameter name (`ids`). */
  param: string;
  /** The record with this (lower-cased) id, or undefined. */
  get: (id: string) => T | undefined;
  /**
   * The lower-cased `where` field naming the id (`paymentid`): a where made only of `field==Guid("…")`
   * clauses joined by OR is served from the index too.
   */
  whereField?: string;
}

export interface ListSpec<T> {
  filters: readonly ListFilter<T>[];
  /** When set, `param` selects records by id through the index instead of a scan. */
  byId?: IdLookup<T>;
  /** Fields usable in `where` and `order`. */
  fields: FieldMap<T>;
  updatedAt: (record: T) => number;
  /** Whether this collection pages (Accounts, for one, does not). @default true */
  paged?: boolean;
}

export type ListResult<T> =
  | { ok: true; items: T[]; pagination?: XeroPagination }
  | { ok: false; response: AccountingResponse };

/**
 * `records` is the collection in its default order; it is not read when `spec.byId` applies. Records
 * asked for by id come back in the order asked (first mention wins; Xero documents no order for `IDs`).
 */
export function listRecords<T>(
  records: Iterable<T>,
  spec: ListSpec<T>,
  query: QueryParams,
  headers: Readonly<Record<string, string | undefined>>,
): ListResult<T> {
  const tests: ((record: T) => boolean)[] = [];
  let source = records;
  const idsParam = spec.byId === undefined ? undefined : query.get(spec.byId.param);
  if (spec.byId !== undefined && idsParam !== undefined) source = lookUp(splitList(idsParam), spec.byId);
  let where = query.get('where');
  const whereField = spec.byId?.whereField;
  if (spec.byId !== undefined && whereField !== undefined && where !== undefined) {
    const ids = idsSelectedBy(where, whereField);
    if (ids !== undefined) {
      // Both given: keep the records in both (the index answers each).
      const selected = lookUp(ids, spec.byId);
      source = idsParam === undefined ? selected : intersect(source as T[], selected);
      where = undefined;
    }
  }

  for (const filter of spec.filters) {
    const raw = query.get(filter.param);
    if (raw === undefined) continue;
    const wanted = new Set(splitList(raw).map((item) => item.toLowerCase()));
    tests.push((record) => wanted.has(filter.value(record).toLowerCase()));
  }

  const since = headers['if-modified-since'];
  if (since !== undefined && since.trim() !== '') {
    const sinceMs = parseIfModifiedSince(since);
    if (sinceMs === undefined) {
      return fail(
        `If-Modified-Since '${since}' is not a date: use RFC 1123 ('Tue, 15 Nov 1994 08:12:31 GMT') or ISO 8601 ('2024-01-31T00:00:00')`,
      );
    }
    tests.push((record) => spec.updatedAt(record) > sinceMs);
  }

  if (where !== undefined && where.trim() !== '') {
    const parsed = parseWhere(where, spec.fields);
    if (!parsed.ok) return fail(parsed.message);
    tests.push(parsed.predicate);
  }

  let items: T[] = [];
  if (tests.length === 0) items = Array.isArray(source) ? source : [...source];
  else for (const record of source) if (tests.every((test) => test(record))) items.push(record);

  const order = query.get('order');
  if (order !== undefined && order.trim() !== '') {
    const sorted = sortRecords(items, order, spec.fields);
    if (!sorted.ok) return sorted;
    items = sorted.items;
  }

  if (spec.paged === false) return { ok: true, items };
  const pageParam = query.get('page');
  const pageSizeParam = query.get('pagesize');
  if (pageParam === undefined && pageSizeParam === undefined) return { ok: true, items };

  const page = pageParam === undefined ? 1 : readPositiveInteger(pageParam);
  if (page === undefined) return fail(`page '${pageParam}' must be a whole number of 1 or more`);
  const requestedSize = pageSizeParam === undefined ? DEFAULT_PAGE_SIZE : readPositiveInteger(pageSizeParam);
  if (requestedSize === undefined)
    return fail(`pageSize '${pageSizeParam}' must be a whole number of 1 or more`);
  const pageSize = Math.min(requestedSize, MAX_PAGE_SIZE);
  const start = (page - 1) * pageSize;
  return {
    ok: true,
    items: items.slice(start, start + pageSize),
    pagination: { page, pageSize, pageCount: Math.ceil(items.length / pageSize), itemCount: items.length },
  };
}

function intersect<T>(first: T[], second: T[]): T[] {
  const keep = new Set(second);
  return first.filter((record) => keep.has(record));
}

function lookUp<T>(wanted: readonly string[], byId: IdLookup<T>): T[] {
  const seen = new Set<string>();
  const found: T[] = [];
  for (const item of wanted) {
    const id = item.toLowerCase();
    if (seen.has(id)) continue;
    seen.add(id);
    const record = byId.get(id);
    if (record !== undefined) found.push(record);
  }
  return found;
}

function sortRecords<T>(items: T[], order: string, fields: FieldMap<T>): ListResult<T> {
  const keys: { read: (record: T) => FieldValue; direction: number }[] = [];
  for (const part of order.split(',')) {
    const match = /^\s*([A-Za-z][\w.]*)\s*(ASC|DESC)?\s*$/i.exec(part);
    const read = match === null ? undefined : fields[(match[1] ?? '').toLowerCase()];
    if (match === null || read === undefined) {
      return fail(
        `order '${part.trim()}' is not supported by the simulator (use one of: ${Object.keys(fields).join(', ')}, optionally followed by ASC or DESC)`,
      );
    }
    keys.push({ read, direction: (match[2] ?? 'ASC').toUpperCase() === 'DESC' ? -1 : 1 });
  }
  const sorted = [...items].sort((a, b) => {
    for (const { read, direction } of keys) {
      const left = read(a);
      const right = read(b);
      const difference =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : String(left).localeCompare(String(right));
      if (difference !== 0) return difference * direction;
    }
    return 0;
  });
  return { ok: true, items: sorted };
}

function readPositiveInteger(value: string): number | undefined {
  if (!/^\s*\d+\s*$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 && Number.isSafeInteger(parsed) ? parsed : undefined;
}

function fail(message: string): { ok: false; response: AccountingResponse } {
  return { ok: false, response: requestValidationError(message) };
}
