import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from '../../src/testing/index.js';
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

describe('the simulator delivers webhooks', () => {
  let world: WebhookWorld;
  beforeEach(async () => {
    world = await startWebhookWorld();
    await connectRole(world, 'acct-1', 'company', DEMO_TENANT_ID);
  });
  afterEach(async () => {
    await world.close();
  });

  const subscribe = (extra: Record<string, unknown> = {}) =>
    world.sim.control.subscribeWebhooks({
      clientId: 'company-client',
      url: world.receiverUrl,
      key: WEBHOOK_KEY,
      answerTimeoutMs: ANSWER_TIMEOUT_XERO_MS,
      ...extra,
    });

  it('batches invoice and contact events of connected organisations, signed as Xero signs them', async () => {
    expect((await subscribe()).status).toBe('ok');
    const [invoiceId] = createInvoices(world.sim, DEMO_TENANT_ID, 1);
    write(world.sim, DEMO_TENANT_ID, 'POST', '/Invoices', {
      Invoices: [{ InvoiceID: invoiceId, Reference: 'changed' }],
    });
    // The app is not connected to this organisation: its changes are not sent to it.
    createInvoices(world.sim, OTHER_TENANT_ID, 1);
    await waitFor(() => world.received.flatMap((p) => p.events).length >= 3, 'three events');
    const events = world.received.flatMap((p) => p.events);
    expect(events.map((e) => [e.eventCategory, e.eventType, e.tenantId])).toEqual(
      expect.arrayContaining([
        ['CONTACT', 'CREATE', DEMO_TENANT_ID],
        ['INVOICE', 'CREATE', DEMO_TENANT_ID],
        ['INVOICE', 'UPDATE', DEMO_TENANT_ID],
      ]),
    );
    expect(events).toHaveLength(3);
    const invoiceEvents = events.filter((e) => e.eventCategory === 'INVOICE');
    expect(invoiceEvents.every((e) => e.resourceId === invoiceId)).toBe(true);
    expect(invoiceEvents[0]?.eventDateUtc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
    // Sequence numbers run on across batches.
    const first = world.received[0];
    expect(first?.firstEventSequence).toBe(1);
    expect(world.received.at(-1)?.lastEventSequence).toBe(3);
  });

  it('delivers only the subscribed categories, and a payment applied to an invoice as its UPDATE', async () => {
    await subscribe({ categories: ['INVOICE'] });
    const [invoiceId] = createInvoices(world.sim, DEMO_TENANT_ID, 1);
    write(world.sim, DEMO_TENANT_ID, 'POST', '/Invoices', {
      Invoices: [{ InvoiceID: invoiceId, Status: 'AUTHORISED' }],
    });
    write(world.sim, DEMO_TENANT_ID, 'PUT', '/Payments', {
      Payments: [
        { Invoice: { InvoiceID: invoiceId }, Account: { Code: '090' }, Amount: 10, Date: '2025-01-10' },
      ],
    });
    await waitFor(() => world.received.flatMap((p) => p.events).length >= 3, 'three invoice events');
    const events = world.received.flatMap((p) => p.events);
    expect(events.map((e) => `${e.eventCategory} ${e.eventType}`)).toEqual([
      'INVOICE CREATE',
      'INVOICE UPDATE',
      'INVOICE UPDATE',
    ]);
  });

  it('redelivers the same batch when onEvents throws, until it is taken', async () => {
    let refusals = 2;
    world.setOnEvents(() => {
      if (refusals-- > 0) throw new Error('inbox down');
    });
    await subscribe();
    createInvoices(world.sim, DEMO_TENANT_ID, 1);
    // The simulator records an attempt once the answer reached it, a moment after onEvents resolved.
    await waitFor(
      () => world.sim.control.webhookSubscriptions()[0]?.deliveredBatches === 1,
      'the batch to be taken',
    );
    expect(world.received).toHaveLength(1);
    const deliveries = world.sim.control.webhookAttempts().filter((a) => a.kind === 'delivery');
    expect(deliveries.map((a) => [a.status, a.attempt])).toEqual([
      [500, 1],
      [500, 2],
      [200, 3],
    ]);
    expect(new Set(deliveries.map((a) => a.firstEventSequence)).size).toBe(1);
    const [sub] = world.sim.control.webhookSubscriptions();
    expect(sub).toMatchObject({
      status: 'ok',
      deliveredBatches: 1,
      failedAttempts: 2,
      consecutiveFailures: 0,
    });
  });

  it('retries a delivery answered too late; the receiver acknowledges the retry without a second onEvents', async () => {
    let calls = 0;
    world.setOnEvents(async () => {
      calls++;
      // Slower than the simulator waits (200 ms real), quicker than its first retry (1 s real).
      if (calls === 1) await new Promise((resolve) => setTimeout(resolve, 500));
    });
    await subscribe({ answerTimeoutMs: 20_000, retryBaseMs: 100_000 });
    createInvoices(world.sim, DEMO_TENANT_ID, 1);
    await waitFor(() => world.sim.control.webhookSubscriptions()[0]?.deliveredBatches === 1, 'the retry');
    const deliveries = world.sim.control.webhookAttempts().filter((a) => a.kind === 'delivery');
    expect(deliveries.map((a) => [a.status, a.attempt])).toEqual([
      [undefined, 1],
      [200, 2],
    ]);
    expect(deliveries[0]?.error).toMatch(/no answer within/);
    // The first request was taken after all (Xero just stopped waiting): the retry is the same bytes.
    expect(calls).toBe(1);
    expect(world.received).toHaveLength(1);
  });

  it('marks a subscription failing after repeated failures, keeps retrying, and recovers', async () => {
    let failing = true;
    world.setOnEvents(() => {
      if (failing) throw new Error('inbox down');
    });
    await subscribe({ failingAfter: 3, retryMaxMs: 2000 });
    createInvoices(world.sim, DEMO_TENANT_ID, 1);
    await waitFor(() => world.sim.control.webhookSubscriptions()[0]?.status === 'failing', 'failing status');
    expect(world.sim.control.webhookSubscriptions()[0]?.consecutiveFailures).toBeGreaterThanOrEqual(3);
    expect(world.received).toEqual([]);
    failing = false;
    await waitFor(
      () => world.sim.control.webhookSubscriptions()[0]?.deliveredBatches === 1,
      'delivery after recovery',
    );
    expect(world.received).toHaveLength(1);
    expect(world.sim.control.webhookSubscriptions()[0]).toMatchObject({ status: 'ok', queuedEvents: 0 });
  });

  it('validates a subscription: unknown app, non-loopback URL, empty key', async () => {
    await expect(
      world.sim.control.subscribeWebhooks({ clientId: 'nope', url: world.receiverUrl, key: 'k' }),
    ).rejects.toThrow(/unknown clientId "nope"/);
    await expect(
      world.sim.control.subscribeWebhooks({
        clientId: 'company-client',
        url: 'https://example.com/h',
        key: 'k',
      }),
    ).rejects.toThrow(/loopback/);
    await expect(
      world.sim.control.subscribeWebhooks({ clientId: 'company-client', url: world.receiverUrl, key: '' }),
    ).rejects.toThrow(/key/);
    expect(world.sim.control.webhookSubscriptions()).toEqual([]);
  });

  it('stops delivering on close(): no timer or request outlives the simulator', async () => {
    world.setOnEvents(() => {
      throw new Error('always down');
    });
    await subscribe();
    createInvoices(world.sim, DEMO_TENANT_ID, 1);
    await waitFor(() => world.sim.control.webhookAttempts().some((a) => a.kind === 'delivery'), 'a delivery');
    await world.sim.close();
    const count = world.sim.control.webhookAttempts().length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(world.sim.control.webhookAttempts().length).toBe(count);
    expect(world.sim.control.webhookSubscriptions()).toEqual([]);
  });
});
