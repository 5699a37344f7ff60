import type { OutageStore } from '../contracts/outage-store.js';

/**
 * The contract between the call pipeline and whatever enforces Xero's limits: the in-process engine
 * (Bottleneck, sliding windows) or the Redis engine shared by several processes.
 *
 * Xero counts per (app, organisation): 5 in flight, 60 a minute, 5,000 a day (1,000 Starter); and per app
 * 10,000 a minute. A key with `tenantId: null` (e.g. `GET /connections`) charges only the app limit.
 */
export interface LimitKey {
  clientId: string;
  tenantId: string | null;
}

/** The numbers Xero enforces for one (app, organisation) pair and one app. */
export interface XeroLimits {
  /** Calls in flight per (app, tenant). @default 5 */
  concurrent: number;
  /** Calls per minute per (app, tenant). @default 60 */
  perMinute: number;
  /** Calls per day per (app, tenant). @default 5000 (1000 on the Starter tier) */
  perDay: number;
  /** Calls per minute per app across all tenants. @default 10000 */
  appPerMinute: number;
}

export type CallPriority = 'interactive' | 'batch';

export interface ScheduleOptions {
  priority: CallPriority;
  /**
   * True for interactive calls of the wisepay role: only they may spend the per-minute reserve kept for
   * user actions when several roles share one (app, tenant) bucket.
   */
  mayUseReserve: boolean;
  /** Epoch ms by which the call must have started; otherwise it fails with DeadlineExceededError. */
  deadline?: number | undefined;
  signal?: AbortSignal | undefined;
  /**
   * The call's organisation's weight in the app-wide fair share: when the app's minute limit binds, batch
   * work is served across organisations in proportion to their weights (an account on a bigger plan may
   * weigh 2). Positive; @default 1. An organisation's calls should all carry the same weight.
   */
  weight?: number | undefined;
}

/** What Xero's response headers said about the remaining budget. */
export interface RemainingQuota {
  minute?: number | undefined;
  day?: number | undefined;
  appMinute?: number | undefined;
}

/** A point-in-time view of one key's limiter, for `metrics()` and the demo's progress lines. */
export interface LimitSnapshot {
  queued: number;
  running: number;
  /** Calls the local window still allows this minute. */
  minuteRemaining: number;
  /** Calls the local day budget still allows (min of local count and Xero's last word). */
  dayRemaining: number;
  /** Xero's last reported figures, if any response has been seen. */
  reported: RemainingQuota;
  /** Epoch ms until which the day budget is known to be exhausted, if so. */
  dayExhaustedUntil: number | undefined;
  /** Calls in flight allowed now: Xero's limit, or less after `concurrent` 429s (adaptive concurrency). */
  concurrencyCap?: number | undefined;
}

/**
 * Handed to a scheduled function: give it back to `observe()` and `releaseUnused()` so the engine knows which
 * of its calls a report answers (and when that call was sent). Opaque.
 */
export type CallGrant = object;

export interface LimitsEngine {
  /**
   * Runs `fn` once the key's limits (and the app's) allow it to start. Rejects with
   * `DayLimitExceededError` at once when the day budget is spent, `DeadlineExceededError` when it cannot
   * start in time, `AbortedError` when the signal fires while queued.
   */
  schedule<T>(key: LimitKey, options: ScheduleOptions, fn: (grant: CallGrant) => Promise<T>): Promise<T>;
  /**
   * Resync from Xero's `X-*-Remaining` headers: when Xero says fewer remain than we think, trust Xero. With
   * the `grant` of the call Xero answered, the report is compared with what Xero had seen when it answered
   * that call; without one it is taken as answering now.
   */
  observe(key: LimitKey, quota: RemainingQuota, grant?: CallGrant): void;
  /** Xero answered 429 for the day: fail further calls fast until `retryAfterMs` has passed. */
  markDayExhausted(key: LimitKey, retryAfterMs: number): void;
  /**
   * Xero answered 429 for the minute/concurrency/app: pause starts on the key for `retryAfterMs`. A key with
   * `tenantId: null` pauses every call of the app (Xero's app-wide minute limit).
   */
  pause(key: LimitKey, retryAfterMs: number): void;
  /**
   * Xero answered 429 `concurrent` to a call sent at `sentAt` (epoch ms): someone else holds some of the
   * key's slots. Lowers the key's cap on calls in flight (halved, floor 1; one slot back per clean window)
   * and holds one slot briefly, instead of pausing the whole key. Optional for custom engines: without it
   * the pipeline pauses the key briefly.
   */
  concurrencyRejected?(key: LimitKey, sentAt: number): void;
  /**
   * Called from inside a scheduled function, with its `grant`, when its call will NOT be sent (e.g. an
   * outage began while it waited: it goes back to the hold unsent). Xero never saw it, so when the function
   * returns its units come back at once (minute windows, the day budget) instead of one window after it
   * ended. A no-op without a grant of this app. Optional for custom engines: without it the unit stays
   * counted for its window, a cost of our own only.
   */
  releaseUnused?(key: LimitKey, grant?: CallGrant): void;
  /** Where outages are recorded and probed; shared across processes by the Redis engine. Optional. */
  readonly outages?: OutageStore | undefined;
  snapshot(key: LimitKey): LimitSnapshot;
  /** Releases every timer and limiter. Queued calls reject with ClosedError. */
  close(): Promise<void>;
}
