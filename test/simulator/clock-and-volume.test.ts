import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { createOrganisationModel } from '../../src/testing/accounting/index.js';
import { startXeroSimulator } from '../../src/testing/index.js';

describe('simulator clock and volume', () => {
  it('rejects a clock that is not a function, naming the option', async () => {
    const error = await startXeroSimulator({ clock: 42 as unknown as () => number }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String((error as Error).message)).toContain('clock');
  });

  it('serves 10,000 invoices at pageSize 1000 in 10 pages, quickly, with If-Modified-Since strictly after', () => {
    const started = performance.now();
    const model = createOrganisationModel(
      { tenantId: 't-big', name: 'Big', invoiceCount: 10_000 },
      { now: 1e12 },
    );
    let seen = 0;
    let pages = 0;
    for (let page = 1; ; page++) {
      const response = model.handle({
        method: 'GET',
        path: '/Invoices',
        query: new URLSearchParams({ page: String(page), pageSize: '1000' }),
        headers: {},
        body: undefined,
        clientId: 'c',
        tenantId: 't-big',
        now: 1e12,
      });
      const body = response.body as {
        Invoices: unknown[];
        pagination: { pageCount: number; itemCount: number };
      };
      expect(body.pagination.itemCount).toBe(10_000);
      seen += body.Invoices.length;
      pages++;
      if (page >= body.pagination.pageCount) break;
    }
    expect([seen, pages]).toEqual([10_000, 10]);
    // Generous for a loaded 2-core machine: the point is seconds, not minutes.
    expect(performance.now() - started).toBeLessThan(30_000);

    const newest = Math.max(...model.invoices().map((i) => Number(/\d+/.exec(i.UpdatedDateUTC ?? '')?.[0])));
    const since = (header: string) =>
      (
        model.handle({
          method: 'GET',
          path: '/Invoices',
          query: new URLSearchParams(),
          headers: { 'if-modified-since': header },
          body: undefined,
          clientId: 'c',
          tenantId: 't-big',
          now: 1e12,
        }).body as { Invoices: unknown[] }
      ).Invoices.length;
    expect(since(new Date(newest).toISOString())).toBe(0);
    expect(since(new Date(newest - 1).toISOString())).toBeGreaterThanOrEqual(1);
  });
});
