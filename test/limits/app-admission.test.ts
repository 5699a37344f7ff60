/**
 * App-wide admission in the in-process engine (issue #16): pacing of the app minute, the app-level
 * interactive reserve, weighted fair share across the app's organisations, and deadlines that see the
 * app-wide queue. A Xero minute lasts 1.2 s here (a slot, one Xero second, 20 ms), so waits are asserted
 * in slots and windows and hold on a loaded 2-core machine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DeadlineExceededError } from '../../src/errors/timing-errors.js';
import type { LimitKey, ScheduleOptions } from '../../src/limits/limits-engine.js';
import { createLocalLimitsEngine, type LocalLimitsEngine } from '../../src/limits/local-limits-engine.js';
import { createTimeScale } from '../../src/time-scale.js';
import { maxInFixedWindows, maxInSlidingWindow, sleep } from './helpers.js';

const FACTOR = 0.02;
const W = 60_000 * FACTOR;
const SLOT = W / 60;
/** The app's limit in these tests: binds long before any key's 60 a minute. */
const L = 60;

let engine: LocalLimitsEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

function makeAppEngine(appInteractiveReserve = 0.1): LocalLimitsEngine {
  engine = createLocalLimitsEngine({
    limitsFor: () => ({ concurrent: 5, perMinute: 60, perDay: 100_000, appPerMinute: L }),
    timeScale: createTimeScale(FACTOR),
    interactiveReserve: 0,
    appInteractiveReserve,
  });
  return engine;
}

const keyOf = (tenantId: string): LimitKey => ({ clientId: 'app', tenantId });
const batch = (weight?: number, deadline?: number): ScheduleOptions => ({
  priority: 'batch',
  mayUseReserve: true,
  ...(weight === undefined ? {} : { weight }),
  ...(deadline === undefined ? {} : { deadline }),
});
const interactive: ScheduleOptions = { priority: 'interactive', mayUseReserve: true };

interface Start {
  tenant: string;
  at: number;
  interactive: boolean;
}

/** Queues `n` batch calls of a few ms on a tenant, recording their starts. */
function backlog(e: LocalLimitsEngine, tenant: string, n: number, starts: Start[], weight?: number) {
  return Array.from({ length: n }, () =>
    e
      .schedule(keyOf(tenant), batch(weight), async () => {
        starts.push({ tenant, at: Date.now(), interactive: false });
        await sleep(3);
      })
      .catch(() => undefined),
  );
}

/** Starts of a tenant in [from, to). */
const countIn = (starts: Start[], tenant: string, from: number, to: number) =>
  starts.filter((s) => s.tenant === tenant && s.at >= from && s.at < to).length;

function jain(values: number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  const squares = values.reduce((a, b) => a + b * b, 0);
  return (sum * sum) / (values.length * squares);
}

describe('app-wide admission (in-process engine)', () => {
  it('paces batch work over the window: no burst beyond a Xero second of budget, the limit never exceeded', async () => {
    const e = makeAppEngine();
    const starts: Start[] = [];
    const t0 = Date.now();
    const all = Array.from({ length: 12 }, (_, k) => backlog(e, `t${k}`, 12, starts)).flat();
    await Promise.all(all);
    const times = starts.map((s) => s.at).sort((a, b) => a - b);
    expect(times).toHaveLength(144);
    // Both readings of Xero's window: never more than the limit.
    expect(maxInSlidingWindow(times, W)).toBeLessThanOrEqual(L);
    expect(maxInFixedWindows(times, W, 10)).toBeLessThanOrEqual(L);
    // Paced: one grant per W / L (a slot here), with a burst of one Xero second's budget (1) after idle,
    // and at most 2 more caught up after a late timer while calls wait. Never early.
    const interval = W / L;
    const most = 1 + 2;
    for (let i = 0; i + 10 < Math.min(times.length, L - 1); i++) {
      expect(times[i + 10]! - times[i]!).toBeGreaterThanOrEqual((10 - most) * interval - 2);
    }
    // The first window's budget is spread over it, not spent in its first moments.
    expect(times.filter((t) => t < t0 + W / 4).length).toBeLessThanOrEqual(L / 4 + most);
    // One unit of the reserve stays free for a user action; the rest is lent: the whole run takes about
    // two windows plus one (144 calls at 59 a window), not four.
    expect(maxInSlidingWindow(times, W)).toBeGreaterThanOrEqual(L - 4);
    expect(times.at(-1)! - t0).toBeLessThan(4 * W);
  });

  it('interactive calls on other keys start within a slot or two while batch saturates the app', async () => {
    const e = makeAppEngine();
    const starts: Start[] = [];
    const work = Array.from({ length: 12 }, (_, k) => backlog(e, `busy${k}`, 20, starts)).flat();
    await sleep(W); // the app window is full and batch keeps it full
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const asked = Date.now();
      await e.schedule(keyOf(`user${i}`), interactive, async () => void waits.push(Date.now() - asked));
      await sleep(W / 10);
    }
    const busyNow = starts.filter((s) => s.at > Date.now() - W).length;
    expect(busyNow).toBeGreaterThanOrEqual(L / 2); // batch was still saturating meanwhile
    waits.sort((a, b) => a - b);
    // A unit is kept free for them: at once, or within a slot or two (timer lag on a loaded machine).
    expect(waits[Math.floor(waits.length / 2)]!).toBeLessThanOrEqual(2 * SLOT);
    expect(waits.at(-1)!).toBeLessThanOrEqual(W / 10);
    await Promise.all(work);
  });

  it('lends the reserve to batch while no user action comes, and takes it back as they come', async () => {
    // Reserve: 6 of 60. Without user actions batch may hold 59; with them, the headroom grows to their count.
    const e = makeAppEngine(0.1);
    const starts: Start[] = [];
    const t0 = Date.now();
    const work = Array.from({ length: 12 }, (_, k) => backlog(e, `busy${k}`, 40, starts)).flat();
    // The app window's free units, sampled (a tenantless key's snapshot shows the app window).
    let leastFree = L;
    const until = Date.now() + 2 * W;
    while (Date.now() < until) {
      leastFree = Math.min(leastFree, e.snapshot({ clientId: 'app', tenantId: null }).minuteRemaining);
      await sleep(5);
    }
    const lentPhase = starts.filter((s) => s.at < Date.now()).map((s) => s.at);
    // Lent: batch alone held more than the unlent 54 units, but always left one free.
    expect(leastFree).toBeLessThanOrEqual(3);
    expect(leastFree).toBeGreaterThanOrEqual(1);
    expect(maxInSlidingWindow(lentPhase, W)).toBeLessThanOrEqual(L - 1);
    // User actions come: bursts of 4 on other keys, every half window.
    const burstWaits: number[][] = [];
    const userFrom = Date.now();
    for (let b = 0; b < 4; b++) {
      const asked = Date.now();
      const waits: number[] = [];
      await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          e.schedule(keyOf(`user${b}-${i}`), interactive, async () => {
            waits.push(Date.now() - asked);
            starts.push({ tenant: 'user', at: Date.now(), interactive: true });
          }),
        ),
      );
      burstWaits.push(waits.sort((x, y) => x - y));
      await sleep(W / 2 - (Date.now() - asked));
    }
    const userTo = Date.now();
    // Taken back: after the first burst, the next ones find their units free and start at once.
    for (const waits of burstWaits.slice(1)) expect(waits.at(-1)!).toBeLessThanOrEqual(3 * SLOT);
    // Batch started fewer than its lent 59 in the windows the users were active in.
    const batchDuring = starts
      .filter((s) => !s.interactive && s.at >= userFrom + W / 2 && s.at < userTo)
      .map((s) => s.at);
    expect(maxInSlidingWindow(batchDuring, W)).toBeLessThanOrEqual(L - 4);
    const everything = starts.map((s) => s.at);
    expect(maxInSlidingWindow(everything, W)).toBeLessThanOrEqual(L);
    expect(t0).toBeLessThan(userFrom);
    await Promise.all(work);
  });

  it('shares the app across keys in proportion to their weights (1 vs 2)', async () => {
    const e = makeAppEngine();
    const starts: Start[] = [];
    const t0 = Date.now();
    const light = ['l0', 'l1', 'l2', 'l3'];
    const heavy = ['h0', 'h1', 'h2', 'h3'];
    const work = [
      ...light.flatMap((t) => backlog(e, t, 60, starts, 1)),
      ...heavy.flatMap((t) => backlog(e, t, 60, starts, 2)),
    ];
    await sleep(3 * W);
    // Windows 1 and 2 (the first fills while the queues form).
    const lights = light.map((t) => countIn(starts, t, t0 + W, t0 + 3 * W));
    const heavies = heavy.map((t) => countIn(starts, t, t0 + W, t0 + 3 * W));
    const ratio = heavies.reduce((a, b) => a + b, 0) / lights.reduce((a, b) => a + b, 0);
    expect(ratio).toBeGreaterThan(1.6);
    expect(ratio).toBeLessThan(2.4);
    expect(jain(lights)).toBeGreaterThan(0.95);
    expect(jain(heavies)).toBeGreaterThan(0.95);
    await e.close();
    await Promise.all(work);
  });

  it('a key that arrives late gets its share from its first window', async () => {
    const e = makeAppEngine();
    const starts: Start[] = [];
    const early = Array.from({ length: 9 }, (_, k) => `early${k}`);
    const work = early.flatMap((t) => backlog(e, t, 60, starts));
    await sleep(2 * W); // the early keys have built up their virtual time
    const arrived = Date.now();
    work.push(...backlog(e, 'late', 30, starts));
    await sleep(W);
    const late = countIn(starts, 'late', arrived, arrived + W);
    const others = early.map((t) => countIn(starts, t, arrived, arrived + W));
    const mean = others.reduce((a, b) => a + b, 0) / others.length;
    // Its fair tenth of the window: no backlog credit (not far more), no penalty (not far less).
    expect(late).toBeGreaterThanOrEqual(0.7 * mean);
    expect(late).toBeLessThanOrEqual(1.5 * mean + 1);
    await e.close();
    await Promise.all(work);
  });

  it('refuses at once a call the app-wide queue keeps from starting before its deadline; not one that can', async () => {
    const e = makeAppEngine();
    const starts: Start[] = [];
    const work = Array.from({ length: 10 }, (_, k) => backlog(e, `busy${k}`, 40, starts)).flat();
    await sleep(W / 2);
    // busy0 has ~35 calls queued; with the other keys' calls at the app gate, a new one of its calls needs
    // far more than half a window of paced grants.
    const asked = Date.now();
    const deadline = asked + W / 2;
    const refused = await e
      .schedule(keyOf('busy0'), batch(1, deadline), async () => 'ran')
      .then(
        () => undefined,
        (error: unknown) => ({ error, after: Date.now() - asked }),
      );
    expect(refused?.error).toBeInstanceOf(DeadlineExceededError);
    expect((refused!.error as DeadlineExceededError).tenantId).toBe('busy0');
    expect(refused!.after).toBeLessThan(W / 10); // at once, not at its deadline
    // A key with nothing queued is next in fair order: the same deadline is met, not refused.
    const fresh = Date.now();
    const started = await e.schedule(keyOf('fresh'), batch(1, fresh + W / 2), async () => Date.now());
    expect(started).toBeLessThan(fresh + W / 2);
    await e.close();
    await Promise.all(work);
  });

  it('keeps no timer or record per idle key: one pacing timer per app at most', async () => {
    const e = makeAppEngine();
    const starts: Start[] = [];
    const work = Array.from({ length: 20 }, (_, k) => backlog(e, `k${k}`, 10, starts)).flat();
    await sleep(W / 4);
    const busy = e.debugState();
    // Release queue (1) + pacing (≤ 1): no timer per waiting call.
    expect(busy.timers).toBeLessThanOrEqual(2);
    await Promise.all(work);
    await sleep(W + 50);
    expect(e.debugState().timers).toBe(0);
  });
});
