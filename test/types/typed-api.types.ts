/**
 * Type-level tests of the typed Accounting API (`client.api`): compiled by `npm run typecheck` (tsc), never
 * executed. Each `@ts-expect-error` must be an error, or tsc fails ("unused @ts-expect-error").
 */
import type { AccountingSchemas, ApiPath, XeroRoleClient } from '../../src/index.js';

declare const client: XeroRoleClient;
declare const invoiceId: string;

/** Exact type equality (not mere assignability). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

async function typedCalls(): Promise<void> {
  // Endpoints the SDK has no first-class call for compile and answer the spec's response type.
  const quotes = await client.api.get('/Quotes', { query: { Status: 'SENT', page: 1 } });
  assertType<Equals<typeof quotes.data, AccountingSchemas['Quotes']>>();
  const quoteStatus: string | undefined = quotes.data.Quotes?.[0]?.Status;
  const journals = await client.api.get('/ManualJournals');
  assertType<Equals<typeof journals.data, AccountingSchemas['ManualJournals']>>();
  const journal = await client.api.get('/ManualJournals/{ManualJournalID}', {
    path: { ManualJournalID: 'a' },
  });
  assertType<Equals<typeof journal.data, AccountingSchemas['ManualJournals']>>();
  const receipts = await client.api.put(
    '/Receipts',
    {
      body: { Receipts: [{ Contact: { ContactID: 'c' }, User: { UserID: 'u' }, LineItems: [] }] },
      query: { unitdp: 4 },
    },
    { idempotencyKey: 'receipt-run-1', priority: 'batch' },
  );
  assertType<Equals<typeof receipts.data, AccountingSchemas['Receipts']>>();
  const deleted = await client.api.delete(
    '/TrackingCategories/{TrackingCategoryID}/Options/{TrackingOptionID}',
    {
      path: { TrackingCategoryID: 't', TrackingOptionID: 'o' },
    },
  );
  assertType<Equals<typeof deleted.data, AccountingSchemas['TrackingOptions']>>();
  // The spec's optional headers are typed; the SDK's own are not offered.
  await client.api.get('/Invoices', { headers: { 'If-Modified-Since': '2025-01-01T00:00:00' } });
  // @ts-expect-error: xero-tenant-id is the connection's, never the caller's
  await client.api.get('/Invoices', { headers: { 'xero-tenant-id': 't' } });
  await client.api.get('/Invoices/{InvoiceID}', { path: { InvoiceID: invoiceId } });

  // @ts-expect-error: a path Xero does not have
  await client.api.get('/Invoice');
  // @ts-expect-error: a method the path does not have (Xero deletes invoices with POST Status: DELETED)
  await client.api.delete('/Invoices/{InvoiceID}', { path: { InvoiceID: invoiceId } });
  // @ts-expect-error: PUT /Quotes/{QuoteID} does not exist (updates are POST)
  await client.api.put('/Quotes/{QuoteID}', { path: { QuoteID: 'q' }, body: { Quotes: [] } });
  // @ts-expect-error: the path parameter is missing (the init is required)
  await client.api.get('/Invoices/{InvoiceID}');
  // @ts-expect-error: the path parameter is missing from path
  await client.api.get('/Invoices/{InvoiceID}', { path: {} });
  // @ts-expect-error: the path parameter's name is InvoiceID
  await client.api.get('/Invoices/{InvoiceID}', { path: { InvoiceId: invoiceId } });
  // @ts-expect-error: a body field Xero does not have
  await client.api.put('/Invoices', { body: { Invoices: [{ Type: 'ACCREC', Contact: {}, Amount: 5 }] } });
  const wrongTotal = { Contact: {}, User: {}, LineItems: [], Total: '5' };
  // @ts-expect-error: a body field of the wrong type (Total is a number)
  await client.api.put('/Receipts', { body: { Receipts: [wrongTotal] } });
  // @ts-expect-error: an enum value Xero does not have
  await client.api.put('/Invoices', { body: { Invoices: [{ Type: 'SALES', Contact: {} }] } });
  // @ts-expect-error: writes need their body
  await client.api.put('/Invoices', {});
  // @ts-expect-error: a GET takes no body
  await client.api.get('/Quotes', { body: {} });
  // @ts-expect-error: a query parameter the operation does not have
  await client.api.get('/Quotes', { query: { Statuses: ['SENT'] } });
  // @ts-expect-error: a query parameter of the wrong type
  await client.api.get('/Invoices', { query: { page: 'two' } });
  // @ts-expect-error: call options are typed
  await client.api.get('/Quotes', {}, { priority: 'urgent' });
  // Files: an upload sends bytes with their MIME type and answers the spec's Attachments; a download
  // (an attachment, a PDF) answers bytes.
  const uploaded = await client.api.put('/Invoices/{InvoiceID}/Attachments/{FileName}', {
    path: { InvoiceID: invoiceId, FileName: 'remittance.pdf' },
    query: { IncludeOnline: true },
    body: new Uint8Array([37, 80, 68, 70]),
    contentType: 'application/pdf',
  });
  assertType<Equals<typeof uploaded.data, AccountingSchemas['Attachments']>>();
  const upload = '/Invoices/{InvoiceID}/Attachments/{FileName}' as const;
  const where = { InvoiceID: invoiceId, FileName: 'a.pdf' };
  // @ts-expect-error: an upload needs its bytes
  await client.api.put(upload, { path: where });
  const jsonBody = { Attachments: [] };
  // @ts-expect-error: an upload's bytes are a Uint8Array, not JSON
  await client.api.put(upload, { path: where, body: jsonBody, contentType: 'application/pdf' });
  const bytes = new Uint8Array(1);
  // @ts-expect-error: an upload needs its contentType
  await client.api.put(upload, { path: where, body: bytes });
  // @ts-expect-error: a JSON write takes no contentType
  await client.api.put('/Receipts', { body: { Receipts: [] }, contentType: 'application/pdf' });
  const pdf = await client.api.get('/Invoices/{InvoiceID}/pdf', { path: { InvoiceID: invoiceId } });
  assertType<Equals<typeof pdf.data, Uint8Array>>();
  const file = await client.api.get('/Invoices/{InvoiceID}/Attachments/{FileName}', {
    path: { InvoiceID: invoiceId, FileName: 'remittance.pdf' },
    headers: { contentType: 'application/pdf' },
  });
  assertType<Equals<typeof file.data, Uint8Array>>();
  // A 204 answers nothing.
  const emailed = await client.api.post('/Invoices/{InvoiceID}/Email', {
    path: { InvoiceID: invoiceId },
    body: {},
  });
  assertType<Equals<typeof emailed.data, undefined>>();
  // ApiPath names the paths a method has, for helpers that take a path.
  const readable: ApiPath<'get'> = '/Quotes/{QuoteID}';
  // @ts-expect-error: there is no PUT on /Quotes/{QuoteID}
  const writable: ApiPath<'put'> = '/Quotes/{QuoteID}';
  void readable;
  void writable;
  void quoteStatus;
}
void typedCalls;
