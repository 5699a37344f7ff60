import { ConfigurationError } from '../errors/configuration-error.js';
import { ClosedError } from '../errors/infrastructure-errors.js';
import { DayLimitExceededError } from '../errors/rate-limit-error.js';
import { AbortedError, DeadlineExceededError } from '../errors/timing-errors.js';
import { type Logger, silentLogger } from '../logger.js';
import type { TimeScale } from '../time-scale.js';
import { BottleneckWindow, PRIORITY } from './bottleneck-sliding-window.js';
import { DayBudget } from './day-budget.js';
import { checkLimits, contextOf, definedOnly, validateKey, validateSchedule } from './engine-arguments.js';
import type {
  LimitKey,
  LimitSnapshot,
  LimitsEngine,
  RemainingQuota,
  ScheduleOptions,
  XeroLimits,
} from './limits-engine.js';
import type { WindowCounter, WindowStats } from './window-counter.js';
import { WindowGate } from './window-gate.js';
import { WindowReleaseQueue } from './window-release-queue.js';

export interface LocalLimitsEngineOptions {
  /** Xero's limits for an app (its tier and overrides applied). Called once per app and per new key. */
  limitsFor(clientId: string): XeroLimits;
  timeScale: TimeScale;
  /**
   * Calls per minute that only `mayUseReserve` calls may spend; the rest of the traffic on a key gets at
   * most `perMinute - interactiveReserve` (at least 1) per window.
   */
  interactiveReserve: number;
  logger?: Logger | undefined;
  /** Overrides the day window (real: 24 h × timeScale), in ms. For tests of day-log expiry. */
  dayWindowMs?: number | undefined;
}

/** Internal counts, for tests and the memory benchmark. */
export interface LimitsEngineDebugState {
  /** Keys with any state (a day log, units out, or calls). */
  keys: number;
  apps: number;
  /** Bottleneck instances alive: only keys with queued or running calls have one. */
  liveLimiters: number;
  queuedCalls: number;
  /** Pending window releases (one per start in the last window, plus resync batches). */
  pendingReleases: number;
  /** Timers this engine holds right now: release queue (0 or 1), pauses, call deadlines. */
  timers: number;
}

export interface LocalLimitsEngine extends LimitsEngine {
  /** Xero said the app-wide minute limit is hit: pause every call of the app for `retryAfterMs`. */
  pauseApp(clientId: string, retryAfterMs: number): void;
  debugState(): LimitsEngineDebugState;
}

/** Xero's windows in real ms, before scaling. */
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Timer slack so a unit never returns a hair early (Node timers round to whole ms). */
const RELEASE_SLACK_MS = 2;

/**
 * The in-process limits engine. A call on an (app, tenant) key passes, in order:
 *  1. the key's non-reserve gate (only calls that may not spend the interactive reserve),
 *  2. the key's Bottleneck window: 5 in flight, the minute window, interactive before batch,
 *  3. the app's gate: the app-wide minute window across tenants (tenantless calls go straight here),
 * holding a unit of each from its grant until one window after it ended. Plus a sliding day log per key,
 * resync from Xero's headers, pauses after a 429, deadlines and abort signals.
 */
export function createLocalLimitsEngine(options: LocalLimitsEngineOptions): LocalLimitsEngine {
  return new Engine(options);
}

interface AppState {
  limits: XeroLimits;
  gate: WindowGate;
}

interface KeyState {
  clientId: string;
  tenantId: string | null;
  limits: XeroLimits;
  /** Concurrency + minute window of the (app, tenant); undefined for a tenantless key. */
  tenant: BottleneckWindow | undefined;
  /** The minute window of calls that may not spend the interactive reserve; made on first such call. */
  nonReserve: WindowGate | undefined;
  day: DayBudget | undefined;
  queuedInteractive: number;
  queuedBatch: number;
  running: number;
  reported: RemainingQuota;
}

type CallState = 'queued' | 'started' | 'cancelled';

/** How a call holds its units on the way to the app gate, and how to give them back or finish. */
interface Ticket {
  /** Every window whose unit the call keeps until one window after it ended. */
  path: WindowCounter[];
  /** Cancelled before starting: return the units (and slot) taken so far, at once. */
  refund(): void;
  start(): void;
  /** The call ended: free its concurrency slot. */
  end(): void;
}

interface Call {
  state: CallState;
  key: KeyState;
  interactive: boolean;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

class Engine implements LocalLimitsEngine {
  private readonly limitsFor: (clientId: string) => XeroLimits;
  private readonly reserve: number;
  private readonly logger: Logger;
  private readonly minuteMs: number;
  private readonly dayMs: number;
  private readonly keys = new Map<string, KeyState>();
  private readonly apps = new Map<string, AppState>();
  private readonly queued = new Set<Call>();
  private readonly stats: WindowStats = { liveLimiters: 0, pauseTimers: 0 };
  private readonly releases: WindowReleaseQueue;
  private deadlineTimers = 0;
  private lastSweep = Date.now();
  private closed = false;

  constructor(options: LocalLimitsEngineOptions) {
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
    this.limitsFor = options.limitsFor;
    this.reserve = options.interactiveReserve;
    this.logger = options.logger ?? silentLogger;
    this.minuteMs = MINUTE_MS * options.timeScale.factor;
    this.dayMs = options.dayWindowMs ?? DAY_MS * options.timeScale.factor;
    this.releases = new WindowReleaseQueue(this.minuteMs + RELEASE_SLACK_MS);
  }

  schedule<T>(key: LimitKey, options: ScheduleOptions, fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new ClosedError('limits engine is closed', contextOf(key)));
    const invalid = validateSchedule(key, options, fn);
    if (invalid !== undefined) return Promise.reject(invalid);

    const now = Date.now();
    this.maybeSweep(now);
    let state: KeyState;
    try {
      state = this.keyState(key);
    } catch (error) {
      return Promise.reject(error); // limitsFor() returned something unusable
    }
    const ctx = contextOf(key);
    const interactive = options.priority === 'interactive';

    // Day budget first: a spent day fails at once and never queues.
    if (state.day !== undefined) {
      if (state.day.exhaustedUntil > now) {
        return Promise.reject(
          new DayLimitExceededError('day limit reached (Xero said so)', {
            ...ctx,
            retryAfterMs: state.day.exhaustedUntil - now,
          }),
        );
      }
      if (state.day.used(now) + state.queuedInteractive + state.queuedBatch >= state.day.limit) {
        return Promise.reject(
          new DayLimitExceededError(`day limit of ${state.day.limit} calls reached`, {
            ...ctx,
            retryAfterMs: state.day.msUntilOldestExpires(now),
          }),
        );
      }
    }
    if (options.signal?.aborted) {
      return Promise.reject(
        new AbortedError('call aborted before it was queued', { ...ctx, cause: options.signal.reason }),
      );
    }
    const useReserve = options.mayUseReserve || this.reserve === 0 || state.tenant === undefined;
    if (options.deadline !== undefined) {
      const earliest = this.earliestStart(state, interactive, useReserve, now);
      if (earliest >= options.deadline) {
        return Promise.reject(
          new DeadlineExceededError(
            options.deadline <= now ? 'deadline already passed' : 'cannot start before its deadline',
            ctx,
          ),
        );
      }
    }

    return new Promise<T>((resolve, reject) => {
      const call: Call = {
        state: 'queued',
        key: state,
        interactive,
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: undefined,
        signal: options.signal,
        onAbort: undefined,
      };
      this.queued.add(call);
      if (interactive) state.queuedInteractive++;
      else state.queuedBatch++;

      if (options.deadline !== undefined) {
        this.deadlineTimers++;
        call.timer = setTimeout(
          () => {
            call.timer = undefined;
            this.deadlineTimers--;
            this.cancel(call, new DeadlineExceededError('call did not start before its deadline', ctx));
          },
          Math.max(0, options.deadline - Date.now()),
        );
      }
      if (options.signal !== undefined) {
        const signal = options.signal;
        call.onAbort = () =>
          this.cancel(call, new AbortedError('call aborted while queued', { ...ctx, cause: signal.reason }));
        signal.addEventListener('abort', call.onAbort, { once: true });
      }

      this.route(call, fn, useReserve);
    });
  }

  observe(key: LimitKey, quota: RemainingQuota): void {
    if (this.closed || validateKey(key) !== undefined) return;
    const now = Date.now();
    const app = this.appState(key.clientId);
    if (quota.appMinute !== undefined) {
      this.resyncMinute(app.gate, [app.gate], quota.appMinute, key, 'app minute');
    }
    if (key.tenantId === null) return;
    const state = this.keyState(key);
    state.reported = { ...state.reported, ...definedOnly(quota) };
    if (quota.minute !== undefined && state.tenant !== undefined) {
      const windows: WindowCounter[] =
        state.nonReserve === undefined ? [state.tenant] : [state.tenant, state.nonReserve];
      this.resyncMinute(state.tenant, windows, quota.minute, key, 'minute');
    }
    if (quota.day !== undefined && state.day !== undefined) {
      const missing = state.day.resync(quota.day, now);
      if (missing > 0) {
        this.logger.debug('day budget resynced from Xero headers', {
          clientId: key.clientId,
          tenantId: key.tenantId,
          phantomCalls: missing,
        });
      }
    }
  }

  markDayExhausted(key: LimitKey, retryAfterMs: number): void {
    if (this.closed || validateKey(key) !== undefined || key.tenantId === null) return;
    const state = this.keyState(key);
    if (state.day === undefined) return;
    const until = Date.now() + Math.max(0, finiteOr(retryAfterMs, this.dayMs));
    state.day.exhaustedUntil = Math.max(state.day.exhaustedUntil, until);
    this.logger.warn('day limit exhausted; failing calls fast', {
      clientId: key.clientId,
      tenantId: key.tenantId,
      retryAfterMs,
    });
  }

  pause(key: LimitKey, retryAfterMs: number): void {
    if (this.closed || validateKey(key) !== undefined) return;
    if (key.tenantId === null) {
      this.pauseApp(key.clientId, retryAfterMs);
      return;
    }
    const state = this.keyState(key);
    if (state.tenant === undefined) return;
    state.tenant.pause(this.pauseUntil(retryAfterMs));
    this.logger.debug('key paused after a 429', {
      clientId: key.clientId,
      tenantId: key.tenantId,
      retryAfterMs,
    });
  }

  pauseApp(clientId: string, retryAfterMs: number): void {
    if (this.closed || typeof clientId !== 'string' || clientId === '') return;
    this.appState(clientId).gate.pause(this.pauseUntil(retryAfterMs));
    this.logger.debug('app paused after a 429', { clientId, retryAfterMs });
  }

  snapshot(key: LimitKey): LimitSnapshot {
    const limits = this.keys.get(mapKey(key))?.limits ?? this.apps.get(key.clientId)?.limits;
    const resolved = limits ?? this.limitsFor(key.clientId);
    const state = this.keys.get(mapKey(key));
    const app = this.apps.get(key.clientId);
    const now = Date.now();
    const appRemaining = app === undefined ? resolved.appPerMinute : app.gate.remaining;
    const keyRemaining = state?.tenant === undefined ? resolved.perMinute : state.tenant.remaining;
    const day = state?.day;
    const reported = state?.reported ?? {};
    const dayLocal = day === undefined ? resolved.perDay : Math.max(0, day.limit - day.used(now));
    return {
      queued: state === undefined ? 0 : state.queuedInteractive + state.queuedBatch,
      running: state?.running ?? 0,
      minuteRemaining: key.tenantId === null ? appRemaining : Math.min(keyRemaining, appRemaining),
      // A tenantless call is charged to no day limit.
      dayRemaining:
        key.tenantId === null
          ? Number.POSITIVE_INFINITY
          : day !== undefined && day.exhaustedUntil > now
            ? 0
            : Math.min(dayLocal, reported.day ?? dayLocal),
      reported: { ...reported },
      dayExhaustedUntil: day !== undefined && day.exhaustedUntil > now ? day.exhaustedUntil : undefined,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const call of [...this.queued]) {
      this.cancel(
        call,
        new ClosedError('limits engine closed while the call was queued', contextOf(call.key)),
      );
    }
    for (const state of this.keys.values()) {
      state.nonReserve?.stop();
      state.tenant?.stop();
    }
    for (const app of this.apps.values()) app.gate.stop();
    this.releases.close();
    this.keys.clear();
    this.apps.clear();
  }

  debugState(): LimitsEngineDebugState {
    return {
      keys: this.keys.size,
      apps: this.apps.size,
      liveLimiters: this.stats.liveLimiters,
      queuedCalls: this.queued.size,
      pendingReleases: this.releases.pending,
      timers: (this.releases.timerArmed ? 1 : 0) + this.stats.pauseTimers + this.deadlineTimers,
    };
  }

  // --- internals ---

  private keyState(key: LimitKey): KeyState {
    const id = mapKey(key);
    let state = this.keys.get(id);
    if (state !== undefined) return state;
    const app = this.appState(key.clientId);
    const limits = app.limits;
    state = {
      clientId: key.clientId,
      tenantId: key.tenantId,
      limits,
      tenant:
        key.tenantId === null
          ? undefined
          : new BottleneckWindow(limits.perMinute, limits.concurrent, this.stats),
      nonReserve: undefined,
      day: key.tenantId === null ? undefined : new DayBudget(limits.perDay, this.dayMs),
      queuedInteractive: 0,
      queuedBatch: 0,
      running: 0,
      reported: {},
    };
    this.keys.set(id, state);
    return state;
  }

  private appState(clientId: string): AppState {
    let app = this.apps.get(clientId);
    if (app !== undefined) return app;
    const limits = checkLimits(this.limitsFor(clientId), clientId);
    app = { limits, gate: new WindowGate(limits.appPerMinute, this.stats) };
    this.apps.set(clientId, app);
    return app;
  }

  private nonReserveGate(state: KeyState): WindowGate {
    // A non-reserve call holds a unit of this gate AND of the tenant window, so it can never spend more
    // than `perMinute - reserve` per window while the tenant total stays at `perMinute`.
    state.nonReserve ??= new WindowGate(Math.max(1, state.limits.perMinute - this.reserve), this.stats);
    return state.nonReserve;
  }

  /** Sends a queued call through its gates and windows (see the class comment for the order). */
  private route(call: Call, fn: () => Promise<unknown>, useReserve: boolean): void {
    const state = call.key;
    const appGate = this.appState(state.clientId).gate;
    const tenant = state.tenant;
    if (tenant === undefined) {
      appGate.acquire(call.interactive, () =>
        this.grant(call, fn, {
          path: [appGate],
          refund: () => {},
          start: () => {},
          end: () => {},
        }),
      );
      return;
    }
    const nonReserve = useReserve ? undefined : this.nonReserveGate(state);
    const path: WindowCounter[] =
      nonReserve === undefined ? [tenant, appGate] : [nonReserve, tenant, appGate];

    const enterTenant = (): boolean => {
      if (call.state !== 'queued') return false;
      if (tenant.tryFast()) {
        // Uncontended key: a slot and a unit straight from the counters, no Bottleneck job.
        appGate.acquire(call.interactive, () =>
          this.grant(call, fn, {
            path,
            refund: () => {
              nonReserve?.refund();
              tenant.fastCancelled();
            },
            start: () => tenant.fastStarted(),
            end: () => tenant.fastEnded(),
          }),
        );
        return true;
      }
      // Runs inside Bottleneck holding a concurrency slot and a tenant unit, until the call ends.
      const task = () =>
        new Promise<void>((done) => {
          const ticket: Ticket = {
            path,
            refund: () => {
              nonReserve?.refund();
              tenant.refund();
              done();
            },
            start: () => tenant.markStarted(),
            end: done,
          };
          if (call.state !== 'queued') ticket.refund();
          else appGate.acquire(call.interactive, () => this.grant(call, fn, ticket));
        });
      tenant.submit(call.interactive ? PRIORITY.interactive : PRIORITY.batch, task, (error) => {
        // Bottleneck rejects only when the limiter is stopped (close) with the job still waiting.
        if (error !== undefined && call.state === 'queued') {
          this.cancel(
            call,
            new ClosedError('limits engine closed while the call was queued', contextOf(state)),
          );
        }
      });
      return true;
    };
    if (nonReserve === undefined) enterTenant();
    else nonReserve.acquire(call.interactive, enterTenant);
  }

  /**
   * The app gate granted `call` its last unit: start it now, in this tick, or — if it was cancelled
   * meanwhile or the day ran out while it waited — refuse the unit and give back the earlier ones.
   */
  private grant(call: Call, fn: () => Promise<unknown>, ticket: Ticket): boolean {
    if (call.state !== 'queued') {
      ticket.refund();
      return false;
    }
    const state = call.key;
    const now = Date.now();
    if (state.day !== undefined && this.dayBlocked(state.day, now)) {
      ticket.refund();
      this.cancel(
        call,
        new DayLimitExceededError('day limit reached while the call was queued', {
          ...contextOf(state),
          retryAfterMs: this.dayRetryAfter(state.day, now),
        }),
      );
      return false;
    }
    this.markStarted(call);
    // The gates took their unit when they granted; the tenant window holds it from the start.
    ticket.start();
    state.day?.record(now);
    // Xero counts a call when the request ARRIVES, which is somewhere between our start and the response
    // (token lookup, socket queueing, event-loop stalls). Giving the unit back one window after the call
    // ENDS is the only point that is provably late enough under both window readings.
    void this.run(call, fn).finally(() => {
      this.releases.push(ticket.path, 1);
      ticket.end();
    });
    return true;
  }

  private async run(call: Call, fn: () => Promise<unknown>): Promise<void> {
    try {
      call.resolve(await fn());
    } catch (error) {
      call.reject(error);
    } finally {
      call.key.running--;
    }
  }

  /**
   * A lower bound on when a new call could start: the calls ahead of it (same or higher priority) need
   * `floor(ahead / limit)` more windows at the very least, and a pause holds everything until it ends.
   */
  private earliestStart(state: KeyState, interactive: boolean, useReserve: boolean, now: number): number {
    const appGate = this.appState(state.clientId).gate;
    const window: WindowCounter = state.tenant ?? appGate;
    const limit = useReserve || state.nonReserve === undefined ? window.limit : state.nonReserve.limit;
    const ahead = interactive ? state.queuedInteractive : state.queuedInteractive + state.queuedBatch;
    const paused = Math.max(window.pausedUntil, appGate.pausedUntil);
    return Math.max(now, paused, now + this.minuteMs * Math.floor(ahead / limit));
  }

  private resyncMinute(
    window: WindowCounter,
    windows: WindowCounter[],
    remaining: number,
    key: LimitKey,
    what: string,
  ): void {
    // Our starts of the last window are all in `used` (we assume Xero counted every call we started,
    // even those still in flight, so our own traffic is never counted twice); the excess was spent by
    // someone else. Hold it for one window: conservative under both the fixed and the rolling reading.
    const missing = window.limit - remaining - window.used;
    if (missing <= 0) return;
    for (const w of windows) w.take(missing);
    this.releases.push(windows, missing);
    this.logger.debug(`${what} budget resynced from Xero headers`, {
      clientId: key.clientId,
      tenantId: key.tenantId,
      phantomCalls: missing,
    });
  }

  private dayBlocked(day: DayBudget, now: number): boolean {
    return day.exhaustedUntil > now || day.used(now) >= day.limit;
  }

  private dayRetryAfter(day: DayBudget, now: number): number {
    return day.exhaustedUntil > now ? day.exhaustedUntil - now : day.msUntilOldestExpires(now);
  }

  private pauseUntil(retryAfterMs: number): number {
    // Bounded: a garbage or huge Retry-After never pauses a key for more than one day window.
    const ms = Math.min(Math.max(0, finiteOr(retryAfterMs, this.minuteMs)), this.dayMs);
    return Date.now() + ms;
  }

  private markStarted(call: Call): void {
    call.state = 'started';
    this.detach(call);
    call.key.running++;
  }

  /** Fails a queued call now; its Bottleneck job stays queued and returns its units when it runs. */
  private cancel(call: Call, error: Error): void {
    if (call.state !== 'queued') return;
    call.state = 'cancelled';
    this.detach(call);
    call.reject(error);
  }

  private detach(call: Call): void {
    this.queued.delete(call);
    if (call.interactive) call.key.queuedInteractive--;
    else call.key.queuedBatch--;
    if (call.timer !== undefined) {
      clearTimeout(call.timer);
      call.timer = undefined;
      this.deadlineTimers--;
    }
    if (call.onAbort !== undefined) call.signal?.removeEventListener('abort', call.onAbort);
    call.onAbort = undefined;
  }

  /**
   * Forgets keys whose windows are idle and whose day log has aged out. Lazy (runs from calls, a few
   * times per day window) so an idle engine keeps no timer, yet 30k one-call keys do not stay forever.
   */
  private maybeSweep(now: number): void {
    if (now - this.lastSweep < this.dayMs / 4) return;
    this.lastSweep = now;
    for (const [id, state] of this.keys) {
      const idle =
        state.queuedInteractive + state.queuedBatch + state.running === 0 &&
        (state.tenant?.idle ?? true) &&
        (state.nonReserve?.idle ?? true) &&
        (state.day?.isEmpty(now) ?? true);
      if (idle) this.keys.delete(id);
    }
    for (const [clientId, app] of this.apps) {
      if (app.gate.idle && !this.hasKeysOf(clientId)) this.apps.delete(clientId);
    }
  }

  private hasKeysOf(clientId: string): boolean {
    for (const state of this.keys.values()) if (state.clientId === clientId) return true;
    return false;
  }
}

function mapKey(key: LimitKey): string {
  return key.tenantId === null ? `${key.clientId}\u0000` : `${key.clientId}\u0000${key.tenantId}`;
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}
