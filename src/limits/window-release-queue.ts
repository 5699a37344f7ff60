import type { WindowCounter } from './window-counter.js';

interface Release {
  due: number;
  windows: readonly WindowCounter[];
  units: number;
}

/**
 * Gives units back to their windows one window after they were taken, with ONE timer for the whole
 * engine instead of one per call. Every release is scheduled `delayMs` after "now" on a monotonic clock,
 * so they come due in insertion order and a FIFO suffices. The timer is armed only while releases are
 * pending, so an idle engine keeps no timer.
 */
export class WindowReleaseQueue {
  private items: Release[] = [];
  private head = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly delayMs: number) {}

  get pending(): number {
    return this.items.length - this.head;
  }

  get timerArmed(): boolean {
    return this.timer !== undefined;
  }

  /** Releases `units` of each window `delayMs` from now. */
  push(windows: readonly WindowCounter[], units: number): void {
    if (this.closed) return;
    this.items.push({ due: performance.now() + this.delayMs, windows, units });
    if (this.timer === undefined) this.arm();
  }

  close(): void {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.items = [];
    this.head = 0;
  }

  private arm(): void {
    const first = this.items[this.head];
    if (first === undefined) return;
    // Node's timers may fire up to ~1 ms early against performance.now(); flush() re-arms if so, so a
    // unit never comes back before its due time.
    this.timer = setTimeout(() => this.flush(), Math.max(0, Math.ceil(first.due - performance.now())));
  }

  private flush(): void {
    this.timer = undefined;
    const now = performance.now();
    let item = this.items[this.head];
    while (item !== undefined && item.due <= now) {
      this.head++;
      for (const window of item.windows) window.giveBack(item.units);
      item = this.items[this.head];
    }
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else {
      this.arm();
    }
  }
}
