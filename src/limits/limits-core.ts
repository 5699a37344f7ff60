import { ConfigurationError } from '../errors/configuration-error.js';
import { type Logger, silentLogger } from '../logger.js';
import type { TimeScale } from '../time-scale.js';
import type { CallTiming } from './arrival-accounting.js';
import { validateKey, validateSchedule } from './engine-arguments.js';
import {
  abortedBeforeQueued,
  abortedWhileQueued,
  closedWhileQueued,
  dayBudgetFull,
  dayLimitReached,
  deadlineMissed,
  deadlineUnreachable,
  engineClosed,
} from './limit-errors.js';
import { type KeyUsage, snapshotOf } from './limit-snapshot.js';
import type {
  CallGrant,
  LimitKey,
  LimitSnapshot,
  LimitsEngine,
  RemainingQuota,
  ScheduleOptions,
  XeroLimits,
} from './limits-engine.js';
import { LimitsResolver } from './limits-resolver.js';
import type { KeyCalls, QueuedCall } from './queued-call.js';
import { boundedRetryAfterMs } from './retry-after.js';
import { scaledWindows } from './xero-windows.js';

/** The share of an app's minute kept for waiting interactive calls unless configured. */
export const DEFAULT_APP_INTERACTIVE_RESERVE = 0.05;

/** What every engine is configured with (the host's rate-limit options). */
export interface LimitsCoreOptions {
  /** Xero's limits for an app (its tier and overrides applied). Checked, then kept per app. */
  limitsFor(clientId: string): XeroLimits;
  timeScale: TimeScale;
  /**
   * Calls per minute that only `mayUseReserve` calls may spend; the rest of the traffic on a key gets at
   * most `perMinute - interactiveReserve` (at least 1) per window.
   */
  interactiveReserve: number;
  /**
   * The share of each app's minute (0 – 0.5) that only WAITING interactive calls may take, across all its
   * organisations, so a user action starts within a slot or two while the app-wide limit binds; lent to
   * batch work while no interactive call waits. @default 0.05
   */
  appInteractiveReserve?: number | undefined;
  logger?: Logger | undefined;
  /** Overrides the day window (real: 24 h × timeScale), in ms. For tests of day-log expiry. */
  dayWindowMs?: number | undefined;
}

/**
 * Everything a limits engine does that does not depend on where its windows and slots live: argument
 * checks, the schedule preamble (closed, day budget, abort, deadline), the queued call's deadline timer,
 * abort listener and cancellation, close, Retry-After bounds and the snapshot arithmetic.
 *
 * An engine extends it and supplies only its storage — the window store — through the protected
 * abstract methods below: where a key's record lives, how a queued call gets its slot and units, and
 * what Xero's headers and 429s change there. A store starts a call with `begin()` + `execute()` and
 * refuses one with `cancel()`.
 */
export abstract class LimitsCore<S extends KeyCalls> implements LimitsEngine {
  protected readonly limits: LimitsResolver;
  protected readonly reserve: number;
  /** The share of an app's minute kept for waiting interactive calls (LimitsCoreOptions.appInteractiveReserve). */
  protected readonly appReserveShare: number;
  protected readonly logger: Logger;
  protected readonly minuteMs: number;
  protected readonly dayMs: number;
  protected closed = false;
  /** Deadline timers armed right now, for the in-process engine's `debugState()`. */
  protected deadlineTimers = 0;
  private readonly queued = new Set<QueuedCall<S>>();
  private seq = 0;
  private lastSweep = Date.now();

  constructor(options: LimitsCoreOptions) {
    if (typeof options?.limitsFor !== 'function') {
      throw new ConfigurationError('limitsFor must be a function', [
        { path: 'limitsFor', message: 'required' },
      ]);
    }
    if (!(options.timeScale?.factor > 0)) {
      throw new ConfigurationError('timeScale.factor must be positive', [
        { path: 'timeScale', message: 'must be positive' },
      ]);
    }
    if (!Number.isInteger(options.interactiveReserve) || options.interactiveReserve < 0) {
      throw new ConfigurationError('interactiveReserve must be a non-negative integer', [
        { path: 'interactiveReserve', message: 'must be a non-negative integer, e.g. 10' },
      ]);
    }
    const appReserve = options.appInteractiveReserve ?? DEFAULT_APP_INTERACTIVE_RESERVE;
    if (!(typeof appReserve === 'number' && appReserve >= 0 && appReserve <= 0.5)) {
      throw new ConfigurationError('appInteractiveReserve must be a share between 0 and 0.5', [
        { path: 'appInteractiveReserve', message: 'must be a number from 0 to 0.5, e.g. 0.05' },
      ]);
    }
    this.limits = new LimitsResolver(options.limitsFor);
    this.reserve = options.interactiveReserve;
    this.appReserveShare = appReserve;
    this.logger = options.logger ?? silentLogger;
    const windows = scaledWindows(options.timeScale, options.dayWindowMs);
    this.minuteMs = windows.minuteMs;
    this.dayMs = windows.dayMs;
  }

  // --- the window store: what each engine supplies ---

  /** The key's record, made on first use. May throw ConfigurationError (bad `limitsFor()`). */
  protected abstract slotFor(key: LimitKey): S;
  /** Epoch ms until which the key's day is known spent; 0 when not. */
  protected abstract dayClosedUntil(slot: S): number;
  /** Ms until the day log has room for one more call after `queued` queued ones; 0 if it has (or is unknown here). */
  protected abstract dayFullFor(slot: S, queued: number, now: number): number;
  /**
   * A lower bound on when a new call could start (epoch ms), for the up-front deadline check; `weight` is
   * its key's weight in the app-wide fair share (ScheduleOptions.weight, default 1).
   */
  protected abstract earliestStart(
    slot: S,
    interactive: boolean,
    useReserve: boolean,
    now: number,
    weight: number,
  ): number;
  /** Queue `call` for its slot and units; the store later calls `begin` + `execute`, or `cancel`. */
  protected abstract admit(call: QueuedCall<S>): void;
  /** `call` left the queue (started or refused): drop it from the store's own queue, if it has one. */
  protected abstract withdraw(call: QueuedCall<S>): void;
  /**
   * Xero's remaining figures, from the answer to a call sent no earlier than `sentAt` and read now
   * (arrival-ordered accounting: see arrival-accounting.ts).
   */
  protected abstract observeQuota(
    key: LimitKey,
    quota: RemainingQuota,
    sentAt: number,
    /** The reporting call's id in the store (CallTiming.id), when the report came from inside a call. */
    callId?: string,
  ): void;
  /** Fail the key's calls fast for `ms` (bounded, ≥ 1). */
  protected abstract closeDay(key: LimitKey, ms: number): void;
  /** No start on the key (or the whole app, for a tenantless key) for `ms` (bounded, ≥ 1). */
  protected abstract pauseFor(key: LimitKey, ms: number): void;
  /** A `concurrent` 429 for a call sent at `sentAt`: cut the key's cap (AIMD) and hold a slot for `holdMs`. */
  protected abstract rejectConcurrency(key: LimitKey, sentAt: number, holdMs: number): void;
  protected abstract usage(key: LimitKey, limits: XeroLimits, now: number): KeyUsage;
  /** Forget idle records; called from calls a few times per day window, so no timer is needed. */
  protected abstract sweep(now: number): void;
  /** Release timers, limiters and connections; queued calls have been refused already. */
  protected abstract release(): Promise<void>;

  // --- LimitsEngine ---

  schedule<T>(key: LimitKey, options: ScheduleOptions, fn: (grant: CallGrant) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(engineClosed(key));
    const invalid = validateSchedule(key, options, fn);
    if (invalid !== undefined) return Promise.reject(invalid);

    const now = Date.now();
    if (now - this.lastSweep >= this.dayMs / 4) {
      this.lastSweep = now;
      this.sweep(now);
    }
    let slot: S;
    try {
      slot = this.slotFor(key);
    } catch (error) {
      return Promise.reject(error); // limitsFor() returned something unusable
    }

    // Day budget first: a spent day fails at once and never queues.
    if (key.tenantId !== null) {
      const closedUntil = this.dayClosedUntil(slot);
      if (closedUntil > now) return Promise.reject(dayLimitReached(key, closedUntil - now));
      const full = this.dayFullFor(slot, slot.queuedInteractive + slot.queuedBatch, now);
      if (full > 0) return Promise.reject(dayBudgetFull(key, this.limits.get(key.clientId).perDay, full));
    }
    const signal = options.signal;
    if (signal?.aborted) return Promise.reject(abortedBeforeQueued(key, signal));
    const interactive = options.priority === 'interactive';
    const useReserve = options.mayUseReserve || this.reserve === 0 || key.tenantId === null;
    const deadline = options.deadline;
    const weight = options.weight ?? 1;
    if (
      deadline !== undefined &&
      this.earliestStart(slot, interactive, useReserve, now, weight) >= deadline
    ) {
      return Promise.reject(deadlineUnreachable(key, deadline, now));
    }

    return new Promise<T>((resolve, reject) => {
      const call: QueuedCall<S> = {
        state: 'queued',
        key,
        slot,
        options,
        interactive,
        useReserve,
        fn,
        resolve: resolve as (value: unknown) => void,
        reject,
        seq: this.seq++,
        timer: undefined,
        onAbort: undefined,
      };
      this.queued.add(call);
      if (interactive) slot.queuedInteractive++;
      else slot.queuedBatch++;
      if (deadline !== undefined) {
        this.deadlineTimers++;
        call.timer = setTimeout(
          () => {
            call.timer = undefined;
            this.deadlineTimers--;
            this.cancel(call, deadlineMissed(key));
          },
          Math.max(0, deadline - Date.now()),
        );
      }
      if (signal !== undefined) {
        call.onAbort = () => this.cancel(call, abortedWhileQueued(key, signal));
        signal.addEventListener('abort', call.onAbort, { once: true });
      }
      this.admit(call);
    });
  }

  observe(key: LimitKey, quota: RemainingQuota, grant?: CallGrant): void {
    if (this.closed || validateKey(key) !== undefined) return;
    // With the grant of a call of this app, the report answers that call: it was sent after the call
    // started. Without one nothing says when Xero answered, so it is taken as answering now. (Passed, not
    // found through AsyncLocalStorage: that would hook every promise of the host's process.)
    const timing = grant as CallTiming | undefined;
    const own = timing !== undefined && timing.clientId === key.clientId;
    if (own && quota.minute !== undefined) timing.answered = true;
    this.observeQuota(key, quota, own ? timing.startedAt : Date.now(), own ? timing.id : undefined);
  }

  releaseUnused(key: LimitKey, grant?: CallGrant): void {
    if (this.closed || validateKey(key) !== undefined) return;
    const timing = grant as CallTiming | undefined;
    // Only the call whose function is running: its store reads the mark when the function returns.
    if (timing !== undefined && timing.clientId === key.clientId) timing.unsent = true;
  }

  markDayExhausted(key: LimitKey, retryAfterMs: number): void {
    if (this.closed || validateKey(key) !== undefined || key.tenantId === null) return;
    const ms = boundedRetryAfterMs(retryAfterMs, this.dayMs, this.dayMs);
    this.closeDay(key, ms);
    this.logger.warn('day limit exhausted; failing calls fast', {
      clientId: key.clientId,
      tenantId: key.tenantId,
      retryAfterMs: ms,
    });
  }

  pause(key: LimitKey, retryAfterMs: number): void {
    if (this.closed || validateKey(key) !== undefined) return;
    const ms = boundedRetryAfterMs(retryAfterMs, this.minuteMs, this.dayMs);
    this.pauseFor(key, ms);
    this.logger.debug(key.tenantId === null ? 'app paused after a 429' : 'key paused after a 429', {
      clientId: key.clientId,
      tenantId: key.tenantId,
      retryAfterMs: ms,
    });
  }

  concurrencyRejected(key: LimitKey, sentAt: number): void {
    if (this.closed || validateKey(key) !== undefined || key.tenantId === null) return;
    if (!Number.isFinite(sentAt)) return;
    // One Xero second: about a call's length, the time another consumer needs to free its slot.
    const holdMs = Math.max(1, Math.round(this.minuteMs / 60));
    this.rejectConcurrency(key, sentAt, holdMs);
    this.logger.debug('concurrent 429: fewer calls in flight on the key', {
      clientId: key.clientId,
      tenantId: key.tenantId,
      holdMs,
    });
  }

  /** Throws InvalidArgumentError for a malformed key (a snapshot has no promise to reject). */
  snapshot(key: LimitKey): LimitSnapshot {
    const invalid = validateKey(key);
    if (invalid !== undefined) throw invalid;
    const now = Date.now();
    return snapshotOf(key, this.usage(key, this.limits.get(key.clientId), now), now);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const call of [...this.queued]) this.cancel(call, closedWhileQueued(call.key));
    await this.release();
  }

  // --- for the stores ---

  /** Calls queued in this engine right now. */
  protected get queuedCalls(): number {
    return this.queued.size;
  }

  /** `call` got its slot and units: it leaves the queue and counts as running. */
  protected begin(call: QueuedCall<S>): void {
    call.state = 'started';
    this.detach(call);
    call.slot.running++;
  }

  /**
   * Runs a begun call and settles its caller; the returned promise settles after that. `timing` is the
   * store's record of the call, filled in while it runs (whether Xero answered it with its count).
   */
  protected async execute(
    call: QueuedCall<S>,
    timing: CallTiming = { clientId: call.key.clientId, startedAt: Date.now() },
  ): Promise<void> {
    try {
      call.resolve(await call.fn(timing));
    } catch (error) {
      call.reject(error);
    } finally {
      call.slot.running--;
    }
  }

  /** Refuses a queued call now (no-op once it started or was refused). */
  protected cancel(call: QueuedCall<S>, error: unknown): void {
    if (call.state !== 'queued') return;
    call.state = 'cancelled';
    this.detach(call);
    call.reject(error);
  }

  /** Takes `call` out of the queue for good without settling it (the store hands it elsewhere). */
  protected handOver(call: QueuedCall<S>): void {
    call.state = 'started';
    this.detach(call);
  }

  private detach(call: QueuedCall<S>): void {
    this.queued.delete(call);
    if (call.interactive) call.slot.queuedInteractive--;
    else call.slot.queuedBatch--;
    if (call.timer !== undefined) {
      clearTimeout(call.timer);
      call.timer = undefined;
      this.deadlineTimers--;
    }
    if (call.onAbort !== undefined) call.options.signal?.removeEventListener('abort', call.onAbort);
    call.onAbort = undefined;
    this.withdraw(call);
  }
}
