import { afterEach, describe, expect, it } from 'vitest';
import type { PoolEvents } from '../../src/contracts/events.js';
import { ConfigurationError, InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { AuthorizationCallbackError } from '../../src/errors/connection-errors.js';
import { ClosedError } from '../../src/errors/infrastructure-errors.js';
import { XeroConnections } from '../../src/host.js';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import { connect, type PoolWorld, SIM_APP_OPTIONS, startPoolWorld } from './support/pool-world.js';

const TIME_SCALE = 0.01;

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('XeroConnections options', () => {
  it('names the bad field and shows an example', () => {
    const e = configError(
      () =>
        new XeroConnections({
          apps: { wisepay: { ...SIM_APP_OPTIONS.wisepay, redirectUri: 'not a url' } },
        }),
    );
    expect(e.issues.map((i) => i.path)).toEqual(['apps.wisepay.redirectUri']);
    expect(e.message).toMatch(/apps\.wisepay\.redirectUri/);
    expect(e.message).toMatch(/Example: new XeroConnections/);
  });

  it('refuses scopes without offline_access, unknown keys, and an empty app list', () => {
    expect(
      configError(
        () =>
          new XeroConnections({
            apps: { a: { ...SIM_APP_OPTIONS.wisepay, scopes: ['openid', 'accounting.invoices'] } },
          }),
      ).issues[0]?.path,
    ).toBe('apps.a.scopes');
    expect(
      configError(() => new XeroConnections({ apps: {}, timeScale: 0 })).issues.map((i) => i.path),
    ).toEqual(['apps', 'timeScale']);
    expect(
      configError(() => new XeroConnections({ apps: { a: SIM_APP_OPTIONS.wisepay }, retries: 3 } as never))
        .message,
    ).toMatch(/retries/);
  });

  it('never echoes a client secret in a configuration error', () => {
    const e = configError(
      () =>
        new XeroConnections({
          apps: { a: { ...SIM_APP_OPTIONS.wisepay, clientSecret: 'sup3r-s3cret', redirectUri: 'x' } },
        }),
    );
    expect(JSON.stringify(e)).not.toContain('sup3r-s3cret');
    expect(e.message).not.toContain('sup3r-s3cret');
  });

  it('refuses one clientId under two names with different limits', () => {
    const e = configError(
      () =>
        new XeroConnections({
          apps: { a: SIM_APP_OPTIONS.wisepay, b: { ...SIM_APP_OPTIONS.wisepay, limits: { perMinute: 30 } } },
        }),
    );
    expect(e.issues[0]?.path).toBe('apps.b.limits');
  });
});

describe('pools', () => {
  let world: PoolWorld;
  afterEach(async () => world?.close());

  it('pool options are validated: unknown app names and bad account ids name the field', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const e = configError(() =>
      world.host.pool({
        accountId: 'a',
        multiConnection: true,
        apps: { wisepay: 'wisepay', company: 'nope', service: 'service' },
      }),
    );
    expect(e.issues).toEqual([expect.objectContaining({ path: 'apps.company' })]);
    expect(e.message).toMatch(/known apps: wisepay, company, service, starter/);
    expect(configError(() => world.host.pool({ accountId: '  ', apps: 'wisepay' })).issues[0]?.path).toBe(
      'accountId',
    );
    expect(
      configError(() => world.host.pool({ accountId: 'a', apps: 'wisepay', multiConnection: 'yes' as never }))
        .issues[0]?.path,
    ).toBe('multiConnection');
  });

  it('the same options return the same pool; other options for an open account are refused', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const a = world.host.pool({ accountId: 'acct', apps: 'wisepay' });
    expect(world.host.pool({ accountId: 'acct', apps: 'wisepay' })).toBe(a);
    expect(world.host.pool({ accountId: 'acct', apps: 'wisepay', multiConnection: false })).toBe(a);
    expect(configError(() => world.host.pool({ accountId: 'acct', apps: 'company' })).issues[0]?.path).toBe(
      'accountId',
    );
    await a.close();
    const b = world.host.pool({ accountId: 'acct', apps: 'company' });
    expect(b).not.toBe(a);
    await expect(a.role('wisepay').organisation.get()).rejects.toBeInstanceOf(ClosedError);
    await expect(a.status()).rejects.toBeInstanceOf(ClosedError);
  });

  it('roles, traffic kinds and default priorities', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const pool = world.host.pool({ accountId: 'acct', apps: 'wisepay' });
    expect(pool.role('wisepay').defaultPriority).toBe('interactive');
    expect(pool.role('company').defaultPriority).toBe('batch');
    expect(pool.forTraffic('user-action')).toMatchObject({ role: 'wisepay', defaultPriority: 'interactive' });
    expect(pool.forTraffic('payment-batch')).toMatchObject({ role: 'wisepay', defaultPriority: 'batch' });
    expect(pool.forTraffic('sync').role).toBe('company');
    expect(pool.forTraffic('background-service').role).toBe('service');
    expect(pool.role('service')).toBe(pool.role('service'));
    expect(() => pool.role('admin' as never)).toThrow(InvalidArgumentError);
    expect(() => pool.forTraffic('cron' as never)).toThrow(InvalidArgumentError);
  });

  it('host.completeConnect finds the account from the state; events of every pool reach host listeners', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const seen: Array<PoolEvents['call:finished']> = [];
    world.host.on('call:finished', (e) => seen.push(e));
    const p1 = world.host.pool({ accountId: 'acct-1', apps: 'wisepay' });
    const p2 = world.host.pool({ accountId: 'acct-2', apps: 'company' });
    await connect(world, p1, 'wisepay');
    await connect(world, p2, 'wisepay');
    const own: string[] = [];
    const off = p1.on('call:finished', (e) => own.push(e.accountId));
    await p1.role('company').organisation.get();
    await p2.role('service').organisation.get();
    off();
    await p1.role('company').organisation.get();
    expect(own).toEqual(['acct-1']);
    const byAccount = seen
      .filter((e) => e.path === '/api.xro/2.0/Organisation')
      .map((e) => [e.accountId, e.callRole, e.role]);
    expect(byAccount).toEqual([
      ['acct-1', 'company', 'wisepay'],
      ['acct-2', 'service', 'wisepay'],
      ['acct-1', 'company', 'wisepay'],
    ]);
    await expect(
      world.host.completeConnect('http://127.0.0.1/callback?code=x&state=forged'),
    ).rejects.toBeInstanceOf(AuthorizationCallbackError);
  });

  it('events tell the story of a call; metrics count it', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const pool = world.host.pool({ accountId: 'acct', apps: 'wisepay', tenantId: DEMO_TENANT_ID });
    await connect(world, pool, 'wisepay');
    const names: string[] = [];
    for (const name of ['call:queued', 'call:started', 'call:finished', 'quota'] as const) {
      pool.on(name, () => names.push(name));
    }
    let quota: PoolEvents['quota'] | undefined;
    pool.on('quota', (q) => {
      quota = q;
    });
    await pool.role('wisepay').organisation.get();
    expect(names).toEqual(['call:queued', 'call:started', 'quota', 'call:finished']);
    expect(quota).toMatchObject({
      accountId: 'acct',
      role: 'wisepay',
      clientId: 'wisepay-client',
      tenantId: DEMO_TENANT_ID,
    });
    expect(quota?.remaining.minute).toBeTypeOf('number');
    const [m] = pool.metrics().connections;
    expect(m).toMatchObject({
      role: 'wisepay',
      tenantId: DEMO_TENANT_ID,
      health: 'connected',
      queued: 0,
      inFlight: 0,
    });
    expect(m?.calls).toEqual({ attempts: 1, succeeded: 1, failed: 0, retries: 0 });
    expect(m?.reported.minute).toBe(quota?.remaining.minute);
  });

  it('a retried write through the pool reaches Xero with one Idempotency-Key and creates one record', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const pool = world.host.pool({ accountId: 'acct', apps: 'wisepay' });
    await connect(world, pool, 'wisepay');
    const model = world.sim.control.organisation(DEMO_TENANT_ID);
    const contactId = model.contacts()[0]!.ContactID;
    world.sim.control.resetLog();
    world.sim.control.failNext({ count: 2, status: 502, pathPrefix: '/api.xro/2.0/Payments' });
    const invoice = model.invoices().find((i) => i.Status === 'AUTHORISED' && i.AmountDue > 2)!;
    const [paid] = await pool
      .forTraffic('user-action')
      .payments.create([{ Invoice: { InvoiceID: invoice.InvoiceID }, Account: { Code: '090' }, Amount: 2 }]);
    expect(paid?.ok).toBe(true);
    const puts = world.sim.control
      .requestLog()
      .filter((e) => e.method === 'PUT' && e.path.endsWith('/Payments'));
    expect(puts.map((p) => p.status)).toEqual([502, 502, 200]);
    expect(new Set(puts.map((p) => p.idempotencyKey)).size).toBe(1);
    expect(model.payments().filter((p) => p.PaymentID === paid?.value?.PaymentID)).toHaveLength(1);
    expect(contactId).toBeTruthy();
    const [m] = pool.metrics().connections;
    expect(m?.calls.retries).toBe(2);
  });

  it('close() releases everything: calls after close are refused, and no timer keeps the process alive', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    const pool = world.host.pool({ accountId: 'acct', apps: 'wisepay' });
    await connect(world, pool, 'wisepay');
    await Promise.all(Array.from({ length: 20 }, () => pool.role('company').organisation.get()));
    await world.host.close();
    await world.host.close();
    expect(() => world.host.pool({ accountId: 'x', apps: 'wisepay' })).toThrow(ClosedError);
    await expect(pool.role('wisepay').organisation.get()).rejects.toBeInstanceOf(ClosedError);
    // Let zero-delay timers of work that just ended run out, then nothing may be left pending.
    await new Promise((r) => setTimeout(r, 50));
    const handles = (process as unknown as { getActiveResourcesInfo(): string[] }).getActiveResourcesInfo();
    expect(handles.filter((h) => h === 'Timeout')).toHaveLength(0);
  });
});
