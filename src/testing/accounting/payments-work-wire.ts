/** Payments-work records → Xero JSON (BatchPayments, CreditNotes, Overpayments, Prepayments, Allocations). */
import { fromCents } from './money.js';
import type {
  AllocationRecord,
  BatchPaymentRecord,
  CreditNoteRecord,
  CreditRecord,
} from './payments-work.js';
import { remainingCents } from './payments-work.js';
import type { OrganisationState } from './records.js';
import { contactSummaryToWire, paymentToWire } from './wire-format.js';
import { isoDateString, isoTimestampString, msDate } from './xero-dates.js';

/** The invoice an allocation points at, as Xero nests it. */
function invoiceRefToWire(state: OrganisationState, invoiceId: string): Record<string, unknown> {
  const invoice = state.invoices.get(invoiceId);
  return {
    InvoiceID: invoiceId,
    InvoiceNumber: invoice?.invoiceNumber ?? '',
    Type: invoice?.type ?? 'ACCREC',
    Payments: [],
    CreditNotes: [],
    Prepayments: [],
    Overpayments: [],
    HasErrors: false,
    IsDiscounted: false,
    LineItems: [],
  };
}

export function allocationToWire(
  state: OrganisationState,
  allocation: AllocationRecord,
  source?: Record<string, unknown>,
): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    AllocationID: allocation.allocationId,
    Amount: fromCents(allocation.amountCents),
    Date: msDate(allocation.date),
    Invoice: invoiceRefToWire(state, allocation.invoiceId),
    IsDeleted: allocation.isDeleted,
  };
  return source === undefined ? wire : { ...wire, ...source };
}

export function batchPaymentToWire(
  state: OrganisationState,
  batch: BatchPaymentRecord,
): Record<string, unknown> {
  const account = state.accounts.get(batch.accountId);
  const wire: Record<string, unknown> = {
    Account: { AccountID: batch.accountId, Code: account?.code ?? '' },
    Reference: batch.reference,
    BatchPaymentID: batch.batchPaymentId,
    DateString: isoDateString(batch.date),
    Date: msDate(batch.date),
    Payments: batch.paymentIds.flatMap((id) => {
      const payment = state.payments.get(id);
      return payment === undefined ? [] : [paymentToWire(state, payment)];
    }),
    Type: batch.type,
    Status: batch.status,
    TotalAmount: fromCents(batch.totalCents),
    UpdatedDateUTC: msDate(batch.updatedAt),
    IsReconciled: false,
  };
  if (batch.particulars !== undefined) wire.Particulars = batch.particulars;
  if (batch.code !== undefined) wire.Code = batch.code;
  if (batch.details !== undefined) wire.Details = batch.details;
  if (batch.narrative !== undefined) wire.Narrative = batch.narrative;
  return wire;
}

export function creditNoteToWire(state: OrganisationState, note: CreditNoteRecord): Record<string, unknown> {
  const ref = { CreditNoteID: note.creditNoteId, CreditNoteNumber: note.creditNoteNumber };
  const wire: Record<string, unknown> = {
    Type: note.type,
    CreditNoteID: note.creditNoteId,
    CreditNoteNumber: note.creditNoteNumber,
    Reference: note.reference,
    Contact: contactSummaryToWire(state.contacts.get(note.contactId), note.contactId),
    DateString: isoDateString(note.date),
    Date: msDate(note.date),
    Status: note.status,
    LineAmountTypes: note.lineAmountTypes,
    LineItems: note.lineItems.map((line) => {
      const wireLine: Record<string, unknown> = {
        LineItemID: line.lineItemId,
        Description: line.description,
        Quantity: line.quantity,
        UnitAmount: line.unitAmount,
        TaxType: line.taxType,
        TaxAmount: fromCents(line.taxAmountCents),
        LineAmount: fromCents(line.lineAmountCents),
        Tracking: [],
      };
      if (line.accountCode !== undefined) wireLine.AccountCode = line.accountCode;
      if (line.itemCode !== undefined) wireLine.ItemCode = line.itemCode;
      return wireLine;
    }),
    SubTotal: fromCents(note.subTotalCents),
    TotalTax: fromCents(note.totalTaxCents),
    Total: fromCents(note.totalCents),
    UpdatedDateUTC: msDate(note.updatedAt),
    UpdatedDateUTCString: isoTimestampString(note.updatedAt),
    CurrencyCode: note.currencyCode,
    CurrencyRate: note.currencyRate,
    RemainingCredit: fromCents(remainingCents(note)),
    Allocations: note.allocations
      .filter((a) => !a.isDeleted)
      .map((a) => allocationToWire(state, a, { CreditNote: ref })),
    Payments: [],
    SentToContact: false,
    HasAttachments: false,
    HasErrors: false,
  };
  if (note.fullyPaidOn !== undefined) wire.FullyPaidOnDate = msDate(note.fullyPaidOn);
  return wire;
}

/** An overpayment or prepayment; `idField` is `OverpaymentID` or `PrepaymentID`. */
export function creditToWire(state: OrganisationState, credit: CreditRecord): Record<string, unknown> {
  const idField = credit.kind === 'OVERPAYMENT' ? 'OverpaymentID' : 'PrepaymentID';
  const sourceKey = credit.kind === 'OVERPAYMENT' ? 'Overpayment' : 'Prepayment';
  const total = fromCents(credit.totalCents);
  return {
    Type: credit.type,
    Contact: contactSummaryToWire(state.contacts.get(credit.contactId), credit.contactId),
    DateString: isoDateString(credit.date),
    Date: msDate(credit.date),
    Status: credit.status,
    LineAmountTypes: 'NoTax',
    LineItems: [
      {
        Description: credit.reference,
        Quantity: 1,
        UnitAmount: total,
        TaxType: 'NONE',
        TaxAmount: 0,
        LineAmount: total,
        Tracking: [],
      },
    ],
    SubTotal: total,
    TotalTax: 0,
    Total: total,
    UpdatedDateUTC: msDate(credit.updatedAt),
    UpdatedDateUTCString: isoTimestampString(credit.updatedAt),
    CurrencyCode: credit.currencyCode,
    [idField]: credit.id,
    CurrencyRate: credit.currencyRate,
    RemainingCredit: fromCents(remainingCents(credit)),
    Allocations: credit.allocations
      .filter((a) => !a.isDeleted)
      .map((a) => allocationToWire(state, a, { [sourceKey]: { [idField]: credit.id } })),
    Payments: [],
    Reference: credit.reference,
    HasAttachments: false,
  };
}
