import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SEED,
  type OrganisationSeed,
  startXeroSimulator,
  type XeroSimulator,
  type XeroSimulatorOptions,
} from '../../src/testing/index.js';
import { seededOffsetMs } from '../../src/testing/rate-limits/window-counter.js';
import { api, connect, sleep } from './helpers.js';

/**
 * Issue 16 #6: the simulator carries hundreds of organisations cheaply (the app-scale bench runs one app over
 * many tenants with a lowered app limit), and many waiting calls cost no listener each.
 */

const ORG = '/api.xro/2.0/Organisation';
const CLIENT = 'wisepay-client';
const TENANTS = 400;
const USER = 'many-tenants-user';

const organisations: OrganisationSeed[] = Array.from({ length: TENANTS }, (_, i) => ({
  tenantId: `many-${String(i).padStart(4, '0')}-0000-4000-8000-000000000000`,
  name: `Many Org ${i}`,
  invoiceCount: 1,
  contactCount: 1,
}));
const tenantIds = organisations.map((o) => o.tenantId);

/** The default seed plus TENANTS organisations, all reachable by one user. */
function manyTenants(options: XeroSimulatorOptions): Promise<XeroSimulator> {
  return startXeroSimulator({
    ...options,
    organisations: [...DEFAULT_SEED.organisations, ...organisations],
    users: [...DEFAULT_SEED.users, { userId: USER, organisations: tenantIds }],
  });
}

let sim: XeroSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('simulator with hundreds of organisations', () => {
  it('starts fast with 400 organisations; one consent connects them all and each answers as itself', async () => {
    const started = performance.now();
    sim = await manyTenants({ timeScale: 0.05 });
    // Accounting models are built on first use: the seed costs a map entry per organisation. Generous
    // bound (a few hundred ms here), still far below building 400 models up front on a loaded machine.
    expect(performance.now() - started).toBeLessThan(5_000);
    const { access_token } = await connect(sim, { userId: USER, tenantIds });
    const connections = (await (await api(sim, access_token, '/connections')).json()) as Array<{
      tenantId: string;
    }>;
    expect(connections.map((c) => c.tenantId).sort()).toEqual([...tenantIds].sort());
    for (const tenantId of tenantIds) {
      const res = await api(sim, access_token, ORG, tenantId);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { Organisations: Array<{ OrganisationID: string }> };
      expect(body.Organisations[0]?.OrganisationID).toBe(tenantId);
    }
  }, 60_000);

  describe.each(['rolling', 'fixed'] as const)('a lowered app limit (%s windows)', (window) => {
    it('binds across 300 tenants: exactly the app limit is served, the rest get 429 with the app problem', async () => {
      const APP_LIMIT = 100;
      // A Xero minute of 30 s: the burst below (~1 s) lies well inside one app window.
      const timeScale = 0.5;
      const windowMs = 60_000 * timeScale;
      sim = await manyTenants({ timeScale, window, limits: { appPerMinute: APP_LIMIT } });
      const { access_token } = await connect(sim, { userId: USER, tenantIds });
      if (window === 'fixed') {
        // The app's fixed window resets at a seeded offset: start the burst in a window with room to spare.
        const offset = seededOffsetMs(CLIENT, windowMs);
        const left = windowMs - ((((Date.now() - offset) % windowMs) + windowMs) % windowMs);
        if (left < 10_000) await sleep(left + 50);
      }
      const burst = tenantIds.slice(0, 300);
      const answers = await Promise.all(
        burst.map(async (tenantId) => {
          const res = await api(sim as XeroSimulator, access_token, ORG, tenantId);
          await res.arrayBuffer();
          return {
            tenantId,
            status: res.status,
            problem: res.headers.get('x-rate-limit-problem'),
            retryAfter: res.headers.get('retry-after'),
            minuteRemaining: res.headers.get('x-minlimit-remaining'),
          };
        }),
      );
      const served = answers.filter((a) => a.status === 200);
      const refused = answers.filter((a) => a.status === 429);
      expect(served).toHaveLength(APP_LIMIT);
      expect(refused).toHaveLength(burst.length - APP_LIMIT);
      for (const r of refused) {
        expect(r.problem).toBe('appminute');
        expect(Number(r.retryAfter)).toBeGreaterThan(0);
        // Each tenant is far below its own minute limit: only the app's budget is spent.
        expect(r.minuteRemaining).toBe('60');
      }
      const refusedTenant = refused[0]!.tenantId;
      const state = sim.control.rateLimitState({ clientId: CLIENT, tenantId: refusedTenant });
      expect(state.app.used).toBe(APP_LIMIT);
      expect(state.minute.used).toBe(0);
      expect(sim.control.counters().http429.appminute).toBe(burst.length - APP_LIMIT);
      // The app budget is the app's alone: another app's calls on the same tenants still pass.
      const company = await connect(sim, { clientId: 'company-client', userId: USER, tenantIds });
      expect((await api(sim, company.access_token, ORG, refusedTenant)).status).toBe(200);
    }, 60_000);
  });

  it('300 calls waiting out their latency across 300 tenants add no listener each; close() ends them all', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    const processListeners = () =>
      process.eventNames().reduce((n, name) => n + process.listenerCount(name), 0);
    try {
      sim = await manyTenants({ timeScale: 0.05, latencyMs: 600_000 });
      const { access_token } = await connect(sim, { userId: USER, tenantIds });
      const waiting = tenantIds.slice(0, 300);
      const before = processListeners();
      const calls = waiting.map((tenantId) =>
        api(sim as XeroSimulator, access_token, ORG, tenantId).then(
          (res) => res.status,
          () => 'closed',
        ),
      );
      // Every call admitted and waiting (the log records a call when answered: poll the limiter instead).
      const inFlight = () =>
        waiting.reduce(
          (n, tenantId) =>
            n + (sim as XeroSimulator).control.rateLimitState({ clientId: CLIENT, tenantId }).inFlight,
          0,
        );
      const deadline = Date.now() + 30_000;
      while (inFlight() < waiting.length && Date.now() < deadline) await sleep(20);
      expect(inFlight()).toBe(waiting.length);
      expect(processListeners()).toBe(before);
      const closing = performance.now();
      await sim.close();
      const outcomes = await Promise.all(calls);
      // Ten minutes of latency were pending; close() did not wait for them.
      expect(performance.now() - closing).toBeLessThan(60_000);
      expect(outcomes).toHaveLength(waiting.length);
      expect(warnings.filter((name) => name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  }, 90_000);
});
