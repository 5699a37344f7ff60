import type { RateLimitProblemName, SimLimits } from '../types.js';
import { FixedWindow, RollingWindow, seededOffsetMs, type WindowCounter } from './window-counter.js';

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/** The three headers Xero sends on every API response. */
export interface RemainingCounts {
  day?: number;
  minute?: number;
  app: number;
}

export type Admission =
  | { ok: true; remaining: RemainingCounts; release: () => void }
  | {
      ok: false;
      problem: RateLimitProblemName;
      retryAfterMs: number | undefined;
      remaining: RemainingCounts;
    };

interface TenantBudget {
  minute: WindowCounter;
  day: WindowCounter;
  inFlight: number;
}

/** A snapshot for tests: where a (client, tenant) stands. */
export interface RateLimitState {
  inFlight: number;
  minute: { used: number; limit: number; msUntilRoom: number };
  day: { used: number; limit: number; msUntilRoom: number };
  app: { used: number; limit: number; msUntilRoom: number };
  /** For fixed windows: when the tenant's current minute window started (epoch ms). */
  minuteWindowStart?: number;
}

/**
 * Xero's four limits: per (app, tenant) calls in progress, per minute and per day; per app per minute.
 * A call refused with 429 is not counted in any window (Xero does not say; counting it would let a client
 * that retries too eagerly lock itself out for good).
 */
export class RateLimiter {
  private readonly tenants = new Map<string, TenantBudget>();
  private readonly apps = new Map<string, WindowCounter>();
  private readonly minuteMs: number;
  private readonly dayMs: number;

  constructor(
    private readonly limits: SimLimits,
    private readonly window: 'rolling' | 'fixed',
    timeScale: number,
  ) {
    this.minuteMs = MINUTE_MS * timeScale;
    this.dayMs = DAY_MS * timeScale;
  }

  dayLimit(tier: 'starter' | 'standard'): number {
    return tier === 'starter' ? this.limits.perDayStarter : this.limits.perDay;
  }

  /** Admits one Accounting API call, or names the limit it hits. `release` must be called when it ends. */
  admit(clientId: string, tenantId: string, tier: 'starter' | 'standard', now: number): Admission {
    const t = this.tenant(clientId, tenantId);
    const app = this.app(clientId);
    const dayLimit = this.dayLimit(tier);
    const { perMinute, appPerMinute, concurrent } = this.limits;
    const remaining = (): RemainingCounts => ({
      day: Math.max(0, dayLimit - t.day.count(now)),
      minute: Math.max(0, perMinute - t.minute.count(now)),
      app: Math.max(0, appPerMinute - app.count(now)),
    });
    // Most durable first, so a client learns about the day limit rather than retrying a minute later.
    if (t.day.count(now) >= dayLimit) {
      return {
        ok: false,
        problem: 'day',
        retryAfterMs: t.day.msUntilRoom(now, dayLimit),
        remaining: remaining(),
      };
    }
    if (t.minute.count(now) >= perMinute) {
      return {
        ok: false,
        problem: 'minute',
        retryAfterMs: t.minute.msUntilRoom(now, perMinute),
        remaining: remaining(),
      };
    }
    if (app.count(now) >= appPerMinute) {
      return {
        ok: false,
        problem: 'appminute',
        retryAfterMs: app.msUntilRoom(now, appPerMinute),
        remaining: remaining(),
      };
    }
    if (t.inFlight >= concurrent) {
      return { ok: false, problem: 'concurrent', retryAfterMs: undefined, remaining: remaining() };
    }
    t.day.add(now, 1);
    t.minute.add(now, 1);
    app.add(now, 1);
    t.inFlight++;
    let released = false;
    return {
      ok: true,
      remaining: remaining(),
      release: () => {
        if (released) return;
        released = true;
        t.inFlight--;
      },
    };
  }

  /** A tenantless call (/connections): only the app-wide minute budget. */
  admitAppOnly(clientId: string, now: number): Admission {
    const app = this.app(clientId);
    const limit = this.limits.appPerMinute;
    if (app.count(now) >= limit) {
      return {
        ok: false,
        problem: 'appminute',
        retryAfterMs: app.msUntilRoom(now, limit),
        remaining: { app: 0 },
      };
    }
    app.add(now, 1);
    return { ok: true, remaining: { app: Math.max(0, limit - app.count(now)) }, release: () => {} };
  }

  /** Another process of the same app made `calls` calls: they count against minute, day and app minute. */
  spend(clientId: string, tenantId: string, calls: number, now: number): void {
    const t = this.tenant(clientId, tenantId);
    t.minute.add(now, calls);
    t.day.add(now, calls);
    this.app(clientId).add(now, calls);
  }

  state(clientId: string, tenantId: string, tier: 'starter' | 'standard', now: number): RateLimitState {
    const t = this.tenant(clientId, tenantId);
    const app = this.app(clientId);
    const dayLimit = this.dayLimit(tier);
    const { perMinute, appPerMinute } = this.limits;
    return {
      inFlight: t.inFlight,
      minute: {
        used: t.minute.count(now),
        limit: perMinute,
        msUntilRoom: t.minute.msUntilRoom(now, perMinute),
      },
      day: { used: t.day.count(now), limit: dayLimit, msUntilRoom: t.day.msUntilRoom(now, dayLimit) },
      app: { used: app.count(now), limit: appPerMinute, msUntilRoom: app.msUntilRoom(now, appPerMinute) },
      ...(t.minute instanceof FixedWindow ? { minuteWindowStart: t.minute.windowStart(now) } : {}),
    };
  }

  private tenant(clientId: string, tenantId: string): TenantBudget {
    const key = `${clientId}\u0000${tenantId}`;
    let t = this.tenants.get(key);
    if (t === undefined) {
      t = {
        minute: this.counter(tenantId, this.minuteMs),
        day: this.counter(tenantId, this.dayMs),
        inFlight: 0,
      };
      this.tenants.set(key, t);
    }
    return t;
  }

  private app(clientId: string): WindowCounter {
    let a = this.apps.get(clientId);
    if (a === undefined) {
      a = this.counter(clientId, this.minuteMs);
      this.apps.set(clientId, a);
    }
    return a;
  }

  private counter(id: string, windowMs: number): WindowCounter {
    return this.window === 'rolling'
      ? new RollingWindow(windowMs)
      : new FixedWindow(windowMs, seededOffsetMs(id, windowMs));
  }
}
