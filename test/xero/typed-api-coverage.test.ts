/**
 * The coverage page (docs/guides/api-coverage.md) stays true: it is what scripts/api-coverage.ts builds
 * from the vendored spec, every xero-node method it names exists on xero-node's AccountingApi, and every
 * first-class call it names exists on a role client.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AccountingApi as XeroNodeAccountingApi } from 'xero-node';
import {
  COVERAGE_PAGE,
  coverageMarkdown,
  coverageRows,
  FIRST_CLASS,
  loadSpec,
} from '../../scripts/api-coverage.js';
import { RoleClient } from '../../src/pool/role-client.js';
import { fileDownloadAccept } from '../../src/xero/typed-api/file-operations.js';

describe('Accounting API coverage page', () => {
  const spec = loadSpec();
  const rows = coverageRows(spec);

  it('is current (regenerate with `npx tsx scripts/api-coverage.ts`)', () => {
    expect(readFileSync(COVERAGE_PAGE, 'utf8')).toBe(coverageMarkdown(spec));
  });

  it('lists every operation of the spec once, with the xero-node method Xero generated for it', () => {
    expect(rows).toHaveLength(235);
    expect(new Set(rows.map((row) => `${row.method} ${row.path}`)).size).toBe(rows.length);
    const xeroNode = XeroNodeAccountingApi.prototype as unknown as Record<string, unknown>;
    const missing = rows.filter((row) => typeof xeroNode[row.operationId] !== 'function');
    expect(missing.map((row) => `${row.method} ${row.path} → ${row.operationId}`)).toEqual([]);
  });

  it('names only first-class calls that exist, for operations the spec has', () => {
    const client = new RoleClient('wisepay', 'interactive', {
      defaultTimeoutMs: 1000,
      send: () => Promise.reject(new Error('not called')),
    }) as unknown as Record<string, Record<string, unknown>>;
    const operations = new Set(rows.map((row) => `${row.method} ${row.path}`));
    const wrong: string[] = [];
    for (const [operation, calls] of Object.entries(FIRST_CLASS)) {
      if (!operations.has(operation)) wrong.push(`${operation}: not in the spec`);
      for (const call of calls) {
        const [endpoint, method] = call.split('.') as [string, string];
        if (typeof client[endpoint]?.[method] !== 'function')
          wrong.push(`${operation} → ${call}: no such call`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("every other operation is a typed api call; the runtime file rule names exactly the spec's downloads", () => {
    const api = rows.filter((row) => row.kind === 'api');
    expect(api.length + Object.keys(FIRST_CLASS).length).toBe(235);
    expect(rows.filter((row) => row.file)).toHaveLength(48);
    expect(api.find((row) => row.path === '/Quotes/{QuoteID}' && row.method === 'GET')?.calls).toEqual([
      "api.get('/Quotes/{QuoteID}', { path })",
    ]);
    // No generated runtime code: which GETs answer bytes is a rule on the template, checked here against
    // the spec — the Accept it sends is the spec's answer type, and no JSON operation matches it.
    const wrong: string[] = [];
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const method of ['get', 'put', 'post', 'delete'] as const) {
        const operation = item[method];
        if (!operation) continue;
        const answers = Object.keys(operation.responses?.['200']?.content ?? {});
        const fileAnswer =
          answers.length > 0 && !answers.includes('application/json') ? answers[0] : undefined;
        const accept = fileDownloadAccept(method.toUpperCase(), path);
        if (accept !== fileAnswer)
          wrong.push(`${method.toUpperCase()} ${path}: rule ${accept}, spec ${fileAnswer}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
