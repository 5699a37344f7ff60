import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { XeroApiError } from '../../src/errors/api-errors.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import type { XeroRoleClient } from '../../src/pool/role-client.js';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import { connect, type PoolWorld, SIM_APP_OPTIONS, startPoolWorld } from '../pool/support/pool-world.js';

const TIME_SCALE = 0.01;
const UNKNOWN = ['00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000a002'];

/**
 * Coalesced reads by id over real HTTP against the simulator: concurrent `get(id)` calls on one connection
 * become one list request per ≤ 50 ids (`IDs=` on invoices and contacts, a `where` of PaymentIDs on
 * payments, which have no `IDs` in Xero's API). Calls made in one tick always share a request.
 */
describe('coalesced reads by id', () => {
  let world: PoolWorld;
  let pool: ConnectionPool;
  let user: XeroRoleClient;

  beforeAll(async () => {
    world = await startPoolWorld({
      timeScale: TIME_SCALE,
      host: {
        apps: { ...SIM_APP_OPTIONS, wisepay: { ...SIM_APP_OPTIONS.wisepay, limits: { concurrent: 1 } } },
      },
    });
    pool = world.host.pool({ accountId: 'acct-reads', apps: 'wisepay' });
    await connect(world, pool, 'wisepay');
    user = pool.role('wisepay');
  });
  afterEach(() => world.sim.control.setLatency(0));
  afterAll(async () => {
    await world?.close();
  });

  const model = () => world.sim.control.organisation(DEMO_TENANT_ID);
  const gets = (suffix: RegExp) =>
    world.sim.control
      .requestLog()
      .filter((e) => e.endpoint === 'api' && e.method === 'GET' && suffix.test(e.path));

  it('invoices.get: concurrent gets share one IDs= request; each caller gets its own record or a typed 404', async () => {
    const known = model().invoices().slice(0, 12);
    world.sim.control.resetLog();
    const ids = [...known.map((i) => i.InvoiceID), known[3]!.InvoiceID.toUpperCase(), ...UNKNOWN];
    const outcomes = await Promise.allSettled(ids.map((id) => user.invoices.get(id)));

    expect(gets(/\/Invoices$/)).toHaveLength(1);
    expect(gets(/\/Invoices\/.+/)).toHaveLength(0);
    known.forEach((invoice, i) => {
      const outcome = outcomes[i]!;
      expect(outcome.status).toBe('fulfilled');
      const got = (outcome as PromiseFulfilledResult<{ InvoiceID?: string; Total?: number }>).value;
      expect(got.InvoiceID).toBe(invoice.InvoiceID);
      expect(got.Total).toBe(invoice.Total);
    });
    // The same invoice asked twice (any case) is answered twice.
    expect((outcomes[12] as PromiseFulfilledResult<{ InvoiceID?: string }>).value.InvoiceID).toBe(
      known[3]!.InvoiceID,
    );
    for (const [i, id] of UNKNOWN.entries()) {
      const outcome = outcomes[13 + i]!;
      expect(outcome.status).toBe('rejected');
      const error = (outcome as PromiseRejectedResult).reason as XeroApiError;
      expect(error).toBeInstanceOf(XeroApiError);
      expect(error.status).toBe(404);
      expect(error.message).toContain(id);
      expect(error.path).toBe(`/api.xro/2.0/Invoices/${id}`);
    }
  });

  it('splits more ids than one URL holds into requests of at most 50', async () => {
    const known = model()
      .invoices()
      .slice(0, 40)
      .map((i) => i.InvoiceID);
    const unknown = Array.from(
      { length: 20 },
      (_, i) => `00000000-0000-4000-8000-0000000b${String(i).padStart(4, '0')}`,
    );
    world.sim.control.resetLog();
    const outcomes = await Promise.allSettled([...known, ...unknown].map((id) => user.invoices.get(id)));
    expect(
      outcomes.slice(0, 40).map((o) => (o as PromiseFulfilledResult<{ InvoiceID?: string }>).value.InvoiceID),
    ).toEqual(known);
    expect(
      outcomes.slice(40).map((o) => ((o as PromiseRejectedResult).reason as XeroApiError).status),
    ).toEqual(unknown.map(() => 404));
    expect(gets(/\/Invoices$/)).toHaveLength(2);
  });

  it('contacts.get shares one request, archived contacts included; unknown ids are typed 404s', async () => {
    const contacts = model().contacts().slice(0, 5);
    const [archived] = await user.contacts.update(
      [{ ContactID: contacts[4]!.ContactID, ContactStatus: 'ARCHIVED' }],
      {
        coalesce: false,
      },
    );
    expect(archived?.ok).toBe(true);
    world.sim.control.resetLog();
    const outcomes = await Promise.allSettled(
      [...contacts.map((c) => c.ContactID), UNKNOWN[0]!].map((id) => user.contacts.get(id)),
    );
    expect(gets(/\/Contacts$/)).toHaveLength(1);
    contacts.forEach((contact, i) => {
      expect((outcomes[i] as PromiseFulfilledResult<{ ContactID?: string }>).value.ContactID).toBe(
        contact.ContactID,
      );
    });
    const missing = (outcomes[5] as PromiseRejectedResult).reason as XeroApiError;
    expect(missing).toBeInstanceOf(XeroApiError);
    expect(missing.status).toBe(404);
  });

  it('payments.get selects ids with where (Xero has no IDs= on payments), 25 per request', async () => {
    const contactId = model().contacts()[0]!.ContactID;
    const created = await user.invoices.create(
      Array.from({ length: 30 }, (_, i) => ({
        Type: 'ACCREC' as const,
        Status: 'AUTHORISED' as const,
        Contact: { ContactID: contactId },
        Reference: `reads-${i}`,
        LineItems: [{ Description: 'x', Quantity: 1, UnitAmount: 50, AccountCode: '200' }],
      })),
    );
    const paid = await user.payments.create(
      created.map((r) => ({
        Invoice: { InvoiceID: r.value!.InvoiceID! },
        Account: { Code: '090' },
        Amount: 5,
      })),
    );
    const paymentIds = paid.map((p) => p.value!.PaymentID!);
    world.sim.control.resetLog();
    const outcomes = await Promise.allSettled(
      [...paymentIds, UNKNOWN[1]!].map((id) => user.payments.get(id)),
    );
    expect(gets(/\/Payments$/)).toHaveLength(2);
    paymentIds.forEach((id, i) => {
      const payment = (outcomes[i] as PromiseFulfilledResult<{ PaymentID?: string; Amount?: number }>).value;
      expect(payment.PaymentID).toBe(id);
      expect(payment.Amount).toBe(5);
    });
    const missing = (outcomes[30] as PromiseRejectedResult).reason as XeroApiError;
    expect(missing.status).toBe(404);
    expect(missing.message).toContain('payment');
  });

  it('a number (not an id) and coalesce: false are read on their own path', async () => {
    const [a, b, c] = model().invoices();
    world.sim.control.resetLog();
    const [byNumber, alone1, alone2] = await Promise.all([
      user.invoices.get(a!.InvoiceNumber!),
      user.invoices.get(b!.InvoiceID, { coalesce: false }),
      user.invoices.get(c!.InvoiceID, { coalesce: false }),
    ]);
    expect(byNumber.InvoiceID).toBe(a!.InvoiceID);
    expect(alone1.InvoiceID).toBe(b!.InvoiceID);
    expect(alone2.InvoiceID).toBe(c!.InvoiceID);
    expect(gets(/\/Invoices\/.+/)).toHaveLength(3);
    expect(gets(/\/Invoices$/)).toHaveLength(0);
  });

  it('a caller that aborts or passes its deadline while waiting leaves typed; the others are served', async () => {
    const [a, b, c, d] = model().invoices();
    world.sim.control.setLatency(400);
    // The connection's one slot is busy: the gets below wait in the buffer.
    const blocker = user.organisation.get();
    await new Promise<void>((resolve) => {
      const off = pool.on('call:started', () => {
        off();
        resolve();
      });
    });
    world.sim.control.resetLog();
    const controller = new AbortController();
    const outcomes = Promise.allSettled([
      user.invoices.get(a!.InvoiceID),
      user.invoices.get(b!.InvoiceID, { signal: controller.signal }),
      user.invoices.get(c!.InvoiceID, { deadline: Date.now() + 30 }),
      user.invoices.get(d!.InvoiceID),
    ]);
    controller.abort();
    const [ra, rb, rc, rd] = await outcomes;
    await blocker;
    expect((ra as PromiseFulfilledResult<{ InvoiceID?: string }>).value.InvoiceID).toBe(a!.InvoiceID);
    expect((rd as PromiseFulfilledResult<{ InvoiceID?: string }>).value.InvoiceID).toBe(d!.InvoiceID);
    expect((rb as PromiseRejectedResult).reason).toMatchObject({ code: 'ERR_ABORTED', method: 'GET' });
    expect((rc as PromiseRejectedResult).reason).toMatchObject({ code: 'ERR_DEADLINE', method: 'GET' });
    expect(gets(/\/Invoices$/)).toHaveLength(1);
  });

  it('when every caller of a waiting request leaves, the request is cancelled unsent', async () => {
    const [a, b] = model().invoices();
    world.sim.control.setLatency(300);
    const blocker = user.organisation.get();
    await new Promise<void>((resolve) => {
      const off = pool.on('call:started', () => {
        off();
        resolve();
      });
    });
    world.sim.control.resetLog();
    const controller = new AbortController();
    const outcomes = Promise.allSettled([
      user.invoices.get(a!.InvoiceID, { signal: controller.signal }),
      user.invoices.get(b!.InvoiceID, { signal: controller.signal }),
    ]);
    controller.abort();
    const settled = await outcomes;
    await blocker;
    // A later call proves the lane still works after its carrier was cancelled.
    world.sim.control.setLatency(0);
    const again = await user.invoices.get(a!.InvoiceID);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    expect(again.InvoiceID).toBe(a!.InvoiceID);
    expect(gets(/\/Invoices$/)).toHaveLength(1);
  });
});
