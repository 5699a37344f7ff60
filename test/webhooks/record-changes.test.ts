import { describe, expect, it } from 'vitest';
import type { RecordChange } from '../../src/testing/accounting/index.js';
import { createHarness, invoicesOf, paymentsOf } from '../simulator/accounting-harness.js';

/** A model whose writes report their changes into `changes`. */
function observed() {
  const changes: RecordChange[] = [];
  const h = createHarness({}, { changeListener: () => (batch) => changes.push(...batch) });
  const take = () => changes.splice(0).map((c) => `${c.category} ${c.type} ${c.resourceId}`);
  return { h, take };
}

const line = { Description: 'Work', Quantity: 1, UnitAmount: 100, AccountCode: '200' };

describe('the changes a write reports (what webhooks are made of)', () => {
  it('reports a new invoice and the contact it created by name; a replayed idempotency key reports nothing', () => {
    const { h, take } = observed();
    const body = { Invoices: [{ Type: 'ACCREC', Contact: { Name: 'Brand New Ltd' }, LineItems: [line] }] };
    const res = h.call('PUT', '/Invoices', { body, headers: { 'Idempotency-Key': 'k-1' } });
    const invoice = invoicesOf(res)[0];
    expect(take()).toEqual([
      `CONTACT CREATE ${invoice?.Contact.ContactID}`,
      `INVOICE CREATE ${invoice?.InvoiceID}`,
    ]);
    h.call('PUT', '/Invoices', { body, headers: { 'Idempotency-Key': 'k-1' } });
    expect(take()).toEqual([]);
  });

  it('reports updates, and nothing for an element that failed validation', () => {
    const { h, take } = observed();
    const [a, b] = invoicesOf(
      h.call('PUT', '/Invoices', {
        body: {
          Invoices: [
            { Type: 'ACCREC', Contact: { Name: 'X Ltd' }, LineItems: [line] },
            { Type: 'ACCREC', Contact: { Name: 'X Ltd' }, LineItems: [line] },
          ],
        },
      }),
    );
    take();
    h.call('POST', '/Invoices', {
      query: 'summarizeErrors=false',
      body: {
        Invoices: [
          { InvoiceID: a?.InvoiceID, Reference: 'changed' },
          // PAID only ever comes from payments: refused, so b did not change.
          { InvoiceID: b?.InvoiceID, Status: 'PAID' },
        ],
      },
    });
    expect(take()).toEqual([`INVOICE UPDATE ${a?.InvoiceID}`]);
    // A GET changes nothing.
    h.call('GET', '/Invoices');
    expect(take()).toEqual([]);
  });

  it('reports the invoice a payment was applied to, and again when the payment is deleted', () => {
    const { h, take } = observed();
    const created = invoicesOf(
      h.call('PUT', '/Invoices', {
        body: {
          Invoices: [
            { Type: 'ACCREC', Status: 'AUTHORISED', Contact: { Name: 'Pay Ltd' }, LineItems: [line] },
          ],
        },
      }),
    )[0];
    take();
    const payment = paymentsOf(
      h.call('PUT', '/Payments', {
        body: {
          Payments: [{ Invoice: { InvoiceID: created?.InvoiceID }, Account: { Code: '090' }, Amount: 5 }],
        },
      }),
    )[0];
    expect(take()).toEqual([`INVOICE UPDATE ${created?.InvoiceID}`]);
    h.call('POST', `/Payments/${payment?.PaymentID}`, { body: { Payments: [{ Status: 'DELETED' }] } });
    expect(take()).toEqual([`INVOICE UPDATE ${created?.InvoiceID}`]);
  });

  it('reports contact creates and updates through /Contacts', () => {
    const { h, take } = observed();
    const res = h.call('PUT', '/Contacts', { body: { Contacts: [{ Name: 'Webhook Contact' }] } });
    const id = (res.body as { Contacts: Array<{ ContactID: string }> }).Contacts[0]?.ContactID;
    expect(take()).toEqual([`CONTACT CREATE ${id}`]);
    h.call('POST', '/Contacts', { body: { Contacts: [{ ContactID: id, EmailAddress: 'a@example.com' }] } });
    expect(take()).toEqual([`CONTACT UPDATE ${id}`]);
  });
});
