import { describe, expect, it } from 'vitest';
import {
  createHarness,
  elementsOf,
  envelope,
  type Harness,
  invoicesOf,
  paymentsOf,
  validationMessages,
} from './accounting-harness.js';

/** An AUTHORISED invoice with nothing paid yet. */
function unpaidInvoice(h: Harness) {
  const invoice = h.model.invoices().find((i) => i.Status === 'AUTHORISED' && i.AmountPaid === 0);
  if (invoice === undefined) throw new Error('seed has no unpaid authorised invoice');
  return invoice;
}

describe('accounting model: payments', () => {
  it('a part payment lowers AmountDue; the final one marks the invoice PAID', () => {
    const h = createHarness();
    const invoice = unpaidInvoice(h);
    const first = h.call('PUT', '/Payments', {
      body: {
        Payments: [
          {
            Invoice: { InvoiceID: invoice.InvoiceID },
            Account: { Code: '090' },
            Date: '2025-01-14',
            Amount: 10,
            Reference: 'part',
          },
        ],
      },
    });
    expect(first.status).toBe(200);
    const [payment] = paymentsOf(first);
    expect(payment).toMatchObject({
      Amount: 10,
      Reference: 'part',
      Status: 'AUTHORISED',
      PaymentType: invoice.Type === 'ACCREC' ? 'ACCRECPAYMENT' : 'ACCPAYPAYMENT',
      DateString: '2025-01-14T00:00:00',
      Invoice: expect.objectContaining({ InvoiceID: invoice.InvoiceID }),
      Account: expect.objectContaining({ Code: '090' }),
    });
    const afterFirst = h.model.invoice(invoice.InvoiceID);
    expect(afterFirst).toMatchObject({ Status: 'AUTHORISED', AmountPaid: 10 });
    expect(afterFirst?.AmountDue).toBeCloseTo(invoice.AmountDue - 10, 2);
    expect(afterFirst?.Payments.map((p) => p.PaymentID)).toEqual([payment?.PaymentID]);

    h.advance(1_000);
    const bankId = h.model.accounts().find((a) => a.Code === '090')?.AccountID;
    const rest = h.call('POST', '/Payments', {
      body: {
        Payments: [
          {
            Invoice: { InvoiceNumber: invoice.InvoiceNumber },
            Account: { AccountID: bankId },
            Date: '2025-01-15',
            Amount: afterFirst?.AmountDue,
          },
        ],
      },
    });
    expect(rest.status).toBe(200);
    expect(h.model.invoice(invoice.InvoiceID)).toMatchObject({
      Status: 'PAID',
      AmountDue: 0,
      AmountPaid: invoice.Total,
      FullyPaidOnDate: `/Date(${Date.UTC(2025, 0, 15)}+0000)/`,
      UpdatedDateUTC: `/Date(${h.now()}+0000)/`,
    });
    expect(h.model.payments().filter((p) => p.Invoice.InvoiceID === invoice.InvoiceID)).toHaveLength(2);
  });

  it('rejects an overpayment, a non-AUTHORISED invoice and a bad account, changing nothing', () => {
    const h = createHarness();
    const invoice = unpaidInvoice(h);
    const draft = h.model.invoices().find((i) => i.Status === 'DRAFT');
    const paid = h.model.invoices().find((i) => i.Status === 'PAID');
    const paymentsBefore = h.model.payments().length;
    const res = h.call('PUT', '/Payments', {
      query: 'summarizeErrors=false',
      body: {
        Payments: [
          {
            Invoice: { InvoiceID: invoice.InvoiceID },
            Account: { Code: '090' },
            Amount: invoice.AmountDue + 0.01,
          },
          { Invoice: { InvoiceID: draft?.InvoiceID }, Account: { Code: '090' }, Amount: 1 },
          { Invoice: { InvoiceID: paid?.InvoiceID }, Account: { Code: '090' }, Amount: 1 },
          { Invoice: { InvoiceID: invoice.InvoiceID }, Account: { Code: '999' }, Amount: 1 },
          { Invoice: { InvoiceID: invoice.InvoiceID }, Amount: 1 },
          { Invoice: { InvoiceID: invoice.InvoiceID }, Account: { Code: '200' }, Amount: 1 },
          { Invoice: { InvoiceID: invoice.InvoiceID }, Account: { Code: '499' }, Amount: 1 },
          {
            Invoice: { InvoiceID: '00000000-0000-0000-0000-000000000000' },
            Account: { Code: '090' },
            Amount: 1,
          },
          { Invoice: { InvoiceID: invoice.InvoiceID }, Account: { Code: '090' }, Amount: -5 },
        ],
      },
    });
    expect(res.status).toBe(200);
    const messages = elementsOf(res, 'Payments').map((e) => validationMessages(e).join(' | '));
    expect(elementsOf(res, 'Payments').every((e) => e.StatusAttributeString === 'ERROR')).toBe(true);
    expect(messages[0]).toContain('exceeds the amount outstanding');
    expect(messages[1]).toBe('Payments can only be made against Authorised documents');
    expect(messages[2]).toBe('Payments can only be made against Authorised documents');
    expect(messages[3]).toBe("Account code '999' is not a valid code for this document.");
    expect(messages[4]).toContain('An Account (AccountID or Code) must be specified');
    expect(messages[5]).toContain('cannot receive payments');
    expect(messages[6]).toContain('archived');
    expect(messages[7]).toBe('The document with the supplied id was not found for this endpoint.');
    expect(messages[8]).toContain('greater than zero');
    expect(h.model.invoice(invoice.InvoiceID)).toEqual(invoice);
    expect(h.model.payments()).toHaveLength(paymentsBefore);
  });

  it('payments in one batch see each other: once the first pays it off, the second is rejected', () => {
    const h = createHarness();
    const invoice = unpaidInvoice(h);
    const res = h.call('PUT', '/Payments', {
      body: {
        Payments: [
          { Invoice: { InvoiceID: invoice.InvoiceID }, Account: { Code: '090' }, Amount: invoice.AmountDue },
          { Invoice: { InvoiceID: invoice.InvoiceID }, Account: { Code: '090' }, Amount: 1 },
        ],
      },
    });
    // summarizeErrors defaults to true: 400 for the batch, the first payment applied all the same.
    expect(res.status).toBe(400);
    const elements = envelope(res).Elements as Record<string, unknown>[];
    expect(elements).toHaveLength(1);
    expect(JSON.stringify(elements[0])).toContain('Authorised documents');
    expect(h.model.invoice(invoice.InvoiceID)).toMatchObject({ Status: 'PAID', AmountDue: 0 });
  });

  it('deleting a payment (POST /Payments/{id} Status DELETED) restores the invoice', () => {
    const h = createHarness();
    const paidInvoice = h.model.invoices().find((i) => i.Status === 'PAID');
    const paymentId = paidInvoice?.Payments[0]?.PaymentID ?? '';
    const res = h.call('POST', `/Payments/${paymentId}`, { body: { Payments: [{ Status: 'DELETED' }] } });
    expect(res.status).toBe(200);
    expect(paymentsOf(res)[0]).toMatchObject({ PaymentID: paymentId, Status: 'DELETED' });
    const restored = h.model.invoice(paidInvoice?.InvoiceID ?? '');
    expect(restored).toMatchObject({
      Status: 'AUTHORISED',
      AmountPaid: 0,
      AmountDue: paidInvoice?.Total,
      Payments: [],
    });
    expect(restored?.FullyPaidOnDate).toBeUndefined();
    expect(
      invoicesOf(h.call('GET', '/Invoices', { query: 'Statuses=AUTHORISED' })).some(
        (i) => i.InvoiceID === restored?.InvoiceID,
      ),
    ).toBe(true);
    const again = h.call('POST', `/Payments/${paymentId}`, { body: { Status: 'DELETED' } });
    expect(again.status).toBe(400);
  });

  it('GET /Payments with If-Modified-Since shows only new payments', () => {
    const h = createHarness();
    const invoice = unpaidInvoice(h);
    const mark = new Date(h.now()).toUTCString();
    h.advance(2_000);
    h.call('PUT', '/Payments', {
      body: {
        Payments: [{ Invoice: { InvoiceID: invoice.InvoiceID }, Account: { Code: '855' }, Amount: 1 }],
      },
    });
    const fresh = paymentsOf(h.call('GET', '/Payments', { headers: { 'If-Modified-Since': mark } }));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatchObject({ Amount: 1, Account: expect.objectContaining({ Code: '855' }) });
  });
});
