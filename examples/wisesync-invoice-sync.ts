/**
 * Wise-Sync on the Company connection: push a batch of invoices into Xero, then read back the payments a
 * bookkeeper applied to them inside Xero.
 *
 *   npx tsx examples/wisesync-invoice-sync.ts
 *
 * Shows: batch create with one result per element (`summarizeErrors=false`: a bad element does not sink
 * the batch), a durable idempotency key derived from the sync run, and incremental reads with
 * `modifiedSince` (Xero's If-Modified-Since).
 */
import { type Contact, MemoryTokenStore, XeroConnections } from '@wise-pay/xero-connections';
import { DEMO_TENANT_ID, simulatorHostOptions, startXeroSimulator } from '@wise-pay/xero-connections/testing';

const TIME_SCALE = 0.01; // a Xero minute lasts 600 ms

const sim = await startXeroSimulator({ timeScale: TIME_SCALE });
// The simulator's seeded apps (one per role), its URLs and its time scale; a real app passes its own.
const host = new XeroConnections({ ...simulatorHostOptions(sim), store: new MemoryTokenStore() });

try {
  const pool = host.pool({
    accountId: 'acme-msp',
    multiConnection: true,
    apps: { wisepay: 'wisepay', company: 'company', service: 'service' },
  });

  // The customer connected the Company connection once (here: the simulator's scripted consent).
  const { authorizationUrl } = await pool.beginConnect('company');
  await host.completeConnect(
    await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] }),
  );

  const wiseSync = pool.role('company'); // batch priority: user actions on the Wise-Pay connection go first
  const syncStartedAt = new Date();

  // 1. Push the invoices billed in the PSA since the last sync. One element is broken on purpose.
  let customer: Contact | undefined;
  for await (const contact of wiseSync.contacts.list({ pageSize: 10 })) {
    customer = contact; // lists are lazy: leaving the loop early fetches no further page
    break;
  }
  if (customer?.ContactID === undefined) throw new Error('the organisation has no contacts');
  const billed = Array.from({ length: 6 }, (_, i) => ({
    Type: 'ACCREC' as const,
    Status: 'AUTHORISED' as const,
    Contact: { ContactID: customer.ContactID as string },
    Reference: `PSA ticket #${4100 + i}`,
    Date: new Date(),
    DueDate: new Date(Date.now() + 14 * 86_400_000),
    LineItems: [
      { Description: 'Managed services, monthly', Quantity: 1, UnitAmount: 250 + i * 10, AccountCode: '200' },
    ],
  }));
  billed.push({ ...billed[0]!, Reference: 'PSA ticket #4199 (no lines)', LineItems: [] });

  // The key names the sync run: if this process crashes and the run is retried, Xero recognises it.
  const results = await wiseSync.invoices.create(billed, {
    idempotencyKey: `wisesync-run-${syncStartedAt.getTime()}`,
  });
  const created = results.filter((r) => r.ok).map((r) => r.value!);
  console.log(`Pushed ${billed.length} invoices in one call: ${created.length} created.`);
  for (const r of results.filter((r) => !r.ok)) {
    console.log(`  element ${r.index} (${billed[r.index]?.Reference}) rejected: ${r.errors.join('; ')}`);
  }

  // 2. Meanwhile, in Xero, the bookkeeper applies payments to two of them (the simulator's accounting
  //    model stands in for Xero's web app: these writes do not go through the SDK).
  const xero = sim.control.organisation(DEMO_TENANT_ID);
  for (const invoice of created.slice(0, 2)) {
    const applied = xero.handle({
      method: 'PUT',
      path: '/Payments',
      query: new URLSearchParams(),
      headers: {},
      body: {
        Payments: [
          { Invoice: { InvoiceID: invoice.InvoiceID }, Account: { Code: '090' }, Amount: invoice.AmountDue },
        ],
      },
      clientId: 'xero-web-app',
      tenantId: DEMO_TENANT_ID,
      now: Date.now(),
    });
    if (applied.status !== 200)
      throw new Error(`applying a payment in Xero failed: ${JSON.stringify(applied.body)}`);
  }

  // 3. The next sync reads back only what changed since the last one.
  const ours = new Set(created.map((i) => i.InvoiceID));
  const payments = await wiseSync.payments.list({ modifiedSince: syncStartedAt }).toArray();
  const ourPayments = payments.filter((p) => ours.has(p.Invoice?.InvoiceID));
  console.log(`Payments applied in Xero since the sync began: ${ourPayments.length}`);
  for (const p of ourPayments)
    console.log(`  ${p.Invoice?.InvoiceNumber}: ${p.Amount} on ${p.Date?.toISOString().slice(0, 10)}`);

  const refreshed = await wiseSync.invoices
    .list({ ids: [...ours].filter((id) => id !== undefined) })
    .toArray();
  for (const i of refreshed)
    console.log(`  ${i.InvoiceNumber} ${i.Reference}: ${i.Status}, due ${i.AmountDue}`);

  const paid = refreshed.filter((i) => i.Status === 'PAID').length;
  if (ourPayments.length !== 2 || paid !== 2)
    throw new Error(`expected 2 payments read back, got ${ourPayments.length}`);
  const m = pool.metrics().connections.find((c) => c.role === 'company');
  console.log(
    `Company connection: ${m?.calls.succeeded} calls, ${m?.minuteRemaining} left this minute, 429s: ${m?.http429.minute}`,
  );
} finally {
  await host.close();
  await sim.close();
}
