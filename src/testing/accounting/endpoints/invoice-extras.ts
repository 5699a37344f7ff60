import type { AccountingResponse } from '../contract.js';
import { addHistoryNotes, readHistory } from '../record-history.js';
import type { InvoiceRecord } from '../records.js';
import { notFound, okEnvelope, validationException } from '../responses.js';
import type { Endpoint, EndpointContext } from './endpoint.js';

/**
 * The invoice endpoint with its `OnlineInvoice` link and `History` notes
 * (`GET /Invoices/{id}/OnlineInvoice`, `GET`/`PUT /Invoices/{id}/History`); every other call is the base's.
 */
export function withInvoiceExtras(base: Endpoint): Endpoint {
  return {
    ...base,
    subResourceMethods: { ...base.subResourceMethods, onlineinvoice: ['GET'], history: ['GET', 'PUT'] },
    handle(ctx, id, sub) {
      const name = sub?.[0];
      if (id === undefined || (name !== 'onlineinvoice' && name !== 'history') || sub?.length !== 1) {
        return base.handle(ctx, id, sub);
      }
      const invoice = findInvoice(ctx, id);
      if (invoice === undefined) return notFound();
      if (name === 'onlineinvoice') return onlineInvoice(ctx, invoice);
      return ctx.req.method === 'GET'
        ? readHistory(ctx.state, ctx.response, invoice.invoiceId)
        : addHistoryNotes(ctx.state, ctx.response, invoice.invoiceId, ctx.req.body);
    },
  };
}

function findInvoice(ctx: EndpointContext, idOrNumber: string): InvoiceRecord | undefined {
  const key = idOrNumber.toLowerCase();
  return ctx.state.invoices.get(key) ?? ctx.state.invoices.get(ctx.state.invoiceIdByNumber.get(key) ?? '');
}

/** Xero shares sales invoices online once they are approved: bills and drafts have no online link. */
function onlineInvoice(ctx: EndpointContext, invoice: InvoiceRecord): AccountingResponse {
  const problem =
    invoice.type !== 'ACCREC'
      ? 'Online invoices are only available for sales invoices (ACCREC)'
      : invoice.status === 'DRAFT' || invoice.status === 'DELETED'
        ? `An online invoice is not available for an invoice in ${invoice.status} status`
        : undefined;
  if (problem !== undefined) {
    return validationException(
      [{ element: { InvoiceID: invoice.invoiceId }, errors: [{ Message: problem }] }],
      problem,
    );
  }
  const token = invoice.invoiceId.replace(/-/g, '');
  return okEnvelope(ctx.response, 'OnlineInvoices', [{ OnlineInvoiceUrl: `https://in.xero.com/${token}` }]);
}
