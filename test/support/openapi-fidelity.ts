/**
 * Validates response bodies against Xero's official Accounting OpenAPI document (vendored in openapi/).
 * Tests only: ajv compiles the operation's response schema straight from the document, so refs to
 * components, `nullable` and Xero's `x-` keywords are read as the document states them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';

/** The vendored document; the one file every fidelity check reads. */
export const ACCOUNTING_SPEC_PATH = fileURLToPath(
  new URL('../../openapi/xero_accounting.yaml', import.meta.url),
);

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

interface OpenApiResponse {
  $ref?: string;
  description?: string;
  content?: Record<string, { schema?: unknown; example?: unknown }>;
}

export interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  responses?: Record<string, OpenApiResponse>;
  requestBody?: unknown;
}

export interface AccountingSpec {
  info: { title: string; version: string };
  paths: Record<string, Partial<Record<HttpMethod, OpenApiOperation>> & Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

/** One schema failure, as a test message would show it. */
export interface SpecMismatch {
  path: string;
  message: string;
}

const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch'];
const DOCUMENT_ID = 'xero-accounting';

// ajv-formats ships CommonJS with a default export; under NodeNext the callable is on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** JSON Pointer escaping (RFC 6901) for a path template or media type inside a $ref. */
function pointerPart(part: string): string {
  return encodeURIComponent(part.replaceAll('~', '~0').replaceAll('/', '~1'));
}

/**
 * The spec, parsed once, and one ajv instance compiling operation response schemas on demand.
 * Tests share one instance through `accountingSpec()` since the parse costs about a second.
 */
export class OpenApiFidelity {
  readonly spec: AccountingSpec;
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();
  private closedAjv: Ajv | undefined;

  constructor(spec: AccountingSpec) {
    this.spec = spec;
    // strict: false — the document carries `example`, `x-is-msdate`, `x-is-money` and friends, which are
    // annotations, not constraints. `nullable` is understood by ajv itself (OpenAPI 3.0's keyword).
    this.ajv = this.newAjv(spec);
  }

  private newAjv(spec: AccountingSpec): Ajv {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    // The whole document is one schema resource, so `#/components/schemas/X` resolves as written.
    ajv.addSchema(spec as unknown as object, DOCUMENT_ID);
    return ajv;
  }

  static fromFile(file = ACCOUNTING_SPEC_PATH): OpenApiFidelity {
    return new OpenApiFidelity(
      parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: -1 }) as AccountingSpec,
    );
  }

  /** The operation for a method and a path template exactly as the spec writes it (`/Invoices/{InvoiceID}`). */
  operation(method: HttpMethod, pathTemplate: string): OpenApiOperation {
    const item = this.spec.paths[pathTemplate];
    if (!item) throw new Error(`The Accounting spec has no path ${pathTemplate}`);
    const operation = item[method];
    if (!operation) throw new Error(`The Accounting spec has no ${method.toUpperCase()} ${pathTemplate}`);
    return operation;
  }

  /** Every operation in the document, in its order. */
  operations(): Array<{ method: HttpMethod; path: string; operation: OpenApiOperation }> {
    const out: Array<{ method: HttpMethod; path: string; operation: OpenApiOperation }> = [];
    for (const [path, item] of Object.entries(this.spec.paths)) {
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (operation) out.push({ method, path, operation });
      }
    }
    return out;
  }

  /** Schema failures of `body` as the response `status` of the operation; empty when it matches. */
  mismatches(method: HttpMethod, pathTemplate: string, status: number, body: unknown): SpecMismatch[] {
    return this.run(this.validator(method, pathTemplate, status), body);
  }

  /**
   * Members of `body` the spec does not define (Xero's schemas leave objects open, so `mismatches` accepts
   * them): a report of what the simulator adds, not a failure — the simulator may be richer than the spec.
   */
  unknownFields(method: HttpMethod, pathTemplate: string, status: number, body: unknown): string[] {
    this.closedAjv ??= this.newAjv(closeObjects(structuredClone(this.spec)));
    const validate = this.validator(method, pathTemplate, status, this.closedAjv);
    return this.run(validate, body)
      .filter((problem) => problem.message.startsWith('must NOT have additional properties'))
      .map(
        (problem) =>
          `${problem.path === '/' ? '' : problem.path}/${problem.message.replace(/.*\((.*)\)$/, '$1')}`,
      );
  }

  private run(validate: ValidateFunction, body: unknown): SpecMismatch[] {
    // What a client would parse: JSON on the wire, never in-memory objects with undefined members.
    const wire: unknown = JSON.parse(JSON.stringify(body));
    if (validate(wire)) return [];
    return (validate.errors ?? []).map((error: ErrorObject) => ({
      path: error.instancePath || '/',
      message: `${error.message ?? error.keyword}${describeParams(error)}`,
    }));
  }

  /** The response example the spec gives for an operation and status (JSON), if any. */
  example(method: HttpMethod, pathTemplate: string, status = 200): unknown {
    const response = this.response(method, pathTemplate, status);
    return response.content?.['application/json']?.example;
  }

  private response(method: HttpMethod, pathTemplate: string, status: number): OpenApiResponse {
    const responses = this.operation(method, pathTemplate).responses ?? {};
    let response = responses[String(status)] ?? responses.default;
    if (!response)
      throw new Error(`The Accounting spec defines no ${status} for ${method.toUpperCase()} ${pathTemplate}`);
    if (response.$ref) {
      const name = response.$ref.replace('#/components/responses/', '');
      response = this.spec.components.responses?.[name] as OpenApiResponse;
    }
    return response;
  }

  private validator(
    method: HttpMethod,
    pathTemplate: string,
    status: number,
    ajv: Ajv = this.ajv,
  ): ValidateFunction {
    const key = `${ajv === this.ajv ? 'open' : 'closed'} ${method} ${pathTemplate} ${status}`;
    const known = this.compiled.get(key);
    if (known) return known;
    const responses = this.operation(method, pathTemplate).responses ?? {};
    const statusKey = responses[String(status)] ? String(status) : 'default';
    const response = this.response(method, pathTemplate, status);
    const media = response.content?.['application/json'] ? 'application/json' : undefined;
    if (!media || !response.content?.[media]?.schema)
      throw new Error(
        `The Accounting spec gives no JSON schema for ${status} of ${method.toUpperCase()} ${pathTemplate}`,
      );
    const pointer = responses[statusKey]?.$ref
      ? `${responses[statusKey].$ref}/content/${pointerPart(media)}/schema`
      : `#/paths/${pointerPart(pathTemplate)}/${method}/responses/${statusKey}/content/${pointerPart(media)}/schema`;
    const validate = ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
    this.compiled.set(key, validate);
    return validate;
  }
}

/** Every object schema with `properties` and no `additionalProperties` closed, in place. */
function closeObjects<T>(node: T): T {
  if (Array.isArray(node)) for (const item of node) closeObjects(item);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.properties && typeof record.properties === 'object' && !('additionalProperties' in record))
      record.additionalProperties = false;
    for (const value of Object.values(record)) closeObjects(value);
  }
  return node;
}

function describeParams(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if ('allowedValues' in params) return ` (${JSON.stringify(params.allowedValues)})`;
  if ('additionalProperty' in params) return ` (${String(params.additionalProperty)})`;
  return '';
}

let shared: OpenApiFidelity | undefined;

/** The shared, lazily parsed spec for this test file's worker (parsing costs about a second). */
export function accountingSpec(): OpenApiFidelity {
  shared ??= OpenApiFidelity.fromFile();
  return shared;
}

/**
 * Asserts `body` matches the official response schema of the operation at `status`; the failure lists
 * every mismatch with its JSON path.
 */
export function expectMatchesSpec(
  method: HttpMethod | Uppercase<HttpMethod>,
  pathTemplate: string,
  status: number,
  body: unknown,
): void {
  const problems = accountingSpec().mismatches(
    method.toLowerCase() as HttpMethod,
    pathTemplate,
    status,
    body,
  );
  expect(
    problems,
    `${method.toUpperCase()} ${pathTemplate} ${status} against Xero's Accounting OpenAPI`,
  ).toEqual([]);
}
