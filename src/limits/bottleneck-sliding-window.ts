/**
 * The only module that touches Bottleneck (2.19.5, unmaintained since 2019): the engine sees a
 * `BottleneckWindow`, so the library can be swapped without touching anything else.
 *
 * Why not `reservoirRefreshInterval`: Bottleneck refreshes the reservoir on a fixed window anchored at
 * limiter creation, so a burst straddling a refresh lets 2x the limit through in one real minute (measured).
 * Instead the reservoir starts at `limit`, is never refreshed, and every unit a job takes is given back
 * one window (+2 ms) after that job's call ENDED (WindowReleaseQueue). An idle limiter keeps no timer.
 */
import Bottleneck from 'bottleneck';
import { WindowCounter, type WindowStats } from './window-counter.js';

/** Bottleneck priorities: 0 runs first, 9 last. */
export const PRIORITY = { interactive: 2, batch: 6 } as const;

/**
 * One (app, tenant)'s concurrency and minute window, with priorities. Here `held` counts started calls
 * (and phantom/pause units); Bottleneck's reservoir additionally counts jobs it dispatched that have not
 * started yet (they wait for the app gate), so a job holds its unit from dispatch to its end + one window.
 *
 * Fast path: while the key has no limiter (nothing queued), a call that fits is granted with plain
 * counters and no Bottleneck instance at all. A limiter costs ~5 KB plus ~6 KB per queued job (measured),
 * so 30k keys each seeing one call at once would need ~350 MB; with the fast path only contended keys pay.
 * When contention starts while fast calls are still in flight, the new limiter gets one top-priority
 * "slot holder" job per such call, which keeps a concurrency slot until that call ends (Bottleneck rejects
 * `maxConcurrent: 0`, so lowering the setting cannot express five fast calls in flight).
 */
export class BottleneckWindow extends WindowCounter {
  /** The limiter and its bookkeeping while the key is contended; undefined on the fast path. */
  private contended: Contention | undefined;
  /** Fast-path calls granted and not ended (they hold a concurrency slot). */
  private fastRunning = 0;
  /** Of those, the ones not started yet (they hold a unit not yet in `held`). */
  private fastPending = 0;
  /** Brief slot holds after a `concurrent` 429, with their timers, until they end (made on first need). */
  private holds: Set<NodeJS.Timeout> | undefined;

  constructor(
    limit: number,
    /** Calls in flight: Xero's limit, lowered by adaptive concurrency after `concurrent` 429s. */
    private maxConcurrent: number,
    stats: WindowStats,
  ) {
    super(limit, stats);
  }

  get idle(): boolean {
    return (
      this.contended === undefined &&
      this.held === 0 &&
      this.fastRunning === 0 &&
      !this.paused &&
      (this.holds === undefined || this.holds.size === 0)
    );
  }

  /** Calls in flight allowed from now on (adaptive concurrency); calls already running go on. */
  setConcurrency(maxConcurrent: number): void {
    if (maxConcurrent === this.maxConcurrent || maxConcurrent < 1) return;
    this.maxConcurrent = maxConcurrent;
    void this.contended?.limiter.updateSettings({ maxConcurrent });
  }

  /**
   * Keeps the next free concurrency slot (and no unit) for `ms`: Xero just said its slots are taken by
   * someone else, so one call less goes out for a moment instead of the whole window pausing.
   */
  holdSlot(ms: number): void {
    if (this.stopped) return;
    const contended = this.contended;
    if (contended === undefined) {
      // Fast path: the hold counts as a fast call; a limiter made meanwhile gets a slot holder for it.
      this.fastRunning++;
      this.stats.pauseTimers++;
      this.holds ??= new Set();
      const holds = this.holds;
      const timer = setTimeout(() => {
        holds.delete(timer);
        this.stats.pauseTimers--;
        this.fastEnded();
      }, ms);
      holds.add(timer);
      return;
    }
    // A top-priority job holding a slot; it takes a reservoir unit, so the reservoir is raised by one.
    void contended.limiter.incrementReservoir(1);
    contended.submitted++;
    contended.limiter
      .schedule({ priority: 0 }, () => new Promise<void>((resolve) => this.holdFor(ms, resolve)))
      .then(
        () => this.settle(contended, noop),
        () => this.settle(contended, noop),
      );
  }

  /** Grants a slot and a unit without Bottleneck if nothing is queued on the key and both are free. */
  tryFast(): boolean {
    if (this.contended !== undefined || this.stopped) return false;
    if (this.fastRunning >= this.maxConcurrent || this.held + this.fastPending >= this.limit) return false;
    this.fastRunning++;
    this.fastPending++;
    return true;
  }

  /** A fast-path call started: its unit joins `held` until given back one window after the call ends. */
  fastStarted(): void {
    this.fastPending--;
    this.held++;
  }

  /** A fast-path call was cancelled before it started: its slot and unit come back. */
  fastCancelled(): void {
    this.fastPending--;
    this.fastEnded();
  }

  /** A fast-path call ended: its concurrency slot comes back (to the limiter, through a slot holder). */
  fastEnded(): void {
    this.fastRunning--;
    const contended = this.contended;
    if (contended === undefined || contended.slotHolders === 0) return;
    contended.slotHolders--;
    const waiter = contended.slotWaiters?.shift();
    if (waiter !== undefined) waiter();
    else contended.slotsFreed++;
  }

  /**
   * Queues `task` by priority; it runs once a concurrency slot and a unit are free. `settled` runs when
   * the job left the limiter, with an error only if the limiter was stopped while the job waited.
   */
  submit(priority: number, task: () => Promise<void>, settled: (error?: unknown) => void): void {
    const contended = this.ensureLimiter();
    contended.submitted++;
    contended.limiter.schedule({ priority }, task).then(
      () => this.settle(contended, settled),
      (error: unknown) => this.settle(contended, settled, error),
    );
  }

  markStarted(): void {
    this.held++;
  }

  refund(): void {
    void this.contended?.limiter.incrementReservoir(1);
  }

  protected onTaken(n: number): void {
    void this.contended?.limiter.incrementReservoir(-n);
  }

  protected onReturned(n: number): void {
    void this.contended?.limiter.incrementReservoir(n);
  }

  protected onStop(): void {
    for (const timer of this.holds ?? []) {
      clearTimeout(timer);
      this.stats.pauseTimers--;
    }
    this.holds = undefined;
    const contended = this.contended;
    if (contended === undefined) return;
    this.dropLimiter();
    // stop() resolves only once running jobs end; in-flight HTTP calls finish on their own.
    contended.limiter
      .stop({ dropWaitingJobs: true, dropErrorMessage: 'limits engine closed' })
      .catch(() => {});
  }

  private settle(contended: Contention, settled: (error?: unknown) => void, error?: unknown): void {
    contended.submitted--;
    settled(error);
    // Forget the Bottleneck instance as soon as nothing is inside it: at 30k keys seeing one call each,
    // only keys with work keep one; `held` is enough to rebuild it with the right reservoir.
    if (contended.submitted === 0 && this.contended === contended && !this.stopped) this.dropLimiter();
  }

  private ensureLimiter(): Contention {
    if (this.contended !== undefined) return this.contended;
    // A fresh limiter's reservoir is what the window still allows; negative while a pause or a resync
    // holds more than is free (Bottleneck then starts nothing until units come back).
    // Slot holders take a unit each when they register and need none: the reservoir is raised by their
    // number, and they run first (priority 0, and Bottleneck never dispatches past the head of its queue).
    const holders = this.fastRunning;
    const limiter = new Bottleneck({
      maxConcurrent: this.maxConcurrent,
      reservoir: this.limit - this.held - this.fastPending + holders,
    });
    const contended: Contention = {
      limiter,
      submitted: holders,
      slotHolders: holders,
      slotWaiters: undefined,
      slotsFreed: 0,
    };
    this.contended = contended;
    this.stats.liveLimiters++;
    for (let i = 0; i < holders; i++) {
      limiter
        .schedule({ priority: 0 }, () => this.waitForFastSlot(contended))
        .then(
          () => this.settle(contended, noop),
          () => this.settle(contended, noop),
        );
    }
    return contended;
  }

  private holdFor(ms: number, done: () => void): void {
    this.stats.pauseTimers++;
    this.holds ??= new Set();
    const holds = this.holds;
    const timer = setTimeout(() => {
      holds.delete(timer);
      this.stats.pauseTimers--;
      done();
    }, ms);
    holds.add(timer);
  }

  private waitForFastSlot(contended: Contention): Promise<void> {
    if (contended.slotsFreed > 0) {
      contended.slotsFreed--;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      contended.slotWaiters ??= [];
      contended.slotWaiters.push(resolve);
    });
  }

  private dropLimiter(): void {
    this.contended = undefined;
    this.stats.liveLimiters--;
  }
}

/**
 * A contended key's Bottleneck instance and what lives exactly as long as it: kept apart from the window
 * so the 30k uncontended keys of a fleet do not each carry these fields.
 */
interface Contention {
  limiter: Bottleneck;
  /** Jobs submitted to the limiter and not settled yet (queued, running, or cancelled). */
  submitted: number;
  /** Slot-holder jobs in this limiter whose fast call has not ended yet. */
  slotHolders: number;
  /** Slot holders running in Bottleneck, waiting for a fast call to end (made on first need). */
  slotWaiters: Array<() => void> | undefined;
  /** Fast calls that ended before a slot holder got to run: the next holder ends at once. */
  slotsFreed: number;
}

function noop(): void {}
