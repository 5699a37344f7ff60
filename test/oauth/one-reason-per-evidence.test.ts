import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionBrokenError } from '../../src/errors/connection-errors.js';
import type { ConnectionPool } from '../../src/index.js';
import { DEMO_TENANT_ID, type XeroSimulator } from '../../src/testing/index.js';
import { type HostWorld, startHostWorld } from './support/host-world.js';

let world: HostWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const evidence: Array<{ name: string; reason: string; act: (sim: XeroSimulator) => void }> = [
  {
    name: 'the app disconnected inside Xero',
    reason: 'tenant_disconnected',
    act: (sim) => sim.control.disconnectTenant({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID }),
  },
  {
    name: 'the connecting user removed from the organisation',
    reason: 'tenant_disconnected',
    act: (sim) => sim.control.removeUser({ userId: 'user-1', tenantId: DEMO_TENANT_ID }),
  },
  {
    name: 'the grant revoked',
    reason: 'revoked',
    act: (sim) => sim.control.revokeGrant({ clientId: 'wisepay-client', userId: 'user-1' }),
  },
];

/** What every observer of a broken connection sees: the event, a later call's error, status, the test. */
async function observe(pool: ConnectionPool, events: Array<{ reason: string; message: string }>) {
  const error = (await pool
    .role('wisepay')
    .organisation.get()
    .catch((e: unknown) => e)) as ConnectionBrokenError;
  const row = (await pool.status())[0]!;
  const test = await pool.validateToken('wisepay');
  return {
    health: pool.health('wisepay'),
    event: events.map((e) => ({ reason: e.reason, message: e.message })),
    error: { code: error.code, reason: error.reason, message: error.message },
    status: { health: row.health, lastError: row.lastError },
    test: { valid: test.valid, reason: test.reason },
  };
}

describe('one reason per evidence, whichever path notices', () => {
  for (const scenario of evidence) {
    it(`${scenario.name}: a call's 403 path and validateToken record the same reason and message (${scenario.reason})`, async () => {
      const seen: Record<string, Awaited<ReturnType<typeof observe>>> = {};
      for (const path of ['call', 'validateToken'] as const) {
        world = await startHostWorld(); // a fresh Xero for each path: the same evidence, noticed differently
        const pool = await world.connect(`acct-${path}`);
        const events: Array<{ reason: string; message: string }> = [];
        pool.on('connection:broken', (e) => events.push(e));
        await pool.role('wisepay').organisation.get(); // healthy first
        scenario.act(world.sim);
        if (path === 'call') {
          const first = await pool
            .role('wisepay')
            .organisation.get()
            .catch((e: unknown) => e);
          expect(first).toBeInstanceOf(Error);
        } else {
          expect(await pool.validateToken('wisepay')).toMatchObject({
            valid: false,
            reason: scenario.reason,
          });
        }
        seen[path] = await observe(pool, events);
        await world.close();
        world = undefined;
      }
      const expected = {
        health: 'broken',
        event: [{ reason: scenario.reason, message: expect.stringMatching(/needs to be reconnected/) }],
        error: {
          code: 'ERR_CONNECTION_BROKEN',
          reason: scenario.reason,
          // The event's message, followed by the call's context (account, role, tenant, method, path).
          message: expect.stringMatching(
            new RegExp(`^${escapeRegExp(seen.call!.event[0]!.message)} \\(account=`),
          ),
        },
        status: { health: 'broken', lastError: seen.call!.event[0]!.message },
        test: { valid: false, reason: scenario.reason },
      };
      expect(seen.call).toEqual(expected);
      expect(seen.validateToken).toEqual(expected);
      if (scenario.reason === 'tenant_disconnected') {
        // The refresh just proved the grant alive: the message must not say access was revoked, and it
        // names both things Xero cannot tell apart.
        expect(seen.call!.event[0]!.message).not.toMatch(/revoked/);
        expect(seen.call!.event[0]!.message).toMatch(/disconnected in Xero/);
        expect(seen.call!.event[0]!.message).toMatch(/removed from the organisation/);
      }
    });
  }

  it('reasons earlier versions stored are reported as their successors, with the successor’s message', async () => {
    world = await startHostWorld();
    let pool = await world.connect('acct-legacy');
    const stored = (await world.store.get('acct-legacy', 'wisepay'))!;
    const legacy = {
      tenant_not_authorised: 'tenant_disconnected',
      invalid_grant: 'revoked',
    } as const;
    for (const [old, now] of Object.entries(legacy)) {
      const current = (await world.store.get('acct-legacy', 'wisepay'))!;
      await world.store.put(
        { ...stored.value, broken: { reason: old, at: 1, message: 'an old message: access revoked' } },
        current.version,
      );
      await pool.close(); // a pool that reads the record afresh, as after a restart
      pool = world.host.pool({ accountId: 'acct-legacy', apps: 'wisepay' });
      const error = (await pool
        .role('wisepay')
        .organisation.get()
        .catch((e: unknown) => e)) as ConnectionBrokenError;
      expect(error.reason).toBe(now);
      expect(error.message).not.toContain('an old message');
      expect(await pool.validateToken('wisepay')).toMatchObject({ valid: false, reason: now });
      expect(error.message).toMatch(/needs to be reconnected/);
      expect(error.message.startsWith((await pool.status())[0]!.lastError!)).toBe(true);
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
