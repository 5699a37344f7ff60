/** Counts calls in one rate-limit window (a minute, a day) for one key. */
export interface WindowCounter {
  /** Calls counted in the window that contains `now`. */
  count(now: number): number;
  add(now: number, calls: number): void;
  /** How long until one more call fits under `limit` (0 if it already fits). */
  msUntilRoom(now: number, limit: number): number;
  readonly kind: 'rolling' | 'fixed';
}

/** A sliding window: a call counts for exactly `windowMs` after it was made. */
export class RollingWindow implements WindowCounter {
  readonly kind = 'rolling';
  private stamps: number[] = [];
  private head = 0;

  constructor(private readonly windowMs: number) {}

  count(now: number): number {
    const cutoff = now - this.windowMs;
    const s = this.stamps;
    while (this.head < s.length && (s[this.head] as number) <= cutoff) this.head++;
    // Compact now and then so the array does not grow forever.
    if (this.head > 1024 && this.head * 2 > s.length) {
      this.stamps = s.slice(this.head);
      this.head = 0;
    }
    return this.stamps.length - this.head;
  }

  add(now: number, calls: number): void {
    for (let i = 0; i < calls; i++) this.stamps.push(now);
  }

  msUntilRoom(now: number, limit: number): number {
    const n = this.count(now);
    if (n < limit) return 0;
    // The (n - limit + 1) oldest calls must leave before one more fits.
    const leaving = this.stamps[this.head + n - limit] as number;
    return Math.max(0, leaving + this.windowMs - now);
  }
}

/**
 * Fixed windows of `windowMs` that start at `offsetMs` past each multiple of the window since the epoch,
 * so different tenants reset at different moments (as Xero's current limits page describes).
 */
export class FixedWindow implements WindowCounter {
  readonly kind = 'fixed';
  private start = Number.NEGATIVE_INFINITY;
  private calls = 0;

  constructor(
    private readonly windowMs: number,
    private readonly offsetMs: number,
  ) {}

  /** Start of the window containing `now`. */
  windowStart(now: number): number {
    return this.offsetMs + Math.floor((now - this.offsetMs) / this.windowMs) * this.windowMs;
  }

  count(now: number): number {
    const start = this.windowStart(now);
    if (start !== this.start) {
      this.start = start;
      this.calls = 0;
    }
    return this.calls;
  }

  add(now: number, calls: number): void {
    this.count(now);
    this.calls += calls;
  }

  msUntilRoom(now: number, limit: number): number {
    if (this.count(now) < limit) return 0;
    return this.start + this.windowMs - now;
  }
}

/** A deterministic offset in [0, windowMs) for an id (FNV-1a), so fixed windows are seeded, not random. */
export function seededOffsetMs(id: string, windowMs: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h / 0x1_0000_0000) * windowMs;
}
