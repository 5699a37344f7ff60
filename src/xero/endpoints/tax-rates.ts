import { z } from 'zod';
import type { CallOptions } from '../call-options.js';
import { envelopeSchema } from '../schemas/common.js';
import { type TaxRate, taxRateSchema } from '../schemas/tax-rate.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';
import { readOne, readWholeCollection, type WholeCollection } from './single-request-read.js';

/** Which tax rates `taxRates.list` returns (Xero answers them all in one response). */
export interface TaxRateFilter {
  /** Xero `where` expression, e.g. `Status=="ACTIVE"`. */
  where?: string;
  order?: string;
}

const filterSchema = z.strictObject({
  where: z.string().min(1).optional(),
  order: z.string().min(1).optional(),
});

const taxRates: WholeCollection = {
  path: '/TaxRates',
  collection: 'TaxRates',
  envelope: envelopeSchema('TaxRates', taxRateSchema),
};

const taxTypeSchema = z.string().trim().min(1);

/** The organisation's tax rates: `GET /TaxRates`, `GET /TaxRates/{TaxType}`. */
export class TaxRatesEndpoint {
  // #private: the caller's unchecked `send` is never reachable from a role client at runtime.
  readonly #caller: EndpointCaller;

  /** @internal Made by the role client; the caller type stays out of the public declarations. */
  constructor(caller: EndpointCaller) {
    this.#caller = caller;
  }

  /** Every tax rate matching the filter, in one request. */
  async list(filter: TaxRateFilter = {}, options?: CallOptions): Promise<TaxRate[]> {
    const f = validateArgument(filterSchema, filter, 'tax rate filter');
    const call = this.#caller.check(options);
    return readWholeCollection<TaxRate>(
      this.#caller,
      taxRates,
      { where: f.where, order: f.order },
      undefined,
      call,
    );
  }

  /** One tax rate by its TaxType (e.g. `OUTPUT`). An unknown type is an `XeroApiError` with status 404. */
  async get(taxType: string, options?: CallOptions): Promise<TaxRate> {
    const type = validateArgument(taxTypeSchema, taxType, 'taxType');
    const call = this.#caller.check(options);
    return readOne<TaxRate>(
      this.#caller,
      taxRates,
      `/TaxRates/${encodeURIComponent(type)}`,
      'tax rate',
      call,
    );
  }
}
