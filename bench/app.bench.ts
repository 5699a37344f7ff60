/**
 * `npm run bench:app` (issue #16): one Xero app whose app-wide limit binds. The app limit is lowered to
 * APP_LIMIT a Xero minute at the simulator and in the SDK (per organisation: Xero's 60 a minute, 5 in
 * flight); 40 accounts, each on its own organisation: 30 keep batch work queued all the time, 10 make user
 * actions (interactive calls) at fixed moments. Real HTTP to the simulator (its own process), a Xero minute
 * of MINUTE_MS wall time, the simulator's default window model (rolling) unless APP_BENCH_WINDOW=fixed.
 *
 * Each engine runs two phases, each against a fresh simulator (fresh windows, fresh tokens):
 *   simultaneous  every batch account starts at once; 5 Xero minutes
 *   staggered     batch account i starts at i/30 of minute 0; 4 Xero minutes
 * `local`: one process on the in-process engine. `redis`: 3 processes sharing one Redis backend
 * (REDIS_URL, default redis://127.0.0.1:6379), the accounts dealt round-robin over them.
 *
 * Figures (every call count from the simulator's own request log, never from the SDK):
 *   appUtilization   calls the simulator accepted per Xero minute ÷ APP_LIMIT, minutes 1–4 (simultaneous)
 *   http429          429 answers the simulator gave, both phases
 *   interactiveP95XeroSeconds / P50   queue → start of the interactive calls (the SDK's `call:started`
 *                    waitedMs, i.e. the limits wait, not Xero's latency) made in minutes 1–4, Xero seconds
 *   jain             Jain's index of calls per batch account over minutes 1–3 (simultaneous)
 *   staggeredMinMax  min ÷ max calls per batch account over minutes 1–3 (staggered)
 *   redisCommandsPerCall / redisScriptCallsPerCall   Redis commands / Lua script runs of the workers' clients
 *                    per API call the simulator saw (redisScriptsPerCallByName: which scripts)
 * Prints progress on stderr and, as the LAST line of stdout, `{ "appScale": { "local": {…}, "redis": {…} } }`.
 * Exit code 1 when a floor is not met (appUtilization ≥ 0.97, http429 0, interactiveP95XeroSeconds ≤ 2,
 * jain ≥ 0.99, staggeredMinMax ≥ 0.8, redis.processes ≥ 3).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { SimRequestLogEntry } from '../src/testing/index.js';
import type {
  AppScaleAccount,
  AppScaleWorkerConfig,
  AppScaleWorkerReport,
  InteractiveSample,
} from './support/app-scale-worker.js';
import { SIM_APPS } from './support/connect.js';
import { type SimulatorChild, startSimulatorChild } from './support/simulator-child.js';
import { percentile, round } from './support/stats.js';
import { deleteRedisKeys, probeRedis } from './torture/redis.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const WINDOW_MODEL = process.env.APP_BENCH_WINDOW === 'fixed' ? 'fixed' : 'rolling';
/** A Xero minute of 3.6 s wall time: timer slack and process jitter stay small next to a window. */
const TIME_SCALE = 0.06;
const MINUTE_MS = 60_000 * TIME_SCALE;
const APP_LIMIT = 300;
const BATCH_ACCOUNTS = 30;
const INTERACTIVE_ACCOUNTS = 10;
const ACCOUNTS = BATCH_ACCOUNTS + INTERACTIVE_ACCOUNTS;
/**
 * Each batch account keeps this many calls queued (refilled as they finish): a minute of its own
 * organisation's limit, far more than its share of the app (10 a minute), as a sync job queues its work at
 * once. A shallow queue would make first-come service look fair by itself.
 */
const BATCH_CONCURRENCY = 60;
/** User actions a Xero minute, over all interactive accounts together (2 per account), evenly spread. */
const ACTIONS_PER_MINUTE = 20;
/** Xero's usual response time, in Xero ms (scaled like every other duration). */
const XERO_LATENCY_MS = 600;
const REDIS_PROCESSES = 3;
const SIMULTANEOUS_MINUTES = 5;
const STAGGERED_MINUTES = 4;

const WORKER = fileURLToPath(new URL('./support/app-scale-worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const log = (m: string) => process.stderr.write(`[bench:app] ${m}\n`);

type Engine = 'local' | 'redis';
type Start = 'simultaneous' | 'staggered';

interface PhaseResult {
  goAt: number;
  entries: SimRequestLogEntry[];
  http429: number;
  interactive: InteractiveSample[];
  batchTenants: string[];
  errors: Record<string, number>;
  /** Redis: commands and Lua script runs by name, all processes, from the common start. */
  redisCommands: Record<string, number> | undefined;
  redisScripts: Record<string, number> | undefined;
  wallMs: number;
}

function merged(counts: Array<Record<string, number>>): Record<string, number> {
  const all: Record<string, number> = {};
  for (const c of counts) for (const [k, n] of Object.entries(c)) all[k] = (all[k] ?? 0) + n;
  return all;
}

/** One worker process and its JSON lines. */
class Worker {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly report: Promise<AppScaleWorkerReport>;

  constructor(config: AppScaleWorkerConfig) {
    this.child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(config)], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines: Array<Record<string, unknown>> = [];
    let onLine: () => void = () => {};
    let buffer = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
        const text = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (text.startsWith('{')) lines.push(JSON.parse(text) as Record<string, unknown>);
        onLine();
      }
    });
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', resolve));
    const line = (match: (l: Record<string, unknown>) => boolean) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const check = () => {
          const found = lines.find(match);
          if (found !== undefined) resolve(found);
        };
        onLine = check;
        check();
        void exited.then((code) => {
          check();
          reject(new Error(`bench:app worker exited with ${code} before its line`));
        });
      });
    this.ready = line((l) => l.ready === true).then(() => undefined);
    this.report = this.ready.then(() =>
      line((l) => 'report' in l).then((l) => l.report as AppScaleWorkerReport),
    );
    // A worker that fails before it is ready fails `ready`; its report is then never awaited.
    this.report.catch(() => {});
  }

  go(at: number): void {
    this.child.stdin!.end(`go ${at}\n`);
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

function accountsFor(sim: SimulatorChild, start: Start, minutes: number): AppScaleAccount[] {
  const accounts: AppScaleAccount[] = [];
  for (let i = 0; i < BATCH_ACCOUNTS; i++) {
    accounts.push({
      accountId: `batch-${i}`,
      tenantId: sim.tenantIds[i]!,
      kind: 'batch',
      startOffsetMs: start === 'simultaneous' ? 0 : Math.round((i / BATCH_ACCOUNTS) * MINUTE_MS),
      actionOffsetsMs: [],
    });
  }
  for (let j = 0; j < INTERACTIVE_ACCOUNTS; j++) {
    // Action slots are spread evenly over each minute, and each account's slots over the accounts.
    const offsets: number[] = [];
    for (let m = 0; m < minutes; m++) {
      for (let s = j; s < ACTIONS_PER_MINUTE; s += INTERACTIVE_ACCOUNTS) {
        const at = Math.round((m + (s + 0.5) / ACTIONS_PER_MINUTE) * MINUTE_MS);
        if (at < minutes * MINUTE_MS) offsets.push(at);
      }
    }
    accounts.push({
      accountId: `user-${j}`,
      tenantId: sim.tenantIds[BATCH_ACCOUNTS + j]!,
      kind: 'interactive',
      startOffsetMs: 0,
      actionOffsetsMs: offsets,
    });
  }
  return accounts;
}

async function runPhase(engine: Engine, start: Start): Promise<PhaseResult> {
  const minutes = start === 'simultaneous' ? SIMULTANEOUS_MINUTES : STAGGERED_MINUTES;
  const began = Date.now();
  const sim = await startSimulatorChild({
    sim: {
      timeScale: TIME_SCALE,
      window: WINDOW_MODEL,
      limits: { appPerMinute: APP_LIMIT },
      xeroLatencyMs: XERO_LATENCY_MS,
      maxLogEntries: 100_000,
    },
    extraOrganisations: ACCOUNTS,
  });
  const keyPrefix = `xc:bench-app:${randomUUID().slice(0, 8)}:`;
  const processes = engine === 'redis' ? REDIS_PROCESSES : 1;
  const accounts = accountsFor(sim, start, minutes);
  const workers: Worker[] = [];
  try {
    for (let p = 0; p < processes; p++) {
      workers.push(
        new Worker({
          engine,
          redisUrl: REDIS_URL,
          keyPrefix,
          simulatorUrl: sim.url,
          identityUrl: sim.identityUrl,
          apiUrl: sim.apiUrl,
          timeScale: TIME_SCALE,
          appPerMinute: APP_LIMIT,
          // Round-robin: every process has batch and interactive accounts.
          accounts: accounts.filter((_, i) => i % processes === p),
          batchConcurrency: BATCH_CONCURRENCY,
          durationMs: minutes * MINUTE_MS,
        }),
      );
    }
    await Promise.all(workers.map((w) => w.ready));
    // The connects' GET /connections calls charged the app window: let it clear so every run starts empty.
    await new Promise((r) => setTimeout(r, MINUTE_MS + 100));
    const countersBefore = await sim.view<{ http429: Record<string, number> }>('counters');
    const goAt = Date.now() + 300;
    for (const w of workers) w.go(goAt);
    log(`${engine}/${start}: ${processes} process(es), ${accounts.length} accounts, ${minutes} Xero minutes`);
    const reports = await Promise.all(workers.map((w) => w.report));
    const counters = await sim.view<{ http429: Record<string, number> }>('counters');
    const entries = (await sim.view<SimRequestLogEntry[]>('log')).filter((e) => e.at >= goAt);
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    const errors: Record<string, number> = {};
    for (const r of reports)
      for (const [code, n] of Object.entries(r.errors)) errors[code] = (errors[code] ?? 0) + n;
    return {
      goAt,
      entries,
      http429: sum(counters.http429) - sum(countersBefore.http429),
      interactive: reports.flatMap((r) => r.interactive),
      batchTenants: accounts.filter((a) => a.kind === 'batch').map((a) => a.tenantId),
      errors,
      redisCommands: engine === 'redis' ? merged(reports.map((r) => r.redisCommands ?? {})) : undefined,
      redisScripts: engine === 'redis' ? merged(reports.map((r) => r.redisScripts ?? {})) : undefined,
      wallMs: Date.now() - began,
    };
  } finally {
    for (const w of workers) w.kill();
    await sim.close();
    if (engine === 'redis') await deleteRedisKeys(REDIS_URL, keyPrefix);
  }
}

/** Accepted API calls of the app (the simulator answered 2xx) with `at` in minutes [from, to) of the phase. */
function accepted(phase: PhaseResult, from: number, to: number): SimRequestLogEntry[] {
  const lo = phase.goAt + from * MINUTE_MS;
  const hi = phase.goAt + to * MINUTE_MS;
  return phase.entries.filter(
    (e) =>
      e.endpoint === 'api' &&
      e.clientId === SIM_APPS.wisepay.clientId &&
      e.status < 300 &&
      e.at >= lo &&
      e.at < hi,
  );
}

function perBatchAccount(phase: PhaseResult, from: number, to: number): number[] {
  const counts = new Map(phase.batchTenants.map((t) => [t, 0]));
  for (const e of accepted(phase, from, to)) {
    if (e.tenantId !== undefined && counts.has(e.tenantId))
      counts.set(e.tenantId, counts.get(e.tenantId)! + 1);
  }
  return [...counts.values()];
}

const jain = (xs: number[]) => {
  const s = xs.reduce((a, b) => a + b, 0);
  const q = xs.reduce((a, b) => a + b * b, 0);
  return q === 0 ? 0 : (s * s) / (xs.length * q);
};

const xeroSeconds = (ms: number) => ms / TIME_SCALE / 1000;

function interactiveWaits(phase: PhaseResult, from: number, to: number): number[] {
  return phase.interactive
    .filter((s) => s.atMs >= from * MINUTE_MS && s.atMs < to * MINUTE_MS && Number.isFinite(s.waitedMs))
    .map((s) => xeroSeconds(s.waitedMs));
}

/**
 * Redis round trips per API call the simulator saw (any answer), both phases: every command, Lua script
 * runs (the acquire path and its releases), and script runs by name.
 */
function redisRoundTrips(phases: PhaseResult[]): Record<string, unknown> {
  const calls = phases.reduce((n, p) => n + p.entries.filter((e) => e.endpoint === 'api').length, 0);
  const commands = merged(phases.map((p) => p.redisCommands ?? {}));
  const scripts = merged(phases.map((p) => p.redisScripts ?? {}));
  const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return {
    redisCommandsPerCall: round(total(commands) / calls, 2),
    redisScriptCallsPerCall: round(total(scripts) / calls, 2),
    redisScriptsPerCallByName: Object.fromEntries(
      Object.entries(scripts)
        .sort((x, y) => y[1] - x[1])
        .map(([name, n]) => [name, round(n / calls, 2)]),
    ),
  };
}

async function runEngine(engine: Engine): Promise<Record<string, unknown> & { floorsMet: boolean }> {
  const began = Date.now();
  const simultaneous = await runPhase(engine, 'simultaneous');
  const staggered = await runPhase(engine, 'staggered');
  const steady = [1, SIMULTANEOUS_MINUTES] as const;
  const perMinute = Array.from(
    { length: SIMULTANEOUS_MINUTES },
    (_, m) => accepted(simultaneous, m, m + 1).length,
  );
  const appUtilization = accepted(simultaneous, ...steady).length / (steady[1] - steady[0]) / APP_LIMIT;
  const waits = interactiveWaits(simultaneous, ...steady);
  const staggeredWaits = interactiveWaits(staggered, 1, STAGGERED_MINUTES);
  const simCounts = perBatchAccount(simultaneous, 1, 4);
  const stagCounts = perBatchAccount(staggered, 1, 4);
  const stagByMinute = Array.from({ length: STAGGERED_MINUTES }, (_, m) => {
    const counts = perBatchAccount(staggered, m, m + 1);
    return Math.min(...counts) / Math.max(...counts);
  });
  const processes = engine === 'redis' ? REDIS_PROCESSES : 1;
  const http429 = simultaneous.http429 + staggered.http429;
  const interactiveP95XeroSeconds = percentile(waits, 95);
  const j = jain(simCounts);
  const staggeredMinMax = Math.min(...stagCounts) / Math.max(...stagCounts);
  const floors = {
    appUtilization: appUtilization >= 0.97,
    http429: http429 === 0,
    interactiveP95XeroSeconds: interactiveP95XeroSeconds <= 2,
    jain: j >= 0.99,
    staggeredMinMax: staggeredMinMax >= 0.8,
    accounts: ACCOUNTS >= 40,
    processes: engine === 'local' || processes >= 3,
  };
  const floorsMet = Object.values(floors).every(Boolean);
  const result = {
    accounts: ACCOUNTS,
    processes,
    appUtilization: round(appUtilization),
    http429,
    interactiveP95XeroSeconds: round(interactiveP95XeroSeconds, 2),
    jain: round(j),
    staggeredMinMax: round(staggeredMinMax),
    interactiveP50XeroSeconds: round(percentile(waits, 50), 2),
    interactiveMaxXeroSeconds: round(Math.max(...waits), 2),
    interactiveSamples: waits.length,
    staggeredInteractiveP95XeroSeconds: round(percentile(staggeredWaits, 95), 2),
    callsPerMinute: perMinute,
    batchCallsPerAccountMinutes1to3: { min: Math.min(...simCounts), max: Math.max(...simCounts) },
    staggeredCallsPerAccountMinutes1to3: { min: Math.min(...stagCounts), max: Math.max(...stagCounts) },
    // Each minute alone: where a first-come lottery shows before it averages out over three minutes.
    staggeredMinMaxByMinute: stagByMinute.map((r) => round(r, 2)),
    staggeredWorstMinuteMinMax: round(Math.min(...stagByMinute.slice(1)), 3),
    jainByMinute: Array.from({ length: SIMULTANEOUS_MINUTES }, (_, m) =>
      round(jain(perBatchAccount(simultaneous, m, m + 1)), 2),
    ),
    staggeredAppUtilization: round(
      accepted(staggered, 1, STAGGERED_MINUTES).length / (STAGGERED_MINUTES - 1) / APP_LIMIT,
    ),
    ...(engine === 'redis' ? redisRoundTrips([simultaneous, staggered]) : {}),
    callErrors: { ...simultaneous.errors, ...staggered.errors },
    wallSeconds: round((Date.now() - began) / 1000, 1),
    floors,
    floorsMet,
  };
  log(`${engine}: ${JSON.stringify(result)}`);
  return result;
}

const started = Date.now();
const results: Record<string, unknown> = {};
let allFloors = true;
/** APP_BENCH_ENGINES=local (or redis) runs one engine only, for a quicker look; the JSON then lacks the other. */
const ENGINES = (['local', 'redis'] as const).filter((e) =>
  (process.env.APP_BENCH_ENGINES ?? 'local,redis').split(',').includes(e),
);
for (const engine of ENGINES) {
  if (engine === 'redis') {
    const problem = await probeRedis(REDIS_URL);
    if (problem !== undefined) {
      log(
        `redis: no answer from ${REDIS_URL} (${problem}); start it (scripts/ensure-redis.sh) or set REDIS_URL`,
      );
      results.redis = { skipped: `no answer from ${REDIS_URL}`, floorsMet: false };
      allFloors = false;
      continue;
    }
  }
  const result = await runEngine(engine);
  results[engine] = result;
  allFloors &&= result.floorsMet;
}
const config = {
  windowModel: WINDOW_MODEL,
  xeroMinuteMs: MINUTE_MS,
  appPerMinute: APP_LIMIT,
  perOrganisation: { perMinute: 60, concurrent: 5 },
  batchAccounts: BATCH_ACCOUNTS,
  interactiveAccounts: INTERACTIVE_ACCOUNTS,
  batchConcurrency: BATCH_CONCURRENCY,
  userActionsPerMinute: ACTIONS_PER_MINUTE,
  xeroLatencyMs: XERO_LATENCY_MS,
  interactiveWait: 'queue → start (call:started waitedMs), Xero seconds, minutes 1–4',
};
process.exitCode = allFloors ? 0 : 1;
process.stdout.write(
  `${JSON.stringify({ appScale: { ...results, config, wallSeconds: round((Date.now() - started) / 1000, 1) } })}\n`,
);
