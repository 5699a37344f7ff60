import { z } from 'zod';
import { batchStatusFields, xeroDate } from './common.js';
import { contactSchema } from './contact.js';

export const lineItemSchema = z.looseObject({
  LineItemID: z.string().optional(),
  Description: z.string().optional(),
  Quantity: z.number().optional(),
  UnitAmount: z.number().optional(),
  ItemCode: z.string().optional(),
  AccountCode: z.string().optional(),
  TaxType: z.string().optional(),
  TaxAmount: z.number().optional(),
  LineAmount: z.number().optional(),
  DiscountRate: z.number().optional(),
});

export type LineItem = z.output<typeof lineItemSchema>;

/** A payment as nested inside an invoice. */
const invoicePaymentSchema = z.looseObject({
  PaymentID: z.string().optional(),
  Date: xeroDate.optional(),
  Amount: z.number().optional(),
  Reference: z.string().optional(),
  CurrencyRate: z.number().optional(),
});

/** A Xero invoice or bill (`GET /Invoices`). Field names as in Xero's documentation; dates are `Date` objects. */
export const invoiceSchema = z.looseObject({
  InvoiceID: z.string().optional(),
  InvoiceNumber: z.string().optional(),
  Type: z.string().optional(),
  Status: z.string().optional(),
  Reference: z.string().optional(),
  Contact: contactSchema.optional(),
  LineItems: z.array(lineItemSchema).optional(),
  Date: xeroDate.optional(),
  DueDate: xeroDate.optional(),
  ExpectedPaymentDate: xeroDate.optional(),
  PlannedPaymentDate: xeroDate.optional(),
  FullyPaidOnDate: xeroDate.optional(),
  UpdatedDateUTC: xeroDate.optional(),
  LineAmountTypes: z.string().optional(),
  CurrencyCode: z.string().optional(),
  CurrencyRate: z.number().optional(),
  SubTotal: z.number().optional(),
  TotalTax: z.number().optional(),
  Total: z.number().optional(),
  AmountDue: z.number().optional(),
  AmountPaid: z.number().optional(),
  AmountCredited: z.number().optional(),
  SentToContact: z.boolean().optional(),
  HasAttachments: z.boolean().optional(),
  Payments: z.array(invoicePaymentSchema).optional(),
  HasErrors: z.boolean().optional(),
  ...batchStatusFields,
});

export type Invoice = z.output<typeof invoiceSchema>;

export type InvoiceType = 'ACCREC' | 'ACCPAY';
export type InvoiceStatus = 'DRAFT' | 'SUBMITTED' | 'AUTHORISED' | 'PAID' | 'VOIDED' | 'DELETED';

export interface LineItemInput {
  Description?: string;
  Quantity?: number;
  UnitAmount?: number;
  AccountCode?: string;
  ItemCode?: string;
  TaxType?: string;
  LineAmount?: number;
  [field: string]: unknown;
}

/** An invoice to create or update. Updates need `InvoiceID` or `InvoiceNumber`. Dates: `Date` or `YYYY-MM-DD`. */
export interface InvoiceInput {
  InvoiceID?: string;
  InvoiceNumber?: string;
  Type?: InvoiceType;
  Status?: InvoiceStatus;
  Contact?: { ContactID?: string; Name?: string; [field: string]: unknown };
  LineItems?: LineItemInput[];
  Date?: Date | string;
  DueDate?: Date | string;
  Reference?: string;
  CurrencyCode?: string;
  LineAmountTypes?: 'Exclusive' | 'Inclusive' | 'NoTax';
  /** Any other field from Xero's Invoices documentation. */
  [field: string]: unknown;
}
