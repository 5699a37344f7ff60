/** What the router hands each endpoint, and what an endpoint declares about itself. */
import type { AccountingRequest, AccountingResponse } from '../contract.js';
import type { QueryParams } from '../list-query.js';
import type { OrganisationState } from '../records.js';
import type { ResponseContext } from '../responses.js';

export type HttpMethod = AccountingRequest['method'];

export interface EndpointContext {
  state: OrganisationState;
  req: AccountingRequest;
  query: QueryParams;
  response: ResponseContext;
}

export interface Endpoint {
  /** Methods on `/<Collection>`. */
  collectionMethods: readonly HttpMethod[];
  /** Methods on `/<Collection>/{id}`. */
  itemMethods: readonly HttpMethod[];
  /** `id` is the decoded second path segment, when there is one. */
  handle(ctx: EndpointContext, id: string | undefined): AccountingResponse;
}
