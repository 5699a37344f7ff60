import type { LimitKey, LimitSnapshot, RemainingQuota, XeroLimits } from './limits-engine.js';

/** What an engine's storage knows about one key, for `snapshot()`. */
export interface KeyUsage {
  limits: XeroLimits;
  queued: number;
  running: number;
  /** Units of the key's minute window held now (calls, phantoms, a pause). */
  minuteHeld: number;
  /** Units of the app's minute window held now. */
  appMinuteHeld: number;
  /** Calls counted against the key's day in the last day window. */
  dayUsed: number;
  /** Epoch ms until which the day is known spent; 0 when not. */
  dayExhaustedUntil: number;
  reported: RemainingQuota;
  /** Adaptive concurrency's cap now, when the store knows it. */
  concurrencyCap?: number | undefined;
}

/** The snapshot arithmetic every engine shares. A tenantless key is charged to no day limit. */
export function snapshotOf(key: LimitKey, usage: KeyUsage, now: number): LimitSnapshot {
  const { limits, reported } = usage;
  const appRemaining = Math.max(0, limits.appPerMinute - usage.appMinuteHeld);
  const keyRemaining = Math.max(0, limits.perMinute - usage.minuteHeld);
  const exhausted = usage.dayExhaustedUntil > now;
  const dayLocal = Math.max(0, limits.perDay - usage.dayUsed);
  return {
    queued: usage.queued,
    running: usage.running,
    minuteRemaining: key.tenantId === null ? appRemaining : Math.min(keyRemaining, appRemaining),
    dayRemaining:
      key.tenantId === null
        ? Number.POSITIVE_INFINITY
        : exhausted
          ? 0
          : Math.min(dayLocal, reported.day ?? dayLocal),
    reported: { ...reported },
    dayExhaustedUntil: exhausted ? usage.dayExhaustedUntil : undefined,
    ...(key.tenantId === null ? {} : { concurrencyCap: usage.concurrencyCap ?? limits.concurrent }),
  };
}
