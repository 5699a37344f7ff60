import { z } from 'zod';
import { XeroApiError } from '../../errors/api-errors.js';
import type { BatchItemResult, BatchWrite } from '../batch.js';
import type { CallOptions } from '../call-options.js';
import type { CoalescingCallOptions } from '../coalescing/coalescing-options.js';
import { EndpointCoalescer } from '../coalescing/endpoint-coalescer.js';
import type { ReadById } from '../coalescing/read-lane.js';
import { type PagedList, pagedList, pagingSchema } from '../paged-list.js';
import { parseResponse } from '../response-parsing.js';
import type { Allocation, AllocationInput } from '../schemas/allocation.js';
import { envelopeSchema } from '../schemas/common.js';
import { type CreditNote, type CreditNoteInput, creditNoteSchema } from '../schemas/credit-note.js';
import { allocateCredit } from './allocations.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';

/** Which credit notes `creditNotes.list` returns. */
export interface CreditNoteFilter {
  /** Xero `where` expression, e.g. `Status=="AUTHORISED" AND Type=="ACCRECCREDIT"`. */
  where?: string;
  /** Xero `order`, e.g. `Date DESC`. */
  order?: string;
  /** Only credit notes created or changed since (sent as `If-Modified-Since`). */
  modifiedSince?: Date;
  /** Records per page, 1–1000. @default 1000 */
  pageSize?: number;
  /** @default 1 */
  page?: number;
}

const filterSchema = z.strictObject({ ...pagingSchema });

// Built once per module: building a zod envelope costs far more than reusing one (≈90 µs vs ≈7 µs).
const creditNotesEnvelope = envelopeSchema('CreditNotes', creditNoteSchema);

const createCreditNotes: Omit<BatchWrite, 'items'> = {
  method: 'PUT',
  path: '/CreditNotes',
  collection: 'CreditNotes',
  envelope: creditNotesEnvelope,
};

const updateCreditNotes: Omit<BatchWrite, 'items'> = {
  method: 'POST',
  path: '/CreditNotes',
  collection: 'CreditNotes',
  envelope: creditNotesEnvelope,
  check: (c) => {
    const note = c as CreditNoteInput;
    return note.CreditNoteID || note.CreditNoteNumber
      ? undefined
      : 'CreditNoteID or CreditNoteNumber is required to update';
  },
};

/** GET /CreditNotes has no `IDs` parameter: ids are selected with `where` (≈75 URL characters each). */
const creditNotesById: ReadById = {
  path: '/CreditNotes',
  collection: 'CreditNotes',
  envelope: creditNotesEnvelope,
  idField: 'CreditNoteID',
  noun: 'credit note',
  capacity: 25,
  query: (ids) => ({ where: ids.map((id) => `CreditNoteID==Guid("${id}")`).join(' OR '), page: 1 }),
};

const creditNoteIdSchema = z.string().trim().min(1);

/** Credit notes: `GET/PUT/POST /CreditNotes` and `PUT /CreditNotes/{CreditNoteID}/Allocations`. */
export class CreditNotesEndpoint {
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

  /** Every credit note matching the filter, across all pages, fetched lazily as you iterate. */
  list(filter: CreditNoteFilter = {}, options?: CallOptions): PagedList<CreditNote> {
    const f = validateArgument(filterSchema, filter, 'credit note filter');
    const call = this.#caller.check(options);
    return pagedList<CreditNote>(
      this.#caller,
      {
        path: '/CreditNotes',
        collection: 'CreditNotes',
        envelope: creditNotesEnvelope,
        params: { where: f.where, order: f.order },
        pageSize: f.pageSize ?? 1000,
        firstPage: f.page ?? 1,
        modifiedSince: f.modifiedSince,
      },
      call,
    );
  }

  /**
   * One credit note by CreditNoteID (or CreditNoteNumber). Concurrent gets by id on the connection share one
   * list request. A missing credit note is an `XeroApiError` with status 404.
   */
  async get(creditNoteId: string, options?: CoalescingCallOptions): Promise<CreditNote> {
    const id = validateArgument(creditNoteIdSchema, creditNoteId, 'creditNoteId');
    return this.#merged.read<CreditNote>(creditNotesById, id, options, async (call) => {
      const response = await this.#caller.send(
        { method: 'GET', path: `/CreditNotes/${encodeURIComponent(id)}` },
        call,
        undefined,
      );
      const note = parseResponse(creditNotesEnvelope, response).CreditNotes[0];
      if (note === undefined)
        throw new XeroApiError('Xero returned no credit note', { ...response.meta, status: 404 });
      return note;
    });
  }

  /**
   * Creates credit notes (PUT) with `summarizeErrors=false`: one result per element in input order. A call
   * of ≤ 50 is merged with concurrent ones into one request while they wait for a slot (an idle connection
   * sends at once); larger calls go in chunks of 50. See docs/guides/coalescing.md.
   */
  create(
    creditNotes: readonly CreditNoteInput[],
    options?: CoalescingCallOptions,
  ): Promise<Array<BatchItemResult<CreditNote>>> {
    return this.#merged.write<CreditNote>({ ...createCreditNotes, items: creditNotes }, options);
  }

  /**
   * Updates credit notes (POST); each needs `CreditNoteID` or `CreditNoteNumber`. One result per element in
   * input order; merged with concurrent updates like `create`.
   */
  update(
    creditNotes: readonly CreditNoteInput[],
    options?: CoalescingCallOptions,
  ): Promise<Array<BatchItemResult<CreditNote>>> {
    return this.#merged.write<CreditNote>({ ...updateCreditNotes, items: creditNotes }, options);
  }

  /**
   * Allocates an `AUTHORISED` credit note to invoices of its contact (`PUT /CreditNotes/{id}/Allocations`,
   * `summarizeErrors=false`): one result per allocation in input order. Each moves its invoice as Xero
   * does: `AmountCredited` grows, `AmountDue` shrinks, `PAID` at zero; the credit note's `RemainingCredit`
   * shrinks (`PAID` at zero).
   *
   * @example
   * const [r] = await client.creditNotes.allocate(noteId, [
   *   { Invoice: { InvoiceID: invoiceId }, Amount: 25, Date: '2026-03-01' },
   * ]);
   */
  allocate(
    creditNoteId: string,
    allocations: readonly AllocationInput[],
    options?: CallOptions,
  ): Promise<Array<BatchItemResult<Allocation>>> {
    const id = validateArgument(creditNoteIdSchema, creditNoteId, 'creditNoteId');
    return allocateCredit(this.#caller, '/CreditNotes', id, allocations, options);
  }
}
