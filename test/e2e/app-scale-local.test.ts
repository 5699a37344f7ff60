/**
 * Issue #16 end to end, in one process (the in-process limits engine) against the simulator over real
 * HTTP: one app whose app-wide minute is lowered so it binds (60 a Xero minute, the simulator enforcing
 * the same), several accounts each on its own organisation, under both window readings. No 429; batch
 * accounts that start spread over the first window share the app fairly; user actions of other accounts
 * start promptly while batch saturates the app; a call the app-wide queue keeps from its deadline is
 * refused at once. A Xero minute lasts 1.2 s (a slot, one Xero second, 20 ms).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DeadlineExceededError } from '../../src/errors/timing-errors.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import type { OrganisationSeed } from '../../src/testing/index.js';
import { connect, type PoolWorld, SIM_APP_OPTIONS, startPoolWorld } from '../pool/support/pool-world.js';

const TIME_SCALE = 0.02;
const W = 60_000 * TIME_SCALE;
const SLOT = W / 60;
const APP_LIMIT = 60;
const BATCH_ACCOUNTS = 6;
const USER_ACCOUNTS = 3;

const tenantId = (n: number) => `e1600000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface AppWorld {
  world: PoolWorld;
  batch: ConnectionPool[];
  users: ConnectionPool[];
  /** An account with no work of its own. */
  spare: ConnectionPool;
}

async function startAppWorld(window: 'rolling' | 'fixed'): Promise<AppWorld> {
  const tenants = Array.from({ length: BATCH_ACCOUNTS + USER_ACCOUNTS + 1 }, (_, i) => tenantId(i));
  const organisations: OrganisationSeed[] = tenants.map((t, i) => ({
    tenantId: t,
    name: `App Scale ${i}`,
    invoiceCount: 1,
    contactCount: 1,
  }));
  const world = await startPoolWorld({
    timeScale: TIME_SCALE,
    window,
    sim: {
      limits: { appPerMinute: APP_LIMIT },
      xeroLatencyMs: 300,
      organisations,
      users: [{ userId: 'user-1', email: 'owner@example.com', organisations: tenants }],
    },
    host: {
      apps: {
        ...SIM_APP_OPTIONS,
        wisepay: { ...SIM_APP_OPTIONS.wisepay, limits: { appPerMinute: APP_LIMIT } },
      },
      rateLimits: { appInteractiveReserve: 0.1 },
    },
  });
  const pools: ConnectionPool[] = [];
  for (const [i, t] of tenants.entries()) {
    const pool = world.host.pool({ accountId: `acct-${i}`, apps: 'wisepay', tenantId: t });
    await connect(world, pool, 'wisepay', [t]);
    pools.push(pool);
  }
  // Let the connects' window pass: every run starts from a full app budget.
  await sleep(W + 50);
  world.sim.control.resetLog();
  return {
    world,
    batch: pools.slice(0, BATCH_ACCOUNTS),
    users: pools.slice(BATCH_ACCOUNTS, BATCH_ACCOUNTS + USER_ACCOUNTS),
    spare: pools[BATCH_ACCOUNTS + USER_ACCOUNTS]!,
  };
}

function batchCalls(pool: ConnectionPool, n: number) {
  const client = pool.role('wisepay');
  return Array.from({ length: n }, () =>
    client.request({ method: 'GET', path: '/Organisation' }, { priority: 'batch' }).catch((e) => e),
  );
}

/** API calls the simulator served per tenant in [from, to). */
function servedBy(world: PoolWorld, from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of world.sim.control.requestLog()) {
    if (e.endpoint !== 'api' || e.tenantId === undefined || e.at < from || e.at >= to) continue;
    counts.set(e.tenantId, (counts.get(e.tenantId) ?? 0) + 1);
  }
  return counts;
}

describe.each(['rolling', 'fixed'] as const)(
  'app-wide admission over HTTP, %s window (one process)',
  (window) => {
    let app: AppWorld | undefined;
    afterEach(async () => {
      await app?.world.close();
      app = undefined;
    });

    it('no 429; batch accounts starting staggered share the app fairly; user actions start promptly', async () => {
      app = await startAppWorld(window);
      const { world, batch, users } = app;
      const t0 = Date.now();
      const work: Array<Promise<unknown>> = [];
      // Batch accounts start spread over window 0, each with more work than the run can serve.
      const starting = batch.map(async (pool, i) => {
        await sleep((i * W) / BATCH_ACCOUNTS);
        work.push(...batchCalls(pool, 60));
      });
      await Promise.all(starting);
      // User actions on the other accounts, while batch saturates the app (windows 1 to 3).
      await sleep(Math.max(0, t0 + W - Date.now()));
      const waits: number[] = [];
      for (let i = 0; i < 12; i++) {
        const pool = users[i % users.length]!;
        const asked = Date.now();
        const response = await pool
          .role('wisepay')
          .request({ method: 'GET', path: '/Organisation' }, { priority: 'interactive' });
        expect(response.status).toBe(200);
        waits.push(Date.now() - asked);
        await sleep(W / 6);
      }
      const to = t0 + 4 * W;
      await sleep(Math.max(0, to - Date.now()));
      const served = servedBy(world, t0 + W, to);
      const perAccount = batch.map((_, i) => served.get(tenantId(i)) ?? 0);
      const appTotal = [...served.values()].reduce((a, b) => a + b, 0);

      expect(world.sim.control.counters().http429).toEqual({
        minute: 0,
        day: 0,
        concurrent: 0,
        appminute: 0,
      });
      // The app limit binds (six accounts could make 3 × 360 calls): fairness is measured while it does. How
      // near its budget is used is a benchmark's figure (npm run bench:app), not asserted on a loaded machine.
      expect(appTotal).toBeLessThanOrEqual(3 * APP_LIMIT + APP_LIMIT / 10);
      expect(appTotal).toBeGreaterThanOrEqual(0.7 * 3 * APP_LIMIT);
      // Fair despite the staggered start: min/max per batch account over windows 1–3.
      expect(Math.min(...perAccount) / Math.max(...perAccount)).toBeGreaterThanOrEqual(0.7);
      // A user action waits for a unit kept free, not for the next window: each request (with its 300 Xero
      // ms at the simulator) ends within a few slots. The slowest is bounded at a third of a window, far
      // below the up-to-a-window wait this guards against: on a loaded machine one took 211 ms (W/6 = 200).
      waits.sort((a, b) => a - b);
      expect(waits[Math.floor(waits.length / 2)]!).toBeLessThanOrEqual(3 * SLOT);
      expect(waits.at(-1)!).toBeLessThanOrEqual(W / 3);
      await world.host.close();
      await Promise.all(work);
    });

    it('refuses at once a call the app-wide queue keeps from its deadline; meets one it can', async () => {
      app = await startAppWorld(window);
      const { world, batch, spare } = app;
      const work = batch.flatMap((pool) => batchCalls(pool, 40));
      await sleep(W / 2);
      const asked = Date.now();
      const refused = await batch[0]!
        .role('wisepay')
        .request({ method: 'GET', path: '/Organisation' }, { priority: 'batch', deadline: asked + W / 2 })
        .then(
          () => undefined,
          (error: unknown) => ({ error, after: Date.now() - asked }),
        );
      expect(refused?.error).toBeInstanceOf(DeadlineExceededError);
      expect(refused!.after).toBeLessThan(W / 10);
      // An account with nothing queued is next in fair order: the same deadline is met.
      const response = await spare
        .role('wisepay')
        .request(
          { method: 'GET', path: '/Organisation' },
          { priority: 'batch', deadline: Date.now() + W / 2 },
        );
      expect(response.status).toBe(200);
      expect(world.sim.control.counters().http429).toEqual({
        minute: 0,
        day: 0,
        concurrent: 0,
        appminute: 0,
      });
      await world.host.close();
      await Promise.all(work);
    });
  },
);
