import { OutsideDeficit } from './arrival-accounting.js';
import type { WindowCounter, WindowStats } from './window-counter.js';

/**
 * The in-process engine's standing hold for a learnt outside consumer: as many units of each window as
 * `OutsideDeficit` says (at most `limit - 1`, so one call per window still probes Xero), adjusted when a
 * report raises it and when it falls with time (one timer, only while something is held).
 */
export class OutsideReservation {
  readonly deficit: OutsideDeficit;
  /**
   * Units held per window, as parallel arrays (a key has at most two windows; a Map per key cost more than
   * the units it tracks across 30k keys). Made when something is first held, dropped when nothing is.
   */
  private heldWindows: WindowCounter[] | undefined;
  private heldUnits: number[] | undefined;
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
    for (const n of this.heldUnits ?? []) most = Math.max(most, n);
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

  /**
   * A report under a known fixed window (OutsideDeficit.observeFixed). Returns true when that learnt an
   * outside consumer where none was held.
   */
  observeFixed(calls: number, at: number, uncertainty: number, now: number): boolean {
    const before = this.deficit.value(now);
    this.deficit.observeFixed(calls, at, uncertainty, now);
    this.apply(now);
    return before === 0 && this.deficit.value(now) > 0;
  }

  /** Brings every window's hold to the current figure, and arms the timer for its next fall. */
  apply(now: number): void {
    if (this.stopped) return;
    const want = this.deficit.value(now);
    for (const window of this.windows()) {
      const target = Math.min(want, Math.max(0, window.limit - 1));
      const i = this.heldWindows?.indexOf(window) ?? -1;
      const current = i < 0 ? 0 : (this.heldUnits?.[i] ?? 0);
      if (target > current) window.take(target - current);
      else if (target < current) window.giveBack(current - target);
      this.setHeld(window, i, target);
    }
    this.arm(now);
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  private arm(now: number): void {
    this.disarm();
    const at = this.heldWindows === undefined ? undefined : this.deficit.nextChangeAt(now);
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

  /** Records `units` held in `window` (found at `i`, or -1), dropping the arrays once nothing is held. */
  private setHeld(window: WindowCounter, i: number, units: number): void {
    const windows = this.heldWindows;
    const held = this.heldUnits;
    if (windows === undefined || held === undefined) {
      if (units > 0) {
        this.heldWindows = [window];
        this.heldUnits = [units];
      }
      return;
    }
    if (i >= 0 && units > 0) {
      held[i] = units;
    } else if (i >= 0) {
      windows.splice(i, 1);
      held.splice(i, 1);
      if (windows.length === 0) {
        this.heldWindows = undefined;
        this.heldUnits = undefined;
      }
    } else if (units > 0) {
      windows.push(window);
      held.push(units);
    }
  }

  private disarm(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stats.reservationTimers--;
  }
}
