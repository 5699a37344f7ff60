import { z } from 'zod';
import { batchStatusFields, xeroDate } from './common.js';

const invoiceRefSchema = z.looseObject({
  InvoiceID: z.string().optional(),
  InvoiceNumber: z.string().optional(),
  Type: z.string().optional(),
});

const accountRefSchema = z.looseObject({
  AccountID: z.string().optional(),
  Code: z.string().optional(),
});

/** A Xero payment (`GET /Payments`). Field names as in Xero's documentation; dates are `Date` objects. */
export const paymentSchema = z.looseObject({
  PaymentID: z.string().optional(),
  Invoice: invoiceRefSchema.optional(),
  Account: accountRefSchema.optional(),
  Date: xeroDate.optional(),
  Amount: z.number().optional(),
  BankAmount: z.number().optional(),
  CurrencyRate: z.number().optional(),
  Reference: z.string().optional(),
  IsReconciled: z.boolean().optional(),
  Status: z.string().optional(),
  PaymentType: z.string().optional(),
  UpdatedDateUTC: xeroDate.optional(),
  HasValidationErrors: z.boolean().optional(),
  ...batchStatusFields,
});

export type Payment = z.output<typeof paymentSchema>;

/** A payment to create: against an invoice, from or to an account, on a date. */
export interface PaymentInput {
  Invoice: { InvoiceID?: string; InvoiceNumber?: string };
  Account: { AccountID?: string; Code?: string };
  /** `Date` or `YYYY-MM-DD`. */
  Date?: Date | string;
  Amount: number;
  Reference?: string;
  CurrencyRate?: number;
  /** Any other field from Xero's Payments documentation. */
  [field: string]: unknown;
}
