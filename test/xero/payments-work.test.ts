/**
 * The payments-work calls over real HTTP against the simulator: payments.get/reverse, batch payments,
 * credit notes, overpayments and prepayments, with the state each moves on the invoices they touch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XeroApiError, XeroValidationError } from '../../src/errors/api-errors.js';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import type { XeroRoleClient } from '../../src/pool/role-client.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { createHarness, type Harness, roleClient, tokenConnection } from './support/pipeline-harness.js';
import { obtainScopedTokens } from './support/scoped-tokens.js';
import { SIM_APPS } from './support/sim-tokens.js';

const TIME_SCALE = 0.01;

describe('payments work: typed calls against the simulator', () => {
  let sim: XeroSimulator;
  let harness: Harness;
  let client: XeroRoleClient;

  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: TIME_SCALE, limits: { perMinute: 1000, concurrent: 20 } });
    harness = createHarness(sim, { timeScale: TIME_SCALE, limits: { perMinute: 1000, concurrent: 20 } });
    const tokens = await obtainScopedTokens(sim, SIM_APPS.wisepay);
    client = roleClient(harness, tokenConnection(sim, SIM_APPS.wisepay, DEMO_TENANT_ID, tokens));
  });
  afterAll(async () => {
    await harness?.close();
    await sim?.close();
  });

  const model = () => sim.control.organisation(DEMO_TENANT_ID);
  /** The API requests the simulator received, as `METHOD /Path` (nothing else counts). */
  const sent = () =>
    sim.control
      .requestLog()
      .filter((e) => e.endpoint === 'api')
      .map((e) => `${e.method} ${e.path.replace(/^.*\/api\.xro\/2\.0/, '').split('?')[0]}`);
  const bankAccountId = () =>
    model()
      .accounts()
      .find((a) => a.Type === 'BANK' && a.Status === 'ACTIVE')?.AccountID ?? '';
  const customerId = () =>
    model()
      .contacts()
      .find((c) => c.IsCustomer && c.ContactStatus === 'ACTIVE')?.ContactID ?? '';

  async function freshInvoice(
    amount: number,
    contactId = customerId(),
    type: 'ACCREC' | 'ACCPAY' = 'ACCREC',
  ) {
    const [result] = await client.invoices.create([
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
    ]);
    const id = result?.value?.InvoiceID;
    if (!result?.ok || id === undefined) throw new Error(`invoice not created: ${result?.errors.join('; ')}`);
    return id;
  }

  it('payments.get and payments.reverse: the invoice owes the amount again, a second reversal is a typed error', async () => {
    const invoiceId = await freshInvoice(120);
    const [paid] = await client.payments.create([
      {
        Invoice: { InvoiceID: invoiceId },
        Account: { AccountID: bankAccountId() },
        Amount: 120,
        Date: '2026-01-09',
      },
    ]);
    const paymentId = paid?.value?.PaymentID as string;
    expect((await client.invoices.get(invoiceId)).Status).toBe('PAID');

    const payment = await client.payments.get(paymentId);
    expect(payment).toMatchObject({ PaymentID: paymentId, Amount: 120, Status: 'AUTHORISED' });
    expect(payment.Date).toBeInstanceOf(Date);

    const reversed = await client.payments.reverse(paymentId);
    expect(reversed).toMatchObject({ PaymentID: paymentId, Status: 'DELETED' });
    expect(reversed.UpdatedDateUTC).toBeInstanceOf(Date);
    const invoice = await client.invoices.get(invoiceId);
    expect(invoice).toMatchObject({ AmountDue: 120, AmountPaid: 0, Status: 'AUTHORISED' });
    expect(invoice.FullyPaidOnDate).toBeUndefined();

    const again = await client.payments.reverse(paymentId).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(XeroValidationError);
    expect((again as XeroValidationError).message).toContain('already been deleted');
    expect((again as XeroValidationError).path).toContain(`/Payments/${paymentId}`);
    expect((await client.invoices.get(invoiceId)).AmountDue).toBe(120);

    const missing = await client.payments
      .reverse('00000000-0000-4000-8000-000000000000')
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(XeroApiError);
    expect((missing as XeroApiError).status).toBe(404);

    const sentBefore = sent().length;
    await expect(client.payments.reverse('  ')).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(client.payments.reverse('  ')).rejects.toThrow(/paymentId/);
    expect(sent().length).toBe(sentBefore);
  });

  it('payments.reverse sent again with its idempotency key (as after a lost answer) reverses once and answers the same', async () => {
    const invoiceId = await freshInvoice(64);
    const [paid] = await client.payments.create([
      { Invoice: { InvoiceID: invoiceId }, Account: { AccountID: bankAccountId() }, Amount: 64 },
    ]);
    const paymentId = paid?.value?.PaymentID as string;
    const key = `reverse-${paymentId}`;
    const first = await client.payments.reverse(paymentId, { idempotencyKey: key });
    const replay = await client.payments.reverse(paymentId, { idempotencyKey: key });
    expect(replay).toEqual(first);
    expect(await client.invoices.get(invoiceId)).toMatchObject({
      AmountDue: 64,
      AmountPaid: 0,
      Status: 'AUTHORISED',
    });
    // A new key is a new request: Xero refuses reversing twice.
    await expect(client.payments.reverse(paymentId)).rejects.toBeInstanceOf(XeroValidationError);
  });

  it('batchPayments: create pays every invoice, list/get read it back with dates, delete makes them owed again', async () => {
    const a = await freshInvoice(100);
    const b = await freshInvoice(35);
    const results = await client.batchPayments.create([
      {
        Account: { AccountID: bankAccountId() },
        Date: new Date(Date.UTC(2026, 0, 9)),
        Reference: 'Wise-Pay run 7',
        Payments: [
          { Invoice: { InvoiceID: a }, Amount: 60 },
          { Invoice: { InvoiceID: b }, Amount: 35 },
        ],
      },
      { Account: { AccountID: bankAccountId() }, Payments: [{ Invoice: { InvoiceID: a }, Amount: 1000 }] },
    ]);
    expect(results.map((r) => r.status)).toEqual(['OK', 'ERROR']);
    const batch = results[0]?.value;
    expect(batch).toMatchObject({ Type: 'RECBATCH', Status: 'AUTHORISED', TotalAmount: 95 });
    expect(batch?.Date?.toISOString()).toBe('2026-01-09T00:00:00.000Z');
    expect(results[1]?.error).toBeInstanceOf(XeroValidationError);
    expect(results[1]?.errors.join()).toContain('exceeds the amount outstanding');
    expect(await client.invoices.get(a)).toMatchObject({
      AmountDue: 40,
      AmountPaid: 60,
      Status: 'AUTHORISED',
    });
    expect(await client.invoices.get(b)).toMatchObject({ AmountDue: 0, AmountPaid: 35, Status: 'PAID' });

    const id = batch?.BatchPaymentID as string;
    const got = await client.batchPayments.get(id);
    expect(got.Payments?.map((p) => p.Amount)).toEqual([60, 35]);
    expect(got.UpdatedDateUTC).toBeInstanceOf(Date);
    const listed = await client.batchPayments.list({ where: 'Status=="AUTHORISED"' });
    expect(listed.map((x) => x.BatchPaymentID)).toContain(id);
    expect(await client.batchPayments.list({ modifiedSince: new Date(Date.now() + 3_600_000) })).toEqual([]);

    const deleted = await client.batchPayments.delete(id);
    expect(deleted.Status).toBe('DELETED');
    expect(await client.invoices.get(a)).toMatchObject({
      AmountDue: 100,
      AmountPaid: 0,
      Status: 'AUTHORISED',
    });
    expect(await client.invoices.get(b)).toMatchObject({
      AmountDue: 35,
      AmountPaid: 0,
      Status: 'AUTHORISED',
    });
    await expect(client.batchPayments.delete(id)).rejects.toBeInstanceOf(XeroValidationError);
    await expect(client.batchPayments.get('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      status: 404,
    });
  });

  it('batchPayments.create refuses bad input before sending, naming the element', async () => {
    const sentBefore = sent().length;
    const bad = client.batchPayments.create([
      { Account: { AccountID: bankAccountId() }, Payments: [{ Invoice: { InvoiceID: 'x' }, Amount: -1 }] },
    ]);
    await expect(bad).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(bad).rejects.toThrow(/items\.0: Payments\.0\.Amount/);
    const nullLine = client.batchPayments.create([
      {
        Account: { Code: '090' },
        Payments: [null as unknown as { Invoice: { InvoiceID: string }; Amount: number }],
      },
    ]);
    await expect(nullLine).rejects.toThrow(/items\.0: Payments\.0 must be an object/);
    expect(sent().length).toBe(sentBefore);
  });

  it('creditNotes: create (one result per element, chunks of 50), get, list, update, allocate', async () => {
    const contact = customerId();
    const line = { Description: 'Refund', Quantity: 1, UnitAmount: 10 };
    const many = Array.from({ length: 51 }, (_, i) => ({
      Type: 'ACCRECCREDIT' as const,
      Contact: { ContactID: contact },
      LineAmountTypes: 'NoTax' as const,
      LineItems: [{ ...line, Description: `Refund ${i}` }],
    }));
    many[7] = { ...many[7]!, LineItems: [] };
    const sentBefore = sent().length;
    const created = await client.creditNotes.create(many);
    expect(sent().slice(sentBefore)).toEqual(['PUT /CreditNotes', 'PUT /CreditNotes']);
    expect(created).toHaveLength(51);
    expect(created.filter((r) => !r.ok).map((r) => r.index)).toEqual([7]);
    expect(created[7]?.error).toBeInstanceOf(XeroValidationError);
    expect(created[7]?.errors.join()).toContain('At least one LineItem');

    const noteId = created[0]?.value?.CreditNoteID as string;
    const note = await client.creditNotes.get(noteId);
    expect(note).toMatchObject({ CreditNoteID: noteId, Status: 'DRAFT', Total: 10 });
    expect(note.Date).toBeInstanceOf(Date);
    const listed = await client.creditNotes.list({ where: `CreditNoteID==Guid("${noteId}")` }).toArray();
    expect(listed.map((n) => n.CreditNoteID)).toEqual([noteId]);

    const [authorised] = await client.creditNotes.update([
      { CreditNoteID: noteId, Status: 'AUTHORISED', LineItems: [{ ...line, UnitAmount: 50 }] },
    ]);
    expect(authorised?.value).toMatchObject({ Status: 'AUTHORISED', Total: 50, RemainingCredit: 50 });

    const invoiceId = await freshInvoice(80, contact);
    const allocated = await client.creditNotes.allocate(noteId, [
      { Invoice: { InvoiceID: invoiceId }, Amount: 30, Date: '2026-01-09' },
      { Invoice: { InvoiceID: invoiceId }, Amount: 60, Date: new Date(Date.UTC(2026, 0, 9)) },
    ]);
    expect(allocated.map((r) => r.status)).toEqual(['OK', 'ERROR']);
    expect(allocated[0]?.value?.Amount).toBe(30);
    expect(allocated[0]?.value?.Date).toBeInstanceOf(Date);
    expect(allocated[1]?.error).toBeInstanceOf(XeroValidationError);
    expect(await client.invoices.get(invoiceId)).toMatchObject({
      AmountDue: 50,
      AmountCredited: 30,
      Status: 'AUTHORISED',
    });
    expect((await client.creditNotes.get(noteId)).RemainingCredit).toBe(20);

    const before = sent().length;
    await expect(
      client.creditNotes.allocate(noteId, [
        { Invoice: { InvoiceID: invoiceId }, Amount: 0, Date: '2026-01-09' },
      ]),
    ).rejects.toThrow(/items\.0: Amount must be a number greater than zero/);
    await expect(client.creditNotes.update([{ Reference: 'no id' }])).rejects.toThrow(
      /CreditNoteID or CreditNoteNumber/,
    );
    expect(sent().length).toBe(before);
  });

  it('credit-note and batch-payment creates made in one tick share one request, each caller its own results', async () => {
    const contact = customerId();
    const note = (amount: number) => ({
      Type: 'ACCRECCREDIT' as const,
      Status: 'AUTHORISED' as const,
      Contact: { ContactID: contact },
      LineAmountTypes: 'NoTax' as const,
      LineItems: [{ Description: `Credit ${amount}`, Quantity: 1, UnitAmount: amount }],
    });
    const before = sent().length;
    const [one, two, three] = await Promise.all([
      client.creditNotes.create([note(1)]),
      client.creditNotes.create([note(2), note(3)]),
      client.creditNotes.create([{ ...note(4), LineItems: [] }]),
    ]);
    expect(sent().slice(before)).toEqual(['PUT /CreditNotes']);
    expect(one?.map((r) => [r.index, r.value?.Total])).toEqual([[0, 1]]);
    expect(two?.map((r) => [r.index, r.value?.Total])).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(three?.[0]).toMatchObject({ index: 0, ok: false, status: 'ERROR' });
    expect(three?.[0]?.error).toBeInstanceOf(XeroValidationError);

    const [a, b] = [await freshInvoice(12), await freshInvoice(13)];
    const batchBefore = sent().length;
    const bank = { AccountID: bankAccountId() };
    const [first, second] = await Promise.all([
      client.batchPayments.create([{ Account: bank, Payments: [{ Invoice: { InvoiceID: a }, Amount: 12 }] }]),
      client.batchPayments.create([{ Account: bank, Payments: [{ Invoice: { InvoiceID: b }, Amount: 13 }] }]),
    ]);
    expect(sent().slice(batchBefore)).toEqual(['PUT /BatchPayments']);
    expect(first?.[0]?.value?.TotalAmount).toBe(12);
    expect(second?.[0]?.value?.TotalAmount).toBe(13);
    expect(model().invoice(a)?.Status).toBe('PAID');
    expect(model().invoice(b)?.Status).toBe('PAID');
  });

  it('overpayments and prepayments: list, get, allocate (invoice paid off by credit)', async () => {
    for (const endpoint of [client.overpayments, client.prepayments] as const) {
      const all = await endpoint.list().toArray();
      const credit = all.find((c) => c.Type?.startsWith('RECEIVE') && (c.RemainingCredit ?? 0) >= 10);
      expect(credit).toBeDefined();
      const id = ((credit as Record<string, unknown>).OverpaymentID ??
        (credit as Record<string, unknown>).PrepaymentID) as string;
      const got = await endpoint.get(id);
      expect(got.RemainingCredit).toBe(credit?.RemainingCredit);
      expect(got.Date).toBeInstanceOf(Date);

      const invoiceId = await freshInvoice(10, credit?.Contact?.ContactID as string);
      const [result] = await endpoint.allocate(id, [
        { Invoice: { InvoiceID: invoiceId }, Amount: 10, Date: '2026-01-09' },
      ]);
      expect(result?.status).toBe('OK');
      expect(await client.invoices.get(invoiceId)).toMatchObject({
        AmountDue: 0,
        AmountCredited: 10,
        Status: 'PAID',
      });
      expect((await endpoint.get(id)).RemainingCredit).toBe((credit?.RemainingCredit ?? 0) - 10);
      const filtered = await endpoint.list({ where: 'Status=="AUTHORISED"', pageSize: 1 }).toArray();
      expect(filtered.every((c) => c.Status === 'AUTHORISED')).toBe(true);
    }
  });
});
