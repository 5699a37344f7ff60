import { WindowCounter, type WindowStats } from './window-counter.js';

/**
 * Returns true if the waiter took the unit; false if its call was cancelled meanwhile (the unit stays).
 * Called synchronously, so the grant and the start happen in the same tick.
 */
export type GateWaiter = () => boolean;

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
     * The limit right now, read before each grant when set: the non-reserve gate's share grows while the
     * interactive reserve is lent to batch work (see local-limits-engine.ts).
     */
    private readonly limitNow?: () => number,
  ) {
    super(limit, stats);
  }

  get idle(): boolean {
    return this.held === 0 && !this.paused && this.queued === 0;
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
    if (!this.stopped && ahead === 0 && this.held < this.limit) {
      if (waiter()) this.held++;
      return;
    }
    this.waiting[level].push(waiter);
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
  }

  private waitingAt(level: 0 | 1): number {
    return this.waiting[level].length - (this.heads[level] ?? 0);
  }

  /** A limit that grew lets waiters in now (a lent reserve). */
  refresh(): void {
    this.drain();
  }

  private refreshLimit(): void {
    if (this.limitNow !== undefined) this.limit = this.limitNow();
  }

  private drain(): void {
    this.refreshLimit();
    while (!this.stopped && this.held < this.limit) {
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
      if (waiter?.()) this.held++;
    }
  }
}
