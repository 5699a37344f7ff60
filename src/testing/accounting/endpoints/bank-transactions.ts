import { writeBankTransaction } from '../bank-transaction-writes.js';
import { batchResponse, readBatch, summarizeErrors } from '../batch-write.js';
import type { AccountingResponse } from '../contract.js';
import { type BankTransactionRecord, extraResources } from '../extra-resources.js';
import { bankTransactionToWire } from '../extra-wire-format.js';
import { type ListSpec, listRecords } from '../list-query.js';
import { fromCents } from '../money.js';
import { addHistoryNotes, readHistory } from '../record-history.js';
import type { OrganisationState } from '../records.js';
import { notFound, okEnvelope } from '../responses.js';
import type { Endpoint, EndpointContext } from './endpoint.js';

function bankTransactionListSpec(state: OrganisationState): ListSpec<BankTransactionRecord> {
  const { bankTransactions } = extraResources(state);
  return {
    // Xero's GET /BankTransactions has no IDs parameter: ids come through `where`, served from the index.
    byId: { param: '', get: (id) => bankTransactions.get(id), whereField: 'banktransactionid' },
    filters: [],
    updatedAt: (transaction) => transaction.updatedAt,
    fields: {
      banktransactionid: (transaction) => transaction.bankTransactionId,
      type: (transaction) => transaction.type,
      status: (transaction) => transaction.status,
      reference: (transaction) => transaction.reference,
      date: (transaction) => transaction.date,
      currencycode: (transaction) => transaction.currencyCode,
      isreconciled: (transaction) => transaction.isReconciled,
      'contact.contactid': (transaction) => transaction.contactId,
      'bankaccount.accountid': (transaction) => transaction.bankAccountId,
      'bankaccount.code': (transaction) => state.accounts.get(transaction.bankAccountId)?.code ?? '',
      total: (transaction) => fromCents(transaction.totalCents),
      subtotal: (transaction) => fromCents(transaction.subTotalCents),
      updateddateutc: (transaction) => transaction.updatedAt,
    },
  };
}

/**
 * GET /BankTransactions (where, order, page/pageSize, If-Modified-Since), GET /BankTransactions/{id},
 * PUT /BankTransactions (create), POST /BankTransactions (create, or update by BankTransactionID) and
 * POST /BankTransactions/{id}; GET and PUT /BankTransactions/{id}/History.
 */
export const bankTransactionsEndpoint: Endpoint = {
  collectionMethods: ['GET', 'PUT', 'POST'],
  itemMethods: ['GET', 'POST'],
  subResourceMethods: { history: ['GET', 'PUT'] },
  handle(ctx, id, sub) {
    if (sub !== undefined && id !== undefined) return history(ctx, id, sub);
    if (ctx.req.method === 'GET') return id === undefined ? list(ctx) : get(ctx, id);
    return write(ctx, id);
  },
};

function list(ctx: EndpointContext): AccountingResponse {
  const all = extraResources(ctx.state).bankTransactions.values();
  const listed = listRecords(all, bankTransactionListSpec(ctx.state), ctx.query, ctx.req.headers);
  if (!listed.ok) return listed.response;
  return okEnvelope(
    ctx.response,
    'BankTransactions',
    listed.items.map((transaction) => bankTransactionToWire(ctx.state, transaction)),
    listed.pagination,
  );
}

function get(ctx: EndpointContext, id: string): AccountingResponse {
  const transaction = extraResources(ctx.state).bankTransactions.get(id.toLowerCase());
  return transaction === undefined
    ? notFound()
    : okEnvelope(ctx.response, 'BankTransactions', [bankTransactionToWire(ctx.state, transaction)]);
}

function history(ctx: EndpointContext, id: string, sub: readonly string[]): AccountingResponse {
  const transaction = extraResources(ctx.state).bankTransactions.get(id.toLowerCase());
  if (transaction === undefined || sub.length !== 1) return notFound();
  return ctx.req.method === 'GET'
    ? readHistory(ctx.state, ctx.response, transaction.bankTransactionId)
    : addHistoryNotes(ctx.state, ctx.response, transaction.bankTransactionId, ctx.req.body);
}

function write(ctx: EndpointContext, pathId: string | undefined): AccountingResponse {
  if (pathId !== undefined && !extraResources(ctx.state).bankTransactions.has(pathId.toLowerCase())) {
    return notFound();
  }
  const batch = readBatch(ctx.req.body, 'BankTransactions');
  if (!batch.ok) return batch.response;
  const mode = ctx.req.method === 'PUT' ? 'create' : 'upsert';
  const outcomes = batch.elements.map((raw) =>
    writeBankTransaction(ctx.state, raw, mode, ctx.req.now, pathId),
  );
  return batchResponse(
    ctx.response,
    'BankTransactions',
    outcomes,
    summarizeErrors(ctx.query),
    'HasValidationErrors',
  );
}
