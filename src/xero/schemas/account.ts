import { z } from 'zod';
import { xeroDate } from './common.js';

/** An account of the chart of accounts (`GET /Accounts`). Field names as in Xero's documentation. */
export const accountSchema = z.looseObject({
  AccountID: z.string().optional(),
  Code: z.string().optional(),
  Name: z.string().optional(),
  Type: z.string().optional(),
  Status: z.string().optional(),
  Description: z.string().optional(),
  Class: z.string().optional(),
  TaxType: z.string().optional(),
  BankAccountNumber: z.string().optional(),
  BankAccountType: z.string().optional(),
  CurrencyCode: z.string().optional(),
  EnablePaymentsToAccount: z.boolean().optional(),
  ShowInExpenseClaims: z.boolean().optional(),
  SystemAccount: z.string().optional(),
  ReportingCode: z.string().optional(),
  HasAttachments: z.boolean().optional(),
  UpdatedDateUTC: xeroDate.optional(),
});

export type Account = z.output<typeof accountSchema>;
