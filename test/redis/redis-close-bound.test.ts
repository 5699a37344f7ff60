import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { XeroConnections } from '../../src/host.js';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import type { StoredConnection, TokenStore } from '../../src/stores/token-store.js';
import {
  DEMO_TENANT_ID,
  simulatorHostOptions,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { observedBackend } from './support/backend-parts.js';
import { describeWithRedisServer } from './support/redis-server-env.js';
import { freePort, RedisServerProcess } from './support/redis-server-process.js';

/**
 * When Redis refuses writes, it refuses the refresh lock's release too: the lock then stays until its ttl
 * (120 s by default). `host.close()` tries once more to store a rotated set the store refused, under that
 * lock — and used to wait for the lock's ttl (minutes) before giving up.
 */

const TIME_SCALE = 0.005;
const PREFIX = 'xc:close-bound:';
const ACCOUNT = 'acct-close-bound';

describeWithRedisServer('host.close() after Redis refused the refresh lock’s release', () => {
  let server: RedisServerProcess;
  let admin: Redis;
  let redis: RedisBackend | undefined;
  let sim: XeroSimulator | undefined;
  const logs: Array<{ level: string; message: string; fields: Record<string, unknown> }> = [];
  const tokens = new Set<string>();
  let beforeRotatingPut: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    server = new RedisServerProcess(await freePort());
    await server.start();
    admin = new Redis(server.url, { maxRetriesPerRequest: 1 });
    admin.on('error', () => {});
  }, 30_000);

  afterAll(async () => {
    await redis?.close();
    await sim?.close();
    admin?.disconnect();
    await server?.kill();
  });

  function witnessed(store: TokenStore): TokenStore {
    return {
      get: (a, r) => store.get(a, r),
      list: (a) => store.list(a),
      delete: (a, r, v) => store.delete(a, r, v),
      put: async (value: StoredConnection, expected) => {
        tokens.add(value.accessToken);
        tokens.add(value.refreshToken);
        const fire = expected === null ? undefined : beforeRotatingPut;
        beforeRotatingPut = undefined;
        await fire?.();
        return store.put(value, expected);
      },
    };
  }

  it('returns within its bound and logs the unstored set by account and role, never a token', async () => {
    redis = await createRedisBackend({ url: server.url, keyPrefix: PREFIX, commandTimeoutMs: 1000 });
    sim = await startXeroSimulator({ timeScale: TIME_SCALE });
    const record = (level: string) => (message: string, fields?: Record<string, unknown>) => {
      logs.push({ level, message, fields: fields ?? {} });
    };
    // The default refresh lock ttl (120 s): the bound must not depend on a short one.
    const host = new XeroConnections({
      ...simulatorHostOptions(sim),
      backend: observedBackend(redis, (parts) => ({ store: witnessed(parts.store) })).backend,
      logger: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') },
    });
    const pool = host.pool({ accountId: ACCOUNT, apps: 'wisepay' });
    const { authorizationUrl } = await pool.beginConnect('wisepay');
    await host.completeConnect(
      await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] }),
    );

    // Xero rotates the tokens; then Redis turns read-only (a demoted primary): the rotated set and the
    // lock's release are both refused.
    beforeRotatingPut = async () => {
      await admin.replicaof('127.0.0.1', String(await freePort()));
    };
    sim.control.expireAccessTokens({ clientId: 'wisepay-client' });
    const failed = await pool
      .role('wisepay')
      .organisation.get()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(failed).toMatchObject({ code: 'ERR_COORDINATION_UNAVAILABLE' });
    await admin.replicaof('NO', 'ONE');
    // The lock outlives the outage: its release was refused.
    const [, lockKeys] = await admin.scan('0', 'MATCH', `${PREFIX}lock:*`, 'COUNT', 1000);
    expect(lockKeys).toHaveLength(1);
    expect(await admin.pttl(lockKeys[0]!)).toBeGreaterThan(60_000);

    const started = Date.now();
    await host.close();
    const elapsed = Date.now() - started;
    // The default bound is 10 s; a machine under load gets generous room, the lock's ttl (120 s) none.
    expect(elapsed).toBeLessThan(40_000);

    const lost = logs.filter((l) => l.level === 'error' && /before close/.test(l.message));
    expect(lost).toHaveLength(1);
    expect(lost[0]!.fields).toMatchObject({ accountId: ACCOUNT, role: 'wisepay' });
    const text = JSON.stringify(logs);
    for (const token of tokens) expect(text).not.toContain(token);
  }, 90_000);
});
