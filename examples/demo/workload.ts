/**
 * The demo's traffic: what Wise-Pay's three kinds of work do against one customer's Xero organisation.
 *
 * - company (Wise-Sync): pushes new invoices in batches and reads back payments applied in Xero;
 * - service (auto-payment scheduler): pages through the AUTHORISED invoices to find what is due;
 * - wisepay (a user): downloads outstanding transactions, then pays a batch of them.
 *
 * Every role makes exactly `callsPerRole` API calls, so runs with multi-connection on and off do the same
 * work and can be compared on time alone.
 */
import type { ConnectionPool, Invoice, Role } from '@wise-pay/xero-connections';

type RoleClient = ReturnType<ConnectionPool['role']>;

export interface WorkloadPlan {
  /** API calls each role makes. */
  callsPerRole: number;
  /** Concurrent workers per role (Xero allows 5 calls in flight per app and organisation). */
  workersPerRole: number;
  /** Prefix of idempotency keys and references, unique per run. */
  runId: string;
}

/** Live counters, read by the progress display while the workload runs. */
export interface WorkloadProgress {
  calls: Record<Role, number>;
  invoicesCreated: number;
  invoicesRead: number;
  paymentsMade: number;
  paymentsRejected: number;
}

export interface WorkloadResult extends WorkloadProgress {
  wallMs: number;
}

export function emptyProgress(): WorkloadProgress {
  return {
    calls: { wisepay: 0, company: 0, service: 0 },
    invoicesCreated: 0,
    invoicesRead: 0,
    paymentsMade: 0,
    paymentsRejected: 0,
  };
}

/** Hands out a role's call budget to its workers: each call takes one ticket before it is made. */
class CallBudget {
  #issued = 0;
  constructor(readonly total: number) {}
  take(): boolean {
    if (this.#issued >= this.total) return false;
    this.#issued++;
    return true;
  }
  get left(): number {
    return this.total - this.#issued;
  }
}

/** The first page of a paged list: exactly one API call. */
async function firstPage<T>(list: { pages(): AsyncIterable<T[]> }): Promise<T[]> {
  for await (const page of list.pages()) return page;
  return [];
}

/**
 * Runs the three roles' work concurrently until each has made its calls. The first error stops every
 * worker and is rethrown: the demo treats any failed call as a failure.
 */
export async function runWorkload(
  pool: ConnectionPool,
  plan: WorkloadPlan,
  progress: WorkloadProgress = emptyProgress(),
): Promise<WorkloadResult> {
  const started = performance.now();
  const stop = new AbortController();
  const budgets: Record<Role, CallBudget> = {
    wisepay: new CallBudget(plan.callsPerRole),
    company: new CallBudget(plan.callsPerRole),
    service: new CallBudget(plan.callsPerRole),
  };
  /** One call of `role`, counted when it succeeds. */
  const call = async <T>(role: Role, fn: (client: RoleClient, signal: AbortSignal) => Promise<T>) => {
    const result = await fn(pool.role(role), stop.signal);
    progress.calls[role]++;
    return result;
  };
  const shared: SharedState = {
    contacts: undefined,
    claimed: new Set(),
    since: new Date(),
    batch: 0,
    paymentRuns: 0,
    baseCurrency: undefined,
  };

  const workers: Array<Promise<void>> = [];
  for (let w = 0; w < plan.workersPerRole; w++) {
    workers.push(wiseSyncWorker(call, budgets.company, shared, plan, progress));
    workers.push(schedulerWorker(call, budgets.service, w, progress));
    workers.push(userWorker(call, budgets.wisepay, shared, plan, progress));
  }
  try {
    await Promise.all(
      workers.map((w) =>
        w.catch((error: unknown) => {
          stop.abort();
          throw error;
        }),
      ),
    );
  } finally {
    stop.abort();
  }
  return { ...progress, calls: { ...progress.calls }, wallMs: performance.now() - started };
}

interface SharedState {
  /** The customers' contact ids, looked up once. */
  contacts: Promise<string[]> | undefined;
  /** Invoices a user worker is paying, so two workers never pay the same one twice. */
  claimed: Set<string>;
  /** Wise-Sync reads back payments applied since the run began. */
  since: Date;
  batch: number;
  paymentRuns: number;
  baseCurrency: Promise<string> | undefined;
}

type Call = <T>(role: Role, fn: (client: RoleClient, signal: AbortSignal) => Promise<T>) => Promise<T>;

/** Wise-Sync: two invoice batches, then a read-back of payments applied in Xero; repeat. */
async function wiseSyncWorker(
  call: Call,
  budget: CallBudget,
  shared: SharedState,
  plan: WorkloadPlan,
  progress: WorkloadProgress,
): Promise<void> {
  for (let step = 0; budget.take(); step++) {
    if (shared.contacts === undefined) {
      // One worker looks the customers up; the others wait for it instead of asking too.
      shared.contacts = call('company', (c, signal) =>
        firstPage(c.contacts.list({ pageSize: 50 }, { signal })),
      ).then((contacts) =>
        contacts.map((c) => c.ContactID).filter((id): id is string => typeof id === 'string'),
      );
      await shared.contacts;
      continue;
    }
    const contactIds = await shared.contacts;
    if (step % 3 === 2) {
      await call('company', (c, signal) =>
        firstPage(c.payments.list({ modifiedSince: shared.since, pageSize: 100 }, { signal })),
      );
      continue;
    }
    const batch = ++shared.batch;
    const invoices = Array.from({ length: 5 }, (_, i) => ({
      Type: 'ACCREC' as const,
      Status: 'AUTHORISED' as const,
      Contact: { ContactID: contactIds[(batch * 5 + i) % contactIds.length] as string },
      Reference: `${plan.runId} WS-${batch}-${i}`,
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
    const results = await call('company', (c, signal) =>
      c.invoices.create(invoices, { signal, idempotencyKey: `${plan.runId}-sync-${batch}` }),
    );
    progress.invoicesCreated += results.filter((r) => r.ok).length;
  }
}

/** The auto-payment scheduler: pages through AUTHORISED invoices looking for what falls due. */
async function schedulerWorker(
  call: Call,
  budget: CallBudget,
  worker: number,
  progress: WorkloadProgress,
): Promise<void> {
  for (let run = 0; budget.take(); run++) {
    const page = 1 + ((run + worker) % 3);
    const invoices = await call('service', (c, signal) =>
      firstPage(c.invoices.list({ statuses: ['AUTHORISED'], pageSize: 50, page }, { signal })),
    );
    progress.invoicesRead += invoices.length;
  }
}

/** A user: "Download latest accounting platform data", then pay a batch of what is outstanding. */
async function userWorker(
  call: Call,
  budget: CallBudget,
  shared: SharedState,
  plan: WorkloadPlan,
  progress: WorkloadProgress,
): Promise<void> {
  let payable: Invoice[] = [];
  while (budget.take()) {
    if (shared.baseCurrency === undefined) {
      // Pay only invoices in the organisation's currency (the bank account's); one worker asks.
      shared.baseCurrency = call('wisepay', (c, signal) => c.organisation.get({ signal })).then(
        (organisation) => organisation.BaseCurrency ?? 'AUD',
      );
      await shared.baseCurrency;
      continue;
    }
    const baseCurrency = await shared.baseCurrency;
    if (payable.length === 0) {
      const outstanding = await call('wisepay', (c, signal) =>
        firstPage(c.invoices.list({ statuses: ['AUTHORISED'], pageSize: 50 }, { signal })),
      );
      progress.invoicesRead += outstanding.length;
      payable = outstanding.filter(
        (i) =>
          i.Type === 'ACCREC' &&
          i.InvoiceID !== undefined &&
          (i.AmountDue ?? 0) > 0 &&
          i.CurrencyCode === baseCurrency &&
          !shared.claimed.has(i.InvoiceID),
      );
      continue;
    }
    const batch = payable.splice(0, 5).filter((i) => !shared.claimed.has(i.InvoiceID as string));
    payable = [];
    if (batch.length === 0) {
      // Another worker took them: spend the ticket on a fresh download instead.
      await call('wisepay', (c, signal) =>
        firstPage(c.invoices.list({ statuses: ['AUTHORISED'], pageSize: 50 }, { signal })),
      );
      continue;
    }
    for (const i of batch) shared.claimed.add(i.InvoiceID as string);
    const key = `${plan.runId}-pay-${++shared.paymentRuns}`;
    const results = await call('wisepay', (c, signal) =>
      c.payments.create(
        batch.map((i) => ({
          Invoice: { InvoiceID: i.InvoiceID as string },
          Account: { Code: '090' },
          Date: new Date(),
          Amount: i.AmountDue as number,
          Reference: `${plan.runId} Wise-Pay`,
        })),
        { signal, idempotencyKey: key },
      ),
    );
    progress.paymentsMade += results.filter((r) => r.ok).length;
    progress.paymentsRejected += results.filter((r) => !r.ok).length;
  }
}
