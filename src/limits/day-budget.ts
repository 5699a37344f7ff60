/**
 * One (app, tenant)'s day budget: a sliding log of start times (epoch ms), pruned lazily when read, so
 * no timer is needed per call. Xero's day window is fixed or rolling depending on which page one reads;
 * a sliding 24 h log is conservative under both.
 */
export class DayBudget {
  private starts: number[] = [];
  private head = 0;
  /** Calls Xero counted that we did not make (another process): a batch each, aged out like starts. */
  private phantoms: Array<{ at: number; count: number }> = [];
  /** Epoch ms until which Xero said the day is spent (a day 429). */
  exhaustedUntil = 0;

  constructor(
    readonly limit: number,
    private readonly windowMs: number,
  ) {}

  record(now: number): void {
    this.starts.push(now);
  }

  /** Calls counted in the last day window, ours and phantom. */
  used(now: number): number {
    this.prune(now);
    let used = this.starts.length - this.head;
    for (const p of this.phantoms) used += p.count;
    return used;
  }

  /** Ms until the oldest counted call leaves the window (the whole window when nothing is logged). */
  msUntilOldestExpires(now: number): number {
    this.prune(now);
    let oldest = this.starts[this.head] ?? Number.POSITIVE_INFINITY;
    for (const p of this.phantoms) oldest = Math.min(oldest, p.at);
    return oldest === Number.POSITIVE_INFINITY ? this.windowMs : Math.max(1, oldest + this.windowMs - now);
  }

  /**
   * Xero says `remaining` calls are left today. If that is fewer than our log allows, someone else spent
   * the difference: count it as phantom calls made now (conservative, they were made earlier). Never adds.
   */
  resync(remaining: number, now: number): number {
    const missing = this.limit - remaining - this.used(now);
    if (missing > 0) this.phantoms.push({ at: now, count: missing });
    return Math.max(0, missing);
  }

  /** Nothing logged, nothing phantom, not marked exhausted: the record can be forgotten. */
  isEmpty(now: number): boolean {
    return this.used(now) === 0 && this.exhaustedUntil <= now;
  }

  private prune(now: number): void {
    const cutoff = now - this.windowMs;
    while (this.head < this.starts.length && (this.starts[this.head] as number) <= cutoff) this.head++;
    if (this.head > 0 && (this.head === this.starts.length || this.head * 2 > this.starts.length)) {
      this.starts = this.starts.slice(this.head);
      this.head = 0;
    }
    if (this.phantoms.length > 0) this.phantoms = this.phantoms.filter((p) => p.at > cutoff);
  }
}
