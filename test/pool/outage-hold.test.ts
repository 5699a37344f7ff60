import { afterEach, describe, expect, it } from 'vitest';
import { XeroUnavailableError } from '../../src/errors/api-errors.js';
import { DeadlineExceededError } from '../../src/errors/timing-errors.js';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import { connect, type PoolWorld, startPoolWorld } from './support/pool-world.js';

// A Xero minute lasts 600 ms; the outage lasts 3 Xero minutes.
const TIME_SCALE = 0.01;
const OUTAGE_MS = 3 * 60_000 * TIME_SCALE;

describe.each(['rolling', 'fixed'] as const)('outage hold (%s window)', (window) => {
  let world: PoolWorld;
  afterEach(async () => world?.close());

  it('API and identity down for 3 Xero minutes: 60 queued calls wait it out, 0 failed, a handful of probes', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE, window });
    const pool = world.host.pool({ accountId: 'acct-outage', apps: 'wisepay', tenantId: DEMO_TENANT_ID });
    await connect(world, pool, 'wisepay');
    const events: string[] = [];
    for (const name of ['connection:outage', 'connection:recovered', 'connection:broken'] as const) {
      pool.on(name, () => events.push(name));
    }
    const health = new Set<string>();
    world.sim.control.resetLog();
    world.sim.control.outage({ api: true, identity: true, durationMs: OUTAGE_MS });
    const outageEnds = Date.now() + OUTAGE_MS;
    // From the moment the outage is known until it ends, the connection is degraded, never broken.
    const sampler = setInterval(() => {
      if (events.includes('connection:outage') && Date.now() < outageEnds) health.add(pool.health('wisepay'));
    }, 20);

    const client = pool.role('wisepay');
    const deadline = Date.now() + 20 * OUTAGE_MS;
    const reads = Array.from({ length: 50 }, () =>
      client.request({ method: 'GET', path: '/Organisation' }, { deadline }),
    );
    const writes = Array.from({ length: 10 }, (_, i) =>
      client.request({ method: 'PUT', path: '/Contacts', data: { Contacts: [{ Name: `Outage ${i}` }] } }),
    );
    const results = await Promise.allSettled([...reads, ...writes]);
    clearInterval(sampler);

    expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
    expect(events.filter((e) => e === 'connection:outage')).toHaveLength(1);
    expect(events.filter((e) => e === 'connection:recovered')).toHaveLength(1);
    expect(events).not.toContain('connection:broken');
    expect([...health].sort()).toEqual(['degraded']);
    const log = world.sim.control.requestLog().filter((e) => e.endpoint === 'api');
    // The calls sent before the outage was known (at most 5 in flight) plus one probe at a time with
    // backoff: nowhere near 60 calls × 5 attempts.
    const during503 = log.filter((e) => e.status === 503);
    expect(during503.length).toBeLessThanOrEqual(20);
    // Every write was created once: retried after revival with its same idempotency key.
    const contacts = await client.request<{ Contacts: Array<{ Name: string }> }>({
      method: 'GET',
      path: '/Contacts',
      params: { where: 'Name.StartsWith("Outage ")' },
    });
    const names = contacts.data.Contacts.map((c) => c.Name).sort();
    expect(names).toEqual(Array.from({ length: 10 }, (_, i) => `Outage ${i}`).sort());
  }, 60_000);

  it('a deadline shorter than the outage: each call fails at its deadline, typed, well before revival', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE, window });
    const pool = world.host.pool({ accountId: 'acct-short', apps: 'wisepay', tenantId: DEMO_TENANT_ID });
    await connect(world, pool, 'wisepay');
    world.sim.control.outage({ api: true, identity: true, durationMs: 10 * OUTAGE_MS });
    const client = pool.role('wisepay');
    const started = Date.now();
    const deadline = started + OUTAGE_MS / 3;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        client.request({ method: 'GET', path: '/Organisation' }, { deadline }),
      ),
    );
    const elapsed = Date.now() - started;
    for (const r of results) {
      expect(r.status).toBe('rejected');
      const reason = (r as PromiseRejectedResult).reason;
      // Never sent: DeadlineExceededError; sent and answered 503: XeroUnavailableError.
      expect(reason instanceof DeadlineExceededError || reason instanceof XeroUnavailableError).toBe(true);
    }
    expect(
      results
        .map((r) => String((r as PromiseRejectedResult).reason?.message))
        .filter((m) => !/deadline/i.test(m)),
    ).toEqual([]);
    // At the deadline (generous margin for a loaded machine), not at revival ten times later.
    expect(elapsed).toBeLessThan(OUTAGE_MS / 3 + 3 * OUTAGE_MS);
  }, 60_000);
});
