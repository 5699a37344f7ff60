import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { ConnectionBrokenError, OAuthError } from '../../src/errors/connection-errors.js';
import { XeroConnections } from '../../src/host.js';
import { InProcessRefreshLock } from '../../src/stores/in-process-refresh-lock.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import {
  DEMO_TENANT_ID,
  OTHER_TENANT_ID,
  simulatorHostOptions,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { sleep } from '../../src/time-scale.js';
import { tokenRequests } from './support/harness.js';

/**
 * Tokens live 9 s and are due 1.5 s before they expire (refreshEarlyMs, 5 Xero minutes): the fresh token
 * stays not-due for 7.5 s, long enough for 50 calls on a loaded machine.
 */
const DUE_SCALE = 0.005;
const EARLY_MS = DUE_SCALE * 5 * 60_000;

/** Waits until a token expiring at `expiresAt` is due (not yet expired: it is fetched before expiry). */
function sleepUntilDue(expiresAt: number): Promise<void> {
  return sleep(Math.max(0, expiresAt - EARLY_MS - Date.now()) + 50);
}

let sim: XeroSimulator | undefined;
let host: XeroConnections | undefined;
afterEach(async () => {
  await host?.close();
  await sim?.close();
  host = undefined;
  sim = undefined;
});

/**
 * A host whose `service` app is a custom connection to `tenantId` (the simulator's seeded service app,
 * made one through its control API); wisepay and company stay OAuth apps.
 */
async function start(
  options: {
    timeScale?: number;
    tenantId?: string;
    refusal?: 'unauthorized_client' | 'invalid_client';
    keepAliveAfterMs?: number;
  } = {},
) {
  sim = await startXeroSimulator({ timeScale: options.timeScale ?? 0.005 });
  const tenantId = options.tenantId ?? DEMO_TENANT_ID;
  sim.control.customConnection({
    clientId: 'service-client',
    tenantId,
    ...(options.refusal === undefined ? {} : { refusal: options.refusal }),
  });
  const base = simulatorHostOptions(sim);
  const store = new MemoryTokenStore();
  host = new XeroConnections({
    ...base,
    apps: { ...base.apps, service: { ...base.apps.service, kind: 'custom-connection' } },
    store,
    ...(options.keepAliveAfterMs === undefined
      ? {}
      : { oauth: { keepAliveAfterMs: options.keepAliveAfterMs } }),
  });
  const pool = host.pool({
    accountId: 'acct-1',
    multiConnection: true,
    apps: { wisepay: 'wisepay', company: 'company', service: 'service' },
  });
  return { sim, host, pool, store, tenantId };
}

describe('custom connections (client_credentials) against the simulator over HTTP', () => {
  it('connects without consent: one client_credentials token, its one organisation from /connections, no refresh token', async () => {
    const { sim, pool, store } = await start();
    const result = await pool.connectCustomConnection('service');
    expect(result).toEqual({
      status: 'connected',
      role: 'service',
      tenantId: DEMO_TENANT_ID,
      organisation: 'Demo Company (AU)',
    });
    const grants = tokenRequests(sim).map((e) => e.grantType);
    expect(grants).toEqual(['client_credentials']);
    expect(sim.control.requestLog().filter((e) => e.endpoint === 'connections')).toHaveLength(1);
    const stored = (await store.get('acct-1', 'service'))?.value;
    expect(stored).toMatchObject({ clientId: 'service-client', tenantId: DEMO_TENANT_ID, refreshToken: '' });
    expect(stored?.scopes).not.toContain('offline_access');

    // Service-role calls go through it, with the organisation's tenant header.
    const organisation = await pool.role('service').organisation.get();
    expect(organisation).toMatchObject({ Name: 'Demo Company (AU)' });
    const call = sim.control.requestLog().find((e) => e.path.endsWith('/api.xro/2.0/Organisation'));
    expect(call).toMatchObject({ clientId: 'service-client', tenantId: DEMO_TENANT_ID, status: 200 });
  });

  it('beginConnect is refused with a typed error naming the app and the way to connect it', async () => {
    const { pool, sim } = await start();
    const error = await pool.beginConnect('service').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toMatch(/custom connection.*connectCustomConnection\('service'\)/);
    expect(tokenRequests(sim)).toHaveLength(0);
    // And an OAuth app cannot be connected as a custom connection.
    await expect(pool.connectCustomConnection('wisepay')).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it('a token due (before it expires) is fetched again exactly once under 50 concurrent calls (client_credentials, single-flight)', async () => {
    const { sim, pool, store } = await start({ timeScale: DUE_SCALE }); // tokens live 9 s, due 1.5 s before expiry
    await pool.connectCustomConnection('service');
    const first = (await store.get('acct-1', 'service'))!.value;
    await sleepUntilDue(first.accessTokenExpiresAt);
    sim.control.resetLog();

    const results = await Promise.all(
      Array.from({ length: 50 }, () => pool.role('service').organisation.get()),
    );
    expect(results).toHaveLength(50);
    expect(results.every((o) => (o as { Name?: string }).Name === 'Demo Company (AU)')).toBe(true);
    const requests = tokenRequests(sim);
    expect(requests.map((e) => e.grantType)).toEqual(['client_credentials']);
    const after = (await store.get('acct-1', 'service'))!.value;
    expect(after.accessToken).not.toBe(first.accessToken);
    expect(after.refreshToken).toBe('');
    expect(sim.control.requestLog().filter((e) => e.status === 401)).toHaveLength(0);
  });

  for (const cause of ['disconnected', 'unpaid'] as const) {
    for (const refusal of ['unauthorized_client', 'invalid_client'] as const) {
      it(`${cause} in Xero (token refused with ${refusal}): the connection is broken with a clear reason`, async () => {
        const { sim, pool, tenantId } = await start({ refusal });
        await pool.connectCustomConnection('service');
        if (cause === 'disconnected') sim.control.disconnectTenant({ clientId: 'service-client', tenantId });
        else
          sim.control.customConnection({ clientId: 'service-client', tenantId, status: 'unpaid', refusal });
        sim.control.expireAccessTokens({ clientId: 'service-client' });

        const error = await pool
          .role('service')
          .organisation.get()
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        expect(error).toBeInstanceOf(ConnectionBrokenError);
        expect((error as ConnectionBrokenError).reason).toBe('custom_connection_refused');
        expect((error as Error).message).toMatch(/custom connection/);
        expect(pool.health('service')).toBe('broken');
        const row = (await pool.status()).find((r) => r.role === 'service');
        expect(row).toMatchObject({ connected: false, health: 'broken', appKind: 'custom-connection' });
        expect(row?.lastError).toMatch(/refused a token for its custom connection/);
        // No secret in what a host would log.
        const logged = [(error as Error).message, JSON.stringify(error), inspect(error, { depth: 6 })].join(
          '\n',
        );
        expect(logged).not.toContain('service-secret');
        expect(logged).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
        // Broken stays broken: no further token requests until it is connected again.
        sim.control.resetLog();
        await expect(pool.role('service').organisation.get()).rejects.toBeInstanceOf(ConnectionBrokenError);
        expect(tokenRequests(sim)).toHaveLength(0);

        // Re-authorised in Xero: connecting again restores it.
        sim.control.customConnection({ clientId: 'service-client', tenantId, status: 'active', refusal });
        await expect(pool.connectCustomConnection('service')).resolves.toMatchObject({ status: 'connected' });
        expect(pool.health('service')).toBe('connected');
      });
    }
  }

  it('two hosts sharing a store and a refresh lock (as two processes do) make one token request for a due token', async () => {
    const { sim, host: first, pool, store } = await start({ timeScale: DUE_SCALE });
    const base = simulatorHostOptions(sim);
    const lock = new InProcessRefreshLock();
    // The first host keeps its own lock; the two below share one, like processes sharing Redis.
    const hosts = [0, 1].map(
      () =>
        new XeroConnections({
          ...base,
          apps: { ...base.apps, service: { ...base.apps.service, kind: 'custom-connection' } },
          store,
          refreshLock: lock,
        }),
    );
    try {
      await pool.connectCustomConnection('service');
      await first.close();
      const stored = (await store.get('acct-1', 'service'))!.value;
      await sleepUntilDue(stored.accessTokenExpiresAt);
      sim.control.resetLog();
      const pools = hosts.map((h) =>
        h.pool({
          accountId: 'acct-1',
          multiConnection: true,
          apps: { wisepay: 'wisepay', company: 'company', service: 'service' },
        }),
      );
      await Promise.all(
        pools.flatMap((p) => Array.from({ length: 25 }, () => p.role('service').organisation.get())),
      );
      expect(tokenRequests(sim).map((e) => e.grantType)).toEqual(['client_credentials']);
    } finally {
      await Promise.all(hosts.map((h) => h.close()));
    }
  });

  it('a refused connect stores nothing and throws the typed OAuth error', async () => {
    const { sim, pool, store, tenantId } = await start();
    sim.control.customConnection({ clientId: 'service-client', tenantId, status: 'unpaid' });
    const error = await pool.connectCustomConnection('service').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).oauthError).toBe('unauthorized_client');
    expect(await store.get('acct-1', 'service')).toBeNull();
  });

  it('the status row says custom connection; other roles stay OAuth', async () => {
    const { pool } = await start({ tenantId: OTHER_TENANT_ID });
    await pool.connectCustomConnection('service');
    const rows = await pool.status();
    const service = rows.find((r) => r.role === 'service');
    expect(service).toMatchObject({
      appKind: 'custom-connection',
      connected: true,
      health: 'connected',
      organisation: 'Other Org Pty',
      tenantId: OTHER_TENANT_ID,
    });
    expect(service?.description).toMatch(/^Custom connection/);
    expect(rows.find((r) => r.role === 'wisepay')).toMatchObject({ appKind: 'oauth', connected: false });
  });

  it('validateToken works; disconnect forgets it locally and leaves the custom connection alone in Xero', async () => {
    const { sim, pool, store } = await start();
    await pool.connectCustomConnection('service');
    expect(await pool.validateToken('service')).toMatchObject({ valid: true });
    sim.control.resetLog();
    await pool.disconnect('service');
    expect(await store.get('acct-1', 'service')).toBeNull();
    const toXero = sim.control.requestLog().filter((e) => e.method === 'DELETE' || e.endpoint === 'revoke');
    expect(toXero).toHaveLength(0);
    // Still authorised in Xero: connecting again needs no one.
    await expect(pool.connectCustomConnection('service')).resolves.toMatchObject({ status: 'connected' });
  });

  it('the simulator control refuses a bad custom connection with a typed error, over HTTP too', async () => {
    sim = await startXeroSimulator({ timeScale: 0.005, controlHttp: true });
    expect(() =>
      sim!.control.customConnection({
        clientId: 'service-client',
        tenantId: DEMO_TENANT_ID,
        status: 'late' as never,
      }),
    ).toThrow(InvalidArgumentError);
    expect(() => sim!.control.customConnection({ clientId: 'nobody', tenantId: DEMO_TENANT_ID })).toThrow(
      InvalidArgumentError,
    );
    const response = await fetch(`${sim.url}/__simulator/custom-connection`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'service-client', tenantId: DEMO_TENANT_ID }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ connectionId: expect.any(String) });
  });

  it('keepAlive skips a custom connection: no refresh token to keep alive, no token request', async () => {
    const { sim, host, pool, store } = await start({ keepAliveAfterMs: 1000 });
    await pool.connectCustomConnection('service');
    const stored = (await store.get('acct-1', 'service'))!.value;
    await sleep(20); // older than the threshold below (1 s of real-world time, 5 ms here)
    sim.control.resetLog();
    const report = await host.keepAlive({ olderThan: 1000 });
    expect(report).toMatchObject({ scanned: 1, refreshed: 0, skipped: 1, broken: 0, failed: 0 });
    // The account's own keep-alive (idle after the same 1 s of real-world time) skips it too.
    expect(await pool.keepAlive()).toEqual([]);
    expect(tokenRequests(sim)).toHaveLength(0);
    expect((await store.get('acct-1', 'service'))!.value.accessToken).toBe(stored.accessToken);
  });

  it('options: a custom connection may not ask for offline_access or openid', () => {
    const base = {
      clientId: 'c',
      clientSecret: 's',
      redirectUri: 'https://example.com/cb',
      kind: 'custom-connection' as const,
    };
    expect(
      () =>
        new XeroConnections({
          apps: { svc: { ...base, scopes: ['offline_access', 'accounting.settings'] } },
        }),
    ).toThrow(/custom connection gets no refresh token/);
  });
});
