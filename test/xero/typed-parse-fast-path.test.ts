import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { XeroApiError } from '../../src/errors/api-errors.js';
import { createOrganisationModel } from '../../src/testing/accounting/index.js';
import type { XeroResponse } from '../../src/xero/call-pipeline.js';
import { parseResponse } from '../../src/xero/response-parsing.js';
import {
  envelopeSchema,
  paginationSchema,
  validationMessageSchema,
  xeroDate,
} from '../../src/xero/schemas/common.js';
import { contactSchema } from '../../src/xero/schemas/contact.js';
import { withFastParse } from '../../src/xero/schemas/fast-parse.js';
import { invoiceSchema } from '../../src/xero/schemas/invoice.js';
import { paymentSchema } from '../../src/xero/schemas/payment.js';

/**
 * Typed responses cheaper (issue 12 #8): the compiled fast path gives zod's output for valid pages and
 * zod's own errors for anything else. Every comparison is against plain zod on a pristine copy.
 */

const NOW = Date.UTC(2025, 0, 15, 9, 30);
const model = createOrganisationModel(
  { tenantId: 't-fast', name: 'Fast Parse Ltd', seed: 7, invoiceCount: 150, contactCount: 20 },
  { now: NOW },
);

function page(path: string, query = 'page=1&pageSize=100'): string {
  const response = model.handle({
    method: 'GET',
    path,
    query: new URLSearchParams(query),
    headers: {},
    body: undefined,
    clientId: 'c',
    tenantId: 't-fast',
    now: NOW,
  });
  return JSON.stringify(response.body);
}

/** The envelope as plain zod builds it, with no fast path. */
function zodOnly(key: string, item: z.ZodType) {
  return z.looseObject({
    pagination: paginationSchema.optional(),
    Warnings: z.array(validationMessageSchema).optional(),
    [key]: z.array(item),
  });
}

// `small` pages keep the corruption trials quick on a loaded machine.
const CASES = [
  {
    key: 'Invoices',
    item: invoiceSchema,
    body: page('/Invoices'),
    small: page('/Invoices', 'page=2&pageSize=20'),
  },
  { key: 'Contacts', item: contactSchema, body: page('/Contacts'), small: page('/Contacts') },
  {
    key: 'Payments',
    item: paymentSchema,
    body: page('/Payments'),
    small: page('/Payments', 'page=1&pageSize=30'),
  },
] as const;

// Both fast paths: generated code, and the key-walking closures used where code generation is disallowed.
const VARIANTS = [
  { name: 'generated', build: (key: string, item: z.ZodType) => envelopeSchema(key, item) },
  {
    name: 'closures',
    build: (key: string, item: z.ZodType) =>
      withFastParse(zodOnly(key, item), [xeroDate], { generate: false }),
  },
];

/** A deterministic generator, so a failure names a reproducible trial. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every [container, key] in a JSON value, depth first. */
function slots(value: unknown, out: Array<[Record<string, unknown> | unknown[], string | number]> = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([value, i]);
      slots(item, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, key]);
      slots(item, out);
    }
  }
  return out;
}

const BAD_VALUES: unknown[] = [null, 0, 1.5, '', 'text', '/Date(abc)/', '/Date(12)', true, {}, [], [1]];

describe('typed responses: compiled fast path', () => {
  for (const variant of VARIANTS) {
    for (const { key, item, body, small } of CASES) {
      it(`${variant.name}: a valid ${key} page parses to exactly zod's output (dates as Date objects)`, () => {
        const fast = variant.build(key, item);
        const expected = zodOnly(key, item).parse(JSON.parse(body)) as Record<string, unknown[]>;
        const input = JSON.parse(body) as unknown;
        const actual = fast.parse(input) as Record<string, unknown[]>;
        expect(actual).toStrictEqual(expected);
        // The fast path answered (zod would have built a new object): it converts in place.
        expect(actual).toBe(input);
        expect(expected[key]?.length).toBeGreaterThan(5);
        const result = fast.safeParse(JSON.parse(body));
        expect(result).toStrictEqual({ success: true, data: expected });
        if (key === 'Invoices') {
          const first = actual.Invoices?.[0] as {
            UpdatedDateUTC: unknown;
            Date: unknown;
            InvoiceID: unknown;
          };
          expect(first.UpdatedDateUTC).toBeInstanceOf(Date);
          expect(first.Date).toBeInstanceOf(Date);
          expect(typeof first.InvoiceID).toBe('string');
        }
      });

      it(`${variant.name}: 400 random corruptions of a ${key} page fail or pass exactly as zod does`, () => {
        const fast = variant.build(key, item);
        const plain = zodOnly(key, item);
        const random = prng(key.length * 7919);
        let failures = 0;
        for (let trial = 0; trial < 400; trial++) {
          const corrupted = JSON.parse(small) as unknown;
          const all = slots(corrupted);
          const [container, slot] = all[Math.floor(random() * all.length)] as [
            Record<string, unknown>,
            string,
          ];
          const bad = BAD_VALUES[Math.floor(random() * BAD_VALUES.length)];
          if (random() < 0.1 && !Array.isArray(container)) delete container[slot];
          else container[slot] = structuredClone(bad);
          const text = JSON.stringify(corrupted);
          const expected = plain.safeParse(JSON.parse(text));
          const actual = fast.safeParse(JSON.parse(text));
          expect(actual.success, `trial ${trial}: ${slot} = ${JSON.stringify(bad)}`).toBe(expected.success);
          if (expected.success) expect(actual.data).toStrictEqual(expected.data);
          else {
            failures++;
            expect(actual.error?.issues, `trial ${trial}`).toStrictEqual(expected.error.issues);
          }
        }
        // The trials exercise the error path, not only pass-throughs.
        expect(failures).toBeGreaterThan(50);
        expect(failures).toBeLessThan(400);
      });
    }
  }

  it('a bad record after good ones: the same typed XeroApiError, naming the field, as plain zod gives', () => {
    const body = JSON.parse(CASES[0].body) as { Invoices: Array<Record<string, unknown>> };
    const invoice = body.Invoices[60] as Record<string, unknown>;
    invoice.DueDate = '/Date(not-a-date)/';
    invoice.Total = '12.50';
    const text = JSON.stringify(body);
    const response = (data: unknown) =>
      ({
        status: 200,
        headers: {},
        data,
        meta: {
          accountId: 'a',
          role: 'wisepay',
          tenantId: 't',
          method: 'GET',
          path: '/api.xro/2.0/Invoices',
        },
      }) as unknown as XeroResponse;
    const fromFast = (() => {
      try {
        parseResponse(envelopeSchema('Invoices', invoiceSchema), response(JSON.parse(text)));
      } catch (error) {
        return error;
      }
    })();
    const fromZod = (() => {
      try {
        parseResponse(zodOnly('Invoices', invoiceSchema), response(JSON.parse(text)));
      } catch (error) {
        return error;
      }
    })();
    expect(fromFast).toBeInstanceOf(XeroApiError);
    expect((fromFast as Error).message).toBe((fromZod as Error).message);
    expect((fromFast as Error).message).toContain('Invoices.60.DueDate');
    expect((fromFast as Error).message).toContain('Invoices.60.Total');
    // Values never reach the message.
    expect((fromFast as Error).message).not.toContain('12.50');
  });

  it('keeps fields the schema does not list (loose objects), as zod does', () => {
    const body = JSON.parse(CASES[0].body) as { Invoices: Array<Record<string, unknown>> };
    (body.Invoices[0] as Record<string, unknown>).BrandingThemeID = 'theme-1';
    const parsed = envelopeSchema('Invoices', invoiceSchema).parse(body) as {
      Invoices: Array<Record<string, unknown>>;
      ProviderName: unknown;
    };
    expect(parsed.Invoices[0]?.BrandingThemeID).toBe('theme-1');
    expect(parsed.ProviderName).toBe('c');
  });

  it('leaves a schema it cannot reproduce to zod (a refinement is not compiled)', () => {
    const refined = z.looseObject({ Name: z.string().min(3) });
    const schema = withFastParse(refined, []);
    expect(schema.safeParse({ Name: 'ab' }).success).toBe(false);
    expect(schema.safeParse({ Name: 'abc' }).success).toBe(true);
  });
});

describe('parseXeroDate without a regex for /Date(…)/', () => {
  // The reference: the regex reading the fast path replaces for the common form.
  const reference = (value: string): number | undefined => {
    const match = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(value);
    return match ? new Date(Number(match[1])).getTime() : undefined;
  };

  it('reads every Microsoft date as the regex does, and refuses what it refuses', async () => {
    const { parseXeroDate } = await import('../../src/xero/xero-date.js');
    const values = [
      '/Date(1573755038314+0000)/',
      '/Date(1573755038314)/',
      '/Date(-86400000)/',
      '/Date(0-0530)/',
      '/Date(123456789012345)/',
      '/Date(1234567890123456)/', // 16 digits: the regex path reads it
      '/Date(8640000000000000)/',
      '/Date(1+000)/',
      '/Date(1+00000)/',
      '/Date()/',
      '/Date(-)/',
      '/Date(12)',
      '/Date(12)/x',
      ' /Date(12)/',
    ];
    for (const value of values) {
      const expected = reference(value);
      const actual = parseXeroDate(value)?.getTime();
      if (expected !== undefined) expect(actual, value).toBe(expected);
      // Not a Microsoft date, nor ISO: unreadable.
      else expect(actual, value).toBeUndefined();
    }
    expect(parseXeroDate('/Date(1+000)/')).toBeUndefined();
    expect(parseXeroDate('/Date(-86400000)/')?.toISOString()).toBe('1969-12-31T00:00:00.000Z');
  });
});
