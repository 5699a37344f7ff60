import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XeroApiError } from '../../src/errors/api-errors.js';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { createHarness, type Harness, roleClient, tokenConnection } from './support/pipeline-harness.js';
import { obtainTokens, SIM_APPS } from './support/sim-tokens.js';

const TIME_SCALE = 0.01;

describe('typed endpoints against the simulator', () => {
  let sim: XeroSimulator;
  let harness: Harness;
  let client: ReturnType<typeof roleClient>;

  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: TIME_SCALE, limits: { perMinute: 1000, concurrent: 20 } });
    harness = createHarness(sim, { timeScale: TIME_SCALE, limits: { perMinute: 1000, concurrent: 20 } });
    const tokens = await obtainTokens(sim, SIM_APPS.wisepay);
    client = roleClient(harness, tokenConnection(sim, SIM_APPS.wisepay, DEMO_TENANT_ID, tokens));
  });
  afterAll(async () => {
    await harness?.close();
    await sim?.close();
  });

  it('organisation.get parses the organisation and turns Xero dates into Date objects', async () => {
    const org = await client.organisation.get();
    expect(org.OrganisationID).toBe(DEMO_TENANT_ID);
    expect(org.Name).toBe('Demo Company (AU)');
    if (org.CreatedDateUTC !== undefined) expect(org.CreatedDateUTC).toBeInstanceOf(Date);
  });

  it('invoices.list iterates every page and matches what the organisation holds', async () => {
    const expected = sim.control.organisation(DEMO_TENANT_ID).invoices().length;
    sim.control.resetLog();
    const invoices = await client.invoices.list({ pageSize: 7 }).toArray();
    expect(invoices).toHaveLength(expected);
    expect(new Set(invoices.map((i) => i.InvoiceID)).size).toBe(expected);
    const pages = sim.control
      .requestLog()
      .filter((e) => e.endpoint === 'api' && e.path.includes('/Invoices'));
    expect(pages).toHaveLength(Math.ceil(expected / 7));
    const first = invoices[0]!;
    expect(first.Date).toBeInstanceOf(Date);
    expect(first.DueDate).toBeInstanceOf(Date);
    expect(first.UpdatedDateUTC).toBeInstanceOf(Date);
    expect(Number.isNaN(first.Date!.getTime())).toBe(false);
  });

  it('invoices.list passes explicit filters and If-Modified-Since', async () => {
    const all = sim.control.organisation(DEMO_TENANT_ID).invoices();
    const authorised = all.filter((i) => i.Status === 'AUTHORISED').length;
    const listed: string[] = [];
    for await (const invoice of client.invoices.list({ statuses: ['AUTHORISED'] }))
      listed.push(invoice.Status ?? '');
    expect(listed).toHaveLength(authorised);
    expect(new Set(listed)).toEqual(new Set(['AUTHORISED']));

    const future = new Date(Date.now() + 3_600_000);
    expect(await client.invoices.list({ modifiedSince: future }).toArray()).toHaveLength(0);
  });

  it('invoices.get returns one invoice; an unknown id is a typed 404', async () => {
    const some = sim.control.organisation(DEMO_TENANT_ID).invoices()[0]!;
    const invoice = await client.invoices.get(some.InvoiceID);
    expect(invoice.InvoiceID).toBe(some.InvoiceID);
    const missing = await client.invoices
      .get('00000000-0000-4000-8000-000000000999')
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(XeroApiError);
    expect((missing as XeroApiError).status).toBe(404);
    expect((missing as XeroApiError).message).toContain('GET /api.xro/2.0/Invoices/');
  });

  it('invoices.create chunks by 50 with summarizeErrors=false and returns one result per element in order', async () => {
    const contact = sim.control.organisation(DEMO_TENANT_ID).contacts()[0]!;
    const before = sim.control.organisation(DEMO_TENANT_ID).invoices().length;
    const items = Array.from({ length: 120 }, (_, i) =>
      i % 40 === 7
        ? {
            Type: 'ACCREC' as const,
            LineItems: [{ Description: 'no contact', Quantity: 1, UnitAmount: 5, AccountCode: '200' }],
          }
        : {
            Type: 'ACCREC' as const,
            Contact: { ContactID: contact.ContactID },
            Date: new Date('2025-03-01T00:00:00Z'),
            DueDate: '2025-03-31',
            Reference: `batch-${i}`,
            LineItems: [{ Description: `line ${i}`, Quantity: 1, UnitAmount: 10 + i, AccountCode: '200' }],
          },
    );
    sim.control.resetLog();
    const sentUrls: string[] = [];
    const send = harness.transport.send.bind(harness.transport);
    harness.transport.send = (request) => {
      sentUrls.push(request.url);
      return send(request);
    };
    const results = await client.invoices.create(items);
    harness.transport.send = send;
    const puts = sim.control.requestLog().filter((e) => e.endpoint === 'api' && e.method === 'PUT');
    expect(puts).toHaveLength(3);
    expect(sentUrls).toHaveLength(3);
    for (const url of sentUrls) expect(new URL(url).searchParams.get('summarizeErrors')).toBe('false');
    expect(new Set(puts.map((p) => p.idempotencyKey)).size).toBe(3);

    expect(results.map((r) => r.index)).toEqual(items.map((_, i) => i));
    const failed = results.filter((r) => !r.ok).map((r) => r.index);
    expect(failed).toEqual([7, 47, 87]);
    for (const r of results.filter((x) => !x.ok)) {
      expect(r.status).toBe('ERROR');
      expect(r.errors.join(' ')).toMatch(/Contact/);
      expect(r.value).toBeUndefined();
    }
    const ok = results.filter((r) => r.ok);
    expect(ok).toHaveLength(117);
    expect(ok[0]!.value!.Reference).toBe('batch-0');
    expect(ok[0]!.value!.Date?.toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(ok[1]!.value!.DueDate?.toISOString()).toBe('2025-03-31T00:00:00.000Z');
    expect(sim.control.organisation(DEMO_TENANT_ID).invoices().length).toBe(before + 117);
  });

  it('invoices.update posts changes; elements without an id are refused before anything is sent', async () => {
    const draft = sim.control
      .organisation(DEMO_TENANT_ID)
      .invoices()
      .find((i) => i.Status === 'DRAFT')!;
    const [result] = await client.invoices.update([{ InvoiceID: draft.InvoiceID, Reference: 'updated-ref' }]);
    expect(result).toMatchObject({ index: 0, ok: true });
    expect(sim.control.organisation(DEMO_TENANT_ID).invoice(draft.InvoiceID)?.Reference).toBe('updated-ref');

    sim.control.resetLog();
    const error = await client.invoices.update([{ Reference: 'x' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).issues[0]?.path).toBe('items.0');
    expect(sim.control.requestLog().filter((e) => e.endpoint === 'api')).toHaveLength(0);
  });

  it('payments.create applies a payment and payments.list finds it', async () => {
    const model = sim.control.organisation(DEMO_TENANT_ID);
    const open = model
      .invoices()
      .find((i) => i.Status === 'AUTHORISED' && i.Type === 'ACCREC' && i.AmountDue > 1)!;
    const [paid] = await client.payments.create([
      {
        Invoice: { InvoiceID: open.InvoiceID },
        Account: { Code: '090' },
        Date: new Date(),
        Amount: 1,
        Reference: 'p-1',
      },
    ]);
    expect(paid?.ok).toBe(true);
    expect(paid?.value?.PaymentID).toBeTruthy();
    expect(model.invoice(open.InvoiceID)?.AmountPaid).toBeCloseTo(open.AmountPaid + 1, 2);
    const payments = await client.payments.list().toArray();
    const found = payments.find((p) => p.PaymentID === paid?.value?.PaymentID);
    expect(found?.Amount).toBe(1);
    expect(found?.Date).toBeInstanceOf(Date);
  });

  it('contacts.create / update / list', async () => {
    const [created] = await client.contacts.create([
      { Name: `Acme ${Date.now()}`, EmailAddress: 'a@example.com' },
    ]);
    expect(created?.ok).toBe(true);
    const id = created!.value!.ContactID!;
    const [updated] = await client.contacts.update([{ ContactID: id, EmailAddress: 'b@example.com' }]);
    expect(updated?.value?.EmailAddress).toBe('b@example.com');
    const listed = await client.contacts.list({ ids: [id] }).toArray();
    expect(listed.map((c) => c.ContactID)).toEqual([id]);
  });

  it('bad filters and call options are typed errors naming the field, and nothing is sent', async () => {
    sim.control.resetLog();
    expect(() => client.invoices.list({ pageSize: 5000 })).toThrow(InvalidArgumentError);
    expect(() => client.invoices.list({ statuses: ['OPEN' as never] })).toThrow(/statuses/);
    await expect(client.organisation.get({ timeout: -1 })).rejects.toThrow(/timeout/);
    await expect(client.request({ method: 'GET', path: 'https://evil.example.com/x' })).rejects.toThrow(
      InvalidArgumentError,
    );
    expect(sim.control.requestLog().filter((e) => e.endpoint === 'api')).toHaveLength(0);
  });
});
