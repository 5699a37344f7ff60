import type { TimeScale } from '../time-scale.js';

export interface RetrySettings {
  /** Retries of network errors, timeouts, 5xx and 503. */
  maxRetries: number;
  /** First backoff in real ms (scaled), doubled per retry. */
  baseDelayMs: number;
  /** Cap of one backoff in real ms (scaled). */
  maxDelayMs: number;
  /** Retries of 429 minute / app-minute answers (a `concurrent` 429 is waited out, see below). */
  rateLimitRetries: number;
  /**
   * Longest a call waits out an outage (503, Xero unreachable) in real ms (scaled), and repeats `concurrent`
   * 429s when it has no deadline. @default DEFAULT_MAX_OUTAGE_WAIT_MS
   */
  maxOutageWaitMs?: number | undefined;
}

/**
 * Ten Xero minutes: Xero's outages typically last minutes; a call held longer is better failed and retried
 * by the host's own schedule. Scaled by the time scale like every other duration.
 */
export const DEFAULT_MAX_OUTAGE_WAIT_MS = 600_000;

/**
 * How long a write that may have reached Xero is repeated with its idempotency key, in real ms (scaled):
 * Xero remembers keys for about 6 minutes, so 5 leaves a margin; later, a repeat could pay twice.
 */
export const IDEMPOTENCY_WINDOW_MS = 300_000;

/**
 * Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^retry)]. Full jitter spreads the
 * retries of many callers hit by the same outage, so they do not come back as one wave.
 */
export function backoffDelay(
  retry: number,
  settings: RetrySettings,
  timeScale: TimeScale,
  random = Math.random,
): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retry);
  return timeScale.ms(random() * ceiling);
}

/** Writes are retried after a failure only when Xero can recognise the repeat by its idempotency key. */
export function mayRetryTransient(method: string, idempotencyKey: string | undefined): boolean {
  const m = method.toUpperCase();
  if (m === 'PUT' || m === 'POST' || m === 'PATCH') return idempotencyKey !== undefined;
  return true;
}
