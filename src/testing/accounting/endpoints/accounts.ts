import { type ListSpec, listRecords } from '../list-query.js';
import type { AccountRecord } from '../records.js';
import { notFound, okEnvelope } from '../responses.js';
import { accountToWire } from '../wire-format.js';
import type { Endpoint } from './endpoint.js';

// Xero does not page the chart of accounts.
const ACCOUNT_LIST: ListSpec<AccountRecord> = {
  filters: [],
  paged: false,
  updatedAt: (account) => account.updatedAt,
  fields: {
    accountid: (account) => account.accountId,
    code: (account) => account.code,
    name: (account) => account.name,
    type: (account) => account.type,
    class: (account) => account.accountClass,
    status: (account) => account.status,
    taxtype: (account) => account.taxType,
    enablepaymentstoaccount: (account) => account.enablePaymentsToAccount,
    updateddateutc: (account) => account.updatedAt,
  },
};

/** GET /Accounts (where, order, If-Modified-Since) and GET /Accounts/{AccountID}. Read-only. */
export const accountsEndpoint: Endpoint = {
  collectionMethods: ['GET'],
  itemMethods: ['GET'],
  handle(ctx, id) {
    if (id !== undefined) {
      const account = ctx.state.accounts.get(id.toLowerCase());
      return account === undefined
        ? notFound()
        : okEnvelope(ctx.response, 'Accounts', [accountToWire(account)]);
    }
    const listed = listRecords(ctx.state.accounts.values(), ACCOUNT_LIST, ctx.query, ctx.req.headers);
    if (!listed.ok) return listed.response;
    return okEnvelope(ctx.response, 'Accounts', listed.items.map(accountToWire));
  },
};
