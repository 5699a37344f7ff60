/**
 * The simulator's payments work over real HTTP: batch payments, payment reversal, credit notes,
 * overpayments and prepayments, the state they move on invoices (AmountDue, AmountPaid, AmountCredited,
 * Status), Xero's ValidationException per element, and every body checked against Xero's official OpenAPI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { expectMatchesSpec } from '../support/openapi-fidelity.js';
import { obtainScopedTokens } from '../xero/support/scoped-tokens.js';
import { SIM_APPS } from '../xero/support/sim-tokens.js';

type Json = Record<string, unknown>;
interface Answer {
  status: number;
  body: Json;
  text: string;
}

describe('simulator: batch payments, reversals, credit notes, overpayments and prepayments', () => {
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
    let parsed: Json = {};
    try {
      parsed = JSON.parse(text) as Json;
    } catch {
      // Xero's 404 is plain text.
    }
    return { status: response.status, body: parsed, text };
  }

  /** Calls the simulator and checks the JSON answer against the spec's operation for `template`. */
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

  const model = () => sim.control.organisation(DEMO_TENANT_ID);
  const invoice = (id: string) => {
    const found = model().invoice(id);
    if (found === undefined) throw new Error(`no invoice ${id}`);
    return found;
  };
  const bankAccountId = () => {
    const bank = model()
      .accounts()
      .find((a) => a.Type === 'BANK' && a.Status === 'ACTIVE');
    if (bank === undefined) throw new Error('no bank account');
    return bank.AccountID;
  };
  /** A fresh AUTHORISED invoice of `type` for `contactId`, totalling `amount` (no tax). */
  async function freshInvoice(type: 'ACCREC' | 'ACCPAY', contactId: string, amount: number): Promise<string> {
    const created = await checked('PUT', '/Invoices', '/Invoices?summarizeErrors=false', {
      Invoices: [
        {
          Type: type,
          Status: 'AUTHORISED',
          Contact: { ContactID: contactId },
          LineAmountTypes: 'NoTax',
          LineItems: [
            {
              Description: 'Work',
              Quantity: 1,
              UnitAmount: amount,
              AccountCode: type === 'ACCREC' ? '200' : '400',
            },
          ],
        },
      ],
    });
    const element = (created.body.Invoices as Json[])[0] as Json;
    expect(element.StatusAttributeString, JSON.stringify(element.ValidationErrors)).toBe('OK');
    return element.InvoiceID as string;
  }
  const customerId = () => {
    const contact = model()
      .contacts()
      .find((c) => c.IsCustomer && c.ContactStatus === 'ACTIVE');
    if (contact === undefined) throw new Error('no customer');
    return contact.ContactID;
  };

  it('a batch payment pays each invoice, shows in /Payments, and deleting it makes them owed again', async () => {
    const contact = customerId();
    const a = await freshInvoice('ACCREC', contact, 100);
    const b = await freshInvoice('ACCREC', contact, 40);
    const created = await checked('PUT', '/BatchPayments', '/BatchPayments?summarizeErrors=false', {
      BatchPayments: [
        {
          Account: { AccountID: bankAccountId() },
          Date: '2026-01-09',
          Reference: 'Run 42',
          Payments: [
            { Invoice: { InvoiceID: a }, Amount: 60 },
            { Invoice: { InvoiceID: b }, Amount: 40 },
          ],
        },
      ],
    });
    expect(created.status).toBe(200);
    const batch = (created.body.BatchPayments as Json[])[0] as Json;
    expect(batch).toMatchObject({
      StatusAttributeString: 'OK',
      Type: 'RECBATCH',
      Status: 'AUTHORISED',
      TotalAmount: 100,
    });
    expect(batch.Payments as Json[]).toHaveLength(2);
    expect(invoice(a)).toMatchObject({ AmountDue: 40, AmountPaid: 60, Status: 'AUTHORISED' });
    expect(invoice(b)).toMatchObject({ AmountDue: 0, AmountPaid: 40, Status: 'PAID' });
    expect(invoice(b).FullyPaidOnDate).toBeDefined();

    const id = batch.BatchPaymentID as string;
    const got = await checked('GET', '/BatchPayments/{BatchPaymentID}', `/BatchPayments/${id}`);
    expect(((got.body.BatchPayments as Json[])[0] as Json).BatchPaymentID).toBe(id);
    const listed = await checked(
      'GET',
      '/BatchPayments',
      `/BatchPayments?where=${encodeURIComponent('Status=="AUTHORISED"')}`,
    );
    expect((listed.body.BatchPayments as Json[]).map((x) => x.BatchPaymentID)).toContain(id);
    const paymentId = ((batch.Payments as Json[])[0] as Json).PaymentID as string;
    const payment = await checked('GET', '/Payments/{PaymentID}', `/Payments/${paymentId}`);
    expect((payment.body.Payments as Json[])[0]).toMatchObject({ BatchPaymentID: id });

    // One payment of a batch is not reversed alone.
    const alone = await call('POST', `/Payments/${paymentId}`, { Status: 'DELETED' });
    expect(alone.status).toBe(400);
    expectMatchesSpec('POST', '/Payments/{PaymentID}', 400, alone.body);
    expect(alone.text).toContain('batch payment');
    expect(invoice(a).AmountDue).toBe(40);

    const deleted = await checked('POST', '/BatchPayments/{BatchPaymentID}', `/BatchPayments/${id}`, {
      Status: 'DELETED',
    });
    expect((deleted.body.BatchPayments as Json[])[0]).toMatchObject({ Status: 'DELETED' });
    expect(invoice(a)).toMatchObject({ AmountDue: 100, AmountPaid: 0, Status: 'AUTHORISED' });
    expect(invoice(b)).toMatchObject({ AmountDue: 40, AmountPaid: 0, Status: 'AUTHORISED' });
    expect(invoice(b).FullyPaidOnDate).toBeUndefined();
    // Deleting again, through the collection form Xero also has: refused, nothing changes.
    const again = await call('POST', '/BatchPayments', { BatchPaymentID: id, Status: 'DELETED' });
    expect(again.status).toBe(400);
    expectMatchesSpec('POST', '/BatchPayments', 400, again.body);
    expect(again.text).toContain('already been deleted');
  });

  it('a batch payment with a bad line is refused whole, per element, and pays nothing', async () => {
    const contact = customerId();
    const a = await freshInvoice('ACCREC', contact, 30);
    const answer = await checked('PUT', '/BatchPayments', '/BatchPayments?summarizeErrors=false', {
      BatchPayments: [
        {
          Account: { AccountID: bankAccountId() },
          Payments: [
            { Invoice: { InvoiceID: a }, Amount: 10 },
            { Invoice: { InvoiceID: a }, Amount: 25 },
          ],
        },
        { Account: { AccountID: bankAccountId() }, Payments: [] },
      ],
    });
    const [first, second] = answer.body.BatchPayments as Json[];
    expect(first).toMatchObject({ StatusAttributeString: 'ERROR' });
    expect(JSON.stringify(first?.ValidationErrors)).toContain(
      'Payment 2: Payment amount exceeds the amount outstanding',
    );
    expect(second).toMatchObject({ StatusAttributeString: 'ERROR' });
    expect(JSON.stringify(second?.ValidationErrors)).toContain('at least one payment');
    expect(invoice(a)).toMatchObject({ AmountDue: 30, AmountPaid: 0 });
    // Summarised (Xero's default): a 400 ValidationException.
    const summarised = await call('PUT', '/BatchPayments', {
      BatchPayments: [{ Account: { AccountID: bankAccountId() }, Payments: [] }],
    });
    expect(summarised.status).toBe(400);
    expect(summarised.body.Type).toBe('ValidationException');
    expectMatchesSpec('PUT', '/BatchPayments', 400, summarised.body);
  });

  it('a payment reversal restores AmountDue, AmountPaid and Status', async () => {
    const a = await freshInvoice('ACCREC', customerId(), 75);
    const paid = await checked('PUT', '/Payments', '/Payments?summarizeErrors=false', {
      Payments: [{ Invoice: { InvoiceID: a }, Account: { AccountID: bankAccountId() }, Amount: 75 }],
    });
    const paymentId = ((paid.body.Payments as Json[])[0] as Json).PaymentID as string;
    expect(invoice(a)).toMatchObject({ AmountDue: 0, Status: 'PAID' });
    const reversed = await checked('POST', '/Payments/{PaymentID}', `/Payments/${paymentId}`, {
      Status: 'DELETED',
    });
    expect((reversed.body.Payments as Json[])[0]).toMatchObject({ Status: 'DELETED' });
    expect(invoice(a)).toMatchObject({ AmountDue: 75, AmountPaid: 0, Status: 'AUTHORISED' });
  });

  it('credit notes: created per element, listed, got, allocated (AmountCredited up, AmountDue down)', async () => {
    const contact = customerId();
    const a = await freshInvoice('ACCREC', contact, 50);
    const created = await checked('PUT', '/CreditNotes', '/CreditNotes?summarizeErrors=false', {
      CreditNotes: [
        {
          Type: 'ACCRECCREDIT',
          Status: 'AUTHORISED',
          Contact: { ContactID: contact },
          LineAmountTypes: 'NoTax',
          LineItems: [{ Description: 'Refund', Quantity: 1, UnitAmount: 80 }],
        },
        { Type: 'ACCRECCREDIT', Contact: { ContactID: contact }, LineItems: [] },
      ],
    });
    const [note, bad] = created.body.CreditNotes as Json[];
    expect(note).toMatchObject({
      StatusAttributeString: 'OK',
      Total: 80,
      RemainingCredit: 80,
      Status: 'AUTHORISED',
    });
    expect(bad).toMatchObject({ StatusAttributeString: 'ERROR', HasErrors: true });
    expect(JSON.stringify(bad?.ValidationErrors)).toContain('At least one LineItem');
    const id = note?.CreditNoteID as string;

    const got = await checked('GET', '/CreditNotes/{CreditNoteID}', `/CreditNotes/${id}`);
    expect(((got.body.CreditNotes as Json[])[0] as Json).CreditNoteNumber).toBe(note?.CreditNoteNumber);
    const listed = await checked(
      'GET',
      '/CreditNotes',
      `/CreditNotes?where=${encodeURIComponent(`CreditNoteID==Guid("${id}")`)}`,
    );
    expect(listed.body.CreditNotes as Json[]).toHaveLength(1);

    const allocated = await checked(
      'PUT',
      '/CreditNotes/{CreditNoteID}/Allocations',
      `/CreditNotes/${id}/Allocations?summarizeErrors=false`,
      {
        Allocations: [
          { Invoice: { InvoiceID: a }, Amount: 20, Date: '2026-01-09' },
          { Invoice: { InvoiceID: a }, Amount: 45, Date: '2026-01-09' },
        ],
      },
    );
    const [ok, over] = allocated.body.Allocations as Json[];
    expect(ok).toMatchObject({ StatusAttributeString: 'OK', Amount: 20 });
    expect(over).toMatchObject({ StatusAttributeString: 'ERROR' });
    expect(JSON.stringify(over?.ValidationErrors)).toContain('exceeds the amount due');
    expect(invoice(a)).toMatchObject({
      AmountDue: 30,
      AmountCredited: 20,
      AmountPaid: 0,
      Status: 'AUTHORISED',
    });
    // An invoice with credit allocated to it cannot change its amounts (Xero's rule for payments too).
    const relined = await checked('POST', '/Invoices', '/Invoices?summarizeErrors=false', {
      Invoices: [{ InvoiceID: a, LineItems: [{ Description: 'More', Quantity: 1, UnitAmount: 500 }] }],
    });
    expect((relined.body.Invoices as Json[])[0]).toMatchObject({ StatusAttributeString: 'ERROR' });
    expect(JSON.stringify((relined.body.Invoices as Json[])[0])).toContain('credit note allocated');
    expect(invoice(a)).toMatchObject({ Total: 50, AmountDue: 30 });

    const rest = await checked(
      'PUT',
      '/CreditNotes/{CreditNoteID}/Allocations',
      `/CreditNotes/${id}/Allocations`,
      {
        Allocations: [{ Invoice: { InvoiceID: a }, Amount: 30, Date: '2026-01-10' }],
      },
    );
    expect(rest.status).toBe(200);
    expect(invoice(a)).toMatchObject({ AmountDue: 0, AmountCredited: 50, Status: 'PAID' });
    // The invoice lists the credit note it was settled with, once per allocation (GET checked against the spec).
    const settled = await checked('GET', '/Invoices/{InvoiceID}', `/Invoices/${a}`);
    const applied = ((settled.body.Invoices as Json[])[0] as Json).CreditNotes as Json[];
    expect(applied.map((c) => [c.CreditNoteID, c.AppliedAmount, c.Total])).toEqual([
      [id, 20, 80],
      [id, 30, 80],
    ]);
    const after = await checked('GET', '/CreditNotes/{CreditNoteID}', `/CreditNotes/${id}`);
    expect((after.body.CreditNotes as Json[])[0]).toMatchObject({
      RemainingCredit: 30,
      Status: 'AUTHORISED',
    });
    expect(((after.body.CreditNotes as Json[])[0] as Json).Allocations as Json[]).toHaveLength(2);

    // An allocated credit note's lines cannot change; a DRAFT one cannot be allocated.
    const edit = await checked('POST', '/CreditNotes', '/CreditNotes?summarizeErrors=false', {
      CreditNotes: [{ CreditNoteID: id, LineItems: [{ Description: 'x', Quantity: 1, UnitAmount: 1 }] }],
    });
    expect((edit.body.CreditNotes as Json[])[0]).toMatchObject({ StatusAttributeString: 'ERROR' });
    const draft = await checked('PUT', '/CreditNotes', '/CreditNotes?summarizeErrors=false', {
      CreditNotes: [
        {
          Type: 'ACCRECCREDIT',
          Contact: { ContactID: contact },
          LineItems: [{ Description: 'd', Quantity: 1, UnitAmount: 5 }],
        },
      ],
    });
    const draftId = ((draft.body.CreditNotes as Json[])[0] as Json).CreditNoteID as string;
    const b = await freshInvoice('ACCREC', contact, 10);
    const refused = await call('PUT', `/CreditNotes/${draftId}/Allocations`, {
      Allocations: [{ Invoice: { InvoiceID: b }, Amount: 5, Date: '2026-01-09' }],
    });
    expect(refused.status).toBe(400);
    expectMatchesSpec('PUT', '/CreditNotes/{CreditNoteID}/Allocations', 400, refused.body);
    expect(refused.text).toContain('Only an AUTHORISED credit note');
    expect(invoice(b).AmountDue).toBe(10);
  });

  for (const [collection, idField] of [
    ['Overpayments', 'OverpaymentID'],
    ['Prepayments', 'PrepaymentID'],
  ] as const) {
    it(`${collection}: listed, got and allocated to an invoice of their contact`, async () => {
      const listed = await checked('GET', `/${collection}`, `/${collection}`);
      const credits = listed.body[collection] as Json[];
      expect(credits.length).toBeGreaterThan(0);
      const credit = credits.find((c) => String(c.Type).startsWith('RECEIVE')) as Json;
      const id = credit[idField] as string;
      const got = await checked('GET', `/${collection}/{${idField}}`, `/${collection}/${id}`);
      expect((got.body[collection] as Json[])[0]).toMatchObject({
        [idField]: id,
        RemainingCredit: credit.RemainingCredit,
      });
      const contactId = (credit.Contact as Json).ContactID as string;
      const a = await freshInvoice('ACCREC', contactId, 10);
      const allocated = await checked(
        'PUT',
        `/${collection}/{${idField}}/Allocations`,
        `/${collection}/${id}/Allocations?summarizeErrors=false`,
        {
          Allocations: [
            { Invoice: { InvoiceID: a }, Amount: 10, Date: '2026-01-09' },
            { Invoice: { InvoiceID: '00000000-0000-4000-8000-000000000000' }, Amount: 1, Date: '2026-01-09' },
          ],
        },
      );
      const [ok, missing] = allocated.body.Allocations as Json[];
      expect(ok).toMatchObject({ StatusAttributeString: 'OK', Amount: 10 });
      expect(missing).toMatchObject({ StatusAttributeString: 'ERROR' });
      expect(invoice(a)).toMatchObject({ AmountDue: 0, AmountCredited: 10, Status: 'PAID' });
      expect(invoice(a)[collection].map((c) => (c as Json)[idField])).toEqual([id]);
      const after = await checked('GET', `/${collection}/{${idField}}`, `/${collection}/${id}`);
      expect(((after.body[collection] as Json[])[0] as Json).RemainingCredit).toBe(
        (credit.RemainingCredit as number) - 10,
      );
      // Another contact's invoice is refused.
      const other = model()
        .contacts()
        .find((c) => c.ContactID !== contactId && c.ContactStatus === 'ACTIVE');
      const b = await freshInvoice('ACCREC', other?.ContactID as string, 5);
      const refused = await call('PUT', `/${collection}/${id}/Allocations`, {
        Allocations: [{ Invoice: { InvoiceID: b }, Amount: 5, Date: '2026-01-09' }],
      });
      expect(refused.status).toBe(400);
      expect(refused.text).toContain('contact must be the');
      expect(invoice(b).AmountDue).toBe(5);
    });
  }

  it('unknown ids are 404s and sub-resources that are not served stay 404', async () => {
    expect((await call('GET', '/BatchPayments/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call('GET', '/CreditNotes/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call('GET', '/Overpayments/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call('GET', '/CreditNotes/x/Unserved')).status).toBe(404);
  });
});
