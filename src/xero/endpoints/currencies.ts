import { z } from 'zod';
import { XeroApiError } from '../../errors/api-errors.js';
import type { CallOptions } from '../call-options.js';
import { parseResponse } from '../response-parsing.js';
import { envelopeSchema } from '../schemas/common.js';
import { type Currency, currencySchema } from '../schemas/currency.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';
import { readWholeCollection, type WholeCollection } from './single-request-read.js';

/** Which currencies `currencies.list` returns (Xero answers them all in one response). */
export interface CurrencyFilter {
  /** Xero `where` expression, e.g. `Code=="EUR"`. */
  where?: string;
  order?: string;
}

const filterSchema = z.strictObject({
  where: z.string().min(1).optional(),
  order: z.string().min(1).optional(),
});

const currencies: WholeCollection = {
  path: '/Currencies',
  collection: 'Currencies',
  envelope: envelopeSchema('Currencies', currencySchema),
};

const codeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO 4217 code')
  .transform((code) => code.toUpperCase());

/** The organisation's enabled currencies: `GET /Currencies`. */
export class CurrenciesEndpoint {
  // #private: the caller's unchecked `send` is never reachable from a role client at runtime.
  readonly #caller: EndpointCaller;

  /** @internal Made by the role client; the caller type stays out of the public declarations. */
  constructor(caller: EndpointCaller) {
    this.#caller = caller;
  }

  /** Every enabled currency matching the filter, in one request. */
  async list(filter: CurrencyFilter = {}, options?: CallOptions): Promise<Currency[]> {
    const f = validateArgument(filterSchema, filter, 'currency filter');
    const call = this.#caller.check(options);
    return readWholeCollection<Currency>(
      this.#caller,
      currencies,
      { where: f.where, order: f.order },
      undefined,
      call,
    );
  }

  /**
   * One enabled currency by ISO code. Xero has no `GET /Currencies/{code}`: this is a list with
   * `where=Code=="…"`. A currency the organisation has not enabled is an `XeroApiError` with status 404.
   */
  async get(code: string, options?: CallOptions): Promise<Currency> {
    const wanted = validateArgument(codeSchema, code, 'currency code');
    const call = this.#caller.check(options);
    const response = await this.#caller.send(
      { method: 'GET', path: '/Currencies', params: { where: `Code=="${wanted}"` } },
      call,
      undefined,
    );
    const found = (parseResponse(currencies.envelope, response) as { Currencies: Currency[] }).Currencies[0];
    if (found === undefined)
      throw new XeroApiError(`Currency ${wanted} is not enabled for this organisation`, {
        ...response.meta,
        status: 404,
      });
    return found;
  }
}
