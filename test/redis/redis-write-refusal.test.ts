import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ErrorCode, isXeroConnectionsError } from '../../src/errors/index.js';
import { XeroConnections } from '../../src/host.js';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import type { PendingAuthorizationStore } from '../../src/stores/pending-authorization-store.js';
import type { StoredConnection, TokenStore } from '../../src/stores/token-store.js';
import {
  DEMO_TENANT_ID,
  simulatorHostOptions,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { sleep } from '../../src/time-scale.js';
import { sampleConnection } from '../stores/sample-connection.js';
import { observedBackend } from './support/backend-parts.js';
import { describeWithRedisServer } from './support/redis-server-env.js';
import { freePort, RedisServerProcess } from './support/redis-server-process.js';

/**
 * Finding 1 of issue 9: when Redis refuses a write, ioredis's ReplyError carries the command's arguments,
 * i.e. the record JSON with fresh tokens (refresh) or the PKCE verifier and nonce (beginConnect). A real
 * redis-server of the test's own is made to refuse writes in each way Redis can, and everything the SDK
 * throws or logs is scanned for every secret it handled.
 */

const TIME_SCALE = 0.005;
const PREFIX = 'xc:refusal:';
const SDK_USER = 'sdk';
const LOCK_TTL_MS = 3000;
const SDK_PASSWORD = `pw-${randomBytes(12).toString('hex')}`;

interface Refusal {
  name: string;
  /** What the SDK must throw: an outage for what clears by itself, ERR_STORE for a bug or bad data. */
  code: ErrorCode;
  refuse(accountId: string): Promise<void>;
  restore(accountId: string): Promise<void>;
}

describeWithRedisServer('Redis refusing writes never leaks what the refused command carried', () => {
  let dir: string;
  let server: RedisServerProcess;
  let admin: Redis;
  let redis: RedisBackend;
  /** The store the host attached (unwrapped), for the store's own tests. */
  let store: TokenStore;
  let sim: XeroSimulator;
  let host: XeroConnections;
  const logs: string[] = [];
  const secrets = new Set<string>([SDK_PASSWORD]);
  /** Fired inside the next rotating put, after Xero rotated and before the new set reaches Redis. */
  let beforeRotatingPut: (() => Promise<void>) | undefined;

  const refusals: Record<string, Refusal> = {
    MISCONF: {
      name: 'MISCONF (a snapshot failed, stop-writes-on-bgsave-error)',
      code: 'ERR_COORDINATION_UNAVAILABLE',
      async refuse() {
        // Redis 7 protects `dir` from CONFIG SET; removing the directory makes the snapshot fail the same way.
        rmSync(dir, { recursive: true, force: true });
        await admin.config('SET', 'save', '3600 1');
        const giveUp = Date.now() + 20_000;
        for (;;) {
          if (Date.now() > giveUp) throw new Error('could not make BGSAVE fail');
          // Redis retries a failed snapshot by itself: wait for any save in progress, then start ours.
          const info = await admin.info('persistence');
          if (/rdb_bgsave_in_progress:1/.test(info)) {
            await sleep(20);
            continue;
          }
          const started = await admin.bgsave().then(
            () => true,
            () => false,
          );
          if (!started) continue;
          let after = await admin.info('persistence');
          while (/rdb_bgsave_in_progress:1/.test(after)) {
            await sleep(20);
            after = await admin.info('persistence');
          }
          if (/rdb_last_bgsave_status:err/.test(after)) return;
        }
      },
      async restore() {
        // No save points first, so no automatic retry can run once the directory is back.
        await admin.config('SET', 'save', '');
        mkdirSync(dir, { recursive: true });
      },
    },
    OOM: {
      name: 'OOM (maxmemory reached, noeviction)',
      code: 'ERR_COORDINATION_UNAVAILABLE',
      async refuse() {
        await admin.config('SET', 'maxmemory-policy', 'noeviction');
        await admin.config('SET', 'maxmemory', '1');
      },
      async restore() {
        await admin.config('SET', 'maxmemory', '0');
      },
    },
    READONLY: {
      name: 'READONLY (demoted to a replica)',
      code: 'ERR_COORDINATION_UNAVAILABLE',
      async refuse() {
        await admin.replicaof('127.0.0.1', String(await freePort()));
      },
      async restore() {
        await admin.replicaof('NO', 'ONE');
      },
    },
    NOPERM: {
      name: 'NOPERM (the ACL user lost write and script rights)',
      code: 'ERR_STORE',
      async refuse() {
        await admin.acl('SETUSER', SDK_USER, '-@write', '-@scripting');
      },
      async restore() {
        await admin.acl('SETUSER', SDK_USER, '+@all');
      },
    },
    WRONGTYPE: {
      name: "WRONGTYPE (a string planted at the account's key)",
      code: 'ERR_STORE',
      async refuse(accountId) {
        const key = `${PREFIX}conn:${encodeURIComponent(accountId)}`;
        await admin.del(key);
        await admin.set(key, 'not a hash');
      },
      async restore(accountId) {
        await admin.del(`${PREFIX}conn:${encodeURIComponent(accountId)}`);
      },
    },
  };

  function witnessedStore(store: TokenStore): TokenStore {
    return {
      get: (a, r) => store.get(a, r),
      list: (a) => store.list(a),
      delete: (a, r, v) => store.delete(a, r, v),
      put: async (value: StoredConnection, expected) => {
        secrets.add(value.accessToken);
        secrets.add(value.refreshToken);
        if (expected !== null && beforeRotatingPut !== undefined) {
          const fire = beforeRotatingPut;
          beforeRotatingPut = undefined;
          await fire();
        }
        return store.put(value, expected);
      },
    };
  }

  function witnessedPending(pending: PendingAuthorizationStore): PendingAuthorizationStore {
    return {
      save: (p) => {
        secrets.add(p.codeVerifier);
        if (p.nonce !== '') secrets.add(p.nonce);
        return pending.save(p);
      },
      peek: (state) => pending.peek(state),
      take: (state) => pending.take(state),
    };
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xc-refusal-'));
    server = new RedisServerProcess(await freePort(), ['--dir', dir]);
    await server.start();
    admin = new Redis(server.url, { maxRetriesPerRequest: 1 });
    admin.on('error', () => {});
    await admin.acl('SETUSER', SDK_USER, 'on', `>${SDK_PASSWORD}`, '~*', '&*', '+@all');
    redis = await createRedisBackend({
      url: `redis://${SDK_USER}:${SDK_PASSWORD}@127.0.0.1:${server.port}`,
      keyPrefix: PREFIX,
      commandTimeoutMs: 1000,
    });
    sim = await startXeroSimulator({ timeScale: TIME_SCALE });
    const options = simulatorHostOptions(sim);
    for (const app of Object.values(options.apps)) secrets.add(app.clientSecret);
    const capture = (level: string) => (message: string, fields?: Record<string, unknown>) => {
      logs.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
    };
    const observed = observedBackend(redis, (parts) => ({
      store: witnessedStore(parts.store),
      pendingAuthorizations: witnessedPending(parts.pendingAuthorizations),
    }));
    host = new XeroConnections({
      ...options,
      backend: observed.backend,
      // A refusal also refuses the refresh lock's release, so the lock lapses only by its ttl: the outage
      // tests below call again once Redis takes writes, and must not wait 120 s for it.
      oauth: { refreshLockTtlMs: LOCK_TTL_MS },
      logger: {
        debug: capture('debug'),
        info: capture('info'),
        warn: capture('warn'),
        error: capture('error'),
      },
    });
    store = observed.parts().store;
  }, 30_000);

  afterAll(async () => {
    // close() stores the rotated sets the refused writes kept in memory, within oauth.closeTimeoutMs.
    await host?.close();
    await redis?.close();
    await sim?.close();
    admin?.disconnect();
    await server?.kill();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  /** Every rendering of an error a host might log, down its whole cause chain. */
  function renderings(error: unknown): string[] {
    const out: string[] = [];
    const seen = new Set<unknown>();
    let current: unknown = error;
    while (typeof current === 'object' && current !== null && !seen.has(current)) {
      seen.add(current);
      const e = current as Error;
      out.push(
        String(e.message),
        String(e.stack),
        JSON.stringify(e) ?? '',
        inspect(e, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      );
      current = e.cause;
    }
    return out;
  }

  function expectNoSecret(error: unknown, what: string): void {
    const texts = [...renderings(error), ...logs];
    for (const secret of secrets) {
      for (const text of texts) {
        if (text.includes(secret)) {
          throw new Error(`${what}: a secret (${secret.length} chars) appears in: ${text.slice(0, 300)}`);
        }
      }
    }
  }

  async function connected(accountId: string) {
    const pool = host.pool({ accountId, apps: 'wisepay' });
    const { authorizationUrl } = await pool.beginConnect('wisepay');
    const redirect = await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] });
    const code = new URL(redirect).searchParams.get('code');
    if (code !== null) secrets.add(code);
    const result = await host.completeConnect(redirect);
    expect(result.status).toBe('connected');
    return pool;
  }

  for (const [label, refusal] of Object.entries(refusals)) {
    it(`token refresh under ${refusal.name}: a typed ${refusal.code}, no token anywhere`, async () => {
      const accountId = `acct-refresh-${label.toLowerCase()}`;
      const pool = await connected(accountId);
      const before = secrets.size;
      beforeRotatingPut = () => refusal.refuse(accountId);
      sim.control.expireAccessTokens({ clientId: 'wisepay-client' });
      let error: unknown;
      try {
        await pool.role('wisepay').organisation.get();
      } catch (e) {
        error = e;
      } finally {
        beforeRotatingPut = undefined;
        await refusal.restore(accountId);
      }
      // The rotated set reached the store wrapper (so its tokens are in the scan) and was refused.
      expect(secrets.size).toBeGreaterThanOrEqual(before + 2);
      expect(error, 'the call must fail: the rotated tokens were never stored').toBeDefined();
      expect(isXeroConnectionsError(error), `got ${String((error as Error)?.name)}`).toBe(true);
      expect((error as { code: string }).code).toBe(refusal.code);
      expectNoSecret(error, label);
      if (refusal.code === 'ERR_COORDINATION_UNAVAILABLE') {
        // An outage, not a broken connection: once Redis takes writes again the next call works (after
        // the refresh lock whose release was refused lapses), with the tokens Xero rotated meanwhile.
        const organisation = await pool.role('wisepay').organisation.get();
        expect(organisation).toBeDefined();
        const stored = await store.get(accountId, 'wisepay');
        expect(stored?.value.broken).toBeUndefined();
      }
    });
  }

  for (const [label, refusal] of Object.entries(refusals)) {
    if (label === 'WRONGTYPE') continue; // SET replaces a key of any type: no WRONGTYPE for beginConnect.
    it(`beginConnect under ${refusal.name}: a typed ${refusal.code}, no verifier or nonce anywhere`, async () => {
      const accountId = `acct-begin-${label.toLowerCase()}`;
      const pool = host.pool({ accountId, apps: 'wisepay' });
      const before = secrets.size;
      await refusal.refuse(accountId);
      let error: unknown;
      try {
        await pool.beginConnect('wisepay');
      } catch (e) {
        error = e;
      } finally {
        await refusal.restore(accountId);
      }
      expect(secrets.size).toBeGreaterThanOrEqual(before + 2);
      expect(error).toBeDefined();
      expect(isXeroConnectionsError(error), `got ${String((error as Error)?.name)}`).toBe(true);
      expect((error as { code: string }).code).toBe(refusal.code);
      expectNoSecret(error, label);
    });
  }

  it('the store itself: each refusal is typed, immediate, and its error keeps only name, message and code', async () => {
    for (const [label, refusal] of Object.entries(refusals)) {
      const accountId = `acct-direct-${label.toLowerCase()}`;
      const record = sampleConnection({ accountId, role: 'wisepay' });
      secrets.add(record.accessToken);
      secrets.add(record.refreshToken);
      await refusal.refuse(accountId);
      const t0 = Date.now();
      const error = await store.put(record, null).then(
        () => undefined,
        (e: unknown) => e,
      );
      const ms = Date.now() - t0;
      await refusal.restore(accountId);
      expect(isXeroConnectionsError(error), `${label}: got ${String((error as Error)?.name)}`).toBe(true);
      expect((error as { code: string }).code, label).toBe(refusal.code);
      expect(ms, label).toBeLessThan(1000 + 500);
      const cause = (error as Error).cause as Error & { code?: unknown };
      expect(cause, label).toBeInstanceOf(Error);
      expect(cause.name, label).toBe('ReplyError');
      expect(cause.code, label).toBe(label);
      for (const own of Object.getOwnPropertyNames(cause)) {
        expect(['name', 'message', 'stack', 'code'], `${label}: cause.${own}`).toContain(own);
      }
      expectNoSecret(error, label);
    }
    // Writes work again once Redis accepts them: nothing is stuck.
    const record = sampleConnection({ accountId: 'acct-direct-after', role: 'wisepay' });
    expect(await store.put(record, null)).toEqual({ ok: true, version: 1 });
  });
});
