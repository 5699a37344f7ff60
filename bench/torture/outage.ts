/**
 * Scenario 2, outage: Xero's API and identity both answer 503 for 5 Xero minutes. 200 calls are queued on
 * one connection as the outage starts, each with a deadline well past its end (the outage plus the time 200
 * calls need at 60 a minute, plus margin), and the access token dies with it, so the connection also needs
 * identity to come back. Counts what completed and failed, and whether the connection was marked broken
 * (a `connection:broken` event or a broken health at the end). Floors: failed 0, brokenMarked 0.
 */
import { XeroConnections } from '../../src/host.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import { DEMO_TENANT_ID, seededAppOptions, startXeroSimulator } from '../../src/testing/index.js';
import { type CleanupRegistry, errorCode, log, tally, within } from './common.js';

/** A Xero minute lasts 1.2 s: the outage is 6 s real. */
const SCALE = 0.02;
const XERO_MINUTE = 60_000 * SCALE;
const OUTAGE_MS = 5 * XERO_MINUTE;
const QUEUED = 200;
/** Outage + 200 calls at 60/min (3⅓ min) + 3⅔ min of margin. */
const DEADLINE_MS = OUTAGE_MS + 7 * XERO_MINUTE;

export interface OutageResult {
  queued: number;
  completed: number;
  failed: number;
  brokenMarked: number;
}

export async function runOutage(cleanup: CleanupRegistry): Promise<OutageResult> {
  const say = (m: string) => log('outage', m);
  const sim = await startXeroSimulator({ timeScale: SCALE });
  cleanup.add('outage simulator', () => sim.close());
  const apps = { wisepay: seededAppOptions().wisepay };
  const host = new XeroConnections({
    apps,
    store: new MemoryTokenStore(),
    timeScale: SCALE,
    xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
  });
  cleanup.add('outage host', () => host.close());

  const pool = host.pool({ accountId: 'torture-outage', apps: 'wisepay' });
  const { authorizationUrl } = await pool.beginConnect('wisepay');
  await host.completeConnect(
    await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] }),
  );
  const client = pool.role('wisepay');
  await client.organisation.get(); // warm: the connection has worked before the outage

  let brokenEvents = 0;
  pool.on('connection:broken', (e) => {
    brokenEvents++;
    say(`connection:broken (${e.reason}): ${e.message}`);
  });
  const degraded: Record<string, number> = {};
  pool.on('connection:degraded', (e) => tally(degraded, e.error));

  sim.control.expireAccessTokens({ clientId: apps.wisepay.clientId });
  sim.control.outage({ api: true, identity: true, durationMs: OUTAGE_MS });
  const startedAt = Date.now();
  const deadline = startedAt + DEADLINE_MS;
  say(
    `API and identity down for ${OUTAGE_MS} ms (5 Xero minutes); ${QUEUED} calls queued, deadline +${DEADLINE_MS} ms`,
  );

  const errors: Record<string, number> = {};
  let completed = 0;
  let lastCompletedAt = 0;
  const calls = Array.from({ length: QUEUED }, async () => {
    try {
      await client.organisation.get({ deadline });
      completed++;
      lastCompletedAt = Date.now();
    } catch (error) {
      tally(errors, errorCode(error));
    }
  });
  // Bounded: a call still pending long after its deadline (and the outage) counts as failed.
  const settled = await within(
    Promise.all(calls).then(() => true),
    DEADLINE_MS + 20 * XERO_MINUTE,
    () => false,
  );
  const pending = QUEUED - completed - Object.values(errors).reduce((a, b) => a + b, 0);
  if (!settled) tally(errors, 'still-pending', pending);
  const health = pool.health('wisepay');
  const brokenMarked = brokenEvents + (health === 'broken' && brokenEvents === 0 ? 1 : 0);
  const failed = QUEUED - completed;
  say(
    `completed ${completed}/${QUEUED} (last at +${lastCompletedAt === 0 ? '-' : lastCompletedAt - startedAt} ms), failed ${failed} ${JSON.stringify(errors)}; health ${health}; degraded events ${JSON.stringify(degraded)}; Xero answered ${JSON.stringify(sim.control.counters().byStatus)}`,
  );
  return { queued: QUEUED, completed, failed, brokenMarked };
}
