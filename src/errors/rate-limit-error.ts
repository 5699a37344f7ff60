import {
  type ErrorCode,
  XeroConnectionsError,
  type XeroConnectionsErrorOptions,
} from './xero-connections-error.js';

/** Xero's `X-Rate-Limit-Problem` values, lower-cased. `concurrent` and `appminute` are assumptions. */
export type RateLimitProblem = 'minute' | 'day' | 'concurrent' | 'appminute' | 'unknown';

export interface RateLimitErrorOptions extends XeroConnectionsErrorOptions {
  problem: RateLimitProblem;
  /** How long Xero (or the local limiter) says to wait, in ms; undefined when unknown. */
  retryAfterMs?: number | undefined;
}

/** A call was refused by a rate limit and retries were exhausted (or not allowed). */
export class RateLimitError extends XeroConnectionsError {
  readonly problem: RateLimitProblem;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: RateLimitErrorOptions, code: ErrorCode = 'ERR_RATE_LIMITED') {
    super(code, message, options);
    this.problem = options.problem;
    this.retryAfterMs = options.retryAfterMs;
  }
  /** When the call may be tried again, if known. */
  get retryAt(): Date | undefined {
    return this.retryAfterMs === undefined ? undefined : new Date(Date.now() + this.retryAfterMs);
  }
  protected override details() {
    return { problem: this.problem, retryAfterMs: this.retryAfterMs };
  }
}

/**
 * The connection's day budget is spent. Thrown at once, without queueing; batch work on the connection is
 * held until `retryAfterMs` passes.
 */
export class DayLimitExceededError extends RateLimitError {
  constructor(message: string, options: Omit<RateLimitErrorOptions, 'problem'>) {
    super(message, { ...options, problem: 'day' }, 'ERR_DAY_LIMIT');
  }
}
