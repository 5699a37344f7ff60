import { type FairMember, FairQueue } from './fair-queue.js';
import { WindowCounter, type WindowStats } from './window-counter.js';
import type { GateWaiter } from './window-gate.js';

/**
 * An app's minute window across all its organisations (Xero's app-wide 10,000 a minute), with the three
 * things that make it usable when it binds:
 *  - **pacing**: batch grants come at most `limit` per window (one per `window / limit`, with a burst of
 *    about one Xero second's budget), so the window is spent evenly instead of in one burst that leaves it
 *    idle for the rest of the minute (and user actions waiting for the next burst);
 *  - **the interactive reserve**: batch may fill the window only up to `limit - headroom` units (all
 *    units held count, interactive ones too), the headroom being the most interactive calls that started
 *    at the app within one Xero second during the last window, at least 1 and at most the reserve. So the
 *    reserve is lent to batch work while no user action comes (one unit always kept free for the next
 *    one) and taken back as far as user actions come together: a burst of them finds its units free.
 *    Waiting interactive calls go before any batch call and are not paced. (Sized by their count over the
 *    whole window instead, a steady trickle of user actions, which the unit kept free and the units
 *    coming back every `window / limit` serve at once anyway, would idle as many units as there are
 *    actions a minute: at 20 a minute on a 300 limit, utilization 0.94 instead of 0.99.);
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
  /** What a late timer may catch up on top of the burst while batch calls wait throughout (see refill). */
  private readonly catchUp: number;
  /** Since when batch calls have been waiting without a break (epoch ms); undefined while none waits. */
  private backlogSince: number | undefined;
  private readonly intervalMs: number;
  private readonly reserve: number;
  /**
   * User actions started per Xero second (slot) over the last window: a ring of 60 counts, each stamped
   * with its slot number; made on the first user action.
   */
  private slotCounts: number[] | undefined;
  private slotStamps: number[] | undefined;
  private readonly slotMs: number;
  /** The headroom worked out for slot `headroomSlot` (batch grants ask it many times a slot). */
  private headroomNow = 1;
  private headroomSlot = Number.NaN;
  private paceTimer: NodeJS.Timeout | undefined;

  constructor(
    limit: number,
    /** Share of the window (0 – 0.5) that only waiting interactive calls may take. */
    reserveShare: number,
    windowMs: number,
    stats: WindowStats,
  ) {
    super(limit, stats);
    this.reserve = Math.floor(limit * reserveShare);
    this.burst = Math.max(1, Math.ceil(limit / 60));
    this.catchUp = Math.max(2, Math.ceil(limit / 30));
    this.intervalMs = windowMs / limit;
    this.tokens = this.burst;
    this.slotMs = windowMs / 60;
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
    if (this.batch.size === 0) this.backlogSince = Date.now();
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
    this.backlogSince = undefined;
    this.interactive = [];
    this.demand = [];
    this.head = 0;
    for (const waiter of waiters) waiter();
    if (this.paceTimer !== undefined) clearTimeout(this.paceTimer);
    this.paceTimer = undefined;
  }

  /**
   * Units kept free from batch work: the most user actions started within one slot over the last window,
   * at least one (so the next user action starts at once) and at most the reserve. No reserve: none.
   */
  private headroom(now: number): number {
    if (this.reserve === 0) return 0;
    const slot = Math.floor(now / this.slotMs);
    if (slot === this.headroomSlot) return this.headroomNow;
    let most = 0;
    const counts = this.slotCounts;
    const stamps = this.slotStamps;
    if (counts !== undefined && stamps !== undefined) {
      for (let i = 0; i < 60; i++) {
        if ((stamps[i] as number) > slot - 60) most = Math.max(most, counts[i] as number);
      }
    }
    this.headroomSlot = slot;
    this.headroomNow = Math.min(this.reserve, Math.max(1, most));
    return this.headroomNow;
  }

  private recordUserAction(now: number): void {
    const slot = Math.floor(now / this.slotMs);
    const i = slot % 60;
    this.slotCounts ??= new Array<number>(60).fill(0);
    this.slotStamps ??= new Array<number>(60).fill(Number.NEGATIVE_INFINITY);
    if (this.slotStamps[i] !== slot) {
      this.slotStamps[i] = slot;
      this.slotCounts[i] = 0;
    }
    const count = (this.slotCounts[i] as number) + 1;
    this.slotCounts[i] = count;
    if (slot === this.headroomSlot)
      this.headroomNow = Math.min(this.reserve, Math.max(this.headroomNow, count));
  }

  private mayGrant(interactive: boolean): boolean {
    if (this.stopped) return false;
    return this.held < (interactive ? this.limit : this.limit - this.headroom(Date.now()));
  }

  private grantInteractive(waiter: GateWaiter, userAction: boolean): void {
    if (!waiter()) return;
    this.held++;
    if (userAction && this.reserve > 0) this.recordUserAction(Date.now());
  }

  /**
   * Tokens come at `limit` per window, banked up to the burst after an idle spell. While batch calls have
   * waited throughout, the budget a late timer or a busy event loop held back is caught up (up to two more
   * Xero seconds' worth): on a loaded machine a burst of one would otherwise lose a share of every window
   * for good. Never more than the window allows: the held count still caps every grant.
   */
  private refill(now: number): void {
    const backlogged = this.backlogSince !== undefined && this.backlogSince <= this.tokensAt;
    const cap = backlogged ? this.burst + this.catchUp : this.burst;
    if (this.tokens < cap) {
      this.tokens = Math.min(cap, this.tokens + (now - this.tokensAt) / this.intervalMs);
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
      if (this.batch.size === 0) this.backlogSince = undefined;
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
