/**
 * `npm run bench`: the pool against the simulator (run in a child process), with time scaled. Prints
 * progress on stderr and, as the LAST line of stdout, one JSON object:
 *   utilization.{rolling,fixed}: { ratio, runs, http429 }  steady calls per window ÷ limit on a saturated connection
 *   threeConnections: { speedup, runs, http429 }           the same workload on three apps vs one connection
 *   interactive: { p95WaitMs, slotMs, fifoP95WaitMs, runs } queue wait of user actions while batch work saturates
 *   overhead: { ratio }                                     median call time through the pool ÷ bare axios
 *   scale: { accounts, connections, heapMB, idleCpuPct }    10,000 accounts × 3 roles, one call each, then idle
 *     (three connections per account; `scaleSingleConnection`: the same with multi-connection off)
 *   timing: { xeroMinuteMs, slotMs, simLatencyMs, repeats }
 *
 * The rate-bound parts (utilization, three connections, interactive) measure the SDK, not the machine
 * (bench/support/pool-runs.ts): a Xero minute of 3 s, so a slot is 50 ms; 300 ms of Xero time added by the
 * simulator to every call; calls per window from the simulator's own request log; each part repeated
 * (BENCH_REPEATS, default 3) and reported as the median, every run's figure beside it.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import axios from 'axios';
import { XeroConnections } from '../src/host.js';
import type { XeroConnectionsOptions } from '../src/options.js';
import { MemoryTokenStore } from '../src/stores/memory-token-store.js';
import { connect, SIM_APPS } from './support/connect.js';
import {
  interactiveRun,
  repeated,
  SIM_LATENCY_MS,
  SLOT_MS,
  threeConnectionsRun,
  utilizationRun,
  WINDOW_MS,
} from './support/pool-runs.js';
import { type SimulatorChild, startSimulatorChild } from './support/simulator-child.js';
import { median, round } from './support/stats.js';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const HUGE = {
  concurrent: 1_000_000,
  perMinute: 1_000_000_000,
  perDay: 1_000_000_000,
  appPerMinute: 1_000_000_000,
};

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

const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const total = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Rolling and fixed windows side by side (a simulator each), `REPEATS` times; the medians. */
async function utilization() {
  type Run = Awaited<ReturnType<typeof utilizationRun>>;
  const results: Array<{ rolling: Run; fixed: Run }> = [];
  for (let i = 0; i < REPEATS; i++) {
    const [rolling, fixed] = await Promise.all([utilizationRun('rolling'), utilizationRun('fixed')]);
    results.push({ rolling, fixed });
  }
  const summary = (kind: 'rolling' | 'fixed') => {
    const runs = results.map((r) => r[kind].ratio);
    return { ratio: median(runs), runs, http429: total(results.map((r) => r[kind].http429)) };
  };
  return { rolling: summary('rolling'), fixed: summary('fixed') };
}

async function threeConnections() {
  const { median: speedup, runs, results } = await repeated(REPEATS, threeConnectionsRun, (r) => r.speedup);
  return { speedup, runs, http429: total(results.map((r) => r.http429)) };
}

async function interactive() {
  const { median: p95, runs, results } = await repeated(REPEATS, interactiveRun, (r) => r.p95WaitMs);
  return {
    p95WaitMs: p95,
    slotMs: SLOT_MS,
    fifoP95WaitMs: median(results.map((r) => r.fifoP95WaitMs)),
    runs,
  };
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
  log(JSON.stringify(await utilization()));
  process.exit(0);
}
const result = {
  utilization: await utilization(),
  threeConnections: await threeConnections(),
  interactive: await interactive(),
  overhead: await overhead(),
  scale: await scale('multi'),
  scaleSingleConnection: await scale('single'),
  timing: { xeroMinuteMs: WINDOW_MS, slotMs: SLOT_MS, simLatencyMs: SIM_LATENCY_MS, repeats: REPEATS },
};
log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.stdout.write(`${JSON.stringify(result)}\n`);
