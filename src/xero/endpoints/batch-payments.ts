import { z } from 'zod';
import { XeroApiError } from '../../errors/api-errors.js';
import { type BatchItemResult, type BatchWrite, elementResult } from '../batch.js';
import type { CallOptions } from '../call-options.js';
import type { CoalescingCallOptions } from '../coalescing/coalescing-options.js';
import { EndpointCoalescer } from '../coalescing/endpoint-coalescer.js';
import { idempotencyKeyFor } from '../idempotency.js';
import { parseResponse } from '../response-parsing.js';
import { type BatchPayment, type BatchPaymentInput, batchPaymentSchema } from '../schemas/batch-payment.js';
import { envelopeSchema } from '../schemas/common.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';

/** Which batch payments `batchPayments.list` returns. Xero does not page this collection. */
export interface BatchPaymentFilter {
  /** Xero `where` expression, e.g. `Status=="AUTHORISED"`. */
  where?: string;
  /** Xero `order`, e.g. `Date DESC`. */
  order?: string;
  /** Only batch payments created or changed since (sent as `If-Modified-Since`). */
  modifiedSince?: Date;
}

const filterSchema = z.strictObject({
  where: z.string().min(1).optional(),
  order: z.string().min(1).optional(),
  modifiedSince: z.date().optional(),
});

// Built once per module: building a zod envelope costs far more than reusing one (≈90 µs vs ≈7 µs).
const batchPaymentsEnvelope = envelopeSchema('BatchPayments', batchPaymentSchema);

const createBatchPayments: Omit<BatchWrite, 'items'> = {
  method: 'PUT',
  path: '/BatchPayments',
  collection: 'BatchPayments',
  envelope: batchPaymentsEnvelope,
  check: (b) => {
    const batch = b as BatchPaymentInput;
    if (!batch.Account || typeof batch.Account !== 'object')
      return 'Account ({ AccountID } or { Code }) is required';
    if (!Array.isArray(batch.Payments) || batch.Payments.length === 0)
      return 'Payments must list at least one { Invoice: { InvoiceID }, Amount }';
    for (const [i, p] of batch.Payments.entries()) {
      if (p === null || typeof p !== 'object') return `Payments.${i} must be an object`;
      const invoice = (p as { Invoice?: { InvoiceID?: unknown } }).Invoice;
      if (!invoice || typeof invoice.InvoiceID !== 'string' || !invoice.InvoiceID.trim())
        return `Payments.${i}.Invoice ({ InvoiceID }) is required`;
      if (typeof p.Amount !== 'number' || !Number.isFinite(p.Amount) || p.Amount <= 0)
        return `Payments.${i}.Amount must be a number greater than zero`;
    }
    return undefined;
  },
};

const batchPaymentIdSchema = z.string().trim().min(1);

/**
 * Batch payments: `GET/PUT /BatchPayments`, and `POST /BatchPayments/{BatchPaymentID}` to delete one. A
 * batch payment pays several invoices (or bills) from one bank account in one bank-statement line; each
 * invoice moves as with a single payment.
 */
export class BatchPaymentsEndpoint {
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

  /** Every batch payment matching the filter, in one request (Xero does not page BatchPayments). */
  async list(filter: BatchPaymentFilter = {}, options?: CallOptions): Promise<BatchPayment[]> {
    const f = validateArgument(filterSchema, filter, 'batch payment filter');
    const call = this.#caller.check(options);
    const response = await this.#caller.send(
      {
        method: 'GET',
        path: '/BatchPayments',
        params: { where: f.where, order: f.order },
        headers:
          f.modifiedSince === undefined ? undefined : { 'If-Modified-Since': f.modifiedSince.toISOString() },
      },
      call,
      undefined,
    );
    // 304 Not Modified: nothing changed since `modifiedSince`.
    if (response.data === undefined) return [];
    return parseResponse(batchPaymentsEnvelope, response).BatchPayments;
  }

  /** One batch payment by BatchPaymentID, with its payments. Unknown: an `XeroApiError` with status 404. */
  async get(batchPaymentId: string, options?: CallOptions): Promise<BatchPayment> {
    const id = validateArgument(batchPaymentIdSchema, batchPaymentId, 'batchPaymentId');
    const call = this.#caller.check(options);
    const response = await this.#caller.send(
      { method: 'GET', path: `/BatchPayments/${encodeURIComponent(id)}` },
      call,
      undefined,
    );
    const batch = parseResponse(batchPaymentsEnvelope, response).BatchPayments[0];
    if (batch === undefined)
      throw new XeroApiError('Xero returned no batch payment', { ...response.meta, status: 404 });
    return batch;
  }

  /**
   * Creates batch payments (PUT) with `summarizeErrors=false`: one result per batch payment in input order.
   * Each pays its invoices (all sales invoices or all bills) as single payments would. A call of ≤ 50 is
   * merged with concurrent ones while they wait for a slot; larger calls go in chunks of 50.
   */
  create(
    batchPayments: readonly BatchPaymentInput[],
    options?: CoalescingCallOptions,
  ): Promise<Array<BatchItemResult<BatchPayment>>> {
    return this.#merged.write<BatchPayment>({ ...createBatchPayments, items: batchPayments }, options);
  }

  /**
   * Deletes a batch payment, Xero's way: `POST /BatchPayments/{BatchPaymentID}` with `{ Status: "DELETED" }`.
   * Every payment in it is reversed: each invoice's `AmountDue` grows back and a `PAID` invoice is
   * `AUTHORISED` again. Returns the batch payment as Xero now holds it. Xero's refusal (already deleted) is
   * a `XeroValidationError`. Sent with an idempotency key, so a retry after a lost answer is harmless.
   */
  async delete(batchPaymentId: string, options?: CallOptions): Promise<BatchPayment> {
    const id = validateArgument(batchPaymentIdSchema, batchPaymentId, 'batchPaymentId');
    const call = this.#caller.check(options);
    const response = await this.#caller.send(
      { method: 'POST', path: `/BatchPayments/${encodeURIComponent(id)}`, data: { Status: 'DELETED' } },
      call,
      idempotencyKeyFor('POST', call.idempotencyKey),
    );
    const result = elementResult(
      0,
      parseResponse(batchPaymentsEnvelope, response).BatchPayments[0],
      response.meta,
    );
    if (!result.ok || result.value === undefined) throw result.error;
    return result.value;
  }
}
