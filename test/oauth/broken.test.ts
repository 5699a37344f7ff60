import { afterEach, describe, expect, it } from 'vitest';
import { TenantNotAuthorisedError } from '../../src/errors/api-errors.js';
import { ConnectionBrokenError } from '../../src/errors/connection-errors.js';
import type { XeroSimulator } from '../../src/testing/index.js';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import { connectRole, type Harness, startHarness, tokenRequests } from './support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const scenarios: Array<{ name: string; reason: string; act: (sim: XeroSimulator) => void }> = [
  {
    name: 'access revoked',
    reason: 'revoked',
    act: (sim) => sim.control.revokeGrant({ clientId: 'company-client', userId: 'user-1' }),
  },
  {
    name: 'the app disconnected inside Xero',
    reason: 'tenant_disconnected',
    act: (sim) => sim.control.disconnectTenant({ clientId: 'company-client', tenantId: DEMO_TENANT_ID }),
  },
  {
    name: 'the connecting user removed from the organisation',
    reason: 'tenant_disconnected',
    act: (sim) => sim.control.removeUser({ userId: 'user-1', tenantId: DEMO_TENANT_ID }),
  },
];

describe('broken connections', () => {
  for (const scenario of scenarios) {
    it(`${scenario.name}: validateToken is invalid (${scenario.reason}), one broken event, bounded token calls`, async () => {
      h = await startHarness();
      const { connections, events } = h.make();
      await connectRole(h, connections, 'company');
      await connectRole(h, connections, 'wisepay', { userId: 'user-2' }); // another user: unaffected
      scenario.act(h.sim);
      h.sim.control.resetLog();

      const result = await connections.validateToken('company');
      expect(result).toMatchObject({
        valid: false,
        reason: scenario.reason,
        organisation: 'Demo Company (AU)',
      });
      expect(connections.connection('company').health()).toBe('broken');

      // Everything afterwards fails fast without touching the token endpoint.
      const tokenCalls = tokenRequests(h.sim).length;
      expect(tokenCalls).toBeLessThanOrEqual(1);
      const errors = await Promise.all(
        Array.from({ length: 50 }, () =>
          h!.witness.rejection(connections.connection('company').credentials()),
        ),
      );
      expect(errors.every((e) => e instanceof ConnectionBrokenError && e.reason === scenario.reason)).toBe(
        true,
      );
      await h.witness.rejection(connections.connection('company').refreshAfterRejection('whatever'));
      expect(await connections.validateToken('company')).toMatchObject({
        valid: false,
        reason: scenario.reason,
      });
      expect(await connections.keepAlive()).toEqual([]);
      expect(tokenRequests(h.sim)).toHaveLength(tokenCalls);

      expect(events.named('connection:broken')).toEqual([
        expect.objectContaining({
          role: 'company',
          tenantId: DEMO_TENANT_ID,
          reason: scenario.reason,
          message: expect.stringMatching(
            /^The Company connection to Demo Company \(AU\) needs to be reconnected: /,
          ),
        }),
      ]);
      const rows = await connections.status();
      expect(rows.find((r) => r.role === 'company')).toMatchObject({
        connected: false,
        health: 'broken',
        lastTest: { valid: false, reason: scenario.reason },
        lastError: expect.stringContaining('needs to be reconnected'),
      });
      expect(rows.find((r) => r.role === 'wisepay')).toMatchObject({ connected: true, health: 'connected' });
    });
  }

  it('a reconnect made by another process is picked up by a pool that saw the connection broken', async () => {
    h = await startHarness();
    const a = h.make();
    await connectRole(h, a.connections, 'company');
    h.sim.control.revokeGrant({ clientId: 'company-client', userId: 'user-1' });
    expect(await a.connections.validateToken('company')).toMatchObject({ valid: false, reason: 'revoked' });
    await h.witness.rejection(a.connections.connection('company').credentials());

    const b = h.make(); // another process sharing the store reconnects the role
    expect(await connectRole(h, b.connections, 'company')).toMatchObject({ status: 'connected' });
    const creds = await a.connections.connection('company').credentials();
    expect(creds.accessToken).toBe((await h.store.get('acct-1', 'company'))?.value.accessToken);
    expect(a.connections.connection('company').health()).toBe('connected');
  });

  it('a 403 confirmed by /connections marks broken once; concurrent reports share one check', async () => {
    h = await startHarness();
    const { connections, events, api } = h.make();
    await connectRole(h, connections, 'service');
    h.sim.control.disconnectTenant({ clientId: 'service-client', tenantId: DEMO_TENANT_ID });
    const callsBefore = api.calls;
    const apiError = new TenantNotAuthorisedError('AuthenticationUnsuccessful', { status: 403 });
    await Promise.all(
      Array.from({ length: 20 }, () => connections.connection('service').reportTenantNotAuthorised(apiError)),
    );
    expect(api.calls - callsBefore).toBe(1);
    expect(connections.connection('service').health()).toBe('broken');
    expect(events.named('connection:broken')).toEqual([
      expect.objectContaining({ role: 'service', reason: 'tenant_disconnected' }),
    ]);
  });

  it('a 403 after the grant was revoked is recorded as revoked, with one broken event and one token request', async () => {
    h = await startHarness();
    const { connections, events } = h.make();
    await connectRole(h, connections, 'service');
    h.sim.control.revokeGrant({ clientId: 'service-client', userId: 'user-1' });
    const tokenRequestsBefore = h.sim.control.counters().tokenRequests;
    const apiError = new TenantNotAuthorisedError('AuthenticationUnsuccessful', { status: 403 });
    await Promise.all(
      Array.from({ length: 20 }, () => connections.connection('service').reportTenantNotAuthorised(apiError)),
    );
    expect(connections.connection('service').health()).toBe('broken');
    expect(events.named('connection:broken')).toEqual([
      expect.objectContaining({ role: 'service', reason: 'revoked' }),
    ]);
    expect(h.sim.control.counters().tokenRequests - tokenRequestsBefore).toBe(1);
    // Once broken, credentials fail fast without another token request (no retry storm).
    await expect(connections.connection('service').credentials()).rejects.toMatchObject({
      code: 'ERR_CONNECTION_BROKEN',
    });
    expect(h.sim.control.counters().tokenRequests - tokenRequestsBefore).toBe(1);
  });

  it('a 403 while the organisation is still connected, or while /connections is unreachable, breaks nothing', async () => {
    h = await startHarness();
    const { connections, events } = h.make();
    await connectRole(h, connections, 'service');
    const apiError = new TenantNotAuthorisedError('AuthenticationUnsuccessful', { status: 403 });
    await connections.connection('service').reportTenantNotAuthorised(apiError);
    expect(connections.connection('service').health()).toBe('connected');

    h.sim.control.disconnectTenant({ clientId: 'service-client', tenantId: DEMO_TENANT_ID });
    h.sim.control.outage({ api: true, durationMs: 500 });
    await connections.connection('service').reportTenantNotAuthorised(apiError);
    expect(connections.connection('service').health()).toBe('connected');
    expect(events.named('connection:broken')).toEqual([]);
  });

  it('validateToken while Xero is unreachable is indeterminate and leaves the connection healthy', async () => {
    h = await startHarness();
    const { connections, events } = h.make();
    await connectRole(h, connections, 'wisepay');
    h.sim.control.outage({ api: true, identity: true, durationMs: 400 });
    const during = await connections.validateToken('wisepay');
    expect(during.valid).toBeNull();
    expect(during.reason).toMatch(/could not be reached/);
    expect(connections.connection('wisepay').health()).toBe('connected');
    expect((await h.store.get('acct-1', 'wisepay'))?.value.lastTest).toMatchObject({ valid: null });
    expect(events.named('connection:broken')).toEqual([]);

    await new Promise((r) => setTimeout(r, 450));
    expect(await connections.validateToken('wisepay')).toMatchObject({
      valid: true,
      organisation: 'Demo Company (AU)',
    });
    expect((await h.store.get('acct-1', 'wisepay'))?.value.lastTest).toMatchObject({ valid: true });
  });

  it('reportTransientFailure degrades and reportSuccess restores, with bounded events', async () => {
    h = await startHarness();
    const { connections, events } = h.make();
    await connectRole(h, connections, 'wisepay');
    for (let i = 0; i < 100; i++)
      connections.connection('service').reportTransientFailure(new Error('503 Not Available'));
    expect(connections.connection('wisepay').health()).toBe('connected'); // multi-connection: service is its own role
    expect(connections.connection('service').health()).toBe('not_connected');
    for (let i = 0; i < 100; i++)
      connections.connection('wisepay').reportTransientFailure(new Error('503 Not Available'));
    expect(connections.connection('wisepay').health()).toBe('degraded');
    const degraded = events.named('connection:degraded').filter((e) => e.role === 'wisepay');
    expect(degraded.map((e) => e.consecutiveFailures)).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect((await connections.status())[0]).toMatchObject({
      connected: true,
      health: 'degraded',
      lastError: '503 Not Available',
    });
    connections.connection('wisepay').reportSuccess();
    expect(connections.connection('wisepay').health()).toBe('connected');
    expect(events.named('connection:restored')).toEqual([
      expect.objectContaining({ role: 'wisepay', previous: 'degraded' }),
    ]);
    expect(events.named('connection:broken')).toEqual([]);
  });
});
