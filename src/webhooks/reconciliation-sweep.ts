import { z } from 'zod';
import type { ConnectionPool } from '../pool/connection-pool.js';
import { ROLES, type Role } from '../roles.js';
import type { CallOptions } from '../xero/call-options.js';
import { validateArgument } from '../xero/endpoints/filter-validation.js';
import type { SyncCursor, SyncResult } from '../xero/incremental-sync.js';
import type { Contact } from '../xero/schemas/contact.js';
import type { Invoice } from '../xero/schemas/invoice.js';

/** Where the last sweep of one organisation stopped (store it per account and tenant). */
export interface WebhookSweepCursors {
  invoices?: SyncCursor | undefined;
  contacts?: SyncCursor | undefined;
}

/** Options of {@link sweepWebhookGaps}. */
export interface WebhookSweepOptions {
  /** @default 'company' */
  role?: Role | undefined;
  /** The cursors the previous sweep returned; without them everything is read once. */
  cursors?: WebhookSweepCursors | undefined;
  /** Which collections to sweep. @default ['INVOICE', 'CONTACT'] */
  categories?: Array<'INVOICE' | 'CONTACT'> | undefined;
  callOptions?: CallOptions | undefined;
}

/** What changed since the cursors, and the cursors to store for next time. */
export interface WebhookSweepResult {
  invoices: Invoice[];
  contacts: Contact[];
  cursors: WebhookSweepCursors;
}

const optionsSchema = z.strictObject({
  role: z.enum(ROLES).optional(),
  cursors: z.record(z.string(), z.unknown()).optional(),
  categories: z
    .array(z.enum(['INVOICE', 'CONTACT']))
    .min(1)
    .optional(),
  callOptions: z.record(z.string(), z.unknown()).optional(),
});

/**
 * The safety net under webhooks: Xero does not promise every event arrives (a subscription that failed
 * for long is dropped, a receiver may be down past the retries), so run this now and then (hourly, say)
 * per organisation. It reads what changed since the last sweep with `If-Modified-Since` (incremental
 * `sync`), a call or two when nothing was missed. Apply its records as you apply fetched events: both
 * are "the record as Xero has it now", so seeing one twice is harmless.
 */
export async function sweepWebhookGaps(
  pool: Pick<ConnectionPool, 'role'>,
  options: WebhookSweepOptions = {},
): Promise<WebhookSweepResult> {
  const o = validateArgument(optionsSchema, options, 'sweepWebhookGaps options');
  const client = pool.role(o.role ?? 'company');
  const categories = new Set(o.categories ?? ['INVOICE', 'CONTACT']);
  const cursors: WebhookSweepCursors = { ...options.cursors };
  const result: WebhookSweepResult = { invoices: [], contacts: [], cursors };
  if (categories.has('INVOICE')) {
    const sync: SyncResult<Invoice> = await client.invoices.sync(
      { cursor: cursors.invoices },
      options.callOptions,
    );
    result.invoices = sync.records;
    cursors.invoices = sync.cursor;
  }
  if (categories.has('CONTACT')) {
    const sync: SyncResult<Contact> = await client.contacts.sync(
      { cursor: cursors.contacts },
      options.callOptions,
    );
    result.contacts = sync.records;
    cursors.contacts = sync.cursor;
  }
  return result;
}
