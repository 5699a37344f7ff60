import type { WindowCounter } from './window-counter.js';

/**
 * Gives units back to their windows one window after they are pushed (when the call ENDS), with ONE
 * timer for the whole engine instead of one per call. Every release is scheduled `delayMs` after "now"
 * on a monotonic clock, so they come due in insertion order and a FIFO suffices. The timer is armed only
 * while releases are pending, so an idle engine keeps no timer.
 */
export class WindowReleaseQueue {
  // One release per index, in parallel arrays rather than an object each: a busy engine holds one release
  // per call of the last window (tens of thousands). The windows of all releases sit in one flat list
  // (`widths[i]` of them for release i), not a list per release: 30k one-call keys kept 30k paths alive.
  private dues: number[] = [];
  private units: number[] = [];
  private widths: number[] = [];
  private windows: Array<WindowCounter | undefined> = [];
  private head = 0;
  /** Index in `windows` of the first window of release `head`. */
  private windowHead = 0;
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
    this.units.push(units);
    this.widths.push(windows.length);
    for (const window of windows) this.windows.push(window);
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
    this.units = [];
    this.widths = [];
    this.windows = [];
    this.head = 0;
    this.windowHead = 0;
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
    const { dues, units, widths, windows } = this;
    let w = this.windowHead;
    while (this.head < dues.length && (dues[this.head] as number) <= now) {
      const i = this.head++;
      const n = units[i] as number;
      const end = w + (widths[i] as number);
      for (; w < end; w++) {
        (windows[w] as WindowCounter).giveBack(n);
        windows[w] = undefined; // let the window go at once
      }
    }
    this.windowHead = w;
    if (this.head > 1024 && this.head * 2 > dues.length) {
      this.dues = dues.slice(this.head);
      this.units = units.slice(this.head);
      this.widths = widths.slice(this.head);
      this.windows = windows.slice(w);
      this.head = 0;
      this.windowHead = 0;
    }
    if (this.head === this.dues.length) {
      this.reset();
    } else {
      this.arm();
    }
  }
}
