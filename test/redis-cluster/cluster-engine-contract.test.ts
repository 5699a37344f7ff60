import type { XeroLimits } from '../../src/limits/limits-engine.js';
import { createRedisBackend } from '../../src/redis/index.js';
import { CONTRACT_TIME_SCALE, describeLimitsEngineContract } from '../limits/engine-contract.js';
import { attachParts } from '../redis/support/backend-parts.js';
import {
  CLUSTER_NODES,
  deleteClusterKeys,
  describeWithCluster,
  uniqueClusterPrefix,
} from './support/redis-cluster-env.js';

// The same contract as test/redis/redis-engine-contract.test.ts, on a 3-master cluster: every limits script
// touches (app, tenant) and app-wide keys together, which Redis Cluster refuses (CROSSSLOT) unless they share
// a slot. Fails (not skips) under CI=true when the cluster is missing.
describeLimitsEngineContract(
  'Redis engine on a 3-master cluster',
  async (setup) => {
    const keyPrefix = uniqueClusterPrefix('engine-contract');
    const limitsFor: (clientId: string) => Partial<XeroLimits> = setup.limitsFor ?? (() => setup.limits);
    const redis = await createRedisBackend({
      cluster: { nodes: CLUSTER_NODES },
      keyPrefix,
      limiter: { dayWindowMs: setup.dayWindowMs, windowSlackMs: 25 },
    });
    return {
      engine: attachParts(redis, {
        timeScale: CONTRACT_TIME_SCALE,
        interactiveReserve: setup.interactiveReserve,
        limitsFor,
      }).limits,
      cleanup: async () => {
        await redis.close();
        await deleteClusterKeys(keyPrefix);
      },
    };
  },
  describeWithCluster,
);
