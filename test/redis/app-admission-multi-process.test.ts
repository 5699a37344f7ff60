import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { XeroConnections } from '../../src/host.js';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import { seededAppOptions, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import type { Plan } from './fixtures/app-admission-worker.js';
import { deleteKeys, describeWithRedis, REDIS_URL, uniquePrefix } from './support/redis-test-env.js';
import { report, startTogether, type WorkerProcess } from './support/worker-processes.js';

/**
 * Issue #16 across processes: three processes on one Redis share an app whose app-wide minute limit binds
 * (lowered to APP_LIMIT), against the simulator under both readings of Xero's window. A Xero minute lasts
 * 3 s of wall time, so a slot (one app unit's share of the minute) is 25 ms; assertions are in windows and
 * slots, with margins for a loaded 2-core machine.
 */
const SCALE = 0.05;
const W = 60_000 * SCALE;
const XERO_SECOND = W / 60;
const APP_LIMIT = 120;
const SLACK_MS = 60;
const WORKER = fileURLToPath(new URL('./fixtures/app-admission-worker.ts', import.meta.url));
const USER_ID = 'app-admission-user';

interface World {
  sim: XeroSimulator;
  keyPrefix: string;
  tenantOf: Map<string, string>;
}

describeWithRedis('app-wide admission across processes on Redis (issue #16)', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** A simulator with the accounts' organisations, each account connected through the real flow. */
  async function world(window: 'rolling' | 'fixed', accountIds: string[]): Promise<World> {
    const sim = await startXeroSimulator({
      timeScale: SCALE,
      window,
      limits: { appPerMinute: APP_LIMIT },
      latencyMs: 5,
      maxLogEntries: 100_000,
    });
    const keyPrefix = uniquePrefix('app-admission');
    let redis: RedisBackend | undefined;
    let host: XeroConnections | undefined;
    cleanups.push(async () => {
      await host?.close();
      await redis?.close();
      await sim.close();
      await deleteKeys(keyPrefix);
    });
    const run = keyPrefix
      .split(':')
      .at(-2)!
      .slice(0, 4)
      .replace(/[^0-9a-f]/g, '0');
    const tenantOf = new Map(
      accountIds.map((id, i) => [id, `${String(i).padStart(8, '0')}-0000-4000-8000-${run}00000000`]),
    );
    for (const [accountId, tenantId] of tenantOf) {
      sim.control.addOrganisation({ tenantId, name: `Admission ${accountId}` });
    }
    sim.control.addUser({ userId: USER_ID, organisations: [...tenantOf.values()] });
    redis = await createRedisBackend({ url: REDIS_URL, keyPrefix });
    host = new XeroConnections({
      apps: {
        wisepay: { ...seededAppOptions().wisepay, limits: { appPerMinute: APP_LIMIT } },
      },
      backend: redis,
      timeScale: SCALE,
      xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
    });
    for (const [accountId, tenantId] of tenantOf) {
      const pool = host.pool({ accountId, apps: 'wisepay' });
      const { authorizationUrl } = await pool.beginConnect('wisepay');
      const redirect = await sim.control.approveConsent(authorizationUrl, {
        userId: USER_ID,
        tenantIds: [tenantId],
      });
      expect((await host.completeConnect(redirect)).status).toBe('connected');
    }
    return { sim, keyPrefix, tenantOf };
  }

  function workers(w: World, plans: Plan[]): Promise<WorkerProcess[]> {
    return startTogether(
      plans.map((plan) => ({
        XC_REDIS_URL: REDIS_URL,
        XC_KEY_PREFIX: w.keyPrefix,
        XC_IDENTITY_URL: w.sim.identityUrl,
        XC_API_URL: w.sim.apiUrl,
        XC_TIME_SCALE: String(SCALE),
        XC_WINDOW_SLACK_MS: String(SLACK_MS),
        XC_APP_PER_MINUTE: String(APP_LIMIT),
        XC_PLAN: JSON.stringify(plan),
      })),
      WORKER,
    );
  }

  for (const window of ['rolling', 'fixed'] as const) {
    it(`paces batch work, keeps the reserve for user actions and shares the app fairly with a staggered start (${window} window)`, async () => {
      const BATCH = 12;
      const batch = Array.from({ length: BATCH }, (_, i) => `batch-${i}`);
      const users = Array.from({ length: 6 }, (_, i) => `user-${i}`);
      const w = await world(window, [...batch, ...users]);
      const MINUTES = 4;
      // Batch accounts start spread over minute 0, four per process; user accounts act twice a minute.
      const plans: Plan[] = [0, 1, 2].map((p) => ({
        batch: batch
          .map((accountId, i) => ({ accountId, startMs: (i * W) / BATCH }))
          .filter((_, i) => i % 3 === p),
        batchConcurrency: 3,
        interactive: users
          .filter((_, i) => i % 3 === p)
          .map((accountId, i) => ({ accountId, firstMs: W / 4 + (p * 2 + i) * (W / 12), everyMs: W / 2 })),
        durationMs: MINUTES * W,
      }));
      w.sim.control.resetLog();
      const running = await workers(w, plans);
      const reports = await Promise.all(running.map(report));
      const startedAt = Math.min(...reports.map((r) => r.startedAt));

      const counters = w.sim.control.counters();
      expect(counters.http429).toEqual({ minute: 0, day: 0, concurrent: 0, appminute: 0 });
      for (const r of reports) expect(r.errors).toEqual({});

      const batchTenants = new Set(batch.map((id) => w.tenantOf.get(id)!));
      const answered = w.sim.control
        .requestLog()
        .filter((e) => e.status === 200 && e.tenantId !== undefined && e.path.includes('Organisation'));
      const batchTimes = answered
        .filter((e) => batchTenants.has(e.tenantId!))
        .map((e) => e.at)
        .sort((a, b) => a - b);

      // Pacing: batch starts spread over the window, never the window's budget in a burst. Any sixth of a
      // window holds about a sixth of the limit (plus the one-Xero-second burst); unpaced, it held it all.
      const span = W / 6;
      let most = 0;
      for (let i = 0, j = 0; i < batchTimes.length; i++) {
        while (batchTimes[i]! - batchTimes[j]! >= span) j++;
        most = Math.max(most, i - j + 1);
      }
      const paced = APP_LIMIT / 6 + Math.ceil(APP_LIMIT / 60);
      expect(most).toBeLessThanOrEqual(Math.ceil(paced * 1.5));

      // Utilisation over minutes 1-3: the app's budget is used, not left idle.
      const inMinutes = answered.filter((e) => e.at >= startedAt + W && e.at < startedAt + MINUTES * W);
      expect(inMinutes.length).toBeGreaterThanOrEqual(0.85 * APP_LIMIT * (MINUTES - 1));

      // The app-level reserve: a user action on any account starts within a few Xero seconds while every
      // process saturates the app with batch work (unreserved, it waited for the next window: ~30 s).
      const waits = reports.flatMap((r) => (r as unknown as { interactiveWaits: number[] }).interactiveWaits);
      waits.sort((a, b) => a - b);
      expect(waits.length).toBeGreaterThanOrEqual(20);
      const p95 = waits[Math.floor(waits.length * 0.95)]!;
      expect(p95).toBeLessThanOrEqual(5 * XERO_SECOND);

      // Fair share with a staggered start: over minutes 1-3 every batch account gets about the same.
      const perAccount = [...batchTenants].map(
        (tenantId) => inMinutes.filter((e) => e.tenantId === tenantId).length,
      );
      expect(Math.min(...perAccount) / Math.max(...perAccount)).toBeGreaterThanOrEqual(0.7);

      // Round trips: one acquire per call in the common case, two when a turn is booked (was ~5.6).
      const acquires = reports.reduce((n, r) => n + (r as unknown as { acquires: number }).acquires, 0);
      const calls = reports.reduce((n, r) => n + r.ok, 0);
      console.info(
        JSON.stringify({
          window,
          burstPerSixthOfWindow: most,
          utilisation: inMinutes.length / (APP_LIMIT * (MINUTES - 1)),
          interactiveP95XeroSeconds: p95 / XERO_SECOND,
          staggeredMinMax: Math.min(...perAccount) / Math.max(...perAccount),
          acquiresPerCall: acquires / calls,
        }),
      );
      expect(acquires / calls).toBeLessThanOrEqual(2.5);
    }, 120_000);

    it(`refuses a batch call whose deadline the app-wide wait cannot meet, in another process (${window} window)`, async () => {
      const fillers = ['fill-0', 'fill-1', 'fill-2'];
      const w = await world(window, [...fillers, 'probe', 'busy-0', 'busy-1']);
      const running = await workers(w, [
        // The fillers' user actions take the window at once (interactive calls are not paced) and more wait
        // for it, so it stays full; the busy accounts' batch work comes later; the probe comes once most of
        // the fill was answered (the calls in flight then hold the rest of the window).
        { fill: { accountIds: fillers, calls: APP_LIMIT + 30, signalAfter: APP_LIMIT - 12 } },
        { probe: { accountId: 'probe', deadlinesMs: [W / 3, 2 * W] } },
        {
          batch: [
            { accountId: 'busy-0', startMs: W / 2 },
            { accountId: 'busy-1', startMs: W / 2 },
          ],
          durationMs: 2 * W,
        },
      ]);
      await running[0]!.waitFor((line) => line.filled === true);
      running[1]!.child.stdin!.write('probe\n');
      const reports = await Promise.all(running.map(report));
      const probe = (
        reports[1] as unknown as {
          probe: Array<{ deadlineMs: number; outcome: string; message?: string; afterMs: number }>;
        }
      ).probe;
      // The app window is full until a window after the fill: a deadline a third of a window away is
      // refused, its call never sent, by the deadline at the latest; one two windows away is met. Whether
      // the refusal comes at once (the engine's "cannot start before its deadline") depends on the first
      // wait Redis reports: while the fill's user actions still wait at the app it may be only a lower
      // bound, and the deadline timer refuses ("did not start"; seen once in a loaded full run). The
      // at-once refusal on a full window is shown in redis-limits-engine.test.ts, with nobody waiting.
      const seen = JSON.stringify({ probe, fill: reports[0]!.ok, busy: reports[2]!.ok });
      expect(probe[0]!.outcome, seen).toBe('ERR_DEADLINE');
      expect(probe[0]!.message, seen).toMatch(/(cannot|did not) start before its deadline/);
      expect(probe[0]!.afterMs, seen).toBeLessThanOrEqual(probe[0]!.deadlineMs + W / 10);
      expect(probe[1]!.outcome, seen).toBe('ok');
      expect(w.sim.control.counters().http429).toEqual({ minute: 0, day: 0, concurrent: 0, appminute: 0 });
    }, 60_000);
  }
});
