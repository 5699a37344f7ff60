/**
 * Compile-time view of Xero's Accounting API for the typed `api` call: which method goes with which path,
 * what its path parameters, query, body and headers are, and what it answers. Types only, read from the
 * generated `accounting.d.ts` (Xero's official OpenAPI document); nothing here exists at runtime.
 */
import type { components, paths } from '../openapi/accounting.js';

/** Xero's Accounting API, as generated from its official OpenAPI document (`paths` of openapi-typescript). */
export type AccountingPaths = paths;

/** The HTTP methods the Accounting API uses, as the typed call names them. */
export type ApiMethod = 'get' | 'put' | 'post' | 'delete';

/** A JSON request body, when the operation takes one. */
type JsonRequestBody<Op> = Op extends { requestBody: { content: { 'application/json': infer Body } } }
  ? Body
  : never;

/**
 * Operations whose body is a file (attachment uploads) are not typed calls: the pipeline sends JSON.
 * Upload attachments with the first-class attachment calls.
 */
type SendsJsonOrNothing<Op> = Op extends { requestBody: { content: infer Content } }
  ? 'application/json' extends keyof Content
    ? true
    : false
  : true;

/**
 * File downloads (attachment bytes, an invoice's PDF) are not typed calls either: the pipeline reads JSON.
 * An operation answers JSON or nothing (a 204, an empty 200).
 */
type AnswersJsonOrNothing<Op> = Op extends { responses: { 200: { content: infer Content } } }
  ? 'application/json' extends keyof Content
    ? true
    : false
  : true;

/**
 * Paths that have a JSON operation for `M`, e.g. `ApiPath<'get'>` includes `/Quotes`. Of the spec's 235
 * operations, the 48 that send or answer a file (attachments, PDFs) are left out.
 */
export type ApiPath<M extends ApiMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: infer Op }
    ? [SendsJsonOrNothing<Op>, AnswersJsonOrNothing<Op>] extends [true, true]
      ? P
      : never
    : never;
}[keyof paths];

/** The spec's operation object for a method and a path. */
export type ApiOperation<M extends ApiMethod, P extends ApiPath<M>> = paths[P] extends { [K in M]: infer Op }
  ? Op
  : never;

type Parameters_<Op> = Op extends { parameters: infer Params } ? Params : never;
type PathParameters<Op> = Parameters_<Op> extends { path: infer Path } ? Path : never;
type QueryParameters<Op> = Parameters_<Op> extends { query?: infer Query } ? Query : never;
/** Headers the SDK always sets itself: the tenant from the connection, the idempotency key from options. */
type SdkHeaders = 'xero-tenant-id' | 'Idempotency-Key';
type HeaderParameters<Op> =
  Parameters_<Op> extends { header?: infer Header } ? Omit<NonNullable<Header>, SdkHeaders> : never;

type IsEmpty<T> = [T] extends [never]
  ? true
  : [T] extends [undefined]
    ? true
    : keyof T extends never
      ? true
      : false;

/** The second argument of a typed call: `path` when the template has parameters, `body` when it takes one. */
export type ApiInit<Op> = (IsEmpty<PathParameters<Op>> extends true
  ? { path?: never }
  : { path: { [K in keyof PathParameters<Op>]: PathParameters<Op>[K] } }) &
  (IsEmpty<QueryParameters<Op>> extends true
    ? { query?: never }
    : { query?: { [K in keyof NonNullable<QueryParameters<Op>>]?: NonNullable<QueryParameters<Op>>[K] } }) &
  ([JsonRequestBody<Op>] extends [never] ? { body?: never } : { body: JsonRequestBody<Op> }) &
  (IsEmpty<HeaderParameters<Op>> extends true
    ? { headers?: never }
    : { headers?: { [K in keyof HeaderParameters<Op>]?: HeaderParameters<Op>[K] } });

/** True when an init object has a required member, so the argument itself is required. */
type NeedsInit<Init> = {} extends Init ? false : true;

/** The arguments after the path: the init (required when it has required members), then call options. */
export type ApiArgs<Op, Options> =
  NeedsInit<ApiInit<Op>> extends true
    ? [init: ApiInit<Op>, options?: Options]
    : [init?: ApiInit<Op>, options?: Options];

/** What a successful call answers, as the spec writes it: the JSON of its 200, `undefined` for a 204 or an empty 200. */
export type ApiResult<Op> = Op extends { responses: infer Responses }
  ? Responses extends { 200: { content: { 'application/json': infer Json } } }
    ? Json
    : undefined
  : never;

/**
 * Xero's Accounting schemas by name, as generated from its OpenAPI document, for typing what you send and
 * read through `api` (e.g. `AccountingSchemas['Quote']`).
 */
export type AccountingSchemas = components['schemas'];
