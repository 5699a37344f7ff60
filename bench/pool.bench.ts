/**
 * `npm run bench`: the pool against the simulator (run in a child process), with time scaled. Prints
 * progress on stderr and, as the LAST line of stdout, one JSON object:
 *   utilization.{rolling,fixed}: { ratio, http429 }  steady calls per window ÷ limit on a saturated connection
 *   threeConnections: { speedup, http429 }           the same workload on three apps vs one connection
 *   interactive: { p95WaitMs, slotMs, fifoP95WaitMs } queue wait of user actions while batch work saturates
 *   overhead: { ratio }                               median call time through the pool ÷ bare axios
 *   scale: { accounts, connections, heapMB, idleCpuPct } 10,000 accounts × 3 roles, one call each, then idle
 *     (three connections per account; `scaleSingleConnection`: the same with multi-connection off)
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import axios from 'axios';
import { XeroConnections } from '../src/host.js';
import type { XeroConnectionsOptions } from '../src/options.js';
import type { ConnectionPool } from '../src/pool/connection-pool.js';
import type { Role } from '../src/roles.js';
import { MemoryTokenStore } from '../src/stores/memory-token-store.js';
import { DEMO_TENANT_ID } from '../src/testing/index.js';
import { connect, SIM_APPS, THREE_APPS } from './support/connect.js';
import { type SimulatorChild, startSimulatorChild } from './support/simulator-child.js';
import { bucketRatePerWindow, median, percentile, round } from './support/stats.js';

function perWindow(times: number[], windowMs: number): string {
  const t0 = Math.min(...times);
  const counts: number[] = [];
  for (const t of times) {
    const w = Math.floor((t - t0) / windowMs);
    counts[w] = (counts[w] ?? 0) + 1;
  }
  return Array.from(counts, (c) => c ?? 0).join(',');
}
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const HUGE = {
  concurrent: 1_000_000,
  perMinute: 1_000_000_000,
  perDay: 1_000_000_000,
  appPerMinute: 1_000_000_000,
};

type Counters = { http429: Record<string, number> };
const total429 = (c: Counters) => Object.values(c.http429).reduce((a, b) => a + b, 0);

function hostFor(
  sim: SimulatorChild,
  timeScale: number,
  extra: Partial<XeroConnectionsOptions> = {},
): XeroConnections {
  return new XeroConnections({
    apps: SIM_APPS,
    xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
    timeScale,
    ...extra,
  });
}

/** Starts of the pool's calls (client side), for steady-state rates and queue waits. */
function recordStarts(pool: ConnectionPool) {
  const starts: Array<{ at: number; callRole: Role; priority: string; waitedMs: number }> = [];
  pool.on('call:started', (e) =>
    starts.push({ at: Date.now(), callRole: e.callRole, priority: e.priority, waitedMs: e.waitedMs }),
  );
  return starts;
}

function calls(pool: ConnectionPool, role: Role, n: number, priority?: 'interactive' | 'batch') {
  const client = pool.role(role);
  return Array.from({ length: n }, () =>
    client.request({ method: 'GET', path: '/Organisation' }, priority ? { priority } : undefined),
  );
}

// Time scales: a Xero minute of 1.2–1.8 s. Each window loses roughly one round trip (a unit comes back one
// window after its call ENDS), a share that shrinks as windows grow towards Xero's real 60 s.
async function utilization(window: 'rolling' | 'fixed') {
  const timeScale = 0.02;
  const windowMs = 60_000 * timeScale;
  const sim = await startSimulatorChild({ sim: { timeScale, window } });
  const host = hostFor(sim, timeScale);
  try {
    const pool = host.pool({ accountId: 'acct-util', multiConnection: true, apps: THREE_APPS });
    await connect(sim, host, pool, 'service');
    await sleep(windowMs + 20);
    const before = await sim.view<Counters>('counters');
    const starts = recordStarts(pool);
    // 12 windows of work queued at once: the connection stays saturated for the whole run.
    await Promise.all(calls(pool, 'service', 60 * 12));
    const after = await sim.view<Counters>('counters');
    const times = starts.map((s) => s.at);
    const { rate, windows } = bucketRatePerWindow(times, windowMs, 60);
    log(
      `utilization ${window}: ${rate.toFixed(2)} calls/window over ${windows.toFixed(1)} windows (${perWindow(times, windowMs)})`,
    );
    return { ratio: round(rate / 60), http429: total429(after) - total429(before) };
  } finally {
    await host.close();
    await sim.close();
  }
}

async function threeConnections() {
  const timeScale = 0.03;
  const windowMs = 60_000 * timeScale;
  const sim = await startSimulatorChild({ sim: { timeScale } });
  // No interactive reserve: with multi-connection off all roles share one bucket and batch work would get
  // only limit − reserve; this part measures the budget effect alone.
  const host = hostFor(sim, timeScale, { rateLimits: { interactiveReserve: 0 } });
  try {
    const before = await sim.view<Counters>('counters');
    const perRole = 60 * 4;
    // Throughput: the sum over the pool's (app, tenant) buckets of each one's steady rate.
    const run = async (pool: ConnectionPool) => {
      const starts = recordStarts(pool);
      await Promise.all(
        (['wisepay', 'company', 'service'] as const).flatMap((r) => calls(pool, r, perRole, 'batch')),
      );
      const byBucket = new Map<string, number[]>();
      for (const s of starts) {
        const bucket = pool.multiConnection ? s.callRole : 'one';
        byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), s.at]);
      }
      let rate = 0;
      for (const times of byBucket.values()) rate += bucketRatePerWindow(times, windowMs, 60).rate;
      return rate;
    };
    const multi = host.pool({ accountId: 'acct-multi', multiConnection: true, apps: THREE_APPS });
    for (const role of ['wisepay', 'company', 'service'] as const) await connect(sim, host, multi, role);
    await sleep(windowMs + 20);
    const on = await run(multi);
    const single = host.pool({ accountId: 'acct-single', multiConnection: false, apps: THREE_APPS });
    await connect(sim, host, single, 'wisepay');
    await sleep(windowMs + 20);
    const off = await run(single);
    const after = await sim.view<Counters>('counters');
    log(`three connections: ${on.toFixed(1)} vs ${off.toFixed(1)} calls/window`);
    return { speedup: round(on / off, 2), http429: total429(after) - total429(before) };
  } finally {
    await host.close();
    await sim.close();
  }
}

async function interactive() {
  const timeScale = 0.01;
  const windowMs = 60_000 * timeScale;
  const slotMs = windowMs / 60;
  const sim = await startSimulatorChild({ sim: { timeScale } });
  const host = hostFor(sim, timeScale, { rateLimits: { interactiveReserve: 10 } });
  try {
    // Multi-connection off: user actions share the one (app, tenant) bucket with batch work.
    const pool = host.pool({ accountId: 'acct-prio', apps: THREE_APPS, tenantId: DEMO_TENANT_ID });
    await connect(sim, host, pool, 'wisepay');
    const run = async (priority: 'interactive' | 'batch') => {
      await sleep(windowMs + 20);
      const starts = recordStarts(pool);
      const batch = calls(pool, 'service', 60 * 6, 'batch');
      const users: Array<Promise<unknown>> = [];
      // ~6 user actions a window (within the reserve of 10), at irregular moments, for ~5 windows.
      for (let i = 0; i < 30; i++) {
        await sleep(windowMs / 6 + ((i * 37) % 23) - 11);
        users.push(...calls(pool, 'wisepay', 1, priority));
      }
      await Promise.all([...batch, ...users]);
      return percentile(
        starts.filter((s) => s.callRole === 'wisepay').map((s) => s.waitedMs),
        95,
      );
    };
    const p95 = await run('interactive');
    const fifo = await run('batch');
    log(`interactive: p95 wait ${p95} ms (slot ${slotMs} ms), FIFO ${fifo} ms`);
    return { p95WaitMs: round(p95, 1), slotMs: round(slotMs, 1), fifoP95WaitMs: round(fifo, 1) };
  } finally {
    await host.close();
    await sim.close();
  }
}

async function overhead() {
  const sim = await startSimulatorChild({
    sim: { timeScale: 1, limits: { ...HUGE, perDayStarter: HUGE.perDay } },
  });
  const apps = Object.fromEntries(Object.entries(SIM_APPS).map(([k, v]) => [k, { ...v, limits: HUGE }]));
  const store = new MemoryTokenStore();
  const host = hostFor(sim, 1, { apps, store });
  const agent = new http.Agent({ keepAlive: true });
  const bare = axios.create({
    httpAgent: agent,
    validateStatus: () => true,
    responseType: 'text',
    transformResponse: [(d: unknown) => d],
  });
  try {
    const pool = host.pool({ accountId: 'acct-overhead', apps: 'wisepay' });
    await connect(sim, host, pool, 'wisepay');
    // Bare calls go through another app's connection: on the pool's own bucket Xero's headers would show
    // them as another process spending its budget, which is a different scenario.
    const bareAccount = host.pool({ accountId: 'acct-bare', apps: 'company' });
    await connect(sim, host, bareAccount, 'wisepay');
    const [record] = await store.list('acct-bare');
    const headers = {
      Authorization: `Bearer ${record!.value.accessToken}`,
      'xero-tenant-id': record!.value.tenantId,
      Accept: 'application/json',
    };
    const client = pool.role('wisepay');
    const viaPool = async () => {
      const t = performance.now();
      await client.request({ method: 'GET', path: '/Organisation' });
      return performance.now() - t;
    };
    const viaAxios = async () => {
      const t = performance.now();
      const r = await bare.get(`${sim.apiUrl}/api.xro/2.0/Organisation`, { headers });
      JSON.parse(r.data as string);
      return performance.now() - t;
    };
    for (let i = 0; i < 300; i++) {
      await viaPool();
      await viaAxios();
    }
    const poolTimes: number[] = [];
    const axiosTimes: number[] = [];
    // Interleaved, so drift (GC, the simulator warming up) hits both alike.
    for (let i = 0; i < 3000; i++) {
      if (i % 2 === 0) {
        poolTimes.push(await viaPool());
        axiosTimes.push(await viaAxios());
      } else {
        axiosTimes.push(await viaAxios());
        poolTimes.push(await viaPool());
      }
    }
    const ratio = median(poolTimes) / median(axiosTimes);
    log(`overhead: pool ${median(poolTimes).toFixed(3)} ms vs axios ${median(axiosTimes).toFixed(3)} ms`);
    return { ratio: round(ratio, 3) };
  } finally {
    agent.destroy();
    await host.close();
    await sim.close();
  }
}

/**
 * Runs in a fresh process with --expose-gc so the heap figure is the SDK's alone. `multi`: three
 * connections per account (30,000); `single`: multi-connection off (10,000 connections serving 3 roles).
 */
function scale(
  mode: 'multi' | 'single',
): Promise<{ accounts: number; connections: number; heapMB: number; idleCpuPct: number }> {
  const script = fileURLToPath(new URL('./support/scale-run.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, mode], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.once('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) reject(new Error(`scale run exited with ${code}`));
      else resolve(JSON.parse(last));
    });
  });
}

const started = Date.now();
const only = process.argv[2];
if (only === 'interactive') {
  log(JSON.stringify(await interactive()));
  process.exit(0);
}
if (only === 'overhead') {
  log(JSON.stringify(await overhead()));
  process.exit(0);
}
if (only === 'utilization') {
  log(JSON.stringify({ rolling: await utilization('rolling'), fixed: await utilization('fixed') }));
  process.exit(0);
}
const result = {
  utilization: { rolling: await utilization('rolling'), fixed: await utilization('fixed') },
  threeConnections: await threeConnections(),
  interactive: await interactive(),
  overhead: await overhead(),
  scale: await scale('multi'),
  scaleSingleConnection: await scale('single'),
};
log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.stdout.write(`${JSON.stringify(result)}\n`);
