import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_TENANT_ID,
  NEW_COMPANY_TENANT_ID,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { api, connect, sleep } from './helpers.js';

describe('API authentication and authorisation errors', () => {
  let sim: XeroSimulator;
  beforeAll(async () => {
    // Access tokens live 1800 s × 0.0002 = 360 ms.
    sim = await startXeroSimulator({ timeScale: 0.0002 });
  });
  afterAll(() => sim.close());

  it('401 TokenExpired problem JSON once the access token expired', async () => {
    const { access_token } = await connect(sim);
    expect((await api(sim, access_token, '/api.xro/2.0/Organisation', DEMO_TENANT_ID)).status).toBe(200);
    await sleep(400);
    const res = await api(sim, access_token, '/api.xro/2.0/Organisation', DEMO_TENANT_ID);
    expect(res.status).toBe(401);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ Title: 'Unauthorized', Status: 401 });
    expect(body.Detail).toMatch(/^TokenExpired: token expired at \d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/);
    // /connections checks the token as well.
    expect((await api(sim, access_token, '/connections')).status).toBe(401);
  });

  it('expireAccessTokens() expires every token issued so far, new ones work', async () => {
    const longLived = await startXeroSimulator({ timeScale: 1 });
    try {
      const a = await connect(longLived);
      const b = await connect(longLived, { clientId: 'company-client' });
      longLived.control.expireAccessTokens({ clientId: 'wisepay-client' });
      const expired = await api(longLived, a.access_token, '/api.xro/2.0/Organisation', DEMO_TENANT_ID);
      expect(expired.status).toBe(401);
      expect(((await expired.json()) as { Detail: string }).Detail).toMatch(/^TokenExpired/);
      expect((await api(longLived, b.access_token, '/api.xro/2.0/Organisation', DEMO_TENANT_ID)).status).toBe(
        200,
      );
      const c = await connect(longLived);
      expect((await api(longLived, c.access_token, '/api.xro/2.0/Organisation', DEMO_TENANT_ID)).status).toBe(
        200,
      );
      longLived.control.expireAccessTokens();
      expect((await api(longLived, c.access_token, '/connections')).status).toBe(401);
    } finally {
      await longLived.close();
    }
  });

  it('401 AuthorizationUnsuccessful when the token lacks the scope the endpoint needs', async () => {
    const { access_token } = await connect(sim, { scope: 'openid offline_access accounting.contacts' });
    const res = await api(sim, access_token, '/api.xro/2.0/Invoices', DEMO_TENANT_ID);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      Title: 'Unauthorized',
      Status: 401,
      Detail: 'AuthorizationUnsuccessful',
    });
  });

  it('403 AuthenticationUnsuccessful without a tenant header, or for a tenant not connected to this grant', async () => {
    const { access_token } = await connect(sim, { tenantIds: [DEMO_TENANT_ID] });
    for (const tenant of [undefined, NEW_COMPANY_TENANT_ID, 'not-a-tenant']) {
      const res = await api(sim, access_token, '/api.xro/2.0/Organisation', tenant);
      expect(res.status).toBe(403);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ Title: 'Forbidden', Status: 403, Detail: 'AuthenticationUnsuccessful' });
      expect(body).toHaveProperty('Type');
    }
  });

  it('only the tenants of this app+user grant are authorised', async () => {
    // user-1 connects NEW_COMPANY for company-client; wisepay-client's token must not reach it.
    await connect(sim, { clientId: 'company-client', tenantIds: [NEW_COMPANY_TENANT_ID] });
    const user2 = await connect(sim, { userId: 'user-2', tenantIds: [DEMO_TENANT_ID] });
    expect((await api(sim, user2.access_token, '/api.xro/2.0/Organisation', DEMO_TENANT_ID)).status).toBe(
      200,
    );
    expect(
      (await api(sim, user2.access_token, '/api.xro/2.0/Organisation', NEW_COMPANY_TENANT_ID)).status,
    ).toBe(403);
  });

  it('401 for a token that is not the simulator’s', async () => {
    const res = await api(sim, 'eyJhbGciOiJIUzI1NiJ9.e30.x', '/api.xro/2.0/Organisation', DEMO_TENANT_ID);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ Status: 401, Detail: 'AuthenticationUnsuccessful' });
  });

  it('auth failures are not counted against the rate limits', async () => {
    const { access_token } = await connect(sim, { tenantIds: [DEMO_TENANT_ID] });
    await api(sim, access_token, '/api.xro/2.0/Organisation', NEW_COMPANY_TENANT_ID);
    const state = sim.control.rateLimitState({ clientId: 'wisepay-client', tenantId: NEW_COMPANY_TENANT_ID });
    expect(state.minute.used).toBe(0);
  });
});

describe('connections endpoint', () => {
  let sim: XeroSimulator;
  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: 0.01 });
  });
  afterAll(() => sim.close());

  it('lists the grant’s connections, filters by authEventId, keeps ids on re-consent, deletes by id', async () => {
    const first = await connect(sim, { tenantIds: [DEMO_TENANT_ID] });
    const second = await connect(sim, { tenantIds: [DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID] });
    const res = await api(sim, second.access_token, '/connections');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-appminlimit-remaining')).not.toBeNull();
    expect(res.headers.get('x-minlimit-remaining')).toBeNull();
    expect(res.headers.get('x-daylimit-remaining')).toBeNull();
    type Conn = {
      id: string;
      tenantId: string;
      authEventId: string;
      tenantType: string;
      tenantName: string;
      createdDateUtc: string;
      updatedDateUtc: string;
    };
    const all = (await res.json()) as Conn[];
    expect(all.map((c) => c.tenantName).sort()).toEqual(['Demo Company (AU)', 'New Company Ltd']);
    expect(all.every((c) => c.tenantType === 'ORGANISATION')).toBe(true);

    const firstEvent = (await (await api(sim, first.access_token, '/connections')).json()) as Conn[];
    const demoBefore = firstEvent.find((c) => c.tenantId === DEMO_TENANT_ID);
    const demoAfter = all.find((c) => c.tenantId === DEMO_TENANT_ID);
    expect(demoAfter?.id).toBe(demoBefore?.id);

    const secondEventId = all[0]?.authEventId ?? '';
    const filtered = (await (
      await api(sim, second.access_token, `/connections?authEventId=${secondEventId}`)
    ).json()) as Conn[];
    expect(filtered).toHaveLength(2);
    const none = (await (
      await api(sim, second.access_token, '/connections?authEventId=nope')
    ).json()) as Conn[];
    expect(none).toEqual([]);

    const del = await api(sim, second.access_token, `/connections/${demoAfter?.id}`, undefined, {
      method: 'DELETE',
    });
    expect(del.status).toBe(204);
    const missing = await api(sim, second.access_token, `/connections/${demoAfter?.id}`, undefined, {
      method: 'DELETE',
    });
    expect(missing.status).toBe(404);
    expect((await api(sim, second.access_token, '/api.xro/2.0/Organisation', DEMO_TENANT_ID)).status).toBe(
      403,
    );
  });
});
