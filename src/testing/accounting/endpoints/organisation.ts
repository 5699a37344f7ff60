import { okEnvelope } from '../responses.js';
import { organisationToWire } from '../wire-format.js';
import type { Endpoint } from './endpoint.js';

/** GET /Organisation: one organisation whose OrganisationID is the tenant id. */
export const organisationEndpoint: Endpoint = {
  collectionMethods: ['GET'],
  itemMethods: [],
  handle: (ctx) => okEnvelope(ctx.response, 'Organisations', [organisationToWire(ctx.state.organisation)]),
};
