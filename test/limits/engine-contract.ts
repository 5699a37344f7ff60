import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { ClosedError } from '../../src/errors/infrastructure-errors.js';
import { DayLimitExceededError } from '../../src/errors/rate-limit-error.js';
import { AbortedError, DeadlineExceededError } from '../../src/errors/timing-errors.js';
import type { LimitKey, LimitsEngine, ScheduleOptions, XeroLimits } from '../../src/limits/limits-engine.js';
import { maxInFixedWindows, maxInSlidingWindow, sleep } from './helpers.js';

/** A Xero minute lasts this long in every engine under test (timeScale 0.005). */
export const CONTRACT_TIME_SCALE = 0.005;
const W = 60_000 * CONTRACT_TIME_SCALE;

export interface EngineSetup {
  limits: Partial<XeroLimits>;
  interactiveReserve: number;
  /** Day window in ms (shrunk so a day can be spent in a test). */
  dayWindowMs: number;
  /** Replaces the default limitsFor (for the bad-limits case). */
  limitsFor?: (clientId: string) => XeroLimits;
}

export interface EngineUnderTest {
  engine: LimitsEngine;
  cleanup: () => Promise<void>;
}

/**
 * The behaviour every LimitsEngine must have, whatever stores its windows and slots. Run it for each
 * engine: `describeLimitsEngineContract('in-process', async (setup) => …)`. Timing is asserted in slots
 * and windows (never on a few ms), so the suite holds on a loaded 2-core machine.
 */
export function describeLimitsEngineContract(
  name: string,
  makeEngine: (setup: EngineSetup) => Promise<EngineUnderTest>,
  wrap: (name: string, body: () => void) => void = describe,
): void {
  wrap(`LimitsEngine contract: ${name}`, () => {
    let open: EngineUnderTest[] = [];
    afterEach(async () => {
      for (const { engine, cleanup } of open) {
        await engine.close();
        await cleanup();
      }
      open = [];
    });

    async function engineWith(
      limits: Partial<XeroLimits> = {},
      extra: Partial<Omit<EngineSetup, 'limits'>> = {},
    ): Promise<LimitsEngine> {
      const made = await makeEngine({ limits, interactiveReserve: 0, dayWindowMs: 60_000, ...extra });
      open.push(made);
      return made.engine;
    }

    const tenant = (id = 't1', clientId = 'app1'): LimitKey => ({ clientId, tenantId: id });
    const batch: ScheduleOptions = { priority: 'batch', mayUseReserve: true };
    const interactive: ScheduleOptions = { priority: 'interactive', mayUseReserve: true };
    const reject = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => e,
      );

    /** Calls that hold their slot until `release()`: slot counts without timing. */
    function heldCalls() {
      let started = 0;
      let open!: () => void;
      const gate = new Promise<void>((r) => {
        open = r;
      });
      return {
        fn: async () => {
          started++;
          await gate;
        },
        get started() {
          return started;
        },
        release: () => open(),
      };
    }

    async function until(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
      const end = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
        await sleep(5);
      }
    }

    it.each(['rolling', 'fixed'] as const)(
      'never starts more than perMinute in any window (%s reading), and keeps going window after window',
      async (reading) => {
        const engine = await engineWith({ perMinute: 8 });
        const starts: number[] = [];
        await Promise.all(
          Array.from({ length: 20 }, () =>
            engine.schedule(tenant(), batch, async () => void starts.push(Date.now())),
          ),
        );
        expect(starts).toHaveLength(20);
        const most = reading === 'rolling' ? maxInSlidingWindow(starts, W) : maxInFixedWindows(starts, W, 5);
        expect(most).toBeLessThanOrEqual(8);
        // 20 calls at 8 a window: the 17th cannot start before two windows have passed.
        expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThanOrEqual(2 * W);
      },
    );

    it('holds at most `concurrent` calls in flight and starts the next when one ends', async () => {
      const engine = await engineWith({ concurrent: 3 });
      const held = heldCalls();
      const calls = Array.from({ length: 6 }, () => engine.schedule(tenant(), batch, held.fn));
      await until('three calls started', () => held.started === 3);
      await sleep(W); // time for a fourth to start if the cap were broken
      expect(held.started).toBe(3);
      expect(engine.snapshot(tenant())).toMatchObject({ running: 3, queued: 3 });
      held.release();
      await Promise.all(calls);
      expect(held.started).toBe(6);
    });

    it('starts interactive calls queued behind batch calls first', async () => {
      const engine = await engineWith({ perMinute: 4 });
      await Promise.all(Array.from({ length: 4 }, () => engine.schedule(tenant(), batch, async () => 1)));
      const order: string[] = [];
      const calls = Array.from({ length: 4 }, () =>
        engine.schedule(tenant(), batch, async () => void order.push('batch')),
      );
      await sleep(10);
      calls.push(
        ...Array.from({ length: 2 }, () =>
          engine.schedule(tenant(), interactive, async () => void order.push('interactive')),
        ),
      );
      await Promise.all(calls);
      expect(order.slice(0, 2)).toEqual(['interactive', 'interactive']);
      expect(order).toHaveLength(6);
    });

    it('keeps the interactive reserve while user actions come: non-reserve calls get perMinute - reserve, a reserve call still starts', async () => {
      const engine = await engineWith({ perMinute: 10 }, { interactiveReserve: 4 });
      const batchStarts: number[] = [];
      const nonReserve: ScheduleOptions = { priority: 'batch', mayUseReserve: false };
      // A user action just came: the reserve is not lent for a window from it (see the lending test).
      await engine.schedule(tenant(), interactive, async () => undefined);
      const userAt = Date.now();
      const calls = Array.from({ length: 12 }, () =>
        engine.schedule(tenant(), nonReserve, async () => void batchStarts.push(Date.now())),
      );
      // Queued in the same tick, behind all twelve: a reserve call must start inside the first window
      // (waiting on a poll for the first six let a loaded machine reach the window's end first).
      let reserveStartedAt = 0;
      const reserveCall = engine.schedule(tenant(), interactive, async () => {
        reserveStartedAt = Date.now();
      });
      await Promise.all([...calls, reserveCall]);
      // Counted while user actions keep the reserve (a window from the last; lending may resume after).
      const last = Math.max(userAt, reserveStartedAt);
      const held = batchStarts.filter((t) => t < last + W - W / 4);
      expect(maxInSlidingWindow(held, W)).toBeLessThanOrEqual(6);
      // The reserve call did not wait for the non-reserve share to come back a window later.
      expect(reserveStartedAt).toBeLessThan(batchStarts[6]!);
    });

    it('lends the reserve to non-reserve calls while no user action comes (all but one unit), and takes it back at once when one arrives', async () => {
      const engine = await engineWith({ perMinute: 10, concurrent: 20 }, { interactiveReserve: 4 });
      const nonReserve: ScheduleOptions = { priority: 'batch', mayUseReserve: false };
      const batchStarts: number[] = [];
      // Calls last half a window, so their units come back a window and a half after they started.
      const calls = Array.from({ length: 20 }, () =>
        engine.schedule(tenant(), nonReserve, async () => {
          batchStarts.push(Date.now());
          await sleep(W / 2);
        }),
      );
      // Batch work alone gets the reserve too, but one unit: 9 of 10 (not 6) before any comes back (an idle
      // key's burst is its `concurrent`, 20 here, so pacing does not hold them back).
      await until('the lent share is spent', () => batchStarts.length >= 9);
      await sleep(W / 3); // time for a 10th to start if the last unit were lent too
      expect(batchStarts.filter((t) => t < batchStarts[0]! + W)).toHaveLength(9);
      // A user action now starts at once on the unit kept back, not when units come back.
      let userAt = 0;
      await engine.schedule(tenant(), interactive, async () => {
        userAt = Date.now();
      });
      await Promise.all(calls);
      batchStarts.sort((x, y) => x - y);
      // No unit came back before it (the first comes a window after a call ended: 1.5 windows after it started).
      expect(userAt).toBeLessThan(batchStarts[0]! + W + W / 4);
      expect(maxInSlidingWindow(batchStarts, W)).toBeLessThanOrEqual(9);
      // From its arrival the reserve is taken back for a window: when the 9 lent units come back (a window
      // after the first calls), batch work gets perMinute - reserve of them, not 9 again. Counted up to a
      // quarter window before the user action's window ends (lending may resume then).
      const from = batchStarts[0]! + W / 2;
      const to = userAt + W - W / 4;
      expect(batchStarts.filter((t) => t > from && t < to).length).toBeLessThanOrEqual(6);
    });

    it('paces non-reserve calls one per slot after a burst of `concurrent` on an idle key, lends all but one unit, and user actions arriving while batch saturates the key start within about a slot', async () => {
      // Share 6, lent up to 9 (all but one unit); a slot is W / 10; an idle key's burst is 2.
      const engine = await engineWith({ perMinute: 10, concurrent: 2 }, { interactiveReserve: 4 });
      const slot = W / 10;
      const nonReserve: ScheduleOptions = { priority: 'batch', mayUseReserve: false };
      const batchStarts: number[] = [];
      const calls = Array.from({ length: 36 }, () =>
        engine.schedule(tenant(), nonReserve, async () => void batchStarts.push(Date.now())),
      );
      await until('the first batch call started', () => batchStarts.length > 0);
      const first = batchStarts[0]!;
      // Two windows of batch-only saturation: the reserve is lent, every lent unit out but one.
      await sleep(first + 2.3 * W - Date.now());
      const waits: number[] = [];
      const user = () => {
        const asked = Date.now();
        return engine.schedule(tenant(), interactive, async () => void waits.push(Date.now() - asked));
      };
      // The first starts on the unit kept back; the second, queued right behind it, on the next unit to come
      // back: batch grants were spread one per slot, so they come back one per slot (a window later).
      await Promise.all([user(), user()]);
      await Promise.all(calls);
      expect(waits[0]).toBeLessThanOrEqual(2 * slot);
      expect(waits[1]).toBeLessThanOrEqual(3 * slot);
      const sorted = [...batchStarts].sort((x, y) => x - y);
      // Never faster than the burst, then one per slot (plus one for the half slot tolerated early and the
      // engine's clock vs ours): without pacing, 9 would start at once.
      sorted.forEach((at, i) => {
        expect(i + 1).toBeLessThanOrEqual(2 + Math.ceil((at - first) / slot) + 1);
      });
      // The reserve was lent but one unit: 9 in a window, never the 10th.
      expect(maxInSlidingWindow(sorted, W)).toBeLessThanOrEqual(9);
      expect(sorted.filter((t) => t >= first + W && t < first + 2 * W).length).toBeGreaterThanOrEqual(7);
    });

    it('releaseUnused: a granted call that is never sent gives its minute and day units back at once', async () => {
      const engine = await engineWith({ perMinute: 4, perDay: 6 });
      expect(engine.releaseUnused).toBeTypeOf('function');
      const key = tenant();
      // Without the grant of a running call it is a no-op (nothing to release, nothing breaks).
      engine.releaseUnused?.(key);
      const began = Date.now();
      // Eight calls granted their slot go back unsent (an outage began while they queued)...
      for (let i = 0; i < 8; i++) {
        await engine.schedule(key, batch, async (grant) => {
          engine.releaseUnused?.(key, grant);
        });
      }
      // ...and four real calls still fit the same window and the day. Had the unsent calls kept their
      // units, the 5th would have waited a window and the 9th two (12 calls at 4 a window), and the day
      // budget of 6 would have refused the 7th.
      const starts: number[] = [];
      await Promise.all(
        Array.from({ length: 4 }, () =>
          engine.schedule(key, batch, async () => void starts.push(Date.now())),
        ),
      );
      expect(starts).toHaveLength(4);
      expect(Date.now() - began).toBeLessThan(2 * W);
      // The real calls do count: a fifth waits for the window.
      const fifthQueuedAt = Date.now();
      let fifthAt = 0;
      await engine.schedule(key, batch, async () => {
        fifthAt = Date.now();
      });
      expect(fifthAt - Math.min(...starts)).toBeGreaterThanOrEqual(W - 5);
      expect(fifthAt).toBeGreaterThanOrEqual(fifthQueuedAt);
    });

    it('spends the day budget, then fails fast with DayLimitExceededError; another tenant is unaffected', async () => {
      const engine = await engineWith({ perDay: 5 }, { dayWindowMs: 60_000 });
      for (let i = 0; i < 5; i++) await engine.schedule(tenant(), batch, async () => i);
      let ran = false;
      const error = await reject(
        engine.schedule(tenant(), batch, async () => {
          ran = true;
        }),
      );
      expect(error).toBeInstanceOf(DayLimitExceededError);
      expect((error as DayLimitExceededError).tenantId).toBe('t1');
      expect((error as DayLimitExceededError).retryAfterMs).toBeGreaterThan(0);
      expect((error as DayLimitExceededError).retryAfterMs).toBeLessThanOrEqual(60_000 + 1000);
      expect(ran).toBe(false);
      expect(engine.snapshot(tenant()).dayRemaining).toBe(0);
      expect(await engine.schedule(tenant('t2'), batch, async () => 'ok')).toBe('ok');
    });

    it('markDayExhausted fails calls fast until retryAfterMs, and bounds a huge Retry-After to a day window', async () => {
      const engine = await engineWith({}, { dayWindowMs: 60_000 });
      engine.markDayExhausted(tenant(), 5_000);
      const error = await reject(engine.schedule(tenant(), batch, async () => 1));
      expect(error).toBeInstanceOf(DayLimitExceededError);
      expect((error as DayLimitExceededError).retryAfterMs).toBeGreaterThan(3_000);
      expect((error as DayLimitExceededError).retryAfterMs).toBeLessThanOrEqual(5_000);
      const snap = engine.snapshot(tenant());
      expect(snap.dayRemaining).toBe(0);
      expect(snap.dayExhaustedUntil).toBeGreaterThan(Date.now());

      engine.markDayExhausted(tenant('t2'), Number.MAX_SAFE_INTEGER);
      const bounded = await reject(engine.schedule(tenant('t2'), batch, async () => 1));
      expect((bounded as DayLimitExceededError).retryAfterMs).toBeLessThanOrEqual(60_000);
    });

    it('refuses a passed deadline at once and fails a queued call whose deadline comes first; its fn never runs', async () => {
      const engine = await engineWith({ perMinute: 2 });
      await Promise.all([
        engine.schedule(tenant(), batch, async () => 1),
        engine.schedule(tenant(), batch, async () => 2),
      ]);
      let ran = false;
      const fn = async () => {
        ran = true;
      };
      expect(
        await reject(engine.schedule(tenant(), { ...batch, deadline: Date.now() - 1 }, fn)),
      ).toBeInstanceOf(DeadlineExceededError);
      const late = await reject(engine.schedule(tenant(), { ...batch, deadline: Date.now() + W / 3 }, fn));
      expect(late).toBeInstanceOf(DeadlineExceededError);
      expect((late as DeadlineExceededError).clientId).toBe('app1');
      expect(ran).toBe(false);
      expect(engine.snapshot(tenant()).queued).toBe(0);
    });

    it('rejects with AbortedError when the signal fires while queued, and at once when already aborted', async () => {
      const engine = await engineWith({ concurrent: 1 });
      const held = heldCalls();
      const running = engine.schedule(tenant(), batch, held.fn);
      await until('the first call started', () => held.started === 1);
      const controller = new AbortController();
      let ran = false;
      const queued = reject(
        engine.schedule(tenant(), { ...batch, signal: controller.signal }, async () => {
          ran = true;
        }),
      );
      controller.abort(new Error('user left'));
      const error = await queued;
      expect(error).toBeInstanceOf(AbortedError);
      expect((error as AbortedError).cause).toMatchObject({ message: 'user left' });
      const already = await reject(
        engine.schedule(tenant(), { ...batch, signal: controller.signal }, async () => 1),
      );
      expect(already).toBeInstanceOf(AbortedError);
      held.release();
      await running;
      expect(ran).toBe(false);
    });

    it('close rejects queued calls with ClosedError, lets running ones finish, and refuses new ones', async () => {
      const engine = await engineWith({ concurrent: 1 });
      const held = heldCalls();
      const running = engine.schedule(tenant(), batch, async () => {
        await held.fn();
        return 'finished';
      });
      await until('the first call started', () => held.started === 1);
      const queued = reject(engine.schedule(tenant(), batch, async () => 'never'));
      const closing = engine.close();
      expect(await queued).toBeInstanceOf(ClosedError);
      held.release();
      expect(await running).toBe('finished');
      await closing;
      expect(await reject(engine.schedule(tenant(), batch, async () => 1))).toBeInstanceOf(ClosedError);
    });

    it('rejects bad arguments with InvalidArgumentError naming each field, and keeps working', async () => {
      const engine = await engineWith();
      const cases: Array<[LimitKey, ScheduleOptions, unknown, string]> = [
        [{ clientId: '', tenantId: 't' }, batch, async () => 1, 'key.clientId'],
        [{ clientId: 'app1', tenantId: '' }, batch, async () => 1, 'key.tenantId'],
        [tenant(), { priority: 'urgent' as 'batch', mayUseReserve: true }, async () => 1, 'options.priority'],
        [
          tenant(),
          { priority: 'batch', mayUseReserve: 'yes' as unknown as boolean },
          async () => 1,
          'options.mayUseReserve',
        ],
        [tenant(), { ...batch, deadline: Number.NaN }, async () => 1, 'options.deadline'],
        [tenant(), batch, 'not a function', 'fn'],
      ];
      for (const [key, options, fn, path] of cases) {
        const error = await reject(engine.schedule(key, options, fn as () => Promise<unknown>));
        expect(error).toBeInstanceOf(InvalidArgumentError);
        expect((error as InvalidArgumentError).code).toBe('ERR_INVALID_ARGUMENT');
        expect((error as InvalidArgumentError).issues.map((i) => i.path)).toContain(path);
      }
      expect(() => engine.snapshot({ clientId: '', tenantId: null })).toThrow(InvalidArgumentError);
      // Bad input to the fire-and-forget methods changes nothing and throws nothing.
      engine.observe({ clientId: '', tenantId: 't' }, { minute: 0 });
      engine.pause({ clientId: 42 as unknown as string, tenantId: 't' }, 1000);
      engine.markDayExhausted({ clientId: '', tenantId: 't' }, 1000);
      expect(await engine.schedule(tenant(), batch, async () => 'still fine')).toBe('still fine');
    });

    it('rejects with ConfigurationError naming the field when limitsFor() returns unusable limits', async () => {
      const engine = await engineWith(
        {},
        {
          limitsFor: () => ({ concurrent: 5, perMinute: 0, perDay: 5000, appPerMinute: 10_000 }),
        },
      );
      const error = await reject(engine.schedule(tenant(), batch, async () => 1));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).issues.map((i) => i.path)).toEqual(['limits.perMinute']);
    });

    it('resyncs from Xero headers: fewer remaining than we think holds the window; more never adds', async () => {
      const engine = await engineWith({ perMinute: 10, perDay: 100 });
      const observedAt = Date.now();
      engine.observe(tenant(), { minute: 3, day: 40 });
      expect(engine.snapshot(tenant()).reported).toEqual({ minute: 3, day: 40 });
      const starts: number[] = [];
      await Promise.all(
        Array.from({ length: 6 }, () =>
          engine.schedule(tenant(), batch, async () => void starts.push(Date.now())),
        ),
      );
      // Xero's 7 phantom calls hold their units for a window from the report: at most 3 of ours fit in
      // it, the others start a window later (counted in windows, not ms).
      starts.sort((x, y) => x - y);
      expect(starts).toHaveLength(6);
      expect(starts.filter((t) => t - observedAt < W).length).toBeLessThanOrEqual(3);
      expect(starts[3]! - observedAt).toBeGreaterThanOrEqual(W);
      expect(engine.snapshot(tenant()).dayRemaining).toBeLessThanOrEqual(40);

      engine.observe(tenant('t2'), { day: 2 });
      await engine.schedule(tenant('t2'), batch, async () => 1);
      await engine.schedule(tenant('t2'), batch, async () => 2);
      expect(await reject(engine.schedule(tenant('t2'), batch, async () => 3))).toBeInstanceOf(
        DayLimitExceededError,
      );

      engine.observe(tenant('t3'), { minute: 500, day: 1_000_000 });
      expect(engine.snapshot(tenant('t3'))).toMatchObject({ minuteRemaining: 10, dayRemaining: 100 });
    });

    it('pause holds the key for Retry-After; a tenantless pause holds the whole app; Retry-After is bounded', async () => {
      const engine = await engineWith();
      const pausedAt = Date.now();
      engine.pause(tenant(), 400);
      await sleep(50);
      await engine.schedule(tenant(), batch, async () => undefined);
      expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(395);

      const appPausedAt = Date.now();
      engine.pause({ clientId: 'app1', tenantId: null }, 400);
      await sleep(50);
      await engine.schedule(tenant('another-tenant'), batch, async () => undefined);
      expect(Date.now() - appPausedAt).toBeGreaterThanOrEqual(395);

      // 0, negative and garbage Retry-After never throw, never stall the key for good.
      for (const ms of [0, -5, Number.NaN]) engine.pause(tenant('t4'), ms);
      expect(await engine.schedule(tenant('t4'), batch, async () => 'went')).toBe('went');
    });
  });
}
