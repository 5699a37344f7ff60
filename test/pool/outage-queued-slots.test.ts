import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import { connect, type PoolWorld, startPoolWorld } from './support/pool-world.js';

// A Xero minute lasts 600 ms; the API is down for 3 Xero minutes.
const TIME_SCALE = 0.01;
const W = 60_000 * TIME_SCALE;
const OUTAGE_MS = 3 * W;

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe.each(['rolling', 'fixed'] as const)(
  'calls queued for a slot when an outage begins (%s window)',
  (window) => {
    let world: PoolWorld;
    afterEach(async () => world?.close());

    it('75 calls queued behind a saturated window: only probes reach the down API, not one per queued call', async () => {
      world = await startPoolWorld({ timeScale: TIME_SCALE, window });
      const pool = world.host.pool({ accountId: 'acct-queued', apps: 'wisepay', tenantId: DEMO_TENANT_ID });
      await connect(world, pool, 'wisepay');
      await new Promise((r) => setTimeout(r, W + 20));
      world.sim.control.resetLog();
      const client = pool.role('wisepay');
      const deadline = Date.now() + 20 * OUTAGE_MS;
      // 60 calls fill the minute window; 75 more queue for a unit behind them.
      const calls = Array.from({ length: 135 }, () =>
        client.request({ method: 'GET', path: '/Organisation' }, { deadline }),
      );
      const api = () => world.sim.control.requestLog().filter((e) => e.endpoint === 'api');
      await until(() => api().filter((e) => e.status === 200).length >= 60, 10 * W);
      // The window is spent: the queued calls wait for units that return a window after the first calls.
      const queuedWhenDown = 135 - api().length;
      expect(queuedWhenDown).toBeGreaterThanOrEqual(70);
      world.sim.control.outage({ api: true, durationMs: OUTAGE_MS });
      const downFrom = Date.now();
      const results = await Promise.allSettled(calls);

      expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
      // Requests the outage answered are logged before routing (endpoint 'other'): match the API path.
      const during = world.sim.control
        .requestLog()
        .filter((e) => e.path.includes('/api.xro/') && e.at >= downFrom && e.at < downFrom + OUTAGE_MS);
      const unavailable = during.filter((e) => e.status === 503);
      // The first 503 makes the outage known; after that only the probe goes, one at a time with capped
      // backoff (a handful over 3 Xero minutes). Before the fix each queued call, granted its slot as the
      // window rolled, sent one request into the down API (≈ 75).
      expect(unavailable.length).toBeGreaterThanOrEqual(1);
      expect(unavailable.length).toBeLessThanOrEqual(20);
      // Calls already in flight when the outage began (at most the 5 slots) may still be answered inside it.
      expect(during.length - unavailable.length).toBeLessThanOrEqual(5);
    }, 60_000);
  },
);
