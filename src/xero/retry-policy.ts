import type { TimeScale } from '../time-scale.js';

export interface RetrySettings {
  /** Retries of network errors, timeouts, 5xx and 503. */
  maxRetries: number;
  /** First backoff in real ms (scaled), doubled per retry. */
  baseDelayMs: number;
  /** Cap of one backoff in real ms (scaled). */
  maxDelayMs: number;
  /** Retries of 429 minute / concurrent / app-minute answers. */
  rateLimitRetries: number;
}

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
