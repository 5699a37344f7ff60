import { type Logger, silentLogger } from '../logger.js';
import type { OutageStore } from './outage-store.js';

/** How a call's wait in an outage ended. */
export type HoldOutcome =
  /** The scope is up (revived, or was never down here): go. */
  | { kind: 'up' }
  /** This call is the probe: send it, then report `up`, `down` or `abandon` with the lease. */
  | { kind: 'probe'; lease: string }
  | { kind: 'deadline' }
  /** The call's own bound on waiting out the outage (`maxOutageWaitMs`) passed. */
  | { kind: 'gave-up' }
  | { kind: 'aborted' }
  | { kind: 'closed' };

export interface HoldWait {
  /** Epoch ms: the call's deadline, if any. */
  deadline?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Epoch ms after which the call stops waiting for revival. */
  giveUpAt: number;
  /** May this call be sent as the probe (a read, or a write with an idempotency key)? */
  probeSafe: boolean;
  /** How long the probe may hold the lease: the call's HTTP timeout plus room to queue. */
  leaseMs: number;
}

export interface OutageHoldOptions {
  store: OutageStore;
  /** First probe delay, scaled ms; doubled per failed probe, capped, with jitter. */
  probeBaseDelayMs: number;
  probeMaxDelayMs: number;
  /** How often a process with held calls re-reads the store (another process's probe may revive it). */
  pollMs: number;
  /** An outage record without news for this long expires by itself (a crashed prober cannot wedge it). */
  recordTtlMs: number;
  logger?: Logger | undefined;
  /** This process noticed the scope go down, or come back. */
  onDown?(scope: string): void;
  onUp?(scope: string, downForMs: number): void;
  random?: () => number;
}

interface Waiter extends HoldWait {
  settle(outcome: HoldOutcome): void;
}

interface ScopeView {
  scope: string;
  /** Local epoch ms when this process learnt of the outage. */
  since: number;
  waiters: Waiter[];
  /** The lease of this process's probe in flight. */
  probe: string | undefined;
  ticking: boolean;
  wake: (() => void) | undefined;
}

/**
 * Holds calls while Xero is down, instead of letting each spend its retries (and rate-limit units) on its
 * own. A scope goes down on an outage answer; from then on calls of that scope wait here (before the
 * limits engine, so they spend nothing) until revival, their deadline, their signal or their own bound.
 * One probe at a time — the oldest waiting call that is safe to repeat, so no extra request is made —
 * decides revival, after a capped exponential backoff with jitter; the store's lease makes it one prober
 * across processes with Redis. On revival every waiter is released and the limits engine paces the drain.
 *
 * Nothing runs while no scope is down: `isDown()` is a map lookup, and timers exist only while calls wait.
 */
export class OutageHold {
  private readonly views = new Map<string, ScopeView>();
  private readonly logger: Logger;
  private readonly random: () => number;
  private closed = false;

  constructor(private readonly options: OutageHoldOptions) {
    this.logger = options.logger ?? silentLogger;
    this.random = options.random ?? Math.random;
  }

  /** Whether this process knows `scope` to be down (sync, no I/O). */
  isDown(scope: string): boolean {
    return this.views.has(scope);
  }

  /** Local epoch ms since which `scope` is known down here, if it is. */
  downSince(scope: string): number | undefined {
    return this.views.get(scope)?.since;
  }

  /** Waits while `scope` is down. Never rejects: the outcome says how the wait ended. */
  wait(scope: string, wait: HoldWait): Promise<HoldOutcome> {
    if (this.closed) return Promise.resolve({ kind: 'closed' });
    const view = this.views.get(scope);
    if (view === undefined) return Promise.resolve({ kind: 'up' });
    if (wait.signal?.aborted) return Promise.resolve({ kind: 'aborted' });
    const now = Date.now();
    if (wait.deadline !== undefined && wait.deadline <= now) return Promise.resolve({ kind: 'deadline' });
    if (wait.giveUpAt <= now) return Promise.resolve({ kind: 'gave-up' });
    return new Promise<HoldOutcome>((resolve) => {
      const bound = Math.min(wait.giveUpAt, wait.deadline ?? Number.POSITIVE_INFINITY);
      const onAbort = () => waiter.settle({ kind: 'aborted' });
      const timer = setTimeout(
        () =>
          waiter.settle(
            wait.deadline !== undefined && wait.deadline <= wait.giveUpAt
              ? { kind: 'deadline' }
              : { kind: 'gave-up' },
          ),
        Math.max(0, bound - now),
      );
      const waiter: Waiter = {
        ...wait,
        settle: (outcome) => {
          const at = view.waiters.indexOf(waiter);
          if (at === -1) return;
          view.waiters.splice(at, 1);
          clearTimeout(timer);
          wait.signal?.removeEventListener('abort', onAbort);
          resolve(outcome);
        },
      };
      wait.signal?.addEventListener('abort', onAbort, { once: true });
      view.waiters.push(waiter);
      void this.tick(view);
    });
  }

  /**
   * Xero answered an outage for `scope` (503, unreachable). With `lease`, it was this process's probe:
   * one more failed probe, the next after a longer backoff. Without, the scope enters its outage (or this
   * process joins one already recorded).
   */
  async down(scope: string, lease?: string | undefined): Promise<void> {
    if (this.closed) return;
    let view = this.views.get(scope);
    const { store } = this.options;
    try {
      if (lease !== undefined && view?.probe === lease) {
        const state = await store.read(scope);
        const delay = this.probeDelay((state?.failedProbes ?? 0) + 1);
        view.probe = undefined;
        // Logged before the lease is freed, so log lines of all processes show probes strictly in turn.
        this.logger.debug('outage probe failed', { scope, nextProbeInMs: Math.round(delay) });
        await store.probeFailed(scope, lease, delay, this.options.recordTtlMs + delay);
      } else if (view === undefined) {
        const started = await store.markDown(scope, this.probeDelay(0), this.options.recordTtlMs);
        view = this.views.get(scope);
        if (view === undefined) {
          view = { scope, since: Date.now(), waiters: [], probe: undefined, ticking: false, wake: undefined };
          this.views.set(scope, view);
          this.logger.warn(started ? 'Xero outage: calls wait for revival' : 'Xero outage joined', {
            scope,
          });
          this.options.onDown?.(scope);
        }
      }
    } catch (error) {
      this.logger.warn('outage store failed', { scope, error: errorText(error) });
    }
    if (view !== undefined) this.poke(view);
  }

  /**
   * Xero answered `scope` normally. A call sent before this process learnt of the outage proves nothing
   * about now, so only the probe, or a call sent since, revives the scope.
   */
  async up(scope: string, sentAt: number, lease?: string | undefined): Promise<void> {
    const view = this.views.get(scope);
    if (view === undefined) return;
    if (lease === undefined && sentAt < view.since) return;
    if (lease !== undefined && view.probe === lease) {
      view.probe = undefined;
      this.logger.debug('outage probe answered: revived', { scope });
    }
    try {
      await this.options.store.markUp(scope);
    } catch (error) {
      this.logger.warn('outage store failed', { scope, error: errorText(error) });
    }
    this.revived(view);
  }

  /** The probe never reached Xero (its caller gave up first): the next waiter may probe at once. */
  async abandon(scope: string, lease: string): Promise<void> {
    const view = this.views.get(scope);
    if (view?.probe === lease) view.probe = undefined;
    this.logger.debug('outage probe abandoned', { scope });
    try {
      await this.options.store.releaseProbe(scope, lease);
    } catch (error) {
      this.logger.debug('outage store failed', { scope, error: errorText(error) });
    }
    if (view !== undefined) this.poke(view);
  }

  /** Ends every wait (outcome `closed`) and forgets every scope. Idempotent. */
  close(): void {
    this.closed = true;
    for (const view of this.views.values()) {
      for (const waiter of [...view.waiters]) waiter.settle({ kind: 'closed' });
      view.wake?.();
    }
    this.views.clear();
  }

  /** Capped exponential backoff with equal jitter: never sooner than half the ceiling. */
  private probeDelay(failedProbes: number): number {
    const { probeBaseDelayMs, probeMaxDelayMs } = this.options;
    const ceiling = Math.min(probeMaxDelayMs, probeBaseDelayMs * 2 ** failedProbes);
    return ceiling / 2 + (this.random() * ceiling) / 2;
  }

  private revived(view: ScopeView): void {
    if (this.views.get(view.scope) !== view) return;
    this.views.delete(view.scope);
    const downForMs = Date.now() - view.since;
    this.logger.info('Xero revived: held calls resume', { scope: view.scope, downForMs });
    this.options.onUp?.(view.scope, downForMs);
    for (const waiter of [...view.waiters]) waiter.settle({ kind: 'up' });
    view.wake?.();
  }

  private poke(view: ScopeView): void {
    if (view.ticking) view.wake?.();
    else if (view.waiters.length > 0) void this.tick(view);
  }

  /** While calls wait: re-read the shared record, and hand the probe lease to the oldest safe waiter. */
  private async tick(view: ScopeView): Promise<void> {
    if (view.ticking) return;
    view.ticking = true;
    const { store, pollMs } = this.options;
    try {
      while (view.waiters.length > 0 && !this.closed && this.views.get(view.scope) === view) {
        let nextMs = pollMs;
        try {
          const state = await store.read(view.scope);
          if (this.views.get(view.scope) !== view) break;
          if (state === undefined) {
            this.revived(view);
            break;
          }
          if (view.probe === undefined && !state.probing && state.probeInMs <= 0) {
            const candidate = view.waiters.find((w) => w.probeSafe);
            if (candidate !== undefined) {
              const lease = await store.tryProbe(view.scope, candidate.leaseMs);
              if (lease !== undefined) {
                if (view.waiters.includes(candidate) && this.views.get(view.scope) === view) {
                  view.probe = lease;
                  this.logger.debug('outage probe started', { scope: view.scope });
                  candidate.settle({ kind: 'probe', lease });
                } else {
                  await store.releaseProbe(view.scope, lease);
                  nextMs = 0;
                }
              }
            }
          } else if (view.probe === undefined && !state.probing) {
            nextMs = Math.min(pollMs, Math.max(1, state.probeInMs));
          }
        } catch (error) {
          this.logger.debug('outage store failed', { scope: view.scope, error: errorText(error) });
        }
        if (view.waiters.length === 0) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, nextMs);
          function done() {
            clearTimeout(timer);
            resolve();
          }
          view.wake = done;
        });
        view.wake = undefined;
      }
    } finally {
      view.ticking = false;
    }
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
