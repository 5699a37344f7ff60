import { randomBytes } from 'node:crypto';
import { createRedisBackend, type RedisBackendOptions } from '../../src/redis/index.js';
import { attachParts } from '../redis/support/backend-parts.js';
import { describeTokenStoreContract } from '../stores/token-store-contract.js';
import {
  CLUSTER_NODES,
  deleteClusterKeys,
  describeWithCluster,
  uniqueClusterPrefix,
} from './support/redis-cluster-env.js';

// Fails (not skips) under CI=true when the cluster is missing: see describeWithCluster.
describeWithCluster('RedisTokenStore on a Redis Cluster', () => {
  for (const [label, extra] of [
    ['plain', {}],
    ['encrypted', { encryptionKeys: [{ id: 'k1', key: randomBytes(32) }] }],
  ] as Array<[string, Partial<RedisBackendOptions>]>) {
    describeTokenStoreContract(
      `RedisTokenStore on a 3-master cluster (${label})`,
      async () => {
        const keyPrefix = uniqueClusterPrefix('store');
        const redis = await createRedisBackend({ cluster: { nodes: CLUSTER_NODES }, keyPrefix, ...extra });
        return {
          store: attachParts(redis).store,
          cleanup: async () => {
            await redis.close();
            await deleteClusterKeys(keyPrefix);
          },
        };
      },
      // listAll scans each master in turn with SCAN's COUNT hint.
      { listLimitIsHint: true },
    );
  }
});
