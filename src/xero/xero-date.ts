/**
 * Xero's JSON carries dates as Microsoft JSON dates (`/Date(1573755038314+0000)/`) next to ISO twins
 * (`DateString`, `UpdatedDateUTCString`). Responses are handed to callers as `Date` objects; requests
 * accept `Date` objects and send ISO strings, which Xero reads.
 */
const MS_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;
const ISO_NO_ZONE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/** Parses `/Date(ms±zzzz)/` or an ISO string; zone-less ISO strings are read as UTC. Undefined if unreadable. */
export function parseXeroDate(value: string): Date | undefined {
  // Every record carries several of these, so the common form is read without a regex (same result).
  const fast = readMicrosoftDate(value);
  if (fast !== undefined) return new Date(fast);
  const ms = MS_DATE.exec(value);
  // The offset in a Microsoft date only says which zone the value was shown in: the ms are already UTC.
  if (ms) return new Date(Number(ms[1]));
  const iso = ISO_NO_ZONE.test(value) ? `${value.length === 10 ? `${value}T00:00:00` : value}Z` : value;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const SLASH = 47;
const OPEN = 40;
const CLOSE = 41;
const PLUS = 43;
const MINUS = 45;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The ms of `/Date(ms)/` or `/Date(ms±zzzz)/` exactly as MS_DATE reads them, or undefined for anything else
 * (including more than 15 digits, which the regex path reads, so no rounding differs).
 */
function readMicrosoftDate(value: string): number | undefined {
  const n = value.length;
  if (n < 9 || value.charCodeAt(0) !== SLASH || value.charCodeAt(5) !== OPEN || !value.startsWith('/Date('))
    return undefined;
  let i = 6;
  const negative = value.charCodeAt(i) === MINUS;
  if (negative) i++;
  const digitsStart = i;
  let ms = 0;
  while (i < n && isDigit(value.charCodeAt(i))) {
    ms = ms * 10 + (value.charCodeAt(i) - 48);
    i++;
  }
  if (i === digitsStart || i - digitsStart > 15) return undefined;
  const sign = value.charCodeAt(i);
  if (sign === PLUS || sign === MINUS) {
    for (let k = 1; k <= 4; k++) if (!isDigit(value.charCodeAt(i + k))) return undefined;
    i += 5;
  }
  if (i + 2 !== n || value.charCodeAt(i) !== CLOSE || value.charCodeAt(i + 1) !== SLASH) return undefined;
  return negative ? -ms : ms;
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
