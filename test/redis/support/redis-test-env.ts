import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { beforeAll, describe } from 'vitest';

/** The Redis the tests use: a local server on the default port (XC_TEST_REDIS_URL overrides it). */
export const REDIS_URL = process.env.XC_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether the local Redis answers; probed once per test file. */
export async function probeRedis(url = REDIS_URL): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 1000,
  });
  let firstError: Error | undefined;
  client.on('error', (error: Error) => {
    firstError ??= error;
  });
  try {
    await client.connect();
    await client.ping();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: (firstError ?? (error as Error)).message };
  } finally {
    client.disconnect();
  }
}

const probe = await probeRedis();

/**
 * A describe block that needs Redis on 127.0.0.1:6379. Without it: in CI the block fails loudly (the
 * acceptance criteria demand Redis there); elsewhere it is skipped with the reason printed.
 */
export function describeWithRedis(name: string, body: () => void): void {
  if (!probe.ok && !process.env.CI) {
    console.warn(
      `[skipped] ${name}: no Redis at ${REDIS_URL} (${probe.reason}). Start one with: redis-server --daemonize yes --port 6379 --save "" --appendonly no`,
    );
    describe.skip(name, body);
    return;
  }
  describe(name, () => {
    beforeAll(() => {
      if (!probe.ok) {
        throw new Error(
          `Redis is required in CI but ${REDIS_URL} is unreachable (${probe.reason}). The CI job must start redis-server before the tests.`,
        );
      }
    });
    body();
  });
}

/** A key prefix no other test run shares. */
export function uniquePrefix(label: string): string {
  return `xc:test:${label}:${randomUUID().slice(0, 8)}:`;
}

/** Deletes every key under `prefix` (SCAN is fine in tests; the SDK itself never scans). */
export async function deleteKeys(prefix: string, url = REDIS_URL): Promise<number> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  client.on('error', () => {});
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await client.del(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    client.disconnect();
  }
}

/** Every key under `prefix` with its remaining ttl in ms (-1: none). */
export async function keysWithTtl(prefix: string, url = REDIS_URL): Promise<Map<string, number>> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  client.on('error', () => {});
  try {
    const out = new Map<string, number>();
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) out.set(key, await client.pttl(key));
    } while (cursor !== '0');
    return out;
  } finally {
    client.disconnect();
  }
}
