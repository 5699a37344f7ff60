import type { LimitKey, ScheduleOptions, XeroLimits } from '../../src/limits/limits-engine.js';
import {
  createLocalLimitsEngine,
  type LocalLimitsEngine,
  type LocalLimitsEngineOptions,
} from '../../src/limits/local-limits-engine.js';
import { createTimeScale } from '../../src/time-scale.js';

/** 0.005: a Xero minute lasts 300 ms. */
export const FACTOR = 0.005;
export const WINDOW_MS = 60_000 * FACTOR;

export function makeEngine(
  limits: Partial<XeroLimits> = {},
  extra: Partial<LocalLimitsEngineOptions> = {},
): LocalLimitsEngine {
  const resolved: XeroLimits = {
    concurrent: 5,
    perMinute: 60,
    perDay: 5000,
    appPerMinute: 10_000,
    ...limits,
  };
  return createLocalLimitsEngine({
    limitsFor: () => resolved,
    timeScale: createTimeScale(FACTOR),
    interactiveReserve: 0,
    ...extra,
  });
}

export const key = (tenantId: string | null = 't1', clientId = 'app1'): LimitKey => ({ clientId, tenantId });
export const batch: ScheduleOptions = { priority: 'batch', mayUseReserve: true };
export const interactive: ScheduleOptions = { priority: 'interactive', mayUseReserve: true };

/** Records when each fake call started, how many ran at once, and in which order. */
export class Recorder {
  readonly starts: number[] = [];
  readonly labels: string[] = [];
  private inFlight = 0;
  maxInFlight = 0;

  job(label = '', durationMs = 5): () => Promise<string> {
    return async () => {
      this.starts.push(performance.now());
      this.labels.push(label);
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      await sleep(durationMs);
      this.inFlight--;
      return label;
    };
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The most starts inside any half-open interval [t, t + windowMs) (Xero's rolling reading). */
export function maxInSlidingWindow(starts: number[], windowMs: number): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let max = 0;
  let j = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (j < sorted.length && (sorted[j] as number) - (sorted[i] as number) < windowMs) j++;
    max = Math.max(max, j - i);
  }
  return max;
}

/** The most starts in any fixed window [offset + k·W, offset + (k+1)·W), over offsets every `stepMs`. */
export function maxInFixedWindows(starts: number[], windowMs: number, stepMs = 5): number {
  let max = 0;
  const origin = Math.min(...starts);
  for (let offset = 0; offset < windowMs; offset += stepMs) {
    const counts = new Map<number, number>();
    for (const t of starts) {
      const bucket = Math.floor((t - origin + offset) / windowMs);
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
    for (const c of counts.values()) max = Math.max(max, c);
  }
  return max;
}
