/**
 * What Xero saw of one run, read from the simulator after it: the request log (calls per app, 429s, the
 * busiest minute) and the organisation's records (invoices and payments carrying the run's references).
 * The demo's figures come from here and from the workload's own counters, and the two must agree.
 */
import { DEMO_TENANT_ID, type XeroSimulator } from '@wise-pay/xero-connections/testing';
import { invoiceReferencePrefix, paymentReference } from './workload.js';

export interface XeroSideRun {
  /** Accounting API calls Xero answered with success, per client id. */
  callsByClient: Record<string, number>;
  /** 429s Xero answered. */
  http429: number;
  /** Other failed answers (4xx/5xx but 429). */
  failed: number;
  /** Most successful calls one client made within any one Xero minute. */
  busiestMinuteByClient: Record<string, number>;
  invoicesCreated: number;
  paymentsMade: number;
}

export function xeroSideOfRun(
  sim: XeroSimulator,
  o: { runId: string; fromEpochMs: number; toEpochMs: number; xeroMinuteMs: number },
): XeroSideRun {
  const entries = sim.control
    .requestLog()
    .filter(
      (e) =>
        e.endpoint === 'api' && e.tenantId === DEMO_TENANT_ID && e.at >= o.fromEpochMs && e.at <= o.toEpochMs,
    );
  const ok = entries.filter((e) => e.status < 400);
  const callsByClient: Record<string, number> = {};
  const times = new Map<string, number[]>();
  for (const e of ok) {
    const client = e.clientId ?? '(unknown)';
    callsByClient[client] = (callsByClient[client] ?? 0) + 1;
    const at = times.get(client) ?? [];
    at.push(e.at);
    times.set(client, at);
  }
  const busiestMinuteByClient: Record<string, number> = {};
  for (const [client, at] of times) {
    busiestMinuteByClient[client] = busiestWindow(at, o.xeroMinuteMs);
  }
  const organisation = sim.control.organisation(DEMO_TENANT_ID);
  const prefix = invoiceReferencePrefix(o.runId);
  return {
    callsByClient,
    http429: entries.filter((e) => e.status === 429).length,
    failed: entries.filter((e) => e.status >= 400 && e.status !== 429).length,
    busiestMinuteByClient,
    invoicesCreated: organisation.invoices().filter((i) => i.Reference.startsWith(prefix)).length,
    paymentsMade: organisation.payments().filter((p) => p.Reference === paymentReference(o.runId)).length,
  };
}

/** The most timestamps within any span of `windowMs` (a sliding window over the sorted times). */
function busiestWindow(at: number[], windowMs: number): number {
  const sorted = [...at].sort((a, b) => a - b);
  let best = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[last] as number) - (sorted[first] as number) >= windowMs) first++;
    best = Math.max(best, last - first + 1);
  }
  return best;
}
