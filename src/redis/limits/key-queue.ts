import type { LimitKey, ScheduleOptions } from '../../limits/limits-engine.js';

/** One call waiting in this process for the shared limiter to let it start. */
export interface Waiter {
  readonly key: LimitKey;
  readonly options: ScheduleOptions;
  readonly interactive: boolean;
  readonly fn: () => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  /** Arrival order, for FIFO within a priority. */
  readonly seq: number;
  state: 'queued' | 'started' | 'cancelled';
  timer: NodeJS.Timeout | undefined;
  onAbort: (() => void) | undefined;
}

/**
 * The calls of one limit key waiting in this process, interactive ahead of batch and FIFO within each, and
 * the pump's interruptible sleep. Only the head asks Redis for a slot, so a process sends one request per
 * key at a time however many calls it has queued.
 */
export class KeyQueue {
  readonly waiters: Waiter[] = [];
  running = 0;
  pumping = false;
  /** The last answer could not say when a slot frees (concurrency, priority): a local release may help. */
  waitingBlind = false;
  private wakeUp: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(readonly key: LimitKey) {}

  insert(waiter: Waiter): void {
    // Interactive calls go after the last interactive one; batch calls at the end.
    let at = this.waiters.length;
    if (waiter.interactive) {
      at = this.waiters.findIndex((w) => !w.interactive);
      if (at === -1) at = this.waiters.length;
    }
    this.waiters.splice(at, 0, waiter);
  }

  remove(waiter: Waiter): void {
    const at = this.waiters.indexOf(waiter);
    if (at !== -1) this.waiters.splice(at, 1);
  }

  get idle(): boolean {
    return this.waiters.length === 0 && this.running === 0 && !this.pumping;
  }

  /** Sleeps up to `ms`, or until `wake()`. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.wakeUp = undefined;
        resolve();
      };
      this.wakeUp = done;
      this.timer = setTimeout(done, Math.max(0, ms));
    });
  }

  wake(): void {
    this.wakeUp?.();
  }
}
