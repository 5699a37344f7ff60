import type { Headers } from '../http/respond.js';
import type { RateLimitProblemName } from '../types.js';
import type { RemainingCounts } from './rate-limiter.js';

/** X-DayLimit-Remaining / X-MinLimit-Remaining (tenant calls only) and X-AppMinLimit-Remaining. */
export function remainingHeaders(r: RemainingCounts): Headers {
  const h: Headers = { 'X-AppMinLimit-Remaining': r.app };
  if (r.day !== undefined) h['X-DayLimit-Remaining'] = r.day;
  if (r.minute !== undefined) h['X-MinLimit-Remaining'] = r.minute;
  return h;
}

/**
 * Headers of a 429. `Retry-After` is whole seconds as HTTP requires, so under a small time scale it rounds
 * up from a few ms to 1 (or is 0 when nothing is left to wait); `X-Simulator-Retry-After-Ms` carries the
 * exact scaled wait. The concurrent limit has no wait to announce, so neither header is sent for it.
 */
export function rateLimitedHeaders(
  problem: RateLimitProblemName,
  retryAfterMs: number | undefined,
  remaining: RemainingCounts,
): Headers {
  const h: Headers = { ...remainingHeaders(remaining), 'X-Rate-Limit-Problem': problem };
  if (retryAfterMs !== undefined) {
    const ms = Math.max(0, Math.ceil(retryAfterMs));
    h['Retry-After'] = Math.ceil(ms / 1000);
    h['X-Simulator-Retry-After-Ms'] = ms;
  }
  return h;
}
