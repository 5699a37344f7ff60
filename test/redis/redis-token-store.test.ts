import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import { createRedisBackend, type RedisBackendOptions } from '../../src/redis/index.js';
import type { StoredConnection } from '../../src/stores/token-store.js';
import { sampleConnection } from '../stores/sample-connection.js';
import { describeTokenStoreContract } from '../stores/token-store-contract.js';
import { attachParts, type TestHostConfig } from './support/backend-parts.js';
import {
  deleteKeys,
  describeWithRedis,
  keysWithTtl,
  REDIS_URL,
  uniquePrefix,
} from './support/redis-test-env.js';

const prefixes: string[] = [];
afterAll(async () => {
  for (const prefix of prefixes) await deleteKeys(prefix);
});

async function backend(extra: Partial<RedisBackendOptions> = {}, host: TestHostConfig = {}) {
  const keyPrefix = uniquePrefix('store');
  prefixes.push(keyPrefix);
  const redis = await createRedisBackend({ url: REDIS_URL, keyPrefix, ...extra });
  return { redis, keyPrefix, store: attachParts(redis, host).store };
}

describeWithRedis('RedisTokenStore', () => {
  describeTokenStoreContract(
    'RedisTokenStore',
    async () => {
      const { redis, keyPrefix, store } = await backend();
      return {
        store,
        cleanup: async () => {
          await redis.close();
          await deleteKeys(keyPrefix);
        },
      };
    },
    { listLimitIsHint: true },
  );

  describeTokenStoreContract(
    'RedisTokenStore (encrypted)',
    async () => {
      const { redis, keyPrefix, store } = await backend({
        encryptionKeys: [{ id: 'k1', key: randomBytes(32) }],
      });
      return {
        store,
        cleanup: async () => {
          await redis.close();
          await deleteKeys(keyPrefix);
        },
      };
    },
    { listLimitIsHint: true },
  );

  it('puts a ttl on every key it writes, and one account is one key', async () => {
    const { redis, keyPrefix, store } = await backend({}, { timeScale: 0.001 });
    try {
      await store.put(sampleConnection({ accountId: 'acct:with:colons', role: 'wisepay' }), null);
      await store.put(sampleConnection({ accountId: 'acct:with:colons', role: 'company' }), null);
      await store.delete('acct:with:colons', 'company');
      const keys = await keysWithTtl(keyPrefix);
      expect([...keys.keys()]).toEqual([`${keyPrefix}conn:acct%3Awith%3Acolons`]);
      const ttl = [...keys.values()][0]!;
      // 90 days × 0.001 = 7,776 s
      expect(ttl).toBeGreaterThan(7_700_000);
      expect(ttl).toBeLessThanOrEqual(7_776_000);
    } finally {
      await redis.close();
    }
  });

  it('with encryption keys, no token reaches Redis in clear, and rotation reads old records', async () => {
    const oldKey = { id: 'k-old', key: randomBytes(32) };
    const { redis, keyPrefix, store } = await backend({ encryptionKeys: [oldKey] });
    const value: StoredConnection = sampleConnection({ accountId: 'acct-enc', role: 'wisepay' });
    await store.put(value, null);
    await redis.close();

    const raw = new Redis(REDIS_URL);
    try {
      const dump = JSON.stringify(await raw.hgetall(`${keyPrefix}conn:acct-enc`));
      expect(dump).not.toContain(value.refreshToken);
      expect(dump).not.toContain(value.accessToken);
    } finally {
      raw.disconnect();
    }

    const rotated = await createRedisBackend({
      url: REDIS_URL,
      keyPrefix,
      encryptionKeys: [{ id: 'k-new', key: randomBytes(32) }, oldKey],
    });
    try {
      expect((await attachParts(rotated).store.get('acct-enc', 'wisepay'))?.value).toEqual(value);
    } finally {
      await rotated.close();
    }

    const wrongKeys = await createRedisBackend({
      url: REDIS_URL,
      keyPrefix,
      encryptionKeys: [{ id: 'k-x', key: randomBytes(32) }],
    });
    try {
      const error = await attachParts(wrongKeys)
        .store.get('acct-enc', 'wisepay')
        .catch((e: unknown) => e);
      expect(isXeroConnectionsError(error) && error.code).toBe('ERR_STORE');
      expect(JSON.stringify(error)).not.toContain(value.refreshToken);
    } finally {
      await wrongKeys.close();
    }
  });

  it('rejects a malformed record with a typed error naming the fields, and writes nothing', async () => {
    const { redis, keyPrefix, store } = await backend();
    try {
      const bad = {
        ...sampleConnection({ accountId: 'acct-bad', role: 'wisepay' }),
        refreshToken: 42 as unknown as string, // empty is allowed (a custom connection has none)
        connectedAt: Number.NaN,
      };
      const error = await store.put(bad, null).catch((e: unknown) => e);
      expect(isXeroConnectionsError(error) && error.code).toBe('ERR_INVALID_ARGUMENT');
      expect((error as Error).message).toMatch(/refreshToken/);
      expect((error as Error).message).toMatch(/connectedAt/);
      expect((await keysWithTtl(keyPrefix)).size).toBe(0);
    } finally {
      await redis.close();
    }
  });
});
