import { z } from 'zod';
import { XeroApiError } from '../../errors/api-errors.js';
import { type BatchItemResult, type BatchWrite, elementResult } from '../batch.js';
import type { CallOptions } from '../call-options.js';
import type { CoalescingCallOptions } from '../coalescing/coalescing-options.js';
import { EndpointCoalescer } from '../coalescing/endpoint-coalescer.js';
import type { ReadById } from '../coalescing/read-lane.js';
import { idempotencyKeyFor } from '../idempotency.js';
import { type SyncRequest, type SyncResult, syncCollection } from '../incremental-sync.js';
import { type PagedList, pagedList, pagingSchema } from '../paged-list.js';
import { parseResponse } from '../response-parsing.js';
import { envelopeSchema } from '../schemas/common.js';
import { type Payment, type PaymentInput, paymentSchema } from '../schemas/payment.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';

/** Which payments `payments.list` returns. */
export interface PaymentFilter {
  /** Xero `where` expression, e.g. `Status=="AUTHORISED"`. */
  where?: string;
  order?: string;
  /** Only payments created or changed since (sent as `If-Modified-Since`). */
  modifiedSince?: Date;
  /** Records per page, 1–1000. @default 1000 (Xero's maximum: a whole collection in the fewest calls) */
  pageSize?: number;
  /** @default 1 */
  page?: number;
}

const filterSchema = z.strictObject({ ...pagingSchema });

// Built once per module: building a zod envelope costs far more than reusing one (≈90 µs vs ≈7 µs).
const paymentsEnvelope = envelopeSchema('Payments', paymentSchema);

const createPayments: Omit<BatchWrite, 'items'> = {
  method: 'PUT',
  path: '/Payments',
  collection: 'Payments',
  envelope: paymentsEnvelope,
  check: (p) => {
    const pay = p as PaymentInput;
    if (!pay.Invoice || typeof pay.Invoice !== 'object') return 'Invoice ({ InvoiceID }) is required';
    if (!pay.Account || typeof pay.Account !== 'object')
      return 'Account ({ AccountID } or { Code }) is required';
    if (typeof pay.Amount !== 'number' || !Number.isFinite(pay.Amount)) return 'Amount must be a number';
    return undefined;
  },
};

/**
 * Xero's GET /Payments has no `IDs` parameter: ids are selected with `where` (an OR of `PaymentID`
 * comparisons, ≈70 URL characters each, so 25 keep the URL near 2,000).
 */
const paymentsById: ReadById = {
  path: '/Payments',
  collection: 'Payments',
  envelope: paymentsEnvelope,
  idField: 'PaymentID',
  noun: 'payment',
  capacity: 25,
  query: (ids) => ({ where: ids.map((id) => `PaymentID==Guid("${id}")`).join(' OR '), page: 1 }),
};

const paymentIdSchema = z.string().trim().min(1);

/** Payments: `GET/PUT /Payments`, and `POST /Payments/{PaymentID}` to reverse one. */
export class PaymentsEndpoint {
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

  /**
   * One payment by PaymentID. Concurrent gets on the connection share one list request (see
   * docs/guides/coalescing.md). A payment Xero does not know is an `XeroApiError` with status 404.
   */
  async get(paymentId: string, options?: CoalescingCallOptions): Promise<Payment> {
    const id = validateArgument(paymentIdSchema, paymentId, 'paymentId');
    return this.#merged.read<Payment>(paymentsById, id, options, async (call) => {
      const response = await this.#caller.send(
        { method: 'GET', path: `/Payments/${encodeURIComponent(id)}` },
        call,
        undefined,
      );
      const payment = parseResponse(paymentsEnvelope, response).Payments[0];
      if (payment === undefined)
        throw new XeroApiError('Xero returned no payment', { ...response.meta, status: 404 });
      return payment;
    });
  }

  /**
   * Payments created or changed since `cursor` (all of them without one), with the cursor to pass next time.
   * The cursor comes from Xero's own times, so host clock skew loses nothing, and a record changed at the
   * cursor's exact instant is still delivered, once. A re-sync after a few changes is one call. See
   * docs/guides/incremental-sync.md.
   *
   * @example
   * const { records, cursor } = await client.payments.sync({ cursor: await store.get(tenantId) });
   * await store.set(tenantId, cursor); // after applying `records`
   */
  sync(request: SyncRequest = {}, options?: CallOptions): Promise<SyncResult<Payment>> {
    const call = this.#caller.check(options);
    return syncCollection<Payment>(
      this.#caller,
      { path: '/Payments', collection: 'Payments', envelope: paymentsEnvelope, idField: 'PaymentID' },
      request,
      call,
    );
  }

  /** Every payment matching the filter, across all pages. */
  list(filter: PaymentFilter = {}, options?: CallOptions): PagedList<Payment> {
    const f = validateArgument(filterSchema, filter, 'payment filter');
    const call = this.#caller.check(options);
    return pagedList<Payment>(
      this.#caller,
      {
        path: '/Payments',
        collection: 'Payments',
        envelope: paymentsEnvelope,
        params: { where: f.where, order: f.order },
        pageSize: f.pageSize ?? 1000,
        firstPage: f.page ?? 1,
        modifiedSince: f.modifiedSince,
      },
      call,
    );
  }

  /**
   * Reverses a payment, Xero's way: `POST /Payments/{PaymentID}` with `{ Status: "DELETED" }` (Xero has no
   * other change to a payment). Its invoice owes the amount again: `AmountDue` grows back, `AmountPaid`
   * shrinks, a `PAID` invoice is `AUTHORISED` again. Returns the payment as Xero now holds it (`Status:
   * "DELETED"`). Xero's refusal (already reversed, part of a batch payment: delete the batch payment
   * instead) is a `XeroValidationError`; an unknown payment an `XeroApiError` with status 404. Sent with an
   * idempotency key, so a retry after a lost answer does not reverse twice.
   */
  async reverse(paymentId: string, options?: CallOptions): Promise<Payment> {
    const id = validateArgument(paymentIdSchema, paymentId, 'paymentId');
    const call = this.#caller.check(options);
    const response = await this.#caller.send(
      { method: 'POST', path: `/Payments/${encodeURIComponent(id)}`, data: { Status: 'DELETED' } },
      call,
      idempotencyKeyFor('POST', call.idempotencyKey),
    );
    const result = elementResult(0, parseResponse(paymentsEnvelope, response).Payments[0], response.meta);
    if (!result.ok || result.value === undefined) throw result.error;
    return result.value;
  }

  /**
   * Applies payments (PUT) with `summarizeErrors=false`: one result per element in input order. A call of
   * ≤ 50 payments is merged with concurrent ones into one request while they wait for a slot (an idle
   * connection sends at once); larger calls go in chunks of 50. See docs/guides/coalescing.md.
   */
  create(
    payments: readonly PaymentInput[],
    options?: CoalescingCallOptions,
  ): Promise<Array<BatchItemResult<Payment>>> {
    return this.#merged.write<Payment>({ ...createPayments, items: payments }, options);
  }
}
