import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import {
  apiCalls,
  burst,
  maxInAnyWindow,
  startTimes,
  THREE_APPS,
  TIME_SCALE,
  WINDOW_MS,
} from './support/load.js';
import { connect, type PoolWorld, startPoolWorld } from './support/pool-world.js';

describe.each(['rolling', 'fixed'] as const)('limits under the %s window reading', (window) => {
  let world: PoolWorld;
  afterEach(async () => world?.close());

  it('a saturated connection stays within the limit: 0 × 429 and near-full use of the window', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE, window });
    const pool = world.host.pool({ accountId: 'acct-sat', multiConnection: true, apps: THREE_APPS });
    await connect(world, pool, 'service');
    world.sim.control.resetLog();
    const starts = startTimes(pool);
    const started = Date.now();
    const results = await burst(pool, 'service', 150);
    const elapsed = Date.now() - started;
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(world.sim.control.counters().http429).toEqual({ minute: 0, day: 0, concurrent: 0, appminute: 0 });
    expect(starts).toHaveLength(150);
    expect(maxInAnyWindow(starts)).toBeLessThanOrEqual(60);
    // 150 calls at 60 a window need just over two windows; far more would mean the budget went unused.
    expect(elapsed).toBeGreaterThanOrEqual(2 * WINDOW_MS - 20);
    expect(elapsed).toBeLessThan(4 * WINDOW_MS);
    expect(pool.metrics().connections.find((c) => c.role === 'service')?.http429.minute).toBe(0);
  });

  it('three roles on three apps each get their own budget (~3× throughput of one connection)', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE, window });
    const multi = world.host.pool({ accountId: 'acct-multi', multiConnection: true, apps: THREE_APPS });
    for (const role of ['wisepay', 'company', 'service'] as const) await connect(world, multi, role);
    const single = world.host.pool({ accountId: 'acct-single', apps: 'wisepay', tenantId: DEMO_TENANT_ID });
    await connect(world, single, 'wisepay');
    // Let the connect calls' window pass so both runs start from a full budget.
    await new Promise((r) => setTimeout(r, WINDOW_MS + 20));

    world.sim.control.resetLog();
    let t = Date.now();
    await Promise.all([
      burst(multi, 'wisepay', 120),
      burst(multi, 'company', 120),
      burst(multi, 'service', 120),
    ]);
    const multiMs = Date.now() - t;
    const perApp = ['wisepay-client', 'company-client', 'service-client'].map(
      (c) => apiCalls(world, c).length,
    );
    expect(perApp).toEqual([120, 120, 120]);
    expect(world.sim.control.counters().http429.minute).toBe(0);

    // The same 360 calls on one connection (multi-connection off) share one bucket.
    world.sim.control.resetLog();
    await new Promise((r) => setTimeout(r, WINDOW_MS + 20));
    t = Date.now();
    await Promise.all([
      burst(single, 'wisepay', 120),
      burst(single, 'company', 120),
      burst(single, 'service', 120),
    ]);
    const singleMs = Date.now() - t;
    expect(apiCalls(world, 'wisepay-client')).toHaveLength(360);
    expect(world.sim.control.counters().http429.minute).toBe(0);
    expect(singleMs / multiMs).toBeGreaterThan(2.2);
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
