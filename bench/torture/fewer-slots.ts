/**
 * Scenario 3, fewer slots: Xero lets only 3 calls of this (app, organisation) be in flight — as when another
 * consumer without the shared limiter holds two — while the SDK is configured for Xero's 5. Every call
 * takes 50 ms at Xero. 400 calls are issued at once on one connection, with no deadline (they may wait).
 * Counts calls that failed and the 429s Xero answered. Floors: failed 0, http429 ≤ 5 % of calls.
 */
import { XeroConnections } from '../../src/host.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import { DEMO_TENANT_ID, seededAppOptions, startXeroSimulator } from '../../src/testing/index.js';
import { type CleanupRegistry, errorCode, log, tally, within } from './common.js';

/** A Xero minute lasts 1.2 s: 60 calls a minute is 50 a second, about what 3 slots of 50 ms carry. */
const SCALE = 0.02;
const XERO_MINUTE = 60_000 * SCALE;
const CALLS = 400;
const LATENCY_MS = 50;
const XERO_SLOTS = 3;

export interface FewerSlotsResult {
  calls: number;
  failed: number;
  http429: number;
}

export async function runFewerSlots(cleanup: CleanupRegistry): Promise<FewerSlotsResult> {
  const say = (m: string) => log('slots', m);
  const sim = await startXeroSimulator({
    timeScale: SCALE,
    limits: { concurrent: XERO_SLOTS },
    latencyMs: LATENCY_MS,
  });
  cleanup.add('fewer-slots simulator', () => sim.close());
  const apps = { wisepay: seededAppOptions().wisepay };
  const host = new XeroConnections({
    apps,
    store: new MemoryTokenStore(),
    timeScale: SCALE,
    xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
  });
  cleanup.add('fewer-slots host', () => host.close());

  const pool = host.pool({ accountId: 'torture-slots', apps: 'wisepay' });
  const { authorizationUrl } = await pool.beginConnect('wisepay');
  await host.completeConnect(
    await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] }),
  );
  const client = pool.role('wisepay');
  sim.control.resetLog();

  say(`${CALLS} calls of ${LATENCY_MS} ms at once; Xero allows ${XERO_SLOTS} in flight, the SDK assumes 5`);
  const startedAt = Date.now();
  const errors: Record<string, number> = {};
  let completed = 0;
  const calls = Array.from({ length: CALLS }, async () => {
    try {
      await client.organisation.get();
      completed++;
    } catch (error) {
      tally(errors, errorCode(error));
    }
  });
  // 400 calls need about 7 Xero minutes at 60 a minute; anything still pending after 30 counts as failed.
  const settled = await within(
    Promise.all(calls).then(() => true),
    30 * XERO_MINUTE,
    () => false,
  );
  if (!settled)
    tally(errors, 'still-pending', CALLS - completed - Object.values(errors).reduce((a, b) => a + b, 0));
  const counters = sim.control.counters();
  const http429 = Object.values(counters.http429).reduce((a, b) => a + b, 0);
  const elapsed = Date.now() - startedAt;
  say(
    `completed ${completed}/${CALLS} in ${elapsed} ms (${(elapsed / XERO_MINUTE).toFixed(1)} Xero minutes); errors ${JSON.stringify(errors)}; 429s ${JSON.stringify(counters.http429)}`,
  );
  return { calls: CALLS, failed: CALLS - completed, http429 };
}
