import { Cluster } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import { createRedisBackend } from '../../src/redis/index.js';
import { attachParts } from '../redis/support/backend-parts.js';
import { sampleConnection } from '../stores/sample-connection.js';
import {
  CLUSTER_NODES,
  deleteClusterKeys,
  describeWithCluster,
  uniqueClusterPrefix,
} from './support/redis-cluster-env.js';

// Fails (not skips) under CI=true when the cluster is missing: see describeWithCluster.
describeWithCluster('createRedisBackend({ client: a Cluster the host owns })', () => {
  const keyPrefix = uniqueClusterPrefix('client');
  afterAll(() => deleteClusterKeys(keyPrefix));

  it('uses the Cluster for the store, the lock and the limits, and leaves it open on close', async () => {
    // The options docs/multi-process.md asks of a Cluster passed in: nothing replayed, nothing queued late.
    const client = new Cluster(CLUSTER_NODES, {
      retryDelayOnFailover: 0,
      retryDelayOnClusterDown: 0,
      redisOptions: { autoResendUnfulfilledCommands: false, maxRetriesPerRequest: 0 },
    });
    client.on('error', () => {});
    try {
      const redis = await createRedisBackend({ client, keyPrefix });
      expect(redis.client).toBe(client);
      const parts = attachParts(redis);
      for (let i = 0; i < 6; i++) {
        const put = await parts.store.put(
          sampleConnection({ accountId: `acct-${i}`, role: 'wisepay' }),
          null,
        );
        expect(put.ok).toBe(true);
      }
      expect(await parts.refreshLock.run('acct-0:wisepay', 5_000, async () => 'held')).toBe('held');
      const key = { clientId: 'app-1', tenantId: 'tenant-a' };
      expect(
        await parts.limits.schedule(key, { priority: 'batch', mayUseReserve: true }, async () => 'ran'),
      ).toBe('ran');
      const listed = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await parts.store.listAll!({ cursor, limit: 2 });
        for (const item of page.items) listed.add(item.value.accountId);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      expect([...listed].sort()).toEqual(['acct-0', 'acct-1', 'acct-2', 'acct-3', 'acct-4', 'acct-5']);
      await parts.close();
      await redis.close();
      // The host's client stays usable: the backend did not create it.
      expect(client.status).toBe('ready');
      expect(await client.exists(`${keyPrefix}conn:acct-0`)).toBe(1);
    } finally {
      client.disconnect();
    }
  });
});
