/**
 * docs/simulator.md's "Use it from a host app's tests", run. The region is the doc's code block and must
 * stay identical to it (scripts/check-docs-snippets.mjs compares them).
 */
// #region host-app-test
import { type Invoice, MemoryTokenStore, XeroConnections } from '@wise-pay/xero-connections';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '@wise-pay/xero-connections/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

let sim: XeroSimulator;
beforeAll(async () => {
  sim = await startXeroSimulator({ timeScale: 0.005 });
});
afterAll(() => sim.close());

it('pays invoices without ever hitting a 429', async () => {
  const xero = new XeroConnections({
    apps: {
      wisepay: {
        clientId: 'wisepay-client', // a seeded app of the simulator
        clientSecret: 'wisepay-secret',
        redirectUri: 'http://127.0.0.1:3000/callback',
      },
    },
    xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
    timeScale: 0.005, // the same factor as the simulator
    store: new MemoryTokenStore(),
  });
  try {
    // Start the OAuth flow as your "connect to Xero" route does, then consent as the user would:
    const pool = xero.pool({ accountId: 'acct-1', apps: 'wisepay' });
    const { authorizationUrl } = await pool.beginConnect('wisepay');
    const callbackUrl = await sim.control.approveConsent(authorizationUrl, {
      userId: 'user-1',
      tenantIds: [DEMO_TENANT_ID],
    });
    await xero.completeConnect(callbackUrl); // what your callback route does

    // Pay five of the seeded sales invoices that are due.
    const due: Invoice[] = [];
    for await (const invoice of pool.role('wisepay').invoices.list({
      statuses: ['AUTHORISED'],
      where: 'Type=="ACCREC"',
    })) {
      if ((invoice.AmountDue ?? 0) > 0 && invoice.CurrencyCode === 'AUD') due.push(invoice);
      if (due.length === 5) break;
    }
    const results = await pool.role('wisepay').payments.create(
      due.map((invoice) => ({
        Invoice: { InvoiceID: invoice.InvoiceID as string },
        Account: { Code: '090' }, // the seeded bank account
        Date: new Date(),
        Amount: invoice.AmountDue as number,
        Reference: 'docs-run-1',
      })),
      { idempotencyKey: 'docs-run-1' },
    );

    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(sim.control.counters().http429).toEqual({ minute: 0, day: 0, concurrent: 0, appminute: 0 });
    const paid = sim.control.organisation(DEMO_TENANT_ID).payments();
    expect(paid.filter((p) => p.Reference === 'docs-run-1')).toHaveLength(5);
  } finally {
    await xero.close();
  }
});
// #endregion
