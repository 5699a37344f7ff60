/**
 * The model's internal state. Amounts are integer cents and dates epoch ms; the Xero wire shapes are
 * produced by `wire-format.ts` on the way out, so arithmetic never touches rounded strings.
 */
import type { ExtraResources } from './extra-resources.js';
import type { LineAmountTypes } from './money.js';
import type { PaymentsWorkState } from './payments-work.js';
import type { Prng } from './prng.js';

export type InvoiceType = 'ACCREC' | 'ACCPAY';
export const INVOICE_TYPES: readonly InvoiceType[] = ['ACCREC', 'ACCPAY'];

export type InvoiceStatus = 'DRAFT' | 'SUBMITTED' | 'AUTHORISED' | 'PAID' | 'VOIDED' | 'DELETED';
export const INVOICE_STATUSES: readonly InvoiceStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'AUTHORISED',
  'PAID',
  'VOIDED',
  'DELETED',
];

export interface LineItemRecord {
  lineItemId: string;
  description: string;
  quantity: number;
  unitAmount: number;
  accountCode?: string;
  itemCode?: string;
  taxType: string;
  lineAmountCents: number;
  taxAmountCents: number;
}

/** One allocation of a credit note, overpayment or prepayment, as seen from the invoice it went to. */
export interface AppliedCredit {
  collection: 'CreditNotes' | 'Overpayments' | 'Prepayments';
  /** The credit's ids as Xero nests them (`CreditNoteID`, `CreditNoteNumber` / `OverpaymentID`…). */
  ref: Record<string, string>;
  creditTotalCents: number;
  amountCents: number;
  date: number;
}

export interface InvoiceRecord {
  invoiceId: string;
  /** Empty for a bill saved without the supplier's number. */
  invoiceNumber: string;
  type: InvoiceType;
  status: InvoiceStatus;
  contactId: string;
  reference: string;
  lineAmountTypes: LineAmountTypes;
  lineItems: LineItemRecord[];
  date: number;
  dueDate: number;
  currencyCode: string;
  currencyRate: number;
  subTotalCents: number;
  totalTaxCents: number;
  totalCents: number;
  amountPaidCents: number;
  /** Credit notes, overpayments and prepayments allocated to it (Xero's AmountCredited); absent is 0. */
  amountCreditedCents?: number;
  /** The credits allocated to it, as the invoice lists them (`CreditNotes`, `Overpayments`, `Prepayments`). */
  creditsApplied?: AppliedCredit[];
  paymentIds: string[];
  sentToContact: boolean;
  fullyPaidOn?: number;
  updatedAt: number;
}

export type ContactStatus = 'ACTIVE' | 'ARCHIVED';

export interface ContactRecord {
  contactId: string;
  name: string;
  status: ContactStatus;
  firstName?: string;
  lastName?: string;
  emailAddress?: string;
  contactNumber?: string;
  accountNumber?: string;
  defaultCurrency?: string;
  isCustomer: boolean;
  isSupplier: boolean;
  updatedAt: number;
}

export type AccountClass = 'ASSET' | 'EQUITY' | 'EXPENSE' | 'LIABILITY' | 'REVENUE';

export interface AccountRecord {
  accountId: string;
  code: string;
  name: string;
  type: string;
  accountClass: AccountClass;
  status: 'ACTIVE' | 'ARCHIVED';
  taxType: string;
  enablePaymentsToAccount: boolean;
  bankAccountNumber?: string;
  bankAccountType?: string;
  currencyCode?: string;
  systemAccount?: string;
  updatedAt: number;
}

export interface PaymentRecord {
  paymentId: string;
  invoiceId: string;
  accountId: string;
  date: number;
  amountCents: number;
  reference: string;
  currencyRate: number;
  status: 'AUTHORISED' | 'DELETED';
  paymentType: 'ACCRECPAYMENT' | 'ACCPAYPAYMENT';
  isReconciled: boolean;
  /** Set on the payments a batch payment made. */
  batchPaymentId?: string;
  updatedAt: number;
}

export interface OrganisationRecord {
  organisationId: string;
  name: string;
  legalName: string;
  baseCurrency: string;
  countryCode: string;
  organisationType: string;
  shortCode: string;
  timezone: string;
  createdAt: number;
}

/** Everything one organisation holds. Maps keep insertion order, which is the default list order. */
export interface OrganisationState {
  organisation: OrganisationRecord;
  invoices: Map<string, InvoiceRecord>;
  /** Lower-cased InvoiceNumber → InvoiceID (sales invoice numbers are unique; bills may repeat). */
  invoiceIdByNumber: Map<string, string>;
  contacts: Map<string, ContactRecord>;
  /** Lower-cased Name → ContactID: Xero keeps contact names unique. */
  contactIdByName: Map<string, string>;
  accounts: Map<string, AccountRecord>;
  /** Lower-cased Code → AccountID. */
  accountIdByCode: Map<string, string>;
  payments: Map<string, PaymentRecord>;
  /** Draws ids for records created through the API, so a seeded run repeats them. */
  ids: Prng;
  nextInvoiceNumber: number;
  /** The standard sales tax rate applied to taxable lines (0.1 = 10 %). */
  standardTaxRate: number;
  /** Settings, bank transactions and history notes, seeded on first use (`extraResources(state)`). */
  extras?: ExtraResources;
  /** Batch payments, credit notes, overpayments and prepayments, made on first use (`paymentsWork(state)`). */
  paymentsWork?: PaymentsWorkState;
}

/** Outstanding amount: voided and deleted documents owe nothing. */
export function amountDueCents(invoice: InvoiceRecord): number {
  if (invoice.status === 'VOIDED' || invoice.status === 'DELETED') return 0;
  return invoice.totalCents - invoice.amountPaidCents - (invoice.amountCreditedCents ?? 0);
}
