/**
 * `npm run bench:work` (`npx tsx bench/work.bench.ts`): how much work each Xero call carries. The simulator
 * runs in a child process (bench/support/work-simulator-child.ts); every `httpCalls` figure is the
 * simulator's own request log for that workload's organisation, not the SDK's view of its calls.
 *
 * Time scale 0.05: a Xero minute lasts 3 s and a slot (1/60 of it) 50 ms; the simulator adds 300 ms of
 * Xero time (15 real ms) to every API call, so a call holds its concurrency slot as at Xero. Each workload runs on its own organisation (its own budget).
 *
 * Prints progress on stderr and, as the LAST line of stdout, one JSON object:
 *   payments       1,000 concurrent single-payment creates on one connection, each on its own AUTHORISED
 *                  invoice: { requests, httpCalls, perMinute, http429, paidOnce, xeroMinutes }
 *   idleLatency    one write on an idle connection, coalescing on vs off: { p95AddedMs, p95OnMs, p95OffMs }
 *   invoiceWrites  1,000 concurrent single invoice creates: { creates, httpCalls }
 *   download       every invoice of an organisation with 10,000: { invoices, httpCalls }
 *   incremental    re-sync after 10 changes, `invoices.sync({ cursor })`: { changed, httpCalls }
 *   lookups        500 concurrent `invoices.get(id)`: { gets, httpCalls }
 *   defaultPool    batch-only traffic through a one-connection pool, calls per Xero minute ÷ 60: { ratio }
 *   typedPageCpu   CPU of a typed 100-invoice page ÷ axios + JSON.parse (bench/typed-page-cpu.ts): { ratio }
 *   webhooks       1,000 invoice changes heard by webhook and fetched in IDs= lists: { changes, httpCalls }
 *   off            the coalesced workloads with coalescing off, and the download at the former page size
 *   floors         { <name>: { value, floor, pass } } and `allPass`
 * Exits 1 when a floor is missed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XeroConnections } from '../src/host.js';
import type { XeroConnectionsOptions } from '../src/options.js';
import type { ConnectionPool } from '../src/pool/connection-pool.js';
import type { Role } from '../src/roles.js';
import { SIM_APPS, THREE_APPS } from './support/connect.js';
import { bucketRatePerWindow, median, percentile, round } from './support/stats.js';
import { runWebhooksWork } from './support/webhooks-work.js';
import { type CoalescingMode, coalescingSwitch } from './support/work-coalescing.js';
import { WorkSimulator } from './support/work-simulator.js';

const TIME_SCALE = 0.05;
const MINUTE_MS = 60_000 * TIME_SCALE;
const SLOT_MS = MINUTE_MS / 60;
/** Xero ms the simulator adds to every API call (scaled: 15 real ms at this scale). */
const XERO_LATENCY_MS = 300;
const LATENCY_MS = XERO_LATENCY_MS * TIME_SCALE;
const PAYMENTS = 1000;
const INVOICE_CREATES = 1000;
const LOOKUPS = 500;
const DOWNLOAD_INVOICES = 10_000;
const CHANGES = 10;
/** Idle writes per mode: the p95 of 100 is its 5th-largest value, not one outlier. */
const IDLE_SAMPLES = 100;
/** Batch calls of the default-pool run: 11 Xero minutes' worth at 60 a minute. */
const POOL_CALLS = 60 * 11;
const FORMER_PAGE_SIZE = 100;
const COALESCING = coalescingSwitch();

const log = (message: string) => process.stderr.write(`[bench:work] ${message}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One organisation per workload and mode, so each starts on a full budget of its own. */
const tenant = (n: number) => `b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const T = {
  paymentsOn: tenant(1),
  paymentsOff: tenant(2),
  writesOn: tenant(3),
  writesOff: tenant(4),
  lookupsOn: tenant(5),
  lookupsOff: tenant(6),
  download: tenant(7),
  downloadFormer: tenant(8),
  idle: tenant(9),
  pool: tenant(10),
} as const;

function hostFor(sim: WorkSimulator, mode: CoalescingMode): XeroConnections {
  const options: XeroConnectionsOptions = {
    apps: SIM_APPS,
    xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
    timeScale: TIME_SCALE,
    ...COALESCING.host(mode),
  };
  return new XeroConnections(options);
}

/** A one-connection pool (the default) on `tenantId`, connected through the wisepay app. */
async function poolOn(
  sim: WorkSimulator,
  host: XeroConnections,
  accountId: string,
  tenantId: string,
): Promise<ConnectionPool> {
  const pool = host.pool({ accountId, apps: THREE_APPS, tenantId });
  await sim.connect(host, pool, 'wisepay', tenantId);
  return pool;
}

const xeroMinutes = (ms: number) => ms / MINUTE_MS;

/**
 * Payments applied per Xero minute of the connection's budget. A connection sustains 60 calls a Xero
 * minute, so a burst that ends sooner than its calls' share of a minute still spent that share: the time
 * charged is the longer of the wall time and httpCalls ÷ 60 minutes.
 */
function perBudgetMinute(applied: number, wallMs: number, calls: number): number {
  return applied / Math.max(xeroMinutes(wallMs), calls / 60);
}

async function payments(sim: WorkSimulator, host: XeroConnections, mode: CoalescingMode, tenantId: string) {
  const pool = await poolOn(sim, host, `payments-${mode}`, tenantId);
  const reference = `month-end-${mode}`;
  const invoices = await sim.seedPayable(tenantId, PAYMENTS, reference);
  const client = pool.role('wisepay');
  const from = Date.now();
  const started = performance.now();
  // Separate user actions: each its own call, its own invoice, its own idempotency key.
  const outcomes = await Promise.all(
    invoices.map((invoice) =>
      client.payments
        .create(
          [
            {
              Invoice: { InvoiceID: invoice.InvoiceID },
              Account: { Code: '090' },
              Date: new Date(),
              Amount: invoice.AmountDue,
              Reference: reference,
            },
          ],
          COALESCING.call(mode),
        )
        .then(
          (results) => (results[0]?.ok === true ? 'ok' : `rejected: ${results[0]?.errors.join('; ')}`),
          (error: unknown) => `failed: ${(error as Error).message}`,
        ),
    ),
  );
  const wallMs = performance.now() - started;
  const seen = await sim.log(tenantId, from);
  const check = await sim.paid(
    tenantId,
    invoices.map((i) => i.InvoiceID),
    reference,
  );
  await pool.close();
  const applied = check.paidOnce + check.paidMoreThanOnce;
  const problems = outcomes.filter((o) => o !== 'ok');
  if (problems.length > 0) log(`payments ${mode}: ${problems.length} not ok, first: ${problems[0]}`);
  const result = {
    requests: PAYMENTS,
    httpCalls: seen.httpCalls,
    perMinute: Math.round(perBudgetMinute(applied, wallMs, seen.httpCalls)),
    http429: seen.http429,
    paidOnce: check.paidOnce === PAYMENTS && check.stillOwing === 0,
    xeroMinutes: round(xeroMinutes(wallMs), 2),
    failed: problems.length,
  };
  log(`payments ${mode}: ${JSON.stringify(result)} ${JSON.stringify(check)}`);
  return result;
}

async function invoiceWrites(
  sim: WorkSimulator,
  host: XeroConnections,
  mode: CoalescingMode,
  tenantId: string,
) {
  const pool = await poolOn(sim, host, `writes-${mode}`, tenantId);
  const contacts = await sim.contactIds(tenantId);
  const before = await sim.invoiceCount(tenantId);
  const client = pool.role('company');
  const from = Date.now();
  const started = performance.now();
  const outcomes = await Promise.all(
    Array.from({ length: INVOICE_CREATES }, (_, i) =>
      client.invoices
        .create(
          [
            {
              Type: 'ACCREC',
              Status: 'AUTHORISED',
              Contact: { ContactID: contacts[i % contacts.length]! },
              Reference: `sync-${mode}-${i}`,
              Date: new Date(),
              DueDate: new Date(Date.now() + 14 * 86_400_000),
              LineItems: [
                {
                  Description: 'Managed services',
                  Quantity: 1,
                  UnitAmount: 40 + (i % 60),
                  AccountCode: '200',
                },
              ],
            },
          ],
          COALESCING.call(mode),
        )
        .then(
          (results) => results[0]?.ok === true,
          () => false,
        ),
    ),
  );
  const wallMs = performance.now() - started;
  const seen = await sim.log(tenantId, from);
  const created = (await sim.invoiceCount(tenantId)) - before;
  await pool.close();
  const result = {
    creates: INVOICE_CREATES,
    created,
    ok: outcomes.filter(Boolean).length,
    httpCalls: seen.httpCalls,
    http429: seen.http429,
    xeroMinutes: round(xeroMinutes(wallMs), 2),
  };
  log(`invoiceWrites ${mode}: ${JSON.stringify(result)}`);
  return result;
}

async function lookups(sim: WorkSimulator, host: XeroConnections, mode: CoalescingMode, tenantId: string) {
  const pool = await poolOn(sim, host, `lookups-${mode}`, tenantId);
  const ids = await sim.invoiceIds(tenantId, LOOKUPS);
  const client = pool.role('service');
  const from = Date.now();
  const started = performance.now();
  const found = await Promise.all(
    ids.map((id) =>
      client.invoices.get(id, COALESCING.call(mode)).then(
        (invoice) => invoice.InvoiceID === id,
        () => false,
      ),
    ),
  );
  const wallMs = performance.now() - started;
  const seen = await sim.log(tenantId, from);
  await pool.close();
  const result = {
    gets: LOOKUPS,
    found: found.filter(Boolean).length,
    httpCalls: seen.httpCalls,
    http429: seen.http429,
    xeroMinutes: round(xeroMinutes(wallMs), 2),
  };
  log(`lookups ${mode}: ${JSON.stringify(result)}`);
  return result;
}

async function download(sim: WorkSimulator, host: XeroConnections, tenantId: string, pageSize?: number) {
  const pool = await poolOn(sim, host, `download-${pageSize ?? 'default'}`, tenantId);
  const from = Date.now();
  const invoices = await pool
    .role('service')
    .invoices.list(pageSize === undefined ? {} : { pageSize })
    .toArray();
  const seen = await sim.log(tenantId, from);
  await pool.close();
  const result = { invoices: invoices.length, httpCalls: seen.httpCalls, pageSize: pageSize ?? 'default' };
  log(`download: ${JSON.stringify(result)}`);
  return result;
}

/** A full sync, 10 changes made in Xero, then the re-sync with the cursor the first one returned. */
async function incremental(sim: WorkSimulator, host: XeroConnections, tenantId: string) {
  const pool = await poolOn(sim, host, 'incremental', tenantId);
  const client = pool.role('company');
  const fullFrom = Date.now();
  const first = await client.invoices.sync();
  const full = await sim.log(tenantId, fullFrom);
  const changedIds = await sim.change(tenantId, CHANGES);
  const from = Date.now();
  const second = await client.invoices.sync({ cursor: first.cursor });
  const seen = await sim.log(tenantId, from);
  await pool.close();
  const got = new Set(second.records.map((r) => r.InvoiceID));
  const result = {
    changed: second.records.length,
    allChangesSeen: changedIds.every((id) => got.has(id)),
    httpCalls: seen.httpCalls,
    fullSync: { records: first.records.length, httpCalls: full.httpCalls },
  };
  log(`incremental: ${JSON.stringify(result)}`);
  return result;
}

/**
 * One payment at a time on an idle connection (well under its minute budget, nothing in flight), alternating
 * coalescing on and off so drift hits both alike. Time per call through the SDK; the added latency is the
 * difference of the two p95s.
 */
async function idleLatency(sim: WorkSimulator, host: XeroConnections) {
  const reference = 'idle';
  const invoices = await sim.seedPayable(T.idle, IDLE_SAMPLES * 2, reference);
  // One connection, the per-call switch choosing the mode: two hosts would be two clients spending one
  // organisation's budget, each seeing the other as an outside consumer.
  const pool = await poolOn(sim, host, 'idle', T.idle);
  const times: Record<CoalescingMode, number[]> = { on: [], off: [] };
  // Spaced 3 slots apart: ~20 calls a Xero minute, a third of the budget, so every call finds a free slot.
  const gapMs = SLOT_MS * 3;
  for (let i = 0; i < IDLE_SAMPLES * 2; i++) {
    const mode: CoalescingMode = (i + Math.floor(i / 2)) % 2 === 0 ? 'on' : 'off';
    const invoice = invoices[i]!;
    await sleep(gapMs);
    const started = performance.now();
    const [result] = await pool.role('wisepay').payments.create(
      [
        {
          Invoice: { InvoiceID: invoice.InvoiceID },
          Account: { Code: '090' },
          Date: new Date(),
          Amount: invoice.AmountDue,
          Reference: reference,
        },
      ],
      COALESCING.call(mode),
    );
    times[mode].push(performance.now() - started);
    if (result?.ok !== true) throw new Error(`idle payment rejected: ${result?.errors.join('; ')}`);
  }
  await pool.close();
  const p95On = percentile(times.on, 95);
  const p95Off = percentile(times.off, 95);
  const result = {
    p95AddedMs: round(Math.max(0, p95On - p95Off), 1),
    medianAddedMs: round(median(times.on) - median(times.off), 1),
    p95OnMs: round(p95On, 1),
    p95OffMs: round(p95Off, 1),
    medianOnMs: round(median(times.on), 1),
    medianOffMs: round(median(times.off), 1),
    samples: IDLE_SAMPLES,
  };
  log(`idleLatency: ${JSON.stringify(result)}`);
  return result;
}

/**
 * Batch-only calls through the default pool (one connection for every role, the interactive reserve at its
 * default): the steady rate of the calls Xero answered, from the simulator's log, ÷ 60.
 */
async function defaultPool(sim: WorkSimulator, host: XeroConnections) {
  const pool = await poolOn(sim, host, 'default-pool', T.pool);
  await sleep(MINUTE_MS * 1.05);
  const from = Date.now();
  const roles: Role[] = ['company', 'service'];
  await Promise.all(
    Array.from({ length: POOL_CALLS }, (_, i) =>
      pool.role(roles[i % 2]!).request({ method: 'GET', path: '/Organisation' }, { priority: 'batch' }),
    ),
  );
  const seen = await sim.log(T.pool, from, { withTimes: true });
  await pool.close();
  const ok = (seen.times ?? []).length;
  const { rate, windows } = bucketRatePerWindow(seen.times ?? [], MINUTE_MS, 60);
  const result = { ratio: round(rate / 60), calls: ok, windows: round(windows, 1), http429: seen.http429 };
  log(`defaultPool: ${JSON.stringify(result)}`);
  return result;
}

/** bench/typed-page-cpu.ts in a fresh process (its last stdout line: `{ "typedPageCpu": { "ratio": N } }`). */
function typedPageCpu(): Promise<{ ratio: number | null; note?: string }> {
  const script = fileURLToPath(new URL('./typed-page-cpu.ts', import.meta.url));
  if (!existsSync(script)) return Promise.resolve({ ratio: null, note: 'bench/typed-page-cpu.ts not found' });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.once('exit', (code) => {
      try {
        const last = JSON.parse(out.trim().split('\n').pop() ?? '') as { typedPageCpu?: { ratio?: number } };
        const ratio = last.typedPageCpu?.ratio;
        resolve(
          typeof ratio === 'number'
            ? { ratio }
            : { ratio: null, note: `no typedPageCpu.ratio (exit ${code})` },
        );
      } catch {
        resolve({ ratio: null, note: `typed-page-cpu exited ${code} without a JSON line` });
      }
    });
  });
}

type Floor = { value: number | boolean | null; floor: string; pass: boolean };
const atMost = (value: number | null, limit: number): Floor => ({
  value,
  floor: `<= ${limit}`,
  pass: value !== null && value <= limit,
});
const atLeast = (value: number | null, limit: number): Floor => ({
  value,
  floor: `>= ${limit}`,
  pass: value !== null && value >= limit,
});

const benchStarted = Date.now();
const organisation = (tenantId: string, name: string, invoiceCount = 20) => ({
  tenantId,
  name,
  invoiceCount,
  contactCount: 10,
});
const sim = await WorkSimulator.start({
  sim: { timeScale: TIME_SCALE, xeroLatencyMs: XERO_LATENCY_MS },
  organisations: [
    organisation(T.paymentsOn, 'Payments (coalescing on)'),
    organisation(T.paymentsOff, 'Payments (coalescing off)'),
    organisation(T.writesOn, 'Invoice writes (on)'),
    organisation(T.writesOff, 'Invoice writes (off)'),
    organisation(T.lookupsOn, 'Lookups (on)', LOOKUPS),
    organisation(T.lookupsOff, 'Lookups (off)', LOOKUPS),
    organisation(T.download, 'Ten thousand invoices', DOWNLOAD_INVOICES),
    organisation(T.downloadFormer, 'Ten thousand invoices (page size 100)', DOWNLOAD_INVOICES),
    organisation(T.idle, 'Idle connection'),
    organisation(T.pool, 'Default pool'),
  ],
});
const hosts: Record<CoalescingMode, XeroConnections> = { on: hostFor(sim, 'on'), off: hostFor(sim, 'off') };
log(
  `simulator ready in ${((Date.now() - benchStarted) / 1000).toFixed(1)} s; a Xero minute lasts ${MINUTE_MS} ms ` +
    `(slot ${SLOT_MS} ms), +${LATENCY_MS} ms per API call; coalescing switch ${COALESCING.available ? 'available' : 'NOT available in this build'}`,
);

/** `idle` or `pool`: that part alone, its figures on stderr (for back-to-back comparisons). */
const only = process.argv[2];
if (only === 'idle' || only === 'pool') {
  try {
    log(
      JSON.stringify(only === 'idle' ? await idleLatency(sim, hosts.on) : await defaultPool(sim, hosts.on)),
    );
  } finally {
    await Promise.all([hosts.on.close(), hosts.off.close()]);
    await sim.close();
  }
  process.exit(0);
}

let exitCode = 0;
try {
  // Coalesced workloads first, each alone (their time is bound by round trips, not the budget).
  const on = {
    payments: await payments(sim, hosts.on, 'on', T.paymentsOn),
    invoiceWrites: await invoiceWrites(sim, hosts.on, 'on', T.writesOn),
    lookups: await lookups(sim, hosts.on, 'on', T.lookupsOn),
  };
  const downloaded = await download(sim, hosts.on, T.download);
  const synced = await incremental(sim, hosts.on, T.download);
  const idle = await idleLatency(sim, hosts.on);
  // The same work with coalescing off, and the download at the former page size: bound by 60 calls a Xero
  // minute on each organisation's own budget, so they run side by side (≈ 17 Xero minutes).
  log('coalescing off: payments, invoice writes, lookups and the page-size-100 download side by side');
  const [offPayments, offWrites, offLookups, formerDownload] = await Promise.all([
    payments(sim, hosts.off, 'off', T.paymentsOff),
    invoiceWrites(sim, hosts.off, 'off', T.writesOff),
    lookups(sim, hosts.off, 'off', T.lookupsOff),
    download(sim, hosts.off, T.downloadFormer, FORMER_PAGE_SIZE),
  ]);
  const pool = await defaultPool(sim, hosts.on);
  const cpu = await typedPageCpu();
  // Webhooks (issue 14): 1,000 invoice changes heard through the simulator's webhooks, routed and fetched
  // in IDs= lists; its own simulator, so its calls are counted apart from the runs above.
  log('webhooks: 1,000 invoice changes heard and fetched');
  const webhooks = await runWebhooksWork({ changes: 1000 });

  const floors = {
    'payments.httpCalls': atMost(on.payments.httpCalls, 25),
    'payments.perMinute': atLeast(on.payments.perMinute, 2500),
    'payments.http429': atMost(on.payments.http429, 0),
    'payments.paidOnce': { value: on.payments.paidOnce, floor: 'true', pass: on.payments.paidOnce },
    'idleLatency.p95AddedMs': atMost(idle.p95AddedMs, 2),
    'invoiceWrites.httpCalls': atMost(on.invoiceWrites.httpCalls, 25),
    'download.httpCalls': atMost(downloaded.httpCalls, 10),
    'incremental.httpCalls': atMost(synced.httpCalls, 1),
    'lookups.httpCalls': atMost(on.lookups.httpCalls, 15),
    'defaultPool.ratio': atLeast(pool.ratio, 0.97),
    'typedPageCpu.ratio': atMost(cpu.ratio, 1.2),
    'webhooks.httpCalls': atMost(webhooks.httpCalls, 25),
  };
  const allPass = Object.values(floors).every((f) => f.pass);
  const result = {
    scale: {
      xeroMinuteMs: MINUTE_MS,
      slotMs: SLOT_MS,
      simLatencyMs: LATENCY_MS,
      coalescingSwitch: COALESCING.available,
    },
    payments: on.payments,
    idleLatency: idle,
    invoiceWrites: on.invoiceWrites,
    download: downloaded,
    incremental: synced,
    lookups: on.lookups,
    defaultPool: pool,
    typedPageCpu: cpu,
    webhooks,
    off: {
      payments: offPayments,
      invoiceWrites: offWrites,
      lookups: offLookups,
      download: formerDownload,
      /** How many times fewer calls coalescing needs for the same work. */
      callRatio: {
        payments: round(offPayments.httpCalls / Math.max(1, on.payments.httpCalls), 1),
        invoiceWrites: round(offWrites.httpCalls / Math.max(1, on.invoiceWrites.httpCalls), 1),
        lookups: round(offLookups.httpCalls / Math.max(1, on.lookups.httpCalls), 1),
      },
    },
    floors,
    allPass,
    seconds: round((Date.now() - benchStarted) / 1000, 1),
  };
  const missed = Object.entries(floors).filter(([, f]) => !f.pass);
  log(
    `done in ${result.seconds} s; ${missed.length === 0 ? 'every floor met' : `missed: ${missed.map(([n]) => n).join(', ')}`}`,
  );
  if (!allPass) exitCode = 1;
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await Promise.all([hosts.on.close(), hosts.off.close()]);
  await sim.close();
}
process.exit(exitCode);
