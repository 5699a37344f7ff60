/**
 * Month end: many users pay at once, each their own invoice, each a call of their own in the application.
 * With coalescing off every payment is one Xero call, so the burst drains at 60 a Xero minute; with it on
 * (the default) the payments that wait for a slot on the connection go out together, up to 50 a call.
 *
 * A burst run pays exactly its own invoices, once each: the figures come from what Xero saw (the request
 * log's `PUT /Payments` calls and the organisation's payments and invoices), and the run fails when an
 * invoice is unpaid, paid twice or still owing.
 */
import type { ConnectionPool, InvoiceInput } from '@wise-pay/xero-connections';
import { DEMO_TENANT_ID, type XeroSimulator } from '@wise-pay/xero-connections/testing';

export type BurstMode = 'off' | 'on';

export interface BurstInvoice {
  InvoiceID: string;
  AmountDue: number;
}

export interface BurstProgress {
  settled: number;
}

export interface BurstResult {
  mode: BurstMode;
  payments: number;
  /** `PUT /Payments` calls Xero answered during the burst. */
  calls: number;
  http429: number;
  wallMs: number;
}

export const burstReference = (runId: string, mode: BurstMode) => `${runId} month-end ${mode}`;

/**
 * Wise-Sync pushes the month's invoices (`count` for each mode) before the bursts, through the company
 * role, 50 a call.
 */
export async function pushMonthEndInvoices(
  pool: ConnectionPool,
  count: number,
  runId: string,
): Promise<Record<BurstMode, BurstInvoice[]>> {
  const client = pool.role('company');
  const contacts: string[] = [];
  for await (const page of client.contacts.list({ pageSize: 50 }).pages()) {
    for (const c of page) if (c.ContactID !== undefined) contacts.push(c.ContactID);
    break;
  }
  if (contacts.length === 0) throw new Error('the organisation has no contacts to invoice');
  const invoices: InvoiceInput[] = Array.from({ length: 2 * count }, (_, i) => ({
    Type: 'ACCREC',
    Status: 'AUTHORISED',
    Contact: { ContactID: contacts[i % contacts.length] as string },
    Reference: `${runId} month-end ${i}`,
    Date: new Date(),
    DueDate: new Date(Date.now() + 7 * 86_400_000),
    LineItems: [{ Description: 'Monthly plan', Quantity: 1, UnitAmount: 30 + (i % 70), AccountCode: '200' }],
  }));
  const results = await client.invoices.create(invoices, { idempotencyKey: `${runId}-month-end-invoices` });
  const created: BurstInvoice[] = [];
  for (const r of results) {
    if (!r.ok || r.value?.InvoiceID === undefined) throw new Error('Xero rejected a month-end invoice');
    created.push({ InvoiceID: r.value.InvoiceID, AmountDue: r.value.AmountDue ?? 0 });
  }
  return { off: created.slice(0, count), on: created.slice(count) };
}

/** Every invoice paid by its own `payments.create` call, all at once. */
export async function runBurst(
  pool: ConnectionPool,
  sim: XeroSimulator,
  o: { mode: BurstMode; invoices: readonly BurstInvoice[]; runId: string; progress: BurstProgress },
): Promise<BurstResult> {
  const client = pool.role('wisepay');
  const reference = burstReference(o.runId, o.mode);
  const from = Date.now();
  const started = performance.now();
  const outcomes = await Promise.all(
    o.invoices.map((invoice) =>
      client.payments
        .create(
          [
            {
              Invoice: { InvoiceID: invoice.InvoiceID },
              Account: { Code: '090' },
              Date: new Date(),
              Amount: invoice.AmountDue,
              Reference: reference,
            },
          ],
          o.mode === 'off' ? { coalesce: false } : {},
        )
        .then((results) => {
          o.progress.settled++;
          return results[0];
        }),
    ),
  );
  const wallMs = performance.now() - started;
  const rejected = outcomes.filter((r) => r?.ok !== true);
  if (rejected.length > 0) {
    throw new Error(
      `Xero rejected ${rejected.length} month-end payments (coalescing ${o.mode}): ${rejected[0]?.errors.join('; ')}`,
    );
  }
  const entries = sim.control
    .requestLog()
    .filter((e) => e.endpoint === 'api' && e.tenantId === DEMO_TENANT_ID && e.at >= from);
  const calls = entries.filter((e) => e.method === 'PUT' && /\/api\.xro\/2\.0\/Payments\/?$/i.test(e.path));
  checkPaidOnce(sim, o.invoices, reference, o.mode);
  return {
    mode: o.mode,
    payments: o.invoices.length,
    calls: calls.filter((e) => e.status < 400).length,
    http429: entries.filter((e) => e.status === 429).length,
    wallMs,
  };
}

/** Xero's records: every invoice of the burst carries exactly one of its payments and owes nothing. */
function checkPaidOnce(
  sim: XeroSimulator,
  invoices: readonly BurstInvoice[],
  reference: string,
  mode: BurstMode,
): void {
  const organisation = sim.control.organisation(DEMO_TENANT_ID);
  const perInvoice = new Map<string, number>();
  for (const p of organisation.payments()) {
    if (p.Reference === reference)
      perInvoice.set(p.Invoice.InvoiceID, (perInvoice.get(p.Invoice.InvoiceID) ?? 0) + 1);
  }
  const wrong = invoices.filter(
    (i) => perInvoice.get(i.InvoiceID) !== 1 || organisation.invoice(i.InvoiceID)?.AmountDue !== 0,
  );
  if (wrong.length > 0) {
    throw new Error(
      `${wrong.length} month-end invoices (coalescing ${mode}) were not paid exactly once, by Xero's records`,
    );
  }
}
