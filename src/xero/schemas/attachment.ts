import { z } from 'zod';

/**
 * One file on a Xero record, as Xero lists it (`Attachments` envelope of `/{Resource}/{id}/Attachments`).
 * Loose: fields Xero adds later are kept.
 */
export const attachmentSchema = z.looseObject({
  AttachmentID: z.string(),
  FileName: z.string(),
  /** Where Xero serves the file (needs the API's authorisation like any call). */
  Url: z.string().optional(),
  MimeType: z.string().optional(),
  /** Size in bytes. */
  ContentLength: z.number().optional(),
  /** Shown with the online invoice (invoices and credit notes only). */
  IncludeOnline: z.boolean().optional(),
});

/** One file on an invoice, credit note or bank transaction. */
export type Attachment = z.output<typeof attachmentSchema>;
