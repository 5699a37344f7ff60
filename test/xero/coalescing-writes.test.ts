import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { XeroValidationError } from '../../src/errors/api-errors.js';
import { isXeroConnectionsError } from '../../src/errors/xero-connections-error.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import type { XeroRoleClient } from '../../src/pool/role-client.js';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import type { BatchItemResult } from '../../src/xero/batch.js';
import type { Payment } from '../../src/xero/schemas/payment.js';
import { connect, type PoolWorld, SIM_APP_OPTIONS, startPoolWorld } from '../pool/support/pool-world.js';

const TIME_SCALE = 0.01;

/**
 * Coalesced writes over real HTTP against the simulator, through a host and a one-connection pool. A burst
 * of calls made in one tick always shares a request: its carrier is granted its slot only after the
 * credentials and the limits engine answered, which is after the tick. Assertions count requests in the
 * simulator's log and read the organisation's model: never a duration.
 */
describe('coalesced writes', () => {
  let world: PoolWorld;
  let pool: ConnectionPool;
  let user: XeroRoleClient;
  let seq = 0;

  beforeAll(async () => {
    world = await startPoolWorld({
      timeScale: TIME_SCALE,
      host: {
        apps: { ...SIM_APP_OPTIONS, wisepay: { ...SIM_APP_OPTIONS.wisepay, limits: { concurrent: 1 } } },
        // An outage is waited out for 30 real ms at most (3,000 Xero ms at this scale).
        http: { maxOutageWaitMs: 3000, retryBaseDelayMs: 200, retryMaxDelayMs: 1000, maxRetries: 4 },
      },
    });
    pool = world.host.pool({ accountId: 'acct-coalesce', apps: 'wisepay' });
    await connect(world, pool, 'wisepay');
    user = pool.role('wisepay');
  });
  afterEach(() => {
    world.sim.control.clearFaults();
    world.sim.control.setLatency(0);
  });
  afterAll(async () => {
    await world?.close();
  });

  const model = () => world.sim.control.organisation(DEMO_TENANT_ID);
  const apiCalls = (method: string, path: string) =>
    world.sim.control
      .requestLog()
      .filter((e) => e.endpoint === 'api' && e.method === method && e.path.endsWith(`/api.xro/2.0${path}`));

  /** `n` AUTHORISED invoices of 100.00 (plus tax) each, made alone (not part of what a test counts). */
  async function authorisedInvoices(n: number): Promise<string[]> {
    const contactId = model().contacts()[0]!.ContactID;
    const tag = `coalesce-${++seq}`;
    const results = await user.invoices.create(
      Array.from({ length: n }, (_, i) => ({
        Type: 'ACCREC' as const,
        Status: 'AUTHORISED' as const,
        Contact: { ContactID: contactId },
        Date: '2025-03-01',
        DueDate: '2025-03-31',
        Reference: `${tag}-${i}`,
        LineItems: [{ Description: 'service', Quantity: 1, UnitAmount: 100, AccountCode: '200' }],
      })),
      { coalesce: false },
    );
    expect(results.every((r) => r.ok)).toBe(true);
    return results.map((r) => r.value!.InvoiceID!);
  }

  const payment = (invoiceId: string, amount = 10) => ({
    Invoice: { InvoiceID: invoiceId },
    Account: { Code: '090' },
    Date: '2025-03-05',
    Amount: amount,
  });
  const amountDue = (invoiceId: string) => model().invoice(invoiceId)?.AmountDue;
  const paymentsOn = (invoiceId: string) =>
    model()
      .payments()
      .filter((p) => p.Invoice?.InvoiceID === invoiceId);

  it('mixed valid and invalid elements from different callers: one request, each caller settles with its own', async () => {
    const inv = await authorisedInvoices(7);
    const due = amountDue(inv[0]!)!;
    world.sim.control.resetLog();
    // Four callers in one tick; 1000.00 exceeds an invoice's amount due, so Xero refuses that element.
    const calls = [
      user.payments.create([payment(inv[0]!), payment(inv[1]!, 1000), payment(inv[2]!)]),
      user.payments.create([payment(inv[3]!, 1000)]),
      user.payments.create([payment(inv[4]!)]),
      user.payments.create([payment(inv[5]!), payment(inv[6]!)]),
    ];
    const [a, b, c, d] = (await Promise.all(calls)) as Array<Array<BatchItemResult<Payment>>>;

    const puts = apiCalls('PUT', '/Payments');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.idempotencyKey).toBeTruthy();

    // Each caller's results, indexed in its own input, in its own order.
    expect(a!.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
    expect(a![0]!.value!.Invoice?.InvoiceID).toBe(inv[0]);
    expect(a![2]!.value!.Invoice?.InvoiceID).toBe(inv[2]);
    const refused = a![1]!;
    expect(refused.status).toBe('ERROR');
    expect(refused.errors.join(' ')).toMatch(/exceeds the amount outstanding/);
    expect(refused.error).toBeInstanceOf(XeroValidationError);
    expect((refused.error as XeroValidationError).elements).toEqual([{ index: 1, messages: refused.errors }]);
    expect(refused.error!.message).toContain('PUT /api.xro/2.0/Payments');

    expect(b!.map((r) => [r.index, r.ok])).toEqual([[0, false]]);
    expect((b![0]!.error as XeroValidationError).elements[0]!.index).toBe(0);
    expect(c!.map((r) => [r.index, r.ok, r.value?.Invoice?.InvoiceID])).toEqual([[0, true, inv[4]]]);
    expect(d!.map((r) => r.value?.Invoice?.InvoiceID)).toEqual([inv[5], inv[6]]);

    // Xero's books: the valid elements applied once, the refused ones changed nothing.
    for (const i of [0, 2, 4, 5, 6]) {
      expect(amountDue(inv[i]!)).toBe(due - 10);
      expect(paymentsOn(inv[i]!)).toHaveLength(1);
    }
    for (const i of [1, 3]) {
      expect(amountDue(inv[i]!)).toBe(due);
      expect(paymentsOn(inv[i]!)).toHaveLength(0);
    }
  });

  it('a whole-request 503 reaches every member with the typed error, and nothing is applied', async () => {
    const inv = await authorisedInvoices(4);
    const due = amountDue(inv[0]!)!;
    world.sim.control.resetLog();
    world.sim.control.failNext({ count: 1000, status: 503, pathPrefix: '/api.xro/2.0/Payments' });
    const outcomes = await Promise.allSettled([
      user.payments.create([payment(inv[0]!), payment(inv[1]!)]),
      user.payments.create([payment(inv[2]!)]),
      user.payments.create([payment(inv[3]!)]),
    ]);
    world.sim.control.clearFaults();
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason;
      expect(isXeroConnectionsError(reason)).toBe(true);
      expect(reason.code).toBe('ERR_XERO_UNAVAILABLE');
      expect(reason.message).toContain('PUT /api.xro/2.0/Payments');
    }
    const puts = apiCalls('PUT', '/Payments');
    expect(puts.length).toBeGreaterThanOrEqual(1);
    // One merged request, under one key across all its attempts.
    expect(new Set(puts.map((p) => p.idempotencyKey)).size).toBe(1);
    for (const id of inv) expect(amountDue(id)).toBe(due);
  });

  it('a coalesced request retried after a lost response applies every payment once', async () => {
    const inv = await authorisedInvoices(30);
    const due = amountDue(inv[0]!)!;
    world.sim.control.resetLog();
    // Xero applies the first attempt after 400 ms, but the SDK gave up after 100 ms: the retry must be
    // recognised by its key. The retry goes without latency.
    const unsubscribe = pool.on('call:finished', () => world.sim.control.setLatency(0));
    world.sim.control.setLatency(400);
    const results = await Promise.all(inv.map((id) => user.payments.create([payment(id)], { timeout: 100 })));
    unsubscribe();
    // Let the first attempt's delayed processing finish before reading the books.
    await new Promise((r) => setTimeout(r, 500));

    expect(results.every((r) => r.length === 1 && r[0]!.ok)).toBe(true);
    const puts = apiCalls('PUT', '/Payments');
    expect(puts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(puts.map((p) => p.idempotencyKey)).size).toBe(1);
    for (const id of inv) {
      expect(paymentsOn(id)).toHaveLength(1);
      expect(amountDue(id)).toBe(due - 10);
    }
  });

  it('interactive calls keep their priority while batch writes coalesce', async () => {
    const inv = await authorisedInvoices(123);
    const batch = pool.forTraffic('payment-batch');
    world.sim.control.resetLog();
    world.sim.control.setLatency(300);
    const starts: Array<{ priority: string; role: string }> = [];
    let interactive: Array<Promise<unknown>> = [];
    const unsubscribe = pool.on('call:started', (e) => {
      starts.push({ priority: e.priority, role: e.callRole });
      // While the first batch request holds the connection's only slot, three user payments arrive.
      if (starts.length === 1) {
        interactive = inv.slice(120).map((id) => user.payments.create([payment(id)]));
      }
    });
    const batchResults = await Promise.all(
      inv.slice(0, 120).map((id) => batch.payments.create([payment(id)])),
    );
    await Promise.all(interactive);
    unsubscribe();

    expect(batchResults.every((r) => r[0]!.ok)).toBe(true);
    // 120 batch payments in 3 requests (50 + 50 + 20), the 3 user payments in one; the user's request
    // starts right after the batch request that was in flight, ahead of the two batch requests queued.
    expect(apiCalls('PUT', '/Payments')).toHaveLength(4);
    expect(starts.map((s) => s.priority)).toEqual(['batch', 'interactive', 'batch', 'batch']);
    expect(starts[1]!.role).toBe('wisepay');
    for (const id of inv) expect(paymentsOn(id)).toHaveLength(1);
  });

  it('coalesce: false sends each call alone; a caller-chosen idempotency key is sent alone under that key', async () => {
    const inv = await authorisedInvoices(8);
    world.sim.control.resetLog();
    await Promise.all(inv.slice(0, 3).map((id) => user.payments.create([payment(id)], { coalesce: false })));
    expect(apiCalls('PUT', '/Payments')).toHaveLength(3);

    world.sim.control.resetLog();
    await Promise.all([
      user.payments.create([payment(inv[3]!)], { idempotencyKey: 'caller-own-key' }),
      user.payments.create([payment(inv[4]!)]),
      user.payments.create([payment(inv[5]!)]),
    ]);
    const puts = apiCalls('PUT', '/Payments');
    expect(puts).toHaveLength(2);
    expect(puts.map((p) => p.idempotencyKey)).toContain('caller-own-key:0');

    world.sim.control.resetLog();
    await Promise.all(inv.slice(6).map((id) => user.payments.create([payment(id)])));
    expect(apiCalls('PUT', '/Payments')).toHaveLength(1);
    for (const id of inv) expect(paymentsOn(id)).toHaveLength(1);

    await expect(
      user.payments.create([payment(inv[0]!)], { coalesce: 'no' as unknown as boolean }),
    ).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
  });

  it('on an idle connection a write goes out at once: it never waits for another request to finish', async () => {
    const inv = await authorisedInvoices(2);
    const host2 = await startPoolWorld({ timeScale: TIME_SCALE });
    try {
      const idle = host2.host.pool({ accountId: 'acct-idle', apps: 'wisepay' });
      await connect(host2, idle, 'wisepay');
      const client = idle.role('wisepay');
      const contactId = host2.sim.control.organisation(DEMO_TENANT_ID).contacts()[0]!.ContactID;
      host2.sim.control.setLatency(600);
      const events: string[] = [];
      let second: Promise<unknown> | undefined;
      idle.on('call:started', () => {
        events.push('started');
        // The first write is on the wire (its body built as it started): a second one, with slots free,
        // starts without waiting for it, in a request of its own.
        if (second === undefined) {
          second = new Promise((resolve, reject) =>
            setImmediate(() =>
              client.contacts.create([{ Name: `idle-second-${inv[1]}` }]).then(resolve, reject),
            ),
          );
        }
      });
      idle.on('call:finished', () => events.push('finished'));
      await client.contacts.create([{ Name: `idle-first-${inv[0]}` }]);
      await second;
      expect(events).toEqual(['started', 'started', 'finished', 'finished']);
      const puts = host2.sim.control
        .requestLog()
        .filter((e) => e.endpoint === 'api' && e.method === 'PUT' && e.path.endsWith('/Contacts'));
      expect(puts).toHaveLength(2);
      const names = host2.sim.control
        .organisation(DEMO_TENANT_ID)
        .contacts()
        .map((c) => c.Name);
      expect(names).toContain(`idle-first-${inv[0]}`);
      expect(names).toContain(`idle-second-${inv[1]}`);
      expect(contactId).toBeTruthy();
    } finally {
      await host2.close();
    }
  });
});

describe('closing with writes waiting', () => {
  it('every waiting caller settles typed when the host closes; none hangs, none is sent after', async () => {
    const world = await startPoolWorld({
      timeScale: TIME_SCALE,
      host: {
        apps: { ...SIM_APP_OPTIONS, wisepay: { ...SIM_APP_OPTIONS.wisepay, limits: { concurrent: 1 } } },
      },
    });
    let closed = false;
    try {
      const pool = world.host.pool({ accountId: 'acct-close', apps: 'wisepay' });
      await connect(world, pool, 'wisepay');
      const client = pool.role('wisepay');
      world.sim.control.setLatency(300);
      const first = client.contacts.create([{ Name: 'close-first' }]);
      await new Promise<void>((resolve) => {
        const off = pool.on('call:started', () => {
          off();
          resolve();
        });
      });
      // 120 contacts wait behind the one request in flight: three merged requests queued for the slot.
      const waiting = Array.from({ length: 120 }, (_, i) => client.contacts.create([{ Name: `close-${i}` }]));
      await world.host.close();
      closed = true;
      const outcomes = await Promise.allSettled([first, ...waiting]);
      // The host's close ends the request in flight too; every caller settles with a typed error.
      const reasons = outcomes.map((o) => (o.status === 'rejected' ? o.reason : undefined));
      expect(reasons.every((r) => isXeroConnectionsError(r))).toBe(true);
      expect(new Set(reasons.slice(1).map((r) => (r as { code: string }).code))).toEqual(
        new Set(['ERR_CLOSED']),
      );
      const names = world.sim.control
        .organisation(DEMO_TENANT_ID)
        .contacts()
        .map((c) => c.Name);
      expect(names.filter((n) => n?.startsWith('close-') && n !== 'close-first')).toHaveLength(0);
    } finally {
      if (!closed) await world.host.close();
      await world.sim.close();
    }
  });
});

describe('the host switch http.coalesce', () => {
  it('false sends every write alone', async () => {
    const world = await startPoolWorld({ timeScale: TIME_SCALE, host: { http: { coalesce: false } } });
    try {
      const pool = world.host.pool({ accountId: 'acct-no-coalesce', apps: 'wisepay' });
      await connect(world, pool, 'wisepay');
      world.sim.control.resetLog();
      const client = pool.role('wisepay');
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, i) => client.contacts.create([{ Name: `switch-off-${i}` }])),
      );
      expect(results.every((r) => r[0]!.ok)).toBe(true);
      const puts = world.sim.control
        .requestLog()
        .filter((e) => e.endpoint === 'api' && e.method === 'PUT' && e.path.endsWith('/Contacts'));
      expect(puts).toHaveLength(4);
    } finally {
      await world.close();
    }
  });

  it('is validated with the host options', async () => {
    const { XeroConnections } = await import('../../src/host.js');
    expect(
      () =>
        new XeroConnections({
          apps: SIM_APP_OPTIONS,
          http: { coalesce: 'yes' as unknown as boolean },
        }),
    ).toThrow(/http\.coalesce/);
  });
});
