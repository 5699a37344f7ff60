import { type FairMember, FairQueue } from './fair-queue.js';
import { WindowCounter, type WindowStats } from './window-counter.js';
import type { GateWaiter } from './window-gate.js';

/**
 * An app's minute window across all its organisations (Xero's app-wide 10,000 a minute), with the three
 * things that make it usable when it binds:
 *  - **pacing**: batch grants come at most `limit` per window (one per `window / limit`, with a burst of
 *    about one Xero second's budget), so the window is spent evenly instead of in one burst that leaves it
 *    idle for the rest of the minute (and user actions waiting for the next burst);
 *  - **the interactive reserve**: batch may fill the window only up to `limit - headroom`, the headroom
 *    being the interactive calls started in the last window, at least 1 and at most the reserve. So the
 *    reserve is lent to batch work while no user action comes (one unit always kept free for the next
 *    one) and taken back as they come. Waiting interactive calls go before any batch call and are not
 *    paced;
 *  - **fair share**: batch calls are served across the app's (app, tenant) keys by start-time fair
 *    queuing, in proportion to their weights; a key that arrives late starts at the current virtual time.
 *
 * A unit is held from grant until one window after its call ENDED (the engine's release queue), which
 * keeps the limit under both readings of Xero's window. One timer per gate at most: the pacing wake-up.
 */
export class AppGate extends WindowCounter {
  /** Interactive (and tenantless) waiters, FIFO; `demand[i]`: whether it counts as a user action. */
  private interactive: GateWaiter[] = [];
  private demand: boolean[] = [];
  private head = 0;
  private readonly batch = new FairQueue<GateWaiter>();
  /** Batch grants allowed now (token bucket: refilled at `limit` per window, capped at `burst`). */
  private tokens: number;
  private tokensAt = Date.now();
  private readonly burst: number;
  private readonly intervalMs: number;
  private readonly reserve: number;
  /** Start times of the interactive calls of the last window (oldest first, at most `reserve` kept). */
  private recent: number[] = [];
  private recentHead = 0;
  private paceTimer: NodeJS.Timeout | undefined;

  constructor(
    limit: number,
    /** Share of the window (0 – 0.5) that only waiting interactive calls may take. */
    reserveShare: number,
    private readonly windowMs: number,
    stats: WindowStats,
  ) {
    super(limit, stats);
    this.reserve = Math.floor(limit * reserveShare);
    this.burst = Math.max(1, Math.ceil(limit / 60));
    this.intervalMs = windowMs / limit;
    this.tokens = this.burst;
  }

  get idle(): boolean {
    return this.held === 0 && !this.paused && this.queued === 0 && this.paceTimer === undefined;
  }

  /** Waiters not yet granted (cancelled ones included until they are reached). */
  get queued(): number {
    return this.interactive.length - this.head + this.batch.size;
  }

  get timerArmed(): boolean {
    return this.paceTimer !== undefined;
  }

  /**
   * An interactive call (`userAction`), or a tenantless one (not a user action: it does not size the
   * reserve): granted before any batch call, never paced, up to the whole limit.
   */
  acquireInteractive(waiter: GateWaiter, userAction: boolean): void {
    if (this.interactive.length === this.head && this.mayGrant(true)) {
      this.grantInteractive(waiter, userAction);
      return;
    }
    this.interactive.push(waiter);
    this.demand.push(userAction);
  }

  /** A batch call of `member` (its key): paced, within `limit - headroom`, in fair order. */
  acquireBatch(member: FairMember, weight: number, waiter: GateWaiter): void {
    if (this.queued === 0 && this.mayGrant(false) && this.takeToken()) {
      if (!waiter()) this.tokens++;
      else this.held++;
      return;
    }
    this.batch.push(member, weight, waiter);
    this.drain();
  }

  markStarted(): void {
    // The unit was taken when granted.
  }

  refund(): void {
    this.held--;
    this.drain();
  }

  /**
   * A lower bound on when a new batch call of `member` could be granted (epoch ms): `ownAhead` batch calls
   * of its key must be granted first (`ownAtGate` of them already queued here), and the `othersAtGate`
   * calls of other keys queued here now are ahead of it too if their start tags are all below its own.
   * Only pacing is counted (units coming back are not), so it never refuses a call that could make it.
   */
  batchStartBound(
    member: FairMember,
    weight: number,
    ownAhead: number,
    ownAtGate: number,
    othersAtGate: number,
    now: number,
  ): number {
    const tag = this.batch.tagFloor(member, weight, Math.max(0, ownAhead - ownAtGate));
    const others = tag > this.batch.maxQueuedTag ? othersAtGate : 0;
    this.refill(now);
    const grants = ownAhead + others + 1;
    return now + Math.max(0, grants - this.tokens) * this.intervalMs;
  }

  protected onTaken(): void {}

  protected onReturned(): void {
    this.drain();
  }

  /** Every waiter is called once more so it can clean up (the engine has cancelled their calls). */
  protected onStop(): void {
    const waiters = [...this.interactive.slice(this.head), ...this.batch.drainAll()];
    this.interactive = [];
    this.demand = [];
    this.head = 0;
    for (const waiter of waiters) waiter();
    if (this.paceTimer !== undefined) clearTimeout(this.paceTimer);
    this.paceTimer = undefined;
  }

  /**
   * Units kept free from batch work: the interactive calls started in the last window, at least one (so
   * the next user action starts at once) and at most the reserve. No reserve configured: none.
   */
  private headroom(now: number): number {
    if (this.reserve === 0) return 0;
    const recent = this.recent;
    while (this.recentHead < recent.length && (recent[this.recentHead] as number) <= now - this.windowMs) {
      this.recentHead++;
    }
    if (this.recentHead === recent.length) {
      this.recent = [];
      this.recentHead = 0;
    }
    return Math.min(this.reserve, Math.max(1, recent.length - this.recentHead));
  }

  private mayGrant(interactive: boolean): boolean {
    if (this.stopped) return false;
    return this.held < (interactive ? this.limit : this.limit - this.headroom(Date.now()));
  }

  private grantInteractive(waiter: GateWaiter, userAction: boolean): void {
    if (!waiter()) return;
    this.held++;
    if (userAction && this.reserve > 0) {
      this.recent.push(Date.now());
      // Only the last `reserve` starts can matter (the headroom is capped there).
      if (this.recent.length - this.recentHead > this.reserve) this.recentHead++;
      if (this.recentHead > 1024 && this.recentHead * 2 > this.recent.length) {
        this.recent = this.recent.slice(this.recentHead);
        this.recentHead = 0;
      }
    }
  }

  private refill(now: number): void {
    if (this.tokens < this.burst) {
      this.tokens = Math.min(this.burst, this.tokens + (now - this.tokensAt) / this.intervalMs);
    }
    this.tokensAt = now;
  }

  private takeToken(): boolean {
    this.refill(Date.now());
    if (this.tokens < 1) return false;
    this.tokens--;
    return true;
  }

  private drain(): void {
    while (!this.stopped) {
      if (this.interactive.length > this.head) {
        if (!this.mayGrant(true)) return;
        const i = this.head++;
        const waiter = this.interactive[i] as GateWaiter;
        const userAction = this.demand[i] as boolean;
        if (this.head === this.interactive.length) {
          this.interactive = [];
          this.demand = [];
          this.head = 0;
        } else if (this.head > 1024 && this.head * 2 > this.interactive.length) {
          this.interactive = this.interactive.slice(this.head);
          this.demand = this.demand.slice(this.head);
          this.head = 0;
        }
        this.grantInteractive(waiter, userAction);
        continue;
      }
      if (this.batch.size === 0 || !this.mayGrant(false)) return;
      if (!this.takeToken()) {
        this.wakeWhenPaced();
        return;
      }
      const waiter = this.batch.shift() as GateWaiter;
      if (waiter()) this.held++;
      else this.tokens++; // a cancelled call spends no pacing
    }
  }

  /** Batch waiters held back only by pacing are woken when the next grant is allowed. */
  private wakeWhenPaced(): void {
    if (this.paceTimer !== undefined) return;
    const delay = Math.max(1, Math.ceil((1 - this.tokens) * this.intervalMs));
    this.paceTimer = setTimeout(() => {
      this.paceTimer = undefined;
      this.drain();
    }, delay);
  }
}
