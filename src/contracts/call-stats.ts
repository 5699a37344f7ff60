import type { RateLimitProblem } from '../errors/rate-limit-error.js';

/** Counters one connection's calls add to; read by `pool.metrics()`. */
export interface CallStats {
  /** HTTP attempts sent to Xero. */
  attempts: number;
  /** Logical calls that ended with a usable answer. */
  succeeded: number;
  /** Logical calls that ended with an error (including local refusals such as deadlines). */
  failed: number;
  /** Attempts repeated after a 429, a refreshed token or a transient failure. */
  retries: number;
  /** 429 answers by `X-Rate-Limit-Problem`. */
  http429: Record<RateLimitProblem, number>;
}

export function createCallStats(): CallStats {
  return {
    attempts: 0,
    succeeded: 0,
    failed: 0,
    retries: 0,
    http429: { minute: 0, day: 0, concurrent: 0, appminute: 0, unknown: 0 },
  };
}
