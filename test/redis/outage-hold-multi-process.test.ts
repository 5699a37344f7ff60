import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XeroConnections } from '../../src/host.js';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import type { TokenStore } from '../../src/stores/token-store.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { observedBackend } from './support/backend-parts.js';
import { deleteKeys, describeWithRedis, REDIS_URL, uniquePrefix } from './support/redis-test-env.js';
import { report, WorkerProcess } from './support/worker-processes.js';

/** A Xero minute lasts 900 ms: the identity outage 2.7 s, the API outage 4.5 s. */
const SCALE = 0.015;
const MINUTE = 60_000 * SCALE;
const IDENTITY_DOWN_MS = 3 * MINUTE;
const API_DOWN_MS = 5 * MINUTE;
const PROCESSES = 3;
const READS = 20;
const WRITES = 5;
/** The host's defaults for the probe backoff (http.retryBaseDelayMs / retryMaxDelayMs), scaled. */
const PROBE_BASE_MS = 1000 * SCALE;
const PROBE_MAX_MS = 60_000 * SCALE;
/** Attempts one token read makes on its own before reporting the identity service down (http.maxRetries + 1). */
const IDENTITY_ATTEMPTS_PER_READ = 5;
const APPS = {
  wisepay: {
    clientId: 'wisepay-client',
    clientSecret: 'wisepay-secret',
    redirectUri: 'http://127.0.0.1/callback',
  },
};

/**
 * Most probes an outage of `downMs` can see. Each probe waits for the one before it to fail (one lease
 * across processes), then for a delay drawn with equal jitter from [c/2, c], c = min(max, base·2^k): so
 * the k-th probe starts at least Σ_{j<k} min(max, base·2^j)/2 after the outage was recorded. Count the
 * probes that fit in the outage, plus the one that finds Xero back. A load spike only lengthens delays.
 */
function probeBound(downMs: number): number {
  let probes = 0;
  let at = 0;
  for (;;) {
    at += Math.min(PROBE_MAX_MS, PROBE_BASE_MS * 2 ** probes) / 2;
    if (at > downMs) return probes + 1;
    probes++;
  }
}

interface ProbeLine {
  at: number;
  pid: number;
  event: 'started' | 'failed' | 'revived' | 'abandoned';
  scope: string;
}

/** The workers' debug log lines about probes (XC_DEBUG), from every process, in time order. */
function probeLines(stderrs: string[]): ProbeLine[] {
  const out: ProbeLine[] = [];
  const pattern = /^(\d+) (\d+) debug outage probe (started|failed|answered: revived|abandoned) (\{.*\})$/;
  for (const stderr of stderrs) {
    for (const line of stderr.split('\n')) {
      const m = pattern.exec(line.trim());
      if (m === null) continue;
      const event = m[3] === 'answered: revived' ? 'revived' : (m[3] as ProbeLine['event']);
      out.push({
        at: Number(m[1]),
        pid: Number(m[2]),
        event,
        scope: (JSON.parse(m[4]!) as { scope: string }).scope,
      });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

describeWithRedis('outage hold across processes on one Redis backend, against the simulator', () => {
  describe.each(['rolling', 'fixed'] as const)('%s window', (window) => {
    const keyPrefix = uniquePrefix(`outage-${window}`);
    let sim: XeroSimulator;
    let redis: RedisBackend;
    let host: XeroConnections;
    let store: TokenStore;

    beforeAll(async () => {
      sim = await startXeroSimulator({ timeScale: SCALE, window });
      redis = await createRedisBackend({ url: REDIS_URL, keyPrefix });
      const observed = observedBackend(redis);
      host = new XeroConnections({
        apps: APPS,
        backend: observed.backend,
        timeScale: SCALE,
        xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
      });
      store = observed.parts().store;
    });
    afterAll(async () => {
      await host?.close();
      await redis?.close();
      await sim?.close();
      await deleteKeys(keyPrefix);
    });

    it(`${PROCESSES} processes with queued reads and writes wait out identity (3 Xero min) and API (5 Xero min) outages: 0 failed, one prober at a time, writes created once`, async () => {
      const accountId = `acct-outage-${window}`;
      const pool = host.pool({ accountId, apps: 'wisepay' });
      const { authorizationUrl } = await pool.beginConnect('wisepay');
      const redirect = await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] });
      expect((await host.completeConnect(redirect)).status).toBe('connected');
      // An expired access token: every process must refresh first, through the identity outage.
      const current = (await store.get(accountId, 'wisepay'))!;
      expect(
        (await store.put({ ...current.value, accessTokenExpiresAt: Date.now() - 1000 }, current.version)).ok,
      ).toBe(true);
      sim.control.expireAccessTokens({ clientId: 'wisepay-client' });

      const workers = Array.from(
        { length: PROCESSES },
        (_, i) =>
          new WorkerProcess({
            XC_REDIS_URL: REDIS_URL,
            XC_KEY_PREFIX: keyPrefix,
            XC_IDENTITY_URL: sim.identityUrl,
            XC_API_URL: sim.apiUrl,
            XC_TIME_SCALE: String(SCALE),
            XC_ACCOUNT_ID: accountId,
            XC_MODE: 'outage',
            XC_LABEL: `p${i}`,
            XC_READS: String(READS),
            XC_WRITES: String(WRITES),
            // Far past both outages, even on a loaded machine.
            XC_DEADLINE_MS: String(40 * MINUTE),
            XC_DEBUG: '1',
          }),
      );
      try {
        // Workers take seconds to start under load: the outage begins once all are built.
        await Promise.all(workers.map((w) => w.ready));
      } catch (error) {
        for (const w of workers) w.kill();
        throw error;
      }
      sim.control.resetLog();
      sim.control.outage({ identity: true, durationMs: IDENTITY_DOWN_MS });
      sim.control.outage({ api: true, durationMs: API_DOWN_MS });
      const outageStart = Date.now();
      for (const w of workers) w.go();
      const reports = await Promise.all(workers.map(report));
      const exits = await Promise.all(workers.map((w) => w.exited));

      // Every call completed; nothing broke; each process saw the outage and its end.
      for (const r of reports) expect(r).toMatchObject({ ok: READS + WRITES, errors: {} });
      for (const exit of exits) {
        const summary = exit.lines.find((l) => 'events' in l) as {
          events: Record<string, number>;
          health: string[];
        };
        expect(summary.events['connection:broken']).toBeUndefined();
        expect(summary.events['connection:outage']).toBeGreaterThanOrEqual(1);
        expect(summary.events['connection:recovered']).toBe(summary.events['connection:outage']);
        // Degraded while held ('connected' only in the instant between a revival and its event).
        expect(summary.health).toContain('degraded');
        for (const h of summary.health) expect(['degraded', 'connected']).toContain(h);
      }

      // One prober at a time across all processes: per scope, a probe starts only after the one before it
      // ended (its 'failed' line is written before its lease is freed, the next 'started' after the lease
      // is taken, so the order is strict whatever the load).
      const lines = probeLines(exits.map((e) => e.stderr));
      for (const [scope, downMs] of [
        ['identity', IDENTITY_DOWN_MS],
        ['api', API_DOWN_MS],
      ] as const) {
        const own = lines.filter((l) => l.scope === scope);
        const started = own.filter((l) => l.event === 'started');
        expect(started.length, `${scope} probes`).toBeGreaterThanOrEqual(1);
        expect(started.length, `${scope} probes`).toBeLessThanOrEqual(probeBound(downMs));
        let open: ProbeLine | undefined;
        for (const l of own) {
          if (l.event === 'started') {
            expect(open, `${scope}: a probe started while another was in flight`).toBeUndefined();
            open = l;
          } else {
            expect(open?.pid, `${scope}: a probe ended that was not in flight`).toBe(l.pid);
            open = undefined;
          }
        }
        // Probes came from more than one process's queue only in turn; the last one found Xero back.
        expect(own.at(-1)?.event).toBe('revived');
      }

      const log = sim.control.requestLog().filter((e) => e.at >= outageStart);
      const identity503 = log.filter(
        (e) => e.status === 503 && (e.endpoint === 'token' || e.path.startsWith('/identity/')),
      );
      const api503 = log.filter((e) => e.status === 503 && e.path.startsWith('/api/'));
      const identityProbes = lines.filter((l) => l.scope === 'identity' && l.event === 'started').length;
      const apiProbes = lines.filter((l) => l.scope === 'api' && l.event === 'started').length;
      // Identity: each process's first token read, then the probes; one token read makes up to
      // IDENTITY_ATTEMPTS_PER_READ requests on its own before it reports the service down.
      expect(identity503.length).toBeLessThanOrEqual(
        (PROCESSES + identityProbes) * IDENTITY_ATTEMPTS_PER_READ,
      );
      // API: a call already granted its slot when the outage became known goes out once (the calls queued
      // behind the refresh are all granted before the first 503 comes back); after that only probes go.
      // No call is ever repeated outside the probe during the outage.
      expect(api503.length).toBeLessThanOrEqual(PROCESSES * (READS + WRITES) + apiProbes);

      // After revival every write was created exactly once (its idempotency key reused on each attempt).
      const client = host.pool({ accountId, apps: 'wisepay' }).role('wisepay');
      const contacts = await client.request<{ Contacts: Array<{ Name: string }> }>({
        method: 'GET',
        path: '/Contacts',
        params: { where: 'Name.StartsWith("Outage p")' },
      });
      const expected = Array.from({ length: PROCESSES }, (_, p) =>
        Array.from({ length: WRITES }, (_, i) => `Outage p${p} ${i}`),
      ).flat();
      expect(contacts.data.Contacts.map((c) => c.Name).sort()).toEqual(expected.sort());
      const puts200 = sim.control.requestLog().filter((e) => e.method === 'PUT' && e.status === 200);
      expect(puts200).toHaveLength(PROCESSES * WRITES);
    }, 90_000);
  });
});
