import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_TENANT_ID, seededAppOptions } from '../../src/testing/index.js';
import { type RedisSimWorld, startRedisSimWorld } from './support/redis-sim-world.js';
import { describeWithRedis } from './support/redis-test-env.js';
import { report, startTogether } from './support/worker-processes.js';

/**
 * A Xero Custom Connection (client_credentials: no refresh token, a new token asked for with the client
 * credentials whenever one is due) shared by processes through Redis: when its token expires, the refresh
 * lock lets exactly one process fetch the next one, and every process's calls use it. A Xero minute lasts
 * 900 ms, as in multi-process.test.ts.
 */
const SCALE = 0.015;
const APPS = { wisepay: { ...seededAppOptions().wisepay, kind: 'custom-connection' as const } };
const CLIENT_ID = APPS.wisepay.clientId;

describeWithRedis('a custom connection shared by several processes on one Redis backend', () => {
  let world: RedisSimWorld;

  beforeAll(async () => {
    world = await startRedisSimWorld({
      label: 'custom-multi',
      timeScale: SCALE,
      apps: APPS,
      windowSlackMs: 90,
    });
    world.sim.control.customConnection({ clientId: CLIENT_ID, tenantId: DEMO_TENANT_ID });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('four processes × 50 calls on an expired token: exactly one client_credentials request, all calls served', async () => {
    const { sim, host, store } = world;
    const accountId = 'acct-custom';
    const result = await host.pool({ accountId, apps: 'wisepay' }).connectCustomConnection('wisepay');
    expect(result).toMatchObject({ status: 'connected', tenantId: DEMO_TENANT_ID });
    // Expired here and at the simulator: every process's next call needs a new token.
    const current = (await store.get(accountId, 'wisepay'))!;
    const put = await store.put(
      { ...current.value, accessTokenExpiresAt: Date.now() - 1000 },
      current.version,
    );
    expect(put.ok).toBe(true);
    sim.control.expireAccessTokens({ clientId: CLIENT_ID });
    const since = Date.now();

    const workers = await startTogether(
      Array.from({ length: 4 }, () =>
        world.workerEnv(accountId, 'burst', { XC_CONCURRENCY: '50', XC_APP_KIND: 'custom-connection' }),
      ),
    );
    const reports = await Promise.all(workers.map(report));
    for (const r of reports) expect(r).toMatchObject({ ok: 50, errors: {} });

    const requests = sim.control.requestLog().filter((e) => e.endpoint === 'token' && e.at >= since);
    expect(requests.map((e) => [e.grantType, e.status])).toEqual([['client_credentials', 200]]);
    // No call went out with the expired token and came back 401.
    expect(sim.control.requestLog().filter((e) => e.at >= since && e.status === 401)).toEqual([]);
    const stored = (await store.get(accountId, 'wisepay'))!.value;
    expect(stored.accessToken).not.toBe(current.value.accessToken);
    expect(stored.accessTokenExpiresAt).toBeGreaterThan(Date.now());
    expect(stored.refreshToken).toBe('');
    expect(stored.broken).toBeUndefined();
  });
});
