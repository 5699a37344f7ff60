import { randomUUID } from 'node:crypto';
import { ClosedError, CoordinationUnavailableError } from '../../errors/infrastructure-errors.js';
import { DayLimitExceededError } from '../../errors/rate-limit-error.js';
import { AbortedError, DeadlineExceededError } from '../../errors/timing-errors.js';
import { contextOf, definedOnly, validateKey, validateSchedule } from '../../limits/engine-arguments.js';
import type {
  LimitKey,
  LimitSnapshot,
  LimitsEngine,
  RemainingQuota,
  ScheduleOptions,
  XeroLimits,
} from '../../limits/limits-engine.js';
import type { Logger } from '../../logger.js';
import type { TimeScale } from '../../time-scale.js';
import type { RedisConnection } from '../redis-connection.js';
import type { RedisKeys } from '../redis-keys.js';
import {
  ACQUIRE,
  ACQUIRE_SLOT,
  EXTEND_LEASE,
  EXTEND_UNTIL,
  READ_MARKERS,
  RESYNC,
  STAMP_START,
} from '../scripts/limits-scripts.js';
import { KeyQueue, type Waiter } from './key-queue.js';

export interface RedisLimitsEngineOptions {
  connection: RedisConnection;
  keys: RedisKeys;
  limitsFor(clientId: string): XeroLimits;
  timeScale: TimeScale;
  /** Calls per minute only `mayUseReserve` calls may spend (as in the in-process engine). */
  interactiveReserve: number;
  logger: Logger;
  /** Added to every minute window, in real ms, for jitter between a start here and its arrival at Xero. */
  windowSlackMs: number;
  /** How long a running call holds its concurrency slot without a heartbeat, in real ms. */
  leaseTtlMs: number;
  /** How often a waiter asks again when Redis cannot say when a slot frees, in real ms. */
  pollMs: number;
  /** Header resync compares Xero's count with ours over the window plus this, in real ms. */
  resyncToleranceMs: number;
  /** Overrides the day window (24 h × timeScale), in ms. */
  dayWindowMs?: number | undefined;
  /** The in-process engine to use while Redis is unreachable (fallbackToLocal). */
  fallback?: LimitsEngine | undefined;
  /** While falling back, how long to wait before trying Redis again if it never reports ready, in ms. */
  retryRedisAfterMs?: number | undefined;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** The day budget is counted in this many buckets per day window. */
const DAY_BUCKETS = 96;
/** Timer slack: a wake-up a hair early only costs one more round trip, a late one costs throughput. */
const WAKE_SLACK_MS = 1;

interface Reply {
  /** The minute sets a granted call was charged to. */
  charged: string[];
  status: number;
  waitMs: number;
  minuteCount: number;
  dayCount: number;
  inFlight: number;
  appCount: number;
}

/** What this process last learnt about a key from Redis, for the synchronous `snapshot()`. */
interface View {
  minuteCount: number;
  dayCount: number;
  inFlight: number;
  appCount: number;
  at: number;
  reported: RemainingQuota;
  dayExhaustedUntil: number;
  refreshing: boolean;
}

/**
 * The limits engine shared by every process of a deployment through Redis. Each start is decided by one
 * Lua script on Redis's clock: concurrency leases, exact sliding minute windows (per key, per app and for
 * non-reserve traffic), the day budget, pauses and Xero's resync. Within a process, waiting calls queue
 * per key by priority; across processes, batch calls yield while any process has interactive calls
 * waiting. Every Redis round trip is bounded: an unreachable Redis fails calls with
 * CoordinationUnavailableError, or hands them to the in-process engine when one is given as fallback.
 */
export class RedisLimitsEngine implements LimitsEngine {
  private readonly queues = new Map<string, KeyQueue>();
  private readonly views = new Map<string, View>();
  private readonly limitsCache = new Map<string, XeroLimits>();
  private readonly instanceId = randomUUID();
  private readonly windowMs: number;
  private readonly retentionMs: number;
  private readonly dayMs: number;
  private readonly bucketMs: number;
  private readonly unsubscribe: () => void;
  private seq = 0;
  private lastSweep = Date.now();
  private closed = false;
  /** While set, new calls go straight to the fallback engine (Redis failed recently). */
  private fallingBackUntil = 0;
  private readonly heartbeats = new Set<NodeJS.Timeout>();

  constructor(private readonly options: RedisLimitsEngineOptions) {
    const scaledMinute = MINUTE_MS * options.timeScale.factor;
    this.windowMs = Math.ceil(scaledMinute + options.windowSlackMs);
    this.retentionMs = this.windowMs + Math.ceil(options.resyncToleranceMs);
    this.dayMs = Math.ceil(options.dayWindowMs ?? DAY_MS * options.timeScale.factor);
    this.bucketMs = Math.max(1, Math.ceil(this.dayMs / DAY_BUCKETS));
    this.unsubscribe = options.connection.onReconnect(() => {
      if (this.fallingBackUntil > 0) options.logger.info('Redis is back: shared rate limits resume');
      this.fallingBackUntil = 0;
    });
  }

  schedule<T>(key: LimitKey, options: ScheduleOptions, fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new ClosedError('limits engine is closed', contextOf(key)));
    const invalid = validateSchedule(key, options, fn);
    if (invalid !== undefined) return Promise.reject(invalid);
    const fallback = this.options.fallback;
    if (fallback !== undefined && Date.now() < this.fallingBackUntil)
      return fallback.schedule(key, options, fn);

    const ctx = contextOf(key);
    const now = Date.now();
    this.maybeSweep(now);
    const view = this.views.get(mapKey(key));
    if (key.tenantId !== null && view !== undefined && view.dayExhaustedUntil > now) {
      return Promise.reject(
        new DayLimitExceededError('day limit reached', {
          ...ctx,
          retryAfterMs: view.dayExhaustedUntil - now,
        }),
      );
    }
    if (options.signal?.aborted) {
      return Promise.reject(
        new AbortedError('call aborted before it was queued', { ...ctx, cause: options.signal.reason }),
      );
    }
    if (options.deadline !== undefined && options.deadline <= now) {
      return Promise.reject(new DeadlineExceededError('deadline already passed', ctx));
    }

    return new Promise<T>((resolve, reject) => {
      const queue = this.queue(key);
      const waiter: Waiter = {
        key,
        options,
        interactive: options.priority === 'interactive',
        fn,
        resolve: resolve as (value: unknown) => void,
        reject,
        seq: this.seq++,
        state: 'queued',
        timer: undefined,
        onAbort: undefined,
      };
      if (options.deadline !== undefined) {
        waiter.timer = setTimeout(
          () =>
            this.cancel(
              queue,
              waiter,
              new DeadlineExceededError('call did not start before its deadline', ctx),
            ),
          options.deadline - now,
        );
      }
      if (options.signal !== undefined) {
        const signal = options.signal;
        waiter.onAbort = () =>
          this.cancel(
            queue,
            waiter,
            new AbortedError('call aborted while queued', { ...ctx, cause: signal.reason }),
          );
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      queue.insert(waiter);
      if (queue.pumping) {
        if (queue.waiters[0] === waiter) queue.wake();
      } else {
        void this.pump(queue);
      }
    });
  }

  observe(key: LimitKey, quota: RemainingQuota): void {
    if (this.closed || validateKey(key) !== undefined) return;
    this.options.fallback?.observe(key, quota);
    const view = this.view(key);
    view.reported = { ...view.reported, ...definedOnly(quota) };
    const minute = key.tenantId === null ? undefined : quota.minute;
    const day = key.tenantId === null ? undefined : quota.day;
    if (minute === undefined && day === undefined && quota.appMinute === undefined) return;
    const limits = this.limits(key.clientId);
    const k = this.options.keys.limiter(key);
    const app = this.options.keys.limiter({ clientId: key.clientId, tenantId: null });
    this.background('resync', (c) =>
      RESYNC.run(
        c,
        [k.minute, k.day, app.minute, k.reported, k.nonReserveMinute],
        [
          arg(minute),
          arg(day),
          arg(quota.appMinute),
          limits.perMinute,
          limits.perDay,
          limits.appPerMinute,
          this.retentionMs,
          this.dayMs,
          this.bucketMs,
          `x:${randomUUID()}:`,
          key.tenantId === null ? 0 : 1,
          this.nonReserveLimit(limits),
        ],
      ),
    );
  }

  markDayExhausted(key: LimitKey, retryAfterMs: number): void {
    if (this.closed || validateKey(key) !== undefined || key.tenantId === null) return;
    this.options.fallback?.markDayExhausted(key, retryAfterMs);
    const ms = this.boundedPause(retryAfterMs, this.dayMs);
    const view = this.view(key);
    view.dayExhaustedUntil = Math.max(view.dayExhaustedUntil, Date.now() + ms);
    const k = this.options.keys.limiter(key);
    this.background('mark day exhausted', (c) => EXTEND_UNTIL.run(c, [k.dayExhaustedUntil], [ms]));
    this.options.logger.warn('day limit exhausted; failing calls fast in every process', {
      clientId: key.clientId,
      tenantId: key.tenantId,
      retryAfterMs: ms,
    });
  }

  pause(key: LimitKey, retryAfterMs: number): void {
    if (this.closed || validateKey(key) !== undefined) return;
    this.options.fallback?.pause(key, retryAfterMs);
    const ms = this.boundedPause(retryAfterMs, this.windowMs);
    const k = this.options.keys.limiter(key);
    this.background('pause', (c) => EXTEND_UNTIL.run(c, [k.pausedUntil], [ms]));
    // Waiters of this key re-ask now, so they learn about the pause instead of starting on an old answer.
    this.queues.get(mapKey(key))?.wake();
  }

  snapshot(key: LimitKey): LimitSnapshot {
    const limits = this.limits(key.clientId);
    const queue = this.queues.get(mapKey(key));
    const view = this.views.get(mapKey(key));
    const now = Date.now();
    if (view !== undefined && !this.closed && now - view.at > this.windowMs / 4) this.refreshView(key, view);
    // Counts older than a window have left it.
    const fresh = view !== undefined && now - view.at < this.windowMs;
    const appRemaining = Math.max(0, limits.appPerMinute - (fresh ? view.appCount : 0));
    const keyRemaining = Math.max(0, limits.perMinute - (fresh ? view.minuteCount : 0));
    const reported = { ...(view?.reported ?? {}) };
    const exhausted = view !== undefined && view.dayExhaustedUntil > now;
    const dayLocal = Math.max(0, limits.perDay - (view?.dayCount ?? 0));
    return {
      queued: queue?.waiters.length ?? 0,
      running: queue?.running ?? 0,
      minuteRemaining: key.tenantId === null ? appRemaining : Math.min(keyRemaining, appRemaining),
      dayRemaining:
        key.tenantId === null
          ? Number.POSITIVE_INFINITY
          : exhausted
            ? 0
            : Math.min(dayLocal, reported.day ?? dayLocal),
      reported,
      dayExhaustedUntil: exhausted ? view.dayExhaustedUntil : undefined,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    for (const queue of this.queues.values()) {
      for (const waiter of [...queue.waiters]) {
        this.cancel(
          queue,
          waiter,
          new ClosedError('limits engine closed while the call was queued', contextOf(queue.key)),
        );
      }
      queue.wake();
    }
    for (const timer of this.heartbeats) clearInterval(timer);
    this.heartbeats.clear();
    await this.options.fallback?.close();
  }

  // --- the pump: one per key with waiters ---

  private async pump(queue: KeyQueue): Promise<void> {
    queue.pumping = true;
    try {
      while (queue.waiters.length > 0 && !this.closed) {
        const head = queue.waiters[0]!;
        let reply: Reply;
        const callId = `${this.instanceId}:${head.seq}`;
        try {
          reply = await this.acquire(queue.key, head, callId, false);
        } catch (error) {
          this.coordinationFailed(queue, error);
          continue;
        }
        this.remember(queue.key, reply);
        if (reply.status === ACQUIRE.granted) {
          if (head.state === 'queued') this.start(queue, head, callId, reply.charged);
          else this.releaseLease(queue.key, callId);
          continue;
        }
        if (reply.status === ACQUIRE.dayExhausted) {
          const retryAfterMs = reply.waitMs;
          for (const waiter of [...queue.waiters]) {
            this.cancel(
              queue,
              waiter,
              new DayLimitExceededError('day limit reached', { ...contextOf(queue.key), retryAfterMs }),
            );
          }
          continue;
        }
        queue.waitingBlind = reply.waitMs < 0;
        const delay = queue.waitingBlind ? this.options.pollMs : reply.waitMs + WAKE_SLACK_MS;
        if (!queue.waitingBlind) this.failWaitersPastDeadline(queue, Date.now() + reply.waitMs);
        if (queue.waiters.length > 0) await queue.sleep(delay);
      }
    } finally {
      queue.pumping = false;
      if (queue.idle) this.queues.delete(mapKey(queue.key));
    }
  }

  private async acquire(key: LimitKey, waiter: Waiter, callId: string, peek: boolean): Promise<Reply> {
    const limits = this.limits(key.clientId);
    const k = this.options.keys.limiter(key);
    const app = this.options.keys.limiter({ clientId: key.clientId, tenantId: null });
    const mayUseReserve = waiter.options.mayUseReserve || this.options.interactiveReserve === 0;
    const raw = (await this.options.connection.run('limits acquire', (c) =>
      ACQUIRE_SLOT.run(
        c,
        [
          k.minute,
          k.day,
          k.inFlight,
          k.interactiveWaiters,
          k.pausedUntil,
          k.dayExhaustedUntil,
          app.minute,
          app.pausedUntil,
          k.nonReserveMinute,
        ],
        [
          key.tenantId === null ? 0 : 1,
          this.windowMs,
          limits.perMinute,
          limits.appPerMinute,
          limits.concurrent,
          limits.perDay,
          this.dayMs,
          this.bucketMs,
          callId,
          Math.ceil(this.options.leaseTtlMs),
          waiter.interactive ? 1 : 0,
          this.instanceId,
          Math.ceil(this.options.pollMs * 4 + 100),
          peek ? 1 : 0,
          this.retentionMs,
          mayUseReserve ? '' : this.nonReserveLimit(limits),
          waiter.interactive && this.queues.get(mapKey(key))?.waiters[1]?.interactive === true ? 1 : 0,
        ],
      ),
    )) as number[];
    const charged =
      key.tenantId === null
        ? [app.minute]
        : mayUseReserve
          ? [k.minute, app.minute]
          : [k.minute, k.nonReserveMinute, app.minute];
    return {
      charged,
      status: Number(raw[0]),
      waitMs: Number(raw[1]),
      minuteCount: Number(raw[2]),
      dayCount: Number(raw[3]),
      inFlight: Number(raw[4]),
      appCount: Number(raw[5]),
    };
  }

  private start(queue: KeyQueue, waiter: Waiter, callId: string, charged: string[]): void {
    this.detach(queue, waiter);
    waiter.state = 'started';
    queue.running++;
    const tenant = queue.key.tenantId !== null;
    // Sent before the call's own request, on the same connection: Redis stamps the real start.
    this.background('stamp start', (c) => STAMP_START.run(c, charged, [callId]));
    let heartbeat: NodeJS.Timeout | undefined;
    if (tenant) {
      // A long call keeps its concurrency slot; a dead process's slot frees when its lease lapses.
      const inFlight = this.options.keys.limiter(queue.key).inFlight;
      const ttl = Math.ceil(this.options.leaseTtlMs);
      heartbeat = setInterval(() => {
        this.background('extend lease', (c) => EXTEND_LEASE.run(c, [inFlight], [callId, ttl]));
      }, ttl / 3);
      this.heartbeats.add(heartbeat);
    }
    const finish = () => {
      if (heartbeat !== undefined) {
        clearInterval(heartbeat);
        this.heartbeats.delete(heartbeat);
      }
      queue.running--;
      // Xero counts the call when its request arrives, somewhere before our response: stamp the entries
      // again at the end so the unit stays out until one window after the call ENDED (as the local engine).
      this.background('stamp end', (c) => STAMP_START.run(c, charged, [callId]));
      if (tenant) this.releaseLease(queue.key, callId);
      if (queue.waitingBlind) queue.wake();
      else if (queue.idle) this.queues.delete(mapKey(queue.key));
    };
    let result: Promise<unknown>;
    try {
      result = Promise.resolve(waiter.fn());
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(
      (value) => {
        finish();
        waiter.resolve(value);
      },
      (error: unknown) => {
        finish();
        waiter.reject(error);
      },
    );
  }

  private releaseLease(key: LimitKey, callId: string): void {
    if (key.tenantId === null) return;
    const inFlight = this.options.keys.limiter(key).inFlight;
    // Commands on one connection run in order, so the next acquire already sees the slot free.
    this.background('release lease', (c) => c.zrem(inFlight, callId));
  }

  /** Redis did not answer: hand every queued call of the key to the fallback, or fail it. */
  private coordinationFailed(queue: KeyQueue, error: unknown): void {
    const fallback = this.options.fallback;
    const waiters = [...queue.waiters];
    const outage = error instanceof CoordinationUnavailableError;
    if (outage && fallback !== undefined) {
      if (Date.now() >= this.fallingBackUntil) {
        this.options.logger.warn(
          'Redis unreachable: rate limits now hold per process only (fallbackToLocal)',
          {
            error: error.message,
          },
        );
      }
      this.fallingBackUntil =
        Date.now() + (this.options.retryRedisAfterMs ?? this.options.connection.timeoutMs);
      for (const waiter of waiters) {
        this.detach(queue, waiter);
        waiter.state = 'started';
        fallback.schedule(waiter.key, waiter.options, waiter.fn).then(waiter.resolve, waiter.reject);
      }
      return;
    }
    // An outage fails every queued call of the key now (each would wait the bound again); any other error
    // (a script error: bad data or a bug) is not an outage and is not hidden behind the fallback.
    const failure = outage
      ? new CoordinationUnavailableError(error.message, { ...contextOf(queue.key), cause: error })
      : error;
    for (const waiter of waiters) this.cancel(queue, waiter, failure);
  }

  private failWaitersPastDeadline(queue: KeyQueue, earliestStart: number): void {
    for (const waiter of [...queue.waiters]) {
      const deadline = waiter.options.deadline;
      if (deadline !== undefined && deadline < earliestStart) {
        this.cancel(
          queue,
          waiter,
          new DeadlineExceededError('cannot start before its deadline', contextOf(queue.key)),
        );
      }
    }
  }

  private cancel(queue: KeyQueue, waiter: Waiter, error: unknown): void {
    if (waiter.state !== 'queued') return;
    waiter.state = 'cancelled';
    this.detach(queue, waiter);
    waiter.reject(error);
  }

  private detach(queue: KeyQueue, waiter: Waiter): void {
    queue.remove(waiter);
    if (waiter.timer !== undefined) clearTimeout(waiter.timer);
    waiter.timer = undefined;
    if (waiter.onAbort !== undefined) waiter.options.signal?.removeEventListener('abort', waiter.onAbort);
    waiter.onAbort = undefined;
  }

  // --- views for snapshot() ---

  private remember(key: LimitKey, reply: Reply): void {
    const view = this.view(key);
    view.at = Date.now();
    if (reply.status === ACQUIRE.dayExhausted) {
      view.dayExhaustedUntil = Math.max(view.dayExhaustedUntil, view.at + reply.waitMs);
      view.dayCount = Math.max(view.dayCount, reply.dayCount);
      return;
    }
    view.minuteCount = reply.minuteCount;
    view.dayCount = reply.dayCount;
    view.inFlight = reply.inFlight;
    view.appCount = reply.appCount;
  }

  private refreshView(key: LimitKey, view: View): void {
    if (view.refreshing) return;
    view.refreshing = true;
    const probe: Waiter = {
      key,
      options: { priority: 'batch', mayUseReserve: true },
      interactive: false,
      fn: async () => undefined,
      resolve: () => {},
      reject: () => {},
      seq: -1,
      state: 'cancelled',
      timer: undefined,
      onAbort: undefined,
    };
    const k = this.options.keys.limiter(key);
    void (async () => {
      try {
        this.remember(key, await this.acquire(key, probe, 'peek', true));
        const [redisNow, , dayOut, reported] = (await this.options.connection.run(
          'limits read markers',
          (c) => READ_MARKERS.run(c, [k.pausedUntil, k.dayExhaustedUntil, k.reported], []),
        )) as [number, string, string, string[]];
        const out = Number(dayOut || 0);
        if (out > Number(redisNow))
          view.dayExhaustedUntil = Math.max(view.dayExhaustedUntil, Date.now() + out - Number(redisNow));
        const fields: Record<string, number> = {};
        for (let i = 0; i + 1 < reported.length; i += 2) fields[reported[i]!] = Number(reported[i + 1]);
        const shared: RemainingQuota = {};
        if (fields.minute !== undefined) shared.minute = fields.minute;
        if (fields.day !== undefined) shared.day = fields.day;
        if (fields.appMinute !== undefined) shared.appMinute = fields.appMinute;
        view.reported = { ...shared, ...view.reported };
      } catch {
        // A snapshot is best effort; the next one tries again.
      } finally {
        view.refreshing = false;
      }
    })();
  }

  private view(key: LimitKey): View {
    const id = mapKey(key);
    let view = this.views.get(id);
    if (view === undefined) {
      view = {
        minuteCount: 0,
        dayCount: 0,
        inFlight: 0,
        appCount: 0,
        at: 0,
        reported: {},
        dayExhaustedUntil: 0,
        refreshing: false,
      };
      this.views.set(id, view);
    }
    return view;
  }

  // --- helpers ---

  /** Forgets views of keys idle for a day window, lazily (no timer), so they cannot pile up. */
  private maybeSweep(now: number): void {
    if (now - this.lastSweep < this.dayMs / 4) return;
    this.lastSweep = now;
    for (const [id, view] of this.views) {
      if (now - view.at > this.dayMs && view.dayExhaustedUntil < now && !this.queues.has(id))
        this.views.delete(id);
    }
  }

  private queue(key: LimitKey): KeyQueue {
    const id = mapKey(key);
    let queue = this.queues.get(id);
    if (queue === undefined) {
      queue = new KeyQueue({ clientId: key.clientId, tenantId: key.tenantId });
      this.queues.set(id, queue);
    }
    return queue;
  }

  private limits(clientId: string): XeroLimits {
    let limits = this.limitsCache.get(clientId);
    if (limits === undefined) {
      limits = { ...this.options.limitsFor(clientId) };
      this.limitsCache.set(clientId, limits);
    }
    return limits;
  }

  private nonReserveLimit(limits: XeroLimits): number {
    return Math.max(1, limits.perMinute - this.options.interactiveReserve);
  }

  private boundedPause(retryAfterMs: number, fallbackMs: number): number {
    // A garbage or huge Retry-After never pauses a key for more than one day window.
    const ms = Number.isFinite(retryAfterMs) ? Math.max(1, retryAfterMs) : fallbackMs;
    return Math.ceil(Math.min(ms, this.dayMs));
  }

  /** A fire-and-forget command (resync, pause, lease release): bounded, and its failure only logged. */
  private background(what: string, operation: Parameters<RedisConnection['run']>[1]): void {
    this.options.connection.run(`limits ${what}`, operation).catch((error: unknown) => {
      this.options.logger.debug(`redis limits: ${what} failed`, {
        error: error instanceof Error ? error.message : String(error),
      });
    });
  }
}

function arg(value: number | undefined): string | number {
  return value === undefined || !Number.isFinite(value) ? '' : Math.max(0, Math.floor(value));
}

function mapKey(key: LimitKey): string {
  return key.tenantId === null ? `${key.clientId}\u0000` : `${key.clientId}\u0000${key.tenantId}`;
}
