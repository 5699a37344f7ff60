import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PAYMENTS_HAVE_NO_IDS,
  PAYMENTS_HAVE_NO_STATUSES,
} from '../../src/testing/accounting/endpoints/payments.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { DEFAULT_SEED } from '../../src/testing/seed.js';
import { api, connect } from './helpers.js';

/** `IDs=` lists over real HTTP, with Xero's semantics (issue 12 #2 and #5). */

const UNKNOWN = '00000000-0000-4000-8000-00000000beef';
let sim: XeroSimulator;
let token: string;

beforeAll(async () => {
  sim = await startXeroSimulator({
    organisations: DEFAULT_SEED.organisations.map((o) =>
      o.tenantId === DEMO_TENANT_ID ? { ...o, invoiceCount: 300 } : o,
    ),
  });
  token = (await connect(sim)).access_token;
});
afterAll(async () => {
  // Undefined when start-up failed: the failure is the one to report.
  await (sim as XeroSimulator | undefined)?.close();
});

async function list<T>(path: string, collection: string, headers: Record<string, string> = {}): Promise<T[]> {
  const res = await api(sim, token, `/api.xro/2.0${path}`, DEMO_TENANT_ID, { headers });
  expect(res.status, path).toBe(200);
  const body = (await res.json()) as Record<string, unknown>;
  return body[collection] as T[];
}

interface Invoice {
  InvoiceID: string;
  Status: string;
  UpdatedDateUTC: string;
}

const model = () => sim.control.organisation(DEMO_TENANT_ID);

describe('GET /Invoices?IDs=', () => {
  it('returns each known id once, in the order asked, and leaves unknown ids out', async () => {
    const all = model().invoices();
    const wanted = [all[250], all[3], all[120]].map((i) => i?.InvoiceID ?? '');
    // Mixed case, a duplicate, spaces after commas and an unknown id: Xero matches GUIDs case-insensitively.
    const query = [wanted[0]?.toUpperCase(), UNKNOWN, wanted[1], ` ${wanted[2]}`, wanted[0]].join(',');
    const found = await list<Invoice>(`/Invoices?IDs=${encodeURIComponent(query)}`, 'Invoices');
    expect(found.map((i) => i.InvoiceID)).toEqual(wanted);
    // Only unknown ids: an empty list, not a 404.
    expect(await list<Invoice>(`/Invoices?IDs=${UNKNOWN}`, 'Invoices')).toEqual([]);
    // The parameter name matches case-insensitively, as Xero's do.
    expect((await list<Invoice>(`/Invoices?ids=${wanted[1]}`, 'Invoices')).map((i) => i.InvoiceID)).toEqual([
      wanted[1],
    ]);
  });

  it('combines with Statuses, where, If-Modified-Since and paging (all must hold)', async () => {
    const all = model().invoices();
    const authorised = all.filter((i) => i.Status === 'AUTHORISED').slice(0, 3);
    const paid = all.filter((i) => i.Status === 'PAID').slice(0, 2);
    const ids = [...authorised, ...paid].map((i) => i.InvoiceID);
    const idsParam = `IDs=${ids.join(',')}`;

    const byStatus = await list<Invoice>(`/Invoices?${idsParam}&Statuses=AUTHORISED`, 'Invoices');
    expect(byStatus.map((i) => i.InvoiceID)).toEqual(authorised.map((i) => i.InvoiceID));

    const where = encodeURIComponent('Status=="PAID"');
    const byWhere = await list<Invoice>(`/Invoices?${idsParam}&where=${where}`, 'Invoices');
    expect(byWhere.map((i) => i.InvoiceID)).toEqual(paid.map((i) => i.InvoiceID));

    // Touch one of them (a payment changes UpdatedDateUTC); If-Modified-Since then keeps only that one.
    const newest = Math.max(...all.map((i) => Number(/\d+/.exec(i.UpdatedDateUTC ?? '')?.[0])));
    const target = authorised[1];
    const pay = await api(sim, token, '/api.xro/2.0/Payments?summarizeErrors=false', DEMO_TENANT_ID, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        Payments: [{ Invoice: { InvoiceID: target?.InvoiceID }, Account: { Code: '090' }, Amount: 1 }],
      }),
    });
    expect(pay.status).toBe(200);
    const since = await list<Invoice>(`/Invoices?${idsParam}`, 'Invoices', {
      'If-Modified-Since': new Date(newest).toISOString(),
    });
    expect(since.map((i) => i.InvoiceID)).toEqual([target?.InvoiceID]);

    const page2 = await api(
      sim,
      token,
      `/api.xro/2.0/Invoices?${idsParam}&page=2&pageSize=2`,
      DEMO_TENANT_ID,
    );
    const body = (await page2.json()) as { Invoices: Invoice[]; pagination: unknown };
    expect(body.Invoices.map((i) => i.InvoiceID)).toEqual(ids.slice(2, 4));
    expect(body.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 3, itemCount: 5 });
  });

  it('takes 50 ids in one URL (a coalesced batch of reads)', async () => {
    const all = model().invoices();
    const ids = all.slice(100, 150).map((i) => i.InvoiceID);
    const found = await list<Invoice>(`/Invoices?IDs=${[...ids, UNKNOWN].join(',')}`, 'Invoices');
    expect(found.map((i) => i.InvoiceID)).toEqual(ids);
  });
});

describe('GET /Contacts?IDs=', () => {
  it('returns asked-for contacts whatever their status, unknown ids absent, and combines with where', async () => {
    const contacts = model().contacts();
    const [first, second] = contacts;
    // Archive the second contact: a plain list hides it, asking for it by id does not.
    const archive = await api(sim, token, '/api.xro/2.0/Contacts', DEMO_TENANT_ID, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ Contacts: [{ ContactID: second?.ContactID, ContactStatus: 'ARCHIVED' }] }),
    });
    expect(archive.status).toBe(200);
    const plain = await list<{ ContactID: string }>('/Contacts', 'Contacts');
    expect(plain.map((c) => c.ContactID)).not.toContain(second?.ContactID);

    const ids = [first?.ContactID, UNKNOWN, second?.ContactID].join(',');
    const found = await list<{ ContactID: string; ContactStatus: string }>(
      `/Contacts?IDs=${ids}`,
      'Contacts',
    );
    expect(found.map((c) => [c.ContactID, c.ContactStatus])).toEqual([
      [first?.ContactID, first?.ContactStatus],
      [second?.ContactID, 'ARCHIVED'],
    ]);
    const where = encodeURIComponent('ContactStatus=="ARCHIVED"');
    const archivedOnly = await list<{ ContactID: string }>(`/Contacts?IDs=${ids}&where=${where}`, 'Contacts');
    expect(archivedOnly.map((c) => c.ContactID)).toEqual([second?.ContactID]);
  });
});

describe('GET /Payments by id', () => {
  it('refuses IDs and Statuses (Xero defines neither on /Payments) with a 400 naming the where alternative', async () => {
    const payment = model().payments()[0];
    const res = await api(sim, token, `/api.xro/2.0/Payments?IDs=${payment?.PaymentID}`, DEMO_TENANT_ID);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { Type: string; Message: string };
    expect(body.Type).toBe('ValidationException');
    expect(body.Message).toBe(PAYMENTS_HAVE_NO_IDS);
    expect(body.Message).toContain('where=PaymentID==Guid(');
    // Statuses, which /Invoices has and /Payments does not, likewise.
    const statuses = await api(sim, token, '/api.xro/2.0/Payments?Statuses=AUTHORISED', DEMO_TENANT_ID);
    expect(statuses.status).toBe(400);
    expect(((await statuses.json()) as { Message: string }).Message).toBe(PAYMENTS_HAVE_NO_STATUSES);
    const byWhere = await list<{ Status: string }>(
      `/Payments?where=${encodeURIComponent('Status=="AUTHORISED"')}`,
      'Payments',
    );
    expect(byWhere.length).toBeGreaterThan(0);
    expect(byWhere.every((p) => p.Status === 'AUTHORISED')).toBe(true);
  });

  it('selects payments by id with where=PaymentID==Guid("…") OR …, unknown ids absent', async () => {
    const payments = model().payments();
    expect(payments.length).toBeGreaterThanOrEqual(3);
    const wanted = [payments[2], payments[0]].map((p) => p?.PaymentID ?? '');
    const where = [...wanted, UNKNOWN].map((id) => `PaymentID==Guid("${id}")`).join(' OR ');
    const found = await list<{ PaymentID: string }>(
      `/Payments?where=${encodeURIComponent(where)}`,
      'Payments',
    );
    expect(new Set(found.map((p) => p.PaymentID))).toEqual(new Set(wanted));
    expect(found).toHaveLength(2);
  });
});

describe('where by id, served from the index', () => {
  it('a where of InvoiceID==Guid("…") OR … returns the same records as the scan, combinable with IDs and filters', async () => {
    const all = model().invoices();
    const wanted = [all[10], all[200], all[42]].map((i) => i?.InvoiceID ?? '');
    const where = [...wanted, UNKNOWN].map((id) => `InvoiceID==Guid("${id}")`).join(' OR ');
    const found = await list<Invoice>(`/Invoices?where=${encodeURIComponent(where)}`, 'Invoices');
    expect(new Set(found.map((i) => i.InvoiceID))).toEqual(new Set(wanted));
    expect(found).toHaveLength(3);
    // A where mixing in another clause goes through the general evaluator: same answer for the ids part.
    const mixed = `${where} OR InvoiceNumber=="no-such-number"`;
    const scanned = await list<Invoice>(`/Invoices?where=${encodeURIComponent(mixed)}`, 'Invoices');
    expect(new Set(scanned.map((i) => i.InvoiceID))).toEqual(new Set(wanted));
    // With IDs too: only records both select.
    const both = await list<Invoice>(
      `/Invoices?IDs=${wanted[0]},${wanted[1]}&where=${encodeURIComponent(where)}`,
      'Invoices',
    );
    expect(new Set(both.map((i) => i.InvoiceID))).toEqual(new Set([wanted[0], wanted[1]]));
    // With a status filter: the filter still applies.
    const status = all[10]?.Status ?? '';
    const filtered = await list<Invoice>(
      `/Invoices?Statuses=${status}&where=${encodeURIComponent(where)}`,
      'Invoices',
    );
    expect(filtered.every((i) => i.Status === status)).toBe(true);
    expect(filtered.map((i) => i.InvoiceID)).toContain(wanted[0]);
  });
});
