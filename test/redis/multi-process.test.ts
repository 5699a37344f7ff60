import { afterAll, beforeAll, expect, it } from 'vitest';
import type { XeroConnections } from '../../src/host.js';
import type { TokenStore } from '../../src/stores/token-store.js';
import {
  DEMO_TENANT_ID,
  NEW_COMPANY_TENANT_ID,
  OTHER_TENANT_ID,
  seededAppOptions,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { type RedisSimWorld, startRedisSimWorld } from './support/redis-sim-world.js';
import { describeWithRedis } from './support/redis-test-env.js';
import { report, startTogether, WorkerProcess } from './support/worker-processes.js';

/**
 * A Xero minute lasts 900 ms (a token 27 s, the refresh grace 27 s). Much shorter, and on a 2-core CI
 * machine five Node processes cannot push 60 calls through 5 concurrent slots per window: concurrency, not
 * the minute window, would be what the test exercises.
 */
const SCALE = 0.015;
/**
 * Xero times a call when it arrives, a little after Redis granted it; with other test files running in
 * parallel that lag varies by tens of ms, which the window slack must cover (in production it defaults to
 * 250 ms of a 60 s window).
 */
const SLACK_MS = 90;
const WINDOW = 60_000 * SCALE;
const APPS = { wisepay: seededAppOptions().wisepay };

describeWithRedis('several processes on one Redis backend, against the simulator', () => {
  let world: RedisSimWorld;
  let sim: XeroSimulator;
  let host: XeroConnections;
  /** The store the host attached, to read and age records behind its back. */
  let store: TokenStore;

  beforeAll(async () => {
    world = await startRedisSimWorld({
      label: 'multi',
      timeScale: SCALE,
      apps: APPS,
      windowSlackMs: SLACK_MS,
    });
    ({ sim, host, store } = world);
  });
  afterAll(async () => {
    await world?.close();
  });

  /** Connects an account through the real flow; its tokens land in the Redis store the workers share. */
  async function connect(accountId: string, tenantId: string): Promise<void> {
    const pool = host.pool({ accountId, apps: 'wisepay' });
    const { authorizationUrl } = await pool.beginConnect('wisepay');
    const redirect = await sim.control.approveConsent(authorizationUrl, { tenantIds: [tenantId] });
    const result = await host.completeConnect(redirect);
    expect(result.status).toBe('connected');
  }

  /** Makes the stored access token expired, here and at the simulator: the next call must refresh. */
  async function expireAccessToken(accountId: string): Promise<string> {
    const current = (await store.get(accountId, 'wisepay'))!;
    const put = await store.put(
      { ...current.value, accessTokenExpiresAt: Date.now() - 1000 },
      current.version,
    );
    expect(put.ok).toBe(true);
    sim.control.expireAccessTokens({ clientId: 'wisepay-client' });
    return current.value.refreshToken;
  }

  const env = (accountId: string, mode: string, extra: Record<string, string> = {}) =>
    world.workerEnv(accountId, mode, extra);

  function refreshRequests(since: number) {
    return sim.control
      .requestLog()
      .filter((e) => e.endpoint === 'token' && e.grantType === 'refresh_token' && e.at >= since);
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
    const oldRefreshToken = await expireAccessToken('acct-expired');
    const since = Date.now();
    const workers = await startTogether(
      Array.from({ length: 4 }, () => env('acct-expired', 'burst', { XC_CONCURRENCY: '50' })),
    );
    const reports = await Promise.all(workers.map(report));
    for (const r of reports) expect(r).toMatchObject({ ok: 50, errors: {} });
    const refreshes = refreshRequests(since);
    expect(refreshes).toHaveLength(1);
    expect(refreshes.filter((e) => e.status !== 200)).toEqual([]);
    const stored = (await store.get('acct-expired', 'wisepay'))!.value;
    expect(stored.refreshToken).not.toBe(oldRefreshToken);
    expect(stored.broken).toBeUndefined();
  });

  it('the lock holder killed mid-refresh: another process completes it within the lock ttl plus grace', async () => {
    const LOCK_TTL = 1500;
    const GRACE = 30 * 60_000 * SCALE;
    await connect('acct-crash', OTHER_TENANT_ID);
    const oldRefreshToken = await expireAccessToken('acct-crash');
    const since = Date.now();
    const dying = new WorkerProcess(
      env('acct-crash', 'refresh-then-die', { XC_LOCK_TTL_MS: String(LOCK_TTL) }),
    );
    const others = Array.from(
      { length: 3 },
      () =>
        new WorkerProcess(
          env('acct-crash', 'burst', { XC_CONCURRENCY: '10', XC_LOCK_TTL_MS: String(LOCK_TTL) }),
        ),
    );
    await Promise.all([dying, ...others].map((w) => w.ready));

    dying.go();
    await dying.waitFor((l) => l.dying === true);
    const died = await dying.exited;
    const diedAt = Date.now();
    expect(died.signal).toBe('SIGKILL');
    // Xero rotated the token, but the new pair died with the process: the store still has the old one.
    expect(refreshRequests(since).filter((e) => e.status === 200)).toHaveLength(1);
    expect((await store.get('acct-crash', 'wisepay'))!.value.refreshToken).toBe(oldRefreshToken);

    for (const w of others) w.go();
    const reports = await Promise.all(others.map(report));
    for (const r of reports) expect(r).toMatchObject({ ok: 10, errors: {} });
    const completedAt = Math.max(...reports.map((r) => r.finishedAt));
    expect(completedAt - diedAt).toBeLessThan(LOCK_TTL + GRACE);
    // The dead holder's lock had to lapse first: nobody refreshed under it.
    const refreshes = refreshRequests(since);
    expect(refreshes).toHaveLength(2);
    expect(refreshes.filter((e) => e.status !== 200)).toEqual([]); // the old token was still in grace: no invalid_grant
    const stored = (await store.get('acct-crash', 'wisepay'))!.value;
    expect(stored.refreshToken).not.toBe(oldRefreshToken);
    expect(stored.broken).toBeUndefined();
  });
});
