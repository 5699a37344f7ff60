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
import {
  type AccountRecord,
  amountDueCents,
  type InvoiceRecord,
  type OrganisationState,
  type PaymentRecord,
} from '../records.js';
import { notFound, okEnvelope, requestValidationError } from '../responses.js';
import { paymentToWire } from '../wire-format.js';
import type { XeroValidationError } from '../wire-types.js';
import { parseInputDate, startOfUtcDay } from '../xero-dates.js';
import type { Endpoint, EndpointContext } from './endpoint.js';

export const PAYMENT_NOT_AUTHORISED = 'Payments can only be made against Authorised documents';
/** A batch payment's payments are reversed together, by deleting the batch payment. */
export const PAYMENT_IN_BATCH =
  'This payment is part of a batch payment: delete the batch payment (POST /BatchPayments/{BatchPaymentID}) instead';
export const PAYMENT_EXCEEDS_AMOUNT_DUE = 'Payment amount exceeds the amount outstanding on this document';

function paymentListSpec(state: OrganisationState): ListSpec<PaymentRecord> {
  return {
    byId: { param: 'ids', get: (id) => state.payments.get(id), whereField: 'paymentid' },
    // IDs and Statuses are refused before listing (see PAYMENTS_HAVE_NO_IDS); `where` covers both.
    filters: [],
    updatedAt: (payment) => payment.updatedAt,
    fields: {
      paymentid: (payment) => payment.paymentId,
      status: (payment) => payment.status,
      paymenttype: (payment) => payment.paymentType,
      reference: (payment) => payment.reference,
      date: (payment) => payment.date,
      amount: (payment) => fromCents(payment.amountCents),
      isreconciled: (payment) => payment.isReconciled,
      updateddateutc: (payment) => payment.updatedAt,
      'invoice.invoiceid': (payment) => payment.invoiceId,
      'invoice.invoicenumber': (payment) => state.invoices.get(payment.invoiceId)?.invoiceNumber ?? '',
      'account.accountid': (payment) => payment.accountId,
      'account.code': (payment) => state.accounts.get(payment.accountId)?.code ?? '',
    },
  };
}

/**
 * GET /Payments (where, order, paging, If-Modified-Since), GET /Payments/{PaymentID}, PUT or POST
 * /Payments (create; each payment reduces its invoice's AmountDue and pays it off at zero) and
 * POST /Payments/{PaymentID} with `Status: "DELETED"` (reverses the payment).
 */
export const paymentsEndpoint: Endpoint = {
  collectionMethods: ['GET', 'PUT', 'POST'],
  itemMethods: ['GET', 'POST'],
  handle(ctx, id) {
    if (ctx.req.method === 'GET') return id === undefined ? listPayments(ctx) : getPayment(ctx, id);
    return id === undefined ? createPayments(ctx) : deletePayment(ctx, id);
  },
};

/**
 * Xero's GET /Payments has no `IDs` parameter (its OpenAPI lists where, order, page, pageSize and
 * If-Modified-Since only). A parameter Xero does not define is ignored at best, so a client sending `IDs`
 * there would get every payment back and believe it got a filtered list: the simulator says so instead.
 */
export const PAYMENTS_HAVE_NO_IDS =
  'GET /Payments has no IDs parameter in Xero\'s API (Xero would not filter by it): select payments by id with where=PaymentID==Guid("…") OR PaymentID==Guid("…")';
/** The same trap with `Statuses`, which Invoices has and Payments does not. */
export const PAYMENTS_HAVE_NO_STATUSES =
  'GET /Payments has no Statuses parameter in Xero\'s API (Xero would not filter by it): use where=Status=="AUTHORISED"';

function listPayments(ctx: EndpointContext): AccountingResponse {
  if (ctx.query.has('ids')) return requestValidationError(PAYMENTS_HAVE_NO_IDS);
  if (ctx.query.has('statuses')) return requestValidationError(PAYMENTS_HAVE_NO_STATUSES);
  const listed = listRecords(
    ctx.state.payments.values(),
    paymentListSpec(ctx.state),
    ctx.query,
    ctx.req.headers,
  );
  if (!listed.ok) return listed.response;
  return okEnvelope(
    ctx.response,
    'Payments',
    listed.items.map((payment) => paymentToWire(ctx.state, payment)),
    listed.pagination,
  );
}

function getPayment(ctx: EndpointContext, id: string): AccountingResponse {
  const payment = ctx.state.payments.get(id.toLowerCase());
  return payment === undefined
    ? notFound()
    : okEnvelope(ctx.response, 'Payments', [paymentToWire(ctx.state, payment)]);
}

function createPayments(ctx: EndpointContext): AccountingResponse {
  const batch = readBatch(ctx.req.body, 'Payments');
  if (!batch.ok) return batch.response;
  // In order: two payments in one batch against one invoice see each other's effect.
  const outcomes = batch.elements.map((raw) => createPayment(ctx.state, raw, ctx.req.now));
  return batchResponse(ctx.response, 'Payments', outcomes, summarizeErrors(ctx.query), 'HasValidationErrors');
}

function createPayment(state: OrganisationState, raw: unknown, now: number): ElementOutcome {
  const element = asElement(raw);
  if (element === undefined) {
    return { ok: false, element: {}, errors: [{ Message: 'Each Payments element must be a JSON object' }] };
  }
  const errors: XeroValidationError[] = [];
  const invoice = findInvoice(state, element, errors);
  const account = findAccount(state, element, errors);

  const amountValue = field(element, 'Amount');
  const amount = readNumber(amountValue);
  if (amountValue === undefined) errors.push({ Message: 'Payment Amount must be specified' });
  else if (amount === undefined || toCents(amount) <= 0) {
    errors.push({ Message: `Payment Amount '${String(amountValue)}' must be a number greater than zero` });
  }
  const dateValue = field(element, 'Date');
  const date = dateValue === undefined || dateValue === null ? startOfUtcDay(now) : parseInputDate(dateValue);
  if (date === undefined)
    errors.push({ Message: `Date '${String(dateValue)}' is not a valid date: use YYYY-MM-DD` });

  if (invoice !== undefined) {
    if (invoice.status !== 'AUTHORISED') errors.push({ Message: PAYMENT_NOT_AUTHORISED });
    else if (amount !== undefined && toCents(amount) > amountDueCents(invoice)) {
      errors.push({
        Message: `${PAYMENT_EXCEEDS_AMOUNT_DUE} (Amount ${amount}, AmountDue ${fromCents(amountDueCents(invoice))})`,
      });
    }
  }
  if (
    errors.length > 0 ||
    invoice === undefined ||
    account === undefined ||
    amount === undefined ||
    date === undefined
  ) {
    return { ok: false, element, errors };
  }

  const rate = readNumber(field(element, 'CurrencyRate'));
  const reconciled = field(element, 'IsReconciled');
  const payment: PaymentRecord = {
    paymentId: state.ids.uuid(),
    invoiceId: invoice.invoiceId,
    accountId: account.accountId,
    date,
    amountCents: toCents(amount),
    reference: stringField(element, 'Reference') ?? '',
    currencyRate: rate !== undefined && rate > 0 ? rate : invoice.currencyRate,
    status: 'AUTHORISED',
    paymentType: invoice.type === 'ACCREC' ? 'ACCRECPAYMENT' : 'ACCPAYPAYMENT',
    isReconciled: reconciled === true,
    updatedAt: now,
  };
  state.payments.set(payment.paymentId, payment);
  invoice.paymentIds.push(payment.paymentId);
  invoice.amountPaidCents += payment.amountCents;
  if (amountDueCents(invoice) === 0) {
    invoice.status = 'PAID';
    invoice.fullyPaidOn = date;
  }
  invoice.updatedAt = now;
  return { ok: true, wire: paymentToWire(state, payment) };
}

export function findInvoice(
  state: OrganisationState,
  element: Record<string, unknown>,
  errors: XeroValidationError[],
): InvoiceRecord | undefined {
  const ref = asElement(field(element, 'Invoice'));
  const id = ref === undefined ? undefined : stringField(ref, 'InvoiceID')?.trim();
  const number =
    (ref === undefined ? undefined : stringField(ref, 'InvoiceNumber')?.trim()) ??
    stringField(element, 'InvoiceNumber')?.trim();
  if ((id === undefined || id === '') && (number === undefined || number === '')) {
    errors.push({ Message: 'An Invoice (InvoiceID or InvoiceNumber) must be specified for the payment' });
    return undefined;
  }
  const invoiceId =
    id !== undefined && id !== ''
      ? id.toLowerCase()
      : state.invoiceIdByNumber.get(number?.toLowerCase() ?? '');
  const invoice = invoiceId === undefined ? undefined : state.invoices.get(invoiceId);
  if (invoice === undefined)
    errors.push({ Message: 'The document with the supplied id was not found for this endpoint.' });
  return invoice;
}

export function findAccount(
  state: OrganisationState,
  element: Record<string, unknown>,
  errors: XeroValidationError[],
): AccountRecord | undefined {
  const ref = asElement(field(element, 'Account'));
  const id = ref === undefined ? undefined : stringField(ref, 'AccountID')?.trim();
  const code =
    (ref === undefined ? undefined : stringField(ref, 'Code')?.trim()) ??
    stringField(element, 'Code')?.trim();
  let account: AccountRecord | undefined;
  if (id !== undefined && id !== '') {
    account = state.accounts.get(id.toLowerCase());
    if (account === undefined)
      errors.push({ Message: `The account with AccountID '${id}' could not be found` });
  } else if (code !== undefined && code !== '') {
    const accountId = state.accountIdByCode.get(code.toLowerCase());
    account = accountId === undefined ? undefined : state.accounts.get(accountId);
    if (account === undefined)
      errors.push({ Message: `Account code '${code}' is not a valid code for this document.` });
  } else {
    errors.push({ Message: 'An Account (AccountID or Code) must be specified for the payment' });
    return undefined;
  }
  if (account === undefined) return undefined;
  if (account.status !== 'ACTIVE') {
    errors.push({ Message: `Account '${account.code}' is archived and cannot receive payments` });
    return undefined;
  }
  if (account.type !== 'BANK' && !account.enablePaymentsToAccount) {
    errors.push({
      Message: `Account '${account.code}' cannot receive payments: use a BANK account or one with EnablePaymentsToAccount`,
    });
    return undefined;
  }
  return account;
}

/** POST /Payments/{id} `{Status: "DELETED"}`: the only change Xero allows to a payment. */
function deletePayment(ctx: EndpointContext, id: string): AccountingResponse {
  const { state } = ctx;
  const payment = state.payments.get(id.toLowerCase());
  if (payment === undefined) return notFound();
  const batch = readBatch(ctx.req.body, 'Payments');
  if (!batch.ok) return batch.response;
  const outcomes = batch.elements.map((raw): ElementOutcome => {
    const element = asElement(raw) ?? {};
    if (stringField(element, 'Status')?.toUpperCase() !== 'DELETED') {
      return { ok: false, element, errors: [{ Message: 'A payment can only be updated to Status DELETED' }] };
    }
    if (payment.status === 'DELETED') {
      return { ok: false, element, errors: [{ Message: 'This payment has already been deleted' }] };
    }
    if (payment.batchPaymentId !== undefined) {
      return { ok: false, element, errors: [{ Message: PAYMENT_IN_BATCH }] };
    }
    const invoice = state.invoices.get(payment.invoiceId);
    payment.status = 'DELETED';
    payment.updatedAt = ctx.req.now;
    if (invoice !== undefined) {
      invoice.amountPaidCents -= payment.amountCents;
      if (invoice.status === 'PAID') invoice.status = 'AUTHORISED';
      delete invoice.fullyPaidOn;
      invoice.updatedAt = ctx.req.now;
    }
    return { ok: true, wire: paymentToWire(state, payment) };
  });
  return batchResponse(ctx.response, 'Payments', outcomes, summarizeErrors(ctx.query), 'HasValidationErrors');
}
