/**
 * Validating and applying one invoice element of a PUT (create) or POST (create or update) batch.
 * Every problem with an element is collected, so the client sees them all at once, and nothing is
 * changed for an element that has any error.
 */
import { asElement, type ElementOutcome, field, stringField } from './batch-write.js';
import { type LineAmountTypes, lineTaxCents, readNumber, taxRateFor, toCents } from './money.js';
import {
  type ContactRecord,
  INVOICE_STATUSES,
  INVOICE_TYPES,
  type InvoiceRecord,
  type InvoiceStatus,
  type InvoiceType,
  type LineItemRecord,
  type OrganisationState,
} from './records.js';
import { invoiceToWire } from './wire-format.js';
import type { XeroValidationError } from './wire-types.js';
import { addDays, parseInputDate, startOfUtcDay } from './xero-dates.js';

export type InvoiceWriteMode = 'create' | 'upsert';

/** Xero's wording for these two, so code written against real responses recognises them. */
export const NOT_VALID_FOR_CREATION = 'Invoice not of valid status for creation';
export const NOT_VALID_FOR_MODIFICATION = 'Invoice not of valid status for modification';
export const INVOICE_NUMBER_NOT_UNIQUE = 'Invoice # must be unique.';
export const CONTACT_REQUIRED = 'A Contact must be specified for this type of transaction';
export const HAS_PAYMENTS =
  'This document cannot be edited as it has a payment or credit note allocated to it.';

const CREATABLE_STATUSES: readonly InvoiceStatus[] = ['DRAFT', 'SUBMITTED', 'AUTHORISED'];
// Which status an existing invoice may move to through an update (PAID only ever comes from payments).
const ALLOWED_TRANSITIONS: Readonly<Record<InvoiceStatus, readonly InvoiceStatus[]>> = {
  DRAFT: ['DRAFT', 'SUBMITTED', 'AUTHORISED', 'DELETED'],
  SUBMITTED: ['DRAFT', 'SUBMITTED', 'AUTHORISED', 'DELETED'],
  AUTHORISED: ['AUTHORISED', 'VOIDED'],
  PAID: [],
  VOIDED: [],
  DELETED: [],
};
const DEFAULT_PAYMENT_TERMS_DAYS = 30;

export type ContactChoice = { record: ContactRecord } | { name: string };

export function writeInvoice(
  state: OrganisationState,
  raw: unknown,
  mode: InvoiceWriteMode,
  now: number,
  pathId: string | undefined,
): ElementOutcome {
  const element = asElement(raw);
  if (element === undefined) {
    return { ok: false, element: {}, errors: [{ Message: 'Each Invoices element must be a JSON object' }] };
  }
  const id = (pathId ?? stringField(element, 'InvoiceID'))?.toLowerCase();
  if (id !== undefined && id !== '') {
    if (mode === 'create') {
      return fail(
        element,
        `InvoiceID '${id}' was sent to PUT /Invoices, which only creates invoices: use POST to update`,
      );
    }
    const existing = state.invoices.get(id);
    if (existing === undefined)
      return fail(element, 'The document with the supplied id was not found for this endpoint.');
    return updateInvoice(state, element, existing, now);
  }
  if (mode === 'upsert') {
    const number = stringField(element, 'InvoiceNumber');
    const byNumberId = number === undefined ? undefined : state.invoiceIdByNumber.get(number.toLowerCase());
    const byNumber = byNumberId === undefined ? undefined : state.invoices.get(byNumberId);
    if (byNumber !== undefined) return updateInvoice(state, element, byNumber, now);
  }
  return createInvoice(state, element, now);
}

function createInvoice(
  state: OrganisationState,
  element: Record<string, unknown>,
  now: number,
): ElementOutcome {
  const errors: XeroValidationError[] = [];
  const type = readType(element, errors, true);
  const contact = readContact(state, element, errors);
  const lineAmountTypes = readLineAmountTypes(element, errors) ?? 'Exclusive';
  const status = readStatus(element, errors) ?? 'DRAFT';
  if (!CREATABLE_STATUSES.includes(status)) errors.push({ Message: NOT_VALID_FOR_CREATION });
  const date = readDate(element, 'Date', errors) ?? startOfUtcDay(now);
  const dueDate = readDate(element, 'DueDate', errors) ?? addDays(date, DEFAULT_PAYMENT_TERMS_DAYS);
  const currency = readCurrency(state, element, errors);
  const lines = readLineItems(state, element, type ?? 'ACCREC', lineAmountTypes, errors, []);
  const number = stringField(element, 'InvoiceNumber')?.trim();
  if (type === 'ACCREC' && number !== undefined && number !== '' && numberTaken(state, number, undefined)) {
    errors.push({ Message: INVOICE_NUMBER_NOT_UNIQUE });
  }
  if (errors.length > 0 || type === undefined || contact === undefined || lines === undefined) {
    return { ok: false, element, errors };
  }

  const contactRecord = resolveContact(state, contact, now);
  const invoice: InvoiceRecord = {
    invoiceId: state.ids.uuid(),
    invoiceNumber:
      number !== undefined && number !== '' ? number : type === 'ACCREC' ? nextInvoiceNumber(state) : '',
    type,
    status,
    contactId: contactRecord.contactId,
    reference: stringField(element, 'Reference') ?? '',
    lineAmountTypes,
    lineItems: lines,
    date,
    dueDate,
    currencyCode: currency?.code ?? state.organisation.baseCurrency,
    currencyRate: currency?.rate ?? 1,
    subTotalCents: 0,
    totalTaxCents: 0,
    totalCents: 0,
    amountPaidCents: 0,
    paymentIds: [],
    sentToContact: false,
    updatedAt: now,
  };
  applyTotals(invoice);
  applySentToContact(invoice, element);
  markContactRole(contactRecord, type);
  state.invoices.set(invoice.invoiceId, invoice);
  if (invoice.invoiceNumber !== '')
    state.invoiceIdByNumber.set(invoice.invoiceNumber.toLowerCase(), invoice.invoiceId);
  return { ok: true, wire: invoiceToWire(state, invoice), ...totalWarnings(element, invoice) };
}

function updateInvoice(
  state: OrganisationState,
  element: Record<string, unknown>,
  invoice: InvoiceRecord,
  now: number,
): ElementOutcome {
  if (invoice.status === 'PAID' || invoice.status === 'VOIDED' || invoice.status === 'DELETED') {
    return fail(element, NOT_VALID_FOR_MODIFICATION);
  }
  const errors: XeroValidationError[] = [];
  const type = readType(element, errors, false);
  if (type !== undefined && type !== invoice.type) {
    errors.push({ Message: `The Type of an existing invoice cannot be changed (it is ${invoice.type})` });
  }
  const contact = field(element, 'Contact') === undefined ? undefined : readContact(state, element, errors);
  const lineAmountTypes = readLineAmountTypes(element, errors);
  const status = readStatus(element, errors);
  if (status !== undefined && status !== invoice.status) {
    if (
      invoice.status === 'AUTHORISED' &&
      status === 'VOIDED' &&
      invoice.amountPaidCents + (invoice.amountCreditedCents ?? 0) > 0
    ) {
      errors.push({ Message: HAS_PAYMENTS });
    } else if (!ALLOWED_TRANSITIONS[invoice.status].includes(status)) {
      errors.push({
        Message:
          status === 'PAID'
            ? 'An invoice becomes PAID when payments cover it: create a Payment instead of setting Status to PAID'
            : `${NOT_VALID_FOR_MODIFICATION}: a ${invoice.status} invoice cannot become ${status}`,
      });
    }
  }
  const date = readDate(element, 'Date', errors);
  const dueDate = readDate(element, 'DueDate', errors);
  const currency =
    field(element, 'CurrencyCode') === undefined ? undefined : readCurrency(state, element, errors);
  const newAmountTypes = lineAmountTypes ?? invoice.lineAmountTypes;
  const lines =
    field(element, 'LineItems') === undefined
      ? undefined
      : readLineItems(state, element, invoice.type, newAmountTypes, errors, invoice.lineItems);
  const amountsChange = lines !== undefined || lineAmountTypes !== undefined || currency !== undefined;
  if (amountsChange && invoice.amountPaidCents + (invoice.amountCreditedCents ?? 0) > 0)
    errors.push({ Message: HAS_PAYMENTS });
  const number = stringField(element, 'InvoiceNumber')?.trim();
  if (
    invoice.type === 'ACCREC' &&
    number !== undefined &&
    number !== '' &&
    numberTaken(state, number, invoice.invoiceId)
  ) {
    errors.push({ Message: INVOICE_NUMBER_NOT_UNIQUE });
  }
  if (errors.length > 0) return { ok: false, element, errors };

  if (contact !== undefined) {
    const contactRecord = resolveContact(state, contact, now);
    invoice.contactId = contactRecord.contactId;
    markContactRole(contactRecord, invoice.type);
  }
  if (status !== undefined) invoice.status = status;
  if (date !== undefined) invoice.date = date;
  if (dueDate !== undefined) invoice.dueDate = dueDate;
  if (currency !== undefined) {
    invoice.currencyCode = currency.code;
    invoice.currencyRate = currency.rate;
  }
  if (lineAmountTypes !== undefined) invoice.lineAmountTypes = lineAmountTypes;
  if (lines !== undefined) invoice.lineItems = lines;
  else if (lineAmountTypes !== undefined) retax(state, invoice);
  const reference = stringField(element, 'Reference');
  if (reference !== undefined) invoice.reference = reference;
  if (number !== undefined && number !== '' && number !== invoice.invoiceNumber) {
    const oldKey = invoice.invoiceNumber.toLowerCase();
    if (state.invoiceIdByNumber.get(oldKey) === invoice.invoiceId) state.invoiceIdByNumber.delete(oldKey);
    invoice.invoiceNumber = number;
    state.invoiceIdByNumber.set(number.toLowerCase(), invoice.invoiceId);
  }
  applyTotals(invoice);
  applySentToContact(invoice, element);
  invoice.updatedAt = now;
  return { ok: true, wire: invoiceToWire(state, invoice), ...totalWarnings(element, invoice) };
}

function readType(
  element: Record<string, unknown>,
  errors: XeroValidationError[],
  required: boolean,
): InvoiceType | undefined {
  const value = stringField(element, 'Type');
  if (value === undefined) {
    if (required) errors.push({ Message: 'Invoice Type must be specified (ACCREC or ACCPAY)' });
    return undefined;
  }
  const type = value.toUpperCase() as InvoiceType;
  if (INVOICE_TYPES.includes(type)) return type;
  errors.push({
    Message: `Invoice Type '${value}' is not supported: use ACCREC (sales invoice) or ACCPAY (bill)`,
  });
  return undefined;
}

export function readContact(
  state: OrganisationState,
  element: Record<string, unknown>,
  errors: XeroValidationError[],
): ContactChoice | undefined {
  const contact = asElement(field(element, 'Contact'));
  const id = contact === undefined ? undefined : stringField(contact, 'ContactID')?.trim();
  if (id !== undefined && id !== '') {
    const record = state.contacts.get(id.toLowerCase());
    if (record !== undefined) return { record };
    errors.push({ Message: `The contact with ContactID '${id}' could not be found` });
    return undefined;
  }
  const name = contact === undefined ? undefined : stringField(contact, 'Name')?.trim();
  if (name !== undefined && name !== '') return { name };
  errors.push({ Message: CONTACT_REQUIRED });
  return undefined;
}

/** An invoice may name a contact instead of giving its id: Xero finds it by name or creates it. */
export function resolveContact(state: OrganisationState, choice: ContactChoice, now: number): ContactRecord {
  if ('record' in choice) return choice.record;
  const existingId = state.contactIdByName.get(choice.name.toLowerCase());
  const existing = existingId === undefined ? undefined : state.contacts.get(existingId);
  if (existing !== undefined) return existing;
  const contact: ContactRecord = {
    contactId: state.ids.uuid(),
    name: choice.name,
    status: 'ACTIVE',
    isCustomer: false,
    isSupplier: false,
    updatedAt: now,
  };
  state.contacts.set(contact.contactId, contact);
  state.contactIdByName.set(choice.name.toLowerCase(), contact.contactId);
  return contact;
}

function markContactRole(contact: ContactRecord, type: InvoiceType): void {
  if (type === 'ACCREC') contact.isCustomer = true;
  else contact.isSupplier = true;
}

export function readLineAmountTypes(
  element: Record<string, unknown>,
  errors: XeroValidationError[],
): LineAmountTypes | undefined {
  const value = stringField(element, 'LineAmountTypes');
  if (value === undefined) return undefined;
  const match = (['Exclusive', 'Inclusive', 'NoTax'] as const).find(
    (name) => name.toLowerCase() === value.toLowerCase(),
  );
  if (match === undefined)
    errors.push({ Message: `LineAmountTypes '${value}' is not valid: use Exclusive, Inclusive or NoTax` });
  return match;
}

function readStatus(
  element: Record<string, unknown>,
  errors: XeroValidationError[],
): InvoiceStatus | undefined {
  const value = stringField(element, 'Status');
  if (value === undefined) return undefined;
  const status = value.toUpperCase() as InvoiceStatus;
  if (INVOICE_STATUSES.includes(status)) return status;
  errors.push({
    Message: `Status '${value}' is not a valid invoice status (${INVOICE_STATUSES.join(', ')})`,
  });
  return undefined;
}

export function readDate(
  element: Record<string, unknown>,
  name: string,
  errors: XeroValidationError[],
): number | undefined {
  const value = field(element, name);
  if (value === undefined || value === null) return undefined;
  const parsed = parseInputDate(value);
  if (parsed === undefined) {
    errors.push({ Message: `${name} '${String(value)}' is not a valid date: use YYYY-MM-DD` });
  }
  return parsed;
}

export function readCurrency(
  state: OrganisationState,
  element: Record<string, unknown>,
  errors: XeroValidationError[],
): { code: string; rate: number } | undefined {
  const code = stringField(element, 'CurrencyCode')?.trim().toUpperCase();
  const rateValue = field(element, 'CurrencyRate');
  const rate = rateValue === undefined ? undefined : readNumber(rateValue);
  if (rateValue !== undefined && (rate === undefined || rate <= 0)) {
    errors.push({ Message: `CurrencyRate '${String(rateValue)}' must be a positive number` });
  }
  if (code === undefined) return undefined;
  if (!/^[A-Z]{3}$/.test(code)) {
    errors.push({ Message: `CurrencyCode '${code}' is not a valid ISO 4217 code` });
    return undefined;
  }
  return { code, rate: code === state.organisation.baseCurrency ? 1 : (rate ?? 1) };
}

export function readLineItems(
  state: OrganisationState,
  element: Record<string, unknown>,
  type: InvoiceType,
  amountTypes: LineAmountTypes,
  errors: XeroValidationError[],
  previous: readonly LineItemRecord[],
): LineItemRecord[] | undefined {
  const value = field(element, 'LineItems');
  if (!Array.isArray(value) || value.length === 0) {
    errors.push({ Message: 'At least one LineItem must be specified' });
    return undefined;
  }
  const lines: LineItemRecord[] = [];
  const before = errors.length;
  value.forEach((raw, index) => {
    const label = `LineItem ${index + 1}`;
    const line = asElement(raw);
    if (line === undefined) {
      errors.push({ Message: `${label} must be a JSON object` });
      return;
    }
    const quantityValue = field(line, 'Quantity');
    const quantity = quantityValue === undefined || quantityValue === null ? 1 : readNumber(quantityValue);
    if (quantity === undefined)
      errors.push({ Message: `${label}: Quantity '${String(quantityValue)}' must be a number` });
    const unitValue = field(line, 'UnitAmount');
    const lineAmountValue = readNumber(field(line, 'LineAmount'));
    let unitAmount = unitValue === undefined || unitValue === null ? undefined : readNumber(unitValue);
    if (unitAmount === undefined && unitValue === undefined && lineAmountValue !== undefined && quantity) {
      unitAmount = lineAmountValue / quantity;
    }
    if (unitAmount === undefined) {
      errors.push({
        Message:
          unitValue === undefined
            ? `${label}: UnitAmount must be specified`
            : `${label}: UnitAmount '${String(unitValue)}' must be a number`,
      });
    }
    const accountCode = stringField(line, 'AccountCode')?.trim();
    const accountId =
      accountCode === undefined ? undefined : state.accountIdByCode.get(accountCode.toLowerCase());
    const account = accountId === undefined ? undefined : state.accounts.get(accountId);
    if (
      accountCode !== undefined &&
      accountCode !== '' &&
      (account === undefined || account.status !== 'ACTIVE')
    ) {
      errors.push({ Message: `Account code '${accountCode}' is not a valid code for this document.` });
    }
    if (quantity === undefined || unitAmount === undefined) return;
    const taxType =
      stringField(line, 'TaxType')?.toUpperCase() ??
      (amountTypes === 'NoTax'
        ? 'NONE'
        : account !== undefined && (account.taxType === 'OUTPUT' || account.taxType === 'INPUT')
          ? account.taxType
          : type === 'ACCREC'
            ? 'OUTPUT'
            : 'INPUT');
    const lineAmountCents = toCents(quantity * unitAmount);
    const givenId = stringField(line, 'LineItemID')?.toLowerCase();
    const record: LineItemRecord = {
      lineItemId:
        givenId !== undefined && previous.some((old) => old.lineItemId === givenId)
          ? givenId
          : state.ids.uuid(),
      description: stringField(line, 'Description') ?? '',
      quantity,
      unitAmount,
      taxType,
      lineAmountCents,
      taxAmountCents: lineTaxCents(lineAmountCents, taxRateFor(taxType, state.standardTaxRate), amountTypes),
    };
    if (accountCode !== undefined && accountCode !== '') record.accountCode = accountCode;
    const itemCode = stringField(line, 'ItemCode');
    if (itemCode !== undefined) record.itemCode = itemCode;
    lines.push(record);
  });
  return errors.length > before ? undefined : lines;
}

/** Recomputes line taxes after LineAmountTypes changed without new lines. */
function retax(state: OrganisationState, invoice: InvoiceRecord): void {
  for (const line of invoice.lineItems) {
    if (invoice.lineAmountTypes === 'NoTax') line.taxType = 'NONE';
    line.taxAmountCents = lineTaxCents(
      line.lineAmountCents,
      taxRateFor(line.taxType, state.standardTaxRate),
      invoice.lineAmountTypes,
    );
  }
}

function applyTotals(invoice: InvoiceRecord): void {
  const lineSum = invoice.lineItems.reduce((sum, line) => sum + line.lineAmountCents, 0);
  const tax = invoice.lineItems.reduce((sum, line) => sum + line.taxAmountCents, 0);
  invoice.totalTaxCents = tax;
  // Inclusive line amounts already contain the tax.
  if (invoice.lineAmountTypes === 'Inclusive') {
    invoice.totalCents = lineSum;
    invoice.subTotalCents = lineSum - tax;
  } else {
    invoice.subTotalCents = lineSum;
    invoice.totalCents = lineSum + tax;
  }
}

function applySentToContact(invoice: InvoiceRecord, element: Record<string, unknown>): void {
  const sent = field(element, 'SentToContact');
  // Xero only marks approved invoices as sent.
  if (typeof sent === 'boolean' && (invoice.status === 'AUTHORISED' || invoice.status === 'PAID')) {
    invoice.sentToContact = sent;
  }
}

/** Xero ignores a Total that does not match the lines; the simulator also says so as a WARNING. */
function totalWarnings(
  element: Record<string, unknown>,
  invoice: InvoiceRecord,
): { warnings?: XeroValidationError[] } {
  const given = readNumber(field(element, 'Total'));
  if (given === undefined || toCents(given) === invoice.totalCents) return {};
  return {
    warnings: [
      {
        Message: `Total ${given} does not equal the sum of the line amounts (${invoice.totalCents / 100}) and was ignored`,
      },
    ],
  };
}

function numberTaken(state: OrganisationState, number: string, selfId: string | undefined): boolean {
  const id = state.invoiceIdByNumber.get(number.toLowerCase());
  const other = id === undefined ? undefined : state.invoices.get(id);
  return (
    other !== undefined && other.invoiceId !== selfId && other.type === 'ACCREC' && other.status !== 'DELETED'
  );
}

function nextInvoiceNumber(state: OrganisationState): string {
  for (;;) {
    const number = `INV-${String(state.nextInvoiceNumber++).padStart(4, '0')}`;
    if (!state.invoiceIdByNumber.has(number.toLowerCase())) return number;
  }
}

function fail(element: Record<string, unknown>, message: string): ElementOutcome {
  return { ok: false, element, errors: [{ Message: message }] };
}
