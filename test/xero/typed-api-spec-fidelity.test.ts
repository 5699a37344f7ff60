/**
 * The simulator's Accounting answers, over real HTTP, against Xero's official OpenAPI document: every body
 * the five original resources send must match the operation's response schema. The first block proves the
 * check bites, so a pass below means something.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { accountingSpec, expectMatchesSpec } from '../support/openapi-fidelity.js';
import { simulatorTokenSet } from '../support/simulator-token.js';
import { SIM_APPS } from './support/sim-tokens.js';

describe('expectMatchesSpec bites', () => {
  const invoice = {
    Type: 'ACCREC',
    InvoiceID: '0a1b2c3d-0000-4000-8000-000000000001',
    Status: 'AUTHORISED',
    Total: 10,
    LineItems: [],
  };

  it('accepts a body shaped as the spec says', () => {
    expectMatchesSpec('GET', '/Invoices/{InvoiceID}', 200, { Invoices: [invoice] });
  });

  it('names a wrong-typed field, an enum value Xero does not have and a malformed uuid', () => {
    const problems = accountingSpec().mismatches('get', '/Invoices/{InvoiceID}', 200, {
      Invoices: [{ ...invoice, Total: 'ten', Status: 'OPEN', InvoiceID: 'not-a-uuid' }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: '/Invoices/0/Total', message: 'must be number' },
        expect.objectContaining({
          path: '/Invoices/0/Status',
          message: expect.stringMatching(/allowed values/),
        }),
        expect.objectContaining({ path: '/Invoices/0/InvoiceID', message: 'must match format "uuid"' }),
      ]),
    );
    expect(() =>
      expectMatchesSpec('GET', '/Invoices/{InvoiceID}', 200, { Invoices: [{ ...invoice, Total: 'ten' }] }),
    ).toThrow(/Total/);
  });

  it('reads the error responses too: a ValidationException without its number fails', () => {
    expect(
      accountingSpec().mismatches('put', '/Invoices', 400, {
        ErrorNumber: 'ten',
        Type: 'ValidationException',
      }),
    ).toEqual([{ path: '/ErrorNumber', message: 'must be integer' }]);
  });

  it('unknownFields names members the spec does not define, which mismatches accepts (Xero objects are open)', () => {
    const body = {
      Invoices: [{ ...invoice, Madeup: 1, Contact: { ContactID: invoice.InvoiceID, Nickname: 'x' } }],
    };
    expect(accountingSpec().mismatches('get', '/Invoices/{InvoiceID}', 200, body)).toEqual([]);
    expect(accountingSpec().unknownFields('get', '/Invoices/{InvoiceID}', 200, body).sort()).toEqual([
      '/Invoices/0/Contact/Nickname',
      '/Invoices/0/Madeup',
    ]);
  });

  it('refuses an operation the spec does not have, instead of passing anything', () => {
    expect(() => expectMatchesSpec('DELETE', '/Invoices', 200, {})).toThrow(/no DELETE \/Invoices/);
    expect(() => expectMatchesSpec('GET', '/Nope', 200, {})).toThrow(/no path \/Nope/);
  });
});

describe('simulator bodies of Invoices, Contacts, Payments, Accounts and Organisation match the spec', () => {
  let sim: XeroSimulator;
  let accessToken: string;

  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: 0.01, limits: { perMinute: 1000, concurrent: 20 } });
    accessToken = String((await simulatorTokenSet(sim, SIM_APPS.wisepay)).access_token);
  });
  afterAll(async () => {
    await sim?.close();
  });

  async function call(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> {
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
    return { status: response.status, body: await response.json() };
  }

  /** Calls the simulator and checks the answer against the spec's operation for `template`. */
  async function checked(
    method: 'GET' | 'PUT' | 'POST',
    template: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> {
    const answer = await call(method, path, body);
    expectMatchesSpec(method, template, answer.status, answer.body);
    return answer;
  }

  const org = () => sim.control.organisation(DEMO_TENANT_ID);

  it('adds no member the spec lacks, beyond the envelope and the DateString twins real Xero sends', async () => {
    // Xero's answers carry Id/Status/ProviderName/DateTimeUTC and, beside each /Date()/ date, an ISO
    // `…DateString`; the spec omits them. Anything else would be a field the simulator made up.
    const xeroExtras = /^\/(Id|Status|ProviderName|DateTimeUTC)$|\/[A-Za-z]*DateString$/;
    const invented: string[] = [];
    for (const path of ['/Invoices', '/Contacts', '/Payments', '/Accounts', '/Organisation']) {
      const answer = await call('GET', path);
      for (const field of accountingSpec().unknownFields('get', path, answer.status, answer.body))
        if (!xeroExtras.test(field)) invented.push(`${path}: ${field}`);
    }
    expect(invented).toEqual([]);
  });

  it('every collection the simulator serves, listed and read by id, matches the spec and invents no member', async () => {
    // Collection → the id member and the spec's item path.
    const collections: Array<[string, string, string | undefined]> = [
      ['Invoices', 'InvoiceID', '/Invoices/{InvoiceID}'],
      ['Contacts', 'ContactID', '/Contacts/{ContactID}'],
      ['Payments', 'PaymentID', '/Payments/{PaymentID}'],
      ['Accounts', 'AccountID', '/Accounts/{AccountID}'],
      ['TaxRates', 'TaxType', '/TaxRates/{TaxType}'],
      ['Currencies', 'Code', undefined],
      ['TrackingCategories', 'TrackingCategoryID', '/TrackingCategories/{TrackingCategoryID}'],
      ['Items', 'ItemID', '/Items/{ItemID}'],
      ['BankTransactions', 'BankTransactionID', '/BankTransactions/{BankTransactionID}'],
      ['BatchPayments', 'BatchPaymentID', '/BatchPayments/{BatchPaymentID}'],
      ['CreditNotes', 'CreditNoteID', '/CreditNotes/{CreditNoteID}'],
      ['Overpayments', 'OverpaymentID', '/Overpayments/{OverpaymentID}'],
      ['Prepayments', 'PrepaymentID', '/Prepayments/{PrepaymentID}'],
    ];
    const xeroExtras = /^\/(Id|Status|ProviderName|DateTimeUTC)$|\/[A-Za-z]*DateString$/;
    const invented: string[] = [];
    const note = (template: string, answer: { status: number; body: unknown }) => {
      for (const field of accountingSpec().unknownFields('get', template, answer.status, answer.body))
        if (!xeroExtras.test(field)) invented.push(`${template}: ${field}`);
    };
    for (const [collection, idField, itemPath] of collections) {
      const list = await checked('GET', `/${collection}`, `/${collection}`);
      expect(list.status, collection).toBe(200);
      note(`/${collection}`, list);
      const first = ((list.body as Record<string, unknown>)[collection] as Array<Record<string, unknown>>)[0];
      if (itemPath === undefined || first === undefined) continue;
      const one = await checked(
        'GET',
        itemPath,
        `/${collection}/${encodeURIComponent(String(first[idField]))}`,
      );
      expect(one.status, itemPath).toBe(200);
      note(itemPath, one);
    }
    expect(invented).toEqual([]);
  });

  it('Organisation', async () => {
    const { status } = await checked('GET', '/Organisation', '/Organisation');
    expect(status).toBe(200);
  });

  it('Accounts: list and one', async () => {
    expect((await checked('GET', '/Accounts', '/Accounts')).status).toBe(200);
    const account = org().accounts()[0]!;
    expect((await checked('GET', '/Accounts/{AccountID}', `/Accounts/${account.AccountID}`)).status).toBe(
      200,
    );
  });

  it('Contacts: list, one, create, update and a refused element', async () => {
    expect((await checked('GET', '/Contacts', '/Contacts?page=1')).status).toBe(200);
    const contact = org().contacts()[0]!;
    expect((await checked('GET', '/Contacts/{ContactID}', `/Contacts/${contact.ContactID}`)).status).toBe(
      200,
    );
    const created = await checked('PUT', '/Contacts', '/Contacts?summarizeErrors=false', {
      Contacts: [{ Name: `Spec fidelity ${Date.now()}` }, { Name: '' }],
    });
    expect(created.status).toBe(200);
    expect(
      (
        await checked('POST', '/Contacts/{ContactID}', `/Contacts/${contact.ContactID}`, {
          Contacts: [{ ContactID: contact.ContactID, EmailAddress: 'ap@example.com' }],
        })
      ).status,
    ).toBe(200);
    const refused = await checked('PUT', '/Contacts', '/Contacts', { Contacts: [{ Name: '' }] });
    expect(refused.status).toBe(400);
  });

  it('Invoices: list, one, create, update, a refused batch and a validation error', async () => {
    expect((await checked('GET', '/Invoices', '/Invoices?page=1')).status).toBe(200);
    const invoice = org().invoices()[0]!;
    expect((await checked('GET', '/Invoices/{InvoiceID}', `/Invoices/${invoice.InvoiceID}`)).status).toBe(
      200,
    );
    const contact = org().contacts()[0]!;
    const draft = {
      Type: 'ACCREC',
      Contact: { ContactID: contact.ContactID },
      Date: '2025-01-10',
      DueDate: '2025-02-10',
      LineItems: [{ Description: 'Spec fidelity', Quantity: 1, UnitAmount: 100, AccountCode: '200' }],
      Status: 'AUTHORISED',
    };
    // Refused for a reason Xero states (no contact); an invalid enum would be echoed back as sent.
    const { Contact: _omitted, ...noContact } = draft;
    const created = await checked('PUT', '/Invoices', '/Invoices?summarizeErrors=false', {
      Invoices: [draft, noContact],
    });
    expect(created.status).toBe(200);
    const createdId = (created.body as { Invoices: Array<{ InvoiceID: string }> }).Invoices[0]!.InvoiceID;
    expect(
      (
        await checked('POST', '/Invoices/{InvoiceID}', `/Invoices/${createdId}`, {
          Invoices: [{ InvoiceID: createdId, Reference: 'fidelity' }],
        })
      ).status,
    ).toBe(200);
    expect((await checked('POST', '/Invoices', '/Invoices', { Invoices: [{ ...draft }] })).status).toBe(200);
    expect((await checked('PUT', '/Invoices', '/Invoices', { Invoices: [noContact] })).status).toBe(400);
  });

  it('Payments: list, one, create, delete (reversal) and a refused payment', async () => {
    expect((await checked('GET', '/Payments', '/Payments')).status).toBe(200);
    const payment = org().payments()[0];
    if (payment)
      expect((await checked('GET', '/Payments/{PaymentID}', `/Payments/${payment.PaymentID}`)).status).toBe(
        200,
      );
    const open = org()
      .invoices()
      .find((i) => i.Status === 'AUTHORISED' && i.Type === 'ACCREC' && i.AmountDue > 1)!;
    const bank = org()
      .accounts()
      .find((a) => a.Type === 'BANK')!;
    const made = await checked('PUT', '/Payments', '/Payments?summarizeErrors=false', {
      Payments: [
        {
          Invoice: { InvoiceID: open.InvoiceID },
          Account: { AccountID: bank.AccountID },
          Amount: 1,
          Date: '2025-01-20',
        },
      ],
    });
    expect(made.status).toBe(200);
    const paymentId = (made.body as { Payments: Array<{ PaymentID: string }> }).Payments[0]!.PaymentID;
    expect(
      (
        await checked('POST', '/Payments/{PaymentID}', `/Payments/${paymentId}`, {
          Status: 'DELETED',
        })
      ).status,
    ).toBe(200);
    const refused = await checked('PUT', '/Payments', '/Payments', {
      Payments: [
        { Invoice: { InvoiceID: open.InvoiceID }, Account: { AccountID: bank.AccountID }, Amount: -5 },
      ],
    });
    expect(refused.status).toBe(400);
  });
});
