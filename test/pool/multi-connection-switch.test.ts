import { afterEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { NotConnectedError } from '../../src/errors/connection-errors.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import type { Role } from '../../src/roles.js';
import type { XeroResponse } from '../../src/xero/call-pipeline.js';
import { connect, type PoolWorld, startPoolWorld } from './support/pool-world.js';

// Real time: tokens (30 Xero minutes) never come due, so every request in the log is one call's.
const TIME_SCALE = 1;
/** Real ms each API call takes in the simulator: long enough that calls are in flight during the switch. */
const LATENCY_MS = 400;
/** Early service calls: more than Xero's 5 concurrent, so some are still queued in the SDK at the switch. */
const SERVICE_EARLY = 8;
const APPS = { wisepay: 'wisepay', company: 'company', service: 'service' } as const;
const CLIENT: Record<Role, string> = {
  wisepay: 'wisepay-client',
  company: 'company-client',
  service: 'service-client',
};

let world: PoolWorld | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
});

function call(pool: ConnectionPool, role: Role): Promise<XeroResponse> {
  return pool.role(role).request({ method: 'GET', path: '/api.xro/2.0/Organisation' });
}

/** Waits (in event-loop turns, not on a clock) until the switch has installed the new routing. */
async function untilSwitched(pool: ConnectionPool, on: boolean): Promise<void> {
  for (let i = 0; i < 10_000 && pool.multiConnection !== on; i++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(pool.multiConnection).toBe(on);
}

function apiRequests(w: PoolWorld) {
  return w.sim.control.requestLog().filter((e) => e.endpoint === 'api');
}

describe('turning multi-connection on or off for an existing account', () => {
  it('off while calls are in flight: none fails, later calls ride wisepay, company and service are disconnected without revoking a grant another account uses', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const w = world;
    const a = w.host.pool({ accountId: 'acct-a', multiConnection: true, apps: APPS });
    for (const role of ['wisepay', 'company', 'service'] as const) await connect(w, a, role);
    // Another account connected with the same user and company app: it shares A's company grant.
    const b = w.host.pool({ accountId: 'acct-b', multiConnection: true, apps: APPS });
    await connect(w, b, 'company');

    w.sim.control.resetLog();
    w.sim.control.setLatency(LATENCY_MS);
    // More service calls than Xero's 5 concurrent per (app, organisation): some still wait in the SDK's
    // queue when the switch happens, and keep their connection until they have run.
    const early = (['wisepay', 'company', 'service'] as const).flatMap((role) =>
      Array.from({ length: role === 'service' ? SERVICE_EARLY : 2 }, async () => ({
        role,
        response: await call(a, role),
      })),
    );
    const switching = a.setMultiConnection(false);
    await untilSwitched(a, false);
    const inFlightAtSwitch = apiRequests(w).length;
    const later = (['wisepay', 'company', 'service'] as const).flatMap((role) =>
      [0, 1].map(async () => ({ role, response: await call(a, role) })),
    );

    const [earlyDone, laterDone, result] = await Promise.all([
      Promise.allSettled(early),
      Promise.allSettled(later),
      switching,
    ]);
    w.sim.control.setLatency(0);
    // No call failed because of the switch.
    expect(earlyDone.map((s) => s.status)).toEqual(Array(4 + SERVICE_EARLY).fill('fulfilled'));
    expect(laterDone.map((s) => s.status)).toEqual(Array(6).fill('fulfilled'));
    // The early calls had each started on their own connection before the switch and finished there.
    expect(inFlightAtSwitch).toBe(0);
    for (const s of earlyDone) {
      const { role, response } = (s as PromiseFulfilledResult<{ role: Role; response: XeroResponse }>).value;
      expect(response.meta.connectionRole).toBe(role);
    }
    // Every call after it went through wisepay's connection, whatever its role.
    for (const s of laterDone) {
      const { role, response } = (s as PromiseFulfilledResult<{ role: Role; response: XeroResponse }>).value;
      expect(response.meta.role).toBe(role);
      expect(response.meta.connectionRole).toBe('wisepay');
    }
    expect(result).toEqual({
      accountId: 'acct-a',
      multiConnection: false,
      changed: true,
      disconnected: ['company', 'service'],
      needsConnection: [],
      drained: true,
    });

    // The simulator saw each app's token for exactly the calls routed to it: the early company and
    // service calls on their apps, the rest on wisepay's.
    const byClient = (clientId: string) => apiRequests(w).filter((e) => e.clientId === clientId).length;
    expect(byClient(CLIENT.company)).toBe(2);
    expect(byClient(CLIENT.service)).toBe(SERVICE_EARLY);
    expect(byClient(CLIENT.wisepay)).toBe(2 + 6);

    // Service's grant was A's alone: its Xero connection deleted and its refresh token revoked. Company's
    // grant (and Xero connection) also serve account B: neither was touched.
    const log = w.sim.control.requestLog();
    const revoked = log.filter((e) => e.endpoint === 'revoke').map((e) => e.clientId);
    expect(revoked).toEqual([CLIENT.service]);
    const deleted = log
      .filter((e) => e.endpoint === 'connections' && e.method === 'DELETE')
      .map((e) => e.clientId);
    expect(deleted).toEqual([CLIENT.service]);
    // ...and only after the calls still on those connections had finished (the drain).
    const lastOld = Math.max(
      ...apiRequests(w)
        .filter((e) => e.clientId !== CLIENT.wisepay)
        .map((e) => e.at),
    );
    expect(log.find((e) => e.endpoint === 'revoke')!.at).toBeGreaterThanOrEqual(lastOld);
    const bCompany = await call(b, 'company');
    expect(bCompany.meta.connectionRole).toBe('company');
    expect(bCompany.status).toBe(200);

    // A now has one connection, wisepay's, serving every role; the host hands the same pool to the new options.
    const rows = await a.status();
    expect(rows.map((r) => [r.role, r.connected])).toEqual([['wisepay', true]]);
    expect(a.metrics().connections.map((c) => [c.role, c.serves])).toEqual([
      ['wisepay', ['wisepay', 'company', 'service']],
    ]);
    expect(w.host.pool({ accountId: 'acct-a', multiConnection: false, apps: APPS })).toBe(a);
  });

  it('on while calls are in flight: none fails, the connection stays wisepay\u2019s, status lists company and service to connect', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const w = world;
    const pool = w.host.pool({ accountId: 'acct-c', multiConnection: false, apps: APPS });
    await connect(w, pool, 'wisepay');
    const before = (await pool.status())[0]!;

    w.sim.control.resetLog();
    w.sim.control.setLatency(LATENCY_MS);
    const early = (['wisepay', 'company', 'service'] as const).flatMap((role) =>
      [0, 1].map(() => call(pool, role)),
    );
    const switching = pool.setMultiConnection(true);
    await untilSwitched(pool, true);
    const later = [0, 1, 2].map(() => call(pool, 'wisepay'));
    const [earlyDone, laterDone, result] = await Promise.all([
      Promise.allSettled(early),
      Promise.allSettled(later),
      switching,
    ]);
    w.sim.control.setLatency(0);
    expect(earlyDone.map((s) => s.status)).toEqual(Array(6).fill('fulfilled'));
    expect(laterDone.map((s) => s.status)).toEqual(Array(3).fill('fulfilled'));
    for (const s of [...earlyDone, ...laterDone]) {
      expect((s as PromiseFulfilledResult<XeroResponse>).value.meta.connectionRole).toBe('wisepay');
    }
    expect(result).toEqual({
      accountId: 'acct-c',
      multiConnection: true,
      changed: true,
      disconnected: [],
      needsConnection: ['company', 'service'],
      drained: true,
    });
    // Nothing was disconnected, revoked or re-authorised: the one connection simply became wisepay's.
    const log = w.sim.control.requestLog();
    expect(log.filter((e) => e.endpoint === 'revoke' || e.endpoint === 'token')).toEqual([]);
    expect(log.filter((e) => e.endpoint === 'connections' && e.method === 'DELETE')).toEqual([]);
    expect(apiRequests(w).every((e) => e.clientId === CLIENT.wisepay)).toBe(true);

    const rows = await pool.status();
    expect(rows.map((r) => [r.role, r.connected])).toEqual([
      ['wisepay', true],
      ['company', false],
      ['service', false],
    ]);
    expect(rows[0]!.tenantId).toBe(before.tenantId);
    expect(rows[0]!.organisation).toBe(before.organisation);
    // Until it is connected, a company call says so; once connected it uses its own app.
    await expect(call(pool, 'company')).rejects.toBeInstanceOf(NotConnectedError);
    await connect(w, pool, 'company');
    const company = await call(pool, 'company');
    expect(company.meta.connectionRole).toBe('company');
    expect(apiRequests(w).at(-1)?.clientId).toBe(CLIENT.company);
    expect(w.host.pool({ accountId: 'acct-c', multiConnection: true, apps: APPS })).toBe(pool);
  });

  it('switches run one at a time, in the order asked', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const w = world;
    const pool = w.host.pool({ accountId: 'acct-e', multiConnection: true, apps: APPS });
    for (const role of ['wisepay', 'company', 'service'] as const) await connect(w, pool, role);
    const [off, on] = await Promise.all([pool.setMultiConnection(false), pool.setMultiConnection(true)]);
    expect([off.multiConnection, off.changed, off.disconnected]).toEqual([
      false,
      true,
      ['company', 'service'],
    ]);
    expect([on.multiConnection, on.changed, on.needsConnection]).toEqual([
      true,
      true,
      ['company', 'service'],
    ]);
    expect(pool.multiConnection).toBe(true);
    await expect(call(pool, 'company')).rejects.toBeInstanceOf(NotConnectedError);
    expect((await call(pool, 'wisepay')).meta.connectionRole).toBe('wisepay');
  });

  it('bad input, or off without a usable wisepay connection, is refused and changes nothing', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const w = world;
    const pool = w.host.pool({ accountId: 'acct-d', multiConnection: true, apps: APPS });
    await connect(w, pool, 'company');
    await expect(pool.setMultiConnection('off' as never)).rejects.toBeInstanceOf(InvalidArgumentError);
    const badOptions = await pool
      .setMultiConnection(false, { drainTimeoutMs: -1 })
      .catch((error: unknown) => error);
    expect(badOptions).toBeInstanceOf(InvalidArgumentError);
    expect((badOptions as InvalidArgumentError).issues[0]?.path).toBe('drainTimeoutMs');
    const noPrimary = await pool.setMultiConnection(false).catch((error: unknown) => error);
    expect(noPrimary).toBeInstanceOf(NotConnectedError);
    expect((noPrimary as Error).message).toMatch(/wisepay connection.*connect it first/);
    expect(pool.multiConnection).toBe(true);
    expect((await pool.status()).find((r) => r.role === 'company')?.connected).toBe(true);
    // The same setting again is a no-op that reports where the account stands.
    expect(await pool.setMultiConnection(true)).toEqual({
      accountId: 'acct-d',
      multiConnection: true,
      changed: false,
      disconnected: [],
      needsConnection: ['wisepay', 'service'],
      drained: true,
    });
  });
});
