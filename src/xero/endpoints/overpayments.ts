import type { BatchItemResult } from '../batch.js';
import type { CallOptions } from '../call-options.js';
import type { CoalescingCallOptions } from '../coalescing/coalescing-options.js';
import { EndpointCoalescer } from '../coalescing/endpoint-coalescer.js';
import type { PagedList } from '../paged-list.js';
import type { Allocation, AllocationInput } from '../schemas/allocation.js';
import { envelopeSchema } from '../schemas/common.js';
import { type Overpayment, overpaymentSchema } from '../schemas/prepaid-credit.js';
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

/** Which overpayments `overpayments.list` returns. */
export type OverpaymentFilter = PrepaidCreditFilter;

// Built once per module: building a zod envelope costs far more than reusing one (≈90 µs vs ≈7 µs).
const kind: PrepaidCreditKind = {
  path: '/Overpayments',
  collection: 'Overpayments',
  idField: 'OverpaymentID',
  noun: 'overpayment',
  envelope: envelopeSchema('Overpayments', overpaymentSchema),
};
const byId = prepaidCreditsById(kind);

/** Overpayments: `GET /Overpayments` and `PUT /Overpayments/{OverpaymentID}/Allocations` (Xero makes them from bank transactions). */
export class OverpaymentsEndpoint {
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

  /** Every overpayment matching the filter, across all pages, fetched lazily as you iterate. */
  list(filter: OverpaymentFilter = {}, options?: CallOptions): PagedList<Overpayment> {
    return listPrepaidCredits<Overpayment>(this.#caller, kind, filter, options);
  }

  /**
   * One overpayment by OverpaymentID, with its allocations and `RemainingCredit`. Concurrent gets on the connection
   * share one list request. A missing one is an `XeroApiError` with status 404.
   */
  async get(overpaymentId: string, options?: CoalescingCallOptions): Promise<Overpayment> {
    const id = validateArgument(prepaidCreditIdSchema, overpaymentId, 'overpaymentId');
    return this.#merged.read<Overpayment>(byId, id, options, (call) =>
      getPrepaidCredit<Overpayment>(this.#caller, kind, id, call),
    );
  }

  /**
   * Allocates an `AUTHORISED` overpayment to invoices of its contact (`PUT /Overpayments/{id}/Allocations`,
   * `summarizeErrors=false`): one result per allocation in input order. Each moves its invoice as Xero does:
   * `AmountCredited` grows, `AmountDue` shrinks, `PAID` at zero; the overpayment's `RemainingCredit` shrinks
   * (`PAID` at zero).
   */
  allocate(
    overpaymentId: string,
    allocations: readonly AllocationInput[],
    options?: CallOptions,
  ): Promise<Array<BatchItemResult<Allocation>>> {
    const id = validateArgument(prepaidCreditIdSchema, overpaymentId, 'overpaymentId');
    return allocateCredit(this.#caller, kind.path, id, allocations, options);
  }
}
