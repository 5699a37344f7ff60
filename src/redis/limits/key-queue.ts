import type { LimitKey } from '../../limits/limits-engine.js';
import type { KeyCalls, QueuedCall } from '../../limits/queued-call.js';

/** One call waiting in this process for the shared limiter to let it start. */
export type Waiter = QueuedCall<KeyQueue>;

/** A turn at the app's batch admission booked in Redis for this key's next batch call (see ACQUIRE_SLOT). */
export interface Booking {
  readonly id: string;
  /** When to redeem it, on this process's clock (ms). */
  at: number;
}

/**
 * The calls of one limit key waiting in this process, interactive ahead of batch and FIFO within each, and
 * the pump's interruptible sleep. Only the head asks Redis for a slot, so a process sends one request per
 * key at a time however many calls it has queued.
 */
export class KeyQueue implements KeyCalls {
  readonly waiters: Waiter[] = [];
  queuedInteractive = 0;
  queuedBatch = 0;
  running = 0;
  pumping = false;
  /** The last answer could not say when a slot frees (concurrency, priority): a local release may help. */
  waitingBlind = false;
  /** The key's booked batch turns at the app, earliest first (at most its fair-share weight). */
  readonly bookings: Booking[] = [];
  /** The id this key last asked to book under without getting a turn: another process may book it for us. */
  pendingBookingId: string | undefined;
  private wakeUp: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly key: LimitKey,
    /** The key's id in the engine's maps. */
    readonly id: string,
  ) {}

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

  /** Records a booking (or its new time), keeping the earliest first. */
  book(id: string, at: number): void {
    const known = this.bookings.find((b) => b.id === id);
    if (known !== undefined) known.at = at;
    else this.bookings.push({ id, at });
    this.bookings.sort((a, b) => a.at - b.at);
  }

  /** Forgets a booking (redeemed, or dropped by Redis). */
  unbook(id: string): void {
    const at = this.bookings.findIndex((b) => b.id === id);
    if (at !== -1) this.bookings.splice(at, 1);
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
