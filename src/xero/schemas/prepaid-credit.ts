import { z } from 'zod';
import { allocationSchema } from './allocation.js';
import { xeroDate } from './common.js';
import { contactSchema } from './contact.js';
import { lineItemSchema } from './invoice.js';

// Overpayments and prepayments share their shape in Xero's API; only the id field's name differs.
const creditFields = {
  Type: z.string().optional(),
  Status: z.string().optional(),
  Reference: z.string().optional(),
  Contact: contactSchema.optional(),
  Date: xeroDate.optional(),
  LineAmountTypes: z.string().optional(),
  LineItems: z.array(lineItemSchema).optional(),
  SubTotal: z.number().optional(),
  TotalTax: z.number().optional(),
  Total: z.number().optional(),
  CurrencyCode: z.string().optional(),
  CurrencyRate: z.number().optional(),
  /** What is left to allocate. */
  RemainingCredit: z.number().optional(),
  Allocations: z.array(allocationSchema).optional(),
  UpdatedDateUTC: xeroDate.optional(),
  HasAttachments: z.boolean().optional(),
};

/** A Xero overpayment (`GET /Overpayments`): money received or paid beyond an invoice, to allocate later. */
export const overpaymentSchema = z.looseObject({ OverpaymentID: z.string().optional(), ...creditFields });
export type Overpayment = z.output<typeof overpaymentSchema>;

/** A Xero prepayment (`GET /Prepayments`): money received or paid before an invoice, to allocate later. */
export const prepaymentSchema = z.looseObject({ PrepaymentID: z.string().optional(), ...creditFields });
export type Prepayment = z.output<typeof prepaymentSchema>;
