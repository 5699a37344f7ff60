import { batchResponse, readBatch, summarizeErrors } from '../batch-write.js';
import type { AccountingResponse } from '../contract.js';
import { writeInvoice } from '../invoice-writes.js';
import { type ListSpec, listRecords } from '../list-query.js';
import { fromCents } from '../money.js';
import { amountDueCents, type InvoiceRecord, type OrganisationState } from '../records.js';
import { notFound, okEnvelope } from '../responses.js';
import { invoiceToWire } from '../wire-format.js';
import type { Endpoint, EndpointContext } from './endpoint.js';

function invoiceListSpec(state: OrganisationState): ListSpec<InvoiceRecord> {
  return {
    byId: { param: 'ids', get: (id) => state.invoices.get(id), whereField: 'invoiceid' },
    filters: [
      { param: 'invoicenumbers', value: (invoice) => invoice.invoiceNumber },
      { param: 'contactids', value: (invoice) => invoice.contactId },
      { param: 'statuses', value: (invoice) => invoice.status },
    ],
    updatedAt: (invoice) => invoice.updatedAt,
    fields: {
      invoiceid: (invoice) => invoice.invoiceId,
      invoicenumber: (invoice) => invoice.invoiceNumber,
      type: (invoice) => invoice.type,
      status: (invoice) => invoice.status,
      reference: (invoice) => invoice.reference,
      currencycode: (invoice) => invoice.currencyCode,
      'contact.contactid': (invoice) => invoice.contactId,
      'contact.name': (invoice) => state.contacts.get(invoice.contactId)?.name ?? '',
      date: (invoice) => invoice.date,
      duedate: (invoice) => invoice.dueDate,
      updateddateutc: (invoice) => invoice.updatedAt,
      amountdue: (invoice) => fromCents(amountDueCents(invoice)),
      amountpaid: (invoice) => fromCents(invoice.amountPaidCents),
      total: (invoice) => fromCents(invoice.totalCents),
      subtotal: (invoice) => fromCents(invoice.subTotalCents),
      senttocontact: (invoice) => invoice.sentToContact,
    },
  };
}

/**
 * GET /Invoices (IDs, InvoiceNumbers, ContactIDs, Statuses, where, order, page/pageSize,
 * If-Modified-Since), GET /Invoices/{InvoiceID or InvoiceNumber}, PUT /Invoices (create),
 * POST /Invoices (create, or update by InvoiceID / InvoiceNumber) and POST /Invoices/{InvoiceID}.
 */
export const invoicesEndpoint: Endpoint = {
  collectionMethods: ['GET', 'PUT', 'POST'],
  itemMethods: ['GET', 'POST'],
  handle(ctx, id) {
    if (ctx.req.method === 'GET') return id === undefined ? listInvoices(ctx) : getInvoice(ctx, id);
    return writeInvoices(ctx, id);
  },
};

function listInvoices(ctx: EndpointContext): AccountingResponse {
  const listed = listRecords(
    ctx.state.invoices.values(),
    invoiceListSpec(ctx.state),
    ctx.query,
    ctx.req.headers,
  );
  if (!listed.ok) return listed.response;
  return okEnvelope(
    ctx.response,
    'Invoices',
    listed.items.map((invoice) => invoiceToWire(ctx.state, invoice)),
    listed.pagination,
  );
}

function getInvoice(ctx: EndpointContext, idOrNumber: string): AccountingResponse {
  const key = idOrNumber.toLowerCase();
  // Xero accepts an InvoiceNumber in place of the id here.
  const invoice =
    ctx.state.invoices.get(key) ?? ctx.state.invoices.get(ctx.state.invoiceIdByNumber.get(key) ?? '');
  return invoice === undefined
    ? notFound()
    : okEnvelope(ctx.response, 'Invoices', [invoiceToWire(ctx.state, invoice)]);
}

function writeInvoices(ctx: EndpointContext, pathId: string | undefined): AccountingResponse {
  if (pathId !== undefined && !ctx.state.invoices.has(pathId.toLowerCase())) return notFound();
  const batch = readBatch(ctx.req.body, 'Invoices');
  if (!batch.ok) return batch.response;
  const mode = ctx.req.method === 'PUT' ? 'create' : 'upsert';
  const outcomes = batch.elements.map((raw) => writeInvoice(ctx.state, raw, mode, ctx.req.now, pathId));
  return batchResponse(ctx.response, 'Invoices', outcomes, summarizeErrors(ctx.query), 'HasErrors');
}
