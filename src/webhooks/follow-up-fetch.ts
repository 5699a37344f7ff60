import { z } from 'zod';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import type { ConnectionPool } from '../pool/connection-pool.js';
import { ROLES, type Role } from '../roles.js';
import type { CallOptions } from '../xero/call-options.js';
import { validateArgument } from '../xero/endpoints/filter-validation.js';
import type { PagedList } from '../xero/paged-list.js';
import type { Contact } from '../xero/schemas/contact.js';
import type { Invoice } from '../xero/schemas/invoice.js';
import { eventTime, type XeroWebhookEvent } from './webhook-payload.js';

/** Options of {@link fetchWebhookChanges}. */
export interface FetchWebhookChangesOptions {
  /** The role whose connection fetches (it must point at the events' organisation). @default 'company' */
  role?: Role | undefined;
  /**
   * Ids per `IDs=` call. 50 keeps the URL near 2,000 characters (a GUID is 36 plus an encoded comma), the
   * length every proxy and Xero accept; the SDK's coalesced reads by id use the same. @default 50
   */
  idsPerCall?: number | undefined;
  /** Passed to every call (signal, deadline, priority…). */
  callOptions?: CallOptions | undefined;
}

/** The records a set of events points at, as Xero has them now. */
export interface WebhookChanges {
  /** Changed invoices, in the order of their latest event (`eventDateUtc`), each once. */
  invoices: Invoice[];
  /** Changed contacts, likewise. */
  contacts: Contact[];
  /** Resources Xero did not return (e.g. removed since): `{ category, resourceId }`. */
  missing: Array<{ category: 'INVOICE' | 'CONTACT'; resourceId: string }>;
  /** Events of categories this helper does not fetch (credit notes, subscriptions), untouched. */
  skipped: XeroWebhookEvent[];
  /** Calls made to Xero. */
  calls: number;
}

const optionsSchema = z.strictObject({
  role: z.enum(ROLES).optional(),
  idsPerCall: z.number().int().min(1).max(200).optional(),
  callOptions: z.record(z.string(), z.unknown()).optional(),
});

/**
 * Turns webhook events into the fewest calls: one entry per changed record (however many events name
 * it), fetched with `IDs=` lists of up to `idsPerCall` through the chosen role, oldest change first.
 * 1,000 changed invoices are 20 calls. Events only say *that* something changed; this reads *what*.
 *
 * The events must all be of one organisation (one share of `XeroWebhookRouter.route`). Give it every
 * event you have queued rather than one delivery at a time: duplicates across deliveries collapse too.
 * @example
 * const { invoices } = await fetchWebhookChanges(xero.pool({ accountId, apps }), share.events);
 */
export async function fetchWebhookChanges(
  pool: Pick<ConnectionPool, 'role'>,
  events: readonly XeroWebhookEvent[],
  options: FetchWebhookChangesOptions = {},
): Promise<WebhookChanges> {
  const o = validateArgument(optionsSchema, options, 'fetchWebhookChanges options');
  const tenants = new Set(events.map((e) => e.tenantId.toLowerCase()));
  if (tenants.size > 1) {
    throw new InvalidArgumentError(
      `fetchWebhookChanges takes the events of one organisation, got ${tenants.size} (route them with XeroWebhookRouter first)`,
      [{ path: 'events', message: 'events of several tenantIds' }],
    );
  }
  const latest = { INVOICE: new Map<string, number>(), CONTACT: new Map<string, number>() };
  const skipped: XeroWebhookEvent[] = [];
  for (const event of events) {
    const category = fetchedCategory(event.eventCategory);
    if (category === undefined) {
      skipped.push(event);
      continue;
    }
    const id = event.resourceId.toLowerCase();
    const at = eventTime(event);
    const seen = latest[category].get(id);
    // An unreadable date sorts first rather than losing the record.
    const when = Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
    if (seen === undefined || when > seen) latest[category].set(id, when);
  }
  const client = pool.role(o.role ?? 'company');
  const chunk = o.idsPerCall ?? 50;
  const callOptions = options.callOptions;
  const result: WebhookChanges = { invoices: [], contacts: [], missing: [], skipped, calls: 0 };

  const invoiceIds = inEventOrder(latest.INVOICE);
  const invoices = await fetchByIds(invoiceIds, chunk, result, (ids) =>
    collect(client.invoices.list({ ids, pageSize: 1000 }, callOptions)),
  );
  result.invoices = ordered(invoiceIds, invoices, (i) => i.InvoiceID, 'INVOICE', result);

  const contactIds = inEventOrder(latest.CONTACT);
  const contacts = await fetchByIds(contactIds, chunk, result, (ids) =>
    collect(client.contacts.list({ ids, pageSize: 1000, includeArchived: true }, callOptions)),
  );
  result.contacts = ordered(contactIds, contacts, (c) => c.ContactID, 'CONTACT', result);
  return result;
}

function inEventOrder(latest: Map<string, number>): string[] {
  return [...latest.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

async function fetchByIds<T>(
  ids: readonly string[],
  chunk: number,
  result: WebhookChanges,
  fetch: (ids: string[]) => Promise<{ items: T[]; calls: number }>,
): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < ids.length; i += chunk) {
    const page = await fetch(ids.slice(i, i + chunk));
    result.calls += page.calls;
    found.push(...page.items);
  }
  return found;
}

/** Every page of one `IDs=` list; an empty answer was still one call. */
async function collect<T>(list: PagedList<T>): Promise<{ items: T[]; calls: number }> {
  const items: T[] = [];
  let calls = 0;
  for await (const page of list.pages()) {
    calls++;
    items.push(...page);
  }
  return { items, calls: Math.max(calls, 1) };
}

/** Puts Xero's answer in event order and names what it did not return. */
function ordered<T>(
  ids: readonly string[],
  records: readonly T[],
  idOf: (record: T) => string | undefined,
  category: 'INVOICE' | 'CONTACT',
  result: WebhookChanges,
): T[] {
  const byId = new Map<string, T>();
  for (const record of records) {
    const id = idOf(record)?.toLowerCase();
    if (id !== undefined) byId.set(id, record);
  }
  const out: T[] = [];
  for (const id of ids) {
    const record = byId.get(id);
    if (record === undefined) result.missing.push({ category, resourceId: id });
    else out.push(record);
  }
  return out;
}

function fetchedCategory(category: string): 'INVOICE' | 'CONTACT' | undefined {
  return category === 'INVOICE' || category === 'CONTACT' ? category : undefined;
}
