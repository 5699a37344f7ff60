import { inspect } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import type { PendingAuthorization } from '../../src/stores/pending-authorization-store.js';
import { attachParts } from './support/backend-parts.js';
import {
  deleteKeys,
  describeWithRedis,
  keysWithTtl,
  REDIS_URL,
  uniquePrefix,
} from './support/redis-test-env.js';

const prefix = uniquePrefix('auth');
const opened: RedisBackend[] = [];
afterAll(async () => {
  for (const redis of opened) await redis.close();
  await deleteKeys(prefix);
});

function pending(state: string, expiresInMs = 60_000): PendingAuthorization {
  return {
    state,
    accountId: 'acct-1',
    role: 'company',
    clientId: 'wisepay-client',
    redirectUri: 'http://127.0.0.1/callback',
    codeVerifier: 'verifier-secret-value',
    nonce: 'nonce-value',
    expiresAt: Date.now() + expiresInMs,
  };
}

describeWithRedis('RedisPendingAuthorizationStore', () => {
  it('a state saved by one process is taken once, by whichever process gets the callback', async () => {
    const redisA = await createRedisBackend({ url: REDIS_URL, keyPrefix: prefix });
    const redisB = await createRedisBackend({ url: REDIS_URL, keyPrefix: prefix });
    opened.push(redisA, redisB);
    const [a, b] = [attachParts(redisA), attachParts(redisB)];
    const saved = pending('state-1');
    await a.pendingAuthorizations.save(saved);
    expect(await b.pendingAuthorizations.peek('state-1')).toEqual({
      state: 'state-1',
      accountId: 'acct-1',
      role: 'company',
      expiresAt: saved.expiresAt,
    });
    const takes = await Promise.all([
      a.pendingAuthorizations.take('state-1'),
      b.pendingAuthorizations.take('state-1'),
    ]);
    expect(takes.filter((t) => t !== null)).toEqual([saved]);
    expect(await a.pendingAuthorizations.take('unknown-state')).toBeNull();
  });

  it('keys expire after expiresAt plus the retention', async () => {
    const redis = await createRedisBackend({
      url: REDIS_URL,
      keyPrefix: prefix,
      retainExpiredAuthorizationsMs: 5_000,
    });
    opened.push(redis);
    const c = attachParts(redis);
    await c.pendingAuthorizations.save(pending('state-ttl', 10_000));
    const ttl = (await keysWithTtl(`${prefix}auth:state-ttl`)).get(`${prefix}auth:state-ttl`)!;
    expect(ttl).toBeGreaterThan(14_000);
    expect(ttl).toBeLessThanOrEqual(15_000);
  });

  it('a corrupt record is a StoreError that quotes none of it (JSON.parse quotes its input)', async () => {
    const redis = await createRedisBackend({ url: REDIS_URL, keyPrefix: prefix });
    opened.push(redis);
    // An unquoted value makes V8's SyntaxError quote the text around it: "…"Verifier":PKCEfragment"… ".
    const verifier = 'PKCEverifierFragment0123456789';
    const admin = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      await admin.set(`${prefix}auth:state-corrupt`, `{"state":"state-corrupt","codeVerifier":${verifier}}`);
    } finally {
      admin.disconnect();
    }
    const error = await attachParts(redis)
      .pendingAuthorizations.take('state-corrupt')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StoreError', code: 'ERR_STORE' });
    const texts: string[] = [];
    for (let e: unknown = error; e instanceof Error; e = e.cause) {
      texts.push(
        e.message,
        String(e.stack),
        JSON.stringify(e) ?? '',
        inspect(e, { showHidden: true, depth: 10 }),
      );
    }
    for (const text of texts) expect(text).not.toContain(verifier.slice(0, 8));
  });

  it('util.inspect (showHidden, any depth) and JSON show no verifier, nonce or connection detail', async () => {
    const redis = await createRedisBackend({ url: REDIS_URL, keyPrefix: prefix });
    opened.push(redis);
    const parts = attachParts(redis);
    const store = parts.pendingAuthorizations;
    await store.save(pending('state-inspect'));
    await store.peek('state-inspect');
    const text = [
      inspect(store, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      JSON.stringify(store),
      inspect(parts.refreshLock, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    ].join('\n');
    for (const secret of ['verifier-secret-value', 'nonce-value', REDIS_URL, '6379', prefix]) {
      expect(text).not.toContain(secret);
    }
    expect(await store.take('state-inspect')).toMatchObject({ codeVerifier: 'verifier-secret-value' });
  });
});
