/**
 * The typed `api` call through a real pool (host, OAuth connect, role client) against the simulator over
 * HTTP: answers typed and matching the official schema, writes keyed and retried under one key, Xero's
 * own idempotency honoured for a repeated key, state changes seen in the simulator, typed errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XeroApiError, XeroValidationError } from '../../src/errors/api-errors.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import type { AccountingSchemas } from '../../src/xero/typed-api/accounting-types.js';
import { connect, type PoolWorld, startPoolWorld } from '../pool/support/pool-world.js';
import { expectMatchesSpec } from '../support/openapi-fidelity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('pool.role(role).api against the simulator', () => {
  let world: PoolWorld;
  let pool: ConnectionPool;

  beforeAll(async () => {
    world = await startPoolWorld({ timeScale: 0.01, sim: { limits: { perMinute: 1000, concurrent: 20 } } });
    pool = world.host.pool({ accountId: 'acct-typed-api', apps: 'wisepay' });
    await connect(world, pool, 'wisepay');
  });
  afterAll(async () => {
    await world?.close();
  });

  const org = () => world.sim.control.organisation(DEMO_TENANT_ID);
  const api = () => pool.role('wisepay').api;

  function draftInvoice(amount: number): AccountingSchemas['Invoice'] {
    return {
      Type: 'ACCREC',
      Contact: { ContactID: org().contacts()[0]!.ContactID },
      Date: '2025-01-10',
      DueDate: '2025-02-10',
      LineAmountTypes: 'NoTax',
      LineItems: [{ Description: 'typed api', Quantity: 1, UnitAmount: amount, AccountCode: '200' }],
      Status: 'AUTHORISED',
    };
  }

  it('GET /Invoices/{InvoiceID}: typed data, the schema matched, the call met by the role', async () => {
    const invoice = org().invoices()[0]!;
    const response = await api().get('/Invoices/{InvoiceID}', { path: { InvoiceID: invoice.InvoiceID } });
    expectMatchesSpec('GET', '/Invoices/{InvoiceID}', response.status, response.data);
    const [read] = response.data.Invoices ?? [];
    expect(read?.InvoiceID).toBe(invoice.InvoiceID);
    expect(read?.Total).toBe(invoice.Total);
    expect(response.meta).toMatchObject({ role: 'wisepay', tenantId: DEMO_TENANT_ID, method: 'GET' });
  });

  it('PUT /Invoices: one idempotency key per write, the same on the retry after a 503, one invoice made', async () => {
    const before = org().invoices().length;
    world.sim.control.resetLog();
    world.sim.control.failNext({ count: 1, status: 503, pathPrefix: '/api.xro/2.0/Invoices' });
    const response = await api().put('/Invoices', {
      body: { Invoices: [draftInvoice(120)] },
      query: { summarizeErrors: false },
    });
    expectMatchesSpec('PUT', '/Invoices', response.status, response.data);
    expect(response.meta.attempts).toBe(2);
    const puts = world.sim.control.requestLog().filter((e) => e.endpoint === 'api' && e.method === 'PUT');
    expect(puts.map((e) => e.status)).toEqual([503, 200]);
    expect(puts[0]!.idempotencyKey).toMatch(UUID);
    expect(puts[1]!.idempotencyKey).toBe(puts[0]!.idempotencyKey);
    expect(org().invoices()).toHaveLength(before + 1);
  });

  it('a repeated write with the same caller key is answered by Xero from its memory, not made twice', async () => {
    const before = org().invoices().length;
    const key = `typed-api-${Date.now()}`;
    const first = await api().put(
      '/Invoices',
      { body: { Invoices: [draftInvoice(30)] } },
      { idempotencyKey: key },
    );
    const again = await api().put(
      '/Invoices',
      { body: { Invoices: [draftInvoice(30)] } },
      { idempotencyKey: key },
    );
    expect(again.data.Invoices?.[0]?.InvoiceID).toBe(first.data.Invoices?.[0]?.InvoiceID);
    expect(org().invoices()).toHaveLength(before + 1);
  });

  it('PUT /Payments then POST /Payments/{PaymentID} Status DELETED: the invoice is paid, then owed again', async () => {
    const created = await api().put('/Invoices', { body: { Invoices: [draftInvoice(90)] } });
    const invoiceId = created.data.Invoices?.[0]?.InvoiceID ?? '';
    const bank = org()
      .accounts()
      .find((a) => a.Type === 'BANK')!;
    const paid = await api().put('/Payments', {
      body: {
        Payments: [
          {
            Invoice: { InvoiceID: invoiceId },
            Account: { AccountID: bank.AccountID },
            Amount: 90,
            Date: '2025-01-20',
          },
        ],
      },
    });
    expectMatchesSpec('PUT', '/Payments', paid.status, paid.data);
    expect(org().invoice(invoiceId)).toMatchObject({ Status: 'PAID', AmountDue: 0 });
    const paymentId = paid.data.Payments?.[0]?.PaymentID ?? '';
    const reversed = await api().post('/Payments/{PaymentID}', {
      path: { PaymentID: paymentId },
      // The spec's PaymentDelete: the status alone, not wrapped in Payments.
      body: { Status: 'DELETED' },
    });
    expectMatchesSpec('POST', '/Payments/{PaymentID}', reversed.status, reversed.data);
    expect(reversed.data.Payments?.[0]?.Status).toBe('DELETED');
    expect(org().invoice(invoiceId)).toMatchObject({ Status: 'AUTHORISED', AmountDue: 90, AmountPaid: 0 });
  });

  it('a rejected access token is refreshed once and the typed call goes on with the new one', async () => {
    const refreshed: unknown[] = [];
    const off = world.host.on('tokens:refreshed', (event) => refreshed.push(event));
    world.sim.control.expireAccessTokens();
    world.sim.control.resetLog();
    const response = await api().get('/TaxRates');
    off?.();
    expectMatchesSpec('GET', '/TaxRates', response.status, response.data);
    expect(refreshed).toHaveLength(1);
    const log = world.sim.control.requestLog();
    expect(log.filter((e) => e.endpoint === 'token' && e.grantType === 'refresh_token')).toHaveLength(1);
    expect(log.filter((e) => e.endpoint === 'api' && e.status === 200).map((e) => e.path)).toEqual([
      '/api/api.xro/2.0/TaxRates',
    ]);
  });

  it('typed errors: a ValidationException, and a 404 for a path the simulator does not serve', async () => {
    const refused = await api()
      .put('/Invoices', { body: { Invoices: [{ ...draftInvoice(10), Contact: {} }] } })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(XeroValidationError);
    const notServed = await api()
      .get('/Quotes')
      .catch((e: unknown) => e);
    expect(notServed).toBeInstanceOf(XeroApiError);
    expect(notServed).toMatchObject({
      status: 404,
      role: 'wisepay',
      method: 'GET',
      path: '/api.xro/2.0/Quotes',
    });
  });
});
