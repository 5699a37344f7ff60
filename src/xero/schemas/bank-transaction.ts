import { z } from 'zod';
import { batchStatusFields, xeroDate } from './common.js';
import { contactSchema } from './contact.js';
import { lineItemSchema } from './invoice.js';

const bankAccountRefSchema = z.looseObject({
  AccountID: z.string().optional(),
  Code: z.string().optional(),
  Name: z.string().optional(),
});

/** Money in or out of a bank account (`GET /BankTransactions`). Dates are `Date` objects. */
export const bankTransactionSchema = z.looseObject({
  BankTransactionID: z.string().optional(),
  Type: z.string().optional(),
  Status: z.string().optional(),
  Contact: contactSchema.optional(),
  BankAccount: bankAccountRefSchema.optional(),
  LineItems: z.array(lineItemSchema).optional(),
  LineAmountTypes: z.string().optional(),
  Date: xeroDate.optional(),
  Reference: z.string().optional(),
  CurrencyCode: z.string().optional(),
  CurrencyRate: z.number().optional(),
  IsReconciled: z.boolean().optional(),
  SubTotal: z.number().optional(),
  TotalTax: z.number().optional(),
  Total: z.number().optional(),
  PrepaymentID: z.string().optional(),
  OverpaymentID: z.string().optional(),
  Url: z.string().optional(),
  HasAttachments: z.boolean().optional(),
  UpdatedDateUTC: xeroDate.optional(),
  HasValidationErrors: z.boolean().optional(),
  ...batchStatusFields,
});

export type BankTransaction = z.output<typeof bankTransactionSchema>;

export type BankTransactionType = 'RECEIVE' | 'SPEND';

/** A bank transaction to create or update. Updates need `BankTransactionID`. Dates: `Date` or `YYYY-MM-DD`. */
export interface BankTransactionInput {
  BankTransactionID?: string;
  /** Required to create. Xero also knows RECEIVE-/SPEND- OVERPAYMENT, PREPAYMENT and TRANSFER. */
  Type?: BankTransactionType | (string & {});
  Contact?: { ContactID?: string; Name?: string; [field: string]: unknown };
  /** Required to create: the bank account the money moves through. */
  BankAccount?: { AccountID?: string; Code?: string };
  LineItems?: Array<{
    Description?: string;
    Quantity?: number;
    UnitAmount?: number;
    AccountCode?: string;
    TaxType?: string;
    ItemCode?: string;
    [field: string]: unknown;
  }>;
  LineAmountTypes?: 'Exclusive' | 'Inclusive' | 'NoTax';
  Date?: Date | string;
  Reference?: string;
  CurrencyCode?: string;
  CurrencyRate?: number;
  IsReconciled?: boolean;
  /** `DELETED` on an update deletes the transaction. */
  Status?: 'AUTHORISED' | 'DELETED';
  /** Any other field from Xero's BankTransactions documentation. */
  [field: string]: unknown;
}
