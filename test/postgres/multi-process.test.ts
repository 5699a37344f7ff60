import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { XeroConnections } from '../../src/host.js';
import { createPostgresBackend, type PostgresBackend } from '../../src/postgres/index.js';
import type { TokenStore } from '../../src/stores/token-store.js';
import {
  DEMO_TENANT_ID,
  NEW_COMPANY_TENANT_ID,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { observedBackend } from '../redis/support/backend-parts.js';
import { describeWithPostgres, dropSchema, POSTGRES_URL, uniqueSchema } from './support/postgres-test-env.js';
import { report, startTogether, WorkerProcess } from './support/worker-processes.js';

/** A Xero minute lasts 900 ms (an access token 27 s, the refresh grace 27 s). */
const SCALE = 0.015;
const PROCESSES = 4;
/**
 * Limits are per process with the PostgreSQL backend: each process takes a share of Xero's 60 a minute,
 * with headroom for the lag between a local grant and Xero's clock.
 */
const PER_PROCESS_MINUTE = 12;
const APPS = {
  wisepay: {
    clientId: 'wisepay-client',
    clientSecret: 'wisepay-secret',
    redirectUri: 'http://127.0.0.1/callback',
  },
};

describeWithPostgres('several processes on one PostgreSQL backend, against the simulator', () => {
  const schema = uniqueSchema('multi');
  const key = randomBytes(32).toString('base64');
  let sim: XeroSimulator;
  let postgres: PostgresBackend;
  let host: XeroConnections;
  let store: TokenStore;

  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: SCALE, window: 'rolling' });
    postgres = await createPostgresBackend({
      connectionString: POSTGRES_URL,
      schema,
      encryptionKeys: [{ id: 'test', key }],
      migrate: true,
    });
    const observed = observedBackend(postgres);
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
    await postgres?.close();
    await sim?.close();
    await dropSchema(schema);
  });

  async function connect(accountId: string, tenantId: string): Promise<void> {
    const pool = host.pool({ accountId, apps: 'wisepay' });
    const { authorizationUrl } = await pool.beginConnect('wisepay');
    const redirect = await sim.control.approveConsent(authorizationUrl, { tenantIds: [tenantId] });
    expect((await host.completeConnect(redirect)).status).toBe('connected');
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

  function env(accountId: string, mode: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      XC_POSTGRES_URL: POSTGRES_URL,
      XC_SCHEMA: schema,
      XC_KEY: key,
      XC_IDENTITY_URL: sim.identityUrl,
      XC_API_URL: sim.apiUrl,
      XC_TIME_SCALE: String(SCALE),
      XC_ACCOUNT_ID: accountId,
      XC_MODE: mode,
      XC_PER_MINUTE: String(PER_PROCESS_MINUTE),
      ...extra,
    };
  }

  function tokenRequests(since: number) {
    return sim.control.requestLog().filter((e) => e.endpoint === 'token' && e.at >= since);
  }

  it('four processes × 50 calls on an expired access token: exactly one token request', async () => {
    await connect('acct-expired', NEW_COMPANY_TENANT_ID);
    const oldRefreshToken = await expireAccessToken('acct-expired');
    const since = Date.now();
    const workers = await startTogether(
      Array.from({ length: PROCESSES }, () => env('acct-expired', 'burst', { XC_CONCURRENCY: '50' })),
    );
    const reports = await Promise.all(workers.map(report));
    for (const r of reports) expect(r).toMatchObject({ ok: 50, errors: {} });
    const requests = tokenRequests(since);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ grantType: 'refresh_token', status: 200 });
    const stored = (await store.get('acct-expired', 'wisepay'))!.value;
    expect(stored.refreshToken).not.toBe(oldRefreshToken);
    expect(stored.broken).toBeUndefined();
  }, 60_000);

  it('the lock holder killed mid-refresh: another process completes it after the lease lapses', async () => {
    const LOCK_TTL = 1500;
    const GRACE = 30 * 60_000 * SCALE;
    await connect('acct-crash', DEMO_TENANT_ID);
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
    expect(tokenRequests(since).filter((e) => e.status === 200)).toHaveLength(1);
    expect((await store.get('acct-crash', 'wisepay'))!.value.refreshToken).toBe(oldRefreshToken);

    for (const w of others) w.go();
    const reports = await Promise.all(others.map(report));
    for (const r of reports) expect(r).toMatchObject({ ok: 10, errors: {} });
    expect(Math.max(...reports.map((r) => r.finishedAt)) - diedAt).toBeLessThan(LOCK_TTL + GRACE);
    // The dead holder's lease had to lapse first: one more refresh, with the old token still in grace.
    const requests = tokenRequests(since);
    expect(requests).toHaveLength(2);
    expect(requests.filter((e) => e.status !== 200)).toEqual([]);
    const stored = (await store.get('acct-crash', 'wisepay'))!.value;
    expect(stored.refreshToken).not.toBe(oldRefreshToken);
    expect(stored.broken).toBeUndefined();
  }, 60_000);
});
