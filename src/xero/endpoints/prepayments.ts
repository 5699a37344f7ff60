import type { BatchItemResult } from '../batch.js';
import type { CallOptions } from '../call-options.js';
import type { CoalescingCallOptions } from '../coalescing/coalescing-options.js';
import { EndpointCoalescer } from '../coalescing/endpoint-coalescer.js';
import type { PagedList } from '../paged-list.js';
import type { Allocation, AllocationInput } from '../schemas/allocation.js';
import { envelopeSchema } from '../schemas/common.js';
import { type Prepayment, prepaymentSchema } from '../schemas/prepaid-credit.js';
import { allocateCredit } from './allocations.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';
import {
  getPrepaidCredit,
  listPrepaidCredits,
  type PrepaidCreditFilter,
  type PrepaidCreditKind,
  prepaidCreditIdSchema,
  prepaidCreditsById,
} from './prepaid-credits.js';

/** Which prepayments `prepayments.list` returns. */
export type PrepaymentFilter = PrepaidCreditFilter;

// Built once per module: building a zod envelope costs far more than reusing one (≈90 µs vs ≈7 µs).
const kind: PrepaidCreditKind = {
  path: '/Prepayments',
  collection: 'Prepayments',
  idField: 'PrepaymentID',
  noun: 'prepayment',
  envelope: envelopeSchema('Prepayments', prepaymentSchema),
};
const byId = prepaidCreditsById(kind);

/** Prepayments: `GET /Prepayments` and `PUT /Prepayments/{PrepaymentID}/Allocations` (Xero makes them from bank transactions). */
export class PrepaymentsEndpoint {
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

  /** Every prepayment matching the filter, across all pages, fetched lazily as you iterate. */
  list(filter: PrepaymentFilter = {}, options?: CallOptions): PagedList<Prepayment> {
    return listPrepaidCredits<Prepayment>(this.#caller, kind, filter, options);
  }

  /**
   * One prepayment by PrepaymentID, with its allocations and `RemainingCredit`. Concurrent gets on the connection
   * share one list request. A missing one is an `XeroApiError` with status 404.
   */
  async get(prepaymentId: string, options?: CoalescingCallOptions): Promise<Prepayment> {
    const id = validateArgument(prepaidCreditIdSchema, prepaymentId, 'prepaymentId');
    return this.#merged.read<Prepayment>(byId, id, options, (call) =>
      getPrepaidCredit<Prepayment>(this.#caller, kind, id, call),
    );
  }

  /**
   * Allocates an `AUTHORISED` prepayment to invoices of its contact (`PUT /Prepayments/{id}/Allocations`,
   * `summarizeErrors=false`): one result per allocation in input order. Each moves its invoice as Xero does:
   * `AmountCredited` grows, `AmountDue` shrinks, `PAID` at zero; the prepayment's `RemainingCredit` shrinks
   * (`PAID` at zero).
   */
  allocate(
    prepaymentId: string,
    allocations: readonly AllocationInput[],
    options?: CallOptions,
  ): Promise<Array<BatchItemResult<Allocation>>> {
    const id = validateArgument(prepaidCreditIdSchema, prepaymentId, 'prepaymentId');
    return allocateCredit(this.#caller, kind.path, id, allocations, options);
  }
}
