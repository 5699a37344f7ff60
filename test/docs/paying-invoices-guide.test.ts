/**
 * docs/guides/paying-invoices.md, run. Each `// #region` is a code block of the guide, which must stay
 * identical to it (scripts/check-docs-snippets.mjs compares them); code outside the regions checks what
 * the guide says happened.
 */
import { type ConnectionPool, MemoryTokenStore, XeroConnections } from '@wise-pay/xero-connections';
import { DEMO_TENANT_ID, simulatorHostOptions, startXeroSimulator } from '@wise-pay/xero-connections/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let sim: Awaited<ReturnType<typeof startXeroSimulator>>;
let host: XeroConnections;
let pool: ConnectionPool;

beforeAll(async () => {
  sim = await startXeroSimulator({ timeScale: 0.005 });
  host = new XeroConnections({ ...simulatorHostOptions(sim), store: new MemoryTokenStore() });
  pool = host.pool({ accountId: 'acct-paying', apps: 'wisepay' });
  const { authorizationUrl } = await pool.beginConnect('wisepay');
  await host.completeConnect(
    await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] }),
  );
});
afterAll(async () => {
  await host.close();
  await sim.close();
});

/** An AUTHORISED sales invoice of `amount` (no tax) for the organisation's first customer. */
async function dueInvoice(amount: number, contactId?: string): Promise<string> {
  const contact =
    contactId ??
    sim.control
      .organisation(DEMO_TENANT_ID)
      .contacts()
      .find((c) => c.IsCustomer)?.ContactID;
  const [created] = await pool.role('wisepay').invoices.create([
    {
      Type: 'ACCREC',
      Status: 'AUTHORISED',
      Contact: { ContactID: contact as string },
      LineAmountTypes: 'NoTax',
      LineItems: [{ Description: 'Services', Quantity: 1, UnitAmount: amount, AccountCode: '200' }],
    },
  ]);
  return created?.value?.InvoiceID as string;
}

describe('Paying invoices from Wise-Pay', () => {
  it('pays one invoice, then reverses the payment', async () => {
    const invoiceId = await dueInvoice(250);
    // #region single
    const client = pool.role('wisepay');
    const [result] = await client.payments.create(
      [{ Invoice: { InvoiceID: invoiceId }, Account: { Code: '090' }, Amount: 250, Date: '2026-03-02' }],
      { idempotencyKey: `wise-pay-transfer-${invoiceId}` }, // the same transfer is never paid twice
    );
    if (!result?.ok) throw result?.error; // a typed XeroValidationError naming what Xero refused
    const paymentId = result.value?.PaymentID as string;
    // #endregion
    expect((await client.invoices.get(invoiceId)).Status).toBe('PAID');

    // #region reversal
    const reversed = await client.payments.reverse(paymentId); // POST /Payments/{id} { Status: 'DELETED' }
    const invoice = await client.invoices.get(invoiceId);
    console.log(reversed.Status, invoice.Status, invoice.AmountDue); // DELETED AUTHORISED 250
    // #endregion
    expect(reversed.Status).toBe('DELETED');
    expect(invoice).toMatchObject({ Status: 'AUTHORISED', AmountDue: 250, AmountPaid: 0 });
  });

  it('pays several invoices in one batch payment, then deletes it', async () => {
    const invoiceIds = [await dueInvoice(100), await dueInvoice(40)];
    // #region batch
    const client = pool.role('wisepay');
    const due = await Promise.all(invoiceIds.map((id) => client.invoices.get(id)));
    const [batch] = await client.batchPayments.create([
      {
        Account: { Code: '090' }, // one bank-statement line for the whole run
        Date: '2026-03-02',
        Reference: 'Wise-Pay run 2026-03-02',
        Payments: due.map((invoice) => ({
          Invoice: { InvoiceID: invoice.InvoiceID as string },
          Amount: invoice.AmountDue as number,
        })),
      },
    ]);
    if (!batch?.ok) throw batch?.error;
    const batchPaymentId = batch.value?.BatchPaymentID as string;
    // Every invoice in it is now PAID; deleting the batch payment reverses all of its payments.
    await client.batchPayments.delete(batchPaymentId);
    // #endregion
    for (const id of invoiceIds) expect((await client.invoices.get(id)).Status).toBe('AUTHORISED');
    expect((await client.batchPayments.get(batchPaymentId)).Status).toBe('DELETED');
  });

  it('settles an invoice with a credit note', async () => {
    const contactId = sim.control
      .organisation(DEMO_TENANT_ID)
      .contacts()
      .find((c) => c.IsCustomer)?.ContactID as string;
    const invoiceId = await dueInvoice(90, contactId);
    // #region credit-note
    const client = pool.role('wisepay');
    const [note] = await client.creditNotes.create([
      {
        Type: 'ACCRECCREDIT',
        Status: 'AUTHORISED',
        Contact: { ContactID: contactId }, // a credit note pays only its own contact's invoices
        LineAmountTypes: 'NoTax',
        LineItems: [{ Description: 'Goodwill credit', Quantity: 1, UnitAmount: 30, AccountCode: '200' }],
      },
    ]);
    if (!note?.ok) throw note?.error;
    const [allocation] = await client.creditNotes.allocate(note.value?.CreditNoteID as string, [
      { Invoice: { InvoiceID: invoiceId }, Amount: 30, Date: '2026-03-02' },
    ]);
    if (!allocation?.ok) throw allocation?.error;
    const invoice = await client.invoices.get(invoiceId);
    console.log(invoice.AmountCredited, invoice.AmountDue); // 30 60
    // #endregion
    expect(invoice).toMatchObject({ AmountCredited: 30, AmountDue: 60 });
  });

  it('applies an overpayment to an invoice', async () => {
    const client = pool.role('wisepay');
    const sample = (await client.overpayments.list({ where: 'Status=="AUTHORISED"' }).toArray()).find((o) =>
      o.Type?.startsWith('RECEIVE'),
    );
    const contactId = sample?.Contact?.ContactID as string;
    const invoiceId = await dueInvoice(20, contactId);
    // #region overpayment
    const credits = await client.overpayments
      .list({ where: `Status=="AUTHORISED" AND Contact.ContactID==Guid("${contactId}")` })
      .toArray();
    const credit = credits.find((o) => (o.RemainingCredit ?? 0) >= 20);
    if (credit?.OverpaymentID !== undefined) {
      const [applied] = await client.overpayments.allocate(credit.OverpaymentID, [
        { Invoice: { InvoiceID: invoiceId }, Amount: 20, Date: '2026-03-02' },
      ]);
      if (!applied?.ok) throw applied?.error;
    }
    // Prepayments work the same way: client.prepayments.list(), .get(id), .allocate(id, allocations).
    // #endregion
    expect(await client.invoices.get(invoiceId)).toMatchObject({ AmountDue: 0, Status: 'PAID' });
  });
});
