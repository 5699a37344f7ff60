import type { TimeScale } from '../time-scale.js';

/** Xero's minute window in real ms, before scaling. */
export const XERO_MINUTE_MS = 60_000;
/** Xero's day window in real ms, before scaling. */
export const XERO_DAY_MS = 86_400_000;

/** The minute and day windows an engine enforces, in ms, with time scaled. */
export interface ScaledWindows {
  minuteMs: number;
  dayMs: number;
}

/** Xero's windows under `timeScale`; `dayWindowMs` overrides the day (tests of day-log expiry). */
export function scaledWindows(timeScale: TimeScale, dayWindowMs: number | undefined): ScaledWindows {
  return {
    minuteMs: XERO_MINUTE_MS * timeScale.factor,
    dayMs: dayWindowMs ?? XERO_DAY_MS * timeScale.factor,
  };
}
