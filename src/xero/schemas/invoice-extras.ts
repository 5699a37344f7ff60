import { z } from 'zod';
import { xeroDate } from './common.js';

/** `GET /Invoices/{id}/OnlineInvoice`: the link a customer opens to view and pay a sales invoice. */
export const onlineInvoiceSchema = z.looseObject({ OnlineInvoiceUrl: z.string() });

/** One entry of a record's history (`GET /Invoices/{id}/History`): a change Xero logged, or a note. */
export const historyRecordSchema = z.looseObject({
  Changes: z.string().optional(),
  Details: z.string().optional(),
  User: z.string().optional(),
  DateUTC: xeroDate.optional(),
});

export type HistoryRecord = z.output<typeof historyRecordSchema>;
