import { compacted, firstAfter } from './time-ordered-list.js';

/**
 * Phantom batches reported within the same 1/1024 of the window merge into one, counted from the later
 * report (conservative: they leave the window at most that much late). Slots are fixed, so a steady
 * stream of reports never keeps one batch alive; the list holds at most ~1024 batches per window.
 */
const PHANTOM_SLOTS_PER_WINDOW = 1024;

/**
 * One (app, tenant)'s day budget: a sliding log of start times (epoch ms), pruned lazily when read, so
 * no timer is needed per call. Xero's day window is fixed or rolling depending on which page one reads;
 * a sliding 24 h log is conservative under both.
 *
 * Both logs are FIFO queues (an array and a head index) with running counts, so every operation is O(1)
 * amortised however many calls and resyncs the window holds. They are made on first use and dropped
 * when empty: a host keeps one budget per (app, tenant), most of them idle.
 */
export class DayBudget {
  /** Our starts (epoch ms), oldest first, from `head` on. */
  private starts: number[] | undefined;
  private head = 0;
  /**
   * Calls Xero counted that we did not make (another process), as pairs `[at, count, at, count, …]`
   * oldest first from `phantomHead` on, aged out like starts; `phantomCount` is the sum of their counts.
   */
  private phantoms: number[] | undefined;
  private phantomHead = 0;
  private phantomCount = 0;
  /** Epoch ms until which Xero said the day is spent (a day 429). */
  exhaustedUntil = 0;

  constructor(
    readonly limit: number,
    private readonly windowMs: number,
  ) {}

  record(now: number): void {
    if (this.starts === undefined) this.starts = [now];
    else this.starts.push(now);
  }

  /** A call recorded at `at` never went out: it no longer counts (releaseUnused). */
  unrecord(at: number): void {
    const starts = this.starts;
    if (starts === undefined) return;
    for (let i = starts.length - 1; i >= this.head; i--) {
      if (starts[i] === at) {
        starts.splice(i, 1);
        return;
      }
    }
  }

  /** Calls counted in the last day window, ours and phantom. */
  used(now: number): number {
    this.prune(now);
    return (this.starts === undefined ? 0 : this.starts.length - this.head) + this.phantomCount;
  }

  /** Ms until the oldest counted call leaves the window (the whole window when nothing is logged). */
  msUntilOldestExpires(now: number): number {
    this.prune(now);
    const oldest = Math.min(
      this.starts?.[this.head] ?? Number.POSITIVE_INFINITY,
      this.phantoms?.[this.phantomHead] ?? Number.POSITIVE_INFINITY,
    );
    return oldest === Number.POSITIVE_INFINITY ? this.windowMs : Math.max(1, oldest + this.windowMs - now);
  }

  /**
   * Xero says `remaining` calls are left today. If that is fewer than our log allows, someone else spent
   * the difference: count it as phantom calls made now (conservative, they were made earlier). Never adds.
   */
  resync(remaining: number, now: number): number {
    const missing = this.limit - remaining - this.used(now);
    if (missing > 0) this.addPhantoms(missing, now);
    return Math.max(0, missing);
  }

  /** Nothing logged, nothing phantom, not marked exhausted: the record can be forgotten. */
  isEmpty(now: number): boolean {
    return this.used(now) === 0 && this.exhaustedUntil <= now;
  }

  private addPhantoms(count: number, now: number): void {
    this.phantomCount += count;
    const list = this.phantoms;
    if (list === undefined) {
      this.phantoms = [now, count];
      return;
    }
    const last = list.length - 2;
    const lastAt = list[last] as number;
    const slotMs = this.windowMs / PHANTOM_SLOTS_PER_WINDOW;
    if (Math.floor(now / slotMs) <= Math.floor(lastAt / slotMs)) {
      // Same slot (or the clock stepped back): one batch, counted from the later time.
      list[last] = Math.max(lastAt, now);
      list[last + 1] = (list[last + 1] as number) + count;
    } else {
      list.push(now, count);
    }
  }

  private prune(now: number): void {
    const cutoff = now - this.windowMs;
    const starts = this.starts;
    if (starts !== undefined) {
      const head = firstAfter(starts, this.head, 1, cutoff);
      this.starts = compacted(starts, head, 0);
      this.head = this.starts === starts ? head : 0;
    }
    const phantoms = this.phantoms;
    if (phantoms !== undefined) {
      let head = this.phantomHead;
      while (head < phantoms.length && (phantoms[head] as number) <= cutoff) {
        this.phantomCount -= phantoms[head + 1] as number;
        head += 2;
      }
      this.phantoms = compacted(phantoms, head, 0);
      if (this.phantoms === undefined) this.phantomCount = 0;
      this.phantomHead = this.phantoms === phantoms ? head : 0;
    }
  }
}
