import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { DEFAULT_SEED } from '../../src/testing/seed.js';
import { api, connect } from './helpers.js';

/** The simulator keeps up (issue 12 #5), over real HTTP: 10,000 invoices, 50-payment batches. */

let sim: XeroSimulator;
let token: string;

beforeAll(async () => {
  sim = await startXeroSimulator({
    organisations: DEFAULT_SEED.organisations.map((o) =>
      o.tenantId === DEMO_TENANT_ID ? { ...o, invoiceCount: 10_000 } : o,
    ),
  });
  token = (await connect(sim)).access_token;
});
afterAll(async () => {
  await (sim as XeroSimulator | undefined)?.close();
});

interface Invoice {
  InvoiceID: string;
  Status: string;
  Total: number;
  AmountDue: number;
  AmountPaid: number;
}

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

function putPayments(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return api(sim, token, '/api.xro/2.0/Payments?summarizeErrors=false', DEMO_TENANT_ID, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function invoicesById(ids: string[]): Promise<Map<string, Invoice>> {
  const res = await api(sim, token, `/api.xro/2.0/Invoices?IDs=${ids.join(',')}`, DEMO_TENANT_ID);
  expect(res.status).toBe(200);
  const { Invoices } = await json<{ Invoices: Invoice[] }>(res);
  return new Map(Invoices.map((invoice) => [invoice.InvoiceID, invoice]));
}

describe('simulator volume over HTTP', () => {
  it('serves an organisation of 10,000 invoices in 10 pages of 1000, every invoice once', async () => {
    const seen = new Set<string>();
    let calls = 0;
    for (let page = 1; ; page++) {
      const res = await api(sim, token, `/api.xro/2.0/Invoices?page=${page}&pageSize=1000`, DEMO_TENANT_ID);
      calls++;
      expect(res.status).toBe(200);
      const body = await json<{ Invoices: Invoice[]; pagination: { pageCount: number; itemCount: number } }>(
        res,
      );
      expect(body.pagination.itemCount).toBe(10_000);
      for (const invoice of body.Invoices) seen.add(invoice.InvoiceID);
      if (page >= body.pagination.pageCount) break;
    }
    expect([seen.size, calls]).toEqual([10_000, 10]);
  });

  it('applies a 50-payment batch element by element: each invoice paid once, failures named and harmless', async () => {
    const model = sim.control.organisation(DEMO_TENANT_ID);
    const open: Invoice[] = model
      .invoices()
      .filter((i) => i.Status === 'AUTHORISED' && i.AmountPaid === 0 && i.Total > 2);
    expect(open.length).toBeGreaterThan(60);
    const full = open.slice(0, 45);
    const [partial, overpaid, twice] = open.slice(45, 48) as [Invoice, Invoice, Invoice];
    const draft = model.invoices().find((i) => i.Status === 'DRAFT') as Invoice;
    const pay = (invoice: Invoice, amount: number) => ({
      Invoice: { InvoiceID: invoice.InvoiceID },
      Account: { Code: '090' },
      Amount: amount,
    });
    const batch = [
      ...full.slice(0, 20).map((invoice) => pay(invoice, invoice.AmountDue)),
      pay(twice, 1), // 20
      ...full.slice(20).map((invoice) => pay(invoice, invoice.AmountDue)), // 21…45
      pay(partial, 1), // 46
      pay(overpaid, overpaid.AmountDue + 5), // 47: more than is due
      pay(draft, 1), // 48: not AUTHORISED
      // 49: applied in order, so it sees element 20's payment and asks for more than is now due.
      pay(twice, twice.AmountDue),
    ];
    expect(batch).toHaveLength(50);

    const res = await putPayments({ Payments: batch }, { 'Idempotency-Key': 'batch-50-once' });
    expect(res.status).toBe(200);
    const { Payments } = await json<{
      Payments: Array<{ StatusAttributeString: string; ValidationErrors?: Array<{ Message: string }> }>;
    }>(res);
    expect(Payments).toHaveLength(50);
    const failed = Payments.flatMap((p, i) => (p.StatusAttributeString === 'ERROR' ? [i] : []));
    expect(failed).toEqual([47, 48, 49]);
    expect(Payments.filter((p) => p.StatusAttributeString === 'OK')).toHaveLength(47);
    expect(Payments[47]?.ValidationErrors?.[0]?.Message).toMatch(/exceeds the amount outstanding/);
    expect(Payments[48]?.ValidationErrors?.[0]?.Message).toMatch(/Authorised documents/);
    expect(Payments[49]?.ValidationErrors?.[0]?.Message).toMatch(/exceeds the amount outstanding/);

    const after = await invoicesById([...full, partial, overpaid, twice, draft].map((i) => i.InvoiceID));
    for (const invoice of full) {
      expect(after.get(invoice.InvoiceID)).toMatchObject({
        Status: 'PAID',
        AmountDue: 0,
        AmountPaid: invoice.Total,
      });
    }
    expect(after.get(partial.InvoiceID)).toMatchObject({ Status: 'AUTHORISED', AmountPaid: 1 });
    expect(after.get(partial.InvoiceID)?.AmountDue).toBeCloseTo(partial.AmountDue - 1, 2);
    expect(after.get(overpaid.InvoiceID)).toMatchObject({ Status: 'AUTHORISED', AmountPaid: 0 });
    expect(after.get(draft.InvoiceID)).toMatchObject({ Status: 'DRAFT', AmountPaid: 0 });
    expect(after.get(twice.InvoiceID)).toMatchObject({ Status: 'AUTHORISED', AmountPaid: 1 });

    // The same request again with its Idempotency-Key (a retry after a lost response): nothing paid twice.
    const paymentsBefore = model.payments().length;
    const replay = await putPayments({ Payments: batch }, { 'Idempotency-Key': 'batch-50-once' });
    expect(replay.status).toBe(200);
    expect(model.payments().length).toBe(paymentsBefore);
    const again = await invoicesById(full.map((i) => i.InvoiceID));
    for (const invoice of full) expect(again.get(invoice.InvoiceID)?.AmountPaid).toBe(invoice.Total);
  });
});
