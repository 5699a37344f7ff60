import { ClosedError } from '../errors/infrastructure-errors.js';
import { DayLimitExceededError } from '../errors/rate-limit-error.js';
import { AbortedError, DeadlineExceededError } from '../errors/timing-errors.js';
import { contextOf } from './engine-arguments.js';
import type { LimitKey } from './limits-engine.js';

/** The errors a limits engine rejects calls with: one wording for every engine. */

export function engineClosed(key: LimitKey): ClosedError {
  return new ClosedError('limits engine is closed', contextOf(key));
}

export function closedWhileQueued(key: LimitKey): ClosedError {
  return new ClosedError('limits engine closed while the call was queued', contextOf(key));
}

export function abortedBeforeQueued(key: LimitKey, signal: AbortSignal): AbortedError {
  return new AbortedError('call aborted before it was queued', { ...contextOf(key), cause: signal.reason });
}

export function abortedWhileQueued(key: LimitKey, signal: AbortSignal): AbortedError {
  return new AbortedError('call aborted while queued', { ...contextOf(key), cause: signal.reason });
}

/** Refused up front: the deadline has passed, or the calls ahead cannot drain before it. */
export function deadlineUnreachable(key: LimitKey, deadline: number, now: number): DeadlineExceededError {
  return new DeadlineExceededError(
    deadline <= now ? 'deadline already passed' : 'cannot start before its deadline',
    contextOf(key),
  );
}

export function deadlineMissed(key: LimitKey): DeadlineExceededError {
  return new DeadlineExceededError('call did not start before its deadline', contextOf(key));
}

/** The day is known spent until a time (Xero said so, or the shared count says so). */
export function dayLimitReached(key: LimitKey, retryAfterMs: number): DayLimitExceededError {
  return new DayLimitExceededError('day limit reached', { ...contextOf(key), retryAfterMs });
}

/** The calls counted today and those queued ahead already fill the day budget. */
export function dayBudgetFull(key: LimitKey, perDay: number, retryAfterMs: number): DayLimitExceededError {
  return new DayLimitExceededError(`day limit of ${perDay} calls reached`, {
    ...contextOf(key),
    retryAfterMs,
  });
}

export function dayLimitWhileQueued(key: LimitKey, retryAfterMs: number): DayLimitExceededError {
  return new DayLimitExceededError('day limit reached while the call was queued', {
    ...contextOf(key),
    retryAfterMs,
  });
}
