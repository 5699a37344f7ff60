import { extraResources, type ItemRecord } from '../extra-resources.js';
import { itemToWire } from '../extra-wire-format.js';
import { type ListSpec, listRecords } from '../list-query.js';
import { notFound, okEnvelope } from '../responses.js';
import type { Endpoint } from './endpoint.js';

// Xero does not page items.
const ITEM_LIST: ListSpec<ItemRecord> = {
  filters: [],
  paged: false,
  updatedAt: (item) => item.updatedAt,
  fields: {
    itemid: (item) => item.itemId,
    code: (item) => item.code,
    name: (item) => item.name,
    description: (item) => item.description,
    issold: (item) => item.sales !== undefined,
    ispurchased: (item) => item.purchase !== undefined,
    updateddateutc: (item) => item.updatedAt,
  },
};

/** GET /Items (where, order, If-Modified-Since) and GET /Items/{ItemID or Code}. Read-only. */
export const itemsEndpoint: Endpoint = {
  collectionMethods: ['GET'],
  itemMethods: ['GET'],
  handle(ctx, id) {
    const { items, itemIdByCode } = extraResources(ctx.state);
    if (id !== undefined) {
      const key = id.toLowerCase();
      // Xero accepts an item's Code in place of its id here.
      const item = items.get(key) ?? items.get(itemIdByCode.get(key) ?? '');
      return item === undefined ? notFound() : okEnvelope(ctx.response, 'Items', [itemToWire(item)]);
    }
    const listed = listRecords(items.values(), ITEM_LIST, ctx.query, ctx.req.headers);
    if (!listed.ok) return listed.response;
    return okEnvelope(ctx.response, 'Items', listed.items.map(itemToWire));
  },
};
