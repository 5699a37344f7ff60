/**
 * The simulator of `bench/work.bench.ts`, in its own process (its CPU is not the SDK's). argv[2] is JSON
 * {@link WorkSimulatorArgs}. Answers requests over the IPC channel: `{ id, op, args }` → `{ id, result }` or
 * `{ id, error }`. Setup (invoices to pay, changes to re-sync) goes straight to the organisation's model, so
 * it spends no rate-limit budget and never shows in the request log the bench counts calls from.
 */
import {
  type AccountingRequest,
  DEFAULT_SEED,
  type OrganisationModel,
  startXeroSimulator,
  type XeroSimulatorOptions,
} from '../../src/testing/index.js';
import type { LogSummary, PaidCheck, WorkSimulatorArgs } from './work-simulator.js';

const args = JSON.parse(process.argv[2] ?? '{}') as WorkSimulatorArgs;
const USER = 'bench-user';

const sim = await startXeroSimulator({
  ...(args.sim as XeroSimulatorOptions),
  maxLogEntries: 1_000_000,
  organisations: [...DEFAULT_SEED.organisations, ...args.organisations],
  users: [...DEFAULT_SEED.users, { userId: USER, organisations: args.organisations.map((o) => o.tenantId) }],
});

function model(tenantId: string): OrganisationModel {
  return sim.control.organisation(tenantId);
}

/** One write straight to the model (no HTTP, no limits, no log entry). */
function write(tenantId: string, method: 'PUT' | 'POST', path: string, body: unknown): unknown {
  const req: AccountingRequest = {
    method,
    path,
    query: new URLSearchParams(),
    headers: {},
    body,
    clientId: 'bench-setup',
    tenantId,
    now: Date.now(),
  };
  const response = model(tenantId).handle(req);
  if (response.status >= 400) throw new Error(`setup ${method} ${path} answered ${response.status}`);
  return response.body;
}

/** `count` AUTHORISED sales invoices in the base currency, each owing a different amount. */
function seedPayable(tenantId: string, count: number, reference: string) {
  const org = model(tenantId);
  const contacts = org.contacts().map((c) => c.ContactID);
  const out: Array<{ InvoiceID: string; AmountDue: number }> = [];
  for (let start = 0; start < count; start += 50) {
    const invoices = Array.from({ length: Math.min(50, count - start) }, (_, k) => {
      const i = start + k;
      return {
        Type: 'ACCREC',
        Status: 'AUTHORISED',
        Contact: { ContactID: contacts[i % contacts.length] },
        Reference: `${reference}-${i}`,
        Date: new Date().toISOString().slice(0, 10),
        DueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
        LineItems: [{ Description: 'Month-end', Quantity: 1, UnitAmount: 50 + (i % 97), AccountCode: '200' }],
      };
    });
    const body = write(tenantId, 'PUT', '/Invoices', { Invoices: invoices }) as {
      Invoices: Array<{ InvoiceID: string; AmountDue: number }>;
    };
    for (const inv of body.Invoices) out.push({ InvoiceID: inv.InvoiceID, AmountDue: inv.AmountDue });
  }
  return out;
}

/** Changes `count` existing invoices (a new Reference), as another user would in Xero. */
function change(tenantId: string, count: number) {
  const ids = model(tenantId)
    .invoices()
    .filter((i) => i.Status === 'DRAFT' || i.Status === 'AUTHORISED')
    .slice(0, count)
    .map((i) => i.InvoiceID);
  write(tenantId, 'POST', '/Invoices', {
    Invoices: ids.map((InvoiceID, k) => ({ InvoiceID, Reference: `changed-${Date.now()}-${k}` })),
  });
  return ids;
}

/** What the simulator's own request log shows of one organisation's API calls in [from, to]. */
function log(a: {
  tenantId: string;
  from: number;
  to?: number;
  clientId?: string;
  withTimes?: boolean;
}): LogSummary {
  const to = a.to ?? Number.POSITIVE_INFINITY;
  const entries = sim.control
    .requestLog()
    .filter(
      (e) =>
        e.endpoint === 'api' &&
        e.tenantId === a.tenantId &&
        (a.clientId === undefined || e.clientId === a.clientId) &&
        e.at >= a.from &&
        e.at <= to,
    );
  const byStatus: Record<string, number> = {};
  for (const e of entries) byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
  const ats = entries.map((e) => e.at);
  return {
    httpCalls: entries.length,
    http429: entries.filter((e) => e.status === 429).length,
    byStatus,
    byMethod: entries.reduce<Record<string, number>>((acc, e) => {
      const key = `${e.method} ${e.path.split('?')[0]?.split('/').slice(0, 4).join('/')}`;
      acc[key] = (acc[key] ?? 0) + 1;
      return acc;
    }, {}),
    firstAt: ats.length > 0 ? Math.min(...ats) : undefined,
    lastAt: ats.length > 0 ? Math.max(...ats) : undefined,
    // Times of the calls Xero served (a 429 spent nothing of the budget).
    ...(a.withTimes ? { times: entries.filter((e) => e.status < 400).map((e) => e.at) } : {}),
  };
}

/** Every invoice in `ids` carries exactly one payment (with `reference`) and owes nothing. */
function paid(a: { tenantId: string; ids: string[]; reference: string }): PaidCheck {
  const org = model(a.tenantId);
  const perInvoice = new Map<string, number>();
  for (const p of org.payments()) {
    if (p.Reference !== a.reference) continue;
    perInvoice.set(p.Invoice.InvoiceID, (perInvoice.get(p.Invoice.InvoiceID) ?? 0) + 1);
  }
  let once = 0;
  let twice = 0;
  let unpaid = 0;
  let stillOwing = 0;
  for (const id of a.ids) {
    const n = perInvoice.get(id) ?? 0;
    if (n === 0) unpaid++;
    else if (n === 1) once++;
    else twice++;
    if ((org.invoice(id)?.AmountDue ?? 0) !== 0) stillOwing++;
  }
  return { invoices: a.ids.length, paidOnce: once, paidMoreThanOnce: twice, unpaid, stillOwing };
}

const ops: Record<string, (a: never) => unknown> = {
  approve: (a: { authorizationUrl: string; tenantId: string }) =>
    sim.control.approveConsent(a.authorizationUrl, { userId: USER, tenantIds: [a.tenantId] }),
  seedPayable: (a: { tenantId: string; count: number; reference: string }) =>
    seedPayable(a.tenantId, a.count, a.reference),
  change: (a: { tenantId: string; count: number }) => change(a.tenantId, a.count),
  log,
  paid,
  invoiceCount: (a: { tenantId: string }) => model(a.tenantId).invoices().length,
  invoiceIds: (a: { tenantId: string; count: number }) =>
    model(a.tenantId)
      .invoices()
      .slice(0, a.count)
      .map((i) => i.InvoiceID),
  contactIds: (a: { tenantId: string }) =>
    model(a.tenantId)
      .contacts()
      .map((c) => c.ContactID),
  counters: () => sim.control.counters(),
};

process.on('message', (message: { id: number; op: string; args: unknown }) => {
  void (async () => {
    try {
      const op = ops[message.op];
      if (op === undefined) throw new Error(`unknown op ${message.op}`);
      process.send?.({ id: message.id, result: await op(message.args as never) });
    } catch (error) {
      process.send?.({ id: message.id, error: (error as Error).message });
    }
  })();
});
process.on('disconnect', () => {
  void sim.close().then(() => process.exit(0));
});
process.send?.({ id: 0, result: { url: sim.url, identityUrl: sim.identityUrl, apiUrl: sim.apiUrl } });
