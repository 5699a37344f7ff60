import { XeroConnections } from '../../../src/host.js';
import type { XeroConnectionsOptions } from '../../../src/options.js';
import { createRedisBackend, type RedisBackend } from '../../../src/redis/index.js';
import type { TokenStore } from '../../../src/stores/token-store.js';
import { startXeroSimulator, type XeroSimulator } from '../../../src/testing/index.js';
import { observedBackend } from './backend-parts.js';
import { deleteKeys, REDIS_URL, uniquePrefix } from './redis-test-env.js';

/**
 * What a multi-process test against Redis starts: the simulator, a Redis backend under its own key
 * prefix, and a host on both (the test's own process), plus the environment its worker processes
 * (test/redis/fixtures/worker.ts) need to share them.
 */
export interface RedisSimWorld {
  sim: XeroSimulator;
  redis: RedisBackend;
  host: XeroConnections;
  /** The store the host attached, to read and age records behind its back. */
  store: TokenStore;
  keyPrefix: string;
  /** A worker's environment: this world's Redis, simulator and time scale, then `extra`. */
  workerEnv(accountId: string, mode: string, extra?: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

export async function startRedisSimWorld(options: {
  label: string;
  timeScale: number;
  apps: XeroConnectionsOptions['apps'];
  /** The workers' `windowSlackMs` (see multi-process.test.ts for why it is wide). */
  windowSlackMs: number;
}): Promise<RedisSimWorld> {
  const keyPrefix = uniquePrefix(options.label);
  const sim = await startXeroSimulator({ timeScale: options.timeScale, window: 'rolling' });
  const redis = await createRedisBackend({ url: REDIS_URL, keyPrefix });
  const observed = observedBackend(redis);
  const host = new XeroConnections({
    apps: options.apps,
    backend: observed.backend,
    timeScale: options.timeScale,
    xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
  });
  return {
    sim,
    redis,
    host,
    store: observed.parts().store,
    keyPrefix,
    workerEnv: (accountId, mode, extra = {}) => ({
      XC_REDIS_URL: REDIS_URL,
      XC_KEY_PREFIX: keyPrefix,
      XC_IDENTITY_URL: sim.identityUrl,
      XC_API_URL: sim.apiUrl,
      XC_TIME_SCALE: String(options.timeScale),
      XC_ACCOUNT_ID: accountId,
      XC_MODE: mode,
      XC_WINDOW_SLACK_MS: String(options.windowSlackMs),
      ...extra,
    }),
    async close() {
      await host.close();
      await redis.close();
      await sim.close();
      await deleteKeys(keyPrefix);
    },
  };
}
