import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isXeroConnectionsError } from '../../src/errors/xero-connections-error.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from '../../src/testing/index.js';
import { type PoolWorld, SIM_APP_OPTIONS, startPoolWorld } from './support/pool-world.js';

const TIME_SCALE = 0.005;
/** util.inspect as a careless logger might call it: everything, hidden properties included. */
const FULL = { depth: Infinity, showHidden: true } as const;

describe('no secret reaches a log line, an event or a serialized error', () => {
  let world: PoolWorld;
  let pool: ConnectionPool;
  const store = new MemoryTokenStore();
  const secrets = new Set<string>(Object.values(SIM_APP_OPTIONS).map((a) => a.clientSecret));
  const errors: unknown[] = [];
  const events: unknown[] = [];

  async function collectTokens(): Promise<void> {
    for (const { value } of await store.list('acct-secrets')) {
      secrets.add(value.accessToken);
      secrets.add(value.refreshToken);
    }
  }
  const attempt = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (error) {
      errors.push(error);
    }
    await collectTokens();
  };

  async function connectRole(role: 'wisepay' | 'company' | 'service', tenantIds: string[]) {
    const { authorizationUrl } = await pool.beginConnect(role);
    const redirect = await world.sim.control.approveConsent(authorizationUrl, { tenantIds });
    const code = new URL(redirect).searchParams.get('code');
    if (code) secrets.add(code);
    await pool.completeConnect(redirect);
    await collectTokens();
  }

  beforeAll(async () => {
    world = await startPoolWorld({
      timeScale: TIME_SCALE,
      host: { store, http: { maxRetries: 2, timeoutMs: 200 } },
    });
    world.host.on('call:finished', (e) => events.push(e));
    world.host.on('quota', (e) => events.push(e));
    world.host.on('connection:broken', (e) => events.push(e));
    world.host.on('connection:degraded', (e) => events.push(e));
    world.host.on('tokens:refreshed', (e) => events.push(e));
    pool = world.host.pool({
      accountId: 'acct-secrets',
      multiConnection: true,
      apps: { wisepay: 'wisepay', company: 'company', service: 'starter' },
    });
    await connectRole('wisepay', [DEMO_TENANT_ID]);
    await connectRole('company', [DEMO_TENANT_ID]);
    await connectRole('service', [DEMO_TENANT_ID]);
  });
  afterAll(async () => world?.close());

  it('runs every failure path and finds no secret anywhere', async () => {
    const { sim } = world;
    const wisepay = pool.role('wisepay');
    // Success, paging, batch with per-element errors.
    await attempt(() => wisepay.invoices.list({ pageSize: 10 }).toArray());
    await attempt(() => wisepay.invoices.create([{ Type: 'ACCREC', LineItems: [] }]));
    // 401 → refresh → retry; tokens rotate.
    sim.control.expireAccessTokens({ clientId: 'wisepay-client' });
    await attempt(() => wisepay.organisation.get());
    // 400 validation without summarizeErrors.
    await attempt(() =>
      wisepay.request({ method: 'PUT', path: '/Invoices', data: { Invoices: [{ Type: 'ACCREC' }] } }),
    );
    // 404, outage, malformed JSON, timeouts.
    await attempt(() => wisepay.request({ method: 'GET', path: '/Nope' }));
    sim.control.outage({ api: true, durationMs: 300 });
    await attempt(() => wisepay.organisation.get());
    sim.control.clearFaults();
    sim.control.malformedNext({ count: 5 });
    await attempt(() => wisepay.organisation.get());
    sim.control.setLatency(400);
    await attempt(() => wisepay.organisation.get());
    sim.control.setLatency(0);
    // Deadline and abort.
    await attempt(() => wisepay.organisation.get({ deadline: Date.now() - 1 }));
    await attempt(() => wisepay.organisation.get({ signal: AbortSignal.abort() }));
    // Day limit on the starter connection.
    sim.control.spendBudget({ clientId: 'starter-client', tenantId: DEMO_TENANT_ID, calls: 1000 });
    await attempt(() => pool.role('service').organisation.get());
    await attempt(() => pool.role('service').organisation.get());
    // 403: the company app is disconnected from the organisation inside Xero.
    sim.control.disconnectTenant({ clientId: 'company-client', tenantId: DEMO_TENANT_ID });
    await attempt(() => pool.role('company').organisation.get());
    await attempt(() => pool.role('company').organisation.get());
    await attempt(() => pool.validateToken('company'));
    // Revoked grant: refresh fails with invalid_grant.
    sim.control.revokeGrant({ clientId: 'wisepay-client', userId: 'user-1' });
    sim.control.expireAccessTokens({ clientId: 'wisepay-client' });
    await attempt(() => wisepay.organisation.get());
    await attempt(() => pool.validateToken('wisepay'));
    // Callback misuse.
    await attempt(() => world.host.completeConnect('http://127.0.0.1/callback?code=leaky-code&state=nope'));
    await attempt(() => pool.completeConnect({ error: 'access_denied', state: 'whatever' }));
    await attempt(() => pool.status());
    await attempt(() => pool.disconnect('service'));
    await attempt(() =>
      pool
        .beginConnect('service')
        .then((r) => world.sim.control.approveConsent(r.authorizationUrl, { tenantIds: [OTHER_TENANT_ID] }))
        .then((url) => {
          const code = new URL(url).searchParams.get('code');
          if (code) secrets.add(code);
          return pool.completeConnect(url);
        }),
    );

    expect(errors.length).toBeGreaterThanOrEqual(12);
    expect(world.logs.length).toBeGreaterThan(20);
    expect(secrets.size).toBeGreaterThan(8);
    expect([...secrets].some((s) => s.startsWith('eyJ'))).toBe(true);
    const dumps = [
      JSON.stringify(world.logs),
      inspect(world.logs, FULL),
      JSON.stringify(events),
      inspect(events, FULL),
      ...errors.map((e) => JSON.stringify(e)),
      ...errors.map((e) => inspect(e, FULL)),
      ...errors.map((e) => String((e as Error).stack)),
      JSON.stringify(pool.metrics()),
      // The objects a host app holds (issue 9, finding 2: the host used to print every client secret).
      ...[world.host, pool, wisepay, wisepay.invoices, store].flatMap((o) => [
        inspect(o, FULL),
        JSON.stringify(o) ?? '',
      ]),
    ];
    for (const dump of dumps) {
      for (const secret of secrets)
        expect(dump.includes(secret), `secret found in: ${dump.slice(0, 200)}`).toBe(false);
      expect(dump).not.toMatch(/Bearer\s+(?!\[redacted\])[A-Za-z0-9._-]{8,}/);
    }
    // Every failure is a typed SDK error, and the scenarios covered the main kinds.
    for (const e of errors) expect(isXeroConnectionsError(e), String(e)).toBe(true);
    const codes = new Set(errors.map((e) => (e as { code: string }).code));
    for (const code of [
      'ERR_XERO_VALIDATION',
      'ERR_XERO_API',
      'ERR_XERO_UNAVAILABLE',
      'ERR_DEADLINE',
      'ERR_ABORTED',
      'ERR_DAY_LIMIT',
      'ERR_TENANT_NOT_AUTHORISED',
      'ERR_AUTHORIZATION_CALLBACK',
    ]) {
      expect(codes.has(code as never), code).toBe(true);
    }
  });
});
