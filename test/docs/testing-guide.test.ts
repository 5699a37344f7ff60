/**
 * docs/guides/testing-with-the-simulator.md, run. Each `// #region` is a code block of the guide, which
 * must stay identical to it (scripts/check-docs-snippets.mjs compares them); code outside the regions
 * stands for the reader's own application.
 */
import type { PaymentInput } from '@wise-pay/xero-connections';

// #region setup
import { type ConnectionPool, MemoryTokenStore, XeroConnections } from '@wise-pay/xero-connections';
import { DEMO_TENANT_ID, simulatorHostOptions, startXeroSimulator } from '@wise-pay/xero-connections/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

const TIME_SCALE = 0.005; // a Xero minute lasts 300 ms; an access token 9 s

let sim: Awaited<ReturnType<typeof startXeroSimulator>>;
let host: XeroConnections;

beforeAll(async () => {
  sim = await startXeroSimulator({ timeScale: TIME_SCALE });
  // The seeded apps (named wisepay, company, service, starter), the simulator's URLs and its time scale:
  host = new XeroConnections({ ...simulatorHostOptions(sim), store: new MemoryTokenStore() });
  // …which is the same as spelling it out:
  // new XeroConnections({
  //   apps: { wisepay: { clientId: 'wisepay-client', clientSecret: 'wisepay-secret', redirectUri: 'http://127.0.0.1/callback' }, … },
  //   timeScale: TIME_SCALE, // the SDK and the simulator must agree on the clock
  //   xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
  // });
});

afterAll(async () => {
  await host.close();
  await sim.close();
});
// #endregion

// #region connect
it('connects through the real code flow', async () => {
  const pool = host.pool({ accountId: 'acct-1', apps: 'wisepay' });
  const { authorizationUrl } = await pool.beginConnect('wisepay');
  const callback = await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] });
  const result = await host.completeConnect(callback);
  expect(result).toMatchObject({ status: 'connected', organisation: 'Demo Company (AU)' });
});
// #endregion

// #region connected-pool
/** A new account whose wisepay role is connected to Demo Company, for the tests below. */
async function connectedPool(accountId: string): Promise<ConnectionPool> {
  const pool = host.pool({ accountId, apps: 'wisepay' });
  const { authorizationUrl } = await pool.beginConnect('wisepay');
  await host.completeConnect(await sim.control.approveConsent(authorizationUrl));
  return pool;
}
// #endregion

/** The reader's own job under test: pays three due invoices in one batch. */
async function runMyNightlySync(pool: ConnectionPool): Promise<void> {
  const due = await pool
    .role('wisepay')
    .invoices.list({ statuses: ['AUTHORISED'], where: 'Type=="ACCREC"', pageSize: 100 })
    .toArray();
  const payments: PaymentInput[] = due
    .filter((invoice) => (invoice.AmountDue ?? 0) > 0)
    .slice(0, 3)
    .map((invoice) => ({
      Invoice: { InvoiceID: invoice.InvoiceID as string },
      Account: { Code: '090' },
      Date: new Date(),
      Amount: invoice.AmountDue as number,
      Reference: 'nightly-run-42',
      ...(invoice.CurrencyRate === undefined ? {} : { CurrencyRate: invoice.CurrencyRate }),
    }));
  await pool.role('wisepay').payments.create(payments, { idempotencyKey: 'nightly-run-42' });
}

// #region assert
it('pays the nightly run without a 429, each write with an idempotency key', async () => {
  const pool = await connectedPool('acct-2');
  const before = sim.control.counters();
  await runMyNightlySync(pool);
  const after = sim.control.counters();
  expect(after.http429.minute - before.http429.minute).toBe(0);

  const org = sim.control.organisation(DEMO_TENANT_ID); // read access to the accounting model
  expect(org.payments().filter((p) => p.Reference === 'nightly-run-42')).toHaveLength(3);
  const log = sim.control.requestLog().filter((e) => e.endpoint === 'api' && e.method === 'PUT');
  expect(log.every((e) => e.idempotencyKey !== undefined)).toBe(true);
});
// #endregion

// #region health
it('shows the broken connection on the dashboard', async () => {
  const pool = await connectedPool('acct-3');
  const broken = new Promise((resolve) => pool.on('connection:broken', resolve));
  sim.control.revokeGrant({ clientId: 'wisepay-client', userId: 'user-1' });
  // The call that meets the revoked grant gets Xero's 403. Before throwing, the pool asks /connections,
  // finds the organisation gone and marks the connection broken (one connection:broken event).
  await expect(pool.role('wisepay').organisation.get()).rejects.toMatchObject({
    code: 'ERR_TENANT_NOT_AUTHORISED',
  });
  await expect(broken).resolves.toMatchObject({ role: 'wisepay', reason: 'revoked' });
  expect(pool.health('wisepay')).toBe('broken');
  // From then on calls fail at once, without reaching Xero, until the user reconnects.
  await expect(pool.role('wisepay').organisation.get()).rejects.toMatchObject({
    code: 'ERR_CONNECTION_BROKEN',
  });
  expect((await pool.validateToken('wisepay')).valid).toBe(false);
});

it('does not break connections during an outage', async () => {
  const pool = await connectedPool('acct-4');
  sim.control.outage({ api: true, durationMs: 60_000 });
  try {
    const result = await pool.validateToken('wisepay');
    expect(result.valid).toBe(null); // indeterminate: health untouched
    expect(pool.health('wisepay')).not.toBe('broken');
  } finally {
    sim.control.clearFaults();
  }
});
// #endregion
