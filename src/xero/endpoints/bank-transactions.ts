import { z } from 'zod';
import { XeroApiError } from '../../errors/api-errors.js';
import type { BatchItemResult, BatchWrite } from '../batch.js';
import type { CallOptions } from '../call-options.js';
import type { CoalescingCallOptions } from '../coalescing/coalescing-options.js';
import { EndpointCoalescer } from '../coalescing/endpoint-coalescer.js';
import type { ReadById } from '../coalescing/read-lane.js';
import { type PagedList, pagedList, pagingSchema } from '../paged-list.js';
import { parseResponse } from '../response-parsing.js';
import {
  type BankTransaction,
  type BankTransactionInput,
  bankTransactionSchema,
} from '../schemas/bank-transaction.js';
import { envelopeSchema } from '../schemas/common.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';

/** Which bank transactions `bankTransactions.list` returns. */
export interface BankTransactionFilter {
  /** Xero `where` expression, e.g. `Type=="SPEND" AND BankAccount.Code=="090"`. */
  where?: string;
  /** Xero `order`, e.g. `Date DESC`. */
  order?: string;
  /** Only transactions created or changed since (sent as `If-Modified-Since`). */
  modifiedSince?: Date;
  /** Records per page, 1–1000. @default 1000 (Xero's maximum: a whole collection in the fewest calls) */
  pageSize?: number;
  /** @default 1 */
  page?: number;
}

const filterSchema = z.strictObject({ ...pagingSchema });

// Built once per module: building a zod envelope costs far more than reusing one (≈90 µs vs ≈7 µs).
const bankTransactionsEnvelope = envelopeSchema('BankTransactions', bankTransactionSchema);

const createBankTransactions: Omit<BatchWrite, 'items'> = {
  method: 'PUT',
  path: '/BankTransactions',
  collection: 'BankTransactions',
  envelope: bankTransactionsEnvelope,
  check: (t) => {
    const tx = t as BankTransactionInput;
    if (typeof tx.Type !== 'string' || tx.Type === '') return 'Type (RECEIVE or SPEND) is required';
    if (!tx.BankAccount || typeof tx.BankAccount !== 'object')
      return 'BankAccount ({ AccountID } or { Code }) is required';
    if (!Array.isArray(tx.LineItems) || tx.LineItems.length === 0)
      return 'LineItems must list at least one line';
    return undefined;
  },
};

const updateBankTransactions: Omit<BatchWrite, 'items'> = {
  method: 'POST',
  path: '/BankTransactions',
  collection: 'BankTransactions',
  envelope: bankTransactionsEnvelope,
  check: (t) =>
    typeof (t as BankTransactionInput).BankTransactionID === 'string' &&
    (t as BankTransactionInput).BankTransactionID !== ''
      ? undefined
      : 'BankTransactionID is required to update',
};

/**
 * Xero's GET /BankTransactions has no `IDs` parameter: ids are selected with `where` (an OR of
 * `BankTransactionID` comparisons, ≈80 URL characters each, so 25 keep the URL near 2,000).
 */
const bankTransactionsById: ReadById = {
  path: '/BankTransactions',
  collection: 'BankTransactions',
  envelope: bankTransactionsEnvelope,
  idField: 'BankTransactionID',
  noun: 'bank transaction',
  capacity: 25,
  query: (ids) => ({ where: ids.map((id) => `BankTransactionID==Guid("${id}")`).join(' OR '), page: 1 }),
};

const bankTransactionIdSchema = z.string().trim().min(1);

/** Money in and out of bank accounts: `GET/PUT/POST /BankTransactions`. */
export class BankTransactionsEndpoint {
  // #private: the caller's unchecked `send` is never reachable from a role client at runtime.
  readonly #caller: EndpointCaller;
  #coalescer: EndpointCoalescer | undefined;

  /** @internal Made by the role client; the caller type stays out of the public declarations. */
  constructor(caller: EndpointCaller) {
    this.#caller = caller;
  }

  get #merged(): EndpointCoalescer {
    this.#coalescer ??= new EndpointCoalescer(this.#caller);
    return this.#coalescer;
  }

  /** Every bank transaction matching the filter, across all pages, fetched lazily as you iterate. */
  list(filter: BankTransactionFilter = {}, options?: CallOptions): PagedList<BankTransaction> {
    const f = validateArgument(filterSchema, filter, 'bank transaction filter');
    const call = this.#caller.check(options);
    return pagedList<BankTransaction>(
      this.#caller,
      {
        path: '/BankTransactions',
        collection: 'BankTransactions',
        envelope: bankTransactionsEnvelope,
        params: { where: f.where, order: f.order },
        pageSize: f.pageSize ?? 1000,
        firstPage: f.page ?? 1,
        modifiedSince: f.modifiedSince,
      },
      call,
    );
  }

  /**
   * One bank transaction by BankTransactionID. Concurrent gets on the connection share one list request
   * (see docs/guides/coalescing.md). A missing one is an `XeroApiError` with status 404.
   */
  async get(bankTransactionId: string, options?: CoalescingCallOptions): Promise<BankTransaction> {
    const id = validateArgument(bankTransactionIdSchema, bankTransactionId, 'bankTransactionId');
    return this.#merged.read<BankTransaction>(bankTransactionsById, id, options, async (call) => {
      const response = await this.#caller.send(
        { method: 'GET', path: `/BankTransactions/${encodeURIComponent(id)}` },
        call,
        undefined,
      );
      const found = parseResponse(bankTransactionsEnvelope, response).BankTransactions[0];
      if (found === undefined)
        throw new XeroApiError('Xero returned no bank transaction', { ...response.meta, status: 404 });
      return found;
    });
  }

  /**
   * Creates bank transactions (PUT) with `summarizeErrors=false`: one result per element in input order.
   * A call of ≤ 50 is merged with concurrent ones into one request while they wait for a slot; larger
   * calls go in chunks of 50. See docs/guides/coalescing.md.
   */
  create(
    transactions: readonly BankTransactionInput[],
    options?: CoalescingCallOptions,
  ): Promise<Array<BatchItemResult<BankTransaction>>> {
    return this.#merged.write<BankTransaction>({ ...createBankTransactions, items: transactions }, options);
  }

  /**
   * Updates bank transactions (POST); each needs `BankTransactionID` (`Status: 'DELETED'` deletes one).
   * One result per element in input order; merged with concurrent updates like `create`.
   */
  update(
    transactions: readonly BankTransactionInput[],
    options?: CoalescingCallOptions,
  ): Promise<Array<BatchItemResult<BankTransaction>>> {
    return this.#merged.write<BankTransaction>({ ...updateBankTransactions, items: transactions }, options);
  }
}
