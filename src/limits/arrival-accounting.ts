import { compacted, firstAfter } from './time-ordered-list.js';

/**
 * Arrival-ordered accounting for Xero's remaining-budget headers.
 *
 * Xero counts a call when its request ARRIVES and answers with what is left at that moment; the SDK reads
 * the answer later, when it PROCESSES the response. Comparing Xero's figure with what the SDK holds at
 * processing time invents "phantom" spending whenever calls left the SDK's window in between (a loaded
 * CPU stretches that gap). Instead, a report is compared with the most calls of ours Xero could have
 * counted when it answered: calls that had started by the time we read the answer (an upper bound of
 * "sent before it arrived") and that were still running, or ended after one window before this call was
 * sent (a call arriving at `a` counts what arrived in `(a - window, a]`; a fixed window counts a subset
 * of that). Both bounds err towards "ours", so with no outside consumer the outside figure is never
 * positive, under either window reading.
 *
 * Under a known FIXED window (fixed-window-phase.ts) the window's start is known only as well as our
 * calls show it, and counting ours from the earliest possible start took the previous window's last calls
 * for ours, under-stating an outside consumer (learnt short, one 429 a window while 429s raised it, then
 * dropped and learnt again). A report there also discounts our calls Xero answered with a higher count
 * than its own (`notSeenBy`): within a fixed window Xero's count only grows with arrival order.
 *
 * What remains is a proven lower bound of calls someone else made in Xero's window: an outside consumer
 * (another process, another integration on the same app). `OutsideDeficit` keeps the largest such figure
 * reported over the last three windows, so a steady outside consumer is learnt once and kept while the
 * headers keep confirming it, and is dropped once three windows have passed without them.
 */

/** The call a response belongs to, for the report it carries (kept by the core while the call runs). */
export interface CallTiming {
  clientId: string;
  /** Epoch ms when the engine started the call: no later than its request was sent. */
  startedAt: number;
  /** Xero answered it with its remaining minute count: the request certainly reached Xero. */
  answered?: boolean;
  /** The engine's own id for the call, where its store keeps one (the Redis engine's lease member). */
  id?: string;
  /** The call will not be sent (`releaseUnused`): its units come back when its function returns. */
  unsent?: boolean;
}

/**
 * Our calls on one window (an (app, tenant) or a whole app): how many run, and what the ended ones left.
 * Ended calls are kept for two windows, which bounds how old a report's call may be to still be compared.
 *
 * Memory matters here: a fleet keeps one ledger per (app, organisation) for two windows after each call,
 * and most keys see a call or two per window. So an ended call is ONE record of four numbers in one flat
 * array (its end, start, and own report), start times are kept only while a call runs, and every list is
 * made on first need and dropped when empty. A one-call key's ledger is then ~170 B, not ~350 B with a
 * list per field (measured with bench/support/scale-run.ts: 30k keys, 4.6 MB less).
 */
export class ArrivalLedger {
  private running = 0;
  /**
   * Ended calls, in end order from `head` on, flat in fours (`RECORD`): end (epoch ms); start if Xero
   * answered it with its count, else NaN; when its own report was read and what Xero said was left (NaN,
   * NaN when it had none).
   */
  private records: number[] | undefined;
  private head = 0;
  /**
   * Start times (epoch ms) of the calls started since the oldest running one, oldest first from
   * `startHead`. Dropped whenever nothing runs: only a running call's report asks which calls started
   * after it (`startedAfter`), or names its start (`reported`).
   */
  private starts: number[] | undefined;
  private startHead = 0;
  /** Reports of calls still running, flat in threes: when read, Xero's remaining figure, the call's start. */
  private pending: number[] | undefined;
  /** When Xero refused one of our calls (a 429 it did not count), over the last two windows. */
  private refusals: number[] | undefined;

  constructor(private readonly windowMs: number) {}

  started(at: number): void {
    this.running++;
    this.starts = this.starts === undefined ? [at] : appended(this.starts, at);
  }

  /**
   * Our calls started after `sentAt` (within the history kept): counted by `seenBy` as ours, yet Xero may
   * not have seen them when it answered the call sent at `sentAt`. The uncertainty of an outside figure.
   */
  startedAfter(sentAt: number, now: number): number {
    this.prune(now);
    const starts = this.starts;
    if (starts === undefined) return 0;
    let n = 0;
    for (let i = starts.length - 1; i >= this.startHead && (starts[i] as number) > sentAt; i--) n++;
    return n;
  }

  /**
   * A call started at `start` ended at `at`. `answered`: Xero answered it with its remaining count, so it
   * certainly reached Xero (it may still have been refused: see `refused`).
   */
  ended(at: number, start = Number.NaN, answered = false): void {
    this.running--;
    let readAt = Number.NaN;
    let remaining = Number.NaN;
    const pending = this.pending;
    if (pending !== undefined) {
      for (let i = 2; i < pending.length; i += 3) {
        if (pending[i] !== start) continue;
        readAt = pending[i - 2] as number;
        remaining = pending[i - 1] as number;
        if (pending.length === 3) this.pending = undefined;
        else pending.splice(i - 2, 3);
        break;
      }
    }
    const s = answered ? start : Number.NaN;
    this.records =
      this.records === undefined
        ? [at, s, readAt, remaining]
        : appendedRecord(this.records, at, s, readAt, remaining);
    if (this.running === 0) {
      this.starts = undefined;
      this.startHead = 0;
    }
    this.prune(at);
  }

  /**
   * Xero answered our call started at `sentAt` with `remaining` of its minute, read at `now`. Kept only
   * for a running call this ledger started (a report of a call it never ran, or a second one for the same
   * call, would make `notSeenBy` discount a call twice).
   */
  reported(sentAt: number, now: number, remaining: number): void {
    this.prune(now);
    const starts = this.starts ?? NONE;
    let started = 0;
    for (let i = starts.length - 1; i >= this.startHead; i--) {
      const start = starts[i] as number;
      if (start < sentAt) break;
      if (start === sentAt) started++;
    }
    if (started === 0) return;
    const pending = this.pending;
    let reported = 0;
    for (let i = 2; i < (pending ?? NONE).length; i += 3) if (pending?.[i] === sentAt) reported++;
    // Calls of that start that ended already, with their report (each ended after it was sent).
    const records = this.records ?? NONE;
    for (let i = records.length - RECORD; i >= this.head; i -= RECORD) {
      if ((records[i] as number) < sentAt) break;
      if (records[i + 1] === sentAt && !Number.isNaN(records[i + 2])) reported++;
    }
    if (reported >= started) return;
    if (pending === undefined) this.pending = [now, remaining, sentAt];
    else pending.push(now, remaining, sentAt);
  }

  /**
   * Under Xero's FIXED window: our calls `seenBy` counts from `from` that the report of `remaining` cannot
   * have counted. Within one fixed window Xero's count only grows with arrival order, so a call of ours
   * Xero answered with FEWER remaining (a higher count) either arrived after the reported one or in an
   * earlier window: in neither case is it in the report's count. Only calls read after `from` (so counted
   * by `seenBy`: running or ended after it) are discounted. Not valid under the rolling reading, where
   * calls leave the count between two arrivals.
   */
  notSeenBy(remaining: number, from: number, now: number): number {
    this.prune(now);
    let n = 0;
    const pending = this.pending ?? NONE;
    for (let i = 0; i < pending.length; i += 3) {
      if ((pending[i] as number) > from && (pending[i + 1] as number) < remaining) n++;
    }
    // NaN (a call with no report of its own) compares false.
    const records = this.records ?? NONE;
    for (let i = this.head; i < records.length; i += RECORD) {
      if ((records[i + 2] as number) > from && (records[i + 3] as number) < remaining) n++;
    }
    return n;
  }

  /** Xero refused one of our calls at about `at` (429): it did not count it. */
  refused(at: number): void {
    if (this.refusals === undefined) this.refusals = [at];
    else this.refusals.push(at);
  }

  /**
   * The most calls of ours Xero could have counted when it answered a call sent at `sentAt` (or later),
   * read at `now`, counting only calls that ended after `from` (default: one window before `sentAt`, the
   * rolling reading; a known fixed window's start narrows it); undefined when the call is older than the
   * history kept (no evidence then).
   */
  seenBy(sentAt: number, now: number, from = sentAt - this.windowMs): number | undefined {
    this.prune(now);
    if (sentAt - this.windowMs < now - 2 * this.windowMs) return undefined;
    return this.running + this.endedAfter(from);
  }

  /**
   * Evidence of a FIXED window reset (see fixed-window-phase.ts): under the rolling reading, Xero's `count`
   * at the arrival of a call sent at `sentAt` (read at `now`) is at least our answered calls that started
   * after `now - window` and ended before `sentAt`, less the calls it refused meanwhile. When it is less,
   * returns the start of the `(count + refused + 1)`-th latest of those calls: a boundary of Xero's window
   * lies after it (and no later than `now`). Undefined when the rolling reading explains the report.
   */
  resetAfter(sentAt: number, now: number, count: number): number | undefined {
    this.prune(now);
    if (sentAt - this.windowMs < now - 2 * this.windowMs) return undefined;
    const records = this.records;
    if (records === undefined) return undefined;
    // Usually no more of our calls ended before `sentAt` than Xero counted: nothing to prove, in O(log n)
    // (the scan below is O(n) and allocates; at a busy key it ran on every report).
    const endedBy = (records.length - this.head) / RECORD - this.endedAfter(sentAt);
    if (endedBy <= count) return undefined;
    const from = now - this.windowMs;
    const certain: number[] = [];
    for (let i = this.head; i < records.length && (records[i] as number) <= sentAt; i += RECORD) {
      const start = records[i + 1] as number;
      if (start > from) certain.push(start); // NaN (unanswered) never is
    }
    let refused = 0;
    for (const at of this.refusals ?? []) if (at > from - this.windowMs) refused++;
    const n = count + refused;
    if (certain.length <= n) return undefined;
    certain.sort((a, b) => b - a);
    return certain[n];
  }

  /** Ended calls kept that ended after `at`, by binary search (records are in end order). */
  private endedAfter(at: number): number {
    const records = this.records;
    if (records === undefined) return 0;
    let lo = this.head / RECORD;
    let hi = records.length / RECORD;
    const total = hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const end = records[mid * RECORD] as number;
      if (end > at) hi = mid;
      else lo = mid + 1;
    }
    return total - lo;
  }

  private prune(now: number): void {
    const cutoff = now - 2 * this.windowMs;
    const starts = this.starts;
    if (starts !== undefined) {
      const head = firstAfter(starts, this.startHead, 1, cutoff);
      this.starts = compacted(starts, head, 64);
      this.startHead = this.starts === starts ? head : 0;
    }
    const records = this.records;
    if (records !== undefined) {
      const head = firstAfter(records, this.head, RECORD, cutoff);
      this.records = compacted(records, head, 64 * RECORD);
      this.head = this.records === records ? head : 0;
    }
    const pending = this.pending;
    if (pending !== undefined) {
      let r = 0;
      while (r < pending.length && (pending[r] as number) <= cutoff) r += 3;
      if (r >= pending.length) this.pending = undefined;
      else if (r > 0) pending.splice(0, r);
    }
    const refusals = this.refusals;
    if (refusals !== undefined) {
      let r = 0;
      while (r < refusals.length && (refusals[r] as number) <= cutoff) r++;
      if (r === refusals.length) this.refusals = undefined;
      else if (r > 0) refusals.splice(0, r);
    }
  }
}

/** Numbers per ended call in `ArrivalLedger.records`. */
const RECORD = 4;
/** Stands in for a list not made (read only). */
const NONE: readonly number[] = [];

/**
 * Calls someone else made in Xero's window, as far as one report proves: Xero's count (`limit - remaining`)
 * less the most calls of ours it could have counted. 0 when nothing is proven.
 */
export function outsideCalls(limit: number, remaining: number, ours: number): number {
  return Math.max(0, limit - remaining - ours);
}

/**
 * The share to hold for an outside consumer once a report PROVES one (`outsideCalls` > 0): the top of what
 * the report allows, not its proven floor. `ours` counts our calls started after the reported one as
 * seen, though they may have reached Xero after it answered (up to the calls in flight, more on a loaded
 * CPU), so the floor under-states the share by up to `late`. Holding the floor made the engine meet a 429
 * in each window until 429s had raised it unit by unit. The reported call itself is one of Xero's count,
 * so the share is at most `limit - remaining - 1`.
 */
export function outsideShare(limit: number, remaining: number, ours: number, late: number): number {
  const proven = outsideCalls(limit, remaining, ours);
  if (proven === 0) return 0;
  return Math.max(proven, Math.min(limit - remaining - 1, proven + late));
}

/** Buckets (window-aligned) a learnt outside consumer is remembered over: the current one and two before. */
export const OUTSIDE_MEMORY_WINDOWS = 3;

/**
 * Windows a share proven under a known FIXED window (fixed-window-phase.ts) is kept without a new proof.
 * Bounds what a consumer that stopped costs while none of our reports lands late enough in Xero's window
 * to show it gone.
 */
export const FIXED_MEMORY_WINDOWS = 10;

/**
 * A learnt outside consumer on one window: the largest figure `outsideCalls` reported in the current or
 * the two previous window-aligned buckets. Raised at once by a higher report; held while reports confirm
 * it (any report proving an outside consumer keeps the share held); gone once three windows pass without
 * one. Two previous windows, not one: under the fixed reading
 * the proof only shows near the end of Xero's window, and when our own calls bunch early in it, a whole
 * bucket may pass with no report that proves anything.
 *
 * Once Xero's fixed window phase is known (`observeFixed`), a proven share is also kept across Xero's
 * resets: a report EARLIER in Xero's window than where the share was first seen cannot show it (the
 * consumer spends later in the window), so it neither confirms nor refutes; only a report LATER in the
 * window showing less lowers it, or FIXED_MEMORY_WINDOWS without a proof. The Redis engine keeps the same
 * numbers in a hash and applies the same rules in Lua (see limits-scripts.ts).
 */
export class OutsideDeficit {
  private bucket = Number.NEGATIVE_INFINITY;
  /** Largest report in `bucket`, in the one before it, and in the one before that. */
  private current = 0;
  private previous = 0;
  private older = 0;
  /** Under a known fixed window: the share, where in Xero's window (0..1) it was seen, when last proven. */
  private fixedShare = 0;
  private fixedAt = 1;
  private fixedProvenAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly windowMs: number) {}

  /**
   * A report proved `calls` outside calls. A proof is a floor (our calls it cannot place count as ours),
   * so one proving less than the share held still CONFIRMS the consumer, and keeps the share held: under
   * CPU load (or the Redis engine's tolerance) later reports prove less than the first, and letting the
   * share sink to them met a 429 in each window once it had.
   */
  confirm(calls: number, now: number): void {
    if (calls <= 0) return;
    const held = this.rollingValue(now);
    this.roll(now);
    this.current = Math.max(this.current, calls, held);
  }

  /**
   * A report under a known fixed window: `calls` shown outside (0 when none is proven), `at` how far into
   * Xero's window it arrived (0..1, counted from the earliest possible boundary) and `uncertainty` that
   * figure's error. Near a boundary (`at <= uncertainty`) the report may belong to either window: a proof
   * there counts as seen late, and it refutes nothing.
   */
  observeFixed(calls: number, at: number, uncertainty: number, now: number): void {
    const held = this.fixedValue(now);
    if (calls > 0 && calls >= held) {
      const where = at <= uncertainty ? 1 : at;
      this.fixedAt = calls > held ? where : Math.min(this.fixedAt, where);
      this.fixedShare = calls;
      this.fixedProvenAt = now;
      return;
    }
    // Less than held: evidence only from later in the window than where the share was seen.
    if (held > 0 && at > uncertainty && at - uncertainty > this.fixedAt) {
      this.fixedShare = calls;
      this.fixedAt = at;
      if (calls > 0) this.fixedProvenAt = now;
    }
  }

  /** Calls to keep for the outside consumer now. */
  value(now: number): number {
    return Math.max(this.rollingValue(now), this.fixedValue(now));
  }

  /** Epoch ms at which `value()` may next fall; undefined while it is 0. */
  nextChangeAt(now: number): number | undefined {
    if (this.value(now) === 0) return undefined;
    let at = Number.POSITIVE_INFINITY;
    if (this.rollingValue(now) > 0) at = (Math.floor(now / this.windowMs) + 1) * this.windowMs;
    if (this.fixedValue(now) > 0)
      at = Math.min(at, this.fixedProvenAt + FIXED_MEMORY_WINDOWS * this.windowMs);
    return at;
  }

  private rollingValue(now: number): number {
    const k = Math.floor(now / this.windowMs) - this.bucket;
    if (k <= 0) return Math.max(this.current, this.previous, this.older);
    if (k === 1) return Math.max(this.current, this.previous);
    if (k === 2) return this.current;
    return 0;
  }

  private fixedValue(now: number): number {
    return now - this.fixedProvenAt < FIXED_MEMORY_WINDOWS * this.windowMs ? this.fixedShare : 0;
  }

  private roll(now: number): void {
    const b = Math.floor(now / this.windowMs);
    const k = b - this.bucket;
    if (k <= 0) return; // same bucket (or the clock stepped back): keep counting in it
    this.older = k === 1 ? this.previous : k === 2 ? this.current : 0;
    this.previous = k === 1 ? this.current : 0;
    this.current = 0;
    this.bucket = b;
  }
}

/** Exact-size copies while short: `push` reserves n + n/2 + 16 slots, and most keys see a few calls a window. */
function appended(list: number[], value: number): number[] {
  if (list.length >= 16) {
    list.push(value);
    return list;
  }
  return list.concat(value);
}

/**
 * `appended` for one ledger record. Four plain parameters, not a rest array: a rest array holds boxed
 * numbers, and concatenating it turned the ledger's list into one (a heap number per field).
 */
function appendedRecord(list: number[], a: number, b: number, c: number, d: number): number[] {
  if (list.length >= 16) {
    list.push(a, b, c, d);
    return list;
  }
  return list.concat(a, b, c, d);
}
