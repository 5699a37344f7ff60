import { randomUUID } from 'node:crypto';
import { CoordinationUnavailableError } from '../../errors/infrastructure-errors.js';
import type { CallTiming } from '../../limits/arrival-accounting.js';
import { contextOf, definedOnly } from '../../limits/engine-arguments.js';
import { dayLimitWhileQueued, deadlineUnreachable } from '../../limits/limit-errors.js';
import { limitKeyId } from '../../limits/limit-key-id.js';
import type { KeyUsage } from '../../limits/limit-snapshot.js';
import { LimitsCore, type LimitsCoreOptions } from '../../limits/limits-core.js';
import type {
  CallGrant,
  LimitKey,
  LimitsEngine,
  RemainingQuota,
  ScheduleOptions,
  XeroLimits,
} from '../../limits/limits-engine.js';
import type { Logger } from '../../logger.js';
import type { RedisConnection } from '../redis-connection.js';
import type { RedisKeys } from '../redis-keys.js';
import {
  ACQUIRE,
  ACQUIRE_SLOT,
  CONCURRENCY_REJECTED,
  EXTEND_LEASE,
  EXTEND_UNTIL,
  READ_MARKERS,
  RELEASE_BOOKING,
  RELEASE_UNSENT,
  STAMP_START,
} from '../scripts/limits-scripts.js';
import { RESYNC } from '../scripts/resync-script.js';
import { KeyQueue, type Waiter } from './key-queue.js';
import { RedisOutageStore } from './redis-outage-store.js';

export interface RedisLimitsEngineOptions extends LimitsCoreOptions {
  connection: RedisConnection;
  keys: RedisKeys;
  logger: Logger;
  /** Added to every minute window, in real ms, for jitter between a start here and its arrival at Xero. */
  windowSlackMs: number;
  /** How long a running call holds its concurrency slot without a heartbeat, in real ms. */
  leaseTtlMs: number;
  /** How often a waiter asks again when Redis cannot say when a slot frees, in real ms. */
  pollMs: number;
  /** Header resync compares Xero's count with ours over the window plus this, in real ms. */
  resyncToleranceMs: number;
  /** The in-process engine to use while Redis is unreachable (fallbackToLocal). */
  fallback?: LimitsEngine | undefined;
  /** While falling back, how long to wait before trying Redis again if it never reports ready, in ms. */
  retryRedisAfterMs?: number | undefined;
}

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
  /** When it was granted, on Redis's clock (granted replies only). */
  grantedAt: number;
  /** Waiting: 1 if the call holds its booking. Granted: ms until the next call's booking (0 now, -1 none). */
  booking: number;
}

/** What the pump asks the app's batch admission for (all '' for interactive and tenantless calls). */
interface Admission {
  /** The booking to redeem, or the id to book under. */
  bookingId: string;
  /** The id to book the key's next batch call under when this one is granted. */
  chainId: string;
  /** Bookings the key may hold at once (its fair-share weight, whole). */
  weight: number;
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
 * Deadlines, aborts, argument checks and the rest are the core's (LimitsCore).
 */
export class RedisLimitsEngine extends LimitsCore<KeyQueue> {
  private readonly queues = new Map<string, KeyQueue>();
  /** A key's resync still on its way to Redis: the key's next acquire waits for it (see pump). */
  private readonly resyncs = new Map<string, Promise<unknown>>();
  private readonly views = new Map<string, View>();
  private readonly instanceId = randomUUID();
  /** The minute window plus slack, the retention for resync, the day window and its buckets: whole ms. */
  private readonly windowMs: number;
  private readonly retentionMs: number;
  private readonly redisDayMs: number;
  private readonly bucketMs: number;
  private readonly unsubscribe: () => void;
  /** While set, new calls go straight to the fallback engine (Redis failed recently). */
  private fallingBackUntil = 0;
  private readonly heartbeats = new Set<NodeJS.Timeout>();
  private bookingSeq = 0;
  private acquires = 0;
  /** Outages shared by every process: one prober at a time across the deployment. */
  readonly outages: RedisOutageStore;

  constructor(private readonly options: RedisLimitsEngineOptions) {
    super(options);
    this.outages = new RedisOutageStore(options.connection, options.keys, options.logger);
    this.windowMs = Math.ceil(this.minuteMs + options.windowSlackMs);
    // Two windows plus the tolerance: a report is compared with calls back to one window before its call
    // was sent (arrival-ordered resync), so members stay a window longer than the window itself.
    this.retentionMs = 2 * this.windowMs + Math.ceil(options.resyncToleranceMs);
    this.redisDayMs = Math.ceil(this.dayMs);
    this.bucketMs = Math.max(1, Math.ceil(this.redisDayMs / DAY_BUCKETS));
    this.unsubscribe = options.connection.onReconnect(() => {
      if (this.fallingBackUntil > 0) options.logger.info('Redis is back: shared rate limits resume');
      this.fallingBackUntil = 0;
    });
  }

  override schedule<T>(
    key: LimitKey,
    options: ScheduleOptions,
    fn: (grant: CallGrant) => Promise<T>,
  ): Promise<T> {
    const fallback = this.options.fallback;
    // The fallback is the same core over in-process windows: it checks the arguments alike.
    if (fallback !== undefined && !this.closed && Date.now() < this.fallingBackUntil)
      return fallback.schedule(key, options, fn);
    return super.schedule(key, options, fn);
  }

  /** Forwarded to the fallback too, so its windows stay near Xero's while Redis is away. */
  override observe(key: LimitKey, quota: RemainingQuota, grant?: CallGrant): void {
    this.options.fallback?.observe(key, quota, grant);
    super.observe(key, quota, grant);
  }

  /** Forwarded to the fallback too: a call handed to it holds the fallback's grant, not this engine's. */
  override releaseUnused(key: LimitKey, grant?: CallGrant): void {
    this.options.fallback?.releaseUnused?.(key, grant);
    super.releaseUnused(key, grant);
  }

  // --- the window store ---

  protected slotFor(key: LimitKey): KeyQueue {
    const id = limitKeyId(key);
    const queue = this.queues.get(id);
    if (queue !== undefined) return queue;
    this.limits.get(key.clientId); // a bad limitsFor() fails the call here, before anything queues
    // Registered by admit(), so a call refused up front leaves nothing behind.
    return new KeyQueue({ clientId: key.clientId, tenantId: key.tenantId }, id);
  }

  protected dayClosedUntil(queue: KeyQueue): number {
    return this.views.get(queue.id)?.dayExhaustedUntil ?? 0;
  }

  protected dayFullFor(): number {
    return 0; // the day count lives in Redis: the acquire script refuses a spent day
  }

  protected earliestStart(
    _queue: KeyQueue,
    _interactive: boolean,
    _useReserve: boolean,
    now: number,
  ): number {
    return now; // other processes' queues are unknown here: only a passed deadline is refused up front
  }

  protected admit(waiter: Waiter): void {
    const queue = waiter.slot;
    if (!this.queues.has(queue.id)) this.queues.set(queue.id, queue);
    queue.insert(waiter);
    if (!queue.pumping) void this.pump(queue);
    else if (queue.waiters[0] === waiter) queue.wake();
  }

  protected withdraw(waiter: Waiter): void {
    const queue = waiter.slot;
    queue.remove(waiter);
    // The last call left (aborted, deadline): the pump ends and gives the key's bookings back.
    if (queue.waiters.length === 0) queue.wake();
  }

  /** Acquire scripts this engine has run (peeks for snapshots excluded): round trips per call, for tests. */
  get acquireRequests(): number {
    return this.acquires;
  }

  protected observeQuota(key: LimitKey, quota: RemainingQuota, sentAt: number, callId?: string): void {
    const view = this.view(key);
    view.reported = { ...view.reported, ...definedOnly(quota) };
    const minute = key.tenantId === null ? undefined : quota.minute;
    const day = key.tenantId === null ? undefined : quota.day;
    if (minute === undefined && day === undefined && quota.appMinute === undefined) return;
    const limits = this.limits.get(key.clientId);
    const k = this.options.keys.limiter(key);
    const app = this.options.keys.limiter({ clientId: key.clientId, tenantId: null });
    // Measured here, as a duration: Redis's clock places the call's send from it (no clock skew).
    const age = Math.max(0, Date.now() - sentAt);
    const run = this.options.connection.run('limits resync', (c) =>
      RESYNC.run(
        c,
        [
          k.minute,
          k.day,
          app.minute,
          k.reported,
          k.inFlight,
          app.reported,
          k.starts,
          app.starts,
          k.answered,
          k.refused,
          // Each call's own report, for ArrivalLedger.notSeenBy (same hash slot as the key's other keys).
          k.answeredReports,
        ],
        [
          arg(minute),
          arg(day),
          arg(quota.appMinute),
          limits.perMinute,
          limits.perDay,
          limits.appPerMinute,
          this.retentionMs,
          this.redisDayMs,
          this.bucketMs,
          this.windowMs,
          key.tenantId === null ? 0 : 1,
          Math.ceil(age),
          Math.ceil(this.options.resyncToleranceMs),
          this.minuteMs,
          callId ?? '',
        ],
      ),
    );
    const settled = run.then(
      (reply) => this.logResync(key, reply as number[]),
      (error: unknown) => {
        this.logger.debug('redis limits: resync failed', {
          error: error instanceof Error ? error.message : String(error),
        });
      },
    );
    const id = limitKeyId(key);
    this.resyncs.set(id, settled);
    void settled.finally(() => {
      if (this.resyncs.get(id) === settled) this.resyncs.delete(id);
    });
  }

  /** Logs what a resync learnt: an outside consumer where none was held, Xero's fixed window. */
  private logResync(key: LimitKey, reply: number[]): void {
    const fields = { clientId: key.clientId, tenantId: key.tenantId };
    if (Number(reply[5]) === 1) {
      this.logger.debug(
        'Xero counts this minute in fixed windows (a report counted fewer calls than ours)',
        fields,
      );
    }
    if (Number(reply[4]) === 1) {
      this.logger.debug('minute budget resynced from Xero headers', {
        ...fields,
        outsideCalls: Number(reply[0]),
      });
    }
    if (Number(reply[6]) === 1) {
      this.logger.debug('app minute budget resynced from Xero headers', {
        ...fields,
        outsideCalls: Number(reply[2]),
      });
    }
  }

  protected closeDay(key: LimitKey, ms: number): void {
    this.options.fallback?.markDayExhausted(key, ms);
    const view = this.view(key);
    view.dayExhaustedUntil = Math.max(view.dayExhaustedUntil, Date.now() + ms);
    const k = this.options.keys.limiter(key);
    this.background('mark day exhausted', (c) => EXTEND_UNTIL.run(c, [k.dayExhaustedUntil], [ms]));
  }

  protected pauseFor(key: LimitKey, ms: number): void {
    this.options.fallback?.pause(key, ms);
    const k = this.options.keys.limiter(key);
    this.background('pause', (c) => EXTEND_UNTIL.run(c, [k.pausedUntil], [ms]));
    // Waiters of this key re-ask now, so they learn about the pause instead of starting on an old answer.
    this.queues.get(limitKeyId(key))?.wake();
  }

  protected rejectConcurrency(key: LimitKey, sentAt: number, holdMs: number): void {
    this.options.fallback?.concurrencyRejected?.(key, sentAt);
    const k = this.options.keys.limiter(key);
    const limits = this.limits.get(key.clientId);
    const age = Math.max(0, Date.now() - sentAt);
    this.background('concurrency rejected', (c) =>
      CONCURRENCY_REJECTED.run(
        c,
        [k.inFlight, k.concurrency, k.refused],
        [limits.concurrent, age, holdMs, `hold:${randomUUID()}`, this.windowMs],
      ),
    );
  }

  protected usage(key: LimitKey, limits: XeroLimits, now: number): KeyUsage {
    const id = limitKeyId(key);
    const queue = this.queues.get(id);
    const view = this.views.get(id);
    if (view !== undefined && !this.closed && now - view.at > this.windowMs / 4) this.refreshView(key, view);
    // Counts older than a window have left it.
    const fresh = view !== undefined && now - view.at < this.windowMs;
    return {
      limits,
      queued: queue === undefined ? 0 : queue.queuedInteractive + queue.queuedBatch,
      running: queue?.running ?? 0,
      minuteHeld: fresh ? view.minuteCount : 0,
      appMinuteHeld: fresh ? view.appCount : 0,
      dayUsed: view?.dayCount ?? 0,
      dayExhaustedUntil: view?.dayExhaustedUntil ?? 0,
      reported: view?.reported ?? {},
    };
  }

  /** Forgets views of keys idle for a day window, so they cannot pile up. */
  protected sweep(now: number): void {
    for (const [id, view] of this.views) {
      if (now - view.at > this.dayMs && view.dayExhaustedUntil < now && !this.queues.has(id))
        this.views.delete(id);
    }
  }

  protected async release(): Promise<void> {
    this.unsubscribe();
    for (const queue of this.queues.values()) queue.wake();
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
        const admission = this.admissionFor(queue, head);
        if (admission === undefined) {
          // Its turn at the app is booked: sleep to it without asking; nothing can start it sooner.
          const at = queue.bookings[0]!.at;
          queue.waitingBlind = false;
          this.failWaitersPastDeadline(queue, at);
          if (queue.waiters.length > 0) await queue.sleep(at - Date.now() + WAKE_SLACK_MS);
          continue;
        }
        let reply: Reply;
        const callId = `${this.instanceId}:${head.seq}`;
        const moreInteractive = head.interactive && queue.waiters[1]?.interactive === true;
        // A report observed before this call asked lands first: the call starts on Xero's numbers, not on
        // stale ones (the resync is bounded like any command, and its failure is only logged).
        const resync = this.resyncs.get(queue.id);
        if (resync) await resync;
        try {
          reply = await this.acquire(
            queue.key,
            head.interactive,
            head.useReserve,
            callId,
            false,
            moreInteractive,
            admission,
          );
        } catch (error) {
          this.coordinationFailed(queue, error);
          continue;
        }
        this.remember(queue.key, reply);
        if (admission.bookingId !== '' && reply.status !== ACQUIRE.wait) {
          queue.unbook(admission.bookingId);
          if (queue.pendingBookingId === admission.bookingId) queue.pendingBookingId = undefined;
        }
        if (reply.status === ACQUIRE.granted) {
          if (head.state === 'queued') this.start(head, callId, reply.charged, reply.grantedAt);
          else this.releaseLease(queue.key, callId);
          if (reply.booking > 0) queue.book(admission.chainId, Date.now() + reply.booking);
          continue;
        }
        if (reply.status === ACQUIRE.dayExhausted) {
          for (const waiter of [...queue.waiters]) {
            this.cancel(waiter, dayLimitWhileQueued(queue.key, reply.waitMs));
          }
          continue;
        }
        if (admission.bookingId !== '') {
          if (reply.booking === 1) {
            // Booked (or still booked): the loop sleeps to the earliest of the key's turns.
            if (queue.pendingBookingId === admission.bookingId) queue.pendingBookingId = undefined;
            queue.book(admission.bookingId, Date.now() + reply.waitMs);
            queue.waitingBlind = false;
            continue;
          }
          // No turn: held back by its own key (a booking it had is gone), or its organisation's turns are
          // held elsewhere (the id stays pending: another process may book the next turn under it).
          if (queue.pendingBookingId !== admission.bookingId) queue.unbook(admission.bookingId);
        }
        queue.waitingBlind = reply.waitMs < 0;
        let delay = queue.waitingBlind ? this.options.pollMs : reply.waitMs + WAKE_SLACK_MS;
        // A turn the key already holds comes first (a wait for one more turn must not sleep past it).
        const held = queue.bookings[0];
        if (held !== undefined) delay = Math.min(delay, held.at - Date.now() + WAKE_SLACK_MS);
        if (!queue.waitingBlind) this.failWaitersPastDeadline(queue, Date.now() + reply.waitMs);
        if (queue.waiters.length > 0) await queue.sleep(delay);
      }
    } finally {
      queue.pumping = false;
      this.releaseBookings(queue);
      if (queue.idle) this.queues.delete(queue.id);
    }
  }

  /**
   * What the head asks the app's batch admission for, or undefined when it should sleep to the key's
   * earliest booked turn instead. A batch head redeems a due booking, or asks for one more turn while the
   * key holds fewer than its weight (and its queued batch calls); interactive and tenantless calls are not
   * paced or booked.
   */
  private admissionFor(queue: KeyQueue, head: Waiter): Admission | undefined {
    if (head.interactive || queue.key.tenantId === null) return { bookingId: '', chainId: '', weight: 1 };
    const weight = Math.max(1, Math.round(head.options.weight ?? 1));
    const first = queue.bookings[0];
    const due = first !== undefined && first.at - Date.now() <= WAKE_SLACK_MS;
    const wanted = Math.min(weight, queue.queuedBatch);
    if (first !== undefined && !due && queue.bookings.length >= wanted) return undefined;
    if (!due) queue.pendingBookingId ??= this.newBookingId();
    const bookingId = due ? first.id : queue.pendingBookingId!;
    // Held after this call: the others, or all of them plus a new one. Room for one more: book it on grant.
    const held = queue.bookings.length - (due ? 1 : 0);
    const chainId = queue.queuedBatch > 1 + held && held < weight ? this.newBookingId() : '';
    return { bookingId, chainId, weight };
  }

  private newBookingId(): string {
    return `${this.instanceId}:b${this.bookingSeq++}`;
  }

  /** Gives the key's bookings back (no batch call of it waits here any more), so its turns are not held. */
  private releaseBookings(queue: KeyQueue): void {
    const ids = queue.bookings.splice(0).map((b) => b.id);
    if (queue.pendingBookingId !== undefined) ids.push(queue.pendingBookingId);
    queue.pendingBookingId = undefined;
    if (ids.length === 0) return;
    const adm = this.options.keys.admission(queue.key.clientId);
    const tenant = queue.key.tenantId ?? '';
    for (const id of ids) {
      this.background('release booking', (c) =>
        RELEASE_BOOKING.run(c, [adm.state, adm.bookings, adm.lapses], [id, tenant]),
      );
    }
  }

  private async acquire(
    key: LimitKey,
    interactive: boolean,
    useReserve: boolean,
    callId: string,
    peek: boolean,
    moreInteractive: boolean,
    admission: Admission = { bookingId: '', chainId: '', weight: 1 },
  ): Promise<Reply> {
    const limits = this.limits.get(key.clientId);
    const k = this.options.keys.limiter(key);
    const app = this.options.keys.limiter({ clientId: key.clientId, tenantId: null });
    const adm = this.options.keys.admission(key.clientId);
    if (!peek) this.acquires++;
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
          k.concurrency,
          k.reported,
          app.reported,
          adm.state,
          adm.bookings,
          adm.lapses,
          adm.interactiveStarts,
          adm.interactiveWaiting,
        ],
        [
          key.tenantId === null ? 0 : 1,
          this.windowMs,
          limits.perMinute,
          limits.appPerMinute,
          limits.concurrent,
          limits.perDay,
          this.redisDayMs,
          this.bucketMs,
          callId,
          Math.ceil(this.options.leaseTtlMs),
          interactive ? 1 : 0,
          this.instanceId,
          Math.ceil(this.options.pollMs * 4 + 100),
          peek ? 1 : 0,
          this.retentionMs,
          useReserve ? '' : this.nonReserveLimit(limits),
          moreInteractive ? 1 : 0,
          useReserve ? '' : Math.max(this.nonReserveLimit(limits), limits.perMinute - 1),
          interactive && useReserve && this.reserve > 0 ? 1 : 0,
          admission.bookingId,
          admission.chainId,
          admission.weight,
          this.appReserveShare,
          key.tenantId ?? '',
        ],
      ),
    )) as number[];
    const charged =
      key.tenantId === null
        ? [app.minute]
        : useReserve
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
      grantedAt: Number(raw[6]),
      booking: Number(raw[7] ?? 0),
    };
  }

  private start(waiter: Waiter, callId: string, charged: string[], grantedAt: number): void {
    const queue = waiter.slot;
    this.begin(waiter);
    const tenant = queue.key.tenantId !== null;
    // Sent before the call's own request, on the same connection: Redis stamps the real start, and logs it
    // for header resync (the key's start log and the app's; one log when the key is the app).
    const app = this.options.keys.limiter({ clientId: queue.key.clientId, tenantId: null });
    const logs = tenant ? [this.options.keys.limiter(queue.key).starts, app.starts] : [app.starts];
    this.background('stamp start', (c) =>
      STAMP_START.run(c, [...charged, ...logs], [callId, logs.length, this.retentionMs]),
    );
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
    const timing: CallTiming = { clientId: queue.key.clientId, startedAt: Date.now(), id: callId };
    void this.execute(waiter, timing).finally(() => {
      if (heartbeat !== undefined) {
        clearInterval(heartbeat);
        this.heartbeats.delete(heartbeat);
      }
      if (timing.unsent === true) {
        // Never sent (releaseUnused): Xero did not count it, so its units come back now.
        const day = tenant ? this.options.keys.limiter(queue.key).day : undefined;
        const bucket = day === undefined ? '' : Math.floor(grantedAt / this.bucketMs);
        const keys = day === undefined ? [...charged, ...logs] : [...charged, ...logs, day];
        this.background('release unsent', (c) => RELEASE_UNSENT.run(c, keys, [callId, bucket]));
      } else {
        // Xero counts the call when its request arrives, somewhere before our response: stamp the entries
        // again at the end so the unit stays out until one window after the call ENDED (as the local engine).
        this.background('stamp end', (c) => STAMP_START.run(c, charged, [callId]));
      }
      if (tenant) this.releaseLease(queue.key, callId);
      if (queue.waitingBlind) queue.wake();
      else if (queue.idle) this.queues.delete(queue.id);
    });
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
          { error: error.message },
        );
      }
      this.fallingBackUntil =
        Date.now() + (this.options.retryRedisAfterMs ?? this.options.connection.timeoutMs);
      for (const waiter of waiters) {
        this.handOver(waiter);
        fallback.schedule(waiter.key, waiter.options, waiter.fn).then(waiter.resolve, waiter.reject);
      }
      return;
    }
    // An outage fails every queued call of the key now (each would wait the bound again); any other error
    // (a script error: bad data or a bug) is not an outage and is not hidden behind the fallback.
    const failure = outage
      ? new CoordinationUnavailableError(error.message, { ...contextOf(queue.key), cause: error })
      : error;
    for (const waiter of waiters) this.cancel(waiter, failure);
  }

  private failWaitersPastDeadline(queue: KeyQueue, earliestStart: number): void {
    for (const waiter of [...queue.waiters]) {
      const deadline = waiter.options.deadline;
      if (deadline !== undefined && deadline < earliestStart) {
        this.cancel(waiter, deadlineUnreachable(queue.key, deadline, Date.now()));
      }
    }
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
    const k = this.options.keys.limiter(key);
    void (async () => {
      try {
        this.remember(key, await this.acquire(key, false, true, 'peek', true, false));
        const [redisNow, , dayOut, reported] = (await this.options.connection.run(
          'limits read markers',
          (c) => READ_MARKERS.run(c, [k.pausedUntil, k.dayExhaustedUntil, k.reported], []),
        )) as [number, string, string, string[]];
        const out = Number(dayOut || 0);
        if (out > Number(redisNow))
          view.dayExhaustedUntil = Math.max(view.dayExhaustedUntil, Date.now() + out - Number(redisNow));
        const fields: Record<string, number> = {};
        for (let i = 0; i + 1 < reported.length; i += 2) fields[reported[i]!] = Number(reported[i + 1]);
        const shared = definedOnly({ minute: fields.minute, day: fields.day, appMinute: fields.appMinute });
        view.reported = { ...shared, ...view.reported };
      } catch {
        // A snapshot is best effort; the next one tries again.
      } finally {
        view.refreshing = false;
      }
    })();
  }

  private view(key: LimitKey): View {
    const id = limitKeyId(key);
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

  private nonReserveLimit(limits: XeroLimits): number {
    return Math.max(1, limits.perMinute - this.reserve);
  }

  /** A fire-and-forget command (resync, pause, lease release): bounded, and its failure only logged. */
  private background(what: string, operation: Parameters<RedisConnection['run']>[1]): void {
    this.options.connection.run(`limits ${what}`, operation).catch((error: unknown) => {
      this.logger.debug(`redis limits: ${what} failed`, {
        error: error instanceof Error ? error.message : String(error),
      });
    });
  }
}

function arg(value: number | undefined): string | number {
  return value === undefined || !Number.isFinite(value) ? '' : Math.max(0, Math.floor(value));
}
