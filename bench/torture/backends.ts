/**
 * The two token stores the kill trials run on, built the same way by the parent (connect, verify) and by
 * every worker process, so the only place that knows `createRedisBackend`'s and the file store's shape.
 */
import type { BackendParts, XeroBackend } from '../../src/contracts/backend.js';
import { XeroConnections } from '../../src/host.js';
import { createRedisBackend } from '../../src/redis/index.js';
import { EncryptedFileTokenStore } from '../../src/stores/encrypted-file-token-store.js';
import { InProcessRefreshLock } from '../../src/stores/in-process-refresh-lock.js';
import type { RefreshLock, TokenStore } from '../../src/stores/token-store.js';
import { seededAppOptions } from '../../src/testing/index.js';

export type StoreKind = 'redis' | 'file';

/** Where one store kind keeps its state for this run. */
export type StoreTarget =
  | { kind: 'redis'; redisUrl: string; keyPrefix: string }
  | { kind: 'file'; dir: string; key: string };

export interface XeroEndpoints {
  identityUrl: string;
  apiUrl: string;
}

/** The seeded Wise-Pay app of the simulator (the only app the trials use). */
export const APPS = { wisepay: seededAppOptions().wisepay };

/**
 * A dead process's hold on shared state must lapse quickly, or the next worker only waits: the refresh
 * lock (Redis), the concurrency leases (Redis), the account file lock (file store). Real deployments keep
 * the longer defaults; the trials only need them well above one loopback refresh.
 */
export const REFRESH_LOCK_TTL_MS = 3000;
const LEASE_TTL_MS = 2000;
const FILE_LOCK = { staleMs: 2000, waitMs: 6000 };

export interface Backend {
  store: TokenStore;
  host: XeroConnections;
  close(): Promise<void>;
}

/**
 * A host on the given store. `wrap` lets a worker put its markers around the store and the refresh lock
 * (the kill points the parent aims at).
 */
export async function openBackend(
  target: StoreTarget,
  xero: XeroEndpoints,
  timeScale: number,
  wrap: { store?: (s: TokenStore) => TokenStore; lock?: (l: RefreshLock) => RefreshLock } = {},
): Promise<Backend> {
  const endpoints = { ...xero, dangerouslyAllowInsecureLoopback: true };
  const oauth = { refreshLockTtlMs: REFRESH_LOCK_TTL_MS };
  if (target.kind === 'redis') {
    const redis = await createRedisBackend({
      url: target.redisUrl,
      keyPrefix: target.keyPrefix,
      limiter: { leaseTtlMs: LEASE_TTL_MS },
    });
    // A decorating backend: the host still builds every part from its own configuration; the worker's
    // markers go around the store and the refresh lock it gets.
    let parts: BackendParts | undefined;
    const backend: XeroBackend = {
      attach(context) {
        const inner = redis.attach(context);
        parts = {
          ...inner,
          store: wrap.store?.(inner.store) ?? inner.store,
          refreshLock: wrap.lock?.(inner.refreshLock) ?? inner.refreshLock,
        };
        return parts;
      },
    };
    const host = new XeroConnections({ apps: APPS, backend, timeScale, oauth, xero: endpoints });
    if (parts === undefined) throw new Error('the host did not attach the Redis backend');
    return {
      store: parts.store,
      host,
      async close() {
        await host.close();
        await redis.close();
      },
    };
  }
  const fileStore = new EncryptedFileTokenStore({
    dir: target.dir,
    keys: [{ id: 'torture', key: target.key }],
    lock: FILE_LOCK,
  });
  const store = wrap.store?.(fileStore) ?? fileStore;
  const host = new XeroConnections({
    apps: APPS,
    store,
    ...(wrap.lock === undefined ? {} : { refreshLock: wrap.lock(new InProcessRefreshLock()) }),
    timeScale,
    oauth,
    xero: endpoints,
  });
  return {
    store,
    host,
    async close() {
      await host.close();
      await fileStore.close?.();
    },
  };
}
