import type { WindowCounter } from './window-counter.js';

const EMPTY: readonly WindowCounter[] = [];

/**
 * Gives units back to their windows one window after they are pushed (when the call ENDS), with ONE
 * timer for the whole engine instead of one per call. Every release is scheduled `delayMs` after "now"
 * on a monotonic clock, so they come due in insertion order and a FIFO suffices. The timer is armed only while releases are
 * pending, so an idle engine keeps no timer.
 */
export class WindowReleaseQueue {
  // One release per index, in three parallel arrays rather than an object each: a busy engine holds one
  // release per call of the last window (tens of thousands), at 16 bytes each plus the shared path.
  private dues: number[] = [];
  private windows: Array<readonly WindowCounter[]> = [];
  private units: number[] = [];
  private head = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly delayMs: number) {}

  get pending(): number {
    return this.dues.length - this.head;
  }

  get timerArmed(): boolean {
    return this.timer !== undefined;
  }

  /** Releases `units` of each window `delayMs` from now. */
  push(windows: readonly WindowCounter[], units: number): void {
    if (this.closed) return;
    this.dues.push(performance.now() + this.delayMs);
    this.windows.push(windows);
    this.units.push(units);
    if (this.timer === undefined) this.arm();
  }

  close(): void {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.reset();
  }

  private reset(): void {
    this.dues = [];
    this.windows = [];
    this.units = [];
    this.head = 0;
  }

  private arm(): void {
    const due = this.dues[this.head];
    if (due === undefined) return;
    // Node's timers may fire up to ~1 ms early against performance.now(); flush() re-arms if so, so a
    // unit never comes back before its due time.
    this.timer = setTimeout(() => this.flush(), Math.max(0, Math.ceil(due - performance.now())));
  }

  private flush(): void {
    this.timer = undefined;
    const now = performance.now();
    const { dues, windows, units } = this;
    while (this.head < dues.length && (dues[this.head] as number) <= now) {
      const i = this.head++;
      const n = units[i] as number;
      for (const window of windows[i] as readonly WindowCounter[]) window.giveBack(n);
      windows[i] = EMPTY; // let the path go at once
    }
    if (this.head > 1024 && this.head * 2 > dues.length) {
      this.dues = dues.slice(this.head);
      this.windows = windows.slice(this.head);
      this.units = units.slice(this.head);
      this.head = 0;
    }
    if (this.head === this.dues.length) {
      this.reset();
    } else {
      this.arm();
    }
  }
}
