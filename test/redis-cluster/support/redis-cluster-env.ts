import { randomUUID } from 'node:crypto';
import { Cluster } from 'ioredis';
import { beforeAll, describe } from 'vitest';

/** The local 3-master cluster scripts/ensure-redis-cluster.sh starts (REDIS_CLUSTER_NODES overrides it). */
export const CLUSTER_NODES: Array<{ host: string; port: number }> = (
  process.env.REDIS_CLUSTER_NODES ?? '127.0.0.1:7101,127.0.0.1:7102,127.0.0.1:7103'
)
  .split(',')
  .map((node) => {
    const [host, port] = node.trim().split(':');
    return { host: host!, port: Number(port) };
  });

const START = 'bash scripts/ensure-redis-cluster.sh';

/** A connected cluster client for the tests' own inspection and cleanup (not the backend's). */
export async function adminCluster(): Promise<Cluster> {
  const client = new Cluster(CLUSTER_NODES, {
    lazyConnect: true,
    redisOptions: { maxRetriesPerRequest: 1, connectTimeout: 1000 },
  });
  client.on('error', () => {});
  // Until connected the client knows no node: nodes('master') would be empty.
  await client.connect();
  return client;
}

/** Whether the cluster answers with cluster_state:ok; probed once per test file. */
async function probeCluster(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new Cluster(CLUSTER_NODES, {
    lazyConnect: true,
    clusterRetryStrategy: () => null,
    redisOptions: { maxRetriesPerRequest: 0, connectTimeout: 1000 },
  });
  let firstError: Error | undefined;
  client.on('error', (error: Error) => {
    firstError ??= error;
  });
  try {
    await client.connect();
    const info = String(await client.cluster('INFO'));
    if (!/cluster_state:ok/.test(info)) return { ok: false, reason: 'cluster_state is not ok' };
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: (firstError ?? (error as Error)).message };
  } finally {
    client.disconnect();
  }
}

const probe = await probeCluster();
const where = CLUSTER_NODES.map((n) => `${n.host}:${n.port}`).join(',');

/**
 * A describe block that needs the local Redis Cluster. In CI it fails loudly when the cluster is missing
 * (the acceptance criteria demand it there); elsewhere it is skipped with the reason printed.
 */
export function describeWithCluster(name: string, body: () => void): void {
  if (!probe.ok && !process.env.CI) {
    console.warn(
      `[skipped] ${name}: no Redis Cluster at ${where} (${probe.reason}). Start one with: ${START}`,
    );
    describe.skip(name, body);
    return;
  }
  describe(name, () => {
    beforeAll(() => {
      if (!probe.ok) {
        throw new Error(
          `A Redis Cluster is required in CI but ${where} is not usable (${probe.reason}). The CI job must run ${START} before the tests.`,
        );
      }
    });
    body();
  });
}

/** A key prefix no other test run shares (no braces: the backend places the hash tags). */
export function uniqueClusterPrefix(label: string): string {
  return `xc:ctest:${label}:${randomUUID().slice(0, 8)}:`;
}

/** Deletes every key under `prefix` on every master (SCAN sees one node's keys only). */
export async function deleteClusterKeys(prefix: string): Promise<number> {
  const client = await adminCluster();
  try {
    let deleted = 0;
    for (const node of client.nodes('master')) {
      let cursor = '0';
      do {
        const [next, keys] = await node.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        cursor = next;
        // One DEL per key: the keys of one page may be in different slots.
        for (const key of keys) deleted += await node.del(key);
      } while (cursor !== '0');
    }
    return deleted;
  } finally {
    client.disconnect();
  }
}
