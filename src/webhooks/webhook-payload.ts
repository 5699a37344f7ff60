import { z } from 'zod';

/**
 * One event of a Xero webhook (Xero's `WebhookEvent.events[]`, xero-webhooks.yaml): which record of which
 * organisation changed, and how. It says nothing of the record's content: fetch it (see
 * `fetchWebhookChanges`).
 */
export interface XeroWebhookEvent {
  /** The API URL of the changed record, e.g. `https://api.xero.com/api.xro/2.0/Invoices/{id}`. */
  resourceUrl: string;
  /** The changed record's id (InvoiceID, ContactID…). */
  resourceId: string;
  /** When it happened, UTC, as Xero writes it (`2024-06-21T01:15:39.902`, no zone designator). */
  eventDateUtc: string;
  /** `CREATE` or `UPDATE` (archiving and deleting are updates). */
  eventType: 'CREATE' | 'UPDATE' | (string & {});
  /** `INVOICE`, `CONTACT` (what Wise-Sync subscribes to), `CREDITNOTE` or `SUBSCRIPTION`. */
  eventCategory: 'INVOICE' | 'CONTACT' | 'CREDITNOTE' | 'SUBSCRIPTION' | (string & {});
  /** The organisation (tenant id) for `ORGANISATION` events; the app's id for `APPLICATION` ones. */
  tenantId: string;
  tenantType: 'ORGANISATION' | 'APPLICATION' | (string & {});
  /** Extra fields some categories carry (credit notes: `Type`, `Status`). */
  data?: Record<string, unknown> | undefined;
}

/** The body of one webhook request: a batch of events with its sequence numbers. */
export interface XeroWebhookPayload {
  events: XeroWebhookEvent[];
  /** Sequence number of the first event (0 in an intent-to-receive request, which has no events). */
  firstEventSequence: number;
  lastEventSequence: number;
  /** Random text Xero adds so no two bodies (and signatures) are alike. */
  entropy: string;
}

// Categories and types Xero adds later must not make a correctly signed batch unreadable (it would be
// redelivered until the subscription fails), so they are strings; the documented values are typed above.
const eventSchema = z.object({
  resourceUrl: z.string().min(1),
  resourceId: z.string().min(1),
  eventDateUtc: z.string().min(1),
  eventType: z.string().min(1),
  eventCategory: z.string().min(1),
  tenantId: z.string().min(1),
  tenantType: z.string().min(1),
  data: z.record(z.string(), z.unknown()).optional(),
});

/** Xero's `WebhookEvent` schema (extra fields are kept out: only what the schema names is read). */
export const webhookPayloadSchema: z.ZodType<XeroWebhookPayload> = z.object({
  events: z.array(eventSchema),
  // The schema says minimum 1, but an intent-to-receive request carries 0 in both.
  firstEventSequence: z.number().int().min(0),
  lastEventSequence: z.number().int().min(0),
  entropy: z.string(),
});

/** `eventDateUtc` as epoch ms (Xero omits the `Z`; the time is UTC). NaN when unreadable. */
export function eventTime(event: Pick<XeroWebhookEvent, 'eventDateUtc'>): number {
  const text = event.eventDateUtc;
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
  return Date.parse(zoned);
}
