/** Counters shared by every window of one engine, for `debugState()`. */
export interface WindowStats {
  liveLimiters: number;
  pauseTimers: number;
  /** Timers of outside-consumer holds (OutsideReservation), one per key holding units. */
  reservationTimers: number;
}

/**
 * The bookkeeping every sliding minute window shares, whatever enforces it: units out (`held`) and the
 * pause. A unit is held from the moment a call is granted until one window after it ended (or at once
 * given back if the call was cancelled before starting), so no interval of one window length ever holds
 * more than `limit` starts. That is exact under both readings of Xero's window (fixed or rolling).
 */
export abstract class WindowCounter {
  protected held = 0;
  /** The pause in force, if any: made when one starts (most windows are never paused; 30k keys each hold one). */
  private pausing: Pause | undefined;
  protected stopped = false;

  constructor(
    /** Starts allowed per window; a window gate's may change (a lent interactive reserve). */
    public limit: number,
    protected readonly stats: WindowStats,
  ) {}

  /** Calls this window still allows right now. */
  get remaining(): number {
    return Math.max(0, this.limit - this.held);
  }

  /** Units held now: by calls, header-resync phantoms and a pause. */
  get inUse(): number {
    return this.held;
  }

  /** Units held by calls and by header-resync phantoms (not by a pause). */
  get used(): number {
    return this.held - (this.pausing?.held ?? 0);
  }

  /** Epoch ms until which the window is paused; 0 when not paused. */
  get pausedUntil(): number {
    return this.pausing?.until ?? 0;
  }

  protected get paused(): boolean {
    return this.pausing !== undefined;
  }

  /** Nothing waiting or running, every unit back, not paused: the window holds nothing worth keeping. */
  abstract get idle(): boolean;

  /** A granted call started: its unit now stays out until `giveBack`, one window later. */
  abstract markStarted(): void;

  /** A granted call was cancelled before it started: its unit comes back at once. */
  abstract refund(): void;

  /** Takes `n` units (a header resync or a pause); they come back through `giveBack`. */
  take(n: number): void {
    if (n <= 0) return;
    this.held += n;
    this.onTaken(n);
  }

  /** Returns `n` units taken by a start or by `take`. */
  giveBack(n: number): void {
    this.held -= n;
    this.onReturned(n);
  }

  /**
   * No new start until `untilMs` (epoch). The pause takes a whole window's worth of units, so once it
   * ends the last window's starts and the pause together never exceed `limit`. One timer per window,
   * extended (not stacked) by a later pause.
   */
  pause(untilMs: number): void {
    if (this.stopped || untilMs <= this.pausedUntil) return;
    let pausing = this.pausing;
    if (pausing === undefined) {
      this.take(this.limit);
      this.stats.pauseTimers++;
      pausing = { held: this.limit, until: untilMs, timer: undefined };
      this.pausing = pausing;
    } else {
      clearTimeout(pausing.timer);
      pausing.until = untilMs;
    }
    const ended = pausing;
    pausing.timer = setTimeout(
      () => {
        this.pausing = undefined;
        this.stats.pauseTimers--;
        this.giveBack(ended.held);
      },
      Math.max(0, untilMs - Date.now()),
    );
  }

  /** Releases the pause timer and whatever the subclass holds; the window is unusable afterwards. */
  stop(): void {
    this.stopped = true;
    if (this.pausing !== undefined) {
      clearTimeout(this.pausing.timer);
      this.pausing = undefined;
      this.stats.pauseTimers--;
    }
    this.onStop();
  }

  protected abstract onTaken(n: number): void;
  protected abstract onReturned(n: number): void;
  protected abstract onStop(): void;
}

/** A pause in force: the units it took, until when (epoch ms), and its timer. */
interface Pause {
  held: number;
  until: number;
  timer: NodeJS.Timeout | undefined;
}
