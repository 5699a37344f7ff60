import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import { createRedisBackend, type RedisBackendOptions } from '../../src/redis/index.js';
import type { StoredConnection } from '../../src/stores/token-store.js';
import { sampleConnection } from '../stores/sample-connection.js';
import { attachParts } from './support/backend-parts.js';
import { deleteKeys, describeWithRedis, REDIS_URL, uniquePrefix } from './support/redis-test-env.js';

/**
 * Finding 7 of issue 9: a Redis record is bound to the account and role it is stored under, and once
 * encryption is on a plaintext record (planted by anyone with write access to Redis) is refused.
 */

const SEALED_PREFIX = '{"format":"xero-connections/token-file"';

describeWithRedis('Redis records are bound to their account and role', () => {
  const prefixes: string[] = [];
  let raw: Redis;
  const key = { id: 'k1', key: randomBytes(32) };

  beforeAll(() => {
    raw = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    raw.on('error', () => {});
  });
  afterAll(async () => {
    raw?.disconnect();
    for (const prefix of prefixes) await deleteKeys(prefix);
  });

  async function backend(extra: Partial<RedisBackendOptions> = {}, keyPrefix = uniquePrefix('binding')) {
    prefixes.push(keyPrefix);
    const backend = await createRedisBackend({ url: REDIS_URL, keyPrefix, ...extra });
    return { redis: attachParts(backend), keyPrefix, close: () => backend.close() };
  }

  /** What a refused read must look like: ERR_STORE naming account and role, and none of the record. */
  async function expectRefused(
    read: Promise<unknown>,
    accountId: string,
    role: string,
    record: StoredConnection,
  ) {
    const error = await read.then(
      (value) => ({ resolved: value }),
      (e: unknown) => e,
    );
    expect(
      isXeroConnectionsError(error),
      `expected a StoreError, got ${String((error as Error)?.name)}`,
    ).toBe(true);
    const e = error as Error & { code: string; accountId?: string; role?: string };
    expect(e.code).toBe('ERR_STORE');
    expect(e.accountId).toBe(accountId);
    expect(e.role).toBe(role);
    expect(e.message).toContain(`account=${accountId}`);
    expect(e.message).toContain(`role=${role}`);
    const dump = [
      e.message,
      JSON.stringify(e),
      inspect(e, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    ];
    for (const secret of [record.accessToken, record.refreshToken]) {
      for (const text of dump) expect(text.includes(secret)).toBe(false);
    }
    return e;
  }

  it("refuses a plain record copied from account X's hash when read as account Y", async () => {
    const { redis, keyPrefix, close } = await backend();
    try {
      const x = sampleConnection({ accountId: 'acct-X', role: 'wisepay' });
      await redis.store.put(x, null);
      const fields = await raw.hgetall(`${keyPrefix}conn:acct-X`);
      await raw.hset(`${keyPrefix}conn:acct-Y`, fields);

      const e = await expectRefused(redis.store.get('acct-Y', 'wisepay'), 'acct-Y', 'wisepay', x);
      expect(e.message).not.toContain('acct-X');
      await expectRefused(redis.store.list('acct-Y'), 'acct-Y', 'wisepay', x);
      // A compare-and-set that loses to the planted record refuses it too, rather than returning it.
      const y = sampleConnection({ accountId: 'acct-Y', role: 'wisepay' });
      await expectRefused(redis.store.put(y, null), 'acct-Y', 'wisepay', x);
      // Account X is untouched.
      expect((await redis.store.get('acct-X', 'wisepay'))?.value).toEqual(x);
    } finally {
      await close();
    }
  });

  it("refuses a record moved to another role's fields of the same account", async () => {
    const { redis, keyPrefix, close } = await backend();
    try {
      const wisepay = sampleConnection({ accountId: 'acct-R', role: 'wisepay' });
      await redis.store.put(wisepay, null);
      const hash = `${keyPrefix}conn:acct-R`;
      await raw.hset(hash, 'company.v', '1', 'company.d', (await raw.hget(hash, 'wisepay.d'))!);
      await expectRefused(redis.store.get('acct-R', 'company'), 'acct-R', 'company', wisepay);
    } finally {
      await close();
    }
  });

  it('with encryption keys, a planted plaintext record is refused by default, naming the switch', async () => {
    const plain = await backend();
    const sealed = await backend({ encryptionKeys: [key] }, plain.keyPrefix);
    try {
      // The planted record even names the right account: only its missing seal gives it away.
      const planted = sampleConnection({ accountId: 'acct-P', role: 'wisepay' });
      await plain.redis.store.put(planted, null);
      const e = await expectRefused(
        sealed.redis.store.get('acct-P', 'wisepay'),
        'acct-P',
        'wisepay',
        planted,
      );
      expect(e.message).toMatch(/unencrypted/);
      expect(e.message).toContain('allowPlaintextRecords');
      // Nothing was changed by the refused read.
      expect((await plain.redis.store.get('acct-P', 'wisepay'))?.value).toEqual(planted);
    } finally {
      await plain.close();
      await sealed.close();
    }
  });

  it('allowPlaintextRecords: true reads legacy plaintext records, and the next write seals them', async () => {
    const plain = await backend();
    const migrating = await backend({ encryptionKeys: [key], allowPlaintextRecords: true }, plain.keyPrefix);
    const strict = await backend({ encryptionKeys: [key] }, plain.keyPrefix);
    try {
      const legacy = sampleConnection({ accountId: 'acct-M', role: 'wisepay' });
      await plain.redis.store.put(legacy, null);
      const read = await migrating.redis.store.get('acct-M', 'wisepay');
      expect(read).toEqual({ value: legacy, version: 1 });

      const rotated = { ...legacy, refreshToken: `RT-${randomBytes(8).toString('hex')}` };
      expect(await migrating.redis.store.put(rotated, 1)).toEqual({ ok: true, version: 2 });
      const stored = await raw.hget(`${plain.keyPrefix}conn:acct-M`, 'wisepay.d');
      expect(stored?.startsWith(SEALED_PREFIX)).toBe(true);
      expect(stored).not.toContain(rotated.refreshToken);
      // Once sealed, the strict backend reads it.
      expect((await strict.redis.store.get('acct-M', 'wisepay'))?.value).toEqual(rotated);
      // Still bound to its account when plaintext is accepted.
      const other = await raw.hgetall(`${plain.keyPrefix}conn:acct-M`);
      await raw.hset(`${plain.keyPrefix}conn:acct-N`, other);
      await expectRefused(migrating.redis.store.get('acct-N', 'wisepay'), 'acct-N', 'wisepay', rotated);
    } finally {
      await plain.close();
      await migrating.close();
      await strict.close();
    }
  });

  it('with encryption keys, a planted plaintext pending authorization is refused too', async () => {
    const plain = await backend();
    const sealed = await backend({ encryptionKeys: [key] }, plain.keyPrefix);
    try {
      const state = `state-${randomBytes(8).toString('hex')}`;
      const verifier = `verifier-${randomBytes(16).toString('hex')}`;
      await plain.redis.pendingAuthorizations.save({
        state,
        accountId: 'acct-P',
        role: 'wisepay',
        clientId: 'wisepay-client',
        redirectUri: 'http://127.0.0.1/callback',
        codeVerifier: verifier,
        nonce: 'nonce-planted',
        expiresAt: Date.now() + 60_000,
      });
      const error = await sealed.redis.pendingAuthorizations.take(state).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isXeroConnectionsError(error) && error.code).toBe('ERR_STORE');
      expect(inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(verifier);
    } finally {
      await plain.close();
      await sealed.close();
    }
  });

  it('validates allowPlaintextRecords', async () => {
    const error = await createRedisBackend({
      url: REDIS_URL,
      encryptionKeys: [key],
      allowPlaintextRecords: 'yes' as unknown as boolean,
    }).catch((e: unknown) => e);
    expect(isXeroConnectionsError(error) && error.code).toBe('ERR_CONFIGURATION');
    expect((error as Error).message).toContain('allowPlaintextRecords');
  });
});
