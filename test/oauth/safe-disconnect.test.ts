import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionPool } from '../../src/index.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import type { StoredConnection, TokenStore } from '../../src/stores/token-store.js';
import { DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID, seededAppOptions } from '../../src/testing/index.js';
import { type HostWorld, startHostWorld } from './support/host-world.js';

let world: HostWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const APP = seededAppOptions().wisepay;

/** GET /connections over HTTP with an account's current access token: the organisations its grant holds. */
async function grantOrganisations(w: HostWorld, pool: ConnectionPool, accountId: string): Promise<string[]> {
  expect(await pool.validateToken('wisepay')).toMatchObject({ valid: true }); // fresh token stored
  const stored = (await w.store.get(accountId, 'wisepay'))!.value;
  const res = await fetch(`${w.sim.apiUrl}/connections`, {
    headers: { authorization: `Bearer ${stored.accessToken}` },
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as Array<{ tenantId: string }>;
  return body.map((c) => c.tenantId).sort();
}

/** Whether Xero still accepts a refresh token (a real token request). */
async function refreshAccepted(w: HostWorld, refreshToken: string): Promise<boolean> {
  const res = await fetch(`${w.sim.identityUrl}/connect/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${APP.clientId}:${APP.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }).toString(),
  });
  await res.arrayBuffer();
  return res.status === 200;
}

function revokeRequests(w: HostWorld): number {
  return w.sim.control.requestLog().filter((e) => e.endpoint === 'revoke').length;
}

async function stored(w: HostWorld, accountId: string): Promise<StoredConnection> {
  return (await w.store.get(accountId, 'wisepay'))!.value;
}

describe('safe disconnect: one Xero user connecting the same app for several accounts', () => {
  for (const how of ['disconnectAll', 'disconnect'] as const) {
    it(`${how}: X's connection goes, the grant Y still uses is kept; the last user's disconnect revokes it`, async () => {
      world = await startHostWorld();
      const w = world;
      // An accountant (user-1) connects two client accounts to two organisations through one app.
      const x = await w.connect('acct-x', { userId: 'user-1', tenantId: DEMO_TENANT_ID });
      const y = await w.connect('acct-y', { userId: 'user-1', tenantId: NEW_COMPANY_TENANT_ID });
      const z = await w.connect('acct-z', { userId: 'user-2', tenantId: DEMO_TENANT_ID }); // someone else
      expect(await grantOrganisations(w, y, 'acct-y')).toEqual(
        [DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID].sort(),
      );
      const yBroken: unknown[] = [];
      y.on('connection:broken', (e) => yBroken.push(e));

      if (how === 'disconnectAll') await x.disconnectAll();
      else await x.disconnect('wisepay');

      expect(await w.store.get('acct-x', 'wisepay')).toBeNull();
      expect(revokeRequests(w)).toBe(0);
      // X's Xero connection is gone; Y's grant and organisation are untouched.
      expect(await grantOrganisations(w, y, 'acct-y')).toEqual([NEW_COMPANY_TENANT_ID]);
      await y.role('wisepay').organisation.get();
      expect(y.health('wisepay')).toBe('connected');
      expect((await y.status())[0]).toMatchObject({ health: 'connected', connected: true });
      expect(yBroken).toEqual([]);

      // The last user of the grant disconnects: now it is revoked, and its refresh tokens die.
      const yLast = await stored(w, 'acct-y');
      const zBefore = await stored(w, 'acct-z');
      await y.disconnectAll();
      expect(revokeRequests(w)).toBe(1);
      expect(await refreshAccepted(w, yLast.refreshToken)).toBe(false);
      // Another Xero user's grant of the same app, on X's organisation, is not touched.
      expect(await z.validateToken('wisepay')).toMatchObject({ valid: true });
      expect((await stored(w, 'acct-z')).connectedAt).toBe(zBefore.connectedAt);
    });
  }

  it('a store that cannot list every account keeps the grant (it cannot prove no one else uses it), and still deletes the connection', async () => {
    const inner = new MemoryTokenStore();
    // A custom store written before listAll existed.
    const legacy: TokenStore = {
      get: (a, r) => inner.get(a, r),
      put: (v, e) => inner.put(v, e),
      delete: (a, r, e) => inner.delete(a, r, e),
      list: (a) => inner.list(a),
    };
    world = await startHostWorld({ store: legacy });
    const w = world;
    const x = await w.connect('acct-x', { userId: 'user-1', tenantId: DEMO_TENANT_ID });
    const y = await w.connect('acct-y', { userId: 'user-1', tenantId: NEW_COMPANY_TENANT_ID });
    await x.disconnectAll();
    expect(revokeRequests(w)).toBe(0);
    expect(await grantOrganisations(w, y, 'acct-y')).toEqual([NEW_COMPANY_TENANT_ID]);
    await y.disconnectAll();
    expect(revokeRequests(w)).toBe(0); // still unprovable: the grant is left to expire unused
  });
});
