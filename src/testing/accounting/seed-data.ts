/**
 * Builds one organisation's starting data from a seed: the same seed and day give the same accounts,
 * contacts, invoices (every status, sales and bills, some overdue) and payments, record for record.
 */
import type { OrganisationSeed } from './contract.js';
import { type LineAmountTypes, lineTaxCents, taxRateFor, toCents } from './money.js';
import { createPrng, hashSeed, type Prng } from './prng.js';
import type {
  AccountClass,
  AccountRecord,
  ContactRecord,
  InvoiceRecord,
  InvoiceStatus,
  InvoiceType,
  LineItemRecord,
  OrganisationState,
  PaymentRecord,
} from './records.js';
import { addDays, startOfUtcDay } from './xero-dates.js';

const HOUR_MS = 3_600_000;

// Cycling through this puts every status in any organisation of 9+ invoices, weighted like a real ledger.
const STATUS_CYCLE: readonly InvoiceStatus[] = [
  'AUTHORISED',
  'PAID',
  'DRAFT',
  'AUTHORISED',
  'SUBMITTED',
  'PAID',
  'AUTHORISED',
  'VOIDED',
  'DELETED',
  'AUTHORISED',
];

const TAX_RATE_BY_COUNTRY: Readonly<Record<string, number>> = { AU: 0.1, NZ: 0.15, GB: 0.2, US: 0 };
const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = { AU: 'AUD', NZ: 'NZD', GB: 'GBP', US: 'USD' };

const NAME_FIRST = [
  'Ridgeway',
  'Bayside',
  'Marine',
  'Hamilton',
  'City',
  'Boom',
  'Petrie',
  'Orlena',
  'Basket',
  'Young',
  'Capital',
  'Coco',
  'Gable',
  'Hoyt',
  'Swanston',
  'Truxton',
  'Wilson',
  'Summit',
];
const NAME_SECOND = [
  'University',
  'Club',
  'Systems',
  'Limousines',
  'FM',
  'Greens',
  'Cases',
  'Bros',
  'Cabs',
  'Cafe',
  'Warehouse',
  'Print',
  'Productions',
  'Security',
  'Property',
  'Trading',
  'Partners',
];
const PEOPLE_FIRST = [
  'Ann',
  'Ben',
  'Chloe',
  'Dev',
  'Ema',
  'Finn',
  'Grace',
  'Hiro',
  'Isla',
  'Jack',
  'Kiri',
  'Liam',
];
const PEOPLE_LAST = ['Smith', 'Ngata', 'Chen', 'Patel', 'Walker', 'Rossi', 'Brown', 'Kaur', 'Young', 'Lee'];
const SALES_LINES = ['Consulting', 'Website design', 'Monthly retainer', 'Support hours', 'Training session'];
const PURCHASE_LINES = ['Office supplies', 'Software subscription', 'Courier', 'Printing', 'Cleaning'];
const REFERENCES = ['', 'Website design', 'Retainer', 'PO 4411', 'Project Falcon', 'Q3 support'];

interface AccountTemplate {
  code: string;
  name: string;
  type: string;
  accountClass: AccountClass;
  taxType: string;
  enablePaymentsToAccount?: boolean;
  bank?: string;
  systemAccount?: string;
  archived?: boolean;
}

// A small Xero-like chart. 090 is the bank account payments go to (EnablePaymentsToAccount on, so either
// reading of "can receive payments" works); 855 is a non-bank account that also accepts payments; 499 is
// archived (payments to it are rejected); 200/260/310/400/429 are line-item accounts.
const CHART: readonly AccountTemplate[] = [
  {
    code: '090',
    name: 'Business Bank Account',
    type: 'BANK',
    accountClass: 'ASSET',
    taxType: 'BASEXCLUDED',
    enablePaymentsToAccount: true,
    bank: '062-000 1234 5678',
  },
  {
    code: '091',
    name: 'Business Savings Account',
    type: 'BANK',
    accountClass: 'ASSET',
    taxType: 'BASEXCLUDED',
    bank: '062-000 8765 4321',
  },
  { code: '200', name: 'Sales', type: 'REVENUE', accountClass: 'REVENUE', taxType: 'OUTPUT' },
  { code: '260', name: 'Other Revenue', type: 'REVENUE', accountClass: 'REVENUE', taxType: 'OUTPUT' },
  { code: '310', name: 'Cost of Goods Sold', type: 'DIRECTCOSTS', accountClass: 'EXPENSE', taxType: 'INPUT' },
  { code: '400', name: 'Advertising', type: 'EXPENSE', accountClass: 'EXPENSE', taxType: 'INPUT' },
  { code: '429', name: 'General Expenses', type: 'EXPENSE', accountClass: 'EXPENSE', taxType: 'INPUT' },
  {
    code: '499',
    name: 'Old Expenses',
    type: 'EXPENSE',
    accountClass: 'EXPENSE',
    taxType: 'INPUT',
    archived: true,
  },
  {
    code: '610',
    name: 'Accounts Receivable',
    type: 'CURRENT',
    accountClass: 'ASSET',
    taxType: 'BASEXCLUDED',
    systemAccount: 'DEBTORS',
  },
  {
    code: '800',
    name: 'Accounts Payable',
    type: 'CURRLIAB',
    accountClass: 'LIABILITY',
    taxType: 'BASEXCLUDED',
    systemAccount: 'CREDITORS',
  },
  {
    code: '820',
    name: 'GST',
    type: 'CURRLIAB',
    accountClass: 'LIABILITY',
    taxType: 'BASEXCLUDED',
    systemAccount: 'GST',
  },
  {
    code: '855',
    name: 'Clearing Account',
    type: 'CURRLIAB',
    accountClass: 'LIABILITY',
    taxType: 'BASEXCLUDED',
    enablePaymentsToAccount: true,
  },
  {
    code: '970',
    name: 'Owner Funds Introduced',
    type: 'EQUITY',
    accountClass: 'EQUITY',
    taxType: 'BASEXCLUDED',
  },
];

/** `now` anchors the calendar: seeded records are dated in the days before it and updated before it. */
export function seedOrganisation(seed: OrganisationSeed, now: number): OrganisationState {
  const seedNumber = seed.seed ?? hashSeed(seed.tenantId);
  const prng = createPrng(seedNumber);
  const today = startOfUtcDay(now);
  const countryCode = seed.countryCode ?? 'AU';
  const baseCurrency = seed.baseCurrency ?? CURRENCY_BY_COUNTRY[countryCode] ?? 'AUD';

  const state: OrganisationState = {
    organisation: {
      organisationId: seed.tenantId,
      name: seed.name,
      legalName: seed.name,
      baseCurrency,
      countryCode,
      organisationType: 'COMPANY',
      shortCode: `!${prng.uuid().replace(/-/g, '').slice(0, 5)}`,
      timezone: countryCode === 'NZ' ? 'NEWZEALANDSTANDARDTIME' : 'AUSEASTERNSTANDARDTIME',
      createdAt: addDays(today, -3 * 365) + prng.int(0, 23) * HOUR_MS,
    },
    invoices: new Map(),
    invoiceIdByNumber: new Map(),
    contacts: new Map(),
    contactIdByName: new Map(),
    accounts: new Map(),
    accountIdByCode: new Map(),
    payments: new Map(),
    // A separate stream for API-created records, so seeding never shifts their ids and vice versa.
    ids: createPrng(seedNumber ^ 0x9e3779b9),
    nextInvoiceNumber: 1,
    standardTaxRate: TAX_RATE_BY_COUNTRY[countryCode] ?? 0.1,
  };

  const pastTimestamp = (minDaysAgo: number, maxDaysAgo: number): number =>
    addDays(today, -prng.int(minDaysAgo, maxDaysAgo)) + prng.int(0, 86_399_999);

  for (const template of CHART) {
    const account: AccountRecord = {
      accountId: prng.uuid(),
      code: template.code,
      name: template.name,
      type: template.type,
      accountClass: template.accountClass,
      status: template.archived === true ? 'ARCHIVED' : 'ACTIVE',
      taxType: template.taxType,
      enablePaymentsToAccount: template.enablePaymentsToAccount ?? false,
      updatedAt: pastTimestamp(200, 900),
    };
    if (template.bank !== undefined) {
      account.bankAccountNumber = template.bank;
      account.bankAccountType = 'BANK';
      account.currencyCode = baseCurrency;
    }
    if (template.systemAccount !== undefined) account.systemAccount = template.systemAccount;
    state.accounts.set(account.accountId, account);
    state.accountIdByCode.set(account.code.toLowerCase(), account.accountId);
  }
  const bankAccountId = state.accountIdByCode.get('090') ?? '';

  const contactCount = Math.max(seed.contactCount ?? 10, 1);
  const activeContacts: ContactRecord[] = [];
  for (let i = 0; i < contactCount; i++) {
    const name = uniqueContactName(prng, state, i);
    const firstName = prng.pick(PEOPLE_FIRST);
    const lastName = prng.pick(PEOPLE_LAST);
    const contact: ContactRecord = {
      contactId: prng.uuid(),
      name,
      // The last of 5+ contacts is archived so ContactStatus filters have something to find.
      status: contactCount >= 5 && i === contactCount - 1 ? 'ARCHIVED' : 'ACTIVE',
      firstName,
      lastName,
      emailAddress: `${firstName}.${lastName}@example.com`.toLowerCase(),
      isCustomer: false,
      isSupplier: false,
      updatedAt: pastTimestamp(130, 400),
    };
    state.contacts.set(contact.contactId, contact);
    state.contactIdByName.set(name.toLowerCase(), contact.contactId);
    if (contact.status === 'ACTIVE') activeContacts.push(contact);
  }

  const invoiceCount = Math.max(seed.invoiceCount ?? 40, 0);
  let billNumber = 1;
  for (let i = 0; i < invoiceCount; i++) {
    const type: InvoiceType = i % 3 === 2 ? 'ACCPAY' : 'ACCREC';
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length] ?? 'DRAFT';
    const contact = prng.pick(activeContacts);
    if (type === 'ACCREC') contact.isCustomer = true;
    else contact.isSupplier = true;
    const foreign = i % 7 === 6;
    const date = addDays(today, -prng.int(3, 120));
    const dueDate = addDays(date, prng.pick([7, 14, 30]));
    const lineAmountTypes: LineAmountTypes = 'Exclusive';
    const lineItems: LineItemRecord[] = [];
    const lineCount = prng.int(1, 3);
    for (let l = 0; l < lineCount; l++) {
      const quantity = prng.int(1, 5);
      const unitAmount = prng.int(2, 200) * 5 + (prng.next() < 0.3 ? 0.5 : 0);
      const taxType = prng.next() < 0.1 ? 'NONE' : type === 'ACCREC' ? 'OUTPUT' : 'INPUT';
      const lineAmountCents = toCents(quantity * unitAmount);
      lineItems.push({
        lineItemId: prng.uuid(),
        description: prng.pick(type === 'ACCREC' ? SALES_LINES : PURCHASE_LINES),
        quantity,
        unitAmount,
        accountCode: type === 'ACCREC' ? '200' : prng.pick(['310', '400', '429']),
        taxType,
        lineAmountCents,
        taxAmountCents: lineTaxCents(
          lineAmountCents,
          taxRateFor(taxType, state.standardTaxRate),
          lineAmountTypes,
        ),
      });
    }
    const subTotalCents = lineItems.reduce((sum, line) => sum + line.lineAmountCents, 0);
    const totalTaxCents = lineItems.reduce((sum, line) => sum + line.taxAmountCents, 0);
    const invoice: InvoiceRecord = {
      invoiceId: prng.uuid(),
      invoiceNumber:
        type === 'ACCREC'
          ? `INV-${String(state.nextInvoiceNumber++).padStart(4, '0')}`
          : `BILL-${String(billNumber++).padStart(4, '0')}`,
      type,
      status,
      contactId: contact.contactId,
      reference: type === 'ACCREC' ? prng.pick(REFERENCES) : '',
      lineAmountTypes,
      lineItems,
      date,
      dueDate,
      currencyCode: foreign ? (baseCurrency === 'USD' ? 'EUR' : 'USD') : baseCurrency,
      currencyRate: foreign ? 0.65 : 1,
      subTotalCents,
      totalTaxCents,
      totalCents: subTotalCents + totalTaxCents,
      amountPaidCents: 0,
      paymentIds: [],
      sentToContact: type === 'ACCREC' && (status === 'AUTHORISED' || status === 'PAID'),
      updatedAt: 0,
    };
    let lastEvent = date;
    // Paid in full, or (a quarter of the authorised ones) paid in part, from the bank account.
    const paidCents =
      status === 'PAID'
        ? invoice.totalCents
        : status === 'AUTHORISED' && prng.next() < 0.25
          ? Math.floor(invoice.totalCents / 2)
          : 0;
    if (paidCents > 0) {
      const paidOn = Math.min(dueDate, addDays(today, -1));
      const payment: PaymentRecord = {
        paymentId: prng.uuid(),
        invoiceId: invoice.invoiceId,
        accountId: bankAccountId,
        date: paidOn,
        amountCents: paidCents,
        reference: '',
        currencyRate: invoice.currencyRate,
        status: 'AUTHORISED',
        paymentType: type === 'ACCREC' ? 'ACCRECPAYMENT' : 'ACCPAYPAYMENT',
        isReconciled: status === 'PAID',
        updatedAt: Math.min(paidOn + prng.int(1, 20) * HOUR_MS, today - HOUR_MS),
      };
      state.payments.set(payment.paymentId, payment);
      invoice.paymentIds.push(payment.paymentId);
      invoice.amountPaidCents = paidCents;
      if (status === 'PAID') invoice.fullyPaidOn = paidOn;
      lastEvent = paidOn;
    }
    invoice.updatedAt = Math.min(lastEvent + prng.int(1, 20) * HOUR_MS, today - HOUR_MS);
    state.invoices.set(invoice.invoiceId, invoice);
    state.invoiceIdByNumber.set(invoice.invoiceNumber.toLowerCase(), invoice.invoiceId);
  }
  return state;
}

function uniqueContactName(prng: Prng, state: OrganisationState, index: number): string {
  for (let attempt = 0; attempt < 5; attempt++) {
    const name = `${prng.pick(NAME_FIRST)} ${prng.pick(NAME_SECOND)}`;
    if (!state.contactIdByName.has(name.toLowerCase())) return name;
  }
  return `${prng.pick(NAME_FIRST)} ${prng.pick(NAME_SECOND)} ${index + 1}`;
}
