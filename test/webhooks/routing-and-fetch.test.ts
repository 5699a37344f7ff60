import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from '../../src/testing/index.js';
import { fetchWebhookChanges } from '../../src/webhooks/follow-up-fetch.js';
import { sweepWebhookGaps } from '../../src/webhooks/reconciliation-sweep.js';
import type { XeroWebhookEvent } from '../../src/webhooks/webhook-payload.js';
import { type AccountWebhookEvents, XeroWebhookRouter } from '../../src/webhooks/webhook-router.js';
import {
  ANSWER_TIMEOUT_XERO_MS,
  connectRole,
  createInvoices,
  startWebhookWorld,
  WEBHOOK_KEY,
  type WebhookWorld,
  waitFor,
  write,
} from './support/webhook-world.js';

describe('routing webhook events to accounts', () => {
  let world: WebhookWorld;
  beforeEach(async () => {
    world = await startWebhookWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('hands the events of an organisation shared by two accounts to both, and no one else', async () => {
    await connectRole(world, 'acct-a', 'company', DEMO_TENANT_ID);
    await connectRole(world, 'acct-b', 'company', DEMO_TENANT_ID);
    await connectRole(world, 'acct-b', 'service', DEMO_TENANT_ID);
    await connectRole(world, 'acct-c', 'company', OTHER_TENANT_ID);
    const router = new XeroWebhookRouter({ store: world.store, clientIds: ['company-client'] });
    const shares: AccountWebhookEvents[] = [];
    world.setOnEvents(async (payload) => {
      shares.push(...(await router.route(payload.events)).accounts);
    });
    const sub = await world.sim.control.subscribeWebhooks({
      clientId: 'company-client',
      url: world.receiverUrl,
      key: WEBHOOK_KEY,
      categories: ['INVOICE'],
      answerTimeoutMs: ANSWER_TIMEOUT_XERO_MS,
    });
    expect(sub.status).toBe('ok');
    const [demoInvoice] = createInvoices(world.sim, DEMO_TENANT_ID, 1);
    const [otherInvoice] = createInvoices(world.sim, OTHER_TENANT_ID, 1);
    await waitFor(() => shares.length >= 3, 'three account shares');

    const byAccount = new Map<string, string[]>();
    for (const share of shares) {
      byAccount.set(share.accountId, [
        ...(byAccount.get(share.accountId) ?? []),
        ...share.events.map((e) => e.resourceId),
      ]);
    }
    expect(Object.fromEntries(byAccount)).toEqual({
      'acct-a': [demoInvoice],
      'acct-b': [demoInvoice],
      'acct-c': [otherInvoice],
    });
    const b = shares.find((s) => s.accountId === 'acct-b');
    // Only the connections made through the webhook's app: acct-b's service role uses another app.
    expect(b?.connections).toEqual([{ role: 'company', clientId: 'company-client', broken: false }]);
  });

  it('returns events of organisations nobody is connected to as unrouted', async () => {
    await connectRole(world, 'acct-a', 'company', DEMO_TENANT_ID);
    const router = new XeroWebhookRouter({ store: world.store });
    const stray: XeroWebhookEvent = {
      resourceUrl: 'https://api.xero.com/api.xro/2.0/Invoices/x',
      resourceId: 'x',
      eventDateUtc: '2025-01-01T00:00:00.000',
      eventType: 'UPDATE',
      eventCategory: 'INVOICE',
      tenantId: '99999999-0000-4000-8000-000000000000',
      tenantType: 'ORGANISATION',
    };
    const routing = await router.route([stray]);
    expect(routing).toEqual({ accounts: [], unrouted: [stray], unlisted: 0 });
  });

  it('with indexTtlMs, reads the listing once for many batches until invalidated', async () => {
    await connectRole(world, 'acct-a', 'company', DEMO_TENANT_ID);
    let listings = 0;
    const store = new Proxy(world.store, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (property === 'listAll') listings++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const router = new XeroWebhookRouter({ store, indexTtlMs: 60_000 });
    const event: XeroWebhookEvent = {
      resourceUrl: 'u',
      resourceId: 'r',
      eventDateUtc: '2025-01-01T00:00:00.000',
      eventType: 'UPDATE',
      eventCategory: 'INVOICE',
      tenantId: DEMO_TENANT_ID,
      tenantType: 'ORGANISATION',
    };
    const accountsOf = async () => (await router.route([event])).accounts.map((a) => a.accountId).sort();
    expect(await accountsOf()).toEqual(['acct-a']);
    const afterFirst = listings;
    expect(afterFirst).toBeGreaterThan(0);
    await Promise.all([accountsOf(), accountsOf(), accountsOf()]);
    expect(listings).toBe(afterFirst);
    // A connection made since the index was read is not seen until invalidate() (or the TTL).
    await connectRole(world, 'acct-b', 'company', DEMO_TENANT_ID);
    expect(await accountsOf()).toEqual(['acct-a']);
    router.invalidate();
    expect(await accountsOf()).toEqual(['acct-a', 'acct-b']);
  });

  it('refuses a store that cannot list its connections', () => {
    expect(() => new XeroWebhookRouter({ store: { ...world.store, listAll: undefined } as never })).toThrow(
      /listAll/,
    );
  });
});

describe('the follow-up fetch', () => {
  const TENANT = '5b0c0000-0000-4000-8000-00000000b001';
  let world: WebhookWorld;
  beforeEach(async () => {
    world = await startWebhookWorld({
      organisations: [{ tenantId: TENANT, name: 'Burst Ltd', invoiceCount: 5 }],
    });
    await connectRole(world, 'acct-1', 'company', TENANT);
  });
  afterEach(async () => {
    await world.close();
  });

  it('fetches 1,000 changes to 1,000 invoices in at most 25 calls, in eventDateUtc order', async () => {
    const ids = createInvoices(world.sim, TENANT, 1000);
    const queued: XeroWebhookEvent[] = [];
    world.setOnEvents((payload) => {
      queued.push(...payload.events);
    });
    await world.sim.control.subscribeWebhooks({
      clientId: 'company-client',
      url: world.receiverUrl,
      key: WEBHOOK_KEY,
      answerTimeoutMs: ANSWER_TIMEOUT_XERO_MS,
    });
    // 1,000 separate changes, newest last: ten writes of 100, in reverse creation order.
    const reversed = [...ids].reverse();
    for (let i = 0; i < 1000; i += 100) {
      write(world.sim, TENANT, 'POST', '/Invoices', {
        Invoices: reversed.slice(i, i + 100).map((id) => ({ InvoiceID: id, Reference: `changed-${id}` })),
      });
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await waitFor(() => queued.length >= 1000, '1,000 events');
    expect(queued).toHaveLength(1000);

    world.sim.control.resetLog();
    const changes = await fetchWebhookChanges(world.pool('acct-1'), queued, { role: 'company' });
    const calls = world.sim.control.requestLog().filter((e) => e.endpoint === 'api');
    expect(calls.length).toBeLessThanOrEqual(25);
    expect(calls.every((c) => c.method === 'GET' && c.path.endsWith('/Invoices'))).toBe(true);
    expect(changes.calls).toBe(calls.length);
    expect(changes.invoices).toHaveLength(1000);
    expect(changes.missing).toEqual([]);
    expect(changes.invoices.every((i) => i.Reference === `changed-${i.InvoiceID}`)).toBe(true);
    // Oldest change first: the first write changed the 100 newest invoices.
    const firstWrite = new Set<string | undefined>(reversed.slice(0, 100));
    expect(changes.invoices.slice(0, 100).every((i) => firstWrite.has(i.InvoiceID))).toBe(true);
  });

  it('fetches each record once however many events name it, and sweeps what events missed', async () => {
    const [a, b] = createInvoices(world.sim, TENANT, 2);
    const queued: XeroWebhookEvent[] = [];
    world.setOnEvents((payload) => {
      queued.push(...payload.events);
    });
    const cursors = (await sweepWebhookGaps(world.pool('acct-1'))).cursors;
    await world.sim.control.subscribeWebhooks({
      clientId: 'company-client',
      url: world.receiverUrl,
      key: WEBHOOK_KEY,
      answerTimeoutMs: ANSWER_TIMEOUT_XERO_MS,
    });
    for (let n = 0; n < 5; n++) {
      write(world.sim, TENANT, 'POST', '/Invoices', { Invoices: [{ InvoiceID: a, Reference: `a-${n}` }] });
    }
    await waitFor(() => queued.length >= 5, 'five events');
    world.sim.control.resetLog();
    const changes = await fetchWebhookChanges(world.pool('acct-1'), queued);
    expect(changes.calls).toBe(1);
    expect(changes.invoices.map((i) => [i.InvoiceID, i.Reference])).toEqual([[a, 'a-4']]);

    // A change the webhook never told us of (the subscription is gone) is found by the sweep.
    world.sim.control.unsubscribeWebhooks({ clientId: 'company-client' });
    write(world.sim, TENANT, 'POST', '/Invoices', { Invoices: [{ InvoiceID: b, Reference: 'missed' }] });
    const swept = await sweepWebhookGaps(world.pool('acct-1'), { cursors, categories: ['INVOICE'] });
    expect(swept.invoices.map((i) => i.InvoiceID).sort()).toEqual([a, b].sort());
    expect(swept.invoices.find((i) => i.InvoiceID === b)?.Reference).toBe('missed');
  });

  it('refuses events of two organisations with a typed error and calls nothing', async () => {
    const event = (tenantId: string): XeroWebhookEvent => ({
      resourceUrl: 'u',
      resourceId: 'r',
      eventDateUtc: '2025-01-01T00:00:00.000',
      eventType: 'UPDATE',
      eventCategory: 'INVOICE',
      tenantId,
      tenantType: 'ORGANISATION',
    });
    world.sim.control.resetLog();
    await expect(
      fetchWebhookChanges(world.pool('acct-1'), [event(TENANT), event(DEMO_TENANT_ID)]),
    ).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    expect(world.sim.control.requestLog()).toEqual([]);
  });
});
