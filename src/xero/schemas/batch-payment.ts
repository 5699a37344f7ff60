import { z } from 'zod';
import { batchStatusFields, xeroDate } from './common.js';
import { paymentSchema } from './payment.js';

/** A Xero batch payment (`GET /BatchPayments`): one bank transaction paying several invoices or bills. */
export const batchPaymentSchema = z.looseObject({
  BatchPaymentID: z.string().optional(),
  Account: z.looseObject({ AccountID: z.string().optional(), Code: z.string().optional() }).optional(),
  Reference: z.string().optional(),
  Particulars: z.string().optional(),
  Code: z.string().optional(),
  Details: z.string().optional(),
  Narrative: z.string().optional(),
  Date: xeroDate.optional(),
  Payments: z.array(paymentSchema).optional(),
  /** `RECBATCH` (sales invoices) or `PAYBATCH` (bills). */
  Type: z.string().optional(),
  /** `AUTHORISED` or `DELETED`. */
  Status: z.string().optional(),
  TotalAmount: z.number().optional(),
  IsReconciled: z.boolean().optional(),
  UpdatedDateUTC: xeroDate.optional(),
  ...batchStatusFields,
});

export type BatchPayment = z.output<typeof batchPaymentSchema>;

/** A batch payment to create: from one bank account, on one date, paying several invoices (all sales or all bills). */
export interface BatchPaymentInput {
  Account: { AccountID?: string; Code?: string };
  /** `Date` or `YYYY-MM-DD`. */
  Date?: Date | string;
  Reference?: string;
  Payments: Array<{
    Invoice: { InvoiceID: string };
    Amount: number;
    Reference?: string;
    [field: string]: unknown;
  }>;
  /** Any other field from Xero's BatchPayments documentation (Particulars, Code, Details, Narrative…). */
  [field: string]: unknown;
}
