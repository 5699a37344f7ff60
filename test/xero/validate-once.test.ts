import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import type { CallOptions } from '../../src/xero/call-options.js';
import { createHarness, type Harness, roleClient, tokenConnection } from './support/pipeline-harness.js';
import { obtainTokens, SIM_APPS } from './support/sim-tokens.js';

// User input is validated once, at the public entry; the pages of a list and the chunks of a batch are
// requests the SDK builds itself and are sent without checking the caller's options again.

const TIME_SCALE = 0.01;

/** The options, behind a proxy counting every look at them (a read, a key listing, a descriptor). */
function counted(options: CallOptions): { options: CallOptions; looks: () => number } {
  let looks = 0;
  const proxy = new Proxy(options, {
    get(target, key, receiver) {
      looks++;
      return Reflect.get(target, key, receiver);
    },
    ownKeys(target) {
      looks++;
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      looks++;
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  return { options: proxy, looks: () => looks };
}

describe('validation runs once per public call', () => {
  let sim: XeroSimulator;
  let harness: Harness;
  let client: ReturnType<typeof roleClient>;

  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: TIME_SCALE, limits: { perMinute: 1000, concurrent: 20 } });
    harness = createHarness(sim, { timeScale: TIME_SCALE, limits: { perMinute: 1000, concurrent: 20 } });
    const tokens = await obtainTokens(sim, SIM_APPS.wisepay);
    client = roleClient(harness, tokenConnection(sim, SIM_APPS.wisepay, DEMO_TENANT_ID, tokens));
  });
  afterAll(async () => {
    await harness?.close();
    await sim?.close();
  });

  const apiRequests = (method: string, path: string) =>
    sim.control
      .requestLog()
      .filter((e) => e.endpoint === 'api' && e.method === method && e.path.includes(path));

  it('a list reads its options at the entry only: as often for three pages as for one', async () => {
    const total = sim.control.organisation(DEMO_TENANT_ID).invoices().length;
    const pageSize = Math.ceil(total / 3);
    expect(Math.ceil(total / pageSize)).toBe(3);

    sim.control.resetLog();
    const one = counted({ timeout: 5000, priority: 'batch' });
    expect(await client.invoices.list({ pageSize: 1000 }, one.options).toArray()).toHaveLength(total);
    expect(apiRequests('GET', '/Invoices')).toHaveLength(1);

    sim.control.resetLog();
    const three = counted({ timeout: 5000, priority: 'batch' });
    expect(await client.invoices.list({ pageSize }, three.options).toArray()).toHaveLength(total);
    expect(apiRequests('GET', '/Invoices')).toHaveLength(3);

    expect(one.looks()).toBeGreaterThan(0); // the entry did check them
    expect(three.looks()).toBe(one.looks());
  });

  it('later pages use the options as checked at the entry, not as they are now', async () => {
    const total = sim.control.organisation(DEMO_TENANT_ID).invoices().length;
    const options: CallOptions = { timeout: 5000 };
    const pages: number[] = [];
    for await (const page of client.invoices.list({ pageSize: Math.ceil(total / 3) }, options).pages()) {
      pages.push(page.length);
      // Were each page validated again, the second page would now fail with InvalidArgumentError.
      options.timeout = -1;
    }
    expect(pages).toHaveLength(3);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('a batch reads its options at the entry only, and keeps one key per logical write', async () => {
    const contacts = (n: number, tag: string) =>
      Array.from({ length: n }, (_, i) => ({ Name: `validate-once ${tag} ${i} ${Date.now()}` }));

    sim.control.resetLog();
    const one = counted({ idempotencyKey: 'once-1' });
    expect((await client.contacts.create(contacts(1, 'a'), one.options)).every((r) => r.ok)).toBe(true);
    expect(apiRequests('PUT', '/Contacts').map((p) => p.idempotencyKey)).toEqual(['once-1:0']);

    sim.control.resetLog();
    const three = counted({ idempotencyKey: 'once-3' });
    const results = await client.contacts.create(contacts(101, 'b'), three.options);
    expect(results).toHaveLength(101);
    expect(results.every((r) => r.ok)).toBe(true);
    const keys = apiRequests('PUT', '/Contacts')
      .map((p) => p.idempotencyKey)
      .sort();
    expect(keys).toEqual(['once-3:0', 'once-3:1', 'once-3:2']);

    expect(one.looks()).toBeGreaterThan(0);
    expect(three.looks()).toBe(one.looks());
  });

  it('bad options are still refused at the entry, typed and named, with nothing sent', async () => {
    sim.control.resetLog();
    const list = (() => {
      try {
        client.invoices.list({}, { timeout: -1 });
        return undefined;
      } catch (error) {
        return error;
      }
    })();
    expect(list).toBeInstanceOf(InvalidArgumentError);
    expect((list as InvalidArgumentError).message).toMatch(/call options: timeout/);

    const batch = await client.contacts
      .create([{ Name: 'never sent' }], { priority: 'urgent' as never })
      .catch((e: unknown) => e);
    expect(batch).toBeInstanceOf(InvalidArgumentError);
    expect((batch as InvalidArgumentError).message).toMatch(/priority/);

    // A batch's key is checked as the caller gave it (it was passed through unchecked into the chunk keys).
    const key = await client.contacts
      .create([{ Name: 'never sent' }], { idempotencyKey: 42 as never })
      .catch((e: unknown) => e);
    expect(key).toBeInstanceOf(InvalidArgumentError);
    expect((key as InvalidArgumentError).message).toMatch(/idempotencyKey/);

    const raw = await client
      .request({ method: 'GET', path: '/Invoices' }, { deadline: new Date(Number.NaN) })
      .catch((e: unknown) => e);
    expect(raw).toBeInstanceOf(InvalidArgumentError);
    expect((raw as InvalidArgumentError).message).toMatch(/deadline/);

    expect(sim.control.requestLog().filter((e) => e.endpoint === 'api')).toHaveLength(0);
  });

  it('the endpoints hold their caller privately: no unchecked send is reachable from a role client', () => {
    for (const endpoint of [client.organisation, client.invoices, client.payments, client.contacts]) {
      expect(Reflect.ownKeys(endpoint)).toEqual([]);
      expect((endpoint as unknown as Record<string, unknown>).caller).toBeUndefined();
    }
  });
});
