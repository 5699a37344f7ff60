import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import { encryptedRecordCodec } from '../../src/redis/record-codec.js';
import { RedisConnection } from '../../src/redis/redis-connection.js';
import { sampleConnection } from '../stores/sample-connection.js';
import { attachParts } from './support/backend-parts.js';
import { describeWithRedisServer } from './support/redis-server-env.js';
import { freePort, RedisServerProcess } from './support/redis-server-process.js';

/**
 * Finding 2 of issue 9, Redis part: `util.inspect` (showHidden, unlimited depth) and `JSON.stringify` of
 * every Redis object a host holds show no encryption key, token, verifier, nonce or Redis password.
 */

const PASSWORD = `pw-${randomBytes(12).toString('hex')}`;
const KEY = randomBytes(32);
const OLD_KEY = randomBytes(32);

/** Every form a key may take in a dump: base64, hex, and the spaced hex of `<Buffer …>`. */
function keyForms(key: Buffer): string[] {
  const spaced = [...key.subarray(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return [key.toString('base64'), key.toString('hex'), key.toString('base64url'), spaced];
}

describeWithRedisServer('no secret in util.inspect or JSON of the Redis backend’s objects', () => {
  let server: RedisServerProcess;
  let backends: RedisBackend[] = [];
  const secrets = new Set<string>([PASSWORD, ...keyForms(KEY), ...keyForms(OLD_KEY)]);

  beforeAll(async () => {
    server = new RedisServerProcess(await freePort());
    await server.start();
    const admin = new Redis(server.url);
    await admin.acl('SETUSER', 'sdk', 'on', `>${PASSWORD}`, '~*', '&*', '+@all');
    await admin.config('SET', 'requirepass', PASSWORD);
    admin.disconnect();
    const common = { keyPrefix: 'xc:inspect:', commandTimeoutMs: 1000 } as const;
    backends = [
      // Password in the URL, records in plain JSON.
      await createRedisBackend({ ...common, url: `redis://sdk:${PASSWORD}@127.0.0.1:${server.port}` }),
      // Default-user password, sealed records with a rotation key, local fallback for the limits.
      await createRedisBackend({
        ...common,
        url: `redis://:${PASSWORD}@127.0.0.1:${server.port}/0`,
        encryptionKeys: [
          { id: 'k2', key: KEY.toString('base64') },
          { id: 'k1', key: OLD_KEY },
        ],
        fallbackToLocal: true,
      }),
    ];
  });
  afterAll(async () => {
    for (const b of backends) await b.close();
    await server?.kill();
  });

  function expectClean(label: string, value: unknown): void {
    const dumps: Array<[string, () => string]> = [
      ['inspect', () => inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true })],
      [
        'inspect+getters',
        () => inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
      ],
      // Must not throw either: a host logging JSON of its parts would crash on a circular client.
      ['JSON', () => JSON.stringify(value) ?? ''],
    ];
    for (const [how, dump] of dumps) {
      const text = dump();
      for (const secret of secrets) {
        if (text.includes(secret))
          throw new Error(`${label}: a secret (${secret.length} chars) is in its ${how}`);
      }
    }
  }

  it('the backend, store, pending store, refresh lock and limits engine, after real use', async () => {
    for (const [i, backend] of backends.entries()) {
      // Attached as a host would attach it.
      const redis = attachParts(backend, { timeScale: 0.01 });
      const record = sampleConnection({ accountId: `acct-${i}`, role: 'wisepay' });
      secrets.add(record.accessToken);
      secrets.add(record.refreshToken);
      await redis.store.put(record, null);
      expect((await redis.store.get(record.accountId, 'wisepay'))?.value).toEqual(record);
      const verifier = `verifier-${randomBytes(16).toString('hex')}`;
      const nonce = `nonce-${randomBytes(16).toString('hex')}`;
      secrets.add(verifier);
      secrets.add(nonce);
      await redis.pendingAuthorizations.save({
        state: `state-${i}`,
        accountId: record.accountId,
        role: 'wisepay',
        clientId: 'wisepay-client',
        redirectUri: 'http://127.0.0.1/callback',
        codeVerifier: verifier,
        nonce,
        expiresAt: Date.now() + 60_000,
      });
      // Inspected while the lock is held and a limited call runs, so every queue and map is populated.
      await redis.refreshLock.run(`acct-${i}:wisepay`, 5000, async () => {
        await redis.limits.schedule(
          { clientId: 'wisepay-client', tenantId: 'tenant-1' },
          { priority: 'interactive', mayUseReserve: true },
          async () => {
            for (const [label, value] of Object.entries({
              backend,
              store: redis.store,
              pendingAuthorizations: redis.pendingAuthorizations,
              refreshLock: redis.refreshLock,
              limits: redis.limits,
            })) {
              expectClean(`backend ${i} ${label}`, value);
            }
          },
        );
      });
      expect((await redis.pendingAuthorizations.take(`state-${i}`))?.codeVerifier).toBe(verifier);
    }
    expect(secrets.size).toBeGreaterThan(12);
  });

  it('the record codec and the connection on their own', async () => {
    const codec = encryptedRecordCodec([{ id: 'k2', key: KEY }]);
    expect(codec.decode(codec.encode('{"a":1}', 'ctx'), 'ctx')).toBe('{"a":1}');
    expectClean('codec', codec);
    const client = new Redis(`redis://sdk:${PASSWORD}@127.0.0.1:${server.port}`);
    const connection = new RedisConnection(client, true, 1000, silentLogger);
    try {
      expect(await connection.run('ping', (c) => c.ping())).toBe('PONG');
      expectClean('connection', connection);
      // The password is still where ioredis needs it: the client works.
      expect(inspect(client, { depth: 4 })).toContain(PASSWORD);
    } finally {
      await connection.close();
    }
  });
});
