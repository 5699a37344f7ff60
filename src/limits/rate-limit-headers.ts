import type { RateLimitProblem } from '../errors/rate-limit-error.js';
import type { TimeScale } from '../time-scale.js';
import type { RemainingQuota } from './limits-engine.js';

/** What one Xero response's headers say about the rate limits. */
export interface RateLimitHeaders {
  remaining: RemainingQuota;
  /** `X-Rate-Limit-Problem`, normalised; absent when the header is. */
  problem?: RateLimitProblem;
  /** How long to wait, in ms of this process's (scaled) time, from `Retry-After`. */
  retryAfterMs?: number;
}

/** Any header bag: fetch `Headers`, axios headers, or a plain object with any key case. */
export type HeaderSource = { get(name: string): string | null } | Readonly<Record<string, unknown>>;

/**
 * Reads Xero's rate-limit headers (only those Xero sends). Pure: no clock is read except to turn an
 * HTTP-date `Retry-After` into a delay. Malformed values are ignored rather than trusted.
 *
 * `Retry-After` is Xero time (whole seconds on the wire); under a `timeScale` (tests, the demo) the wait
 * is scaled like every other Xero duration, so 30 s at 0.005 is 150 ms. Rounding up to whole seconds
 * only ever makes the wait longer.
 */
export function parseRateLimitHeaders(
  headers: HeaderSource,
  timeScale?: TimeScale,
  now: number = Date.now(),
): RateLimitHeaders {
  const read = headerReader(headers);
  const remaining: RemainingQuota = {};
  const minute = nonNegativeInt(read('x-minlimit-remaining'));
  const day = nonNegativeInt(read('x-daylimit-remaining'));
  const appMinute = nonNegativeInt(read('x-appminlimit-remaining'));
  if (minute !== undefined) remaining.minute = minute;
  if (day !== undefined) remaining.day = day;
  if (appMinute !== undefined) remaining.appMinute = appMinute;

  const out: RateLimitHeaders = { remaining };
  const problem = read('x-rate-limit-problem');
  if (problem !== undefined && problem.trim() !== '') out.problem = normaliseProblem(problem);

  const retryAfter = retryAfterToMs(read('retry-after'), now);
  if (retryAfter !== undefined)
    out.retryAfterMs = timeScale === undefined ? retryAfter : timeScale.ms(retryAfter);
  return out;
}

/** Xero's documented `minute`/`day`, older `Minute`/`Daily`, and guesses for the undocumented ones. */
export function normaliseProblem(value: string): RateLimitProblem {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  switch (v) {
    case 'minute':
    case 'minlimit':
      return 'minute';
    case 'day':
    case 'daily':
    case 'daylimit':
      return 'day';
    case 'concurrent':
    case 'concurrency':
      return 'concurrent';
    case 'appminute':
    case 'appminlimit':
      return 'appminute';
    default:
      return 'unknown';
  }
}

function headerReader(headers: HeaderSource): (name: string) => string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function' && !isPlainRecordWithGetHeader(headers)) {
    const bag = headers as { get(name: string): unknown };
    return (name) => stringOf(bag.get(name));
  }
  const lowered = new Map<string, unknown>();
  for (const [k, v] of Object.entries(headers as Record<string, unknown>)) lowered.set(k.toLowerCase(), v);
  return (name) => stringOf(lowered.get(name));
}

/** A plain object that happens to carry a header literally named "get" is still read as a record. */
function isPlainRecordWithGetHeader(headers: HeaderSource): boolean {
  const proto = Object.getPrototypeOf(headers);
  return proto === Object.prototype || proto === null;
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.length > 0) return stringOf(value[0]);
  return undefined;
}

function nonNegativeInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}

function nonNegativeNumber(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** `Retry-After` is delta-seconds or an HTTP-date (RFC 9110). */
function retryAfterToMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const seconds = nonNegativeNumber(value);
  if (seconds !== undefined) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
