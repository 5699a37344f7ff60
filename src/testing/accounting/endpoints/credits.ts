import { allocate } from '../allocations.js';
import { batchResponse, readBatch, summarizeErrors } from '../batch-write.js';
import type { AccountingResponse } from '../contract.js';
import { type ListSpec, listRecords } from '../list-query.js';
import { fromCents } from '../money.js';
import { type CreditRecord, paymentsWork, remainingCents } from '../payments-work.js';
import { creditToWire } from '../payments-work-wire.js';
import type { OrganisationState } from '../records.js';
import { notFound, okEnvelope } from '../responses.js';
import type { Endpoint, EndpointContext } from './endpoint.js';

type Kind = CreditRecord['kind'];

function collectionOf(state: OrganisationState, kind: Kind): Map<string, CreditRecord> {
  const work = paymentsWork(state);
  return kind === 'OVERPAYMENT' ? work.overpayments : work.prepayments;
}

function creditListSpec(state: OrganisationState, kind: Kind): ListSpec<CreditRecord> {
  const idField = kind === 'OVERPAYMENT' ? 'overpaymentid' : 'prepaymentid';
  return {
    filters: [],
    byId: { param: 'ids', get: (id) => collectionOf(state, kind).get(id), whereField: idField },
    updatedAt: (credit) => credit.updatedAt,
    fields: {
      [idField]: (credit) => credit.id,
      type: (credit) => credit.type,
      status: (credit) => credit.status,
      reference: (credit) => credit.reference,
      date: (credit) => credit.date,
      'contact.contactid': (credit) => credit.contactId,
      'contact.name': (credit) => state.contacts.get(credit.contactId)?.name ?? '',
      total: (credit) => fromCents(credit.totalCents),
      remainingcredit: (credit) => fromCents(remainingCents(credit)),
      currencycode: (credit) => credit.currencyCode,
      updateddateutc: (credit) => credit.updatedAt,
    },
  };
}

/**
 * GET /Overpayments or /Prepayments (where, order, page, If-Modified-Since), GET /…/{id} and
 * PUT /…/{id}/Allocations (allocate to invoices, one result per element with summarizeErrors=false).
 * Xero makes these from bank transactions; the simulator seeds a few per organisation (payments-work.ts).
 */
function creditsEndpoint(kind: Kind): Endpoint {
  const collection = kind === 'OVERPAYMENT' ? 'Overpayments' : 'Prepayments';
  const noun = kind === 'OVERPAYMENT' ? 'overpayment' : 'prepayment';
  return {
    collectionMethods: ['GET'],
    itemMethods: ['GET'],
    subResourceMethods: { allocations: ['PUT'] },
    handle(ctx, id, sub) {
      if (id === undefined) return list(ctx);
      const credit = collectionOf(ctx.state, kind).get(id.toLowerCase());
      if (credit === undefined) return notFound();
      if (sub === undefined) return okEnvelope(ctx.response, collection, [creditToWire(ctx.state, credit)]);
      if (sub.length > 1) return notFound();
      return allocateCredit(ctx, credit);
    },
  };

  function list(ctx: EndpointContext): AccountingResponse {
    const records = collectionOf(ctx.state, kind);
    const listed = listRecords(records.values(), creditListSpec(ctx.state, kind), ctx.query, ctx.req.headers);
    if (!listed.ok) return listed.response;
    return okEnvelope(
      ctx.response,
      collection,
      listed.items.map((credit) => creditToWire(ctx.state, credit)),
      listed.pagination,
    );
  }

  function allocateCredit(ctx: EndpointContext, credit: CreditRecord): AccountingResponse {
    const batch = readBatch(ctx.req.body, 'Allocations');
    if (!batch.ok) return batch.response;
    const idField = kind === 'OVERPAYMENT' ? 'OverpaymentID' : 'PrepaymentID';
    const outcomes = batch.elements.map((raw) =>
      allocate(
        ctx.state,
        {
          noun,
          status: credit.status,
          contactId: credit.contactId,
          currencyCode: credit.currencyCode,
          invoiceType: credit.type.startsWith('RECEIVE') ? 'ACCREC' : 'ACCPAY',
          totalCents: credit.totalCents,
          allocations: credit.allocations,
          wireRef: { [kind === 'OVERPAYMENT' ? 'Overpayment' : 'Prepayment']: { [idField]: credit.id } },
          applied: { collection, ref: { [idField]: credit.id } },
          onFullyAllocated: () => {
            credit.status = 'PAID';
          },
          touch: () => {
            credit.updatedAt = ctx.req.now;
          },
        },
        raw,
        ctx.req.now,
      ),
    );
    return batchResponse(
      ctx.response,
      'Allocations',
      outcomes,
      summarizeErrors(ctx.query),
      'HasValidationErrors',
    );
  }
}

export const overpaymentsEndpoint: Endpoint = creditsEndpoint('OVERPAYMENT');
export const prepaymentsEndpoint: Endpoint = creditsEndpoint('PREPAYMENT');
