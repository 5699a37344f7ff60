import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { XeroUnavailableError } from '../../src/errors/api-errors.js';
import { StoreError } from '../../src/errors/infrastructure-errors.js';
import { AbortedError, DeadlineExceededError } from '../../src/errors/timing-errors.js';
import { silentLogger } from '../../src/logger.js';
import { createIdentityClient, type IdentityClient } from '../../src/oauth/identity-client.js';
import { refreshLockKey } from '../../src/oauth/token-refresher.js';
import { createRedisBackend } from '../../src/redis/index.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import type { TokenStore } from '../../src/stores/token-store.js';
import { sleep } from '../../src/time-scale.js';
import { attachParts } from '../redis/support/backend-parts.js';
import { deleteKeys, describeWithRedis, REDIS_URL, uniquePrefix } from '../redis/support/redis-test-env.js';
import { connectRole, type Harness, simApp, startHarness, tokenRequests } from './support/harness.js';

let h: Harness | undefined;
const servers: Server[] = [];
afterEach(async () => {
  await h?.close();
  h = undefined;
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

/** A memory store whose token writes (not creates) fail while `failing` says so. */
function flakyStore(): TokenStore & {
  failing: () => boolean;
  failedWrites: number;
  setFailing(f: () => boolean): void;
} {
  const inner = new MemoryTokenStore();
  let failing = () => false;
  const store = {
    failedWrites: 0,
    get failing() {
      return failing;
    },
    setFailing(f: () => boolean) {
      failing = f;
    },
    get: (a: string, r: never) => inner.get(a, r),
    put: async (value: Parameters<TokenStore['put']>[0], expected: number | null) => {
      if (expected !== null && failing()) {
        store.failedWrites++;
        throw new StoreError('the disk is full');
      }
      return inner.put(value, expected);
    },
    delete: (a: string, r: never, v?: number) => inner.delete(a, r, v),
    list: (a: string) => inner.list(a),
  };
  return store;
}

describe('refresh waits are bounded by the call', () => {
  it('a caller’s deadline or signal ends its wait for a refresh lock held elsewhere; callers that stay get the refresh', async () => {
    h = await startHarness();
    const { connections } = h.make();
    await connectRole(h, connections, 'wisepay');
    const { accessToken } = await connections.connection('wisepay').credentials();

    // Another party holds the lock (another pool of this process, or the Redis lock of another process).
    let release!: () => void;
    const held = h.lock.run(
      refreshLockKey('acct-1', 'wisepay'),
      60_000,
      () => new Promise<void>((r) => (release = r)),
    );

    const t0 = Date.now();
    const late = await h.witness.rejection(
      connections.connection('wisepay').refreshAfterRejection(accessToken, { deadline: Date.now() + 300 }),
    );
    expect(late).toBeInstanceOf(DeadlineExceededError);
    expect((late as DeadlineExceededError).accountId).toBe('acct-1');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    expect(Date.now() - t0).toBeLessThan(3000); // not the lock's 60 s

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const aborted = await h.witness.rejection(
      connections.connection('wisepay').refreshAfterRejection(accessToken, { signal: controller.signal }),
    );
    expect(aborted).toBeInstanceOf(AbortedError);
    expect(tokenRequests(h.sim, 'refresh_token')).toHaveLength(0);

    const patient = connections.connection('wisepay').refreshAfterRejection(accessToken);
    await sleep(100);
    release();
    await held;
    const fresh = await patient;
    expect(fresh.accessToken).not.toBe(accessToken);
    expect(tokenRequests(h.sim, 'refresh_token')).toHaveLength(1);
  });
});

describe('a refresh never outlives its lock', () => {
  it('a slow identity server is cut off before the lock’s ttl: a second refresher never runs alongside', async () => {
    h = await startHarness({ settings: { refreshLockTtlMs: 1500 } });
    let inside = 0;
    let maxInside = 0;
    const cutAfter: number[] = [];
    // Identity that answers only after 4 s (longer than the 1.5 s lock ttl), unless told to stop.
    const slow: IdentityClient = {
      ...h.identity,
      refresh: async (app, token, ctx, options) => {
        inside++;
        maxInside = Math.max(maxInside, inside);
        const started = Date.now();
        try {
          await sleep(4000, options?.signal);
          return await h!.identity.refresh(app, token, ctx, options);
        } catch (error) {
          cutAfter.push(Date.now() - started);
          throw new XeroUnavailableError('Xero identity did not answer in time', { cause: error });
        } finally {
          inside--;
        }
      },
    };
    const a = h.make({ identity: slow });
    const b = h.make({ identity: slow }); // another pool on the same store and lock
    await connectRole(h, a.connections, 'company');
    const { accessToken } = await a.connections.connection('company').credentials();
    const outcomes = await Promise.allSettled([
      a.connections.connection('company').refreshAfterRejection(accessToken),
      sleep(50).then(() => b.connections.connection('company').refreshAfterRejection(accessToken)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    for (const o of outcomes)
      expect((o as PromiseRejectedResult).reason).toBeInstanceOf(XeroUnavailableError);
    expect(maxInside).toBe(1);
    expect(cutAfter.length).toBeGreaterThanOrEqual(2);
    for (const ms of cutAfter) expect(ms).toBeLessThan(1500);
  });

  it('the identity client gives up a token request when told to (a real hanging token endpoint)', async () => {
    const server = createServer((req, res) => {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      if (req.url === '/.well-known/openid-configuration') {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            issuer: base,
            authorization_endpoint: `${base}/authorize`,
            token_endpoint: `${base}/token`,
            jwks_uri: `${base}/jwks`,
          }),
        );
        return;
      }
      // The token endpoint never answers.
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const identity = createIdentityClient({
      identityUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      dangerouslyAllowInsecureLoopback: true,
      timeoutMs: 30_000,
      logger: silentLogger,
    });
    const t0 = Date.now();
    const error = await identity
      .refresh(simApp('company'), 'refresh-token-value', {}, { signal: AbortSignal.timeout(300) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XeroUnavailableError);
    expect(Date.now() - t0).toBeLessThan(5000);
    server.closeAllConnections();
    identity.close();
  });
});

describe('a rotated token set the store refused is not lost', () => {
  it('a store that fails twice then succeeds: the rotation is stored, one token request', async () => {
    const store = flakyStore();
    h = await startHarness({ store });
    const { connections } = h.make();
    await connectRole(h, connections, 'service');
    const before = await connections.connection('service').credentials();
    let failures = 2;
    store.setFailing(() => failures-- > 0);
    const fresh = await connections.connection('service').refreshAfterRejection(before.accessToken);
    expect(store.failedWrites).toBe(2);
    expect(fresh.accessToken).not.toBe(before.accessToken);
    expect((await h.store.get('acct-1', 'service'))?.value.accessToken).toBe(fresh.accessToken);
    expect(tokenRequests(h.sim, 'refresh_token')).toHaveLength(1);
  });

  it('a store that keeps failing: StoreError, the set is kept and stored first by the next attempt, no second token request', async () => {
    const store = flakyStore();
    h = await startHarness({ store });
    const { connections, events } = h.make();
    await connectRole(h, connections, 'service');
    const before = await connections.connection('service').credentials();
    const storedBefore = (await h.store.get('acct-1', 'service'))!.value;
    let down = true;
    store.setFailing(() => down);

    const first = await h.witness.rejection(
      connections.connection('service').refreshAfterRejection(before.accessToken),
    );
    expect(first).toBeInstanceOf(StoreError);
    expect((first as StoreError).code).toBe('ERR_STORE');
    const again = await h.witness.rejection(
      connections.connection('service').refreshAfterRejection(before.accessToken),
    );
    expect(again).toBeInstanceOf(StoreError);
    // Never handed out while unstored, and the refresh token was spent once.
    expect(tokenRequests(h.sim, 'refresh_token')).toHaveLength(1);
    expect((await h.store.get('acct-1', 'service'))?.value.refreshToken).toBe(storedBefore.refreshToken);

    down = false;
    const recovered = await connections.connection('service').refreshAfterRejection(before.accessToken);
    expect(recovered.accessToken).not.toBe(before.accessToken);
    expect(tokenRequests(h.sim, 'refresh_token')).toHaveLength(1); // stored the kept set, no new request
    const stored = (await h.store.get('acct-1', 'service'))!.value;
    expect(stored.accessToken).toBe(recovered.accessToken);
    expect(stored.refreshToken).not.toBe(storedBefore.refreshToken);
    expect(events.named('tokens:refreshed').length).toBeGreaterThanOrEqual(2); // connect + the stored rotation

    // The stored refresh token is the live one at Xero: the next rotation works.
    const next = await connections.connection('service').refreshAfterRejection(recovered.accessToken);
    expect(next.accessToken).not.toBe(recovered.accessToken);
    expect(tokenRequests(h.sim, 'refresh_token').map((e) => e.status)).toEqual([200, 200]);
  });
});

describeWithRedis('with the Redis refresh lock', () => {
  it('a caller’s deadline ends its wait while another process holds the lock; the slow identity server is cut off before the ttl', async () => {
    const prefix = uniquePrefix('refresh-bounds');
    const mine = await createRedisBackend({ url: REDIS_URL, keyPrefix: prefix });
    const other = await createRedisBackend({ url: REDIS_URL, keyPrefix: prefix });
    // Each stands for one process's host: its Redis refresh lock.
    const [mineLock, otherLock] = [attachParts(mine).refreshLock, attachParts(other).refreshLock];
    try {
      h = await startHarness({ settings: { refreshLockTtlMs: 1500 } });
      const { connections } = h.make({ refreshLock: mineLock });
      await connectRole(h, connections, 'wisepay');
      const { accessToken } = await connections.connection('wisepay').credentials();
      // Another process holds the lock in Redis.
      let release!: () => void;
      const held = otherLock.run(
        refreshLockKey('acct-1', 'wisepay'),
        60_000,
        () => new Promise<void>((r) => (release = r)),
      );
      await sleep(50);
      const t0 = Date.now();
      const late = await h.witness.rejection(
        connections.connection('wisepay').refreshAfterRejection(accessToken, { deadline: Date.now() + 300 }),
      );
      expect(late).toBeInstanceOf(DeadlineExceededError);
      expect(Date.now() - t0).toBeLessThan(3000);
      release();
      await held;

      // A slow identity server (4 s) against a 1.5 s lock: two processes never refresh at once.
      let inside = 0;
      let maxInside = 0;
      const slow: IdentityClient = {
        ...h.identity,
        refresh: async (app, token, ctx, options) => {
          inside++;
          maxInside = Math.max(maxInside, inside);
          try {
            await sleep(4000, options?.signal);
            return await h!.identity.refresh(app, token, ctx, options);
          } catch (error) {
            throw new XeroUnavailableError('Xero identity did not answer in time', { cause: error });
          } finally {
            inside--;
          }
        },
      };
      const a = h.make({ identity: slow, refreshLock: mineLock });
      const b = h.make({ identity: slow, refreshLock: otherLock });
      const outcomes = await Promise.allSettled([
        a.connections.connection('wisepay').refreshAfterRejection(accessToken),
        sleep(50).then(() => b.connections.connection('wisepay').refreshAfterRejection(accessToken)),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
      expect(maxInside).toBe(1);
    } finally {
      await mine.close();
      await other.close();
      await deleteKeys(prefix);
    }
  });
});
