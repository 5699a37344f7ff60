/**
 * The rate-bound parts of `npm run bench` (utilization, three connections, interactive wait), measured so
 * they show the SDK rather than the machine:
 *
 * - a Xero minute of 3 s, so a slot (1/60 of it) is 50 ms: timer slack and a busy CPU's few ms are small
 *   against it (at the former 1.2 s minute and 20 ms slot they were not);
 * - the simulator adds 300 ms of Xero time (15 real ms) to every call, so a call holds its concurrency slot
 *   and the window's release after a call ends costs what it costs at Xero;
 * - calls per window are counted from the simulator's own request log (the calls Xero served), not from the
 *   SDK's events;
 * - each part runs `repeats` times; the figure reported is the median, the runs beside it.
 *
 * The simulator is bench/support/work-simulator-child.ts, in its own process.
 */
import { XeroConnections } from '../../src/host.js';
import type { XeroConnectionsOptions } from '../../src/options.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import { ROLES, type Role } from '../../src/roles.js';
import { SIM_APPS, THREE_APPS } from './connect.js';
import { bucketRatePerWindow, median, percentile, round } from './stats.js';
import { WorkSimulator } from './work-simulator.js';

export const POOL_TIME_SCALE = 0.05;
export const WINDOW_MS = 60_000 * POOL_TIME_SCALE;
export const SLOT_MS = WINDOW_MS / 60;
const XERO_LATENCY_MS = 300;
/** The simulator's added latency in real ms (15 at this scale). */
export const SIM_LATENCY_MS = XERO_LATENCY_MS * POOL_TIME_SCALE;
const LIMIT = 60;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tenant = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const organisation = (tenantId: string) => ({
  tenantId,
  name: `Bench ${tenantId.slice(-2)}`,
  invoiceCount: 1,
});

async function withSimulator<T>(
  window: 'rolling' | 'fixed',
  tenants: string[],
  hostExtra: Partial<XeroConnectionsOptions>,
  run: (sim: WorkSimulator, host: XeroConnections) => Promise<T>,
): Promise<T> {
  const sim = await WorkSimulator.start({
    sim: { timeScale: POOL_TIME_SCALE, window, xeroLatencyMs: XERO_LATENCY_MS },
    organisations: tenants.map(organisation),
  });
  const host = new XeroConnections({
    apps: SIM_APPS,
    xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
    timeScale: POOL_TIME_SCALE,
    ...hostExtra,
  });
  try {
    return await run(sim, host);
  } finally {
    await host.close();
    await sim.close();
  }
}

function calls(pool: ConnectionPool, role: Role, n: number, priority?: 'interactive' | 'batch') {
  const client = pool.role(role);
  return Array.from({ length: n }, () =>
    client.request({ method: 'GET', path: '/Organisation' }, priority ? { priority } : undefined),
  );
}

/** Calls per window ÷ limit, from the simulator's log times of the calls it served. */
function rateOf(times: number[] | undefined): { rate: number; windows: number } {
  return bucketRatePerWindow(times ?? [], WINDOW_MS, LIMIT);
}

/** `repeats` runs one after another; the median of `pick`, and every run's figure. */
export async function repeated<T>(
  repeats: number,
  run: (i: number) => Promise<T>,
  pick: (result: T) => number,
): Promise<{ median: number; runs: number[]; results: T[] }> {
  const results: T[] = [];
  for (let i = 0; i < repeats; i++) results.push(await run(i));
  const runs = results.map(pick);
  return { median: median(runs), runs, results };
}

/** One saturated connection: 11 windows of work queued at once; steady calls per window ÷ 60. */
export function utilizationRun(window: 'rolling' | 'fixed') {
  const t = tenant(1);
  return withSimulator(window, [t], {}, async (sim, host) => {
    const pool = host.pool({ accountId: 'acct-util', multiConnection: true, apps: THREE_APPS, tenantId: t });
    await sim.connect(host, pool, 'service', t);
    const from = Date.now();
    await Promise.all(calls(pool, 'service', LIMIT * 11));
    const seen = await sim.log(t, from, { withTimes: true });
    const { rate, windows } = rateOf(seen.times);
    log(
      `utilization ${window}: ${rate.toFixed(2)} calls/window over ${windows.toFixed(1)} windows (simulator's log)`,
    );
    return { ratio: round(rate / LIMIT), http429: seen.http429 };
  });
}

/**
 * The same batch work on three apps (one connection per role) vs one connection, on two organisations: the sum of each (app, organisation) bucket's steady rate, from the simulator's log.
 * No interactive reserve: this measures the budget effect alone.
 */
export function threeConnectionsRun() {
  const multiTenant = tenant(2);
  const singleTenant = tenant(3);
  return withSimulator(
    'rolling',
    [multiTenant, singleTenant],
    { rateLimits: { interactiveReserve: 0 } },
    async (sim, host) => {
      const perRole = LIMIT * 4;
      const multi = host.pool({
        accountId: 'acct-multi',
        multiConnection: true,
        apps: THREE_APPS,
        tenantId: multiTenant,
      });
      for (const role of ROLES) await sim.connect(host, multi, role, multiTenant);
      const single = host.pool({
        accountId: 'acct-single',
        multiConnection: false,
        apps: THREE_APPS,
        tenantId: singleTenant,
      });
      await sim.connect(host, single, 'wisepay', singleTenant);
      const work = (pool: ConnectionPool) =>
        Promise.all(ROLES.flatMap((role) => calls(pool, role, perRole, 'batch')));
      // One after the other: the wisepay app serves both, and its app-wide minute is one budget.
      const from = Date.now();
      await work(multi);
      const fromSingle = Date.now();
      await work(single);
      let on = 0;
      let http429 = 0;
      for (const role of ROLES) {
        const seen = await sim.log(multiTenant, from, { clientId: SIM_APPS[role].clientId, withTimes: true });
        on += rateOf(seen.times).rate;
        http429 += seen.http429;
      }
      const seenSingle = await sim.log(singleTenant, fromSingle, { withTimes: true });
      const off = rateOf(seenSingle.times).rate;
      http429 += seenSingle.http429;
      log(`three connections: ${on.toFixed(1)} vs ${off.toFixed(1)} calls/window (simulator's log)`);
      return { speedup: round(on / off, 2), http429 };
    },
  );
}

/**
 * User actions (wisepay, ~6 a window, within the reserve of 10) while batch work saturates the one
 * connection they share: the p95 queue wait of the user's calls, sent `interactive` on one organisation
 * and plain FIFO (`batch`) on another, side by side.
 */
export function interactiveRun() {
  const prioTenant = tenant(4);
  const fifoTenant = tenant(5);
  return withSimulator(
    'rolling',
    [prioTenant, fifoTenant],
    { rateLimits: { interactiveReserve: 10 } },
    async (sim, host) => {
      const run = async (tenantId: string, priority: 'interactive' | 'batch') => {
        const pool = host.pool({ accountId: `acct-${priority}`, apps: THREE_APPS, tenantId });
        await sim.connect(host, pool, 'wisepay', tenantId);
        const waits: number[] = [];
        pool.on('call:started', (e) => {
          if (e.callRole === 'wisepay') waits.push(e.waitedMs);
        });
        const batch = calls(pool, 'service', LIMIT * 6, 'batch');
        const users: Array<Promise<unknown>> = [];
        for (let i = 0; i < 30; i++) {
          // Irregular moments: a window's sixth, ± up to about a slot.
          await sleep(WINDOW_MS / 6 + ((((i * 37) % 23) - 11) * SLOT_MS) / 10);
          users.push(...calls(pool, 'wisepay', 1, priority));
        }
        await Promise.all([...batch, ...users]);
        return percentile(waits, 95);
      };
      const [p95, fifo] = await Promise.all([run(prioTenant, 'interactive'), run(fifoTenant, 'batch')]);
      log(`interactive: p95 wait ${p95} ms (slot ${SLOT_MS} ms), FIFO ${fifo} ms`);
      return { p95WaitMs: round(p95, 1), slotMs: round(SLOT_MS, 1), fifoP95WaitMs: round(fifo, 1) };
    },
  );
}
