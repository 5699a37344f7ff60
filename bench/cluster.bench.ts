/**
 * `npm run bench:cluster`: several processes share one Xero connection through the Redis backend, against
 * the simulator, with time scaled: once on a single Redis (REDIS_URL, default redis://127.0.0.1:6379), once on
 * a Redis Cluster (REDIS_CLUSTER_NODES, default the 3 masters of scripts/ensure-redis-cluster.sh). Both are
 * needed. Prints progress on stderr and, as the LAST line of stdout, one JSON object:
 *   cluster: { processes, ratio, http429, tokenRequests }   (single Redis)
 *   redisCluster: { … the same … }                          (Redis Cluster)
 *     ratio          calls completed per window ÷ the per-minute limit, all processes together, over 10 windows
 *     http429        429 answers the simulator gave during the run
 *     tokenRequests  refresh requests after one forced expiry of the access token in the middle of the run
 * Floors, for each run: processes ≥ 4, ratio ≥ 0.9, http429 = 0, tokenRequests = 1 (the exit code is 1 below them).
 */
import { randomUUID } from 'node:crypto';
import { Cluster, Redis } from 'ioredis';
import { XeroConnections } from '../src/host.js';
import { createRedisBackend } from '../src/redis/index.js';
import { DEMO_TENANT_ID, startXeroSimulator } from '../src/testing/index.js';
import { sleep } from '../src/time-scale.js';
import { report, startTogether } from '../test/redis/support/worker-processes.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CLUSTER_NODES = process.env.REDIS_CLUSTER_NODES ?? '127.0.0.1:7101,127.0.0.1:7102,127.0.0.1:7103';
const PROCESSES = Number(process.env.PROCESSES ?? 4);
/**
 * A Xero minute lasts 2.4 s: long enough that 60 calls fit through 5 concurrent slots on a small machine,
 * and that the jitter between a grant and its arrival at the simulator is small next to the window.
 */
const SCALE = 0.04;
const WINDOW = 60_000 * SCALE;
const LIMIT = 60;
/** Measured windows; the run adds one window of warm-up before and one after. */
const WINDOWS = 10;
/** Covers the lag between Redis granting a call and the simulator timing its arrival (~4% of a window). */
const SLACK_MS = 100;
const log = (message: string) => process.stderr.write(`[bench:cluster] ${message}\n`);

/** Where one run keeps its state: a single Redis or a cluster, with a client of the bench's own for cleanup. */
interface Target {
  name: string;
  backend: { url: string } | { cluster: { nodes: Array<{ host: string; port: number }> } };
  workerEnv: Record<string, string>;
  /** Connects the cleanup client; throws when the target does not answer. */
  open(): Promise<{ deleteKeys(prefix: string): Promise<void>; close(): void }>;
}

const nodes = CLUSTER_NODES.split(',').map((node) => {
  const [host, port] = node.trim().split(':');
  return { host: host!, port: Number(port) };
});

const targets: Target[] = [
  {
    name: 'cluster',
    backend: { url: REDIS_URL },
    workerEnv: { XC_REDIS_URL: REDIS_URL },
    async open() {
      const client = new Redis(REDIS_URL, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      client.on('error', () => {});
      await client.connect();
      await client.ping();
      return {
        deleteKeys: (prefix) => deleteOn([client], prefix),
        close: () => client.disconnect(),
      };
    },
  },
  {
    name: 'redisCluster',
    backend: { cluster: { nodes } },
    workerEnv: { XC_REDIS_URL: '', XC_REDIS_CLUSTER_NODES: CLUSTER_NODES },
    async open() {
      const client = new Cluster(nodes, {
        lazyConnect: true,
        clusterRetryStrategy: () => null,
        redisOptions: { maxRetriesPerRequest: 0 },
      });
      client.on('error', () => {});
      await client.connect();
      return {
        // SCAN sees one node's keys: every master is scanned.
        deleteKeys: (prefix) => deleteOn(client.nodes('master'), prefix),
        close: () => client.disconnect(),
      };
    },
  },
];

async function deleteOn(clients: Redis[], prefix: string): Promise<void> {
  for (const client of clients) {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      // One key per DEL: a page's keys may lie in different cluster slots.
      for (const key of keys) await client.del(key);
    } while (cursor !== '0');
  }
}

const apps = {
  wisepay: {
    clientId: 'wisepay-client',
    clientSecret: 'wisepay-secret',
    redirectUri: 'http://127.0.0.1/callback',
  },
};

async function run(target: Target): Promise<Record<string, unknown> & { floors: boolean }> {
  let admin: Awaited<ReturnType<Target['open']>>;
  try {
    admin = await target.open();
  } catch (error) {
    const where = target.name === 'cluster' ? REDIS_URL : CLUSTER_NODES;
    const reason = error instanceof Error ? error.message : String(error);
    log(
      `${target.name}: no answer from ${where} (${reason}); start it (scripts/ensure-redis*.sh) or set the env`,
    );
    return { skipped: `no answer from ${where}`, floors: false };
  }
  const keyPrefix = `xc:bench:${randomUUID().slice(0, 8)}:`;
  const sim = await startXeroSimulator({ timeScale: SCALE, window: 'rolling' });
  const redis = await createRedisBackend({ ...target.backend, keyPrefix });
  const host = new XeroConnections({
    apps,
    backend: redis,
    timeScale: SCALE,
    xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
  });
  try {
    // Connect once, through the real flow; every process then finds the tokens in Redis.
    const pool = host.pool({ accountId: 'acct-bench', apps: 'wisepay' });
    const { authorizationUrl } = await pool.beginConnect('wisepay');
    await host.completeConnect(
      await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] }),
    );

    log(
      `${target.name}: starting ${PROCESSES} processes, ${WINDOWS + 2} windows of ${WINDOW} ms, one forced token expiry`,
    );
    const before = sim.control.counters();
    const workers = await startTogether(
      Array.from({ length: PROCESSES }, () => ({
        ...target.workerEnv,
        XC_KEY_PREFIX: keyPrefix,
        XC_IDENTITY_URL: sim.identityUrl,
        XC_API_URL: sim.apiUrl,
        XC_TIME_SCALE: String(SCALE),
        XC_ACCOUNT_ID: 'acct-bench',
        XC_MODE: 'saturate',
        XC_DURATION_MS: String(WINDOW * (WINDOWS + 2)),
        XC_CONCURRENCY: '12',
        XC_WINDOW_SLACK_MS: String(SLACK_MS),
      })),
    );
    const goAt = Date.now();
    await sleep(WINDOW * (1 + WINDOWS / 2));
    log(`${target.name}: expiring the access token at Xero (every process will see 401 TokenExpired)`);
    sim.control.expireAccessTokens({ clientId: 'wisepay-client' });
    const reports = await Promise.all(workers.map(report));
    const after = sim.control.counters();

    const entries = sim.control.requestLog().filter((e) => e.at >= goAt);
    const from = goAt + WINDOW;
    const to = from + WINDOW * WINDOWS;
    const completed = entries.filter(
      (e) => e.endpoint === 'api' && e.status === 200 && e.at >= from && e.at < to,
    ).length;
    const http429 =
      Object.values(after.http429).reduce((a, b) => a + b, 0) -
      Object.values(before.http429).reduce((a, b) => a + b, 0);
    const tokenRequests = entries.filter(
      (e) => e.endpoint === 'token' && e.grantType === 'refresh_token',
    ).length;
    const errors = reports.reduce<Record<string, number>>((all, r) => {
      for (const [code, n] of Object.entries(r.errors)) all[code] = (all[code] ?? 0) + n;
      return all;
    }, {});
    const result = {
      processes: PROCESSES,
      ratio: Math.round((completed / WINDOWS / LIMIT) * 1000) / 1000,
      http429,
      tokenRequests,
      windowMs: WINDOW,
      windows: WINDOWS,
      completed,
      callErrors: errors,
    };
    log(
      `${target.name}: completed ${completed} calls in ${WINDOWS} windows; errors ${JSON.stringify(errors)}`,
    );
    const floors =
      result.processes >= 4 && result.ratio >= 0.9 && result.http429 === 0 && result.tokenRequests === 1;
    if (!floors) {
      log(`${target.name}: below the floors: processes ≥ 4, ratio ≥ 0.9, http429 = 0, tokenRequests = 1`);
    }
    return { ...result, floors };
  } finally {
    await host.close();
    await redis.close();
    await sim.close();
    await admin.deleteKeys(keyPrefix);
    admin.close();
  }
}

const results: Record<string, unknown> = {};
let allFloors = true;
for (const target of targets) {
  const { floors, ...result } = await run(target);
  results[target.name] = result;
  allFloors &&= floors;
}
process.exitCode = allFloors ? 0 : 1;
process.stdout.write(`${JSON.stringify(results)}\n`);
