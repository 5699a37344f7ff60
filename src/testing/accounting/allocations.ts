/**
 * Allocating a credit (a credit note, an overpayment or a prepayment) to an invoice, as Xero does: the
 * invoice's AmountCredited grows and its AmountDue shrinks by the amount (PAID at zero, with its
 * FullyPaidOnDate), the credit's RemainingCredit shrinks (PAID at zero). Every problem with an element is
 * collected and nothing changes for an element that has any.
 */
import { asElement, type ElementOutcome, field, stringField } from './batch-write.js';
import { fromCents, readNumber, toCents } from './money.js';
import { type AllocationRecord, remainingCents } from './payments-work.js';
import { allocationToWire } from './payments-work-wire.js';
import { type AppliedCredit, amountDueCents, type InvoiceType, type OrganisationState } from './records.js';
import type { XeroValidationError } from './wire-types.js';
import { parseInputDate, startOfUtcDay } from './xero-dates.js';

/** What an allocation needs to know of the credit it draws from. */
export interface CreditSource {
  /** `credit note`, `overpayment` or `prepayment`, for messages. */
  noun: string;
  status: string;
  contactId: string;
  currencyCode: string;
  /** The invoice type it may pay: ACCREC for a sales credit, ACCPAY for a purchase one. */
  invoiceType: InvoiceType;
  totalCents: number;
  allocations: AllocationRecord[];
  /** The credit's own reference in each allocation (`{ CreditNote: { CreditNoteID } }`). */
  wireRef: Record<string, unknown>;
  /** How the invoice lists it: its collection and ids (`CreditNotes`, `{ CreditNoteID, CreditNoteNumber }`). */
  applied: Pick<AppliedCredit, 'collection' | 'ref'>;
  /** Called when the credit is fully allocated. */
  onFullyAllocated: (date: number) => void;
  touch: () => void;
}

export const ALLOCATION_EXCEEDS_CREDIT = 'The amount allocated exceeds the remaining credit';
export const ALLOCATION_EXCEEDS_DUE = 'The amount allocated exceeds the amount due on the invoice';

export function allocate(
  state: OrganisationState,
  source: CreditSource,
  raw: unknown,
  now: number,
): ElementOutcome {
  const element = asElement(raw);
  if (element === undefined) {
    return {
      ok: false,
      element: {},
      errors: [{ Message: 'Each Allocations element must be a JSON object' }],
    };
  }
  const errors: XeroValidationError[] = [];
  const ref = asElement(field(element, 'Invoice'));
  const invoiceId = ref === undefined ? undefined : stringField(ref, 'InvoiceID')?.trim().toLowerCase();
  const invoice = invoiceId ? state.invoices.get(invoiceId) : undefined;
  if (!invoiceId) errors.push({ Message: 'Invoice (InvoiceID) must be specified for the allocation' });
  else if (invoice === undefined) errors.push({ Message: `Invoice '${invoiceId}' could not be found` });

  const amountValue = field(element, 'Amount');
  const amount = readNumber(amountValue);
  if (amountValue === undefined) errors.push({ Message: 'Amount must be specified for the allocation' });
  else if (amount === undefined || toCents(amount) <= 0)
    errors.push({ Message: `Amount '${String(amountValue)}' must be a number greater than zero` });

  const dateValue = field(element, 'Date');
  const date = dateValue === undefined || dateValue === null ? startOfUtcDay(now) : parseInputDate(dateValue);
  if (date === undefined)
    errors.push({ Message: `Date '${String(dateValue)}' is not a valid date: use YYYY-MM-DD` });

  if (source.status !== 'AUTHORISED')
    errors.push({ Message: `Only an AUTHORISED ${source.noun} can be allocated (it is ${source.status})` });
  if (invoice !== undefined) {
    if (invoice.status !== 'AUTHORISED')
      errors.push({
        Message: `Allocations can only be made to AUTHORISED invoices (it is ${invoice.status})`,
      });
    if (invoice.type !== source.invoiceType)
      errors.push({
        Message: `A ${source.noun} of this type can only be allocated to ${source.invoiceType} invoices`,
      });
    if (invoice.contactId !== source.contactId)
      errors.push({ Message: `The invoice's contact must be the ${source.noun}'s contact` });
    if (invoice.currencyCode !== source.currencyCode)
      errors.push({
        Message: `The invoice's currency must be the ${source.noun}'s (${source.currencyCode})`,
      });
    if (amount !== undefined && toCents(amount) > 0) {
      const cents = toCents(amount);
      if (cents > remainingCents(source))
        errors.push({
          Message: `${ALLOCATION_EXCEEDS_CREDIT} (Amount ${amount}, RemainingCredit ${fromCents(remainingCents(source))})`,
        });
      if (invoice.status === 'AUTHORISED' && cents > amountDueCents(invoice))
        errors.push({
          Message: `${ALLOCATION_EXCEEDS_DUE} (Amount ${amount}, AmountDue ${fromCents(amountDueCents(invoice))})`,
        });
    }
  }
  if (errors.length > 0 || invoice === undefined || amount === undefined || date === undefined) {
    return { ok: false, element, errors };
  }

  const allocation: AllocationRecord = {
    allocationId: state.ids.uuid(),
    invoiceId: invoice.invoiceId,
    amountCents: toCents(amount),
    date,
    isDeleted: false,
  };
  source.allocations.push(allocation);
  invoice.amountCreditedCents = (invoice.amountCreditedCents ?? 0) + allocation.amountCents;
  invoice.creditsApplied ??= [];
  invoice.creditsApplied.push({
    ...source.applied,
    creditTotalCents: source.totalCents,
    amountCents: allocation.amountCents,
    date,
  });
  if (amountDueCents(invoice) === 0) {
    invoice.status = 'PAID';
    invoice.fullyPaidOn = date;
  }
  invoice.updatedAt = now;
  if (remainingCents(source) === 0) source.onFullyAllocated(date);
  source.touch();
  return { ok: true, wire: allocationToWire(state, allocation, source.wireRef) };
}
