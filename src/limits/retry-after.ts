/**
 * How long to honour a 429's Retry-After, in whole ms.
 *
 * Floor 1 ms, not 0: a 429 means Xero refused a call, so even `Retry-After: 0` (or a negative/garbage
 * figure that is still finite) must leave a mark that makes waiting calls ask again instead of starting on
 * the answer they had. A 0 ms mark is also no mark in Redis (`SET … PX 0` is an error), so the floor is
 * the one value both engines can honour alike. Ceiling: one day window, so a huge Retry-After never parks
 * a key for longer than the longest limit Xero has. Not a number: `fallbackMs`.
 */
export function boundedRetryAfterMs(retryAfterMs: number, fallbackMs: number, maxMs: number): number {
  const ms = Number.isFinite(retryAfterMs) ? Math.max(1, retryAfterMs) : fallbackMs;
  return Math.ceil(Math.min(ms, maxMs));
}
