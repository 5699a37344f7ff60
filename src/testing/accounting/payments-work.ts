/**
 * The payments-work records (batch payments, credit notes, overpayments, prepayments) of one organisation.
 * Kept apart from the core state and made on first use, so an organisation nobody pays through costs
 * nothing. The overpayments and prepayments Xero makes from bank transactions are seeded here from the
 * organisation's id (not from the API's id stream), so they are the same on every run whenever first read.
 */
import { createPrng, hashSeed } from './prng.js';
import type { InvoiceRecord, LineItemRecord, OrganisationState } from './records.js';
import { addDays, startOfUtcDay } from './xero-dates.js';

export interface AllocationRecord {
  allocationId: string;
  invoiceId: string;
  amountCents: number;
  date: number;
  isDeleted: boolean;
}

export interface BatchPaymentRecord {
  batchPaymentId: string;
  accountId: string;
  type: 'RECBATCH' | 'PAYBATCH';
  status: 'AUTHORISED' | 'DELETED';
  date: number;
  reference: string;
  particulars?: string;
  code?: string;
  details?: string;
  narrative?: string;
  paymentIds: string[];
  totalCents: number;
  updatedAt: number;
}

export type CreditNoteType = 'ACCRECCREDIT' | 'ACCPAYCREDIT';
export type CreditNoteStatus = 'DRAFT' | 'SUBMITTED' | 'AUTHORISED' | 'PAID' | 'VOIDED' | 'DELETED';

export interface CreditNoteRecord {
  creditNoteId: string;
  creditNoteNumber: string;
  type: CreditNoteType;
  status: CreditNoteStatus;
  contactId: string;
  reference: string;
  lineAmountTypes: InvoiceRecord['lineAmountTypes'];
  lineItems: LineItemRecord[];
  date: number;
  currencyCode: string;
  currencyRate: number;
  subTotalCents: number;
  totalTaxCents: number;
  totalCents: number;
  allocations: AllocationRecord[];
  fullyPaidOn?: number;
  updatedAt: number;
}

/** An overpayment or a prepayment: money received (or spent) ahead of an invoice, allocated later. */
export interface CreditRecord {
  id: string;
  kind: 'OVERPAYMENT' | 'PREPAYMENT';
  type: string;
  status: 'AUTHORISED' | 'PAID' | 'VOIDED';
  contactId: string;
  date: number;
  reference: string;
  currencyCode: string;
  currencyRate: number;
  totalCents: number;
  allocations: AllocationRecord[];
  updatedAt: number;
}

export interface PaymentsWorkState {
  batchPayments: Map<string, BatchPaymentRecord>;
  creditNotes: Map<string, CreditNoteRecord>;
  /** Lower-cased CreditNoteNumber → CreditNoteID. */
  creditNoteIdByNumber: Map<string, string>;
  nextCreditNoteNumber: number;
  overpayments: Map<string, CreditRecord>;
  prepayments: Map<string, CreditRecord>;
}

/** The organisation's payments-work records, made (and seeded) on first use. */
export function paymentsWork(state: OrganisationState): PaymentsWorkState {
  state.paymentsWork ??= seedPaymentsWork(state);
  return state.paymentsWork;
}

/** What is left to allocate. */
export function remainingCents(record: { totalCents: number; allocations: AllocationRecord[] }): number {
  let allocated = 0;
  for (const allocation of record.allocations) if (!allocation.isDeleted) allocated += allocation.amountCents;
  return record.totalCents - allocated;
}

// Seeded per organisation: two received and one spent of each kind, for the first customers and supplier.
const SEEDED_PER_KIND = 3;

function seedPaymentsWork(state: OrganisationState): PaymentsWorkState {
  const prng = createPrng(hashSeed(`${state.organisation.organisationId}:payments-work`));
  // Anchored on the organisation's creation (seed-data dates it three years before the seed day), never on
  // records the API may have written since: the seeded credits are the same whenever first read.
  const today = addDays(startOfUtcDay(state.organisation.createdAt), 3 * 365);
  const contacts = [...state.contacts.values()].filter((c) => c.status === 'ACTIVE');
  const customers = contacts.filter((c) => c.isCustomer);
  const suppliers = contacts.filter((c) => c.isSupplier);
  const work: PaymentsWorkState = {
    batchPayments: new Map(),
    creditNotes: new Map(),
    creditNoteIdByNumber: new Map(),
    nextCreditNoteNumber: 1,
    overpayments: new Map(),
    prepayments: new Map(),
  };
  const currency = state.organisation.baseCurrency;
  for (const kind of ['OVERPAYMENT', 'PREPAYMENT'] as const) {
    const into = kind === 'OVERPAYMENT' ? work.overpayments : work.prepayments;
    for (let i = 0; i < SEEDED_PER_KIND; i++) {
      const receive = i < SEEDED_PER_KIND - 1;
      const contact = receive ? customers[i % Math.max(customers.length, 1)] : suppliers[0];
      if (contact === undefined) continue;
      const date = addDays(today, -prng.int(1, 60));
      const record: CreditRecord = {
        id: prng.uuid(),
        kind,
        type: `${receive ? 'RECEIVE' : 'SPEND'}-${kind}`,
        status: 'AUTHORISED',
        contactId: contact.contactId,
        date,
        reference: `${kind === 'OVERPAYMENT' ? 'Overpaid' : 'Deposit'} ${i + 1}`,
        currencyCode: currency,
        currencyRate: 1,
        totalCents: prng.int(50, 2000) * 100,
        allocations: [],
        updatedAt: date,
      };
      into.set(record.id, record);
    }
  }
  return work;
}
