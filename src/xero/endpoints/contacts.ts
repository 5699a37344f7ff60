import { z } from 'zod';
import { XeroApiError } from '../../errors/api-errors.js';
import type { BatchItemResult, BatchWrite } from '../batch.js';
import type { CallOptions } from '../call-options.js';
import type { CoalescingCallOptions } from '../coalescing/coalescing-options.js';
import { EndpointCoalescer } from '../coalescing/endpoint-coalescer.js';
import type { ReadById } from '../coalescing/read-lane.js';
import { type SyncRequest, type SyncResult, syncCollection } from '../incremental-sync.js';
import { type PagedList, pagedList, pagingSchema } from '../paged-list.js';
import { parseResponse } from '../response-parsing.js';
import { envelopeSchema } from '../schemas/common.js';
import { type Contact, type ContactInput, contactSchema } from '../schemas/contact.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';

/** Which contacts `contacts.list` returns. */
export interface ContactFilter {
  ids?: string[];
  where?: string;
  order?: string;
  /** Include archived contacts. @default false */
  includeArchived?: boolean;
  /** Xero's `searchTerm`: matches name, email and number fields. */
  searchTerm?: string;
  /** Only contacts created or changed since (sent as `If-Modified-Since`). */
  modifiedSince?: Date;
  /** Records per page, 1–1000. @default 1000 (Xero's maximum: a whole collection in the fewest calls) */
  pageSize?: number;
  /** @default 1 */
  page?: number;
}

const filterSchema = z.strictObject({
  ids: z.array(z.string().min(1)).optional(),
  includeArchived: z.boolean().optional(),
  searchTerm: z.string().min(1).optional(),
  ...pagingSchema,
});

// Built once per module: building a zod envelope costs far more than reusing one (≈90 µs vs ≈7 µs).
const contactsEnvelope = envelopeSchema('Contacts', contactSchema);

const createContacts: Omit<BatchWrite, 'items'> = {
  method: 'PUT',
  path: '/Contacts',
  collection: 'Contacts',
  envelope: contactsEnvelope,
  check: (c) => ((c as ContactInput).Name ? undefined : 'Name is required to create a contact'),
};

const updateContacts: Omit<BatchWrite, 'items'> = {
  method: 'POST',
  path: '/Contacts',
  collection: 'Contacts',
  envelope: contactsEnvelope,
  check: (c) => ((c as ContactInput).ContactID ? undefined : 'ContactID is required to update a contact'),
};

/** `IDs=` of ≤ 50 GUIDs; archived contacts included, as a get by id returns them. */
const contactsById: ReadById = {
  path: '/Contacts',
  collection: 'Contacts',
  envelope: contactsEnvelope,
  idField: 'ContactID',
  noun: 'contact',
  capacity: 50,
  query: (ids) => ({ IDs: ids, includeArchived: true, page: 1 }),
};

const contactIdSchema = z.string().trim().min(1);

/** Contacts: `GET/PUT/POST /Contacts`. */
export class ContactsEndpoint {
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
   * One contact by ContactID (or ContactNumber). Concurrent gets by ContactID on the connection share one
   * `IDs=` request (see docs/guides/coalescing.md). A missing contact is an `XeroApiError` with status 404.
   */
  async get(contactId: string, options?: CoalescingCallOptions): Promise<Contact> {
    const id = validateArgument(contactIdSchema, contactId, 'contactId');
    return this.#merged.read<Contact>(contactsById, id, options, async (call) => {
      const response = await this.#caller.send(
        { method: 'GET', path: `/Contacts/${encodeURIComponent(id)}` },
        call,
        undefined,
      );
      const contact = parseResponse(contactsEnvelope, response).Contacts[0];
      if (contact === undefined) {
        throw new XeroApiError('Xero returned no contact', { ...response.meta, status: 404 });
      }
      return contact;
    });
  }

  /**
   * Contacts created or changed since `cursor` (all of them without one), with the cursor to pass next time.
   * The cursor comes from Xero's own times, so host clock skew loses nothing, and a record changed at the
   * cursor's exact instant is still delivered, once. A re-sync after a few changes is one call. See
   * docs/guides/incremental-sync.md.
   *
   * @example
   * const { records, cursor } = await client.contacts.sync({ cursor: await store.get(tenantId) });
   * await store.set(tenantId, cursor); // after applying `records`
   */
  sync(request: SyncRequest = {}, options?: CallOptions): Promise<SyncResult<Contact>> {
    const call = this.#caller.check(options);
    return syncCollection<Contact>(
      this.#caller,
      { path: '/Contacts', collection: 'Contacts', envelope: contactsEnvelope, idField: 'ContactID' },
      request,
      call,
    );
  }

  /** Every contact matching the filter, across all pages. */
  list(filter: ContactFilter = {}, options?: CallOptions): PagedList<Contact> {
    const f = validateArgument(filterSchema, filter, 'contact filter');
    const call = this.#caller.check(options);
    return pagedList<Contact>(
      this.#caller,
      {
        path: '/Contacts',
        collection: 'Contacts',
        envelope: contactsEnvelope,
        params: {
          IDs: f.ids,
          where: f.where,
          order: f.order,
          includeArchived: f.includeArchived,
          searchTerm: f.searchTerm,
        },
        pageSize: f.pageSize ?? 1000,
        firstPage: f.page ?? 1,
        modifiedSince: f.modifiedSince,
      },
      call,
    );
  }

  /**
   * Creates contacts (PUT) with `summarizeErrors=false`: one result per element in input order. A call of
   * ≤ 50 contacts is merged with concurrent ones into one request while they wait for a slot (an idle
   * connection sends at once); larger calls go in chunks of 50. See docs/guides/coalescing.md.
   */
  create(
    contacts: readonly ContactInput[],
    options?: CoalescingCallOptions,
  ): Promise<Array<BatchItemResult<Contact>>> {
    return this.#merged.write<Contact>({ ...createContacts, items: contacts }, options);
  }

  /** Updates contacts (POST); each needs `ContactID`. One result per element in input order; merged like `create`. */
  update(
    contacts: readonly ContactInput[],
    options?: CoalescingCallOptions,
  ): Promise<Array<BatchItemResult<Contact>>> {
    return this.#merged.write<Contact>({ ...updateContacts, items: contacts }, options);
  }
}
