import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { api, connect } from './helpers.js';

/** Simulator latency for benches (issue 12 #9): in Xero time, holding the call's slot, cheap to wait on. */

const ORG = '/api.xro/2.0/Organisation';
let sim: XeroSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('simulator latency', () => {
  it('rejects latencyMs together with xeroLatencyMs, naming both', async () => {
    const error = await startXeroSimulator({ latencyMs: 10, xeroLatencyMs: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('xeroLatencyMs');
    expect((error as Error).message).toContain('latencyMs (real ms)');
  });

  it('xeroLatencyMs is scaled by timeScale; setLatency({ xeroMs }) too', async () => {
    // 30 Xero seconds at 0.01 = 300 real ms.
    sim = await startXeroSimulator({ timeScale: 0.01, xeroLatencyMs: 30_000 });
    expect(sim.options.latencyMs).toBe(300);
    const { access_token } = await connect(sim);
    let t0 = performance.now();
    expect((await api(sim, access_token, ORG, DEMO_TENANT_ID)).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(295);

    sim.control.setLatency({ xeroMs: 10_000 });
    t0 = performance.now();
    expect((await api(sim, access_token, ORG, DEMO_TENANT_ID)).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(95);
    expect(() => sim?.control.setLatency({ xeroMs: -1 })).toThrow(/xeroMs/);
  });

  it('a call holds its concurrency slot while it waits: a third concurrent call over a limit of 2 gets 429', async () => {
    sim = await startXeroSimulator({ timeScale: 0.01, limits: { concurrent: 2 }, xeroLatencyMs: 60_000 });
    const { access_token } = await connect(sim);
    const statuses = await Promise.all(
      [0, 1, 2].map(async () => (await api(sim as XeroSimulator, access_token, ORG, DEMO_TENANT_ID)).status),
    );
    expect(statuses.sort()).toEqual([200, 200, 429]);
  });

  it('many waiting calls cost no listener each (no warning) and close() releases them all at once', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      sim = await startXeroSimulator({
        limits: { concurrent: 1000, perMinute: 1000 },
        latencyMs: 600_000,
      });
      const { access_token } = await connect(sim);
      const calls = Array.from({ length: 60 }, () =>
        api(sim as XeroSimulator, access_token, ORG, DEMO_TENANT_ID).then(
          (res) => res.status,
          () => 'closed',
        ),
      );
      // Every call admitted and waiting: the request log records a call when it is answered, so poll
      // the limiter's in-flight count instead.
      const deadline = Date.now() + 20_000;
      while (
        sim.control.rateLimitState({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID }).inFlight < 60 &&
        Date.now() < deadline
      ) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(
        sim.control.rateLimitState({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID }).inFlight,
      ).toBe(60);
      const closing = performance.now();
      await sim.close();
      const outcomes = await Promise.all(calls);
      // Ten minutes of latency were pending; close() did not wait for them.
      expect(performance.now() - closing).toBeLessThan(60_000);
      expect(outcomes).toHaveLength(60);
      expect(warnings.filter((name) => name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
