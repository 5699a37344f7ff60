import { afterEach, describe, it } from 'vitest';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import { outsideConsumerScenario } from '../limits/support/outside-consumer.js';
import { type PoolWorld, startPoolWorld } from '../pool/support/pool-world.js';
import { deleteKeys, describeWithRedis, REDIS_URL, uniquePrefix } from './support/redis-test-env.js';

/**
 * Arrival-ordered header resync through the Redis engine (issue 11 #3), against the simulator over real
 * HTTP in both window readings: the same outside-consumer case as the in-process engine's
 * (test/limits/arrival-resync.test.ts), with the learnt share, Xero's inferred fixed window and the
 * arrival evidence kept in Redis by the resync script.
 */

const TIME_SCALE = 0.005;
const W = 60_000 * TIME_SCALE;

describeWithRedis('arrival-ordered resync on the Redis engine', () => {
  describe.each(['rolling', 'fixed'] as const)('%s window', (window) => {
    let world: PoolWorld | undefined;
    let redis: RedisBackend | undefined;
    let keyPrefix = '';
    afterEach(async () => {
      await world?.close();
      await redis?.close();
      await deleteKeys(keyPrefix);
      world = undefined;
      redis = undefined;
    });

    it('an outside consumer spending a share every window: learnt once, no 429 while it lasts, let go when it stops', async () => {
      keyPrefix = uniquePrefix(`resync-${window}`);
      redis = await createRedisBackend({ url: REDIS_URL, keyPrefix });
      world = await startPoolWorld({ timeScale: TIME_SCALE, window, host: { backend: redis } });
      await outsideConsumerScenario(world, window, W);
    });
  });
});
