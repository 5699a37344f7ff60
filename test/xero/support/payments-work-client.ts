/**
 * The payments-work endpoints on the bare pipeline, with an EndpointCaller made as a role client makes
 * its own (checked options once, then straight into the pipeline). Used until the role client exposes
 * them as getters.
 */
import type { CallConnection } from '../../../src/contracts/call.js';
import type { CallOptions } from '../../../src/xero/call-options.js';
import { BatchPaymentsEndpoint } from '../../../src/xero/endpoints/batch-payments.js';
import { CreditNotesEndpoint } from '../../../src/xero/endpoints/credit-notes.js';
import type { CheckedCall, EndpointCaller } from '../../../src/xero/endpoints/endpoint-caller.js';
import { InvoicesEndpoint } from '../../../src/xero/endpoints/invoices.js';
import { OverpaymentsEndpoint } from '../../../src/xero/endpoints/overpayments.js';
import { PaymentsEndpoint } from '../../../src/xero/endpoints/payments.js';
import { PrepaymentsEndpoint } from '../../../src/xero/endpoints/prepayments.js';
import type { Harness } from './pipeline-harness.js';

export interface PaymentsWorkClient {
  invoices: InvoicesEndpoint;
  payments: PaymentsEndpoint;
  batchPayments: BatchPaymentsEndpoint;
  creditNotes: CreditNotesEndpoint;
  overpayments: OverpaymentsEndpoint;
  prepayments: PrepaymentsEndpoint;
  /** Every request sent, as `METHOD path`. */
  sent: string[];
}

export function paymentsWorkClient(
  harness: Harness,
  connection: CallConnection,
  timeoutMs = 5000,
): PaymentsWorkClient {
  const sent: string[] = [];
  const caller: EndpointCaller = {
    check: (options: unknown): CheckedCall => {
      const o = (options ?? {}) as CallOptions;
      return {
        priority: o.priority ?? 'interactive',
        timeoutMs: o.timeout ?? timeoutMs,
        signal: o.signal,
        deadline: o.deadline instanceof Date ? o.deadline.getTime() : o.deadline,
        idempotencyKey: o.idempotencyKey,
      };
    },
    send: (request, call, idempotencyKey) => {
      sent.push(`${request.method} ${request.path}`);
      return harness.pipeline.execute(
        { connection, callRole: 'wisepay', priority: call.priority, mayUseReserve: true },
        request,
        { timeoutMs: call.timeoutMs, signal: call.signal, deadline: call.deadline, idempotencyKey },
      ) as never;
    },
  };
  return {
    invoices: new InvoicesEndpoint(caller),
    payments: new PaymentsEndpoint(caller),
    batchPayments: new BatchPaymentsEndpoint(caller),
    creditNotes: new CreditNotesEndpoint(caller),
    overpayments: new OverpaymentsEndpoint(caller),
    prepayments: new PrepaymentsEndpoint(caller),
    sent,
  };
}
