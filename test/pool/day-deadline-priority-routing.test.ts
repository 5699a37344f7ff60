import { afterEach, describe, expect, it } from 'vitest';
import { DayLimitExceededError } from '../../src/errors/rate-limit-error.js';
import { DeadlineExceededError } from '../../src/errors/timing-errors.js';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import { apiCalls, burst, maxInAnyWindow, THREE_APPS, TIME_SCALE, WINDOW_MS } from './support/load.js';
import { connect, type PoolWorld, startPoolWorld } from './support/pool-world.js';

describe('day limit, deadlines, priority, routing', () => {
  let world: PoolWorld;
  afterEach(async () => world?.close());

  it('a spent day fails at once with DayLimitExceededError and queues nothing', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const pool = world.host.pool({ accountId: 'acct-day', apps: 'starter' });
    await connect(world, pool, 'wisepay');
    world.sim.control.spendBudget({ clientId: 'starter-client', tenantId: DEMO_TENANT_ID, calls: 1000 });
    world.sim.control.resetLog();
    const rateLimited: string[] = [];
    pool.on('call:rate-limited', (e) => rateLimited.push(e.problem));
    const first = await pool
      .role('wisepay')
      .organisation.get()
      .catch((e: unknown) => e);
    expect(first).toBeInstanceOf(DayLimitExceededError);
    expect(rateLimited).toEqual(['day']);
    const t = Date.now();
    const more = await Promise.all(
      Array.from({ length: 20 }, () =>
        pool
          .role('service')
          .organisation.get()
          .catch((e: unknown) => e),
      ),
    );
    // At once: well inside one window (they never queue, and never reach Xero: see below).
    expect(Date.now() - t).toBeLessThan(WINDOW_MS);
    for (const e of more) expect(e).toBeInstanceOf(DayLimitExceededError);
    expect((more[0] as DayLimitExceededError).message).toMatch(/role=service/);
    expect((more[0] as DayLimitExceededError).retryAfterMs).toBeGreaterThan(0);
    expect(apiCalls(world)).toHaveLength(1);
    expect(pool.metrics().connections[0]?.dayExhaustedUntil).toBeInstanceOf(Date);
  });

  it('a call that cannot start before its deadline fails fast and never reaches Xero', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const pool = world.host.pool({ accountId: 'acct-deadline', multiConnection: true, apps: THREE_APPS });
    await connect(world, pool, 'service');
    const backlog = burst(pool, 'service', 150);
    // Wait (in slots, not ms) until the backlog is queued: 150 calls at 60 a window need 2 more windows.
    const queued = () => pool.metrics().connections.find((c) => c.role === 'service')?.queued ?? 0;
    for (let i = 0; i < 2000 && queued() < 140; i++) await new Promise((r) => setTimeout(r, 5));
    expect(queued()).toBeGreaterThanOrEqual(140);
    world.sim.control.resetLog();
    const t = Date.now();
    const error = await pool
      .role('service')
      .request(
        { method: 'GET', path: '/Organisation?deadline-probe=1' },
        { deadline: Date.now() + WINDOW_MS * 1.5 },
      )
      .catch((e: unknown) => e);
    // Refused up front (not when the deadline came): well before the deadline's 1.5 windows.
    expect(Date.now() - t).toBeLessThan(WINDOW_MS);
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect((error as DeadlineExceededError).message).toMatch(
      /role=service.*GET \/api\.xro\/2\.0\/Organisation/,
    );
    await backlog;
    expect(apiCalls(world).filter((e) => e.path.includes('deadline-probe'))).toHaveLength(0);
  });

  it('interactive wisepay calls start ahead of a saturating batch; the reserve is lent (all but one unit) until they come, then held for them', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE, host: { rateLimits: { interactiveReserve: 10 } } });
    // Multi-connection off: all roles share one (app, tenant) bucket, so the reserve applies.
    const pool = world.host.pool({ accountId: 'acct-prio', apps: 'wisepay' });
    await connect(world, pool, 'wisepay');
    await new Promise((r) => setTimeout(r, WINDOW_MS + 20));
    const starts: Array<{ at: number; role: string; priority: string; waitedMs: number }> = [];
    pool.on('call:started', (e) =>
      starts.push({ at: Date.now(), role: e.callRole, priority: e.priority, waitedMs: e.waitedMs }),
    );
    const t0 = Date.now();
    const batch = burst(pool, 'service', 200);
    const interactive: Array<Promise<unknown>> = [];
    const arrivals: number[] = [];
    for (let i = 0; i < 8; i++) {
      await new Promise((r) => setTimeout(r, WINDOW_MS / 4));
      arrivals.push(Date.now() - t0);
      interactive.push(pool.role('wisepay').organisation.get());
    }
    await Promise.all([batch, ...interactive]);
    expect(world.sim.control.counters().http429.minute).toBe(0);
    const waits = starts.filter((s) => s.role === 'wisepay').map((s) => s.waitedMs);
    expect(waits).toHaveLength(8);
    // The batch queue takes ~4 windows to drain, so the first interactive calls (a quarter window in) would
    // wait 3.5 windows or more behind it. They wait for a concurrency slot only, plus, on a loaded machine,
    // up to a window of units a late header resync holds: under 3 windows.
    expect(Math.max(...waits)).toBeLessThan(3 * WINDOW_MS);
    // Until the first user action the reserve is lent to the batch, all but one unit: at most 59 a window.
    const batchStarts = starts.filter((s) => s.role === 'service').map((s) => s.at - t0);
    expect(maxInAnyWindow(batchStarts)).toBeLessThanOrEqual(59);
    // From the first user action until a window after the last, the reserve is held for them again: batch
    // calls get at most 50 units in any window (units lent before stay spent meanwhile). Counted from a
    // window after the first action: batch calls granted a lent unit before it may still be waiting for one
    // of the 5 slots (behind the interactive calls) and start after it.
    const held = batchStarts.filter((at) => at >= arrivals[0]! + WINDOW_MS && at < arrivals[7]! + WINDOW_MS);
    expect(maxInAnyWindow(held)).toBeLessThanOrEqual(50);
  });

  it('multiConnection:false routes every role through the one primary connection', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const pool = world.host.pool({ accountId: 'acct-single', apps: THREE_APPS });
    await connect(world, pool, 'wisepay');
    world.sim.control.resetLog();
    const metas = await Promise.all(
      (['wisepay', 'company', 'service'] as const).map(
        async (role) => (await pool.role(role).request({ method: 'GET', path: '/Organisation' })).meta,
      ),
    );
    expect(metas.map((m) => [m.role, m.connectionRole])).toEqual([
      ['wisepay', 'wisepay'],
      ['company', 'wisepay'],
      ['service', 'wisepay'],
    ]);
    expect(new Set(apiCalls(world).map((e) => e.clientId))).toEqual(new Set(['wisepay-client']));
    const metrics = pool.metrics();
    expect(metrics.connections).toHaveLength(1);
    expect(metrics.connections[0]).toMatchObject({
      role: 'wisepay',
      serves: ['wisepay', 'company', 'service'],
    });
    expect(metrics.connections[0]?.calls.succeeded).toBe(3);
  });
});
