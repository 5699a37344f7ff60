/**
 * A simulator, a host connected to it, and a real HTTP receiver running XeroWebhookHandler: the pieces
 * every webhook acceptance test starts from. Everything is released by close().
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XeroConnections } from '../../../src/host.js';
import type { ConnectionPool } from '../../../src/pool/connection-pool.js';
import type { Role } from '../../../src/roles.js';
import { MemoryTokenStore } from '../../../src/stores/memory-token-store.js';
import {
  type OrganisationSeed,
  simulatorHostOptions,
  startXeroSimulator,
  type XeroSimulator,
} from '../../../src/testing/index.js';
import { XeroWebhookHandler, type XeroWebhookHandlerOptions } from '../../../src/webhooks/webhook-handler.js';
import type { XeroWebhookPayload } from '../../../src/webhooks/webhook-payload.js';

export const WEBHOOK_KEY = 'test-webhook-key-0123456789abcdef';
/** One Xero minute is 600 ms: batches gather for 10 ms, retries start at 10 ms. */
export const TIME_SCALE = 0.01;
/** The receiver's answer deadline, generous for a loaded machine (Xero time: 500 s real × 0.01 = 5 s). */
export const ANSWER_TIMEOUT_XERO_MS = 500_000;

export interface WebhookWorld {
  sim: XeroSimulator;
  xero: XeroConnections;
  store: MemoryTokenStore;
  handler: XeroWebhookHandler;
  /** Where the handler listens. */
  receiverUrl: string;
  /** Every batch onEvents took, in order. */
  received: XeroWebhookPayload[];
  /** Replaces what onEvents does after recording (throw to refuse a batch). */
  setOnEvents(fn: XeroWebhookHandlerOptions['onEvents']): void;
  pool(accountId: string): ConnectionPool;
  close(): Promise<void>;
}

export async function startWebhookWorld(
  options: { organisations?: OrganisationSeed[]; handler?: Partial<XeroWebhookHandlerOptions> } = {},
): Promise<WebhookWorld> {
  const sim = await startXeroSimulator({
    timeScale: TIME_SCALE,
    ...(options.organisations !== undefined
      ? {
          organisations: options.organisations,
          users: [{ userId: 'user-1', organisations: options.organisations.map((o) => o.tenantId) }],
        }
      : {}),
  });
  const store = new MemoryTokenStore();
  const xero = new XeroConnections({ ...simulatorHostOptions(sim), store });
  const received: XeroWebhookPayload[] = [];
  let onEvents: XeroWebhookHandlerOptions['onEvents'] = () => {};
  const handler = new XeroWebhookHandler({
    webhookKey: WEBHOOK_KEY,
    onEvents: async (payload, context) => {
      await onEvents(payload, context);
      received.push(payload);
    },
    ...options.handler,
  });
  const server: Server = createServer(handler.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/xero/webhooks`;
  const pools = new Map<string, ConnectionPool>();
  return {
    sim,
    xero,
    store,
    handler,
    receiverUrl,
    received,
    setOnEvents(fn) {
      onEvents = fn;
    },
    pool(accountId) {
      let pool = pools.get(accountId);
      if (pool === undefined) {
        pool = xero.pool({
          accountId,
          multiConnection: true,
          apps: { wisepay: 'wisepay', company: 'company', service: 'service' },
        });
        pools.set(accountId, pool);
      }
      return pool;
    },
    async close() {
      await sim.close();
      await xero.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Connects one role of an account to `tenantId` through the real OAuth flow and the scripted consent. */
export async function connectRole(
  world: WebhookWorld,
  accountId: string,
  role: Role,
  tenantId: string,
): Promise<void> {
  const pool = world.pool(accountId);
  const { authorizationUrl } = await pool.beginConnect(role);
  const redirect = await world.sim.control.approveConsent(authorizationUrl, { tenantIds: [tenantId] });
  const result = await world.xero.completeConnect(redirect);
  if (result.status !== 'connected') throw new Error(`connect ended in ${result.status}`);
}

/** Writes to an organisation the way Xero's own UI would: through the model, not the app's API budget. */
export function write(
  sim: XeroSimulator,
  tenantId: string,
  method: 'PUT' | 'POST',
  path: string,
  body: unknown,
): Record<string, unknown> {
  const response = sim.control.organisation(tenantId).handle({
    method,
    path,
    query: new URLSearchParams('summarizeErrors=false'),
    headers: {},
    body,
    clientId: 'company-client',
    tenantId,
    now: Date.now(),
  });
  if (response.status !== 200) throw new Error(`${method} ${path} answered ${response.status}`);
  return response.body as Record<string, unknown>;
}

/** Creates `count` draft sales invoices; their InvoiceIDs in order. */
export function createInvoices(sim: XeroSimulator, tenantId: string, count: number): string[] {
  const invoices = Array.from({ length: count }, (_, i) => ({
    Type: 'ACCREC',
    Contact: { Name: 'Webhook Customer' },
    Reference: `created-${i}`,
    LineItems: [{ Description: 'Work', Quantity: 1, UnitAmount: 100 + i, AccountCode: '200' }],
  }));
  const body = write(sim, tenantId, 'PUT', '/Invoices', { Invoices: invoices });
  return (body.Invoices as Array<{ InvoiceID: string }>).map((i) => i.InvoiceID);
}

/** Polls `predicate` every 20 ms until true or `timeoutMs` passes (then throws naming `what`). */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
