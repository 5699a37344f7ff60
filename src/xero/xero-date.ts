/**
 * Xero's JSON carries dates as Microsoft JSON dates (`/Date(1573755038314+0000)/`) next to ISO twins
 * (`DateString`, `UpdatedDateUTCString`). Responses are handed to callers as `Date` objects; requests
 * accept `Date` objects and send ISO strings, which Xero reads.
 */
const MS_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;
const ISO_NO_ZONE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/** Parses `/Date(ms±zzzz)/` or an ISO string; zone-less ISO strings are read as UTC. Undefined if unreadable. */
export function parseXeroDate(value: string): Date | undefined {
  const ms = MS_DATE.exec(value);
  // The offset in a Microsoft date only says which zone the value was shown in: the ms are already UTC.
  if (ms) return new Date(Number(ms[1]));
  const iso = ISO_NO_ZONE.test(value) ? `${value.length === 10 ? `${value}T00:00:00` : value}Z` : value;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Formats a Date the way Xero's request bodies expect (`2024-05-01T00:00:00`, UTC). */
export function formatXeroDate(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/**
 * Deep-copies a request body, turning every `Date` into Xero's ISO form. (`JSON.stringify` would call
 * `Date#toJSON` first and send milliseconds and a `Z`, which Xero reads inconsistently.)
 */
export function toXeroJson(value: unknown): unknown {
  if (value instanceof Date) return formatXeroDate(value);
  if (Array.isArray(value)) return value.map(toXeroJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toXeroJson(v);
    return out;
  }
  return value;
}
