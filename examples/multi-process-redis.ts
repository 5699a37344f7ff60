/**
 * Several processes, one account: two worker processes share the account's connections, the token
 * refresh and Xero's rate limits through Redis.
 *
 *   npx tsx examples/multi-process-redis.ts          # needs Redis at REDIS_URL (default redis://127.0.0.1:6379)
 *
 * Shows: the workers together stay within the (app, organisation) minute limit (0 × 429), and when the
 * access token expires under both at once exactly one of them refreshes it (the rotated refresh token is
 * never lost). Without Redis it prints why and exits 0 — except in CI, where it fails.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { type XeroAppOptions, XeroConnections } from '@wise-pay/xero-connections';
import { createRedisBackend } from '@wise-pay/xero-connections/redis';
import { DEMO_TENANT_ID, startXeroSimulator } from '@wise-pay/xero-connections/testing';
import { Redis } from 'ioredis';

const TIME_SCALE = 0.02; // a Xero minute lasts 1.2 s
const MINUTE_MS = 60_000 * TIME_SCALE;
const CALLS_PER_WORKER = 90;
const WORKERS = 2;
const ACCOUNT = 'acme-msp';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The apps every process configures identically. */
const APPS: Record<string, XeroAppOptions> = {
  wisepayApp: {
    clientId: 'wisepay-client',
    clientSecret: 'wisepay-secret',
    redirectUri: 'http://127.0.0.1/callback',
  },
  companyApp: {
    clientId: 'company-client',
    clientSecret: 'company-secret',
    redirectUri: 'http://127.0.0.1/callback',
  },
  serviceApp: {
    clientId: 'service-client',
    clientSecret: 'service-secret',
    redirectUri: 'http://127.0.0.1/callback',
  },
};
const POOL = {
  accountId: ACCOUNT,
  multiConnection: true,
  apps: { wisepay: 'wisepayApp', company: 'companyApp', service: 'serviceApp' },
} as const;

interface WorkerEnv {
  identityUrl: string;
  apiUrl: string;
  keyPrefix: string;
}

interface WorkerReport {
  calls: number;
  ms: number;
}

/** One process of the deployment: its own host, sharing everything that matters through Redis. */
async function connectHost(env: WorkerEnv) {
  // Only where Redis is and how records are kept: apps, time scale and limits come from the host.
  const redis = await createRedisBackend({ url: REDIS_URL, keyPrefix: env.keyPrefix });
  const host = new XeroConnections({
    apps: APPS,
    backend: redis, // the shared tokens, refresh lock, pending authorizations and limits
    timeScale: TIME_SCALE,
    xero: { identityUrl: env.identityUrl, apiUrl: env.apiUrl, dangerouslyAllowInsecureLoopback: true },
  });
  return {
    host,
    pool: host.pool(POOL),
    async close() {
      await host.close();
      await redis.close();
    },
  };
}

async function worker(): Promise<void> {
  const env = JSON.parse(process.env.EXAMPLE_WORKER_ENV ?? '{}') as WorkerEnv;
  const { pool, close } = await connectHost(env);
  try {
    const started = performance.now();
    let calls = 0;
    // Five concurrent loops, as a busy sync service would run; the shared limiter paces them.
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        while (calls < CALLS_PER_WORKER) {
          calls++;
          await firstPage(pool.role('company').invoices.list({ statuses: ['AUTHORISED'], pageSize: 10 }));
        }
      }),
    );
    const report: WorkerReport = { calls, ms: performance.now() - started };
    await new Promise<void>((resolve, reject) =>
      process.send?.(report, (error: Error | null) => (error ? reject(error) : resolve())),
    );
  } finally {
    await close();
  }
}

/** One page: exactly one API call. */
async function firstPage<T>(list: { pages(): AsyncIterable<T[]> }): Promise<T[]> {
  for await (const page of list.pages()) return page;
  return [];
}

async function redisAvailable(): Promise<string | undefined> {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    client.disconnect();
  }
}

async function main(): Promise<void> {
  const unavailable = await redisAvailable();
  if (unavailable !== undefined) {
    const why = `Redis is not reachable at ${REDIS_URL} (${unavailable})`;
    if (process.env.CI) throw new Error(`${why}; CI must run this example`);
    console.log(`Skipped: ${why}. Start one with: redis-server --port 6379 --save "" --appendonly no`);
    return;
  }

  const sim = await startXeroSimulator({ timeScale: TIME_SCALE });
  const env: WorkerEnv = {
    identityUrl: sim.identityUrl,
    apiUrl: sim.apiUrl,
    keyPrefix: `xc:example:${process.pid}:${Date.now()}:`,
  };
  const parent = await connectHost(env);
  try {
    // The web process connects the Company connection; the tokens land in Redis for every process.
    const { authorizationUrl } = await parent.pool.beginConnect('company');
    await parent.host.completeConnect(
      await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] }),
    );
    console.log(
      `Connected the Company connection; starting ${WORKERS} worker processes × ${CALLS_PER_WORKER} calls.`,
    );

    // Every access token dies now: both workers' first calls get 401 and must refresh at the same moment.
    sim.control.expireAccessTokens({ clientId: 'company-client' });
    sim.control.resetLog();
    const started = performance.now();
    const children = Array.from({ length: WORKERS }, () =>
      fork(fileURLToPath(import.meta.url), ['--worker'], {
        env: { ...process.env, EXAMPLE_WORKER_ENV: JSON.stringify(env) },
      }),
    );
    const reports = await Promise.all(
      children.map(async (child) => {
        const [report] = (await once(child, 'message')) as [WorkerReport];
        const [code] = (await once(child, 'exit')) as [number | null];
        if (code !== 0) throw new Error(`a worker exited with ${code}`);
        return report;
      }),
    );
    const elapsed = performance.now() - started;

    const log = sim.control.requestLog();
    const apiCalls = log.filter(
      (e) => e.endpoint === 'api' && e.clientId === 'company-client' && e.status !== 401,
    ).length;
    const refreshes = log.filter((e) => e.endpoint === 'token' && e.grantType === 'refresh_token').length;
    const limited = log.filter((e) => e.status === 429);
    const http429 = limited.length;
    const total = reports.reduce((n, r) => n + r.calls, 0);
    // Past the first minute's 60, the shared window lets 60 more through per Xero minute.
    const floorMs = ((total - 60) / 60) * MINUTE_MS;
    console.log(
      `Workers made ${total} calls in ${(elapsed / 1000).toFixed(1)} s = ${(elapsed / MINUTE_MS).toFixed(1)} Xero minutes.`,
    );
    console.log(
      `Xero saw ${apiCalls} calls on (company-client, Demo Company), ${http429} × 429, ${refreshes} token refresh(es).`,
    );

    if (http429 !== 0) {
      const problems = limited.map((e) => e.rateLimitProblem ?? 'unknown').join(', ');
      throw new Error(`the shared limiter let the two processes exceed a limit (429: ${problems})`);
    }
    if (elapsed < floorMs * 0.9)
      throw new Error('the workers were faster than one shared minute limit allows');
    if (refreshes !== 1)
      throw new Error(`expected exactly one refresh across both processes, saw ${refreshes}`);
    console.log('One shared limit, one refresh: the processes behaved as one client.');
  } finally {
    await parent.close();
    await sim.close();
    await deleteKeys(env.keyPrefix);
  }
}

/** Removes this run's keys (tokens, limiter state) so runs never see each other. */
async function deleteKeys(prefix: string): Promise<void> {
  const client = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}

const run = process.argv.includes('--worker') ? worker : main;
run().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`multi-process-redis failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
