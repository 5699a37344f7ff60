/**
 * PUT/POST /BankTransactions, one element at a time: a money movement through a bank account (RECEIVE or
 * SPEND), validated as Xero does, totals computed in cents. An element that fails changes nothing.
 * Simpler than Xero in two ways, said in the errors: a Contact must already exist (Xero would create one
 * by Name), and overpayment, prepayment and transfer types are not created here.
 */
import { asElement, type ElementOutcome, field, stringField } from './batch-write.js';
import { type BankTransactionRecord, type BankTransactionType, extraResources } from './extra-resources.js';
import { bankTransactionToWire } from './extra-wire-format.js';
import { type LineAmountTypes, lineTaxCents, readNumber, taxRateFor, toCents } from './money.js';
import type { AccountRecord, LineItemRecord, OrganisationState } from './records.js';
import type { XeroValidationError } from './wire-types.js';
import { parseInputDate, startOfUtcDay } from './xero-dates.js';

export type BankTransactionWriteMode = 'create' | 'upsert';

const TYPES: readonly string[] = ['RECEIVE', 'SPEND'];
const OTHER_TYPES: readonly string[] = [
  'RECEIVE-OVERPAYMENT',
  'RECEIVE-PREPAYMENT',
  'SPEND-OVERPAYMENT',
  'SPEND-PREPAYMENT',
  'RECEIVE-TRANSFER',
  'SPEND-TRANSFER',
];

/**
 * Creates (PUT, or POST without an id) or updates (POST with `BankTransactionID`, or the path's id) one
 * bank transaction. Updates may set `Status: "DELETED"`; a reconciled or deleted transaction is not edited.
 */
export function writeBankTransaction(
  state: OrganisationState,
  raw: unknown,
  mode: BankTransactionWriteMode,
  now: number,
  pathId: string | undefined,
): ElementOutcome {
  const element = asElement(raw);
  if (element === undefined) return fail({}, 'A BankTransaction must be a JSON object');
  const extras = extraResources(state);
  const id = (pathId ?? stringField(element, 'BankTransactionID'))?.toLowerCase();
  if (id !== undefined && id !== '') {
    const existing = extras.bankTransactions.get(id);
    if (existing === undefined) {
      return fail(
        element,
        `BankTransactionID '${id}' does not match a bank transaction in this organisation`,
      );
    }
    if (mode === 'create')
      return fail(element, 'A bank transaction with this BankTransactionID already exists');
    return updateBankTransaction(state, existing, element, now);
  }
  return createBankTransaction(state, element, now);
}

function createBankTransaction(
  state: OrganisationState,
  element: Record<string, unknown>,
  now: number,
): ElementOutcome {
  const errors: XeroValidationError[] = [];
  const type = readType(element, errors);
  const contactId = readContact(state, element, errors);
  const account = readBankAccount(state, element, errors);
  const amountTypes = readLineAmountTypes(element, errors, 'Exclusive');
  const currency = readCurrency(state, element, errors, account);
  const date = readDate(element, errors, startOfUtcDay(now));
  const status = readStatus(element, errors, 'AUTHORISED');
  const lines =
    type === undefined ? undefined : readLineItems(state, element, type, amountTypes ?? 'Exclusive', errors);
  if (
    errors.length > 0 ||
    type === undefined ||
    contactId === undefined ||
    account === undefined ||
    amountTypes === undefined ||
    currency === undefined ||
    date === undefined ||
    status === undefined ||
    lines === undefined
  ) {
    return { ok: false, element, errors };
  }
  if (status === 'DELETED') return fail(element, 'A bank transaction cannot be created as DELETED');
  const extras = extraResources(state);
  const record: BankTransactionRecord = {
    bankTransactionId: extras.ids.uuid(),
    type,
    contactId,
    bankAccountId: account.accountId,
    lineItems: lines,
    lineAmountTypes: amountTypes,
    date,
    reference: stringField(element, 'Reference') ?? '',
    currencyCode: currency.code,
    currencyRate: currency.rate,
    status,
    isReconciled: field(element, 'IsReconciled') === true,
    subTotalCents: 0,
    totalTaxCents: 0,
    totalCents: 0,
    updatedAt: now,
  };
  applyTotals(record);
  extras.bankTransactions.set(record.bankTransactionId, record);
  return { ok: true, wire: bankTransactionToWire(state, record) };
}

function updateBankTransaction(
  state: OrganisationState,
  existing: BankTransactionRecord,
  element: Record<string, unknown>,
  now: number,
): ElementOutcome {
  if (existing.status === 'DELETED') return fail(element, 'This bank transaction has been deleted');
  if (existing.isReconciled) {
    return fail(element, 'This Bank Transaction cannot be edited as it has been reconciled.');
  }
  const errors: XeroValidationError[] = [];
  const has = (name: string): boolean => field(element, name) !== undefined;
  const type = has('Type') ? readType(element, errors) : existing.type;
  const contactId = has('Contact') ? readContact(state, element, errors) : existing.contactId;
  const account = has('BankAccount')
    ? readBankAccount(state, element, errors)
    : state.accounts.get(existing.bankAccountId);
  const amountTypes = readLineAmountTypes(element, errors, existing.lineAmountTypes);
  const date = readDate(element, errors, existing.date);
  const status = readStatus(element, errors, existing.status);
  const currency = has('CurrencyCode')
    ? readCurrency(state, element, errors, account)
    : { code: existing.currencyCode, rate: existing.currencyRate };
  const lines =
    has('LineItems') && type !== undefined
      ? readLineItems(state, element, type, amountTypes ?? existing.lineAmountTypes, errors)
      : amountTypes === undefined || amountTypes === existing.lineAmountTypes
        ? existing.lineItems
        : retaxed(state, existing.lineItems, amountTypes);
  if (
    errors.length > 0 ||
    type === undefined ||
    contactId === undefined ||
    account === undefined ||
    amountTypes === undefined ||
    date === undefined ||
    status === undefined ||
    currency === undefined ||
    lines === undefined
  ) {
    return { ok: false, element, errors };
  }
  // Validated in full above: only now is the record changed, so a failed element changes nothing.
  existing.type = type;
  existing.contactId = contactId;
  existing.bankAccountId = account.accountId;
  existing.lineAmountTypes = amountTypes;
  existing.lineItems = lines;
  existing.date = date;
  existing.status = status;
  existing.currencyCode = currency.code;
  existing.currencyRate = currency.rate;
  const reference = stringField(element, 'Reference');
  if (reference !== undefined) existing.reference = reference;
  if (field(element, 'IsReconciled') === true) existing.isReconciled = true;
  applyTotals(existing);
  existing.updatedAt = now;
  return { ok: true, wire: bankTransactionToWire(state, existing) };
}

function readType(
  element: Record<string, unknown>,
  errors: XeroValidationError[],
): BankTransactionType | undefined {
  const value = stringField(element, 'Type')?.toUpperCase();
  if (value === undefined || value === '') {
    errors.push({ Message: 'The Type field is required (RECEIVE or SPEND).' });
    return undefined;
  }
  if (TYPES.includes(value)) return value as BankTransactionType;
  errors.push({
    Message: OTHER_TYPES.includes(value)
      ? `Type '${value}' is not created through /BankTransactions in this simulator: use RECEIVE or SPEND`
      : `Type '${value}' is not a valid bank transaction type (RECEIVE or SPEND)`,
  });
  return undefined;
}

function readContact(
  state: OrganisationState,
  element: Record<string, unknown>,
  errors: XeroValidationError[],
): string | undefined {
  const contact = asElement(field(element, 'Contact'));
  const contactId = contact === undefined ? undefined : stringField(contact, 'ContactID')?.toLowerCase();
  const name = contact === undefined ? undefined : stringField(contact, 'Name')?.trim();
  if (contactId !== undefined && contactId !== '') {
    if (state.contacts.has(contactId)) return contactId;
    errors.push({ Message: `ContactID '${contactId}' does not match a contact in this organisation` });
    return undefined;
  }
  if (name !== undefined && name !== '') {
    const byName = state.contactIdByName.get(name.toLowerCase());
    if (byName !== undefined) return byName;
    errors.push({ Message: `No contact is named '${name}'` });
    return undefined;
  }
  errors.push({ Message: 'A Contact must be specified for this type of transaction' });
  return undefined;
}

function readBankAccount(
  state: OrganisationState,
  element: Record<string, unknown>,
  errors: XeroValidationError[],
): AccountRecord | undefined {
  const ref = asElement(field(element, 'BankAccount'));
  const accountId = ref === undefined ? undefined : stringField(ref, 'AccountID')?.toLowerCase();
  const code = ref === undefined ? undefined : stringField(ref, 'Code')?.trim();
  const id =
    accountId !== undefined && accountId !== ''
      ? accountId
      : code !== undefined && code !== ''
        ? state.accountIdByCode.get(code.toLowerCase())
        : undefined;
  if (ref === undefined || (accountId === undefined && code === undefined)) {
    errors.push({ Message: 'A BankAccount ({ AccountID } or { Code }) must be specified' });
    return undefined;
  }
  const account = id === undefined ? undefined : state.accounts.get(id);
  if (account === undefined || account.type !== 'BANK') {
    errors.push({ Message: `Account '${accountId ?? code}' is not a bank account of this organisation` });
    return undefined;
  }
  if (account.status !== 'ACTIVE') {
    errors.push({ Message: `Bank account '${account.code}' is archived` });
    return undefined;
  }
  return account;
}

function readLineAmountTypes(
  element: Record<string, unknown>,
  errors: XeroValidationError[],
  fallback: LineAmountTypes,
): LineAmountTypes | undefined {
  const value = stringField(element, 'LineAmountTypes');
  if (value === undefined) return fallback;
  const match = (['Exclusive', 'Inclusive', 'NoTax'] as const).find(
    (option) => option.toLowerCase() === value.toLowerCase(),
  );
  if (match === undefined) {
    errors.push({ Message: `LineAmountTypes '${value}' must be Exclusive, Inclusive or NoTax` });
  }
  return match;
}

function readStatus(
  element: Record<string, unknown>,
  errors: XeroValidationError[],
  fallback: 'AUTHORISED' | 'DELETED',
): 'AUTHORISED' | 'DELETED' | undefined {
  const value = stringField(element, 'Status')?.toUpperCase();
  if (value === undefined) return fallback;
  if (value === 'AUTHORISED' || value === 'DELETED') return value;
  errors.push({ Message: `Status '${value}' must be AUTHORISED or DELETED` });
  return undefined;
}

function readDate(
  element: Record<string, unknown>,
  errors: XeroValidationError[],
  fallback: number,
): number | undefined {
  const value = field(element, 'Date');
  if (value === undefined || value === null) return fallback;
  const date = parseInputDate(value);
  if (date === undefined) errors.push({ Message: `Date '${String(value)}' is not a valid date` });
  return date;
}

function readCurrency(
  state: OrganisationState,
  element: Record<string, unknown>,
  errors: XeroValidationError[],
  account: AccountRecord | undefined,
): { code: string; rate: number } | undefined {
  const base = state.organisation.baseCurrency;
  const code = (stringField(element, 'CurrencyCode') ?? account?.currencyCode ?? base).toUpperCase();
  if (!extraResources(state).currencies.some((currency) => currency.code === code)) {
    errors.push({ Message: `Currency '${code}' is not enabled for this organisation` });
    return undefined;
  }
  const rate = readNumber(field(element, 'CurrencyRate'));
  return { code, rate: code === base ? 1 : (rate ?? 1) };
}

function readLineItems(
  state: OrganisationState,
  element: Record<string, unknown>,
  type: BankTransactionType,
  amountTypes: LineAmountTypes,
  errors: XeroValidationError[],
): LineItemRecord[] | undefined {
  const value = field(element, 'LineItems');
  if (!Array.isArray(value) || value.length === 0) {
    errors.push({ Message: 'At least one LineItem must be specified' });
    return undefined;
  }
  const before = errors.length;
  const lines: LineItemRecord[] = [];
  value.forEach((raw, index) => {
    const label = `LineItem ${index + 1}`;
    const line = asElement(raw);
    if (line === undefined) {
      errors.push({ Message: `${label} must be a JSON object` });
      return;
    }
    const quantityValue = field(line, 'Quantity');
    const quantity = quantityValue === undefined || quantityValue === null ? 1 : readNumber(quantityValue);
    const unitAmount = readNumber(field(line, 'UnitAmount')) ?? readNumber(field(line, 'LineAmount'));
    if (quantity === undefined) errors.push({ Message: `${label}: Quantity must be a number` });
    if (unitAmount === undefined) errors.push({ Message: `${label}: UnitAmount must be specified` });
    const accountCode = stringField(line, 'AccountCode')?.trim();
    const account =
      accountCode === undefined
        ? undefined
        : state.accounts.get(state.accountIdByCode.get(accountCode.toLowerCase()) ?? '');
    if (accountCode === undefined || accountCode === '') {
      errors.push({ Message: `${label}: Account code must be specified` });
    } else if (account === undefined || account.status !== 'ACTIVE' || account.type === 'BANK') {
      errors.push({ Message: `Account code '${accountCode}' is not a valid code for this document.` });
    }
    if (quantity === undefined || unitAmount === undefined || account === undefined) return;
    const taxType =
      stringField(line, 'TaxType')?.toUpperCase() ??
      (amountTypes === 'NoTax' ? 'NONE' : type === 'RECEIVE' ? 'OUTPUT' : 'INPUT');
    const lineAmountCents = toCents(quantity * unitAmount);
    const record: LineItemRecord = {
      lineItemId: extraResources(state).ids.uuid(),
      description: stringField(line, 'Description') ?? '',
      quantity,
      unitAmount,
      accountCode: account.code,
      taxType,
      lineAmountCents,
      taxAmountCents: lineTaxCents(lineAmountCents, taxRateFor(taxType, state.standardTaxRate), amountTypes),
    };
    const itemCode = stringField(line, 'ItemCode');
    if (itemCode !== undefined) record.itemCode = itemCode;
    lines.push(record);
  });
  return errors.length > before ? undefined : lines;
}

/** The same lines taxed under other LineAmountTypes (new objects: the record is changed only on success). */
function retaxed(
  state: OrganisationState,
  lines: readonly LineItemRecord[],
  amountTypes: LineAmountTypes,
): LineItemRecord[] {
  return lines.map((line) => ({
    ...line,
    taxAmountCents: lineTaxCents(
      line.lineAmountCents,
      taxRateFor(line.taxType, state.standardTaxRate),
      amountTypes,
    ),
  }));
}

function applyTotals(record: BankTransactionRecord): void {
  let lineCents = 0;
  let taxCents = 0;
  for (const line of record.lineItems) {
    lineCents += line.lineAmountCents;
    taxCents += line.taxAmountCents;
  }
  const inclusive = record.lineAmountTypes === 'Inclusive';
  record.subTotalCents = inclusive ? lineCents - taxCents : lineCents;
  record.totalTaxCents = taxCents;
  record.totalCents = inclusive ? lineCents : lineCents + taxCents;
}

function fail(element: Record<string, unknown>, message: string): ElementOutcome {
  return { ok: false, element, errors: [{ Message: message }] };
}
