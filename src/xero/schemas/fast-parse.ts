/**
 * A compiled fast path for the response schemas. zod walks every field of every record through its general
 * machinery: for a 100-invoice page that cost about three times `JSON.parse` (issue 12 #8). The schemas
 * here are plain (loose objects, optional strings/numbers/booleans, arrays, Xero dates), so they compile once
 * into straight-line checks that give the very output zod would (deep-equal: Date objects for dates, every
 * unlisted field kept), converting the dates in place instead of copying each record.
 *
 * zod stays the judge: the fast path only ever says "valid, here is the output" or "not sure". Any input it
 * does not accept outright is parsed by zod itself, so a bad response fails with exactly zod's issues, and
 * a schema node it does not know (a refinement, an enum, a default…) makes the whole schema use zod.
 */
import type { z } from 'zod';
import { parseXeroDate } from '../xero-date.js';

/** Returned by a compiled check when it cannot vouch for the value. */
const UNSURE: unique symbol = Symbol('unsure');
type Check = (value: unknown) => unknown;

interface ZodNode {
  _zod: {
    def: {
      type: string;
      checks?: readonly unknown[];
      innerType?: ZodNode;
      element?: ZodNode;
      shape?: Record<string, ZodNode>;
      catchall?: ZodNode;
    };
  };
}

interface CompileContext {
  /** The nodes that read Xero dates. */
  dates: ReadonlySet<unknown>;
  /** Generate straight-line code for loose objects (off: the key-walking closures, same results). */
  generate: boolean;
}

/**
 * Compiles `schema` (Xero dates, which zod sees as an opaque transform, are named in `ctx.dates`). Returns
 * undefined when some node is not one the fast path reproduces exactly.
 */
function compile(schema: ZodNode, ctx: CompileContext): Check | undefined {
  if (ctx.dates.has(schema)) return readDate;
  const def = schema._zod.def;
  if (def.checks !== undefined && def.checks.length > 0) return undefined;
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : UNSURE);
    case 'number':
      // zod refuses NaN and ±Infinity as numbers.
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : UNSURE);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : UNSURE);
    case 'optional': {
      const inner = def.innerType === undefined ? undefined : compile(def.innerType, ctx);
      return inner === undefined ? undefined : (value) => (value === undefined ? undefined : inner(value));
    }
    case 'array': {
      const element = def.element === undefined ? undefined : compile(def.element, ctx);
      return element === undefined ? undefined : arrayCheck(element);
    }
    case 'object':
      return objectCheck(def.shape ?? {}, def.catchall, ctx);
    default:
      return undefined;
  }
}

function readDate(value: unknown): unknown {
  // z.date() refuses an Invalid Date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? UNSURE : value;
  return typeof value === 'string' ? (parseXeroDate(value) ?? UNSURE) : UNSURE;
}

function arrayCheck(element: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return UNSURE;
    for (let i = 0; i < value.length; i++) {
      const item = element(value[i]);
      if (item === UNSURE) return UNSURE;
      if (item !== value[i]) value[i] = item;
    }
    return value;
  };
}

/** A primitive zod node the generated code tests inline. */
type Primitive = 'string' | 'number' | 'boolean';

const INLINE_TEST: Readonly<Record<Primitive, string>> = {
  string: 'typeof v !== "string"',
  // zod refuses NaN and ±Infinity as numbers.
  number: 'typeof v !== "number" || !Number.isFinite(v)',
  boolean: 'typeof v !== "boolean"',
};

function primitiveOf(node: ZodNode, dates: ReadonlySet<unknown>): Primitive | undefined {
  const def = node._zod.def;
  if (dates.has(node) || (def.checks !== undefined && def.checks.length > 0)) return undefined;
  return def.type === 'string' || def.type === 'number' || def.type === 'boolean' ? def.type : undefined;
}

function objectCheck(
  shape: Record<string, ZodNode>,
  catchall: ZodNode | undefined,
  ctx: CompileContext,
): Check | undefined {
  // Only z.object (unknown keys dropped) and z.looseObject (kept as they are) are reproduced.
  const loose = catchall !== undefined && catchall._zod.def.type === 'unknown';
  if (catchall !== undefined && !loose) return undefined;
  const keys = Object.keys(shape);
  const checks: Check[] = [];
  for (const key of keys) {
    const check = compile(shape[key] as ZodNode, ctx);
    if (check === undefined) return undefined;
    checks.push(check);
  }
  if (!loose) return stripObjectCheck(keys, checks);
  return (ctx.generate ? generatedLooseCheck(shape, ctx) : undefined) ?? looseObjectCheck(keys, checks);
}

/**
 * A loose object's check as straight-line code, one line per schema key with the key as a constant: V8
 * then reads each field through an inline cache (records of a page share one shape), where a loop over
 * the keys pays a generic keyed lookup per field. The keys come from the SDK's own schemas, never from
 * a response. Undefined where code generation is disallowed (`--disallow-code-generation-from-strings`).
 */
function generatedLooseCheck(shape: Record<string, ZodNode>, ctx: CompileContext): Check | undefined {
  const children: Check[] = [];
  const lines: string[] = [];
  for (const [key, node] of Object.entries(shape)) {
    const optional = node._zod.def.type === 'optional' && node._zod.def.innerType !== undefined;
    const inner = optional ? (node._zod.def.innerType as ZodNode) : node;
    const name = JSON.stringify(key);
    const primitive = primitiveOf(inner, ctx.dates);
    let test: string;
    if (primitive !== undefined) test = `if (${INLINE_TEST[primitive]}) return U;`;
    else {
      const child = compile(inner, ctx);
      if (child === undefined) return undefined;
      test = `p = c[${children.length}](v); if (p === U) return U; if (p !== v) o[${name}] = p;`;
      children.push(child);
    }
    // A required key that is absent reads as undefined, which every test above refuses, as zod does.
    lines.push(optional ? `v = o[${name}]; if (v !== undefined) { ${test} }` : `v = o[${name}]; ${test}`);
  }
  const body = [
    'return function check(o) {',
    '  if (typeof o !== "object" || o === null || Array.isArray(o)) return U;',
    '  let v, p;',
    ...lines.map((line) => `  ${line}`),
    '  return o;',
    '};',
  ].join('\n');
  try {
    return new Function('U', 'c', body)(UNSURE, children) as Check;
  } catch {
    return undefined;
  }
}

/** The same check without generated code: walks the input's keys, converting in place. */
function looseObjectCheck(keys: readonly string[], checks: readonly Check[]): Check {
  const byKey = new Map(keys.map((key, i) => [key, checks[i] as Check]));
  // A key the input lacks must accept undefined (be optional), or zod reports it missing.
  const required = new Set(keys.filter((_, i) => (checks[i] as Check)(undefined) === UNSURE));
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return UNSURE;
    const input = value as Record<string, unknown>;
    let seenRequired = 0;
    for (const key in input) {
      const check = byKey.get(key);
      if (check === undefined) continue;
      const field = input[key];
      const parsed = check(field);
      if (parsed === UNSURE) return UNSURE;
      if (parsed !== field) input[key] = parsed;
      if (required.has(key)) seenRequired++;
    }
    return seenRequired === required.size ? input : UNSURE;
  };
}

/** z.object: a new object with the known keys only. */
function stripObjectCheck(keys: readonly string[], checks: readonly Check[]): Check {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return UNSURE;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!(key in input)) {
        if ((checks[i] as Check)(undefined) === UNSURE) return UNSURE;
        continue;
      }
      const parsed = (checks[i] as Check)(input[key]);
      if (parsed === UNSURE) return UNSURE;
      out[key] = parsed;
    }
    return out;
  };
}

/**
 * Gives `schema` the compiled fast path: its `safeParse` and `parse` answer from the fast path when it
 * vouches for the value, and from zod otherwise (same output, same errors). `dates` are the schema nodes
 * that read Xero dates (`xeroDate`). Returns the schema itself; unchanged when it cannot be compiled.
 * `generate: false` skips code generation (tests compare both paths).
 *
 * The fast path converts dates in place in the value it is given and returns that value: response bodies
 * are parsed from text for each response and read once, so copying every record would only cost time.
 */
export function withFastParse<S extends z.ZodType>(
  schema: S,
  dates: readonly z.ZodType[],
  options: { generate?: boolean } = {},
): S {
  const check = compile(schema as unknown as ZodNode, {
    dates: new Set<unknown>(dates),
    generate: options.generate ?? true,
  });
  if (check === undefined) return schema;
  const zodSafeParse = schema.safeParse.bind(schema);
  const zodParse = schema.parse.bind(schema);
  // zod keeps safeParse/parse as own properties of each schema instance; these wrap that instance only.
  Object.assign(schema, {
    safeParse: (data: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>) => {
      const out = check(data);
      return out === UNSURE ? zodSafeParse(data, params) : { success: true, data: out };
    },
    parse: (data: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>) => {
      const out = check(data);
      return out === UNSURE ? zodParse(data, params) : out;
    },
  });
  return schema;
}
