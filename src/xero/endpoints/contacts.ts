import { z } from 'zod';
import { type BatchItemResult, batchWrite } from '../batch.js';
import type { CallOptions } from '../call-options.js';
import { type SyncRequest, type SyncResult, syncCollection } from '../incremental-sync.js';
import { type PagedList, pagedList, pagingSchema } from '../paged-list.js';
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

/** Contacts: `GET/PUT/POST /Contacts`. */
export class ContactsEndpoint {
  // #private: the caller's unchecked `send` is never reachable from a role client at runtime.
  readonly #caller: EndpointCaller;

  /** @internal Made by the role client; the caller type stays out of the public declarations. */
  constructor(caller: EndpointCaller) {
    this.#caller = caller;
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

  /** Creates contacts (PUT), chunked by 50, one result per element in input order. */
  create(contacts: readonly ContactInput[], options?: CallOptions): Promise<Array<BatchItemResult<Contact>>> {
    return batchWrite<Contact>(
      this.#caller,
      {
        method: 'PUT',
        path: '/Contacts',
        collection: 'Contacts',
        envelope: contactsEnvelope,
        items: contacts,
        check: (c) => ((c as ContactInput).Name ? undefined : 'Name is required to create a contact'),
      },
      options,
    );
  }

  /** Updates contacts (POST); each needs `ContactID`. One result per element in input order. */
  update(contacts: readonly ContactInput[], options?: CallOptions): Promise<Array<BatchItemResult<Contact>>> {
    return batchWrite<Contact>(
      this.#caller,
      {
        method: 'POST',
        path: '/Contacts',
        collection: 'Contacts',
        envelope: contactsEnvelope,
        items: contacts,
        check: (c) =>
          (c as ContactInput).ContactID ? undefined : 'ContactID is required to update a contact',
      },
      options,
    );
  }
}
