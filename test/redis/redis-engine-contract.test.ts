import type { XeroLimits } from '../../src/limits/limits-engine.js';
import { createRedisBackend } from '../../src/redis/index.js';
import { CONTRACT_TIME_SCALE, describeLimitsEngineContract } from '../limits/engine-contract.js';
import { attachParts } from './support/backend-parts.js';
import { deleteKeys, describeWithRedis, REDIS_URL, uniquePrefix } from './support/redis-test-env.js';

// Fails (not skips) under CI=true when Redis is missing: see describeWithRedis.
describeLimitsEngineContract(
  'Redis engine',
  async (setup) => {
    const keyPrefix = uniquePrefix('engine-contract');
    const limitsFor: (clientId: string) => Partial<XeroLimits> = setup.limitsFor ?? (() => setup.limits);
    const redis = await createRedisBackend({
      url: REDIS_URL,
      keyPrefix,
      limiter: { dayWindowMs: setup.dayWindowMs, windowSlackMs: 25 },
    });
    return {
      // What a host with this configuration attaches.
      engine: attachParts(redis, {
        timeScale: CONTRACT_TIME_SCALE,
        interactiveReserve: setup.interactiveReserve,
        limitsFor,
      }).limits,
      cleanup: async () => {
        await redis.close();
        await deleteKeys(keyPrefix);
      },
    };
  },
  describeWithRedis,
);
