import { type CurrencyRecord, extraResources } from '../extra-resources.js';
import { currencyToWire } from '../extra-wire-format.js';
import { type ListSpec, listRecords } from '../list-query.js';
import { okEnvelope } from '../responses.js';
import type { Endpoint } from './endpoint.js';

const CURRENCY_LIST: ListSpec<CurrencyRecord> = {
  filters: [],
  paged: false,
  updatedAt: () => 0,
  fields: {
    code: (currency) => currency.code,
    description: (currency) => currency.description,
  },
};

/** GET /Currencies (where, order): the organisation's currencies, its base currency first. Read-only. */
export const currenciesEndpoint: Endpoint = {
  collectionMethods: ['GET'],
  itemMethods: [],
  handle(ctx) {
    const listed = listRecords(extraResources(ctx.state).currencies, CURRENCY_LIST, ctx.query, {});
    if (!listed.ok) return listed.response;
    return okEnvelope(ctx.response, 'Currencies', listed.items.map(currencyToWire));
  },
};
