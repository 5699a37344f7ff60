/**
 * The simulator's settings, bank transactions, online invoice links and invoice history over real HTTP:
 * what each answers, the state it keeps, Xero's ValidationException on bad input, and every body checked
 * against Xero's official OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { expectMatchesSpec } from '../support/openapi-fidelity.js';
import { obtainScopedTokens } from '../xero/support/scoped-tokens.js';
import { SIM_APPS } from '../xero/support/sim-tokens.js';

interface Answer {
  status: number;
  body: Record<string, unknown>;
  text: string;
}

describe('simulator: settings, bank transactions, online invoices and history', () => {
  let sim: XeroSimulator;
  let accessToken: string;

  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: 0.01, limits: { perMinute: 1000, concurrent: 20 } });
    accessToken = (await obtainScopedTokens(sim, SIM_APPS.wisepay)).accessToken;
  });
  afterAll(async () => {
    await sim?.close();
  });

  async function call(method: string, path: string, body?: unknown): Promise<Answer> {
    const response = await fetch(`${sim.apiUrl}/api.xro/2.0${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        'xero-tenant-id': DEMO_TENANT_ID,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // Xero's 404 is plain text.
    }
    return { status: response.status, body: parsed, text };
  }

  /** Calls the simulator and checks a JSON answer against the spec's operation for `template`. */
  async function checked(
    method: 'GET' | 'PUT' | 'POST',
    template: string,
    path: string,
    body?: unknown,
  ): Promise<Answer> {
    const answer = await call(method, path, body);
    expectMatchesSpec(method, template, answer.status, answer.body);
    return answer;
  }

  const org = () => sim.control.organisation(DEMO_TENANT_ID);
  const bank = () =>
    org()
      .accounts()
      .find((a) => a.Type === 'BANK' && a.Status === 'ACTIVE')!;

  it('TaxRates: the list, one by TaxType, a where, and a 404 for an unknown type', async () => {
    const { status, body } = await checked('GET', '/TaxRates', '/TaxRates');
    expect(status).toBe(200);
    const rates = body.TaxRates as Array<{ TaxType: string; EffectiveRate: number }>;
    expect(rates.map((r) => r.TaxType)).toEqual(expect.arrayContaining(['OUTPUT', 'INPUT', 'NONE']));
    // The demo organisation is Australian: GST at 10 %, as its invoices are taxed.
    expect(rates.find((r) => r.TaxType === 'OUTPUT')?.EffectiveRate).toBe(10);
    const one = await checked('GET', '/TaxRates/{TaxType}', '/TaxRates/INPUT', undefined);
    expect((one.body.TaxRates as Array<{ TaxType: string }>).map((r) => r.TaxType)).toEqual(['INPUT']);
    const where = await checked(
      'GET',
      '/TaxRates',
      `/TaxRates?where=${encodeURIComponent('EffectiveRate>0')}`,
    );
    expect((where.body.TaxRates as unknown[]).length).toBe(2);
    expect((await call('GET', '/TaxRates/NOSUCHTYPE')).status).toBe(404);
  });

  it('Currencies: the base currency first, a where by Code', async () => {
    const { body } = await checked('GET', '/Currencies', '/Currencies');
    const codes = (body.Currencies as Array<{ Code: string }>).map((c) => c.Code);
    expect(codes[0]).toBe(org().organisation().BaseCurrency);
    expect(codes).toContain('EUR');
    const eur = await checked('GET', '/Currencies', `/Currencies?where=${encodeURIComponent('Code=="EUR"')}`);
    expect(eur.body.Currencies).toEqual([{ Code: 'EUR', Description: 'Euro' }]);
  });

  it('TrackingCategories: archived ones and options only with includeArchived; one by id', async () => {
    const active = await checked('GET', '/TrackingCategories', '/TrackingCategories');
    type Category = { TrackingCategoryID: string; Name: string; Options: Array<{ Name: string }> };
    const categories = active.body.TrackingCategories as Category[];
    expect(categories.map((c) => c.Name)).toEqual(['Region', 'Department']);
    expect(categories[0]!.Options.map((o) => o.Name)).toEqual(['North', 'South']);
    const all = await checked('GET', '/TrackingCategories', '/TrackingCategories?includeArchived=true');
    const withArchived = all.body.TrackingCategories as Category[];
    expect(withArchived.map((c) => c.Name)).toEqual(['Region', 'Department', 'Legacy projects']);
    expect(withArchived[0]!.Options.map((o) => o.Name)).toEqual(['North', 'South', 'West']);
    const one = await checked(
      'GET',
      '/TrackingCategories/{TrackingCategoryID}',
      `/TrackingCategories/${categories[1]!.TrackingCategoryID}`,
    );
    expect((one.body.TrackingCategories as Category[])[0]!.Name).toBe('Department');
  });

  it('Items: the list, one by id and by Code, a where, and a 404', async () => {
    const { body } = await checked('GET', '/Items', '/Items');
    const items = body.Items as Array<{ ItemID: string; Code: string; IsSold: boolean }>;
    expect(items.map((i) => i.Code)).toEqual(['CONSULT-HR', 'WIDGET', 'ADS']);
    const byId = await checked('GET', '/Items/{ItemID}', `/Items/${items[1]!.ItemID}`);
    expect((byId.body.Items as Array<{ Code: string }>)[0]!.Code).toBe('WIDGET');
    const byCode = await checked('GET', '/Items/{ItemID}', '/Items/ADS');
    expect((byCode.body.Items as Array<{ ItemID: string }>)[0]!.ItemID).toBe(items[2]!.ItemID);
    const sold = await checked('GET', '/Items', `/Items?where=${encodeURIComponent('IsSold==true')}`);
    expect((sold.body.Items as unknown[]).length).toBe(2);
    expect((await call('GET', '/Items/00000000-0000-4000-8000-000000000001')).status).toBe(404);
  });

  it('BankTransactions: create computes totals, per-element errors with summarizeErrors=false, get and list', async () => {
    const contact = org().contacts()[0]!;
    const created = await checked('PUT', '/BankTransactions', '/BankTransactions?summarizeErrors=false', {
      BankTransactions: [
        {
          Type: 'SPEND',
          Contact: { ContactID: contact.ContactID },
          BankAccount: { Code: bank().Code },
          Date: '2025-01-10',
          Reference: 'Office chairs',
          LineItems: [{ Description: 'Chairs', Quantity: 2, UnitAmount: 100, AccountCode: '429' }],
        },
        {
          Type: 'SPEND',
          Contact: { ContactID: contact.ContactID },
          BankAccount: { Code: '200' },
          LineItems: [],
        },
      ],
    });
    expect(created.status).toBe(200);
    type Tx = {
      BankTransactionID: string;
      StatusAttributeString: string;
      SubTotal: number;
      TotalTax: number;
      Total: number;
      ValidationErrors?: Array<{ Message: string }>;
    };
    const [good, bad] = created.body.BankTransactions as Tx[];
    expect(good).toMatchObject({ StatusAttributeString: 'OK', SubTotal: 200, TotalTax: 20, Total: 220 });
    expect(bad!.StatusAttributeString).toBe('ERROR');
    expect(bad!.ValidationErrors!.map((e) => e.Message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('is not a bank account'),
        'At least one LineItem must be specified',
      ]),
    );

    const one = await checked(
      'GET',
      '/BankTransactions/{BankTransactionID}',
      `/BankTransactions/${good!.BankTransactionID}`,
    );
    expect((one.body.BankTransactions as Tx[])[0]!.Total).toBe(220);
    const listed = await checked(
      'GET',
      '/BankTransactions',
      `/BankTransactions?page=1&where=${encodeURIComponent('Type=="SPEND"')}`,
    );
    expect((listed.body.BankTransactions as Tx[]).map((t) => t.BankTransactionID)).toContain(
      good!.BankTransactionID,
    );
    expect(listed.body.pagination).toMatchObject({ page: 1 });
  });

  it('BankTransactions: without summarizeErrors one bad element is a 400 ValidationException', async () => {
    const answer = await checked('PUT', '/BankTransactions', '/BankTransactions', {
      BankTransactions: [{ Type: 'TRANSFER', LineItems: [] }],
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ ErrorNumber: 10, Type: 'ValidationException' });
    const element = (answer.body.Elements as Array<{ ValidationErrors: Array<{ Message: string }> }>)[0]!;
    expect(element.ValidationErrors.map((e) => e.Message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Type 'TRANSFER'"),
        'A Contact must be specified for this type of transaction',
        expect.stringContaining('BankAccount'),
      ]),
    );
  });

  it('BankTransactions: an update changes totals, notes go on its history, DELETED deletes, a deleted one is not edited again', async () => {
    const contact = org().contacts()[1]!;
    const created = await call('PUT', '/BankTransactions?summarizeErrors=false', {
      BankTransactions: [
        {
          Type: 'RECEIVE',
          Contact: { Name: contact.Name },
          BankAccount: { AccountID: bank().AccountID },
          LineAmountTypes: 'Inclusive',
          LineItems: [{ Description: 'Refund', UnitAmount: 110, AccountCode: '200' }],
        },
      ],
    });
    const tx = (
      created.body.BankTransactions as Array<{ BankTransactionID: string; Total: number; TotalTax: number }>
    )[0]!;
    expect(tx).toMatchObject({ Total: 110, TotalTax: 10 });
    const updated = await checked(
      'POST',
      '/BankTransactions/{BankTransactionID}',
      `/BankTransactions/${tx.BankTransactionID}?summarizeErrors=false`,
      { BankTransactions: [{ LineAmountTypes: 'Exclusive' }] },
    );
    expect((updated.body.BankTransactions as Array<{ Total: number }>)[0]!.Total).toBe(121);
    const notePath = `/BankTransactions/${tx.BankTransactionID}/History`;
    await checked('PUT', '/BankTransactions/{BankTransactionID}/History', notePath, {
      HistoryRecords: [{ Details: 'Matched to the Wise-Pay refund' }],
    });
    const notes = await checked('GET', '/BankTransactions/{BankTransactionID}/History', notePath);
    expect((notes.body.HistoryRecords as Array<{ Details: string }>).map((r) => r.Details)).toEqual([
      'Matched to the Wise-Pay refund',
    ]);
    const deleted = await checked('POST', '/BankTransactions', '/BankTransactions?summarizeErrors=false', {
      BankTransactions: [{ BankTransactionID: tx.BankTransactionID, Status: 'DELETED' }],
    });
    expect((deleted.body.BankTransactions as Array<{ Status: string }>)[0]!.Status).toBe('DELETED');
    const again = await call('POST', '/BankTransactions?summarizeErrors=false', {
      BankTransactions: [{ BankTransactionID: tx.BankTransactionID, Reference: 'x' }],
    });
    const element = (
      again.body.BankTransactions as Array<{
        StatusAttributeString: string;
        ValidationErrors: Array<{ Message: string }>;
      }>
    )[0]!;
    expect(element.StatusAttributeString).toBe('ERROR');
    expect(element.ValidationErrors[0]!.Message).toMatch(/deleted/);
  });

  it('OnlineInvoice: a link for an approved sales invoice; a ValidationException for a bill or a draft', async () => {
    const invoices = org().invoices();
    const sale = invoices.find((i) => i.Type === 'ACCREC' && i.Status === 'AUTHORISED')!;
    const link = await checked(
      'GET',
      '/Invoices/{InvoiceID}/OnlineInvoice',
      `/Invoices/${sale.InvoiceID}/OnlineInvoice`,
    );
    expect(link.status).toBe(200);
    const url = (link.body.OnlineInvoices as Array<{ OnlineInvoiceUrl: string }>)[0]!.OnlineInvoiceUrl;
    expect(url).toMatch(/^https:\/\/in\.xero\.com\/[0-9a-f]{32}$/);
    const bill = invoices.find((i) => i.Type === 'ACCPAY')!;
    const refused = await call('GET', `/Invoices/${bill.InvoiceID}/OnlineInvoice`);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ ErrorNumber: 10, Type: 'ValidationException' });
    expect(refused.body.Message).toMatch(/ACCREC/);
    const draft = invoices.find((i) => i.Type === 'ACCREC' && i.Status === 'DRAFT')!;
    expect((await call('GET', `/Invoices/${draft.InvoiceID}/OnlineInvoice`)).status).toBe(400);
    expect((await call('GET', '/Invoices/00000000-0000-4000-8000-000000000002/OnlineInvoice')).status).toBe(
      404,
    );
  });

  it('History: notes added are listed newest first, credited to the app; an empty note is refused', async () => {
    const invoice = org().invoices()[0]!;
    const path = `/Invoices/${invoice.InvoiceID}/History`;
    const empty = await checked('GET', '/Invoices/{InvoiceID}/History', path);
    expect(empty.body.HistoryRecords).toEqual([]);
    const added = await checked('PUT', '/Invoices/{InvoiceID}/History', path, {
      HistoryRecords: [{ Details: 'Paid by Wise-Pay batch 7' }, { Details: 'Remittance emailed' }],
    });
    expect((added.body.HistoryRecords as Array<{ Details: string }>).map((r) => r.Details)).toEqual([
      'Paid by Wise-Pay batch 7',
      'Remittance emailed',
    ]);
    const listed = await checked('GET', '/Invoices/{InvoiceID}/History', path);
    const records = listed.body.HistoryRecords as Array<{ Details: string; Changes: string; User: string }>;
    expect(records.map((r) => r.Details)).toEqual(['Remittance emailed', 'Paid by Wise-Pay batch 7']);
    expect(records[0]).toMatchObject({ Changes: 'Note' });
    expect(records[0]!.User).not.toBe('');

    const refused = await checked('PUT', '/Invoices/{InvoiceID}/History', path, {
      HistoryRecords: [{ Details: 'kept?' }, { Details: '  ' }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ ErrorNumber: 10, Type: 'ValidationException' });
    // Nothing of a refused call is kept.
    const after = await call('GET', path);
    expect((after.body.HistoryRecords as unknown[]).length).toBe(2);
  });
});
