/**
 * The payments-work model without HTTP: what its writes report as record changes (what Xero's webhooks
 * say), idempotent replays, and the seeded overpayments and prepayments being the same on every run.
 */
import { describe, expect, it } from 'vitest';
import type { RecordChange } from '../../src/testing/accounting/index.js';
import { createHarness, elementsOf, invoicesOf, salesInvoice } from './accounting-harness.js';

function observed() {
  const changes: RecordChange[] = [];
  const h = createHarness({}, { changeListener: () => (batch) => changes.push(...batch) });
  const take = () => changes.splice(0).map((c) => `${c.category} ${c.type} ${c.resourceId}`);
  return { h, take };
}

describe('payments work in the organisation model', () => {
  it('a batch payment and a credit-note allocation report each invoice they moved as an UPDATE', () => {
    const { h, take } = observed();
    const contactId = h.model.contacts()[0]?.ContactID as string;
    const [a, b] = invoicesOf(
      h.call('PUT', '/Invoices', { body: { Invoices: [salesInvoice(contactId), salesInvoice(contactId)] } }),
    );
    take();
    const bank = h.model.accounts().find((x) => x.Type === 'BANK')?.AccountID;
    h.call('PUT', '/BatchPayments', {
      body: {
        BatchPayments: [
          {
            Account: { AccountID: bank },
            Payments: [
              { Invoice: { InvoiceID: a?.InvoiceID }, Amount: 10 },
              { Invoice: { InvoiceID: b?.InvoiceID }, Amount: 10 },
            ],
          },
        ],
      },
    });
    expect(take()).toEqual([`INVOICE UPDATE ${a?.InvoiceID}`, `INVOICE UPDATE ${b?.InvoiceID}`]);

    const note = elementsOf(
      h.call('PUT', '/CreditNotes', {
        body: {
          CreditNotes: [
            {
              Type: 'ACCRECCREDIT',
              Status: 'AUTHORISED',
              Contact: { ContactID: contactId },
              LineItems: [{ Description: 'c', Quantity: 1, UnitAmount: 5 }],
            },
          ],
        },
      }),
      'CreditNotes',
    )[0] as unknown as { CreditNoteID: string };
    take();
    h.call('PUT', `/CreditNotes/${note.CreditNoteID}/Allocations`, {
      body: { Allocations: [{ Invoice: { InvoiceID: b?.InvoiceID }, Amount: 5, Date: '2025-01-15' }] },
      headers: { 'Idempotency-Key': 'alloc-1' },
    });
    expect(take()).toEqual([`INVOICE UPDATE ${b?.InvoiceID}`]);
    // A replayed key answers from memory: nothing allocated twice, nothing reported.
    h.call('PUT', `/CreditNotes/${note.CreditNoteID}/Allocations`, {
      body: { Allocations: [{ Invoice: { InvoiceID: b?.InvoiceID }, Amount: 5, Date: '2025-01-15' }] },
      headers: { 'Idempotency-Key': 'alloc-1' },
    });
    expect(take()).toEqual([]);
    expect(h.model.invoice(b?.InvoiceID as string)?.AmountCredited).toBe(5);
  });

  it('seeds the same overpayments and prepayments for the same organisation, whenever first read', () => {
    const first = createHarness();
    const second = createHarness();
    // Writes made before the first read change nothing in what is seeded.
    const contactId = second.model.contacts()[0]?.ContactID as string;
    second.advance(86_400_000 * 40);
    second.call('PUT', '/Invoices', { body: { Invoices: [salesInvoice(contactId)] } });
    for (const path of ['/Overpayments', '/Prepayments']) {
      const a = first.call('GET', path).body as Record<string, Array<Record<string, unknown>>>;
      const b = second.call('GET', path).body as Record<string, Array<Record<string, unknown>>>;
      const key = path.slice(1);
      expect(a[key]?.length).toBeGreaterThan(0);
      expect(b[key]).toEqual(a[key]);
    }
  });
});
