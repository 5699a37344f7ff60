/**
 * Several processes, one account, tokens in PostgreSQL: two worker processes share the account's
 * connection, its token refresh and its pending authorizations through the PostgreSQL backend.
 *
 *   npx tsx examples/multi-process-postgres.ts   # needs PostgreSQL at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 *
 * Shows: a consent begun in one process completes in another; when the access token expires under both
 * workers at once exactly one of them refreshes it (the rotated refresh token is never lost); and, since
 * this backend keeps rate limits per process, each worker takes its share of Xero's minute limit so that
 * together they stay within it (0 × 429). Without PostgreSQL it prints why and exits 0, except in CI,
 * where it fails. It works in a schema of its own and drops it at the end.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { type XeroAppOptions, XeroConnections } from '@wise-pay/xero-connections';
import { createPostgresBackend } from '@wise-pay/xero-connections/postgres';
import { DEMO_TENANT_ID, startXeroSimulator } from '@wise-pay/xero-connections/testing';
import pg from 'pg';

const TIME_SCALE = 0.02; // a Xero minute lasts 1.2 s
const WORKERS = 2;
const CALLS_PER_WORKER = 40;
const ACCOUNT = 'acme-msp';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Each worker's share of Xero's limits: this backend counts per process, Xero per organisation. */
const apps = (workers: number): Record<string, XeroAppOptions> => ({
  companyApp: {
    clientId: 'company-client',
    clientSecret: 'company-secret',
    redirectUri: 'http://127.0.0.1/callback',
    limits: { perMinute: Math.floor(50 / workers), concurrent: Math.max(1, Math.floor(5 / workers)) },
  },
});

interface WorkerEnv {
  identityUrl: string;
  apiUrl: string;
  schema: string;
  /** The sealing key every process shares (from your secret manager in production). */
  key: string;
}

/** One process of the deployment: its own host and pool, sharing tokens through PostgreSQL. */
async function connectHost(env: WorkerEnv, workers: number) {
  const postgres = await createPostgresBackend({
    connectionString: DATABASE_URL,
    schema: env.schema,
    encryptionKeys: [{ id: 'example', key: env.key }],
  });
  const host = new XeroConnections({
    apps: apps(workers),
    backend: postgres, // the shared token store, refresh lock and pending authorizations
    timeScale: TIME_SCALE,
    xero: { identityUrl: env.identityUrl, apiUrl: env.apiUrl, dangerouslyAllowInsecureLoopback: true },
  });
  return {
    postgres,
    host,
    pool: host.pool({ accountId: ACCOUNT, apps: 'companyApp' }),
    async close() {
      await host.close(); // the host first: it stores what it still holds
      await postgres.close();
    },
  };
}

async function worker(): Promise<void> {
  const env = JSON.parse(process.env.EXAMPLE_WORKER_ENV ?? '{}') as WorkerEnv;
  const { pool, close } = await connectHost(env, WORKERS);
  try {
    let calls = 0;
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        while (calls < CALLS_PER_WORKER) {
          calls++;
          await pool.role('wisepay').organisation.get();
        }
      }),
    );
    await new Promise<void>((resolve, reject) =>
      process.send?.({ calls }, (error: Error | null) => (error ? reject(error) : resolve())),
    );
  } finally {
    await close();
  }
}

async function postgresUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 1000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(): Promise<void> {
  const unavailable = await postgresUnavailable();
  if (unavailable !== undefined) {
    const why = `PostgreSQL is not reachable at ${new URL(DATABASE_URL).host} (${unavailable})`;
    if (process.env.CI) throw new Error(`${why}; CI must run this example`);
    console.log(`Skipped: ${why}. Start one, or set DATABASE_URL.`);
    return;
  }

  const sim = await startXeroSimulator({ timeScale: TIME_SCALE });
  const env: WorkerEnv = {
    identityUrl: sim.identityUrl,
    apiUrl: sim.apiUrl,
    schema: `xc_example_${process.pid}_${Date.now()}`,
    key: randomBytes(32).toString('base64'),
  };
  const web = await connectHost(env, WORKERS);
  const callback = await connectHost(env, WORKERS);
  try {
    const { applied } = await web.postgres.migrate(); // a deploy step in production
    console.log(`Created schema ${env.schema} (migrations ${applied.join(', ')}).`);

    // The consent begins in one process and its callback lands on another, as behind a load balancer.
    const { authorizationUrl } = await web.pool.beginConnect('wisepay');
    const redirect = await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] });
    const result = await callback.host.completeConnect(redirect);
    console.log(`Consent begun in one process, completed in another: ${result.status}.`);

    // Every access token dies now: both workers' first calls must refresh at the same moment.
    sim.control.expireAccessTokens({ clientId: 'company-client' });
    sim.control.resetLog();
    const children = Array.from({ length: WORKERS }, () =>
      fork(fileURLToPath(import.meta.url), ['--worker'], {
        env: { ...process.env, EXAMPLE_WORKER_ENV: JSON.stringify(env) },
      }),
    );
    const reports = await Promise.all(
      children.map(async (child) => {
        const [report] = (await once(child, 'message')) as [{ calls: number }];
        const [code] = (await once(child, 'exit')) as [number | null];
        if (code !== 0) throw new Error(`a worker exited with ${code}`);
        return report;
      }),
    );

    const log = sim.control.requestLog();
    const refreshes = log.filter((e) => e.endpoint === 'token' && e.grantType === 'refresh_token').length;
    const http429 = log.filter((e) => e.status === 429).length;
    const total = reports.reduce((n, r) => n + r.calls, 0);
    console.log(`Workers made ${total} calls: ${refreshes} token refresh(es), ${http429} × 429 at Xero.`);
    if (refreshes !== 1) throw new Error(`expected exactly one refresh across the workers, saw ${refreshes}`);
    if (http429 !== 0) throw new Error('the workers together exceeded a limit: their shares are too large');
    console.log('One refresh across processes, tokens sealed in PostgreSQL, nothing lost.');
  } finally {
    await web.postgres.pool.query(`DROP SCHEMA IF EXISTS "${env.schema}" CASCADE`).catch(() => {});
    await web.close();
    await callback.close();
    await sim.close();
  }
}

const run = process.argv.includes('--worker') ? worker : main;
run().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`multi-process-postgres failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
