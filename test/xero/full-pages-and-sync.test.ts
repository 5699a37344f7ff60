import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { RoleClient, type XeroRoleClient } from '../../src/pool/role-client.js';
import {
  DEFAULT_SEED,
  DEMO_TENANT_ID,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import type { XeroRequest } from '../../src/xero/call-pipeline.js';
import { createHarness, type Harness, tokenConnection } from './support/pipeline-harness.js';
import { obtainTokens, SIM_APPS } from './support/sim-tokens.js';

const TIME_SCALE = 0.01;
const LIMITS = { perMinute: 1000, concurrent: 20 };
const MINUTE = 60_000;

interface Setup {
  sim: XeroSimulator;
  harness: Harness;
  client: XeroRoleClient;
  /** Every request the SDK built, in order (the simulator's log counts the HTTP calls). */
  sent: XeroRequest[];
}

/** A simulator whose Xero clock the test sets, with the demo organisation holding `invoiceCount` invoices. */
async function setUp(invoiceCount: number, clock: () => number): Promise<Setup> {
  const sim = await startXeroSimulator({
    timeScale: TIME_SCALE,
    limits: LIMITS,
    clock,
    organisations: DEFAULT_SEED.organisations.map((o) =>
      o.tenantId === DEMO_TENANT_ID ? { ...o, invoiceCount } : o,
    ),
  });
  const harness = createHarness(sim, { timeScale: TIME_SCALE, limits: LIMITS });
  const tokens = await obtainTokens(sim, SIM_APPS.wisepay);
  const connection = tokenConnection(sim, SIM_APPS.wisepay, DEMO_TENANT_ID, tokens);
  const sent: XeroRequest[] = [];
  const client = new RoleClient('wisepay', 'interactive', {
    defaultTimeoutMs: 30_000,
    send: (callRole, priority, request, options) => {
      sent.push(request);
      return harness.pipeline.execute(
        { connection, callRole, priority, mayUseReserve: true },
        request,
        options,
      );
    },
  });
  return { sim, harness, client, sent };
}

function invoiceCalls(sim: XeroSimulator) {
  return sim.control
    .requestLog()
    .filter((e) => e.endpoint === 'api' && e.method === 'GET' && e.path.endsWith('/Invoices'));
}

/** Changes `count` invoices over HTTP (a new Reference), returning their ids. */
async function touch(setup: Setup, ids: string[], tag: string): Promise<void> {
  const results = await setup.client.invoices.update(ids.map((InvoiceID) => ({ InvoiceID, Reference: tag })));
  expect(results.filter((r) => !r.ok)).toEqual([]);
}

describe('whole-collection reads at full page size', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setUp(2500, Date.now);
  });
  afterAll(async () => {
    await s?.harness.close();
    await s?.sim.close();
  });

  it('reads an organisation of 2,500 invoices in 3 calls of pageSize 1000, with no trailing empty call', async () => {
    s.sim.control.resetLog();
    s.sent.length = 0;
    const invoices = await s.client.invoices.list().toArray();
    expect(invoices).toHaveLength(2500);
    expect(new Set(invoices.map((i) => i.InvoiceID)).size).toBe(2500);
    const calls = invoiceCalls(s.sim);
    expect(calls).toHaveLength(3);
    expect(s.sent.map((r) => [r.params?.page, r.params?.pageSize])).toEqual([
      [1, 1000],
      [2, 1000],
      [3, 1000],
    ]);
  });

  it('honours a caller-set pageSize', async () => {
    s.sim.control.resetLog();
    s.sent.length = 0;
    const invoices = await s.client.invoices.list({ pageSize: 300 }).toArray();
    expect(invoices).toHaveLength(2500);
    expect(invoiceCalls(s.sim)).toHaveLength(Math.ceil(2500 / 300));
    expect(new Set(s.sent.map((r) => r.params?.pageSize))).toEqual(new Set([300]));
  });

  it('contacts and payments default to pageSize 1000 too', async () => {
    s.sent.length = 0;
    await s.client.contacts.list().toArray();
    await s.client.payments.list().toArray();
    expect(s.sent.map((r) => [r.path, r.params?.pageSize])).toEqual([
      ['/Contacts', 1000],
      ['/Payments', 1000],
    ]);
  });

  it('a full sync delivers every invoice once in a few calls', async () => {
    s.sim.control.resetLog();
    const { records, cursor } = await s.client.invoices.sync();
    expect(records).toHaveLength(2500);
    expect(new Set(records.map((i) => i.InvoiceID)).size).toBe(2500);
    expect(invoiceCalls(s.sim).length).toBeLessThanOrEqual(5);
    expect(cursor).toMatch(/^xs1\./);
  });
});

describe('incremental sync', () => {
  // Xero's clock as the simulator reads it: the tests skew or freeze it.
  // Each test moves it forward only, as Xero's would.
  let xeroNow: () => number = Date.now;
  let s: Setup;
  beforeAll(async () => {
    s = await setUp(300, () => xeroNow());
  });
  afterAll(async () => {
    await s?.harness.close();
    await s?.sim.close();
  });

  const ids = () =>
    s.sim.control
      .organisation(DEMO_TENANT_ID)
      .invoices()
      .filter((i) => i.Status === 'DRAFT' || i.Status === 'AUTHORISED')
      .map((i) => i.InvoiceID);

  for (const [label, skewMs] of [
    ['Xero 10 minutes behind the host', -10 * MINUTE],
    ['Xero 10 minutes ahead of the host', 10 * MINUTE],
  ] as const) {
    it(`re-syncs 10 changes in one call, none lost, with ${label}`, async () => {
      xeroNow = () => Date.now() + skewMs;
      const first = await s.client.invoices.sync();
      expect(first.records.length).toBeGreaterThanOrEqual(300);

      // Changes made right after the sync, on Xero's (skewed) clock.
      const changed = ids().slice(0, 10);
      await touch(s, changed, `skew ${skewMs}`);
      s.sim.control.resetLog();
      const second = await s.client.invoices.sync({ cursor: first.cursor });
      expect(invoiceCalls(s.sim)).toHaveLength(1);
      expect(second.records.map((i) => i.InvoiceID).sort()).toEqual([...changed].sort());
      expect(second.records.every((i) => i.Reference === `skew ${skewMs}`)).toBe(true);

      // Nothing changed: one call, nothing delivered again, and the cursor still works.
      s.sim.control.resetLog();
      const third = await s.client.invoices.sync({ cursor: second.cursor });
      expect(third.records).toEqual([]);
      expect(invoiceCalls(s.sim)).toHaveLength(1);
    });
  }

  it('delivers a record updated at the exact instant of the cursor, once', async () => {
    // Later than the previous test's Xero clock: Xero's time does not run backwards.
    const frozen = Date.now() + 20 * MINUTE;
    xeroNow = () => frozen;
    const [a, b] = ids().slice(20, 22) as [string, string];
    const base = await s.client.invoices.sync();
    await touch(s, [a], 'first at the instant');
    const first = await s.client.invoices.sync({ cursor: base.cursor });
    expect(first.records.map((i) => i.InvoiceID)).toEqual([a]);
    expect(first.records[0]?.UpdatedDateUTC?.getTime()).toBe(frozen);

    // Same Xero millisecond as the cursor's newest change.
    await touch(s, [b], 'second at the instant');
    const second = await s.client.invoices.sync({ cursor: first.cursor });
    expect(second.records.map((i) => i.InvoiceID)).toEqual([b]);
    expect(second.records[0]?.UpdatedDateUTC?.getTime()).toBe(frozen);

    // A record delivered before changes again at the same instant: it has a new version, delivered once.
    xeroNow = () => frozen + 1;
    await touch(s, [a], 'a again');
    const third = await s.client.invoices.sync({ cursor: second.cursor });
    expect(third.records.map((i) => [i.InvoiceID, i.Reference])).toEqual([[a, 'a again']]);
  });

  it('a sync over several pages delivers each change once and the next one continues from it', async () => {
    xeroNow = () => Date.now() + 30 * MINUTE;
    const base = await s.client.invoices.sync();
    const changed = ids().slice(40, 65);
    for (let i = 0; i < changed.length; i += 5) await touch(s, changed.slice(i, i + 5), `batch ${i}`);
    s.sim.control.resetLog();
    const result = await s.client.invoices.sync({ cursor: base.cursor, pageSize: 10 });
    expect(result.records.map((i) => i.InvoiceID).sort()).toEqual([...changed].sort());
    expect(invoiceCalls(s.sim).length).toBeGreaterThanOrEqual(3);
    const next = await s.client.invoices.sync({ cursor: result.cursor, pageSize: 10 });
    expect(next.records).toEqual([]);
  });

  it('rejects a cursor it did not make, and a bad pageSize, before any call', async () => {
    s.sim.control.resetLog();
    for (const request of [{ cursor: 'not-a-cursor' }, { cursor: 'xs1.e30' }, { pageSize: 1001 }]) {
      const error = await s.client.invoices.sync(request).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
    }
    expect(invoiceCalls(s.sim)).toHaveLength(0);
  });
});
