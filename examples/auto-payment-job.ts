/**
 * The auto-payment scheduler: the Service connection finds the invoices falling due, and the Wise-Pay
 * connection pays them in one batch with an idempotency key per payment run.
 *
 *   npx tsx examples/auto-payment-job.ts
 *
 * Shows: reading on one role and writing on another, `forTraffic('payment-batch')` (the wisepay role at
 * batch priority, so it never delays a user), and a retried payment run that Xero recognises instead of
 * paying twice.
 */
import { MemoryTokenStore, type Role, XeroConnections } from '@wise-pay/xero-connections';
import { DEMO_TENANT_ID, simulatorHostOptions, startXeroSimulator } from '@wise-pay/xero-connections/testing';

const TIME_SCALE = 0.01;
const BANK_ACCOUNT = '090'; // the organisation's bank account code
const DAY_MS = 86_400_000;

const sim = await startXeroSimulator({ timeScale: TIME_SCALE });
// The simulator's seeded apps (one per role), its URLs and its time scale; a real app passes its own.
const host = new XeroConnections({ ...simulatorHostOptions(sim), store: new MemoryTokenStore() });

try {
  const pool = host.pool({
    accountId: 'acme-msp',
    multiConnection: true,
    apps: { wisepay: 'wisepay', company: 'company', service: 'service' },
  });
  for (const role of ['service', 'wisepay'] as Role[]) {
    const { authorizationUrl } = await pool.beginConnect(role);
    await host.completeConnect(
      await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] }),
    );
  }

  // 1. Service connection: every authorised sales invoice due within a week (all pages).
  const horizon = Date.now() + 7 * DAY_MS;
  const authorised = await pool
    .role('service')
    .invoices.list({ statuses: ['AUTHORISED'], where: 'Type=="ACCREC"', pageSize: 100 })
    .toArray();
  const baseCurrency = (await pool.role('service').organisation.get()).BaseCurrency;
  const due = authorised.filter(
    (i) =>
      (i.AmountDue ?? 0) > 0 &&
      i.CurrencyCode === baseCurrency &&
      i.DueDate !== undefined &&
      i.DueDate.getTime() <= horizon,
  );
  console.log(
    `Scheduler: ${authorised.length} authorised sales invoices, ${due.length} due by ${new Date(horizon).toISOString().slice(0, 10)}.`,
  );
  if (due.length === 0) throw new Error('the seeded organisation should have invoices falling due');

  // 2. Wise-Pay connection: pay them in one batch. The run id makes the key durable across restarts.
  const runId = `autopay-${new Date().toISOString().slice(0, 10)}-acme-msp`;
  const payments = due.map((i) => ({
    Invoice: { InvoiceID: i.InvoiceID as string },
    Account: { Code: BANK_ACCOUNT },
    Date: new Date(),
    Amount: i.AmountDue as number,
    Reference: `Wise-Pay auto-payment ${runId}`,
  }));
  const xero = sim.control.organisation(DEMO_TENANT_ID);
  const paymentsBefore = xero.payments().length;
  const payer = pool.forTraffic('payment-batch');
  const results = await payer.payments.create(payments, { idempotencyKey: runId });
  const ok = results.filter((r) => r.ok);
  console.log(`Paid ${ok.length} of ${payments.length} invoices (${results.length - ok.length} rejected).`);
  for (const r of results.filter((r) => !r.ok))
    console.log(`  payment ${r.index} rejected: ${r.errors.join('; ')}`);

  // 3. The job crashes before recording success and runs again with the same key: Xero answers with the
  //    first run's result instead of paying twice.
  const retried = await payer.payments.create(payments, { idempotencyKey: runId });
  const paymentsAfter = xero.payments().length;
  console.log(
    `Retried run: ${retried.filter((r) => r.ok).length} results, ${paymentsAfter - paymentsBefore} payments in Xero (not ${2 * ok.length}).`,
  );
  if (paymentsAfter - paymentsBefore !== ok.length) throw new Error('the retried payment run paid twice');

  const stillDue = due.map((i) => xero.invoice(i.InvoiceID as string)).filter((i) => (i?.AmountDue ?? 0) > 0);
  console.log(`Invoices still due after the run: ${stillDue.length}`);
  for (const c of pool.metrics().connections.filter((c) => c.role !== 'company')) {
    console.log(
      `  ${c.role} connection (${c.clientId}): ${c.calls.succeeded} calls, day budget left ${c.dayRemaining}`,
    );
  }
} finally {
  await host.close();
  await sim.close();
}
