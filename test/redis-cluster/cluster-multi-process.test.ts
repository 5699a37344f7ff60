import { afterAll, beforeAll, expect, it } from 'vitest';
import { XeroConnections } from '../../src/host.js';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import type { TokenStore } from '../../src/stores/token-store.js';
import {
  DEMO_TENANT_ID,
  NEW_COMPANY_TENANT_ID,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { observedBackend } from '../redis/support/backend-parts.js';
import { report, startTogether } from '../redis/support/worker-processes.js';
import {
  CLUSTER_NODES,
  deleteClusterKeys,
  describeWithCluster,
  uniqueClusterPrefix,
} from './support/redis-cluster-env.js';

/** As test/redis/multi-process.test.ts: a Xero minute of 900 ms, 90 ms of window slack. */
const SCALE = 0.015;
const SLACK_MS = 90;
const WINDOW = 60_000 * SCALE;
const APPS = {
  wisepay: {
    clientId: 'wisepay-client',
    clientSecret: 'wisepay-secret',
    redirectUri: 'http://127.0.0.1/callback',
  },
};

// The multi-process cases of test/redis/multi-process.test.ts, with every process on a 3-master Redis
// Cluster. Fails (not skips) under CI=true when the cluster is missing.
describeWithCluster('several processes on one Redis Cluster backend, against the simulator', () => {
  const keyPrefix = uniqueClusterPrefix('multi');
  let sim: XeroSimulator;
  let redis: RedisBackend;
  let host: XeroConnections;
  let store: TokenStore;

  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: SCALE, window: 'rolling' });
    redis = await createRedisBackend({ cluster: { nodes: CLUSTER_NODES }, keyPrefix });
    const observed = observedBackend(redis);
    host = new XeroConnections({
      apps: APPS,
      backend: observed.backend,
      timeScale: SCALE,
      xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
    });
    store = observed.parts().store;
  });
  afterAll(async () => {
    await host?.close();
    await redis?.close();
    await sim?.close();
    await deleteClusterKeys(keyPrefix);
  });

  async function connect(accountId: string, tenantId: string): Promise<void> {
    const pool = host.pool({ accountId, apps: 'wisepay' });
    const { authorizationUrl } = await pool.beginConnect('wisepay');
    const redirect = await sim.control.approveConsent(authorizationUrl, { tenantIds: [tenantId] });
    expect((await host.completeConnect(redirect)).status).toBe('connected');
  }

  function env(accountId: string, mode: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      XC_REDIS_CLUSTER_NODES: CLUSTER_NODES.map((n) => `${n.host}:${n.port}`).join(','),
      XC_KEY_PREFIX: keyPrefix,
      XC_IDENTITY_URL: sim.identityUrl,
      XC_API_URL: sim.apiUrl,
      XC_TIME_SCALE: String(SCALE),
      XC_ACCOUNT_ID: accountId,
      XC_MODE: mode,
      XC_WINDOW_SLACK_MS: String(SLACK_MS),
      ...extra,
    };
  }

  it('four processes saturating one connection for 10 windows: 0 × 429', async () => {
    await connect('acct-saturate', DEMO_TENANT_ID);
    const before = sim.control.counters();
    const workers = await startTogether(
      Array.from({ length: 4 }, () =>
        env('acct-saturate', 'saturate', { XC_DURATION_MS: String(WINDOW * 10), XC_CONCURRENCY: '12' }),
      ),
    );
    const reports = await Promise.all(workers.map(report));
    const after = sim.control.counters();
    const http429 =
      Object.values(after.http429).reduce((a, b) => a + b, 0) -
      Object.values(before.http429).reduce((a, b) => a + b, 0);
    expect(http429).toBe(0);
    for (const r of reports) expect(r.errors).toEqual({});
    const ok = reports.reduce((sum, r) => sum + r.ok, 0);
    // 4 × 12 outstanding calls want far more than 60 per window: the shared limit is the bottleneck.
    expect(ok).toBeGreaterThanOrEqual(60 * 10 * 0.8);
    expect(ok).toBeLessThanOrEqual(60 * 11);
  });

  it('four processes, an expired access token, 50 concurrent calls each: exactly one token request', async () => {
    await connect('acct-expired', NEW_COMPANY_TENANT_ID);
    const current = (await store.get('acct-expired', 'wisepay'))!;
    expect(
      (await store.put({ ...current.value, accessTokenExpiresAt: Date.now() - 1000 }, current.version)).ok,
    ).toBe(true);
    sim.control.expireAccessTokens({ clientId: 'wisepay-client' });
    const since = Date.now();
    const workers = await startTogether(
      Array.from({ length: 4 }, () => env('acct-expired', 'burst', { XC_CONCURRENCY: '50' })),
    );
    const reports = await Promise.all(workers.map(report));
    for (const r of reports) expect(r).toMatchObject({ ok: 50, errors: {} });
    const refreshes = sim.control
      .requestLog()
      .filter((e) => e.endpoint === 'token' && e.grantType === 'refresh_token' && e.at >= since);
    expect(refreshes).toHaveLength(1);
    expect(refreshes.filter((e) => e.status !== 200)).toEqual([]);
    const stored = (await store.get('acct-expired', 'wisepay'))!.value;
    expect(stored.refreshToken).not.toBe(current.value.refreshToken);
    expect(stored.broken).toBeUndefined();
  });
});
