import { z } from 'zod';
import { XeroApiError } from '../../errors/api-errors.js';
import type { BatchItemResult, BatchWrite } from '../batch.js';
import type { CallOptions } from '../call-options.js';
import type { CoalescingCallOptions } from '../coalescing/coalescing-options.js';
import { EndpointCoalescer } from '../coalescing/endpoint-coalescer.js';
import type { ReadById } from '../coalescing/read-lane.js';
import { idempotencyKeyFor } from '../idempotency.js';
import { type SyncRequest, type SyncResult, syncCollection } from '../incremental-sync.js';
import { type PagedList, pagedList, pagingSchema } from '../paged-list.js';
import { parseResponse } from '../response-parsing.js';
import { envelopeSchema } from '../schemas/common.js';
import { type Invoice, type InvoiceInput, type InvoiceStatus, invoiceSchema } from '../schemas/invoice.js';
import { type HistoryRecord, historyRecordSchema, onlineInvoiceSchema } from '../schemas/invoice-extras.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';

/** Which invoices `invoices.list` returns. Explicit filters are faster at Xero than `where`. */
export interface InvoiceFilter {
  statuses?: InvoiceStatus[];
  ids?: string[];
  contactIds?: string[];
  invoiceNumbers?: string[];
  /** Xero `where` expression, e.g. `Type=="ACCREC"`. */
  where?: string;
  /** Xero `order`, e.g. `UpdatedDateUTC DESC`. */
  order?: string;
  /** Only invoices created or changed since (sent as `If-Modified-Since`). */
  modifiedSince?: Date;
  /** Records per page, 1–1000. @default 1000 (Xero's maximum: a whole collection in the fewest calls) */
  pageSize?: number;
  /** First page to fetch. @default 1 */
  page?: number;
}

const filterSchema = z.strictObject({
  statuses: z.array(z.enum(['DRAFT', 'SUBMITTED', 'AUTHORISED', 'PAID', 'VOIDED', 'DELETED'])).optional(),
  ids: z.array(z.string().min(1)).optional(),
  contactIds: z.array(z.string().min(1)).optional(),
  invoiceNumbers: z.array(z.string().min(1)).optional(),
  ...pagingSchema,
});

// Built once per module: building a zod envelope costs far more than reusing one (≈90 µs vs ≈7 µs).
const invoicesEnvelope = envelopeSchema('Invoices', invoiceSchema);

const createInvoices: Omit<BatchWrite, 'items'> = {
  method: 'PUT',
  path: '/Invoices',
  collection: 'Invoices',
  envelope: invoicesEnvelope,
};

const updateInvoices: Omit<BatchWrite, 'items'> = {
  method: 'POST',
  path: '/Invoices',
  collection: 'Invoices',
  envelope: invoicesEnvelope,
  check: (i) => {
    const inv = i as InvoiceInput;
    return inv.InvoiceID || inv.InvoiceNumber
      ? undefined
      : 'InvoiceID or InvoiceNumber is required to update';
  },
};

/** `IDs=` of ≤ 50 GUIDs (≈2,000 URL characters); `page=1` so Xero includes line items, as a get by id does. */
const invoicesById: ReadById = {
  path: '/Invoices',
  collection: 'Invoices',
  envelope: invoicesEnvelope,
  idField: 'InvoiceID',
  noun: 'invoice',
  capacity: 50,
  query: (ids) => ({ IDs: ids, page: 1 }),
};

const invoiceIdSchema = z.string().trim().min(1);

const onlineInvoicesEnvelope = envelopeSchema('OnlineInvoices', onlineInvoiceSchema);
const historyEnvelope = envelopeSchema('HistoryRecords', historyRecordSchema);

/** A history note's text: Xero keeps notes of up to 2,500 characters on a record's history. */
const noteSchema = z.array(z.string().trim().min(1, 'must not be empty').max(2500)).min(1).max(50);

/** Invoices and bills: `GET/PUT/POST /Invoices`. */
export class InvoicesEndpoint {
  // #private: the caller's unchecked `send` is never reachable from a role client at runtime.
  readonly #caller: EndpointCaller;
  #coalescer: EndpointCoalescer | undefined;

  /** @internal Made by the role client; the caller type stays out of the public declarations. */
  constructor(caller: EndpointCaller) {
    this.#caller = caller;
  }

  get #merged(): EndpointCoalescer {
    this.#coalescer ??= new EndpointCoalescer(this.#caller);
    return this.#coalescer;
  }

  /**
   * Invoices created or changed since `cursor` (all of them without one), with the cursor to pass next time.
   * The cursor comes from Xero's own times, so host clock skew loses nothing, and a record changed at the
   * cursor's exact instant is still delivered, once. A re-sync after a few changes is one call. See
   * docs/guides/incremental-sync.md.
   *
   * @example
   * const { records, cursor } = await client.invoices.sync({ cursor: await store.get(tenantId) });
   * await store.set(tenantId, cursor); // after applying `records`
   */
  sync(request: SyncRequest = {}, options?: CallOptions): Promise<SyncResult<Invoice>> {
    const call = this.#caller.check(options);
    return syncCollection<Invoice>(
      this.#caller,
      { path: '/Invoices', collection: 'Invoices', envelope: invoicesEnvelope, idField: 'InvoiceID' },
      request,
      call,
    );
  }

  /** Every invoice matching the filter, across all pages, fetched lazily as you iterate. */
  list(filter: InvoiceFilter = {}, options?: CallOptions): PagedList<Invoice> {
    const f = validateArgument(filterSchema, filter, 'invoice filter');
    const call = this.#caller.check(options);
    return pagedList<Invoice>(
      this.#caller,
      {
        path: '/Invoices',
        collection: 'Invoices',
        envelope: invoicesEnvelope,
        params: {
          Statuses: f.statuses,
          IDs: f.ids,
          ContactIDs: f.contactIds,
          InvoiceNumbers: f.invoiceNumbers,
          where: f.where,
          order: f.order,
        },
        pageSize: f.pageSize ?? 1000,
        firstPage: f.page ?? 1,
        modifiedSince: f.modifiedSince,
      },
      call,
    );
  }

  /**
   * One invoice by InvoiceID (or InvoiceNumber). Concurrent gets by InvoiceID on the connection share one
   * `IDs=` request (see docs/guides/coalescing.md). A missing invoice is an `XeroApiError` with status 404.
   */
  async get(invoiceId: string, options?: CoalescingCallOptions): Promise<Invoice> {
    const id = validateArgument(invoiceIdSchema, invoiceId, 'invoiceId');
    return this.#merged.read<Invoice>(invoicesById, id, options, async (call) => {
      const response = await this.#caller.send(
        { method: 'GET', path: `/Invoices/${encodeURIComponent(id)}` },
        call,
        undefined,
      );
      const invoice = parseResponse(invoicesEnvelope, response).Invoices[0];
      if (invoice === undefined) {
        throw new XeroApiError('Xero returned no invoice', { ...response.meta, status: 404 });
      }
      return invoice;
    });
  }

  /**
   * Creates invoices (PUT) with `summarizeErrors=false`: one result per element in input order. A call of
   * ≤ 50 invoices is merged with concurrent ones into one request while they wait for a slot (an idle
   * connection sends at once); larger calls go in chunks of 50. See docs/guides/coalescing.md.
   */
  create(
    invoices: readonly InvoiceInput[],
    options?: CoalescingCallOptions,
  ): Promise<Array<BatchItemResult<Invoice>>> {
    return this.#merged.write<Invoice>({ ...createInvoices, items: invoices }, options);
  }

  /**
   * Updates invoices (POST); each needs `InvoiceID` or `InvoiceNumber`. One result per element in input
   * order; merged with concurrent updates like `create`.
   */
  update(
    invoices: readonly InvoiceInput[],
    options?: CoalescingCallOptions,
  ): Promise<Array<BatchItemResult<Invoice>>> {
    return this.#merged.write<Invoice>({ ...updateInvoices, items: invoices }, options);
  }

  /**
   * The link a customer opens to view and pay a sales invoice (`GET /Invoices/{id}/OnlineInvoice`), e.g.
   * for an email. Xero has none for bills or drafts: it answers a `XeroValidationError`.
   */
  async onlineInvoiceUrl(invoiceId: string, options?: CallOptions): Promise<string> {
    const id = validateArgument(invoiceIdSchema, invoiceId, 'invoiceId');
    const call = this.#caller.check(options);
    const response = await this.#caller.send(
      { method: 'GET', path: `/Invoices/${encodeURIComponent(id)}/OnlineInvoice` },
      call,
      undefined,
    );
    const link = parseResponse(onlineInvoicesEnvelope, response).OnlineInvoices[0];
    if (link === undefined) {
      throw new XeroApiError('Xero returned no online invoice link', { ...response.meta, status: 404 });
    }
    return link.OnlineInvoiceUrl;
  }

  /** The invoice's history: changes Xero logged and notes added, as Xero lists them (newest first). */
  async history(invoiceId: string, options?: CallOptions): Promise<HistoryRecord[]> {
    const id = validateArgument(invoiceIdSchema, invoiceId, 'invoiceId');
    const call = this.#caller.check(options);
    const response = await this.#caller.send(
      { method: 'GET', path: `/Invoices/${encodeURIComponent(id)}/History` },
      call,
      undefined,
    );
    return parseResponse(historyEnvelope, response).HistoryRecords;
  }

  /**
   * Adds notes to the invoice's history (`PUT /Invoices/{id}/History`), all in one request under one
   * idempotency key, and returns them as Xero recorded them. Each note is 1–2,500 characters (Xero's
   * limit), at most 50 a call (its batch ceiling).
   */
  async addNotes(
    invoiceId: string,
    notes: string | readonly string[],
    options?: CallOptions,
  ): Promise<HistoryRecord[]> {
    const id = validateArgument(invoiceIdSchema, invoiceId, 'invoiceId');
    const details = validateArgument(noteSchema, typeof notes === 'string' ? [notes] : notes, 'notes');
    const call = this.#caller.check(options);
    const response = await this.#caller.send(
      {
        method: 'PUT',
        path: `/Invoices/${encodeURIComponent(id)}/History`,
        data: { HistoryRecords: details.map((Details) => ({ Details })) },
      },
      call,
      idempotencyKeyFor('PUT', call.idempotencyKey),
    );
    return parseResponse(historyEnvelope, response).HistoryRecords;
  }
}
