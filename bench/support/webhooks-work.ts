/**
 * The `webhooks` workload of `npm run bench:work`: a burst of invoice changes heard through webhooks
 * instead of polled for. A simulator of its own (in this process) sends signed batches to a real
 * `node:http` receiver running `XeroWebhookHandler`; `onEvents` queues them (the host's durable inbox);
 * the follow-up fetch then reads the changed invoices in `IDs=` lists. `httpCalls` is the simulator's
 * own request log of API calls during the fetch (the changes themselves are made through the control
 * API's accounting model, as if by Xero users, and spend nothing of the app's budget).
 *
 * Returns `{ changes, httpCalls }`; the floor is httpCalls <= 25 for 1,000 changes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XeroConnections } from '../../src/host.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import { simulatorHostOptions, startXeroSimulator } from '../../src/testing/index.js';
import { fetchWebhookChanges } from '../../src/webhooks/follow-up-fetch.js';
import { XeroWebhookHandler } from '../../src/webhooks/webhook-handler.js';
import type { XeroWebhookEvent } from '../../src/webhooks/webhook-payload.js';
import { XeroWebhookRouter } from '../../src/webhooks/webhook-router.js';

const TENANT = 'b0000000-0000-4000-8000-00000000beef';
const WEBHOOK_KEY = 'bench-webhook-key';

export interface WebhooksWorkResult {
  /** Invoice changes made (each to a different invoice) and fetched back. */
  changes: number;
  /** API requests the simulator served for the follow-up fetch. */
  httpCalls: number;
}

export async function runWebhooksWork(
  options: { changes?: number; timeScale?: number; log?: (message: string) => void } = {},
): Promise<WebhooksWorkResult> {
  const count = options.changes ?? 1000;
  const log = options.log ?? (() => {});
  const timeScale = options.timeScale ?? 0.05;
  const sim = await startXeroSimulator({
    timeScale,
    organisations: [{ tenantId: TENANT, name: 'Webhook Burst Ltd', invoiceCount: 5 }],
    users: [{ userId: 'user-1', organisations: [TENANT] }],
  });
  const store = new MemoryTokenStore();
  const xero = new XeroConnections({ ...simulatorHostOptions(sim), store });
  const router = new XeroWebhookRouter({ store, clientIds: ['company-client'] });
  const inbox = new Map<string, XeroWebhookEvent[]>();
  const handler = new XeroWebhookHandler({
    webhookKey: WEBHOOK_KEY,
    onEvents: async (payload) => {
      for (const share of (await router.route(payload.events)).accounts) {
        inbox.set(share.accountId, [...(inbox.get(share.accountId) ?? []), ...share.events]);
      }
    },
  });
  const receiver = createServer(handler.listener);
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  try {
    const pool = xero.pool({
      accountId: 'acct-bench',
      multiConnection: true,
      apps: { wisepay: 'wisepay', company: 'company', service: 'service' },
    });
    const { authorizationUrl } = await pool.beginConnect('company');
    const connected = await xero.completeConnect(
      await sim.control.approveConsent(authorizationUrl, { tenantIds: [TENANT] }),
    );
    if (connected.status !== 'connected') throw new Error(`connect ended in ${connected.status}`);

    const model = sim.control.organisation(TENANT);
    const call = (method: 'PUT' | 'POST', body: unknown) => {
      const answer = model.handle({
        method,
        path: '/Invoices',
        query: new URLSearchParams('summarizeErrors=false'),
        headers: {},
        body,
        clientId: 'company-client',
        tenantId: TENANT,
        now: Date.now(),
      });
      if (answer.status !== 200) throw new Error(`${method} /Invoices answered ${answer.status}`);
      return (answer.body as { Invoices: Array<{ InvoiceID: string }> }).Invoices;
    };
    const ids = call('PUT', {
      Invoices: Array.from({ length: count }, (_, i) => ({
        Type: 'ACCREC',
        Contact: { Name: 'Bench Customer' },
        LineItems: [{ Description: 'Work', Quantity: 1, UnitAmount: 100 + i, AccountCode: '200' }],
      })),
    }).map((i) => i.InvoiceID);

    const subscription = await sim.control.subscribeWebhooks({
      clientId: 'company-client',
      url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/xero/webhooks`,
      key: WEBHOOK_KEY,
      categories: ['INVOICE'],
      // 5 real seconds to answer: Xero's 5 s scaled would leave a busy machine's receiver a few ms.
      answerTimeoutMs: 5000 / timeScale,
    });
    if (subscription.status !== 'ok')
      throw new Error(`webhook subscription ${subscription.status}: ${subscription.reason}`);
    log(`changing ${count} invoices`);
    for (let i = 0; i < ids.length; i += 100) {
      call('POST', {
        Invoices: ids.slice(i, i + 100).map((id) => ({ InvoiceID: id, Reference: `changed-${id}` })),
      });
    }
    const deadline = Date.now() + 60_000;
    while ((inbox.get('acct-bench')?.length ?? 0) < count) {
      if (Date.now() > deadline)
        throw new Error(`only ${inbox.get('acct-bench')?.length ?? 0} of ${count} events arrived`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    sim.control.resetLog();
    const fetched = await fetchWebhookChanges(pool, inbox.get('acct-bench') ?? [], { role: 'company' });
    const httpCalls = sim.control.requestLog().filter((e) => e.endpoint === 'api').length;
    const changed = fetched.invoices.filter((i) => i.Reference === `changed-${i.InvoiceID}`).length;
    if (changed !== count) throw new Error(`fetched ${changed} of ${count} changed invoices`);
    log(`${count} changes fetched in ${httpCalls} calls`);
    return { changes: changed, httpCalls };
  } finally {
    await sim.close();
    await xero.close();
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
}

// `npx tsx bench/support/webhooks-work.ts` runs it alone and prints the JSON as the last line.
if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const result = await runWebhooksWork({ log: (m) => process.stderr.write(`[webhooks] ${m}\n`) });
  process.stdout.write(`${JSON.stringify({ webhooks: result })}\n`);
}
