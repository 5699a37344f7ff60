import { OutsideDeficit } from './arrival-accounting.js';
import type { WindowCounter, WindowStats } from './window-counter.js';

/**
 * The in-process engine's standing hold for a learnt outside consumer: as many units of each window as
 * `OutsideDeficit` says (at most `limit - 1`, so one call per window still probes Xero), adjusted when a
 * report raises it and when it falls with time (one timer, only while something is held).
 */
export class OutsideReservation {
  readonly deficit: OutsideDeficit;
  private readonly held = new Map<WindowCounter, number>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    /** The windows to hold units in, read on each change (a lazily made gate joins later). */
    private readonly windows: () => WindowCounter[],
    windowMs: number,
    private readonly stats: WindowStats,
  ) {
    this.deficit = new OutsideDeficit(windowMs);
  }

  /** Units held now (the largest over the windows). */
  get holding(): number {
    let most = 0;
    for (const n of this.held.values()) most = Math.max(most, n);
    return most;
  }

  /**
   * A report proved `calls` outside calls in Xero's window. Returns true when that learnt an outside
   * consumer where none was held (not when it only confirms or raises one already held).
   */
  confirm(calls: number, now: number): boolean {
    const before = this.deficit.value(now);
    this.deficit.confirm(calls, now);
    this.apply(now);
    return before === 0 && this.deficit.value(now) > 0;
  }

  /** Brings every window's hold to the current figure, and arms the timer for its next fall. */
  apply(now: number): void {
    if (this.stopped) return;
    const want = this.deficit.value(now);
    for (const window of this.windows()) {
      const target = Math.min(want, Math.max(0, window.limit - 1));
      const current = this.held.get(window) ?? 0;
      if (target > current) window.take(target - current);
      else if (target < current) window.giveBack(current - target);
      if (target === 0) this.held.delete(window);
      else this.held.set(window, target);
    }
    this.arm(now);
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  private arm(now: number): void {
    this.disarm();
    const at = this.held.size === 0 ? undefined : this.deficit.nextChangeAt(now);
    if (at === undefined) return;
    this.stats.reservationTimers++;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.stats.reservationTimers--;
        this.apply(Date.now());
      },
      Math.max(1, at - now),
    );
  }

  private disarm(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stats.reservationTimers--;
  }
}
