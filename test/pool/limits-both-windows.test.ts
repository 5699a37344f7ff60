import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import {
  apiCalls,
  burst,
  maxInAnyWindow,
  startTimes,
  THREE_APPS,
  TIME_SCALE,
  timerLag,
  WINDOW_MS,
} from './support/load.js';
import { connect, type PoolWorld, SIM_APP_OPTIONS, startPoolWorld } from './support/pool-world.js';

describe.each(['rolling', 'fixed'] as const)('limits under the %s window reading', (window) => {
  let world: PoolWorld;
  afterEach(async () => world?.close());

  it('a saturated connection stays within the limit: 0 × 429 and near-full use of the window', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE, window });
    const pool = world.host.pool({ accountId: 'acct-sat', multiConnection: true, apps: THREE_APPS });
    await connect(world, pool, 'service');
    world.sim.control.resetLog();
    const starts = startTimes(pool);
    const ends: number[] = [];
    pool.on('call:finished', () => ends.push(Date.now()));
    const started = Date.now();
    const lag = timerLag();
    const results = await burst(pool, 'service', 150);
    const elapsed = Date.now() - started;
    const worstLagMs = lag.stop();
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(world.sim.control.counters().http429).toEqual({ minute: 0, day: 0, concurrent: 0, appminute: 0 });
    expect(starts).toHaveLength(150);
    expect(maxInAnyWindow(starts)).toBeLessThanOrEqual(60);
    // Near-full use: a call starts as soon as both a unit (back one window after an earlier call ENDS) and
    // one of the 5 slots (free when the call 5 before it ends) are there — not a window later (an engine
    // that held units for two windows would idle a whole window). Asserted call by call, so a starved
    // machine (slower calls, later timers: measured beside it) moves both sides alike.
    expect(elapsed).toBeGreaterThanOrEqual(2 * WINDOW_MS - 20);
    const byStart = [...starts].sort((a, b) => a - b);
    const byEnd = [...ends].sort((a, b) => a - b);
    let worstLateMs = 0;
    for (let k = 5; k < byStart.length; k++) {
      const unitBack = k >= 60 ? byEnd[k - 60]! + WINDOW_MS : 0;
      const slotFree = byEnd[k - 5]!;
      worstLateMs = Math.max(worstLateMs, byStart[k]! - Math.max(unitBack, slotFree));
    }
    expect(worstLateMs).toBeLessThan(WINDOW_MS / 2 + 2 * worstLagMs);
    expect(pool.metrics().connections.find((c) => c.role === 'service')?.http429.minute).toBe(0);
  });

  it('three roles on three apps each get their own budget (~3× throughput of one connection)', async () => {
    // The SDK is told 20 a minute per app (Xero allows 60): the budgets, not the CPU, set the pace, so the
    // comparison holds on a loaded machine with a third of the calls.
    const apps = Object.fromEntries(
      Object.entries(SIM_APP_OPTIONS).map(([name, app]) => [name, { ...app, limits: { perMinute: 20 } }]),
    );
    world = await startPoolWorld({ timeScale: TIME_SCALE, window, host: { apps } });
    const multi = world.host.pool({ accountId: 'acct-multi', multiConnection: true, apps: THREE_APPS });
    for (const role of ['wisepay', 'company', 'service'] as const) await connect(world, multi, role);
    const single = world.host.pool({ accountId: 'acct-single', apps: 'wisepay', tenantId: DEMO_TENANT_ID });
    await connect(world, single, 'wisepay');
    // Let the connect calls' window pass so both runs start from a full budget.
    await new Promise((r) => setTimeout(r, WINDOW_MS + 20));

    world.sim.control.resetLog();
    const multiStarts = startTimes(multi);
    let t = Date.now();
    await Promise.all([
      burst(multi, 'wisepay', 40),
      burst(multi, 'company', 40),
      burst(multi, 'service', 40),
    ]);
    const multiMs = Date.now() - t;
    const perApp = ['wisepay-client', 'company-client', 'service-client'].map(
      (c) => apiCalls(world, c).length,
    );
    expect(perApp).toEqual([40, 40, 40]);
    expect(world.sim.control.counters().http429.minute).toBe(0);
    // Three budgets at once: some window held more starts than one connection's 20.
    expect(maxInAnyWindow(multiStarts)).toBeGreaterThan(20);

    // The same 120 calls on one connection (multi-connection off) share one bucket: 20 a window.
    world.sim.control.resetLog();
    await new Promise((r) => setTimeout(r, WINDOW_MS + 20));
    const singleStarts = startTimes(single);
    t = Date.now();
    await Promise.all([
      burst(single, 'wisepay', 40),
      burst(single, 'company', 40),
      burst(single, 'service', 40),
    ]);
    const singleMs = Date.now() - t;
    expect(apiCalls(world, 'wisepay-client')).toHaveLength(120);
    expect(maxInAnyWindow(singleStarts)).toBeLessThanOrEqual(20);
    // 120 calls at 20 a window cannot finish in under 5 windows.
    expect(singleMs).toBeGreaterThanOrEqual(5 * WINDOW_MS);
    expect(world.sim.control.counters().http429.minute).toBe(0);
    // ~3× in theory (2 windows vs 6); on a loaded machine both runs also wait for CPU, so the ratio is
    // asserted loosely: one shared budget would give about 1.
    expect(singleMs / multiMs).toBeGreaterThan(1.5);
  });

  it('two roles on one app share its (app, tenant) bucket', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE, window });
    const pool = world.host.pool({
      accountId: 'acct-shared',
      multiConnection: true,
      apps: { wisepay: 'service', company: 'service', service: 'company' },
    });
    await connect(world, pool, 'wisepay');
    await connect(world, pool, 'company');
    world.sim.control.resetLog();
    const starts = startTimes(pool);
    const started = Date.now();
    await Promise.all([burst(pool, 'wisepay', 75), burst(pool, 'company', 75)]);
    const elapsed = Date.now() - started;
    expect(world.sim.control.counters().http429).toEqual({ minute: 0, day: 0, concurrent: 0, appminute: 0 });
    expect(apiCalls(world, 'service-client')).toHaveLength(150);
    expect(maxInAnyWindow(starts)).toBeLessThanOrEqual(60);
    expect(elapsed).toBeGreaterThanOrEqual(2 * WINDOW_MS - 20);
    const [w, c] = pool.metrics().connections;
    expect(w?.clientId).toBe(c?.clientId);
  });

  it('budget spent by another process is picked up from the headers: at most one 429, then recovery', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE, window });
    const pool = world.host.pool({ accountId: 'acct-other', multiConnection: true, apps: THREE_APPS });
    await connect(world, pool, 'company');
    await new Promise((r) => setTimeout(r, WINDOW_MS + 20));
    world.sim.control.spendBudget({ clientId: 'company-client', tenantId: DEMO_TENANT_ID, calls: 56 });
    world.sim.control.resetLog();
    const results = await burst(pool, 'company', 40);
    expect(results.every((r) => r.status === 200)).toBe(true);
    const http429 = world.sim.control.counters().http429;
    expect(http429.minute + http429.concurrent).toBeLessThanOrEqual(1);
    const metrics = pool.metrics().connections.find((m) => m.role === 'company')!;
    expect(metrics.calls.succeeded).toBeGreaterThanOrEqual(40);
  });
});
