/**
 * The typed `api` call on paths the simulator does not serve (Quotes, ManualJournals, Receipts, Journals),
 * against nock interceptors that answer with the examples of Xero's own OpenAPI document. Shows the call
 * runs through the pipeline: tokens and tenant on the request, an idempotency key on writes reused by a
 * retry, Xero's rate-limit headers read by the limits, a 429 waited out, typed errors, and bad input
 * refused before anything is sent.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallConnection } from '../../src/contracts/call.js';
import { createCallStats } from '../../src/contracts/call-stats.js';
import { XeroValidationError } from '../../src/errors/api-errors.js';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import type { XeroSimulator } from '../../src/testing/index.js';
import type { components } from '../../src/xero/openapi/accounting.js';
import { accountingSpec, expectMatchesSpec } from '../support/openapi-fidelity.js';
import { createHarness, type Harness, roleClient } from './support/pipeline-harness.js';

const API = 'https://api.xero.nock.test';
const ROOT = '/api.xro/2.0';
const TENANT = '0b0e1f5c-6a57-4d1a-9a0e-5c1f0f7d2a10';
const CLIENT_ID = 'nock-client';
const ACCESS_TOKEN = 'nock-access-token';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A connection with a fixed token: nock checks the request carries it and the tenant. */
function fixedConnection(): CallConnection {
  return {
    accountId: 'acct-nock',
    role: 'wisepay',
    tenantId: TENANT,
    stats: createCallStats(),
    events: undefined,
    credentials: async () => ({ clientId: CLIENT_ID, tenantId: TENANT, accessToken: ACCESS_TOKEN }),
  };
}

function example(method: 'get' | 'put' | 'post', path: string): Record<string, unknown> {
  const body = accountingSpec().example(method, path, 200);
  if (typeof body !== 'object' || body === null)
    throw new Error(`the spec has no example for ${method} ${path}`);
  return body as Record<string, unknown>;
}

function requestExample(method: 'put' | 'post', path: string): unknown {
  const operation = accountingSpec().operation(method, path) as {
    requestBody?: { content?: Record<string, { example?: unknown }> };
  };
  return operation.requestBody?.content?.['application/json']?.example;
}

/** Xero's rate-limit headers, as its API sends them on every answer. */
const LIMIT_HEADERS = {
  'x-minlimit-remaining': '41',
  'x-daylimit-remaining': '4321',
  'x-appminlimit-remaining': '9876',
};

describe('typed api over nock, with the spec examples', () => {
  let harness: Harness;
  let client: ReturnType<typeof roleClient>;

  beforeAll(() => {
    nock.disableNetConnect();
    // The harness reads only the API URL of a simulator; nock stands in for Xero here.
    harness = createHarness({ apiUrl: API } as XeroSimulator, {
      timeScale: 0.01,
      limits: { perMinute: 60, concurrent: 5 },
    });
    client = roleClient(harness, fixedConnection());
  });
  beforeEach(() => {
    nock.cleanAll();
  });
  afterEach(() => {
    expect(nock.pendingMocks(), 'every interceptor was used').toEqual([]);
  });
  afterAll(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    await harness?.close();
  });

  /** An interceptor that checks the SDK's headers and answers the spec's example. */
  function xero() {
    return nock(API, {
      reqheaders: {
        authorization: `Bearer ${ACCESS_TOKEN}`,
        'xero-tenant-id': TENANT,
      },
    });
  }

  it('GET /Quotes with a query answers the spec example, typed, and the example matches its schema', async () => {
    const body = example('get', '/Quotes');
    expectMatchesSpec('GET', '/Quotes', 200, body);
    let idempotencyKey: string | undefined = 'unset';
    xero()
      .get(`${ROOT}/Quotes`)
      .query({ Status: 'SENT', page: '2', DateFrom: '2019-10-31' })
      .reply(function reply() {
        idempotencyKey = this.req.headers['idempotency-key'] as string | undefined;
        return [200, body, LIMIT_HEADERS];
      });
    const response = await client.api.get('/Quotes', {
      query: { Status: 'SENT', page: 2, DateFrom: '2019-10-31' },
    });
    const quotes: components['schemas']['Quote'][] | undefined = response.data.Quotes;
    expect(response.status).toBe(200);
    expect(response.data).toEqual(body);
    expect(quotes?.[0]?.QuoteID).toBe((body.Quotes as Array<{ QuoteID: string }>)[0]!.QuoteID);
    expect(idempotencyKey, 'reads carry no idempotency key').toBeUndefined();
    expect(response.meta).toMatchObject({
      method: 'GET',
      path: `${ROOT}/Quotes`,
      tenantId: TENANT,
      attempts: 1,
    });
    // Xero's remaining-call headers reached the limits engine.
    expect(harness.limits.snapshot({ clientId: CLIENT_ID, tenantId: TENANT }).reported).toMatchObject({
      minute: 41,
      day: 4321,
    });
  });

  it('GET /Invoices: list parameters as Xero reads them (comma-separated), a spec header passed through', async () => {
    const body = example('get', '/Invoices');
    nock(API, { reqheaders: { 'if-modified-since': '2025-01-01T00:00:00', 'xero-tenant-id': TENANT } })
      .get(`${ROOT}/Invoices`)
      .query({ IDs: 'a1,b2', Statuses: 'AUTHORISED,PAID', page: '1', includeArchived: 'true' })
      .reply(200, body);
    const response = await client.api.get('/Invoices', {
      query: { IDs: ['a1', 'b2'], Statuses: ['AUTHORISED', 'PAID'], page: 1, includeArchived: true },
      headers: { 'If-Modified-Since': '2025-01-01T00:00:00' },
    });
    expect(response.data).toEqual(body);
  });

  it('GET /Quotes/{QuoteID} URL-encodes the path parameter as one segment', async () => {
    const body = example('get', '/Quotes/{QuoteID}');
    const id = 'a/b c?d';
    xero()
      .get(`${ROOT}/Quotes/${encodeURIComponent(id)}`)
      .reply(200, body);
    const response = await client.api.get('/Quotes/{QuoteID}', { path: { QuoteID: id } });
    expect(response.data).toEqual(body);
    expect(response.meta.path).toBe(`${ROOT}/Quotes/a%2Fb%20c%3Fd`);
  });

  it('GET /ManualJournals and /Journals, and GET /Receipts after a 429 waited out through the limits', async () => {
    const journals = example('get', '/ManualJournals');
    const ledger = example('get', '/Journals');
    const receipts = example('get', '/Receipts');
    xero().get(`${ROOT}/ManualJournals`).reply(200, journals);
    xero().get(`${ROOT}/Journals`).query({ offset: '10', paymentsOnly: 'true' }).reply(200, ledger);
    xero()
      .get(`${ROOT}/Receipts`)
      .reply(429, '', { 'retry-after': '1', 'x-rate-limit-problem': 'minute' })
      .get(`${ROOT}/Receipts`)
      .reply(200, receipts);
    expect((await client.api.get('/ManualJournals')).data).toEqual(journals);
    expect((await client.api.get('/Journals', { query: { offset: 10, paymentsOnly: true } })).data).toEqual(
      ledger,
    );
    const answered = await client.api.get('/Receipts');
    expect(answered.data).toEqual(receipts);
    expect(answered.meta.attempts).toBe(2);
  });

  it('PUT /ManualJournals sends the body with one idempotency key, reused by the retry after a 503', async () => {
    const sent = requestExample('put', '/ManualJournals') as components['schemas']['ManualJournals'];
    const answer = example('put', '/ManualJournals');
    const seen: Array<{ key: unknown; body: unknown; query: string }> = [];
    const record = function (this: nock.ReplyFnContext, uri: string, body: unknown) {
      seen.push({ key: this.req.headers['idempotency-key'], body, query: uri.split('?')[1] ?? '' });
    };
    xero()
      .put(`${ROOT}/ManualJournals`)
      .query(true)
      .reply(function (uri, body) {
        record.call(this, uri, body);
        return [503, ''];
      })
      .put(`${ROOT}/ManualJournals`)
      .query(true)
      .reply(function (uri, body) {
        record.call(this, uri, body);
        return [200, answer];
      });
    const response = await client.api.put('/ManualJournals', {
      body: sent,
      query: { summarizeErrors: false },
    });
    expect(response.data).toEqual(answer);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.key).toMatch(UUID);
    expect(seen[1]!.key, 'the retry is the same logical write').toBe(seen[0]!.key);
    expect(seen[0]!.body).toEqual(sent);
    expect(seen[0]!.query).toBe('summarizeErrors=false');
  });

  it("POST /Quotes/{QuoteID} uses the caller's idempotency key; a ValidationException is a typed error", async () => {
    const keys: unknown[] = [];
    xero()
      .post(`${ROOT}/Quotes/q-1`)
      .reply(function () {
        keys.push(this.req.headers['idempotency-key']);
        return [
          400,
          {
            ErrorNumber: 10,
            Type: 'ValidationException',
            Message: 'A validation exception occurred',
            Elements: [{ ValidationErrors: [{ Message: 'Contact must be specified' }] }],
          },
        ];
      });
    const failure = await client.api
      .post(
        '/Quotes/{QuoteID}',
        {
          path: { QuoteID: 'q-1' },
          body: { Quotes: [{ Reference: 'x' } as components['schemas']['Quote']] },
        },
        { idempotencyKey: 'quote-update-7' },
      )
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(XeroValidationError);
    expect(String((failure as Error).message)).toMatch(/Contact must be specified/);
    expect(String((failure as Error).message)).toContain('/Quotes/q-1');
    expect(keys).toEqual(['quote-update-7']);
  });

  it('idempotencyKey: false sends a write without a key', async () => {
    const keys: unknown[] = [];
    xero()
      .put(`${ROOT}/Receipts`)
      .reply(function () {
        keys.push(this.req.headers['idempotency-key']);
        return [200, example('put', '/Receipts')];
      });
    await client.api.put(
      '/Receipts',
      { body: { Receipts: [{ Contact: {}, User: {}, LineItems: [] }] } },
      { idempotencyKey: false },
    );
    expect(keys).toEqual([undefined]);
  });

  it('files: an upload sends the bytes with their type and a key; a download answers bytes, asked for by type', async () => {
    const file = Buffer.from('%PDF-1.4 remittance');
    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);
    const seen: Array<{ type: unknown; key: unknown; body: unknown }> = [];
    xero()
      .put(`${ROOT}/Invoices/inv-1/Attachments/remittance%20jan.pdf`)
      .query({ IncludeOnline: 'true' })
      .reply(function (_uri, body) {
        seen.push({ type: this.req.headers['content-type'], key: this.req.headers['idempotency-key'], body });
        return [200, example('put', '/Invoices/{InvoiceID}/Attachments/{FileName}')];
      });
    nock(API, { reqheaders: { accept: 'application/pdf', 'xero-tenant-id': TENANT } })
      .get(`${ROOT}/Invoices/inv-1/pdf`)
      .reply(200, pdf, { 'content-type': 'application/pdf' });
    const uploaded = await client.api.put('/Invoices/{InvoiceID}/Attachments/{FileName}', {
      path: { InvoiceID: 'inv-1', FileName: 'remittance jan.pdf' },
      query: { IncludeOnline: true },
      body: file,
      contentType: 'application/pdf',
    });
    expect(uploaded.data).toEqual(example('put', '/Invoices/{InvoiceID}/Attachments/{FileName}'));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.type).toBe('application/pdf');
    expect(seen[0]!.key).toMatch(UUID);
    expect(seen[0]!.body).toBe(file.toString());
    const downloaded = await client.api.get('/Invoices/{InvoiceID}/pdf', { path: { InvoiceID: 'inv-1' } });
    expect(downloaded.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(downloaded.data)).toEqual(pdf);
  });

  it('files: an empty file or one over 10 MB, or bytes without a type, are refused before sending', async () => {
    const untyped = client.api as unknown as { put(path: string, init?: unknown): Promise<unknown> };
    const path = { InvoiceID: 'inv-1', FileName: 'big.pdf' };
    const upload = '/Invoices/{InvoiceID}/Attachments/{FileName}';
    const big = await untyped
      .put(upload, { path, body: new Uint8Array(10 * 1024 * 1024 + 1), contentType: 'application/pdf' })
      .catch((e: unknown) => e);
    expect(big).toBeInstanceOf(InvalidArgumentError);
    expect((big as Error).message).toMatch(/over Xero's limit of 10485760 bytes .*nothing was sent/);
    const empty = await untyped
      .put(upload, { path, body: new Uint8Array(0), contentType: 'application/pdf' })
      .catch((e: unknown) => e);
    expect((empty as Error).message).toMatch(/is empty/);
    const untypedBytes = await untyped
      .put(upload, { path, body: new Uint8Array(3) })
      .catch((e: unknown) => e);
    expect((untypedBytes as Error).message).toMatch(/needs its contentType/);
  });

  it('refuses bad input before anything is sent, naming what was wrong', async () => {
    // No interceptor: a request reaching nock would fail with a different error (net connect disabled).
    const untyped = client.api as unknown as {
      get(path: string, init?: unknown, options?: unknown): Promise<unknown>;
      put(path: string, init?: unknown, options?: unknown): Promise<unknown>;
    };
    const missing = await untyped.get('/Quotes/{QuoteID}', { path: {} }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(InvalidArgumentError);
    expect((missing as Error).message).toBe('path parameter QuoteID of GET /Quotes/{QuoteID} is missing');
    const noInit = await untyped.get('/Quotes/{QuoteID}').catch((e: unknown) => e);
    expect((noInit as Error).message).toMatch(/QuoteID .* is missing/);
    const extra = await untyped
      .get('/Quotes/{QuoteID}', { path: { QuoteID: 'q', QuoteId: 'q' } })
      .catch((e: unknown) => e);
    expect((extra as Error).message).toMatch(/has no path parameter QuoteId/);
    const objectId = await untyped
      .get('/Quotes/{QuoteID}', { path: { QuoteID: { id: 1 } } })
      .catch((e: unknown) => e);
    expect((objectId as Error).message).toMatch(/QuoteID .* must be a string or a number/);
    const tenant = await untyped
      .get('/Quotes', { headers: { 'Xero-Tenant-Id': 'other' } })
      .catch((e: unknown) => e);
    expect(tenant).toBeInstanceOf(InvalidArgumentError);
    expect((tenant as Error).message).toMatch(/Xero-Tenant-Id is set by the SDK/);
    const key = await untyped
      .put('/Receipts', { body: {}, headers: { 'Idempotency-Key': 'k' } })
      .catch((e: unknown) => e);
    expect((key as Error).message).toMatch(/options\.idempotencyKey/);
    const unknownMember = await untyped.get('/Quotes', { params: { page: 1 } }).catch((e: unknown) => e);
    expect(unknownMember).toBeInstanceOf(InvalidArgumentError);
    const queryInPath = await untyped.get('/Quotes?page=1').catch((e: unknown) => e);
    expect((queryInPath as Error).message).toMatch(/without a query/);
    const badOptions = await untyped.get('/Quotes', {}, { priority: 'urgent' }).catch((e: unknown) => e);
    expect(badOptions).toBeInstanceOf(InvalidArgumentError);
    const traversal = await untyped
      .get('/Quotes/{QuoteID}', { path: { QuoteID: '..' } })
      .catch((e: unknown) => e);
    expect(traversal).toBeInstanceOf(InvalidArgumentError);
  });
});
