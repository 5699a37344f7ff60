/**
 * Xero's two date spellings: the WCF form `/Date(1573755038314+0000)/` and the ISO "…String" twin.
 * Calendar dates (Date, DueDate) are midnight UTC; timestamps (UpdatedDateUTC) keep milliseconds.
 */

const DAY_MS = 86_400_000;

export function msDate(epochMs: number): string {
  return `/Date(${epochMs}+0000)/`;
}

/** `2018-10-20T00:00:00`: the DateString / DueDateString twin (no zone, as Xero writes it). */
export function isoDateString(epochMs: number): string {
  return isoSeconds(epochMs);
}

/** `2018-11-02T16:31:30Z`: the UpdatedDateUTCString twin. */
export function isoTimestampString(epochMs: number): string {
  return `${isoSeconds(epochMs)}Z`;
}

/**
 * `YYYY-MM-DDTHH:mm:ss` in UTC, built from the fields: a list page formats three per invoice, and
 * `toISOString().slice()` costs twice as much. Years outside 1000–9999 take toISOString's own form.
 */
function isoSeconds(epochMs: number): string {
  const d = new Date(epochMs);
  const year = d.getUTCFullYear();
  if (year < 1000 || year > 9999) return d.toISOString().slice(0, 19);
  return `${year}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function startOfUtcDay(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS) * DAY_MS;
}

export function addDays(epochMs: number, days: number): number {
  return epochMs + days * DAY_MS;
}

const MS_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_NO_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * Parses a date a client may send: `YYYY-MM-DD`, ISO with or without zone (no zone = UTC, as Xero reads
 * it), or `/Date(ms+zzzz)/`. Returns the calendar day at midnight UTC, or undefined when unreadable.
 */
export function parseInputDate(value: unknown): number | undefined {
  const ms = parseTimestamp(value);
  return ms === undefined ? undefined : startOfUtcDay(ms);
}

/** Like parseInputDate but keeps the time of day. */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const wcf = MS_DATE.exec(text);
  if (wcf) return Number(wcf[1]);
  // JavaScript reads a zone-less date-time as local time; Xero means UTC.
  const normalised = ISO_DAY.test(text) ? `${text}T00:00:00Z` : ISO_NO_ZONE.test(text) ? `${text}Z` : text;
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The `If-Modified-Since` header: RFC 1123 (`Tue, 15 Nov 1994 08:12:31 GMT`) or ISO 8601
 * (`2009-11-12T00:00:00`, read as UTC). Undefined when absent or unreadable.
 */
export function parseIfModifiedSince(value: string | undefined): number | undefined {
  return parseTimestamp(value);
}
