import { afterEach, describe, expect, it } from 'vitest';
import { XeroApiError } from '../../src/errors/api-errors.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { parseRateLimitHeaders } from '../../src/limits/rate-limit-headers.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { createTimeScale } from '../../src/time-scale.js';
import { connectionsSchema } from '../../src/xero/schemas/connection.js';
import { connect as connectPool, type PoolWorld, startPoolWorld } from '../pool/support/pool-world.js';
import { api, connect } from './helpers.js';

/** Xero's observed variations (issue 11 #4), each served by the simulator over real HTTP and handled by the SDK. */

const ORG = '/api.xro/2.0/Organisation';
let sim: XeroSimulator | undefined;
let world: PoolWorld | undefined;
afterEach(async () => {
  await sim?.close();
  await world?.close();
  sim = undefined;
  world = undefined;
});

describe('simulator variations', () => {
  it('rejects an unknown variation with a ConfigurationError naming it', async () => {
    await expect(
      startXeroSimulator({ variations: { problemNames: 'shouting' as 'legacy' } }),
    ).rejects.toBeInstanceOf(ConfigurationError);
  });

  it.each([
    ['lowercase', 'minute'],
    ['capitalised', 'Minute'],
    ['legacy', 'Minute'],
  ] as const)(
    'problemNames %s: X-Rate-Limit-Problem is %s and the SDK reads it as minute',
    async (names, wire) => {
      sim = await startXeroSimulator({ timeScale: 0.01, variations: { problemNames: names } });
      const { access_token } = await connect(sim);
      sim.control.spendBudget({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID, calls: 60 });
      const res = await api(sim, access_token, ORG, DEMO_TENANT_ID);
      expect(res.status).toBe(429);
      expect(res.headers.get('x-rate-limit-problem')).toBe(wire);
      expect(parseRateLimitHeaders(res.headers).problem).toBe('minute');
    },
  );

  it('legacy names send Daily for the day limit, read as day', async () => {
    sim = await startXeroSimulator({
      timeScale: 0.01,
      limits: { perDay: 3 },
      variations: { problemNames: 'legacy' },
    });
    const { access_token } = await connect(sim);
    sim.control.spendBudget({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID, calls: 3 });
    const res = await api(sim, access_token, ORG, DEMO_TENANT_ID);
    expect(res.headers.get('x-rate-limit-problem')).toBe('Daily');
    expect(parseRateLimitHeaders(res.headers).problem).toBe('day');
  });

  it('connectionDates unzoned: .NET dates without a zone, read by the SDK as UTC', async () => {
    sim = await startXeroSimulator({ variations: { connectionDates: 'unzoned' } });
    const before = Date.now();
    const { access_token } = await connect(sim);
    const res = await fetch(`${sim.apiUrl}/connections`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    const raw = (await res.json()) as Array<{ createdDateUtc: string }>;
    expect(raw[0]?.createdDateUtc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}$/);
    const parsed = connectionsSchema.parse(raw);
    const created = Date.parse(parsed[0]!.createdDateUtc);
    expect(parsed[0]!.createdDateUtc.endsWith('Z')).toBe(true);
    // As UTC, the instant is when we connected (read as local time it would be off by the zone offset).
    expect(created).toBeGreaterThanOrEqual(before - 1000);
    expect(created).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('connectionDates unzoned: the SDK connect flow still completes', async () => {
    world = await startPoolWorld({ timeScale: 0.005, sim: { variations: { connectionDates: 'unzoned' } } });
    const pool = world.host.pool({ accountId: 'acct-dates', apps: 'wisepay', tenantId: DEMO_TENANT_ID });
    await connectPool(world, pool, 'wisepay');
    expect((await pool.role('wisepay').request({ method: 'GET', path: '/Organisation' })).status).toBe(200);
  });

  it('unsupportedMethodStatus 404: the SDK fails the call with a typed 404 naming method and path, once', async () => {
    world = await startPoolWorld({ timeScale: 0.005, sim: { variations: { unsupportedMethodStatus: 404 } } });
    const pool = world.host.pool({ accountId: 'acct-404', apps: 'wisepay', tenantId: DEMO_TENANT_ID });
    await connectPool(world, pool, 'wisepay');
    world.sim.control.resetLog();
    const error = await pool
      .role('wisepay')
      .request({ method: 'DELETE', path: '/Invoices' })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(XeroApiError);
    expect(error).toMatchObject({ status: 404, method: 'DELETE', path: '/api.xro/2.0/Invoices' });
    // A 404 is an answer, not an outage: one attempt, no retry.
    expect(world.sim.control.requestLog().filter((e) => e.endpoint === 'api')).toHaveLength(1);
  });

  it('unsupportedMethodStatus default: 405 stays', async () => {
    sim = await startXeroSimulator({});
    const { access_token } = await connect(sim);
    const res = await api(sim, access_token, '/api.xro/2.0/Invoices', DEMO_TENANT_ID, { method: 'DELETE' });
    expect(res.status).toBe(405);
  });
});

describe('Retry-After in Xero time', () => {
  it('a whole-second Retry-After is honoured after scaling: the retry waits until the window has room', async () => {
    const timeScale = 0.005;
    const W = 60_000 * timeScale;
    world = await startPoolWorld({ timeScale, sim: { variations: { problemNames: 'capitalised' } } });
    const pool = world.host.pool({ accountId: 'acct-retry', apps: 'wisepay', tenantId: DEMO_TENANT_ID });
    await connectPool(world, pool, 'wisepay');
    await new Promise((r) => setTimeout(r, W + 20));
    const retryAfter: number[] = [];
    pool.on('call:rate-limited', (e) => {
      if (e.retryAfterMs !== undefined) retryAfter.push(e.retryAfterMs);
    });
    // Another process spends the whole minute: room comes back one window later.
    const spentAt = Date.now();
    world.sim.control.spendBudget({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID, calls: 60 });
    const res = await pool.role('wisepay').request({ method: 'GET', path: '/Organisation' });
    expect(res.status).toBe(200);
    const log = world.sim.control.requestLog().filter((e) => e.endpoint === 'api' && e.at >= spentAt);
    const refused = log.filter((e) => e.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    // Xero sent whole seconds (60 at most for a minute); the SDK waited their scaled length: its
    // accepted retry came once the spent window had passed, not a few ms later.
    expect(retryAfter.length).toBeGreaterThanOrEqual(1);
    for (const ms of retryAfter) expect(ms).toBeLessThanOrEqual(createTimeScale(timeScale).seconds(60) + 1);
    expect(retryAfter[0]).toBeGreaterThanOrEqual(0.5 * W);
    const accepted = log.find((e) => e.status === 200);
    expect(accepted).toBeDefined();
    expect((accepted!.at - spentAt) / W).toBeGreaterThanOrEqual(0.95);
    expect(pool.metrics().connections[0]?.http429.minute).toBeGreaterThanOrEqual(1);
  });
});
