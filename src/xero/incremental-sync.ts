import { z } from 'zod';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import type { CheckedCall, EndpointCaller } from './endpoints/endpoint-caller.js';
import { validateArgument } from './endpoints/filter-validation.js';
import type { QueryValue } from './request-target.js';
import { parseResponse } from './response-parsing.js';
import { formatXeroDate, parseXeroDate } from './xero-date.js';

/**
 * Where an incremental sync stopped: an opaque string the host stores (e.g. a text column per tenant and
 * collection) and passes back to the next `sync`. Built only from Xero's own times (records'
 * `UpdatedDateUTC`, the response's `DateTimeUTC`), never from the host's clock, so a host clock ahead of or
 * behind Xero's loses nothing. Cursors are not interchangeable between collections or organisations.
 */
export type SyncCursor = string;

/** What `sync` reads: everything (no cursor), or only what changed since a previous sync's cursor. */
export interface SyncRequest {
  /** The cursor a previous `sync` of the same collection and organisation returned. Omit for a full read. */
  cursor?: SyncCursor | undefined;
  /** Records per page, 1–1000. @default 1000 (Xero's maximum: fewest calls) */
  pageSize?: number | undefined;
}

/** One sync's outcome. */
export interface SyncResult<T> {
  /**
   * Records created or changed since the cursor (every record when there was none), each at most once, oldest
   * change first. Deleted and voided records come with their status, so the host can apply them.
   */
  records: T[];
  /** Store this and pass it to the next `sync`. Unchanged when nothing changed. */
  cursor: SyncCursor;
}

export interface SyncQuery {
  path: string;
  collection: string;
  envelope: z.ZodType;
  /** The record's id field, e.g. `InvoiceID`. */
  idField: string;
}

/**
 * Re-read this much before the newest change seen. It makes the sync correct whichever way Xero reads
 * `If-Modified-Since` (strictly after or at-or-after; to the millisecond or, like HTTP dates, to the second):
 * a record updated at the cursor's exact instant, or in the same second, is always read again, and the ids
 * kept in the cursor drop the ones already delivered.
 */
const OVERLAP_MS = 1000;
/**
 * With no record at all, the cursor starts this long before Xero's `DateTimeUTC` (a record committed while
 * the response was being built may carry a slightly earlier time).
 */
const EMPTY_LOOKBACK_MS = 60_000;
const PREFIX = 'xs1.';

const requestSchema = z.strictObject({
  cursor: z.string().min(1).optional(),
  pageSize: z.number().int().min(1).max(1000).optional(),
});

const cursorSchema = z.strictObject({
  /** Newest `UpdatedDateUTC` delivered (epoch ms, Xero's clock). */
  t: z.number().int().nonnegative(),
  /** [id, UpdatedDateUTC ms] of records delivered inside the overlap: what the next read may repeat. */
  s: z.array(z.tuple([z.string(), z.number().int()])),
});
type CursorState = z.output<typeof cursorSchema>;

function encodeCursor(state: CursorState): SyncCursor {
  return PREFIX + Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): CursorState {
  const notOurs = () =>
    new InvalidArgumentError('Invalid sync request: cursor: not a cursor returned by sync', [
      { path: 'cursor', message: 'not a cursor returned by sync' },
    ]);
  if (!cursor.startsWith(PREFIX)) throw notOurs();
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw notOurs();
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success) throw notOurs();
  return parsed.data;
}

const floorToSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

/**
 * An incremental sync over `If-Modified-Since`, ordered by `UpdatedDateUTC`. Pages are read keyset-style:
 * after a full page the next request restarts at page 1 from the newest change seen (minus the overlap)
 * instead of asking for page N+1, so a record changed during the sync (which moves to the end of the order)
 * cannot shift an unread record onto a page already read. When a whole page shares one second (a bulk
 * import) the header cannot move forward, and the sync reads page N+1 instead.
 */
export async function syncCollection<T>(
  caller: EndpointCaller,
  query: SyncQuery,
  input: unknown,
  call: CheckedCall,
): Promise<SyncResult<T>> {
  const request = validateArgument(requestSchema, input ?? {}, 'sync request');
  const previous = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
  const pageSize = request.pageSize ?? 1000;
  const seen = new Map<string, number>(previous?.s ?? []);
  let newest = previous?.t;
  let since = previous === undefined ? undefined : Math.max(0, floorToSecond(previous.t - OVERLAP_MS));
  let serverTime: number | undefined;
  let page = 1;
  let first = true;
  const records: T[] = [];

  for (;;) {
    const params: Record<string, QueryValue> = { order: 'UpdatedDateUTC ASC', page, pageSize };
    const response = await caller.send(
      {
        method: 'GET',
        path: query.path,
        params,
        headers: since === undefined ? undefined : { 'If-Modified-Since': formatXeroDate(new Date(since)) },
      },
      first ? call : { ...call, deadline: undefined },
      undefined,
    );
    first = false;
    // 304 Not Modified: nothing changed since `since`.
    if (response.data === undefined) break;
    const parsed = parseResponse(query.envelope, response) as Record<string, unknown> & {
      DateTimeUTC?: unknown;
      pagination?: { pageCount?: number | undefined } | undefined;
    };
    if (serverTime === undefined && typeof parsed.DateTimeUTC === 'string') {
      serverTime = parseXeroDate(parsed.DateTimeUTC)?.getTime();
    }
    const items = (parsed[query.collection] ?? []) as Array<Record<string, unknown>>;
    let pageNewest: number | undefined;
    for (const item of items) {
      const id = item[query.idField];
      const updated = item.UpdatedDateUTC instanceof Date ? item.UpdatedDateUTC.getTime() : undefined;
      if (typeof id === 'string' && updated !== undefined) {
        if (seen.get(id) === updated) continue; // delivered already (the overlap)
        seen.set(id, updated);
        newest = newest === undefined ? updated : Math.max(newest, updated);
        pageNewest = pageNewest === undefined ? updated : Math.max(pageNewest, updated);
      }
      records.push(item as T);
    }
    const pageCount = parsed.pagination?.pageCount;
    const last = pageCount !== undefined ? page >= pageCount : items.length < pageSize;
    if (last || items.length === 0) break;
    const next = pageNewest === undefined ? undefined : floorToSecond(pageNewest - OVERLAP_MS);
    if (next !== undefined && (since === undefined || next > since)) {
      since = next;
      page = 1;
    } else page++;
  }

  if (newest === undefined) {
    // Nothing ever seen: start from Xero's own time of this read, or keep reading everything.
    // Without a Xero time, the next sync reads from the start again (t 0) rather than guess one.
    if (serverTime === undefined) return { records, cursor: request.cursor ?? encodeCursor({ t: 0, s: [] }) };
    const t = Math.max(0, serverTime - EMPTY_LOOKBACK_MS);
    return { records, cursor: encodeCursor({ t, s: [] }) };
  }
  const keepFrom = floorToSecond(newest - OVERLAP_MS);
  const s: Array<[string, number]> = [];
  for (const [id, updated] of seen) if (updated >= keepFrom) s.push([id, updated]);
  return { records, cursor: encodeCursor({ t: newest, s }) };
}
