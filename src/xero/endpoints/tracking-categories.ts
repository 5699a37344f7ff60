import { z } from 'zod';
import type { CallOptions } from '../call-options.js';
import { envelopeSchema } from '../schemas/common.js';
import { type TrackingCategory, trackingCategorySchema } from '../schemas/tracking-category.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';
import { readOne, readWholeCollection, type WholeCollection } from './single-request-read.js';

/** Which tracking categories `trackingCategories.list` returns (all in one response). */
export interface TrackingCategoryFilter {
  /** Xero `where` expression, e.g. `Name=="Region"`. */
  where?: string;
  order?: string;
  /** Include archived categories and options. @default false */
  includeArchived?: boolean;
}

const filterSchema = z.strictObject({
  where: z.string().min(1).optional(),
  order: z.string().min(1).optional(),
  includeArchived: z.boolean().optional(),
});

const trackingCategories: WholeCollection = {
  path: '/TrackingCategories',
  collection: 'TrackingCategories',
  envelope: envelopeSchema('TrackingCategories', trackingCategorySchema),
};

const categoryIdSchema = z.string().trim().min(1);

/** Tracking categories and their options: `GET /TrackingCategories`, `GET /TrackingCategories/{id}`. */
export class TrackingCategoriesEndpoint {
  // #private: the caller's unchecked `send` is never reachable from a role client at runtime.
  readonly #caller: EndpointCaller;

  /** @internal Made by the role client; the caller type stays out of the public declarations. */
  constructor(caller: EndpointCaller) {
    this.#caller = caller;
  }

  /** Every tracking category matching the filter, with its options, in one request. */
  async list(filter: TrackingCategoryFilter = {}, options?: CallOptions): Promise<TrackingCategory[]> {
    const f = validateArgument(filterSchema, filter, 'tracking category filter');
    const call = this.#caller.check(options);
    return readWholeCollection<TrackingCategory>(
      this.#caller,
      trackingCategories,
      { where: f.where, order: f.order, includeArchived: f.includeArchived === true ? true : undefined },
      undefined,
      call,
    );
  }

  /** One tracking category by TrackingCategoryID. A missing one is an `XeroApiError` with status 404. */
  async get(trackingCategoryId: string, options?: CallOptions): Promise<TrackingCategory> {
    const id = validateArgument(categoryIdSchema, trackingCategoryId, 'trackingCategoryId');
    const call = this.#caller.check(options);
    return readOne<TrackingCategory>(
      this.#caller,
      trackingCategories,
      `/TrackingCategories/${encodeURIComponent(id)}`,
      'tracking category',
      call,
    );
  }
}
