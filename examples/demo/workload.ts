/**
 * The demo's traffic: what Wise-Pay's three kinds of work do against one customer's Xero organisation.
 *
 * - company (Wise-Sync): pushes new invoices in batches and reads back payments applied in Xero;
 * - service (auto-payment scheduler): pages through the AUTHORISED invoices to find what is due;
 * - wisepay (a user): downloads outstanding invoices, then pays a batch of them.
 *
 * A run follows a {@link WorkPlan} fixed before it starts: the same number of calls of each kind, the same
 * invoices created and the same payments made, whatever the timing. So runs with multi-connection on and
 * off do exactly the same work and can be compared on time alone. A call that does not do its planned part
 * (a rejected invoice or payment, too few invoices to pay) fails the run instead of changing the work.
 */
import type { ConnectionPool, InvoiceInput, Role } from '@wise-pay/xero-connections';

type RoleClient = ReturnType<ConnectionPool['role']>;

/** Invoices Wise-Sync pushes per create call. */
export const INVOICES_PER_BATCH = 5;
/** Invoices a user pays per payment call. */
export const PAYMENTS_PER_RUN = 5;
/**
 * Records per page read. Small pages keep the demo's CPU (parsing, in the same process as the simulator)
 * well below what three saturated connections need, even on a busy machine; a page still holds more than
 * the invoices the user's other workers may be paying at once.
 */
const PAGE_SIZE = 20;

/** Exactly what one run does. */
export interface WorkPlan {
  /** Wise-Sync: one contacts lookup, then creates of {@link INVOICES_PER_BATCH} and read-backs of payments. */
  company: { invoiceBatches: number; paymentReads: number };
  /** The scheduler: pages of AUTHORISED invoices. */
  service: { invoicePages: number };
  /** The user: one organisation read, then `paymentRuns` × (download outstanding + pay {@link PAYMENTS_PER_RUN}). */
  wisepay: { paymentRuns: number };
}

/** The plan for about `callsPerRole` calls a role: every role makes the same odd number of calls. */
export function planWork(callsPerRole: number): WorkPlan {
  // One setup call (contacts / organisation) plus an even number, so the user's download+pay pairs fit.
  const rest = 2 * Math.max(1, Math.floor((callsPerRole - 1) / 2));
  const paymentReads = Math.floor(rest / 3);
  return {
    company: { invoiceBatches: rest - paymentReads, paymentReads },
    service: { invoicePages: rest + 1 },
    wisepay: { paymentRuns: rest / 2 },
  };
}

export function plannedCalls(plan: WorkPlan): Record<Role, number> {
  return {
    company: 1 + plan.company.invoiceBatches + plan.company.paymentReads,
    service: plan.service.invoicePages,
    wisepay: 1 + 2 * plan.wisepay.paymentRuns,
  };
}

export function plannedInvoices(plan: WorkPlan): number {
  return plan.company.invoiceBatches * INVOICES_PER_BATCH;
}

export function plannedPayments(plan: WorkPlan): number {
  return plan.wisepay.paymentRuns * PAYMENTS_PER_RUN;
}

/** Reference of the invoices a run creates (`<runId> WS-<batch>-<i>`) and of the payments it makes. */
export const invoiceReferencePrefix = (runId: string) => `${runId} WS-`;
export const paymentReference = (runId: string) => `${runId} Wise-Pay`;

/** Live counters, read by the progress display while the workload runs. */
export interface WorkloadProgress {
  calls: Record<Role, number>;
  invoicesCreated: number;
  invoicesRead: number;
  paymentsMade: number;
}

export interface WorkloadResult extends WorkloadProgress {
  wallMs: number;
  /** Real ms from the start of the run until each role's last call finished. */
  roleMs: Record<Role, number>;
}

export function emptyProgress(): WorkloadProgress {
  return {
    calls: { wisepay: 0, company: 0, service: 0 },
    invoicesCreated: 0,
    invoicesRead: 0,
    paymentsMade: 0,
  };
}

/** A role's planned operations, handed out one at a time to whichever of its workers is free. */
class Queue<T> {
  #next = 0;
  constructor(private readonly ops: readonly T[]) {}
  take(): T | undefined {
    return this.ops[this.#next++];
  }
}

/** The first page of a paged list: exactly one API call. */
async function firstPage<T>(list: { pages(): AsyncIterable<T[]> }): Promise<T[]> {
  for await (const page of list.pages()) return page;
  return [];
}

type Call = <T>(role: Role, fn: (client: RoleClient, signal: AbortSignal) => Promise<T>) => Promise<T>;

/**
 * Runs `plan` with `workersPerRole` concurrent workers per role. The first error stops every worker and is
 * rethrown: the demo treats any failed call as a failure.
 */
export async function runWorkload(
  pool: ConnectionPool,
  plan: WorkPlan,
  o: { workersPerRole: number; runId: string },
  progress: WorkloadProgress = emptyProgress(),
): Promise<WorkloadResult> {
  const started = performance.now();
  const roleMs: Record<Role, number> = { wisepay: 0, company: 0, service: 0 };
  const stop = new AbortController();
  /** One call of `role`, counted when it succeeds. */
  const call: Call = async (role, fn) => {
    const result = await fn(pool.role(role), stop.signal);
    progress.calls[role]++;
    roleMs[role] = performance.now() - started;
    return result;
  };
  const fail = (error: unknown): never => {
    stop.abort();
    throw error;
  };

  // Each role's one setup call: Wise-Sync looks its customers up, the user's screen reads the organisation.
  const [contactIds, baseCurrency] = await Promise.all([
    call('company', (c, signal) => firstPage(c.contacts.list({ pageSize: 50 }, { signal }))).then(
      (contacts) => contacts.map((c) => c.ContactID).filter((id): id is string => typeof id === 'string'),
    ),
    call('wisepay', (c, signal) => c.organisation.get({ signal })).then(
      (organisation) => organisation.BaseCurrency ?? 'AUD',
    ),
  ]).catch(fail);
  if (contactIds.length === 0) throw new Error('the organisation has no contacts to invoice');

  // Wise-Sync: two invoice batches, then a read-back of the payments applied in Xero; repeat.
  const companyOps = new Queue<number>(
    Array.from({ length: plan.company.invoiceBatches + plan.company.paymentReads }, (_, i) => i),
  );
  const since = new Date();
  const sync: Worker = async () => {
    for (let op = companyOps.take(); op !== undefined; op = companyOps.take()) {
      if (op % 3 === 2) {
        await call('company', (c, signal) =>
          firstPage(c.payments.list({ modifiedSince: since, pageSize: PAGE_SIZE }, { signal })),
        );
        continue;
      }
      const batch = op - Math.floor(op / 3);
      const created = await call('company', (c, signal) =>
        c.invoices.create(newInvoices(contactIds, `${invoiceReferencePrefix(o.runId)}${batch}`, batch), {
          signal,
          idempotencyKey: `${o.runId}-sync-${batch}`,
        }),
      );
      const rejected = created.filter((r) => !r.ok);
      if (rejected.length > 0) throw new Error(`Xero rejected ${rejected.length} of Wise-Sync's invoices`);
      progress.invoicesCreated += created.length;
    }
  };

  // The scheduler: pages through AUTHORISED invoices looking for what falls due.
  const serviceOps = new Queue(Array.from({ length: plan.service.invoicePages }, (_, i) => 1 + (i % 3)));
  const scheduler: Worker = async () => {
    for (let page = serviceOps.take(); page !== undefined; page = serviceOps.take()) {
      const invoices = await call('service', (c, signal) =>
        firstPage(c.invoices.list({ statuses: ['AUTHORISED'], pageSize: PAGE_SIZE, page }, { signal })),
      );
      progress.invoicesRead += invoices.length;
    }
  };

  // A user: "Download latest accounting platform data", then pay a batch of what is outstanding.
  const paymentRuns = new Queue(Array.from({ length: plan.wisepay.paymentRuns }, (_, i) => i + 1));
  /** Invoices a worker is paying, so two workers never pay the same one. */
  const claimed = new Set<string>();
  const user: Worker = async () => {
    for (let run = paymentRuns.take(); run !== undefined; run = paymentRuns.take()) {
      const outstanding = await call('wisepay', (c, signal) =>
        firstPage(
          c.invoices.list(
            // Receivables in the organisation's (the bank account's) currency.
            {
              statuses: ['AUTHORISED'],
              where: `Type=="ACCREC" AND CurrencyCode=="${baseCurrency}"`,
              pageSize: PAGE_SIZE,
            },
            { signal },
          ),
        ),
      );
      progress.invoicesRead += outstanding.length;
      const batch = outstanding
        .filter((i) => i.InvoiceID !== undefined && (i.AmountDue ?? 0) > 0 && !claimed.has(i.InvoiceID))
        .slice(0, PAYMENTS_PER_RUN);
      if (batch.length < PAYMENTS_PER_RUN) {
        throw new Error(
          `the user found ${batch.length} invoices to pay, not ${PAYMENTS_PER_RUN}: the backlog is too small`,
        );
      }
      for (const i of batch) claimed.add(i.InvoiceID as string);
      const results = await call('wisepay', (c, signal) =>
        c.payments.create(
          batch.map((i) => ({
            Invoice: { InvoiceID: i.InvoiceID as string },
            Account: { Code: '090' },
            Date: new Date(),
            Amount: i.AmountDue as number,
            Reference: paymentReference(o.runId),
          })),
          { signal, idempotencyKey: `${o.runId}-pay-${run}` },
        ),
      );
      const rejected = results.filter((r) => !r.ok);
      if (rejected.length > 0) throw new Error(`Xero rejected ${rejected.length} of the user's payments`);
      progress.paymentsMade += results.length;
    }
  };

  const workers: Array<Promise<void>> = [];
  for (let w = 0; w < o.workersPerRole; w++) workers.push(sync(), scheduler(), user());
  try {
    await Promise.all(workers.map((w) => w.catch(fail)));
  } finally {
    stop.abort();
  }
  return { ...progress, calls: { ...progress.calls }, wallMs: performance.now() - started, roleMs };
}

type Worker = () => Promise<void>;

/** {@link INVOICES_PER_BATCH} sales invoices, due in 14 days, for the contacts in turn. */
function newInvoices(contactIds: readonly string[], reference: string, batch: number): InvoiceInput[] {
  return Array.from({ length: INVOICES_PER_BATCH }, (_, i) => ({
    Type: 'ACCREC' as const,
    Status: 'AUTHORISED' as const,
    Contact: { ContactID: contactIds[(batch * INVOICES_PER_BATCH + i) % contactIds.length] as string },
    Reference: `${reference}-${i}`,
    Date: new Date(),
    DueDate: new Date(Date.now() + 14 * 86_400_000),
    LineItems: [
      {
        Description: 'Managed services',
        Quantity: 1,
        UnitAmount: 40 + ((batch * 7 + i) % 60),
        AccountCode: '200',
      },
    ],
  }));
}

/**
 * Wise-Sync's first sync: `count` outstanding invoices, pushed before the timed runs (the SDK sends them 50
 * a call), so each run's user always finds invoices to pay however the roles' calls interleave.
 */
export async function pushBacklog(pool: ConnectionPool, count: number, runId: string): Promise<number> {
  const client = pool.role('company');
  const contacts = await firstPage(client.contacts.list({ pageSize: 50 }));
  const contactIds = contacts.map((c) => c.ContactID).filter((id): id is string => typeof id === 'string');
  const invoices = Array.from({ length: Math.ceil(count / INVOICES_PER_BATCH) }, (_, b) =>
    newInvoices(contactIds, `${runId} backlog-${b}`, b),
  )
    .flat()
    .slice(0, count);
  const results = await client.invoices.create(invoices, { idempotencyKey: `${runId}-backlog` });
  const rejected = results.filter((r) => !r.ok).length;
  if (rejected > 0) throw new Error(`Xero rejected ${rejected} of the ${count} backlog invoices`);
  return results.length;
}
