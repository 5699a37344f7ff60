import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BackendParts } from '../../src/contracts/backend.js';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import type { LimitKey } from '../../src/limits/limits-engine.js';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import { sleep } from '../../src/time-scale.js';
import { sampleConnection } from '../stores/sample-connection.js';
import { attachParts } from './support/backend-parts.js';
import { freePort, RedisServerProcess } from './support/redis-server-process.js';
import { describeWithRedis } from './support/redis-test-env.js';

const TENANT: LimitKey = { clientId: 'app-1', tenantId: 'tenant-a' };
const batch = { priority: 'batch', mayUseReserve: true } as const;
/** The bound every Redis round trip answers within. */
const BOUND = 400;

function code(error: unknown): string | undefined {
  return isXeroConnectionsError(error) ? error.code : undefined;
}

/** Settles a promise into its outcome and how long it took, never throwing. */
async function outcome(p: Promise<unknown>, since = Date.now()) {
  try {
    return { ok: true as const, value: await p, ms: Date.now() - since };
  } catch (error) {
    return { ok: false as const, code: code(error), ms: Date.now() - since };
  }
}

describeWithRedis('Redis outage (a dedicated redis-server, stopped and restarted)', () => {
  let server: RedisServerProcess;
  let backends: RedisBackend[] = [];
  let redis: BackendParts;
  let fallback: BackendParts;

  beforeAll(async () => {
    server = new RedisServerProcess(await freePort());
    await server.start();
    const options = { url: server.url, keyPrefix: 'xc:outage:', commandTimeoutMs: BOUND } as const;
    backends = [
      await createRedisBackend(options),
      await createRedisBackend({ ...options, fallbackToLocal: true }),
    ];
    redis = attachParts(backends[0]!, { timeScale: 0.005, limitsFor: () => ({ perMinute: 4 }) });
    fallback = attachParts(backends[1]!, { timeScale: 0.005 });
  });
  afterAll(async () => {
    for (const backend of backends) await backend.close();
    await server?.kill();
  });

  it('fails every kind of call with CoordinationUnavailableError within the bound, then resumes by itself', async () => {
    await redis.store.put(sampleConnection({ accountId: 'acct-1', role: 'wisepay' }), null);
    expect(await redis.limits.schedule(TENANT, batch, async () => 'before')).toBe('before');

    // Fill the window so calls are queued when Redis dies.
    const queued = Array.from({ length: 8 }, () => redis.limits.schedule(TENANT, batch, async () => 'ran'));
    await sleep(20);
    const killedAt = Date.now();
    await server.kill();

    const results = await Promise.all([
      ...queued.map((p) => outcome(p, killedAt)),
      outcome(redis.limits.schedule(TENANT, batch, async () => 'new')),
      outcome(redis.store.get('acct-1', 'wisepay')),
      outcome(redis.store.put(sampleConnection({ accountId: 'acct-2', role: 'wisepay' }), null)),
      outcome(redis.refreshLock.run('acct-1:wisepay', 1000, async () => 'locked')),
      outcome(redis.pendingAuthorizations.take('some-state')),
    ]);
    const failures = results.filter((r) => !r.ok);
    // Calls already granted before the kill may have run; everything after it failed, typed, in time.
    expect(failures.length).toBeGreaterThanOrEqual(5);
    for (const r of failures) {
      expect(r.code).toBe('ERR_COORDINATION_UNAVAILABLE');
      expect(r.ms).toBeLessThan(BOUND * 2 + 300);
    }
    for (const r of results.filter((r) => r.ok)) expect(r.value).toBe('ran');

    await server.start();
    // ioredis reconnects on its own (backoff capped at 1 s); no new backend, no restart of the host.
    const resumedBy = Date.now() + 3000;
    let resumed: unknown;
    while (Date.now() < resumedBy) {
      const r = await outcome(redis.limits.schedule(TENANT, batch, async () => 'after'));
      if (r.ok) {
        resumed = r.value;
        break;
      }
      expect(r.code).toBe('ERR_COORDINATION_UNAVAILABLE');
      await sleep(50);
    }
    expect(resumed).toBe('after');
    // The server kept nothing on disk, so the store starts empty but works.
    expect(await redis.store.put(sampleConnection({ accountId: 'acct-1', role: 'wisepay' }), null)).toEqual({
      ok: true,
      version: 1,
    });
    expect(await redis.refreshLock.run('acct-1:wisepay', 1000, async () => 'locked')).toBe('locked');
  });

  it('with fallbackToLocal, calls keep running on the in-process limits and return to Redis when it is back', async () => {
    expect(await fallback.limits.schedule(TENANT, batch, async () => 'shared')).toBe('shared');
    await server.kill();
    const t0 = Date.now();
    const during = await Promise.all(
      Array.from({ length: 5 }, () => fallback.limits.schedule(TENANT, batch, async () => 'local')),
    );
    expect(during).toEqual(Array(5).fill('local'));
    expect(Date.now() - t0).toBeLessThan(BOUND * 2 + 300);
    // The store has no fallback: tokens live in Redis only.
    expect(code(await fallback.store.get('acct-1', 'wisepay').catch((e: unknown) => e))).toBe(
      'ERR_COORDINATION_UNAVAILABLE',
    );

    await server.start();
    const backBy = Date.now() + 3000;
    let inRedis = 0;
    while (Date.now() < backBy && inRedis === 0) {
      await fallback.limits.schedule(TENANT, batch, async () => undefined);
      inRedis = await backends[1]!.client.zcard('xc:outage:lim:{app-1}:t:tenant-a:minute').catch(() => 0);
      await sleep(50);
    }
    expect(inRedis).toBeGreaterThan(0);
  });
});
