import { z } from 'zod';
import type { CallOptions } from '../call-options.js';
import { envelopeSchema } from '../schemas/common.js';
import { type Item, itemSchema } from '../schemas/item.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';
import { readOne, readWholeCollection, type WholeCollection } from './single-request-read.js';

/** Which items `items.list` returns (Xero answers them all in one response). */
export interface ItemFilter {
  /** Xero `where` expression, e.g. `IsSold==true`. */
  where?: string;
  order?: string;
  /** Only items created or changed since (sent as `If-Modified-Since`). */
  modifiedSince?: Date;
}

const filterSchema = z.strictObject({
  where: z.string().min(1).optional(),
  order: z.string().min(1).optional(),
  modifiedSince: z
    .date()
    .refine((d) => !Number.isNaN(d.getTime()), 'must be a valid Date')
    .optional(),
});

const items: WholeCollection = {
  path: '/Items',
  collection: 'Items',
  envelope: envelopeSchema('Items', itemSchema),
};

const itemIdSchema = z.string().trim().min(1);

/** Products and services: `GET /Items`, `GET /Items/{ItemID}`. */
export class ItemsEndpoint {
  // #private: the caller's unchecked `send` is never reachable from a role client at runtime.
  readonly #caller: EndpointCaller;

  /** @internal Made by the role client; the caller type stays out of the public declarations. */
  constructor(caller: EndpointCaller) {
    this.#caller = caller;
  }

  /** Every item matching the filter, in one request. */
  async list(filter: ItemFilter = {}, options?: CallOptions): Promise<Item[]> {
    const f = validateArgument(filterSchema, filter, 'item filter');
    const call = this.#caller.check(options);
    return readWholeCollection<Item>(
      this.#caller,
      items,
      { where: f.where, order: f.order },
      f.modifiedSince,
      call,
    );
  }

  /** One item by ItemID (Xero also takes its Code here). A missing item is an `XeroApiError` with status 404. */
  async get(itemIdOrCode: string, options?: CallOptions): Promise<Item> {
    const id = validateArgument(itemIdSchema, itemIdOrCode, 'itemId');
    const call = this.#caller.check(options);
    return readOne<Item>(this.#caller, items, `/Items/${encodeURIComponent(id)}`, 'item', call);
  }
}
