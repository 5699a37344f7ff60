import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import { createRedisBackend } from '../../src/redis/index.js';
import { sampleConnection } from '../stores/sample-connection.js';
import { deleteKeys, describeWithRedis, REDIS_URL, uniquePrefix } from './support/redis-test-env.js';

const SRC = fileURLToPath(new URL('../../src/redis/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('createRedisBackend options', () => {
  it('never imports ioredis at run time except through the dynamic import for a url', () => {
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      const staticImports = text.match(/^import\s+(?!type\b)[^;]*from\s+'ioredis'/gm) ?? [];
      expect({ file, staticImports }).toEqual({ file, staticImports: [] });
    }
  });

  it('rejects bad options with one ConfigurationError naming each field, before connecting anywhere', async () => {
    const error = await createRedisBackend({
      url: 'http://127.0.0.1:6379',
      commandTimeoutMs: -1,
      keyPrefix: '',
    }).catch((e: unknown) => e);
    expect(isXeroConnectionsError(error) && error.code).toBe('ERR_CONFIGURATION');
    const paths = (error as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['commandTimeoutMs', 'keyPrefix', 'url']);
    const neither = await createRedisBackend({}).catch((e: unknown) => e);
    expect((neither as Error).message).toMatch(/exactly one of url or client/);
  });
});

describeWithRedis('createRedisBackend with a client the host owns', () => {
  const prefix = uniquePrefix('client');
  afterAll(() => deleteKeys(prefix));

  it('uses it, and close() leaves it open', async () => {
    const client = new Redis(REDIS_URL, { enableOfflineQueue: false, autoResendUnfulfilledCommands: false });
    try {
      await new Promise((resolve) => client.once('ready', resolve));
      const redis = await createRedisBackend({ client, keyPrefix: prefix });
      await redis.store.put(sampleConnection({ accountId: 'acct-1', role: 'wisepay' }), null);
      expect(
        await redis.limits.schedule(
          { clientId: 'a', tenantId: 't' },
          { priority: 'batch', mayUseReserve: true },
          async () => 7,
        ),
      ).toBe(7);
      await redis.close();
      expect(client.status).toBe('ready');
      expect(await client.exists(`${prefix}conn:acct-1`)).toBe(1);
      // The backend's parts refuse work once closed.
      const closed = await redis.store.get('acct-1', 'wisepay').catch((e: unknown) => e);
      expect(isXeroConnectionsError(closed) && closed.code).toBe('ERR_CLOSED');
    } finally {
      client.disconnect();
    }
  });
});
