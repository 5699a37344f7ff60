import { extraResources, type TrackingCategoryRecord } from '../extra-resources.js';
import { trackingCategoryToWire } from '../extra-wire-format.js';
import { type ListSpec, listRecords } from '../list-query.js';
import { notFound, okEnvelope } from '../responses.js';
import type { Endpoint } from './endpoint.js';

const CATEGORY_LIST: ListSpec<TrackingCategoryRecord> = {
  filters: [],
  paged: false,
  updatedAt: () => 0,
  fields: {
    trackingcategoryid: (category) => category.trackingCategoryId,
    name: (category) => category.name,
    status: (category) => category.status,
  },
};

/**
 * GET /TrackingCategories (where, order, includeArchived) and GET /TrackingCategories/{TrackingCategoryID}.
 * Archived categories and options are listed only with `includeArchived=true`. Read-only.
 */
export const trackingCategoriesEndpoint: Endpoint = {
  collectionMethods: ['GET'],
  itemMethods: ['GET'],
  handle(ctx, id) {
    const { trackingCategories } = extraResources(ctx.state);
    const includeArchived = ctx.query.get('includearchived')?.toLowerCase() === 'true';
    if (id !== undefined) {
      const category = trackingCategories.get(id.toLowerCase());
      return category === undefined
        ? notFound()
        : okEnvelope(ctx.response, 'TrackingCategories', [trackingCategoryToWire(category, includeArchived)]);
    }
    const visible = [...trackingCategories.values()].filter(
      (category) => includeArchived || category.status === 'ACTIVE',
    );
    const listed = listRecords(visible, CATEGORY_LIST, ctx.query, {});
    if (!listed.ok) return listed.response;
    return okEnvelope(
      ctx.response,
      'TrackingCategories',
      listed.items.map((category) => trackingCategoryToWire(category, includeArchived)),
    );
  },
};
