/**
 * Where Xero's FIXED minute window starts, as far as its headers prove it.
 *
 * Under the rolling reading Xero's count at a call's arrival `a` includes every call that arrived in
 * `(a - window, a]`. So when a report counts FEWER calls than ours that certainly arrived in that span
 * (they started after `now - window` and ended before the reporting call was sent), the rolling reading is
 * refuted: Xero counts in fixed windows, and one of them began after the start of the `(count + 1)`-th
 * latest of those calls (else Xero would have counted them) and no later than the report was read. That
 * interval — a boundary `B` in `(lo, hi]` — repeats every window; further resets narrow it.
 *
 * Knowing it, a report is compared with our calls since the window start instead of a whole rolling window
 * back (which, when our calls bunch early in Xero's window, counted the previous bunch as ours and proved
 * nothing): `windowStartFor()` gives a start no later than Xero's, so the comparison still errs towards
 * "ours".
 */
export class FixedWindowPhase {
  /** A boundary of Xero's window lies in (lo, hi]; lo < hi, hi - lo < window. */
  private lo = 0;
  private hi = 0;
  private known = false;

  constructor(private readonly windowMs: number) {}

  get isKnown(): boolean {
    return this.known;
  }

  /** A report proved a boundary in (lo, hi]: narrow what is known, or start over if it contradicts it. */
  reset(lo: number, hi: number): void {
    if (!(hi > lo)) return;
    if (hi - lo >= this.windowMs) return; // says nothing about the phase
    if (!this.known) {
      this.set(lo, hi);
      return;
    }
    // Shift the new interval by whole windows onto the known one and intersect.
    const w = this.windowMs;
    const m = Math.round((lo - this.lo) / w);
    let match: [number, number] | undefined;
    let matches = 0;
    for (const k of [m - 1, m, m + 1]) {
      const l = Math.max(this.lo, lo - k * w);
      const h = Math.min(this.hi, hi - k * w);
      if (h > l) {
        matches++;
        match = [l, h];
      }
    }
    if (matches === 1 && match !== undefined) this.set(match[0], match[1]);
    else if (matches === 0) this.set(lo, hi); // Xero's phase moved (or old evidence was wrong): trust the new
  }

  /**
   * A start for Xero's window containing the arrival of a call sent at `sentAt`, no later than the real
   * one; never before one window before `sentAt` (the rolling bound, always safe).
   */
  windowStartFor(sentAt: number): number {
    const rolling = sentAt - this.windowMs;
    if (!this.known) return rolling;
    // The latest boundary candidate (hi + jW) not after sentAt; the real one may be up to (hi - lo) earlier.
    const j = Math.floor((sentAt - this.hi) / this.windowMs);
    return Math.max(rolling, this.lo + j * this.windowMs);
  }

  /**
   * How far into Xero's window `t` is, 0..1, counted from the EARLIEST possible boundary (so it errs late),
   * and the uncertainty of that figure (the interval's width, as a fraction).
   */
  fraction(t: number): { at: number; uncertainty: number } {
    const w = this.windowMs;
    const at = ((((t - this.lo) % w) + w) % w) / w;
    return { at, uncertainty: (this.hi - this.lo) / w };
  }

  private set(lo: number, hi: number): void {
    this.lo = lo;
    this.hi = hi;
    this.known = true;
  }
}
