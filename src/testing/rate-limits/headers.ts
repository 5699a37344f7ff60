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

/** How a simulated Xero spells `X-Rate-Limit-Problem` (see `variations.problemNames`). */
export type ProblemNames = 'lowercase' | 'capitalised' | 'legacy';

const SPELLINGS: Record<ProblemNames, Record<RateLimitProblemName, string>> = {
  lowercase: { minute: 'minute', day: 'day', concurrent: 'concurrent', appminute: 'appminute' },
  capitalised: { minute: 'Minute', day: 'Day', concurrent: 'Concurrent', appminute: 'AppMinute' },
  // Xero's older pages: `Minute` and `Daily`.
  legacy: { minute: 'Minute', day: 'Daily', concurrent: 'Concurrent', appminute: 'AppMinute' },
};

/**
 * Headers of a 429. `Retry-After` is whole seconds as HTTP requires, in XERO time: what Xero would send for
 * the scaled situation (a 150 ms wait at timeScale 0.005 is 30 s), rounded up; a client scales it back by
 * its own timeScale. 0 when nothing is left to wait. The concurrent limit has no wait to announce, so no
 * Retry-After is sent for it. Only headers Xero sends: nothing simulator-only.
 */
export function rateLimitedHeaders(
  problem: RateLimitProblemName,
  retryAfterMs: number | undefined,
  remaining: RemainingCounts,
  timeScale: number,
  problemNames: ProblemNames = 'lowercase',
): Headers {
  const h: Headers = {
    ...remainingHeaders(remaining),
    'X-Rate-Limit-Problem': SPELLINGS[problemNames][problem],
  };
  if (retryAfterMs !== undefined) {
    // Less a hair so float noise (150 / 0.005 = 30.000000000000004) does not add a whole second.
    h['Retry-After'] = Math.max(0, Math.ceil(retryAfterMs / timeScale / 1000 - 1e-9));
  }
  return h;
}
