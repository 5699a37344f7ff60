import { extraResources, type TaxRateRecord } from '../extra-resources.js';
import { taxRateToWire } from '../extra-wire-format.js';
import { type ListSpec, listRecords } from '../list-query.js';
import { notFound, okEnvelope } from '../responses.js';
import type { Endpoint } from './endpoint.js';

// Xero does not page tax rates; `TaxType=` is the older documented filter, kept by its clients.
const TAX_RATE_LIST: ListSpec<TaxRateRecord> = {
  filters: [{ param: 'taxtype', value: (rate) => rate.taxType }],
  paged: false,
  updatedAt: () => 0,
  fields: {
    name: (rate) => rate.name,
    taxtype: (rate) => rate.taxType,
    status: () => 'ACTIVE',
    reporttaxtype: (rate) => rate.reportTaxType,
    effectiverate: (rate) => rate.rate,
    displaytaxrate: (rate) => rate.rate,
    canapplytorevenue: (rate) => rate.canApplyToRevenue,
    canapplytoexpenses: (rate) => rate.canApplyToExpenses,
  },
};

/** GET /TaxRates (where, order, TaxType) and GET /TaxRates/{TaxType}. Read-only. */
export const taxRatesEndpoint: Endpoint = {
  collectionMethods: ['GET'],
  itemMethods: ['GET'],
  handle(ctx, taxType) {
    const { taxRates } = extraResources(ctx.state);
    if (taxType !== undefined) {
      const wanted = taxType.toUpperCase();
      const rate = taxRates.find((r) => r.taxType === wanted);
      return rate === undefined ? notFound() : okEnvelope(ctx.response, 'TaxRates', [taxRateToWire(rate)]);
    }
    // Rates carry no update time: If-Modified-Since does not apply to them.
    const listed = listRecords(taxRates, TAX_RATE_LIST, ctx.query, {});
    if (!listed.ok) return listed.response;
    return okEnvelope(ctx.response, 'TaxRates', listed.items.map(taxRateToWire));
  },
};
