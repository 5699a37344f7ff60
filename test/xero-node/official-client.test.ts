/**
 * Xero's official Node SDK (`xero-node`, a dev dependency only) pointed at the simulator with a simulator
 * token: its generated client must be able to make the calls Wise-Pay's jobs need, reading what the
 * simulator answers as it reads Xero. A failure here means the simulator is not shaped like Xero for
 * a client that follows the spec to the letter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Allocations,
  type BatchPayments,
  CreditNote,
  type CreditNotes,
  Invoice,
  type Invoices,
  LineAmountTypes,
  type PaymentDelete,
  type Payments,
  XeroClient,
} from 'xero-node';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { simulatorTokenSet } from '../support/simulator-token.js';
import { SIM_APPS } from '../xero/support/sim-tokens.js';

const TENANT = DEMO_TENANT_ID;

describe('xero-node (the official client) against the simulator', () => {
  let sim: XeroSimulator;
  let xero: XeroClient;

  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: 0.01, limits: { perMinute: 1000, concurrent: 20 } });
    const app = SIM_APPS.wisepay;
    xero = new XeroClient({
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      redirectUris: [app.redirectUri],
    });
    const tokens = await simulatorTokenSet(sim, app);
    xero.setTokenSet({ ...tokens, expires_at: Math.floor(Date.now() / 1000) + Number(tokens.expires_in) });
    // xero-node's generated API takes its base path from the spec's server; the simulator serves the same paths.
    xero.accountingApi.basePath = `${sim.apiUrl}/api.xro/2.0`;
  });
  afterAll(async () => {
    await sim?.close();
  });

  const org = () => sim.control.organisation(TENANT);

  /** An AUTHORISED sales invoice of `contactId`, made through xero-node. */
  async function newInvoice(contactId: string, amount: number): Promise<Invoice> {
    const invoices: Invoices = {
      invoices: [
        {
          type: Invoice.TypeEnum.ACCREC,
          contact: { contactID: contactId },
          date: '2025-01-10',
          dueDate: '2025-02-10',
          lineAmountTypes: LineAmountTypes.NoTax,
          lineItems: [{ description: 'xero-node', quantity: 1, unitAmount: amount, accountCode: '200' }],
          status: Invoice.StatusEnum.AUTHORISED,
        },
      ],
    };
    const { body } = await xero.accountingApi.createInvoices(TENANT, invoices);
    const invoice = body.invoices?.[0];
    if (!invoice?.invoiceID) throw new Error('no invoice created');
    return invoice;
  }

  function bankAccountId(): string {
    const bank = org()
      .accounts()
      .find((a) => a.Type === 'BANK' && a.Status === 'ACTIVE');
    if (!bank) throw new Error('the demo organisation has no bank account');
    return bank.AccountID;
  }

  function contactId(): string {
    return org().contacts()[0]!.ContactID;
  }

  it('getAccounts', async () => {
    const { response, body } = await xero.accountingApi.getAccounts(TENANT);
    expect(response.status).toBe(200);
    expect(body.accounts?.map((a) => a.accountID).sort()).toEqual(
      org()
        .accounts()
        .map((a) => a.AccountID)
        .sort(),
    );
    expect(body.accounts?.some((a) => String(a.type) === 'BANK')).toBe(true);
  });

  it('getTaxRates, getCurrencies, getTrackingCategories, getItems, getBankTransactions', async () => {
    const taxRates = await xero.accountingApi.getTaxRates(TENANT);
    expect(taxRates.body.taxRates?.length).toBeGreaterThan(0);
    expect(taxRates.body.taxRates?.every((t) => typeof t.taxType === 'string')).toBe(true);
    const currencies = await xero.accountingApi.getCurrencies(TENANT);
    expect(currencies.body.currencies?.map((c) => String(c.code))).toContain(
      org().organisation().BaseCurrency,
    );
    const tracking = await xero.accountingApi.getTrackingCategories(TENANT);
    expect(Array.isArray(tracking.body.trackingCategories)).toBe(true);
    const items = await xero.accountingApi.getItems(TENANT);
    expect(Array.isArray(items.body.items)).toBe(true);
    const bankTransactions = await xero.accountingApi.getBankTransactions(TENANT);
    expect(Array.isArray(bankTransactions.body.bankTransactions)).toBe(true);
  });

  it('getOnlineInvoice', async () => {
    const invoice = await newInvoice(contactId(), 40);
    const { body } = await xero.accountingApi.getOnlineInvoice(TENANT, invoice.invoiceID!);
    expect(body.onlineInvoices?.[0]?.onlineInvoiceUrl).toMatch(/^https:\/\//);
  });

  it('createBatchPayment pays its invoices', async () => {
    const first = await newInvoice(contactId(), 100);
    const second = await newInvoice(contactId(), 60);
    const batch: BatchPayments = {
      batchPayments: [
        {
          account: { accountID: bankAccountId() },
          date: '2025-01-20',
          reference: 'xero-node batch',
          payments: [
            { invoice: { invoiceID: first.invoiceID! }, amount: 100 },
            { invoice: { invoiceID: second.invoiceID! }, amount: 25 },
          ],
        },
      ],
    };
    const key = `bp-${Date.now()}`;
    const { response, body } = await xero.accountingApi.createBatchPayment(TENANT, batch, false, key);
    expect(response.status).toBe(200);
    expect(body.batchPayments?.[0]?.batchPaymentID).toBeTruthy();
    // xero-node's Idempotency-Key reaches the simulator: the same request again pays nothing twice.
    const replay = await xero.accountingApi.createBatchPayment(TENANT, batch, false, key);
    expect(replay.body.batchPayments?.[0]?.batchPaymentID).toBe(body.batchPayments?.[0]?.batchPaymentID);
    expect(org().invoice(first.invoiceID!)).toMatchObject({ Status: 'PAID', AmountDue: 0, AmountPaid: 100 });
    expect(org().invoice(second.invoiceID!)).toMatchObject({
      Status: 'AUTHORISED',
      AmountDue: 35,
      AmountPaid: 25,
    });
  });

  it('getCreditNotes and createCreditNoteAllocation move the invoice', async () => {
    const contact = contactId();
    const invoice = await newInvoice(contact, 80);
    const creditNotes: CreditNotes = {
      creditNotes: [
        {
          type: CreditNote.TypeEnum.ACCRECCREDIT,
          contact: { contactID: contact },
          date: '2025-01-12',
          lineAmountTypes: LineAmountTypes.NoTax,
          lineItems: [{ description: 'refund', quantity: 1, unitAmount: 30, accountCode: '200' }],
          status: CreditNote.StatusEnum.AUTHORISED,
        },
      ],
    };
    const created = await xero.accountingApi.createCreditNotes(TENANT, creditNotes);
    const creditNoteId = created.body.creditNotes?.[0]?.creditNoteID;
    expect(creditNoteId).toBeTruthy();
    const listed = await xero.accountingApi.getCreditNotes(TENANT);
    expect(listed.body.creditNotes?.map((c) => c.creditNoteID)).toContain(creditNoteId);
    const allocations: Allocations = {
      allocations: [{ invoice: { invoiceID: invoice.invoiceID! }, amount: 30, date: '2025-01-13' }],
    };
    const allocated = await xero.accountingApi.createCreditNoteAllocation(TENANT, creditNoteId!, allocations);
    expect(allocated.response.status).toBe(200);
    expect(allocated.body.allocations?.[0]?.amount).toBe(30);
    expect(org().invoice(invoice.invoiceID!)).toMatchObject({ AmountDue: 50, AmountCredited: 30 });
  });

  it('getOverpayments', async () => {
    const { response, body } = await xero.accountingApi.getOverpayments(TENANT);
    expect(response.status).toBe(200);
    expect(Array.isArray(body.overpayments)).toBe(true);
  });

  it('deletePayment reverses a payment: the invoice is owed again', async () => {
    const invoice = await newInvoice(contactId(), 70);
    const payments: Payments = {
      payments: [
        {
          invoice: { invoiceID: invoice.invoiceID! },
          account: { accountID: bankAccountId() },
          amount: 70,
          date: '2025-01-21',
        },
      ],
    };
    const paid = await xero.accountingApi.createPayments(TENANT, payments);
    const paymentId = paid.body.payments?.[0]?.paymentID;
    expect(org().invoice(invoice.invoiceID!)).toMatchObject({ Status: 'PAID', AmountDue: 0 });
    const reversal: PaymentDelete = { status: 'DELETED' };
    const { response, body } = await xero.accountingApi.deletePayment(TENANT, paymentId!, reversal);
    expect(response.status).toBe(200);
    expect(String(body.payments?.[0]?.status)).toBe('DELETED');
    expect(org().invoice(invoice.invoiceID!)).toMatchObject({
      Status: 'AUTHORISED',
      AmountDue: 70,
      AmountPaid: 0,
    });
  });
});
