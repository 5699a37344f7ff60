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

/** True when the operation sends a file (`application/octet-stream`: attachment uploads). */
type SendsFile<Op> = Op extends { requestBody: { content: { 'application/octet-stream': unknown } } }
  ? true
  : false;

/** True when a successful answer is a file (attachment bytes, a PDF) rather than JSON. */
type AnswersFile<Op> = Op extends { responses: { 200: { content: infer Content } } }
  ? 'application/json' extends keyof Content
    ? false
    : true
  : false;

/**
 * Paths that have an operation for `M`, e.g. `ApiPath<'get'>` includes `/Quotes` — all 235 operations
 * of the spec, files included (uploads take bytes, downloads answer bytes).
 */
export type ApiPath<M extends ApiMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
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

/** What a file upload sends: the bytes (a `Buffer` is a `Uint8Array`) and their MIME type. */
type FileBody<Op> =
  SendsFile<Op> extends true
    ? { body: Uint8Array; contentType: string }
    : [JsonRequestBody<Op>] extends [never]
      ? { body?: never; contentType?: never }
      : { body: JsonRequestBody<Op>; contentType?: never };

/** The second argument of a typed call: `path` when the template has parameters, `body` when it takes one. */
export type ApiInit<Op> = (IsEmpty<PathParameters<Op>> extends true
  ? { path?: never }
  : { path: { [K in keyof PathParameters<Op>]: PathParameters<Op>[K] } }) &
  (IsEmpty<QueryParameters<Op>> extends true
    ? { query?: never }
    : { query?: { [K in keyof NonNullable<QueryParameters<Op>>]?: NonNullable<QueryParameters<Op>>[K] } }) &
  FileBody<Op> &
  (IsEmpty<HeaderParameters<Op>> extends true
    ? { headers?: never }
    : {} extends HeaderParameters<Op>
      ? { headers?: HeaderParameters<Op> }
      : { headers: HeaderParameters<Op> });

/** True when an init object has a required member, so the argument itself is required. */
type NeedsInit<Init> = {} extends Init ? false : true;

/** The arguments after the path: the init (required when it has required members), then call options. */
export type ApiArgs<Op, Options> =
  NeedsInit<ApiInit<Op>> extends true
    ? [init: ApiInit<Op>, options?: Options]
    : [init?: ApiInit<Op>, options?: Options];

/**
 * What a successful call answers, as the spec writes it: the JSON of its 200, the bytes of a file
 * (`Uint8Array`), or `undefined` for a 204 or an empty 200.
 */
export type ApiResult<Op> = Op extends { responses: infer Responses }
  ? Responses extends { 200: { content: { 'application/json': infer Json } } }
    ? Json
    : AnswersFile<Op> extends true
      ? Uint8Array
      : undefined
  : never;

/**
 * Xero's Accounting schemas by name, as generated from its OpenAPI document, for typing what you send and
 * read through `api` (e.g. `AccountingSchemas['Quote']`).
 */
export type AccountingSchemas = components['schemas'];
