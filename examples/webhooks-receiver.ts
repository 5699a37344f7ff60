/**
 * Wise-Sync hears changes instead of polling for them: a bookkeeper applies payments inside Xero, Xero
 * (the simulator) POSTs signed webhook batches to the app, and the app fetches just the changed invoices.
 *
 *   npx tsx examples/webhooks-receiver.ts
 *
 * Shows: `XeroWebhookHandler` on plain `node:http` (intent-to-receive handshake, signature over the raw
 * bytes, acknowledge only once the batch is stored), `XeroWebhookRouter` (events → the accounts connected
 * to the organisation), `fetchWebhookChanges` (changed records in `IDs=` lists: a burst of 1,000 changes
 * in 20 calls) and `sweepWebhookGaps` (the safety net). See docs/guides/webhooks.md.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fetchWebhookChanges,
  MemoryTokenStore,
  sweepWebhookGaps,
  XeroConnections,
  type XeroWebhookEvent,
  XeroWebhookHandler,
  XeroWebhookRouter,
} from '@wise-pay/xero-connections';
import { DEMO_TENANT_ID, simulatorHostOptions, startXeroSimulator } from '@wise-pay/xero-connections/testing';

const TIME_SCALE = 0.01; // a Xero minute lasts 600 ms
const WEBHOOK_KEY = 'example-webhook-key'; // Xero shows it on the app's Webhooks page

const sim = await startXeroSimulator({ timeScale: TIME_SCALE });
const store = new MemoryTokenStore();
const host = new XeroConnections({ ...simulatorHostOptions(sim), store });

// The app's durable inbox (a table or a queue in production): events per account, taken by a worker.
const inbox = new Map<string, XeroWebhookEvent[]>();
const router = new XeroWebhookRouter({ store, clientIds: ['company-client'] });
const webhooks = new XeroWebhookHandler({
  webhookKey: WEBHOOK_KEY,
  onEvents: async (batch) => {
    for (const share of (await router.route(batch.events)).accounts) {
      inbox.set(share.accountId, [...(inbox.get(share.accountId) ?? []), ...share.events]);
    }
  },
});
const receiver = createServer(webhooks.listener);
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));

const takeInbox = (accountId: string): XeroWebhookEvent[] => {
  const events = inbox.get(accountId) ?? [];
  inbox.delete(accountId);
  return events;
};
const waitForEvents = async (accountId: string, count: number) => {
  const deadline = Date.now() + 30_000;
  while ((inbox.get(accountId)?.length ?? 0) < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} events for ${accountId}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

try {
  const pool = host.pool({
    accountId: 'acme-msp',
    multiConnection: true,
    apps: { wisepay: 'wisepay', company: 'company', service: 'service' },
  });
  const { authorizationUrl } = await pool.beginConnect('company');
  await host.completeConnect(
    await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] }),
  );
  const sweep = await sweepWebhookGaps(pool); // the baseline: everything once, then only what changed

  // In Xero's developer portal this is the Webhooks page; the simulator checks intent to receive too.
  const subscription = await sim.control.subscribeWebhooks({
    clientId: 'company-client',
    url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/xero/webhooks`,
    key: WEBHOOK_KEY,
    // Xero waits 5 s for an answer; at this time scale that would be 50 ms of real time, too short for a
    // receiver's real work on a busy machine, so the simulator waits 5 real seconds here.
    answerTimeoutMs: 5000 / TIME_SCALE,
  });
  if (subscription.status !== 'ok')
    throw new Error(`webhook subscription ${subscription.status}: ${subscription.reason}`);
  console.log(`webhook subscription: ${subscription.status} (intent to receive answered 200 and 401)`);

  // 1. A bookkeeper applies payments to three invoices inside Xero.
  const xeroUi = sim.control.organisation(DEMO_TENANT_ID);
  const payable = xeroUi
    .invoices()
    .filter((i) => i.Type === 'ACCREC' && i.Status === 'AUTHORISED' && Number(i.AmountDue) > 10)
    .slice(0, 3);
  xeroUi.handle({
    method: 'PUT',
    path: '/Payments',
    query: new URLSearchParams(),
    headers: {},
    body: {
      Payments: payable.map((i) => ({
        Invoice: { InvoiceID: i.InvoiceID },
        Account: { Code: '090' },
        Amount: 10,
        Date: new Date().toISOString().slice(0, 10),
      })),
    },
    clientId: 'xero-ui',
    tenantId: DEMO_TENANT_ID,
    now: Date.now(),
  });
  await waitForEvents('acme-msp', payable.length);
  sim.control.resetLog();
  const heard = await fetchWebhookChanges(pool, takeInbox('acme-msp'));
  for (const invoice of heard.invoices) {
    console.log(
      `  ${invoice.InvoiceNumber}: paid ${invoice.AmountPaid}, due ${invoice.AmountDue} (${invoice.Status})`,
    );
  }
  console.log(
    `payments heard by webhook: ${heard.invoices.length} invoices fetched in ${heard.calls} call(s)`,
  );

  // 2. A burst: 1,000 invoices change at once (a bulk edit in Xero).
  const created = xeroUi.handle({
    method: 'PUT',
    path: '/Invoices',
    query: new URLSearchParams(),
    headers: {},
    body: {
      Invoices: Array.from({ length: 1000 }, (_, i) => ({
        Type: 'ACCREC',
        Contact: { Name: 'Bulk Customer' },
        LineItems: [{ Description: 'Retainer', Quantity: 1, UnitAmount: 50 + i, AccountCode: '200' }],
      })),
    },
    clientId: 'xero-ui',
    tenantId: DEMO_TENANT_ID,
    now: Date.now(),
  });
  const burst = (created.body as { Invoices: unknown[] }).Invoices.length;
  await waitForEvents('acme-msp', burst + 1); // + the contact Xero created for them
  sim.control.resetLog();
  const changes = await fetchWebhookChanges(pool, takeInbox('acme-msp'));
  const calls = sim.control.requestLog().filter((e) => e.endpoint === 'api').length;
  if (changes.invoices.length !== burst) throw new Error(`only ${changes.invoices.length} of ${burst} heard`);
  console.log(
    `burst: ${changes.invoices.length} invoices and ${changes.contacts.length} contact fetched in ${calls} calls`,
  );

  // 3. The hourly safety net: what changed since the baseline, whether or not an event said so.
  const swept = await sweepWebhookGaps(pool, { cursors: sweep.cursors });
  console.log(`sweep: ${swept.invoices.length} invoices changed since the baseline (all already heard)`);
} finally {
  await sim.close();
  await host.close();
  receiver.closeAllConnections();
  receiver.close();
}
