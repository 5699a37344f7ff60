import { z } from 'zod';
import { allocationSchema } from './allocation.js';
import { batchStatusFields, xeroDate } from './common.js';
import { contactSchema } from './contact.js';
import { type LineItemInput, lineItemSchema } from './invoice.js';

/** A Xero credit note (`GET /CreditNotes`). Field names as in Xero's documentation; dates are `Date` objects. */
export const creditNoteSchema = z.looseObject({
  CreditNoteID: z.string().optional(),
  CreditNoteNumber: z.string().optional(),
  /** `ACCRECCREDIT` (to a customer) or `ACCPAYCREDIT` (from a supplier). */
  Type: z.string().optional(),
  Status: z.string().optional(),
  Reference: z.string().optional(),
  Contact: contactSchema.optional(),
  LineItems: z.array(lineItemSchema).optional(),
  LineAmountTypes: z.string().optional(),
  Date: xeroDate.optional(),
  FullyPaidOnDate: xeroDate.optional(),
  UpdatedDateUTC: xeroDate.optional(),
  CurrencyCode: z.string().optional(),
  CurrencyRate: z.number().optional(),
  SubTotal: z.number().optional(),
  TotalTax: z.number().optional(),
  Total: z.number().optional(),
  /** What is left to allocate. */
  RemainingCredit: z.number().optional(),
  Allocations: z.array(allocationSchema).optional(),
  HasErrors: z.boolean().optional(),
  ...batchStatusFields,
});

export type CreditNote = z.output<typeof creditNoteSchema>;

export type CreditNoteType = 'ACCRECCREDIT' | 'ACCPAYCREDIT';
export type CreditNoteStatus = 'DRAFT' | 'SUBMITTED' | 'AUTHORISED' | 'PAID' | 'VOIDED' | 'DELETED';

/** A credit note to create or update. Updates need `CreditNoteID` or `CreditNoteNumber`. Dates: `Date` or `YYYY-MM-DD`. */
export interface CreditNoteInput {
  CreditNoteID?: string;
  CreditNoteNumber?: string;
  Type?: CreditNoteType;
  Status?: CreditNoteStatus;
  Contact?: { ContactID?: string; Name?: string; [field: string]: unknown };
  LineItems?: LineItemInput[];
  Date?: Date | string;
  Reference?: string;
  CurrencyCode?: string;
  LineAmountTypes?: 'Exclusive' | 'Inclusive' | 'NoTax';
  /** Any other field from Xero's CreditNotes documentation. */
  [field: string]: unknown;
}
