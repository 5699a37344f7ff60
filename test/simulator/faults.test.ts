import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_TENANT_ID,
  NEW_COMPANY_TENANT_ID,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { api, authorizeUrl, connect, refresh, sleep, type TokenSet } from './helpers.js';

const ORG = '/api.xro/2.0/Organisation';

describe('faults', () => {
  let sim: XeroSimulator;
  let tokens: TokenSet;
  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: 0.01 });
  });
  afterAll(() => sim.close());
  beforeEach(async () => {
    sim.control.clearFaults();
    sim.control.setLatency(0);
    tokens = await connect(sim, { tenantIds: [DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID] });
  });

  it('API outage: 503 plain-text "Not Available" on the API only, for the given real duration', async () => {
    sim.control.outage({ api: true, durationMs: 200 });
    for (const path of [ORG, '/connections']) {
      const res = await api(sim, tokens.access_token, path, DEMO_TENANT_ID);
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toBe('Not Available');
    }
    expect((await refresh(sim, tokens.refresh_token)).status).toBe(200);
    await sleep(220);
    expect((await api(sim, tokens.access_token, '/connections')).status).toBe(200);
  });

  it('identity outage: 503 on discovery and token, the API still answers', async () => {
    sim.control.outage({ identity: true, durationMs: 200 });
    const discovery = await fetch(`${sim.identityUrl}/.well-known/openid-configuration`);
    expect(discovery.status).toBe(503);
    expect(await discovery.text()).toBe('Not Available');
    expect((await refresh(sim, tokens.refresh_token)).status).toBe(503);
    expect((await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID)).status).toBe(200);
    await sleep(220);
    expect((await refresh(sim, tokens.refresh_token)).status).toBe(200);
  });

  it('organisation offline: 503 "Organisation offline" for that tenant only', async () => {
    sim.control.organisationOffline(DEMO_TENANT_ID, 200);
    const res = await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID);
    expect(res.status).toBe(503);
    expect(await res.text()).toBe('Organisation offline');
    expect((await api(sim, tokens.access_token, ORG, NEW_COMPANY_TENANT_ID)).status).toBe(200);
    await sleep(220);
    expect((await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID)).status).toBe(200);
  });

  it('latency: every API call takes at least the configured real ms', async () => {
    sim.control.setLatency(120);
    const t0 = performance.now();
    expect((await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID)).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(115);
    sim.control.setLatency(0);
  });

  it('failNext: the next N matching calls fail with the status, then calls succeed', async () => {
    sim.control.failNext({ count: 2, status: 500, pathPrefix: '/api.xro/2.0/Organisation' });
    expect((await api(sim, tokens.access_token, '/connections')).status).toBe(200);
    const a = await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID);
    expect(a.status).toBe(500);
    expect(a.headers.get('x-minlimit-remaining')).not.toBeNull();
    expect((await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID)).status).toBe(500);
    expect((await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID)).status).toBe(200);
    // Without a prefix it hits whatever comes next, the token endpoint included.
    sim.control.failNext({ status: 502 });
    expect((await refresh(sim, tokens.refresh_token)).status).toBe(502);
  });

  it('malformedNext: 200 with a body that is not JSON', async () => {
    sim.control.malformedNext({ count: 1 });
    const res = await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID);
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
    expect(
      (await (await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID)).json()) as object,
    ).toHaveProperty('Organisations');
  });

  it('loseNextTokenResponse: the server rotates, the client sees a dropped connection, grace saves it', async () => {
    sim.control.resetLog();
    sim.control.loseNextTokenResponse();
    await expect(refresh(sim, tokens.refresh_token)).rejects.toThrow();
    const lost = sim.control.requestLog().filter((e) => e.endpoint === 'token');
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ responseLost: true, grantType: 'refresh_token' });
    // The rotation happened server-side: the old token now works only because of the grace period.
    const retry = await refresh(sim, tokens.refresh_token);
    expect(retry.status).toBe(200);
    expect(sim.control.counters().tokenRequests).toBe(2);
  });

  it('disconnectTenant: 403 and gone from /connections, refresh still works', async () => {
    sim.control.disconnectTenant({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID });
    const res = await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ Detail: 'AuthenticationUnsuccessful' });
    const list = (await (await api(sim, tokens.access_token, '/connections')).json()) as Array<{
      tenantId: string;
    }>;
    expect(list.map((c) => c.tenantId)).toEqual([NEW_COMPANY_TENANT_ID]);
    expect((await refresh(sim, tokens.refresh_token)).status).toBe(200);
    expect((await api(sim, tokens.access_token, ORG, NEW_COMPANY_TENANT_ID)).status).toBe(200);
  });

  it('removeUser: 403 for that tenant, gone from /connections, and the user can no longer pick it', async () => {
    const user2 = await connect(sim, { userId: 'user-2', tenantIds: [DEMO_TENANT_ID] });
    sim.control.removeUser({ userId: 'user-2', tenantId: DEMO_TENANT_ID });
    expect((await api(sim, user2.access_token, ORG, DEMO_TENANT_ID)).status).toBe(403);
    expect(await (await api(sim, user2.access_token, '/connections')).json()).toEqual([]);
    await expect(
      sim.control.approveConsent(authorizeUrl(sim), { userId: 'user-2', tenantIds: [DEMO_TENANT_ID] }),
    ).rejects.toThrow(/may not authorise/);
    // user-1's connection to the same organisation is untouched.
    expect((await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID)).status).toBe(200);
  });

  it('revokeGrant: connections and refresh tokens die', async () => {
    sim.control.revokeGrant({ clientId: 'wisepay-client', userId: 'user-1' });
    expect(await (await api(sim, tokens.access_token, '/connections')).json()).toEqual([]);
    expect((await refresh(sim, tokens.refresh_token)).status).toBe(400);
  });

  it('rejects bad control arguments with a typed error and changes nothing', () => {
    expect(() => sim.control.spendBudget({ clientId: 'ghost', tenantId: DEMO_TENANT_ID, calls: 1 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() => sim.control.outage({ durationMs: -1 })).toThrow(/durationMs/);
    expect(() =>
      sim.control.addApp({
        name: 'x',
        clientId: 'wisepay-client',
        clientSecret: 's',
        redirectUris: ['http://127.0.0.1/cb'],
      }),
    ).toThrow(/already exists/);
    expect(() => sim.control.addUser({ userId: 'u9', organisations: ['nope'] })).toThrow(/unknown tenantId/);
    expect(sim.control.users().some((u) => u.userId === 'u9')).toBe(false);
  });
});

describe('loseNextTokenResponse', () => {
  it('rotates before dropping the reply: once the grace period is over the old token is dead', async () => {
    // Grace = 30 min × 0.0003 = 540 ms.
    const sim = await startXeroSimulator({ timeScale: 0.0003 });
    try {
      const tokens = await connect(sim);
      sim.control.loseNextTokenResponse();
      await expect(refresh(sim, tokens.refresh_token)).rejects.toThrow();
      await sleep(600);
      const late = await refresh(sim, tokens.refresh_token);
      expect(late.status).toBe(400);
      expect(await late.json()).toMatchObject({ error: 'invalid_grant' });
    } finally {
      await sim.close();
    }
  });
});

describe('request log and counters', () => {
  it('records each request without secrets, so tests can assert "exactly one token request" and "0 × 429"', async () => {
    const sim = await startXeroSimulator({ timeScale: 0.01 });
    try {
      const tokens = await connect(sim);
      await api(sim, tokens.access_token, ORG, DEMO_TENANT_ID, {
        method: 'PUT',
        headers: { 'idempotency-key': 'key-1', 'content-type': 'application/json' },
        body: '{}',
      });
      const counters = sim.control.counters();
      expect(counters.tokenRequests).toBe(1);
      expect(counters.http429).toEqual({ minute: 0, day: 0, concurrent: 0, appminute: 0 });
      const log = sim.control.requestLog();
      expect(log.find((e) => e.endpoint === 'token')).toMatchObject({
        grantType: 'authorization_code',
        clientId: 'wisepay-client',
        status: 200,
      });
      expect(log.find((e) => e.endpoint === 'api')).toMatchObject({
        method: 'PUT',
        tenantId: DEMO_TENANT_ID,
        idempotencyKey: 'key-1',
      });
      const text = JSON.stringify(log);
      expect(text).not.toContain(tokens.access_token);
      expect(text).not.toContain(tokens.refresh_token);
      expect(text).not.toContain('wisepay-secret');
      sim.control.resetLog();
      expect(sim.control.counters().requests).toBe(0);
      expect(sim.control.requestLog()).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});
