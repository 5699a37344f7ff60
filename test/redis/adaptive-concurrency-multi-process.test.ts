import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XeroConnections } from '../../src/host.js';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { deleteKeys, describeWithRedis, REDIS_URL, uniquePrefix } from './support/redis-test-env.js';
import { report, startTogether } from './support/worker-processes.js';

/**
 * A Xero minute lasts 900 ms, so 60 calls a minute allow ~67 calls a second: with 50 ms calls and 3 slots
 * (~60 a second at best) concurrency, not the minute window, sets the pace, as in the torture run.
 */
const SCALE = 0.015;
/** Calls per process. */
const CALLS = 80;
const PROCESSES = 3;
const APPS = {
  wisepay: {
    clientId: 'wisepay-client',
    clientSecret: 'wisepay-secret',
    redirectUri: 'http://127.0.0.1/callback',
  },
};

describeWithRedis('adaptive concurrency shared across processes on one Redis backend', () => {
  describe.each(['rolling', 'fixed'] as const)('%s window', (window) => {
    const keyPrefix = uniquePrefix(`aimd-${window}`);
    let sim: XeroSimulator;
    let redis: RedisBackend;
    let host: XeroConnections;

    beforeAll(async () => {
      // Xero allows 3 in flight (another consumer holds the other 2); the SDK is configured for Xero's 5.
      sim = await startXeroSimulator({ timeScale: SCALE, window, limits: { concurrent: 3 }, latencyMs: 50 });
      redis = await createRedisBackend({ url: REDIS_URL, keyPrefix });
      host = new XeroConnections({
        apps: APPS,
        backend: redis,
        timeScale: SCALE,
        xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
      });
    });
    afterAll(async () => {
      await host?.close();
      await redis?.close();
      await sim?.close();
      await deleteKeys(keyPrefix);
    });

    it(`${PROCESSES} processes, Xero allowing 3 in flight against the SDK's 5, 50 ms calls: 0 failed, ≤ 5 % answered 429`, async () => {
      const accountId = `acct-aimd-${window}`;
      const pool = host.pool({ accountId, apps: 'wisepay' });
      const { authorizationUrl } = await pool.beginConnect('wisepay');
      const redirect = await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] });
      expect((await host.completeConnect(redirect)).status).toBe('connected');
      const envs = Array.from({ length: PROCESSES }, () => ({
        XC_REDIS_URL: REDIS_URL,
        XC_KEY_PREFIX: keyPrefix,
        XC_IDENTITY_URL: sim.identityUrl,
        XC_API_URL: sim.apiUrl,
        XC_TIME_SCALE: String(SCALE),
        XC_ACCOUNT_ID: accountId,
        XC_MODE: 'fewer-slots',
        XC_CALLS: String(CALLS),
      }));
      sim.control.resetLog();
      const workers = await startTogether(envs);
      const reports = await Promise.all(workers.map(report));

      for (const r of reports) expect(r).toMatchObject({ ok: CALLS, errors: {} });
      const calls = PROCESSES * CALLS;
      const log = sim.control.requestLog().filter((e) => e.endpoint === 'api');
      expect(log.filter((e) => e.status === 200)).toHaveLength(calls);
      const { http429 } = sim.control.counters();
      const total429 = http429.minute + http429.day + http429.concurrent + http429.appminute;
      expect(total429).toBeLessThanOrEqual(Math.floor(calls * 0.05));
      // It did learn: at least one `concurrent` 429 found the lower cap (one cap for all processes).
      expect(http429.concurrent).toBeGreaterThan(0);
    }, 90_000);
  });
});
