import { z } from 'zod';
import { batchStatusFields, xeroDate } from './common.js';

const invoiceRefSchema = z.looseObject({
  InvoiceID: z.string().optional(),
  InvoiceNumber: z.string().optional(),
  Type: z.string().optional(),
});

/**
 * A credit note, overpayment or prepayment allocated to an invoice (`…/Allocations`). The credit it draws
 * from is in `CreditNote`, `Overpayment` or `Prepayment`, as Xero nests it.
 */
export const allocationSchema = z.looseObject({
  AllocationID: z.string().optional(),
  Invoice: invoiceRefSchema.optional(),
  Amount: z.number().optional(),
  Date: xeroDate.optional(),
  IsDeleted: z.boolean().optional(),
  CreditNote: z.looseObject({ CreditNoteID: z.string().optional() }).optional(),
  Overpayment: z.looseObject({ OverpaymentID: z.string().optional() }).optional(),
  Prepayment: z.looseObject({ PrepaymentID: z.string().optional() }).optional(),
  ...batchStatusFields,
});

export type Allocation = z.output<typeof allocationSchema>;

/** An allocation to make: how much of the credit goes to which invoice, on which date. */
export interface AllocationInput {
  Invoice: { InvoiceID: string };
  Amount: number;
  /** `Date` or `YYYY-MM-DD`; Xero requires it. */
  Date: Date | string;
  /** Any other field from Xero's Allocations documentation. */
  [field: string]: unknown;
}
