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
  /**
   * Methods on `/<Collection>/{id}/<SubResource>[/…]`, by lower-cased sub-resource name (e.g.
   * `allocations`); a sub-resource not listed is a 404.
   */
  subResourceMethods?: Readonly<Record<string, readonly HttpMethod[]>>;
  /**
   * `id` is the decoded second path segment, when there is one; `sub` the decoded segments after it
   * (the first lower-cased), only for a sub-resource listed in `subResourceMethods`.
   */
  handle(ctx: EndpointContext, id: string | undefined, sub?: readonly string[]): AccountingResponse;
}
