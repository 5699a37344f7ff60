import { describe, expect, it } from 'vitest';
import { createOrganisationModel, MAX_PAGE_SIZE } from '../../src/testing/accounting/index.js';
import {
  contactsOf,
  createHarness,
  envelope,
  invoicesOf,
  paymentsOf,
  SEEDED_AT,
  TENANT_ID,
  validationMessages,
} from './accounting-harness.js';

describe('accounting model: seed data', () => {
  it('the same seed and anchor give the same organisation, record for record', () => {
    const a = createOrganisationModel({ tenantId: TENANT_ID, name: 'Org', seed: 7 }, { now: SEEDED_AT });
    const b = createOrganisationModel({ tenantId: TENANT_ID, name: 'Org', seed: 7 }, { now: SEEDED_AT });
    const c = createOrganisationModel({ tenantId: TENANT_ID, name: 'Org', seed: 8 }, { now: SEEDED_AT });
    expect(a.invoices()).toEqual(b.invoices());
    expect(a.contacts()).toEqual(b.contacts());
    expect(a.accounts()).toEqual(b.accounts());
    expect(a.payments()).toEqual(b.payments());
    expect(a.organisation()).toEqual(b.organisation());
    expect(c.invoices().map((i) => i.InvoiceID)).not.toEqual(a.invoices().map((i) => i.InvoiceID));
  });

  it('without a seed, the tenant id seeds the data (stable per tenant, different across tenants)', () => {
    const a = createOrganisationModel({ tenantId: 'tenant-a', name: 'A' }, { now: SEEDED_AT });
    const again = createOrganisationModel({ tenantId: 'tenant-a', name: 'A' }, { now: SEEDED_AT });
    const b = createOrganisationModel({ tenantId: 'tenant-b', name: 'B' }, { now: SEEDED_AT });
    expect(again.invoices()).toEqual(a.invoices());
    expect(b.contacts().map((c) => c.ContactID)).not.toEqual(a.contacts().map((c) => c.ContactID));
  });

  it('covers every invoice status and type, with consistent amounts and some invoices overdue', () => {
    const { model } = createHarness();
    const invoices = model.invoices();
    expect(invoices).toHaveLength(40);
    expect(new Set(invoices.map((i) => i.Status))).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'AUTHORISED', 'PAID', 'VOIDED', 'DELETED']),
    );
    expect(new Set(invoices.map((i) => i.Type))).toEqual(new Set(['ACCREC', 'ACCPAY']));
    for (const invoice of invoices) {
      expect(invoice.LineItems.length).toBeGreaterThan(0);
      expect(invoice.Total).toBeCloseTo(invoice.SubTotal + invoice.TotalTax, 2);
      expect(invoice.Date).toMatch(/^\/Date\(\d+\+0000\)\/$/);
      expect(invoice.DueDateString).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/);
      if (invoice.Status === 'PAID') {
        expect(invoice.AmountDue).toBe(0);
        expect(invoice.AmountPaid).toBe(invoice.Total);
        expect(invoice.FullyPaidOnDate).toBeDefined();
      } else if (invoice.Status === 'VOIDED' || invoice.Status === 'DELETED') {
        expect(invoice.AmountDue).toBe(0);
      } else {
        expect(invoice.AmountDue).toBeCloseTo(invoice.Total - invoice.AmountPaid, 2);
      }
    }
    const authorised = invoices.filter((i) => i.Status === 'AUTHORISED');
    const dueTimes = authorised.map((i) => Date.parse(`${i.DueDateString}Z`));
    expect(dueTimes.some((t) => t < SEEDED_AT)).toBe(true);
    expect(dueTimes.some((t) => t > SEEDED_AT)).toBe(true);
    expect(invoices.every((i) => Number(/\d+/.exec(i.UpdatedDateUTC)?.[0]) < SEEDED_AT)).toBe(true);
  });

  it('has the bank account 090 that accepts payments, and the seed counts are honoured', () => {
    const { model } = createHarness({ invoiceCount: 12, contactCount: 4 });
    const bank = model.accounts().find((a) => a.Code === '090');
    expect(bank).toMatchObject({ Type: 'BANK', EnablePaymentsToAccount: true, Status: 'ACTIVE' });
    expect(model.invoices()).toHaveLength(12);
    expect(model.contacts()).toHaveLength(4);
    expect(new Set(model.contacts().map((c) => c.Name)).size).toBe(4);
  });

  it('accessors hand out copies: mutating them changes nothing inside', () => {
    const { model } = createHarness();
    const first = model.invoices()[0];
    if (first === undefined) throw new Error('no invoice');
    first.AmountDue = -1;
    first.LineItems.length = 0;
    expect(model.invoice(first.InvoiceID)?.AmountDue).not.toBe(-1);
    expect(model.invoice(first.InvoiceID)?.LineItems.length).toBeGreaterThan(0);
  });
});

describe('accounting model: GET /Organisation and routing', () => {
  it('returns the organisation in an envelope whose OrganisationID is the tenant id', () => {
    const h = createHarness({ baseCurrency: 'NZD', countryCode: 'NZ' });
    const res = h.call('GET', '/Organisation');
    expect(res.status).toBe(200);
    const body = envelope(res);
    expect(body).toMatchObject({
      Status: 'OK',
      ProviderName: 'Wise-Pay',
      DateTimeUTC: `/Date(${h.now()}+0000)/`,
    });
    expect(body.Id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.Organisations).toEqual([
      expect.objectContaining({
        OrganisationID: TENANT_ID,
        Name: 'Harness Trading Ltd',
        BaseCurrency: 'NZD',
        CountryCode: 'NZ',
        OrganisationType: 'COMPANY',
      }),
    ]);
  });

  it('matches paths case-insensitively, like Xero', () => {
    const h = createHarness();
    expect(h.call('GET', '/organisation').status).toBe(200);
    expect(invoicesOf(h.call('GET', '/INVOICES/'))).toHaveLength(40);
  });

  it('answers 404 (plain text) for an unknown endpoint or sub-resource, 405 for a wrong method', () => {
    const h = createHarness();
    const unknown = h.call('GET', '/Quotes');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toBe("The resource you're looking for cannot be found");
    expect(h.call('GET', `/Invoices/${h.model.invoices()[0]?.InvoiceID}/Unserved`).status).toBe(404);
    const wrong = h.call('DELETE', '/Invoices');
    expect(wrong.status).toBe(405);
    expect(wrong.headers?.allow).toBe('GET, PUT, POST');
    expect(h.call('PUT', '/Organisation', { body: {} }).status).toBe(405);
  });
});

describe('accounting model: GET /Invoices', () => {
  it('without page returns everything, with page returns 100 per page and a pagination block', () => {
    const h = createHarness({ invoiceCount: 230 });
    expect(envelope(h.call('GET', '/Invoices')).pagination).toBeUndefined();
    expect(invoicesOf(h.call('GET', '/Invoices'))).toHaveLength(230);

    const page1 = h.call('GET', '/Invoices', { query: 'page=1' });
    expect(invoicesOf(page1)).toHaveLength(100);
    expect(envelope(page1).pagination).toEqual({ page: 1, pageSize: 100, pageCount: 3, itemCount: 230 });
    const page3 = h.call('GET', '/Invoices', { query: 'page=3' });
    expect(invoicesOf(page3)).toHaveLength(30);
    expect(invoicesOf(h.call('GET', '/Invoices', { query: 'page=4' }))).toHaveLength(0);

    const all = [1, 2, 3].flatMap((page) =>
      invoicesOf(h.call('GET', '/Invoices', { query: `page=${page}` })),
    );
    expect(new Set(all.map((i) => i.InvoiceID)).size).toBe(230);
  });

  it(`honours pageSize and caps it at ${MAX_PAGE_SIZE}`, () => {
    const h = createHarness({ invoiceCount: 1100 });
    const small = h.call('GET', '/Invoices', { query: 'page=2&pageSize=7' });
    expect(invoicesOf(small).map((i) => i.InvoiceNumber)).toEqual(
      h.model
        .invoices()
        .slice(7, 14)
        .map((i) => i.InvoiceNumber),
    );
    const capped = h.call('GET', '/Invoices', { query: 'page=1&pageSize=5000' });
    expect(capped.status).toBe(200);
    expect(invoicesOf(capped)).toHaveLength(MAX_PAGE_SIZE);
    expect(envelope(capped).pagination).toEqual({ page: 1, pageSize: 1000, pageCount: 2, itemCount: 1100 });
  });

  it('rejects a page or pageSize that is not a positive whole number', () => {
    const h = createHarness();
    for (const query of ['page=0', 'page=abc', 'page=1&pageSize=0', 'page=1&pageSize=-5']) {
      const res = h.call('GET', '/Invoices', { query });
      expect(res.status, query).toBe(400);
      expect(envelope(res).Type).toBe('ValidationException');
    }
  });

  it('filters by Statuses, IDs, InvoiceNumbers and ContactIDs (names match case-insensitively)', () => {
    const h = createHarness();
    const all = h.model.invoices();
    const paidOrVoided = invoicesOf(h.call('GET', '/Invoices', { query: 'Statuses=PAID,VOIDED' }));
    expect(paidOrVoided.length).toBe(all.filter((i) => i.Status === 'PAID' || i.Status === 'VOIDED').length);
    expect(paidOrVoided.every((i) => i.Status === 'PAID' || i.Status === 'VOIDED')).toBe(true);

    const two = all.slice(3, 5).map((i) => i.InvoiceID);
    expect(
      invoicesOf(h.call('GET', '/Invoices', { query: `ids=${two.join(',')}` })).map((i) => i.InvoiceID),
    ).toEqual(two);
    expect(
      invoicesOf(h.call('GET', '/Invoices', { query: 'InvoiceNumbers=INV-0002,INV-0004' })).map(
        (i) => i.InvoiceNumber,
      ),
    ).toEqual(['INV-0002', 'INV-0004']);

    const contactId = all[0]?.Contact.ContactID ?? '';
    const byContact = invoicesOf(h.call('GET', '/Invoices', { query: `ContactIDs=${contactId}` }));
    expect(byContact.length).toBe(all.filter((i) => i.Contact.ContactID === contactId).length);
    expect(byContact.every((i) => i.Contact.ContactID === contactId)).toBe(true);
  });

  it('supports simple where clauses and order', () => {
    const h = createHarness();
    const all = h.model.invoices();
    const res = h.call('GET', '/Invoices', {
      query: `where=${encodeURIComponent('Status=="AUTHORISED" AND Type=="ACCREC"')}`,
    });
    expect(res.status).toBe(200);
    expect(invoicesOf(res).map((i) => i.InvoiceID)).toEqual(
      all.filter((i) => i.Status === 'AUTHORISED' && i.Type === 'ACCREC').map((i) => i.InvoiceID),
    );
    const either = invoicesOf(
      h.call('GET', '/Invoices', {
        query: `where=${encodeURIComponent('Status=="DRAFT" OR Status=="SUBMITTED"')}`,
      }),
    );
    expect(either.length).toBe(all.filter((i) => i.Status === 'DRAFT' || i.Status === 'SUBMITTED').length);
    const big = invoicesOf(
      h.call('GET', '/Invoices', { query: `where=${encodeURIComponent('AmountDue > 1000')}` }),
    );
    expect(big.length).toBe(all.filter((i) => i.AmountDue > 1000).length);

    const contactId = all[0]?.Contact.ContactID ?? '';
    const byGuid = invoicesOf(
      h.call('GET', '/Invoices', {
        query: `where=${encodeURIComponent(`Contact.ContactID==Guid("${contactId}")`)}`,
      }),
    );
    expect(byGuid.length).toBe(all.filter((i) => i.Contact.ContactID === contactId).length);
    const cutoff = Date.UTC(2024, 11, 1);
    const recent = invoicesOf(
      h.call('GET', '/Invoices', {
        query: `where=${encodeURIComponent('Date >= DateTime(2024, 12, 01) && Type=="ACCPAY"')}`,
      }),
    );
    expect(recent.map((i) => i.InvoiceID)).toEqual(
      all
        .filter((i) => Date.parse(`${i.DateString}Z`) >= cutoff && i.Type === 'ACCPAY')
        .map((i) => i.InvoiceID),
    );
    expect(recent.length).toBeGreaterThan(0);

    const ordered = invoicesOf(h.call('GET', '/Invoices', { query: 'order=Total DESC' })).map((i) => i.Total);
    expect(ordered).toEqual([...ordered].sort((a, b) => b - a));
  });

  it('rejects an unsupported where or order with a 400 naming it', () => {
    const h = createHarness();
    const where = h.call('GET', '/Invoices', { query: `where=${encodeURIComponent('Foo=="bar"')}` });
    expect(where.status).toBe(400);
    expect(envelope(where).Type).toBe('ValidationException');
    expect(String(envelope(where).Message)).toContain("'Foo'");
    const garbled = h.call('GET', '/Invoices', { query: `where=${encodeURIComponent('Status IN (1,2)')}` });
    expect(garbled.status).toBe(400);
    expect(String(envelope(garbled).Message)).toContain('Status IN (1,2)');
    const order = h.call('GET', '/Invoices', { query: 'order=Colour ASC' });
    expect(order.status).toBe(400);
    expect(String(envelope(order).Message)).toContain('Colour');
  });

  it('If-Modified-Since returns only records updated after it (RFC 1123 or ISO)', () => {
    const h = createHarness();
    expect(
      invoicesOf(
        h.call('GET', '/Invoices', { headers: { 'If-Modified-Since': new Date(SEEDED_AT).toUTCString() } }),
      ),
    ).toHaveLength(0);

    const created = h.call('PUT', '/Invoices', { body: { Invoices: [salesInvoiceFor(h)] } });
    expect(created.status).toBe(200);
    const since = new Date(SEEDED_AT).toISOString().slice(0, 19); // ISO without zone = UTC
    const changed = invoicesOf(h.call('GET', '/Invoices', { headers: { 'if-modified-since': since } }));
    expect(changed.map((i) => i.InvoiceID)).toEqual([invoicesOf(created)[0]?.InvoiceID]);

    const oldest = Math.min(...h.model.invoices().map((i) => Number(/\d+/.exec(i.UpdatedDateUTC)?.[0])));
    const almostAll = invoicesOf(
      h.call('GET', '/Invoices', { headers: { 'If-Modified-Since': new Date(oldest).toUTCString() } }),
    );
    expect(almostAll.length).toBeGreaterThan(30);

    const bad = h.call('GET', '/Invoices', { headers: { 'If-Modified-Since': 'yesterday' } });
    expect(bad.status).toBe(400);
    expect(String(envelope(bad).Message)).toContain('If-Modified-Since');
  });

  it('GET /Invoices/{id} returns one invoice; by InvoiceNumber too; 404 when missing', () => {
    const h = createHarness();
    const target = h.model.invoices()[5];
    if (target === undefined) throw new Error('no invoice');
    expect(invoicesOf(h.call('GET', `/Invoices/${target.InvoiceID}`))).toEqual([target]);
    expect(invoicesOf(h.call('GET', `/Invoices/${target.InvoiceID.toUpperCase()}`))[0]?.InvoiceID).toBe(
      target.InvoiceID,
    );
    expect(invoicesOf(h.call('GET', `/Invoices/${target.InvoiceNumber}`))[0]?.InvoiceID).toBe(
      target.InvoiceID,
    );
    const missing = h.call('GET', '/Invoices/00000000-0000-0000-0000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe("The resource you're looking for cannot be found");
  });
});

describe('accounting model: other lists', () => {
  it('GET /Contacts pages, filters by IDs and where, and hides archived contacts unless asked', () => {
    const h = createHarness({ contactCount: 8 });
    const all = h.model.contacts();
    const archived = all.filter((c) => c.ContactStatus === 'ARCHIVED');
    expect(archived).toHaveLength(1);
    expect(contactsOf(h.call('GET', '/Contacts'))).toHaveLength(7);
    expect(contactsOf(h.call('GET', '/Contacts', { query: 'includeArchived=true' }))).toHaveLength(8);
    const paged = h.call('GET', '/Contacts', { query: 'page=2&pageSize=3' });
    expect(envelope(paged).pagination).toEqual({ page: 2, pageSize: 3, pageCount: 3, itemCount: 7 });
    const name = all[2]?.Name ?? '';
    expect(
      contactsOf(h.call('GET', '/Contacts', { query: `where=${encodeURIComponent(`Name=="${name}"`)}` })).map(
        (c) => c.Name,
      ),
    ).toEqual([name]);
    const prefix = name.slice(0, 3);
    const startsWith = contactsOf(
      h.call('GET', '/Contacts', { query: `where=${encodeURIComponent(`Name.StartsWith("${prefix}")`)}` }),
    );
    expect(startsWith.every((c) => c.Name.startsWith(prefix))).toBe(true);
    expect(
      contactsOf(
        h.call('GET', '/Contacts', {
          query: `includeArchived=true&where=${encodeURIComponent('ContactStatus=="ARCHIVED"')}`,
        }),
      ).map((c) => c.ContactID),
    ).toEqual(archived.map((c) => c.ContactID));
    expect(contactsOf(h.call('GET', '/Contacts', { query: `IDs=${archived[0]?.ContactID}` }))).toHaveLength(
      1,
    );
    expect(h.call('GET', `/Contacts/${all[0]?.ContactID}`).status).toBe(200);
    expect(h.call('GET', '/Contacts/nope').status).toBe(404);
  });

  it('GET /Payments lists the seeded payments and pages them', () => {
    const h = createHarness();
    const payments = h.model.payments();
    expect(payments.length).toBeGreaterThan(0);
    expect(paymentsOf(h.call('GET', '/Payments'))).toEqual(payments);
    const page = h.call('GET', '/Payments', { query: 'page=1&pageSize=2' });
    expect(paymentsOf(page)).toHaveLength(2);
    expect(envelope(page).pagination?.itemCount).toBe(payments.length);
    expect(paymentsOf(h.call('GET', `/Payments/${payments[0]?.PaymentID}`))).toEqual([payments[0]]);
  });

  it('GET /Accounts filters with where and is not paged', () => {
    const h = createHarness();
    const res = h.call('GET', '/Accounts', { query: `where=${encodeURIComponent('Type=="BANK"')}` });
    const accounts = envelope(res).Accounts as { Code: string }[];
    expect(accounts.map((a) => a.Code)).toEqual(['090', '091']);
    expect(envelope(h.call('GET', '/Accounts', { query: 'page=1' })).pagination).toBeUndefined();
  });

  it('a where that fails reports its message in ValidationErrors too', () => {
    const h = createHarness();
    const res = h.call('GET', '/Contacts', { query: `where=${encodeURIComponent('Colour=="red"')}` });
    const elements = envelope(res).Elements as { ValidationErrors: { Message: string }[] }[];
    expect(validationMessages(elements[0])).toEqual([envelope(res).Message]);
  });
});

function salesInvoiceFor(h: ReturnType<typeof createHarness>): Record<string, unknown> {
  const contact = h.model.contacts().find((c) => c.ContactStatus === 'ACTIVE');
  return {
    Type: 'ACCREC',
    Contact: { ContactID: contact?.ContactID },
    LineItems: [{ Description: 'x', Quantity: 1, UnitAmount: 10 }],
  };
}
