import { z } from 'zod';
import { InvalidArgumentError } from '../../errors/configuration-error.js';
import type { CallOptions } from '../call-options.js';
import type { XeroRequest, XeroResponse } from '../call-pipeline.js';
import { XERO_ATTACHMENT_MAX_BYTES } from '../endpoints/attachments.js';
import type { EndpointCaller } from '../endpoints/endpoint-caller.js';
import { validateArgument } from '../endpoints/filter-validation.js';
import { idempotencyKeyFor } from '../idempotency.js';
import type { QueryValue } from '../request-target.js';
import type { ApiArgs, ApiMethod, ApiOperation, ApiPath, ApiResult } from './accounting-types.js';
import { fileDownloadAccept } from './file-operations.js';
import { fillPathTemplate } from './path-template.js';

/** What a typed call answers for `M` on `P`: the pipeline's response, its `data` typed as the spec says. */
export type ApiResponse<M extends ApiMethod, P extends ApiPath<M>> = XeroResponse<
  ApiResult<ApiOperation<M, P>>
>;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.date()]);
const initSchema = z
  .strictObject({
    path: z.record(z.string(), z.unknown()).optional(),
    query: z
      .record(z.string(), z.union([scalar, z.array(z.union([z.string(), z.number()])), z.undefined()]))
      .optional(),
    body: z.unknown().optional(),
    contentType: z
      .string()
      .trim()
      .regex(/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/, 'must be a MIME type such as application/pdf')
      .optional(),
    headers: z.record(z.string(), z.string()).optional(),
  })
  .optional();

/** Set by the SDK on every call; a caller's value would be ignored or, worse, disagree with the connection. */
const SDK_HEADERS: Readonly<Record<string, string>> = {
  authorization: 'the connection sets it',
  'xero-tenant-id': "the pool's connection sets it",
  'idempotency-key': 'pass options.idempotencyKey',
};

/**
 * Every operation of Xero's Accounting API, typed from Xero's official OpenAPI document: the method and
 * path are checked at compile time, path parameters, query, body and headers are typed, and `data` is
 * the spec's response type. Calls run through the role client's pipeline like its first-class calls —
 * limits, tokens, retries, typed errors — and writes (PUT/POST) get an idempotency key per call unless
 * `options.idempotencyKey` is `false`. Path parameters are URL-encoded; the SDK sets `xero-tenant-id`.
 *
 * Answers are Xero's JSON as sent (dates stay `/Date(…)/` strings, as the spec types them); the
 * first-class calls (`invoices`, `payments`, …) parse and validate theirs. Files are typed calls too: an
 * attachment upload's `body` is a `Uint8Array` with its `contentType` (at most 10 MB, checked before
 * sending), and a download (attachment, PDF) answers a `Uint8Array`.
 *
 * @example
 * const { data } = await pool.role('wisepay').api.get('/Quotes', { query: { Status: 'SENT' } });
 * const { data: one } = await pool.role('wisepay').api.get('/Quotes/{QuoteID}', { path: { QuoteID: id } });
 */
export class AccountingApi {
  // #private: the caller's unchecked `send` is never reachable from a role client at runtime.
  readonly #caller: EndpointCaller;

  /** @internal Made by the role client; the caller type stays out of the public declarations. */
  constructor(caller: EndpointCaller) {
    this.#caller = caller;
  }

  /** A read: `GET` on any Accounting path the spec defines one for. */
  get<P extends ApiPath<'get'>>(
    path: P,
    ...args: ApiArgs<ApiOperation<'get', P>, CallOptions>
  ): Promise<ApiResponse<'get', P>> {
    return this.#call('GET', path, args[0], args[1]);
  }

  /** A create (Xero's `PUT`), with an idempotency key. */
  put<P extends ApiPath<'put'>>(
    path: P,
    ...args: ApiArgs<ApiOperation<'put', P>, CallOptions>
  ): Promise<ApiResponse<'put', P>> {
    return this.#call('PUT', path, args[0], args[1]);
  }

  /** An update or create-or-update (Xero's `POST`), with an idempotency key. */
  post<P extends ApiPath<'post'>>(
    path: P,
    ...args: ApiArgs<ApiOperation<'post', P>, CallOptions>
  ): Promise<ApiResponse<'post', P>> {
    return this.#call('POST', path, args[0], args[1]);
  }

  /** A `DELETE` where Xero has one (most deletions are a `POST` with a status). */
  delete<P extends ApiPath<'delete'>>(
    path: P,
    ...args: ApiArgs<ApiOperation<'delete', P>, CallOptions>
  ): Promise<ApiResponse<'delete', P>> {
    return this.#call('DELETE', path, args[0], args[1]);
  }

  /** The one runtime check of a typed call (the types cannot stop a JavaScript caller), then the pipeline. */
  async #call<T>(
    method: XeroRequest['method'],
    template: string,
    init: unknown,
    options: unknown,
  ): Promise<XeroResponse<T>> {
    const call = this.#caller.check(options);
    if (typeof template !== 'string' || !template.startsWith('/') || template.includes('?')) {
      throw new InvalidArgumentError(
        `${method} path must be a path template of the Accounting API such as /Invoices/{InvoiceID}, without a query (pass init.query)`,
        [{ path: 'path', message: `got ${JSON.stringify(template)}` }],
      );
    }
    const checked = validateArgument(initSchema, init, `${method} ${template} arguments`) ?? {};
    const headers = checked.headers ?? {};
    for (const name of Object.keys(headers)) {
      const reason = SDK_HEADERS[name.toLowerCase()];
      if (reason !== undefined) {
        throw new InvalidArgumentError(
          `${method} ${template}: header ${name} is set by the SDK (${reason})`,
          [{ path: `headers.${name}`, message: 'set by the SDK' }],
        );
      }
    }
    const path = fillPathTemplate(method, template, checked.path);
    const accept = fileDownloadAccept(method, template);
    const request: XeroRequest = {
      method,
      path,
      params: checked.query as Record<string, QueryValue> | undefined,
      headers:
        accept === undefined
          ? Object.keys(headers).length > 0
            ? headers
            : undefined
          : { Accept: accept, ...headers },
      ...(accept === undefined ? {} : { responseType: 'bytes' as const }),
      ...fileOrJsonBody(method, path, checked.body, checked.contentType),
    };
    return this.#caller.send<T>(request, call, idempotencyKeyFor(method, call.idempotencyKey));
  }
}

/**
 * A `Uint8Array` body is a file (an attachment upload): sent as it is with its `contentType`, within
 * Xero's 10 MB per file, checked before anything is sent. Anything else is JSON.
 */
function fileOrJsonBody(
  method: string,
  path: string,
  body: unknown,
  contentType: string | undefined,
): Pick<XeroRequest, 'data' | 'rawBody'> {
  if (!(body instanceof Uint8Array)) {
    if (contentType !== undefined) {
      throw new InvalidArgumentError(`${method} ${path}: contentType goes with a file body (a Uint8Array)`, [
        { path: 'contentType', message: 'only for a file body' },
      ]);
    }
    return { data: body };
  }
  if (contentType === undefined) {
    throw new InvalidArgumentError(
      `${method} ${path}: a file body needs its contentType (e.g. application/pdf)`,
      [{ path: 'contentType', message: 'required with a file body' }],
    );
  }
  const size = body.byteLength;
  if (size === 0 || size > XERO_ATTACHMENT_MAX_BYTES) {
    const problem =
      size === 0
        ? 'is empty'
        : `is ${size} bytes, over Xero's limit of ${XERO_ATTACHMENT_MAX_BYTES} bytes (10 MB) per file`;
    throw new InvalidArgumentError(`${method} ${path}: the file ${problem}; nothing was sent`, [
      { path: 'body', message: `${size} bytes (1–${XERO_ATTACHMENT_MAX_BYTES} allowed)` },
    ]);
  }
  return { rawBody: { bytes: body, contentType } };
}
