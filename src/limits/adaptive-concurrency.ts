/**
 * AIMD for one (app, tenant)'s calls in flight. Xero allows 5, but another consumer of the same app and
 * organisation (a second deployment, a process without Redis) shares them, and Xero answers 429
 * `concurrent` when the total goes over. Each such 429 halves the cap (floor 1), at most once per round:
 * a call sent before the last cut was already on its way under the old cap and says nothing new. Every
 * window without a `concurrent` 429 gives one slot back, up to Xero's limit.
 *
 * Pure arithmetic on epoch ms, evaluated lazily (no timer): the in-process engine keeps one per key; the
 * Redis engine runs the same rules inside its Lua scripts, so every process shares one cap.
 */
export class AdaptiveConcurrency {
  private cap: number;
  /** When the cap last went down (a call sent before this is from the previous round). */
  private cutAt = Number.NEGATIVE_INFINITY;
  /** When the cap last changed (a cut, or a slot given back): the clean window counts from here. */
  private changedAt = 0;

  constructor(
    /** Xero's limit for the key: the cap never goes above it. */
    readonly limit: number,
    /** How long without a `concurrent` 429 earns one slot back (the minute window). */
    private readonly cleanWindowMs: number,
  ) {
    this.cap = limit;
  }

  /** The cap now, after giving back one slot per clean window since the last change. */
  current(now: number): number {
    if (this.cap < this.limit && now - this.changedAt >= this.cleanWindowMs) {
      const windows = Math.floor((now - this.changedAt) / this.cleanWindowMs);
      this.cap = Math.min(this.limit, this.cap + windows);
      this.changedAt += windows * this.cleanWindowMs;
    }
    return this.cap;
  }

  /**
   * Xero answered 429 `concurrent` to a call sent at `sentAt`: halve the cap (floor 1) unless the call
   * was sent before the last cut. Returns whether the cap went down.
   */
  rejected(sentAt: number, now: number): boolean {
    this.current(now);
    if (sentAt < this.cutAt) return false;
    this.cutAt = now;
    this.changedAt = now;
    const before = this.cap;
    this.cap = Math.max(1, Math.floor(this.cap / 2));
    return this.cap < before;
  }

  /** True when the cap is at Xero's limit and nothing is to be given back (the record may be forgotten). */
  get atLimit(): boolean {
    return this.cap === this.limit;
  }
}
