import {
  asElement,
  batchResponse,
  type ElementOutcome,
  field,
  readBatch,
  stringField,
  summarizeErrors,
} from '../batch-write.js';
import type { AccountingResponse } from '../contract.js';
import { type ListSpec, listRecords } from '../list-query.js';
import { fromCents, readNumber, toCents } from '../money.js';
import { type BatchPaymentRecord, paymentsWork } from '../payments-work.js';
import { batchPaymentToWire } from '../payments-work-wire.js';
import {
  amountDueCents,
  type InvoiceRecord,
  type OrganisationState,
  type PaymentRecord,
} from '../records.js';
import { notFound, okEnvelope } from '../responses.js';
import type { XeroValidationError } from '../wire-types.js';
import { parseInputDate, startOfUtcDay } from '../xero-dates.js';
import type { Endpoint, EndpointContext } from './endpoint.js';
import { findAccount, findInvoice, PAYMENT_EXCEEDS_AMOUNT_DUE, PAYMENT_NOT_AUTHORISED } from './payments.js';

export const BATCH_MIXES_TYPES =
  'A batch payment pays either sales invoices (RECBATCH) or bills (PAYBATCH), not both';
export const BATCH_ALREADY_DELETED = 'This batch payment has already been deleted';

function batchListSpec(state: OrganisationState): ListSpec<BatchPaymentRecord> {
  return {
    filters: [],
    byId: {
      param: 'ids',
      get: (id) => paymentsWork(state).batchPayments.get(id),
      whereField: 'batchpaymentid',
    },
    updatedAt: (batch) => batch.updatedAt,
    paged: false,
    fields: {
      batchpaymentid: (batch) => batch.batchPaymentId,
      type: (batch) => batch.type,
      status: (batch) => batch.status,
      reference: (batch) => batch.reference,
      date: (batch) => batch.date,
      totalamount: (batch) => fromCents(batch.totalCents),
      'account.accountid': (batch) => batch.accountId,
      updateddateutc: (batch) => batch.updatedAt,
    },
  };
}

/**
 * GET /BatchPayments (where, order, If-Modified-Since), GET /BatchPayments/{id}, PUT /BatchPayments
 * (create: each pays its invoices as single payments do, all or nothing per batch payment), and
 * POST /BatchPayments `{BatchPaymentID, Status: "DELETED"}` or POST /BatchPayments/{id} `{Status: "DELETED"}`
 * (delete: every payment of the batch is reversed).
 */
export const batchPaymentsEndpoint: Endpoint = {
  collectionMethods: ['GET', 'PUT', 'POST'],
  itemMethods: ['GET', 'POST'],
  handle(ctx, id) {
    if (ctx.req.method === 'GET') return id === undefined ? listBatches(ctx) : getBatch(ctx, id);
    if (ctx.req.method === 'PUT') return createBatches(ctx);
    return deleteBatches(ctx, id);
  },
};

function listBatches(ctx: EndpointContext): AccountingResponse {
  const work = paymentsWork(ctx.state);
  const listed = listRecords(
    work.batchPayments.values(),
    batchListSpec(ctx.state),
    ctx.query,
    ctx.req.headers,
  );
  if (!listed.ok) return listed.response;
  return okEnvelope(
    ctx.response,
    'BatchPayments',
    listed.items.map((batch) => batchPaymentToWire(ctx.state, batch)),
    listed.pagination,
  );
}

function getBatch(ctx: EndpointContext, id: string): AccountingResponse {
  const batch = paymentsWork(ctx.state).batchPayments.get(id.toLowerCase());
  return batch === undefined
    ? notFound()
    : okEnvelope(ctx.response, 'BatchPayments', [batchPaymentToWire(ctx.state, batch)]);
}

function createBatches(ctx: EndpointContext): AccountingResponse {
  const batch = readBatch(ctx.req.body, 'BatchPayments');
  if (!batch.ok) return batch.response;
  const outcomes = batch.elements.map((raw) => createBatch(ctx.state, raw, ctx.req.now));
  return batchResponse(
    ctx.response,
    'BatchPayments',
    outcomes,
    summarizeErrors(ctx.query),
    'HasValidationErrors',
  );
}

function createBatch(state: OrganisationState, raw: unknown, now: number): ElementOutcome {
  const element = asElement(raw);
  if (element === undefined) {
    return {
      ok: false,
      element: {},
      errors: [{ Message: 'Each BatchPayments element must be a JSON object' }],
    };
  }
  const errors: XeroValidationError[] = [];
  const account = findAccount(state, element, errors);
  const dateValue = field(element, 'Date');
  const date = dateValue === undefined || dateValue === null ? startOfUtcDay(now) : parseInputDate(dateValue);
  if (date === undefined)
    errors.push({ Message: `Date '${String(dateValue)}' is not a valid date: use YYYY-MM-DD` });

  const list = field(element, 'Payments');
  const lines: Array<{ invoice: InvoiceRecord; cents: number; reference: string | undefined }> = [];
  if (!Array.isArray(list) || list.length === 0) {
    errors.push({ Message: 'A batch payment must have at least one payment in Payments' });
  } else {
    // Cents already paid per invoice by earlier lines of this batch: two lines on one invoice add up.
    const planned = new Map<string, number>();
    list.forEach((rawLine, index) => {
      const label = `Payment ${index + 1}`;
      const line = asElement(rawLine);
      if (line === undefined) {
        errors.push({ Message: `${label} must be a JSON object` });
        return;
      }
      const lineErrors: XeroValidationError[] = [];
      const invoice = findInvoice(state, line, lineErrors);
      const amountValue = field(line, 'Amount');
      const amount = readNumber(amountValue);
      if (amountValue === undefined) lineErrors.push({ Message: 'Payment Amount must be specified' });
      else if (amount === undefined || toCents(amount) <= 0)
        lineErrors.push({
          Message: `Payment Amount '${String(amountValue)}' must be a number greater than zero`,
        });
      if (invoice !== undefined && amount !== undefined && toCents(amount) > 0) {
        const due = amountDueCents(invoice) - (planned.get(invoice.invoiceId) ?? 0);
        if (invoice.status !== 'AUTHORISED') lineErrors.push({ Message: PAYMENT_NOT_AUTHORISED });
        else if (toCents(amount) > due)
          lineErrors.push({
            Message: `${PAYMENT_EXCEEDS_AMOUNT_DUE} (Amount ${amount}, AmountDue ${fromCents(due)})`,
          });
        planned.set(invoice.invoiceId, (planned.get(invoice.invoiceId) ?? 0) + toCents(amount));
      }
      for (const e of lineErrors) errors.push({ Message: `${label}: ${e.Message}` });
      if (lineErrors.length === 0 && invoice !== undefined && amount !== undefined) {
        lines.push({ invoice, cents: toCents(amount), reference: stringField(line, 'Reference') });
      }
    });
    const types = new Set(lines.map((l) => l.invoice.type));
    if (types.size > 1) errors.push({ Message: BATCH_MIXES_TYPES });
  }
  if (errors.length > 0 || account === undefined || date === undefined || lines.length === 0) {
    return { ok: false, element, errors };
  }

  const type = lines[0]?.invoice.type === 'ACCPAY' ? 'PAYBATCH' : 'RECBATCH';
  const reference = stringField(element, 'Reference') ?? '';
  const batch: BatchPaymentRecord = {
    batchPaymentId: state.ids.uuid(),
    accountId: account.accountId,
    type,
    status: 'AUTHORISED',
    date,
    reference,
    paymentIds: [],
    totalCents: 0,
    updatedAt: now,
  };
  for (const name of ['Particulars', 'Code', 'Details', 'Narrative'] as const) {
    const value = stringField(element, name);
    if (value !== undefined)
      batch[name.toLowerCase() as 'particulars' | 'code' | 'details' | 'narrative'] = value;
  }
  for (const { invoice, cents, reference: lineReference } of lines) {
    const payment: PaymentRecord = {
      paymentId: state.ids.uuid(),
      invoiceId: invoice.invoiceId,
      accountId: account.accountId,
      date,
      amountCents: cents,
      reference: lineReference ?? reference,
      currencyRate: invoice.currencyRate,
      status: 'AUTHORISED',
      paymentType: invoice.type === 'ACCREC' ? 'ACCRECPAYMENT' : 'ACCPAYPAYMENT',
      isReconciled: false,
      batchPaymentId: batch.batchPaymentId,
      updatedAt: now,
    };
    state.payments.set(payment.paymentId, payment);
    invoice.paymentIds.push(payment.paymentId);
    invoice.amountPaidCents += cents;
    if (amountDueCents(invoice) === 0) {
      invoice.status = 'PAID';
      invoice.fullyPaidOn = date;
    }
    invoice.updatedAt = now;
    batch.paymentIds.push(payment.paymentId);
    batch.totalCents += cents;
  }
  paymentsWork(state).batchPayments.set(batch.batchPaymentId, batch);
  return { ok: true, wire: batchPaymentToWire(state, batch) };
}

function deleteBatches(ctx: EndpointContext, pathId: string | undefined): AccountingResponse {
  const work = paymentsWork(ctx.state);
  if (pathId !== undefined && !work.batchPayments.has(pathId.toLowerCase())) return notFound();
  const read = readBatch(ctx.req.body, 'BatchPayments');
  if (!read.ok) return read.response;
  const outcomes = read.elements.map((raw): ElementOutcome => {
    const element = asElement(raw) ?? {};
    const id = (pathId ?? stringField(element, 'BatchPaymentID') ?? '').trim().toLowerCase();
    const errors: XeroValidationError[] = [];
    if (stringField(element, 'Status')?.toUpperCase() !== 'DELETED')
      errors.push({ Message: 'A batch payment can only be updated to Status DELETED' });
    const batch = id === '' ? undefined : work.batchPayments.get(id);
    if (id === '') errors.push({ Message: 'BatchPaymentID must be specified' });
    else if (batch === undefined) errors.push({ Message: `Batch payment '${id}' could not be found` });
    else if (batch.status === 'DELETED') errors.push({ Message: BATCH_ALREADY_DELETED });
    if (errors.length > 0 || batch === undefined) return { ok: false, element, errors };
    reverseBatch(ctx.state, batch, ctx.req.now);
    return { ok: true, wire: batchPaymentToWire(ctx.state, batch) };
  });
  return batchResponse(
    ctx.response,
    'BatchPayments',
    outcomes,
    summarizeErrors(ctx.query),
    'HasValidationErrors',
  );
}

/** Every payment of the batch is reversed as a single payment's reversal is. */
function reverseBatch(state: OrganisationState, batch: BatchPaymentRecord, now: number): void {
  for (const paymentId of batch.paymentIds) {
    const payment = state.payments.get(paymentId);
    if (payment === undefined || payment.status === 'DELETED') continue;
    payment.status = 'DELETED';
    payment.updatedAt = now;
    const invoice = state.invoices.get(payment.invoiceId);
    if (invoice === undefined) continue;
    invoice.amountPaidCents -= payment.amountCents;
    if (invoice.status === 'PAID') invoice.status = 'AUTHORISED';
    delete invoice.fullyPaidOn;
    invoice.updatedAt = now;
  }
  batch.status = 'DELETED';
  batch.updatedAt = now;
}
