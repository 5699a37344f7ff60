import { WindowCounter, type WindowStats } from './window-counter.js';

/**
 * Returns true if the waiter took the unit; false if its call was cancelled meanwhile (the unit stays).
 * Called synchronously, so the grant and the start happen in the same tick.
 */
export type GateWaiter = () => boolean;

/**
 * A window gate whose limit changes (the non-reserve gate: the interactive reserve is lent to batch work
 * while no user action comes, see local-limits-engine.ts) and whose grants are paced.
 */
export interface GateLending<C = unknown> {
  /** The limit right now, read before each grant. */
  limit(of: C): number;
  /**
   * Grants start no closer together than this (ms), on average: spread over the window, the units come back
   * one at a time a window later, so a user action arriving while this traffic saturates the key finds one
   * coming back within about this long, instead of waiting for a burst's units to come back together.
   * Half of it is tolerated early and up to one behind is caught up, so late timers (a loaded machine) do
   * not lower the rate: a grant that had to wait for a unit may be followed by one more at once, no more.
   */
  paceMs(of: C): number;
  /** Grants allowed at once on an idle gate (no unit out): a short job still starts at once. */
  burst(of: C): number;
}

/**
 * A sliding minute window without concurrency: the app-wide 10,000/min, and the non-reserve share of a
 * shared (app, tenant) bucket. Plain counters and two FIFO queues (interactive before batch).
 *
 * Why not a chained Bottleneck limiter: every job through a Bottleneck limiter passes two serialised
 * `setTimeout(0)` yields, which capped one app's limiter at ~370 calls/s (measured) — the whole app's
 * traffic would queue behind it under scaled time. Granting here is synchronous and O(1).
 */
export class WindowGate extends WindowCounter {
  private readonly waiting: [GateWaiter[], GateWaiter[]] = [[], []];
  private readonly heads = [0, 0];

  constructor(
    limit: number,
    stats: WindowStats,
    /**
     * Set for a gate that lends units (the non-reserve gate): one policy per engine, asked about `lendingOf`
     * (the gate's key), so a key's gate holds no closures of its own (30,000 keys at scale).
     */
    private readonly lending?: GateLending,
    private readonly lendingOf?: unknown,
  ) {
    super(limit, stats);
  }

  /** Pacing (GCRA): the theoretical time of the next grant (epoch ms), and grants left of an idle burst. */
  private paceAt = Number.NEGATIVE_INFINITY;
  private burstLeft = 0;
  /** Wakes waiters held back only by pacing, when the next grant is allowed. */
  private paceTimer: NodeJS.Timeout | undefined;

  get idle(): boolean {
    return this.held === 0 && !this.paused && this.queued === 0 && this.paceTimer === undefined;
  }

  /** Waiters not yet granted (cancelled ones included until they are reached). */
  get queued(): number {
    return this.waiting[0].length - (this.heads[0] ?? 0) + this.waiting[1].length - (this.heads[1] ?? 0);
  }

  /** Grants a unit now if one is free and nobody of the same or higher priority waits; else queues. */
  acquire(interactive: boolean, waiter: GateWaiter): void {
    const level = interactive ? 0 : 1;
    const ahead = interactive ? this.waitingAt(0) : this.queued;
    this.refreshLimit();
    const now = Date.now();
    if (ahead === 0 && this.mayGrant(now)) {
      this.grantTo(waiter, now);
      return;
    }
    this.waiting[level].push(waiter);
    this.wakeWhenPaced(now);
  }

  markStarted(): void {
    // The unit was taken when granted.
  }

  refund(): void {
    this.held--;
    this.drain();
  }

  protected onTaken(): void {}

  protected onReturned(): void {
    this.drain();
  }

  /** Every waiter is called once more so it can clean up (the engine has cancelled their calls). */
  protected onStop(): void {
    for (const level of [0, 1] as const) {
      const queue = this.waiting[level];
      for (let i = this.heads[level] ?? 0; i < queue.length; i++) queue[i]?.();
      this.waiting[level] = [];
      this.heads[level] = 0;
    }
    if (this.paceTimer !== undefined) clearTimeout(this.paceTimer);
    this.paceTimer = undefined;
  }

  private waitingAt(level: 0 | 1): number {
    return this.waiting[level].length - (this.heads[level] ?? 0);
  }

  /** A limit that grew lets waiters in now (a lent reserve). */
  refresh(): void {
    this.drain();
  }

  private refreshLimit(): void {
    if (this.lending !== undefined) this.limit = this.lending.limit(this.lendingOf);
  }

  /** A unit is free, and pacing allows a grant now. */
  private mayGrant(now: number): boolean {
    if (this.stopped || this.held >= this.limit) return false;
    return this.held === 0 || this.burstLeft > 0 || now >= this.nextGrantAt();
  }

  /** The earliest a paced grant may go: the theoretical time less the tolerance. */
  private nextGrantAt(): number {
    return this.paceAt - (this.lending?.paceMs(this.lendingOf) ?? 0) / 2;
  }

  private grantTo(waiter: GateWaiter, now: number): void {
    const idle = this.held === 0;
    if (!waiter()) return;
    this.held++;
    const lending = this.lending;
    if (lending === undefined) return;
    const pace = lending.paceMs(this.lendingOf);
    if (idle) {
      // A burst on an idle gate, paid for in advance: the schedule goes on as if it had been spread, so the
      // burst's units do not come back together and push every later grant back.
      this.burstLeft = lending.burst(this.lendingOf);
      this.paceAt = now + this.burstLeft * pace;
    }
    if (this.burstLeft > 0 && now < this.nextGrantAt()) {
      this.burstLeft--;
    } else {
      // Up to a slot behind is caught up: timers late under load would otherwise lower the rate for good.
      this.burstLeft = 0;
      this.paceAt = Math.max(this.paceAt, now - pace) + pace;
    }
  }

  /** Waiters held back only by pacing are woken when the next grant is allowed. */
  private wakeWhenPaced(now: number): void {
    if (this.paceTimer !== undefined || this.stopped || this.lending === undefined) return;
    if (this.queued === 0 || this.held >= this.limit || this.mayGrant(now)) return;
    this.paceTimer = setTimeout(
      () => {
        this.paceTimer = undefined;
        this.drain();
      },
      Math.max(1, Math.ceil(this.nextGrantAt() - now)),
    );
  }

  private drain(): void {
    this.refreshLimit();
    const now = Date.now();
    while (this.mayGrant(now)) {
      const level = this.waitingAt(0) > 0 ? 0 : this.waitingAt(1) > 0 ? 1 : -1;
      if (level === -1) return;
      const queue = this.waiting[level];
      const head = this.heads[level] ?? 0;
      const waiter = queue[head];
      this.heads[level] = head + 1;
      if (head + 1 === queue.length) {
        this.waiting[level] = [];
        this.heads[level] = 0;
      } else if (head > 1024 && head * 2 > queue.length) {
        this.waiting[level] = queue.slice(head + 1);
        this.heads[level] = 0;
      }
      if (waiter !== undefined) this.grantTo(waiter, now);
    }
    this.wakeWhenPaced(now);
  }
}
