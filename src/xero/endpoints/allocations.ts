import type { z } from 'zod';
import { type BatchItemResult, type BatchWrite, batchWrite } from '../batch.js';
import type { CallOptions } from '../call-options.js';
import { type Allocation, type AllocationInput, allocationSchema } from '../schemas/allocation.js';
import { envelopeSchema } from '../schemas/common.js';
import type { EndpointCaller } from './endpoint-caller.js';

// Built once per module: building a zod envelope costs far more than reusing one.
const allocationsEnvelope: z.ZodType = envelopeSchema('Allocations', allocationSchema);

function checkAllocation(a: object): string | undefined {
  const allocation = a as AllocationInput;
  const invoice = allocation.Invoice as { InvoiceID?: unknown } | undefined;
  if (
    !invoice ||
    typeof invoice !== 'object' ||
    typeof invoice.InvoiceID !== 'string' ||
    !invoice.InvoiceID.trim()
  )
    return 'Invoice ({ InvoiceID }) is required';
  if (typeof allocation.Amount !== 'number' || !Number.isFinite(allocation.Amount) || allocation.Amount <= 0)
    return 'Amount must be a number greater than zero';
  if (allocation.Date === undefined || allocation.Date === null) return 'Date is required';
  return undefined;
}

/**
 * `PUT /<Collection>/{id}/Allocations` with `summarizeErrors=false`, in chunks of 50: one result per
 * allocation in input order. Not merged with other calls: each credit has a path of its own.
 */
export function allocateCredit(
  caller: EndpointCaller,
  collectionPath: string,
  creditId: string,
  allocations: readonly AllocationInput[],
  options: CallOptions | undefined,
): Promise<Array<BatchItemResult<Allocation>>> {
  const write: BatchWrite = {
    method: 'PUT',
    path: `${collectionPath}/${encodeURIComponent(creditId)}/Allocations`,
    collection: 'Allocations',
    envelope: allocationsEnvelope,
    items: allocations,
    check: checkAllocation,
  };
  return batchWrite<Allocation>(caller, write, options);
}
