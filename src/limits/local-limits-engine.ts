import { AdaptiveConcurrency } from './adaptive-concurrency.js';
import { AppGate } from './app-gate.js';
import { ArrivalLedger, type CallTiming, outsideShare } from './arrival-accounting.js';
import { BottleneckWindow, PRIORITY } from './bottleneck-sliding-window.js';
import { DayBudget } from './day-budget.js';
import { definedOnly } from './engine-arguments.js';
import type { FairMember } from './fair-queue.js';
import { FixedWindowPhase } from './fixed-window-phase.js';
import { closedWhileQueued, dayLimitWhileQueued } from './limit-errors.js';
import { limitKeyId } from './limit-key-id.js';
import type { KeyUsage } from './limit-snapshot.js';
import { LimitsCore, type LimitsCoreOptions } from './limits-core.js';
import type { LimitKey, LimitsEngine, RemainingQuota, XeroLimits } from './limits-engine.js';
import { LocalOutageStore } from './outage-store.js';
import { OutsideReservation } from './outside-reservation.js';
import type { KeyCalls, QueuedCall } from './queued-call.js';
import type { WindowCounter, WindowStats } from './window-counter.js';
import { type GateLending, type GateWaiter, WindowGate } from './window-gate.js';
import { WindowReleaseQueue } from './window-release-queue.js';

export type LocalLimitsEngineOptions = LimitsCoreOptions;

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
  /**
   * Timers this engine holds right now: release queue (0 or 1), pauses, outside holds, call deadlines,
   * app gates' pacing (0 or 1 per app).
   */
  timers: number;
}

export interface LocalLimitsEngine extends LimitsEngine {
  debugState(): LimitsEngineDebugState;
}

/** Timer slack so a unit never returns a hair early (Node timers round to whole ms). */
const RELEASE_SLACK_MS = 2;

/**
 * The in-process limits engine. A call on an (app, tenant) key passes, in order:
 *  1. the key's non-reserve gate (only calls that may not spend the interactive reserve),
 *  2. the key's Bottleneck window: 5 in flight, the minute window, interactive before batch,
 *  3. the app's gate (AppGate): the app-wide minute window across tenants, batch calls paced and served
 *     fairly across the app's keys, a reserve kept for user actions (tenantless calls go straight here),
 * holding a unit of each from its grant until one window after it ended. Plus a sliding day log per key,
 * resync from Xero's headers and pauses after a 429; deadlines, aborts and the rest are the core's.
 */
export function createLocalLimitsEngine(options: LocalLimitsEngineOptions): LocalLimitsEngine {
  return new InProcessWindows(options);
}

interface AppState {
  limits: XeroLimits;
  gate: AppGate;
  /** Batch calls queued at the gate and not cancelled, for the deadline check (the gate keeps cancelled ones). */
  waiting: Set<Call>;
  /** The app's calls (every tenant), for arrival-ordered resync of the app minute. */
  ledger: ArrivalLedger;
  outside: OutsideReservation;
}

interface KeyState extends KeyCalls, FairMember {
  clientId: string;
  /** Of the key's calls, the batch ones in `AppState.waiting`. */
  atAppGate: number;
  limits: XeroLimits;
  /** Concurrency + minute window of the (app, tenant); undefined for a tenantless key. */
  tenant: BottleneckWindow | undefined;
  /** The minute window of calls that may not spend the interactive reserve; made on first such call. */
  nonReserve: WindowGate | undefined;
  day: DayBudget | undefined;
  reported: RemainingQuota;
  /** The adaptive cap on calls in flight, made on the first `concurrent` 429; dropped once back at the limit. */
  concurrency: AdaptiveConcurrency | undefined;
  /** The key's calls, for arrival-ordered resync of its minute; undefined for a tenantless key. */
  ledger: ArrivalLedger | undefined;
  /**
   * Units held for a learnt outside consumer of the key's minute: made on the first report that proves
   * one (most keys never see one); always undefined for a tenantless key.
   */
  outside: OutsideReservation | undefined;
  /** Where Xero's fixed minute window starts, once a report proves it counts in fixed windows. */
  phase: FixedWindowPhase | undefined;
  /** When a call that may spend the interactive reserve last arrived or started (epoch ms). */
  reserveAt: number;
}

type Call = QueuedCall<KeyState>;

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

/** The in-process window store: Bottleneck windows, window gates and day logs in this process's memory. */
class InProcessWindows extends LimitsCore<KeyState> implements LocalLimitsEngine {
  private readonly keys = new Map<string, KeyState>();
  private readonly apps = new Map<string, AppState>();
  private readonly stats: WindowStats = { liveLimiters: 0, pauseTimers: 0, reservationTimers: 0 };
  private readonly releases: WindowReleaseQueue;
  /** Outages seen by this process: one prober per scope. */
  readonly outages = new LocalOutageStore();

  constructor(options: LocalLimitsEngineOptions) {
    super(options);
    this.releases = new WindowReleaseQueue(this.minuteMs + RELEASE_SLACK_MS);
  }

  debugState(): LimitsEngineDebugState {
    return {
      keys: this.keys.size,
      apps: this.apps.size,
      liveLimiters: this.stats.liveLimiters,
      queuedCalls: this.queuedCalls,
      pendingReleases: this.releases.pending,
      timers:
        (this.releases.timerArmed ? 1 : 0) +
        this.stats.pauseTimers +
        this.stats.reservationTimers +
        this.deadlineTimers +
        this.paceTimers(),
    };
  }

  // --- the window store ---

  protected slotFor(key: LimitKey): KeyState {
    const id = limitKeyId(key);
    let state = this.keys.get(id);
    if (state !== undefined) return state;
    const limits = this.appState(key.clientId).limits;
    state = {
      clientId: key.clientId,
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
      ledger: key.tenantId === null ? undefined : new ArrivalLedger(this.minuteMs),
      outside: undefined,
      phase: undefined,
      reserveAt: Number.NEGATIVE_INFINITY,
      concurrency: undefined,
      fairFinish: 0,
      atAppGate: 0,
    };
    this.keys.set(id, state);
    return state;
  }

  protected dayClosedUntil(state: KeyState): number {
    return state.day?.exhaustedUntil ?? 0;
  }

  protected dayFullFor(state: KeyState, queued: number, now: number): number {
    const day = state.day;
    if (day === undefined || day.used(now) + queued < day.limit) return 0;
    return day.msUntilOldestExpires(now);
  }

  /**
   * A lower bound on when a new call could start: the calls ahead of it (same or higher priority) need
   * `floor(ahead / limit)` more windows at the very least, and a pause holds everything until it ends.
   * A batch call on a tenant key also waits at the app gate: paced, behind its key's queued batch calls
   * and, if its fair turn comes after theirs, behind every other key's call queued there now.
   */
  protected earliestStart(
    state: KeyState,
    interactive: boolean,
    useReserve: boolean,
    now: number,
    weight: number,
  ): number {
    const app = this.appState(state.clientId);
    const appGate = app.gate;
    const window: WindowCounter = state.tenant ?? appGate;
    const limit = useReserve || state.nonReserve === undefined ? window.limit : state.nonReserve.limit;
    const ahead = interactive ? state.queuedInteractive : state.queuedInteractive + state.queuedBatch;
    const paused = Math.max(window.pausedUntil, appGate.pausedUntil);
    const earliest = Math.max(now, paused, now + this.minuteMs * Math.floor(ahead / limit));
    if (interactive || state.tenant === undefined) return earliest;
    // A call that may spend the reserve can overtake the key's non-reserve calls (held in their own gate):
    // then only those already at the app gate are surely ahead of it.
    const ownAhead = useReserve && state.nonReserve !== undefined ? state.atAppGate : state.queuedBatch;
    const others = app.waiting.size - state.atAppGate;
    return Math.max(earliest, appGate.batchStartBound(state, weight, ownAhead, state.atAppGate, others, now));
  }

  /** Sends a queued call through its gates and windows (see the engine comment for the order). */
  protected admit(call: Call): void {
    const state = call.slot;
    const app = this.appState(state.clientId);
    const appGate = app.gate;
    const tenant = state.tenant;
    if (tenant === undefined) {
      this.enterApp(app, call, () =>
        this.grant(call, { path: [appGate], refund: noop, start: noop, end: noop }),
      );
      return;
    }
    this.adaptConcurrency(state);
    // A user action arrived: the reserve is no longer lent (see nonReserveLimit).
    if (call.interactive && call.useReserve) state.reserveAt = Date.now();
    const nonReserve = call.useReserve ? undefined : this.nonReserveGate(state);
    const path: WindowCounter[] =
      nonReserve === undefined ? [tenant, appGate] : [nonReserve, tenant, appGate];

    const enterTenant = (): boolean => {
      if (call.state !== 'queued') return false;
      if (tenant.tryFast()) {
        // Uncontended key: a slot and a unit straight from the counters, no Bottleneck job.
        // The ticket is made on grant: a call waiting at the app gate holds one closure, not four.
        this.enterApp(app, call, () =>
          this.grant(call, {
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
          else this.enterApp(app, call, () => this.grant(call, ticket));
        });
      tenant.submit(call.interactive ? PRIORITY.interactive : PRIORITY.batch, task, (error) => {
        // Bottleneck rejects only when the limiter is stopped (close) with the job still waiting.
        if (error !== undefined) this.cancel(call, closedWhileQueued(call.key));
      });
      return true;
    };
    if (nonReserve === undefined) enterTenant();
    else nonReserve.acquire(call.interactive, enterTenant);
  }

  protected withdraw(call: Call): void {
    // A cancelled call's Bottleneck job stays queued and returns its units when it runs; at the app gate
    // its waiter stays too (and refuses the unit), but no longer counts for the deadline check.
    this.leftAppGate(call);
  }

  protected observeQuota(key: LimitKey, quota: RemainingQuota, sentAt: number): void {
    const now = Date.now();
    const app = this.appState(key.clientId);
    if (quota.appMinute !== undefined) {
      this.resyncMinute(
        app.ledger,
        () => app.outside,
        app.gate.limit,
        quota.appMinute,
        sentAt,
        now,
        key,
        'app minute',
      );
    }
    if (key.tenantId === null) return;
    const state = this.slotFor(key);
    state.reported = { ...state.reported, ...definedOnly(quota) };
    if (quota.minute !== undefined && state.tenant !== undefined && state.ledger) {
      state.ledger.reported(sentAt, now, quota.minute);
      // A spent minute (0 left) is most likely a 429 Xero did not count: the reset evidence allows for it.
      if (quota.minute === 0 || quota.appMinute === 0) state.ledger.refused(now);
      const count = state.tenant.limit - quota.minute;
      const after = state.ledger.resetAfter(sentAt, now, count);
      if (after !== undefined) {
        if (state.phase === undefined) {
          state.phase = new FixedWindowPhase(this.minuteMs);
          this.logger.debug(
            'Xero counts this minute in fixed windows (a report counted fewer calls than ours)',
            {
              clientId: key.clientId,
              tenantId: key.tenantId,
              resetAfter: after,
              resetBy: now,
            },
          );
        }
        state.phase.reset(after, now);
      }
      this.resyncMinute(
        state.ledger,
        (make) => {
          if (make)
            state.outside ??= new OutsideReservation(() => windowsOf(state), this.minuteMs, this.stats);
          return state.outside;
        },
        state.tenant.limit,
        quota.minute,
        sentAt,
        now,
        key,
        'minute',
        state.phase,
      );
    }
    if (quota.day !== undefined && state.day !== undefined) {
      const missing = state.day.resync(quota.day, now);
      if (missing > 0) this.logResync('day', key, missing);
    }
  }

  protected closeDay(key: LimitKey, ms: number): void {
    const day = this.slotFor(key).day;
    if (day !== undefined) day.exhaustedUntil = Math.max(day.exhaustedUntil, Date.now() + ms);
  }

  protected pauseFor(key: LimitKey, ms: number): void {
    const window = key.tenantId === null ? this.appState(key.clientId).gate : this.slotFor(key).tenant;
    window?.pause(Date.now() + ms);
  }

  protected rejectConcurrency(key: LimitKey, sentAt: number, holdMs: number): void {
    const state = this.slotFor(key);
    const tenant = state.tenant;
    if (tenant === undefined) return;
    state.concurrency ??= new AdaptiveConcurrency(state.limits.concurrent, this.minuteMs);
    const now = Date.now();
    if (state.concurrency.rejected(sentAt, now)) tenant.setConcurrency(state.concurrency.current(now));
    state.ledger?.refused(now);
    tenant.holdSlot(holdMs);
  }

  protected usage(key: LimitKey, limits: XeroLimits, now: number): KeyUsage {
    const state = this.keys.get(limitKeyId(key));
    const app = this.apps.get(key.clientId);
    return {
      limits,
      queued: state === undefined ? 0 : state.queuedInteractive + state.queuedBatch,
      running: state?.running ?? 0,
      minuteHeld: state?.tenant?.inUse ?? 0,
      appMinuteHeld: app?.gate.inUse ?? 0,
      dayUsed: state?.day?.used(now) ?? 0,
      dayExhaustedUntil: state?.day?.exhaustedUntil ?? 0,
      reported: state?.reported ?? {},
      concurrencyCap: state?.concurrency?.current(now),
    };
  }

  /**
   * Forgets keys whose windows are idle and whose day log has aged out, so 30k one-call keys do not
   * stay forever.
   */
  protected sweep(now: number): void {
    for (const [id, state] of this.keys) {
      const idle =
        state.queuedInteractive + state.queuedBatch + state.running === 0 &&
        (state.tenant?.idle ?? true) &&
        (state.nonReserve?.idle ?? true) &&
        (state.day?.isEmpty(now) ?? true);
      if (idle) this.keys.delete(id);
    }
    for (const [clientId, app] of this.apps) {
      if (app.gate.idle && app.waiting.size === 0 && !this.hasKeysOf(clientId)) this.apps.delete(clientId);
    }
  }

  protected async release(): Promise<void> {
    for (const state of this.keys.values()) {
      state.outside?.stop();
      state.nonReserve?.stop();
      state.tenant?.stop();
    }
    for (const app of this.apps.values()) {
      app.outside.stop();
      app.gate.stop();
    }
    this.releases.close();
    this.keys.clear();
    this.apps.clear();
  }

  // --- internals ---

  private appState(clientId: string): AppState {
    let app = this.apps.get(clientId);
    if (app !== undefined) return app;
    const limits = this.limits.get(clientId);
    const gate = new AppGate(limits.appPerMinute, this.appReserveShare, this.minuteMs, this.stats);
    app = {
      limits,
      gate,
      waiting: new Set(),
      ledger: new ArrivalLedger(this.minuteMs),
      outside: new OutsideReservation(() => [gate], this.minuteMs, this.stats),
    };
    this.apps.set(clientId, app);
    return app;
  }

  /**
   * Queues `call` (its `waiter` grants it the app unit) at its app's gate: a batch call on a tenant key in the
   * fair, paced batch queue under its key's weight; an interactive or tenantless call ahead of them.
   */
  private enterApp(app: AppState, call: Call, waiter: GateWaiter): void {
    if (call.interactive || call.slot.tenant === undefined) {
      app.gate.acquireInteractive(waiter, call.interactive);
      return;
    }
    app.waiting.add(call);
    call.slot.atAppGate++;
    app.gate.acquireBatch(call.slot, call.options.weight ?? 1, waiter);
  }

  /** `call` left the app gate's batch queue (granted, refused, or cancelled while there). */
  private leftAppGate(call: Call): void {
    if (call.interactive || call.slot.tenant === undefined) return;
    if (this.apps.get(call.slot.clientId)?.waiting.delete(call) === true) call.slot.atAppGate--;
  }

  private paceTimers(): number {
    let n = 0;
    for (const app of this.apps.values()) if (app.gate.timerArmed) n++;
    return n;
  }

  /** Gives back the slots adaptive concurrency earned since the last look (one per clean window). */
  private adaptConcurrency(state: KeyState): void {
    const concurrency = state.concurrency;
    if (concurrency === undefined || state.tenant === undefined) return;
    state.tenant.setConcurrency(concurrency.current(Date.now()));
    if (concurrency.atLimit) state.concurrency = undefined;
  }

  /**
   * The non-reserve share of a key's window. The interactive reserve exists for WAITING user actions, so
   * while none has arrived for a window (and no interactive call is queued) it is lent to batch work: all
   * of it but one unit, which the next user action starts on at once. A user action takes the reserve back
   * at once: from its arrival, batch starts only while it holds less than `perMinute - reserve` (units
   * already lent stay spent for their window; units coming back go to interactive calls first), until a
   * window passes without one.
   *
   * Every non-reserve grant is paced (WindowGate's lending), one per slot (window / perMinute), after a
   * burst of `concurrent` on an idle gate: batch work spread evenly over the window gets its units back one
   * per slot a window later, so user actions arriving while it saturates the key find one within about a
   * slot. Only lent units were paced before: the unlent share went at once and came back together, and
   * returning units counted as lent were held back by the pacing (batch-only 0.94 of the minute); units
   * lent at once, unpaced, were out together until a window later (interactive p95 1.6 s at a 50 ms slot).
   * Paced at one per slot, 59 units held for a window plus the call each give batch-only traffic
   * 59/60 × window / (window + call) of the minute.
   */
  private nonReserveLimit(state: KeyState): number {
    const base = this.nonReserveShare(state);
    const userActive = state.queuedInteractive > 0 || Date.now() - state.reserveAt < this.minuteMs;
    return userActive ? base : Math.max(base, state.limits.perMinute - 1);
  }

  /** How every key's non-reserve gate lends the reserve and paces (one object for the engine, asked per key). */
  private readonly lending: GateLending<KeyState> = {
    limit: (state) => this.nonReserveLimit(state),
    paceMs: (state) => this.minuteMs / state.limits.perMinute,
    burst: (state) => state.limits.concurrent,
  };

  /** The share of a key's window non-reserve calls get while user actions come. */
  private nonReserveShare(state: KeyState): number {
    return Math.max(1, state.limits.perMinute - this.reserve);
  }

  private nonReserveGate(state: KeyState): WindowGate {
    // A non-reserve call holds a unit of this gate AND of the tenant window, so it can never spend more
    // than the non-reserve share per window while the tenant total stays at `perMinute`.
    if (state.nonReserve === undefined) {
      state.nonReserve = new WindowGate(
        this.nonReserveLimit(state),
        this.stats,
        this.lending as GateLending,
        state,
      );
      state.outside?.apply(Date.now()); // an outside consumer learnt before holds here too
    }
    return state.nonReserve;
  }

  /**
   * The app gate granted `call` its last unit: start it now, in this tick, or — if it was cancelled
   * meanwhile or the day ran out while it waited — refuse the unit and give back the earlier ones.
   */
  private grant(call: Call, ticket: Ticket): boolean {
    this.leftAppGate(call);
    if (call.state !== 'queued') {
      ticket.refund();
      return false;
    }
    const day = call.slot.day;
    const now = Date.now();
    if (day !== undefined && (day.exhaustedUntil > now || day.used(now) >= day.limit)) {
      ticket.refund();
      const retryAfterMs =
        day.exhaustedUntil > now ? day.exhaustedUntil - now : day.msUntilOldestExpires(now);
      this.cancel(call, dayLimitWhileQueued(call.key, retryAfterMs));
      return false;
    }
    this.begin(call);
    if (call.interactive && call.useReserve) call.slot.reserveAt = now;
    // The gates took their unit when they granted; the tenant window holds it from the start.
    ticket.start();
    day?.record(now);
    const ledgers = [call.slot.ledger, this.appState(call.slot.clientId).ledger];
    for (const ledger of ledgers) ledger?.started(now);
    const timing: CallTiming = { clientId: call.key.clientId, startedAt: now };
    // Xero counts a call when the request ARRIVES, which is somewhere between our start and the response
    // (token lookup, socket queueing, event-loop stalls). Giving the unit back one window after the call
    // ENDS is the only point that is provably late enough under both window readings.
    void this.execute(call, timing).finally(() => {
      const end = Date.now();
      for (const ledger of ledgers) ledger?.ended(end, now, timing.answered === true);
      if (timing.unsent === true) {
        // Never sent (releaseUnused): Xero did not count it, so nothing holds its units for a window.
        for (const window of ticket.path) window.giveBack(1);
        day?.unrecord(now);
      } else {
        this.releases.push(ticket.path, 1);
      }
      ticket.end();
      // A queue that sees no new call still earns its slots back as its calls end.
      this.adaptConcurrency(call.slot);
    });
    return true;
  }

  /**
   * Arrival-ordered resync of a minute window: Xero's count less the most calls of ours it could have
   * seen when it answered proves an outside consumer; the window then holds its share for as long as
   * reports keep confirming it (OutsideReservation), instead of re-learning it every window.
   */
  private resyncMinute(
    ledger: ArrivalLedger,
    /**
     * The window's reservation; made on first need (`make`: only a report that proves an outside
     * consumer), else undefined until then.
     */
    outside: (make: boolean) => OutsideReservation | undefined,
    limit: number,
    remaining: number,
    sentAt: number,
    now: number,
    key: LimitKey,
    what: string,
    /** Xero's fixed window, once proven: ours are counted from its start, and a share kept across it. */
    phase?: FixedWindowPhase,
  ): void {
    const fixed = phase?.isKnown === true ? phase : undefined;
    const from = fixed?.windowStartFor(sentAt);
    const seen = ledger.seenBy(sentAt, now, from);
    if (seen === undefined) return; // the call is older than the ledger's memory: no evidence
    // Under a fixed window, our calls Xero answered with a higher count than this report's are not in it.
    const ours = from === undefined ? seen : seen - ledger.notSeenBy(remaining, from, now);
    const calls = outsideShare(limit, remaining, ours, ledger.startedAfter(sentAt, now));
    // Logged when learnt, not on every confirmation: a steady consumer is one line, not one per call.
    let learnt = false;
    if (fixed !== undefined) {
      // The call arrived between `sentAt` and `now`: a proof is placed at the latest (the consumer had spent
      // by then), a refutation at the earliest; a reset in between places a proof at the window's end.
      const sent = fixed.fraction(sentAt);
      const read = fixed.fraction(now);
      const at = calls > 0 ? (read.at < sent.at ? 1 : read.at) : sent.at;
      // Only an existing reservation has a share to keep or lower; a first proof makes one.
      const reservation = outside(calls > 0);
      if (reservation?.observeFixed(calls, at, sent.uncertainty, now) === true) learnt = true;
    }
    if (calls <= 0) return;
    const reservation = outside(true) as OutsideReservation;
    if (reservation.confirm(calls, now) || learnt) this.logResync(what, key, reservation.holding);
  }

  private logResync(what: string, key: LimitKey, outsideCalls: number): void {
    this.logger.debug(`${what} budget resynced from Xero headers`, {
      clientId: key.clientId,
      tenantId: key.tenantId,
      outsideCalls,
    });
  }

  private hasKeysOf(clientId: string): boolean {
    for (const state of this.keys.values()) if (state.clientId === clientId) return true;
    return false;
  }
}

function noop(): void {}

/** The minute windows a key's outside consumer is held in. */
function windowsOf(state: KeyState): WindowCounter[] {
  const windows: WindowCounter[] = [];
  if (state.tenant !== undefined) windows.push(state.tenant);
  if (state.nonReserve !== undefined) windows.push(state.nonReserve);
  return windows;
}
