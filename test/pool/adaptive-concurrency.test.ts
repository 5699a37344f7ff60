import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import { connect, type PoolWorld, startPoolWorld } from './support/pool-world.js';

// A Xero minute lasts 600 ms: with 50 ms calls, concurrency (not the 60 a minute) sets the pace.
const TIME_SCALE = 0.01;

describe.each(['rolling', 'fixed'] as const)('adaptive concurrency (%s window)', (window) => {
  let world: PoolWorld;
  afterEach(async () => world?.close());

  it('Xero allowing 3 in flight against the SDK 5: 400 calls, 0 failed, at most 5 % answered 429', async () => {
    world = await startPoolWorld({
      timeScale: TIME_SCALE,
      window,
      // Another consumer of the same app and organisation holds two of Xero's five slots.
      sim: { limits: { concurrent: 3 }, latencyMs: 50 },
    });
    const pool = world.host.pool({ accountId: 'acct-slots', apps: 'wisepay', tenantId: DEMO_TENANT_ID });
    await connect(world, pool, 'wisepay');
    world.sim.control.resetLog();

    const client = pool.role('wisepay');
    const results = await Promise.allSettled(
      Array.from({ length: 400 }, () => client.request({ method: 'GET', path: '/Organisation' })),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed.map((r) => String((r as PromiseRejectedResult).reason?.message))).toEqual([]);
    const http429 = world.sim.control.counters().http429;
    const total429 = http429.minute + http429.day + http429.concurrent + http429.appminute;
    expect(total429).toBeLessThanOrEqual(20);
    // It did learn: at least one `concurrent` 429 was needed to find the lower cap, and the cap fell.
    expect(http429.concurrent).toBeGreaterThan(0);
    const apiRequests = world.sim.control.requestLog().filter((e) => e.endpoint === 'api');
    expect(apiRequests.filter((e) => e.status === 200)).toHaveLength(400);
  }, 120_000);
});
