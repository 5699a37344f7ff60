import { describe, expect, it } from 'vitest';
import { pathTemplate } from '../../src/otel/path-template.js';
import { ACCOUNTING_PATHS } from './support/accounting-paths.js';

// Values a caller may put where Xero takes an identifier: ids, numbers, invoice numbers, file names, and
// values that look like words (an invoice number "ABC", a file name "receipt").
const FILLS = [
  '4b8157e2-719a-49df-9e02-70452b623e5f',
  '42',
  'INV-0042',
  'receipt%20scan.pdf',
  'ABC',
  'Receipt',
  'x'.repeat(300),
];

describe('pathTemplate', () => {
  it.each(FILLS)('names every Accounting API route by its template, whatever fills it (%s)', (fill) => {
    for (const route of ACCOUNTING_PATHS) {
      const concrete = `/api.xro/2.0${route.replace(/\{[A-Za-z]+\}/g, fill)}`;
      const expected = `/api.xro/2.0${route.replace(/\{[A-Za-z]+\}/g, '{id}')}`;
      expect(pathTemplate(concrete), concrete).toBe(expected);
    }
  });

  it('covers the whole Accounting API (138 routes) with the constants Xero names where an id usually goes', () => {
    expect(ACCOUNTING_PATHS).toHaveLength(138);
    expect(pathTemplate('/api.xro/2.0/Reports/BalanceSheet')).toBe('/api.xro/2.0/Reports/BalanceSheet');
    expect(pathTemplate('/api.xro/2.0/reports/balancesheet')).toBe('/api.xro/2.0/reports/balancesheet');
    expect(pathTemplate('/api.xro/2.0/Organisation/Actions')).toBe('/api.xro/2.0/Organisation/Actions');
    // A constant elsewhere than after its collection is an id like any other.
    expect(pathTemplate('/api.xro/2.0/Invoices/Actions')).toBe('/api.xro/2.0/Invoices/{id}');
  });

  it('names the connections endpoint and other API roots the same way', () => {
    expect(pathTemplate('/connections')).toBe('/connections');
    expect(pathTemplate('/connections/4b8157e2-719a-49df-9e02-70452b623e5f')).toBe('/connections/{id}');
    expect(pathTemplate('/api.xro/2.0')).toBe('/api.xro/2.0');
    expect(pathTemplate('/api.xro/v2/Invoices')).toBe('/api.xro/{id}/Invoices');
  });

  it('keeps nothing a caller could have put in the path: queries, odd segments, encodings', () => {
    expect(pathTemplate('/api.xro/2.0/Invoices?where=Status%3D%3D%22PAID%22&page=2')).toBe(
      '/api.xro/2.0/Invoices',
    );
    expect(pathTemplate('/api.xro/2.0/Invoices#frag')).toBe('/api.xro/2.0/Invoices');
    // Where a collection goes, only a plain word stays.
    expect(pathTemplate('/api.xro/2.0/Invoice%20s/1/Hist0ry')).toBe('/api.xro/2.0/{id}/{id}/{id}');
    expect(pathTemplate('/api.xro/2.0/eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln')).toBe('/api.xro/2.0/{id}');
    expect(pathTemplate('//api.xro//2.0//Invoices//')).toBe('/api.xro/2.0/Invoices');
    expect(pathTemplate('/')).toBe('/');
  });
});
