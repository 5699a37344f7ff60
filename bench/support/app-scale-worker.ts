/**
 * One process of `npm run bench:app` (bench/app.bench.ts): a host on the local engine or on the shared
 * Redis backend, connecting its share of the accounts through the real flow, then running them from a
 * common start moment: batch accounts keep work queued, interactive accounts make user actions at fixed
 * moments. Spawned with `node --import tsx`; config as JSON in argv[2].
 *
 * Protocol (stdout, one JSON object a line): `{"ready":true}` once every account is connected; then a line
 * `go <epoch ms>` on stdin (the common start, slightly ahead); at the end `{"report":{…}}`. Logs on stderr.
 */
import { setMaxListeners } from 'node:events';
import { Redis } from 'ioredis';
import { XeroConnections } from '../../src/host.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import type { RedisBackend } from '../../src/redis/index.js';
import { createRedisBackend } from '../../src/redis/index.js';
import { LuaScript } from '../../src/redis/lua-script.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import { errorCode } from '../torture/common.js';
import { SIM_APPS } from './connect.js';

export interface AppScaleAccount {
  accountId: string;
  tenantId: string;
  kind: 'batch' | 'interactive';
  /** Batch: when it starts queueing work, in ms after the common start. */
  startOffsetMs: number;
  /** Interactive: when each user action starts, in ms after the common start. */
  actionOffsetsMs: number[];
}

export interface AppScaleWorkerConfig {
  engine: 'local' | 'redis';
  redisUrl?: string;
  keyPrefix?: string;
  simulatorUrl: string;
  identityUrl: string;
  apiUrl: string;
  timeScale: number;
  appPerMinute: number;
  accounts: AppScaleAccount[];
  /** Batch calls each batch account keeps outstanding. */
  batchConcurrency: number;
  /** Batch work stops (queued calls are aborted) this long after the common start. */
  durationMs: number;
}

export interface InteractiveSample {
  accountId: string;
  /** When the user action began, ms after the common start. */
  atMs: number;
  /** Queue → start, as the SDK's `call:started` reports it (real ms). */
  waitedMs: number;
  /** Action → response, real ms (includes the simulator's latency). */
  endToEndMs: number;
  ok: boolean;
}

export interface AppScaleWorkerReport {
  interactive: InteractiveSample[];
  /** Batch calls that succeeded, per account (the SDK's view; the bench's figures come from the simulator). */
  batchOk: Record<string, number>;
  errors: Record<string, number>;
  /** Batch calls still queued at the end and aborted (expected: the work is kept queued on purpose). */
  abortedAtEnd: number;
  /** Redis only, from the common start: commands by name on this process's client, Lua script runs by name. */
  redisCommands?: Record<string, number>;
  redisScripts?: Record<string, number>;
}

const log = (m: string) => process.stderr.write(`[bench:app worker ${process.pid}] ${m}\n`);
const sleepUntil = (epochMs: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, epochMs - Date.now())));

const config = JSON.parse(process.argv[2] ?? '{}') as AppScaleWorkerConfig;
const app = { ...SIM_APPS.wisepay, limits: { appPerMinute: config.appPerMinute } };
// Redis round trips, counted from the common start: every command this process's client sends, and every
// Lua script run by name (LuaScript.run is where the engine's scripts go; patched here, in the bench only).
const redisCommands: Record<string, number> = {};
const redisScripts: Record<string, number> = {};
let counting = false;
let redis: RedisBackend | undefined;
let redisClient: Redis | undefined;
if (config.engine === 'redis') {
  redisClient = new Redis(config.redisUrl ?? 'redis://127.0.0.1:6379', {
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
  });
  await new Promise<void>((resolve, reject) => {
    redisClient!.once('ready', resolve);
    redisClient!.once('error', reject);
  });
  const send = redisClient.sendCommand.bind(redisClient);
  redisClient.sendCommand = ((command: { name: string }, stream?: unknown) => {
    if (counting) redisCommands[command.name] = (redisCommands[command.name] ?? 0) + 1;
    return send(command as Parameters<typeof send>[0], stream as Parameters<typeof send>[1]);
  }) as typeof redisClient.sendCommand;
  const run = LuaScript.prototype.run;
  LuaScript.prototype.run = function (this: LuaScript, ...args: Parameters<LuaScript['run']>) {
    if (counting) redisScripts[this.name] = (redisScripts[this.name] ?? 0) + 1;
    return run.apply(this, args);
  };
  redis = await createRedisBackend({ client: redisClient, keyPrefix: config.keyPrefix ?? 'xc:bench-app:' });
}
const host = new XeroConnections({
  apps: { wisepay: app },
  ...(redis === undefined ? { store: new MemoryTokenStore() } : { backend: redis }),
  timeScale: config.timeScale,
  xero: { identityUrl: config.identityUrl, apiUrl: config.apiUrl, dangerouslyAllowInsecureLoopback: true },
});

// The real connect flow, one consent per account for its own organisation: every connection has its own
// tokens, as in production.
const pools = new Map<string, ConnectionPool>();
for (const account of config.accounts) {
  const pool = host.pool({ accountId: account.accountId, apps: 'wisepay', tenantId: account.tenantId });
  const { authorizationUrl } = await pool.beginConnect('wisepay');
  const r = await fetch(`${config.simulatorUrl}/__simulator/approve-consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ authorizationUrl, userId: 'bench-user', tenantIds: [account.tenantId] }),
  });
  if (!r.ok) throw new Error(`approve-consent answered ${r.status}: ${await r.text()}`);
  const { redirectUrl } = (await r.json()) as { redirectUrl: string };
  const result = await host.completeConnect(redirectUrl);
  if (result.status !== 'connected')
    throw new Error(`connect of ${account.accountId} ended in ${result.status}`);
  pools.set(account.accountId, pool);
}

process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
const goAt = await new Promise<number>((resolve) => {
  let buffer = '';
  process.stdin.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const match = /^go (\d+)\n/.exec(buffer);
    if (match) resolve(Number(match[1]));
  });
});
process.stdin.pause();

// Queue → start of interactive calls, from the SDK's own event (the only place the limits wait is seen).
const startedWaits = new Map<string, number[]>();
host.on('call:started', (e) => {
  if (e.priority !== 'interactive') return;
  const list = startedWaits.get(e.accountId) ?? [];
  list.push(e.waitedMs);
  startedWaits.set(e.accountId, list);
});

const report: AppScaleWorkerReport = { interactive: [], batchOk: {}, errors: {}, abortedAtEnd: 0 };
const stop = new AbortController();
// Every queued call listens to this one signal (the bench stops them all at the end).
setMaxListeners(0, stop.signal);
const endAt = goAt + config.durationMs;
await sleepUntil(goAt);
counting = true;

async function batchAccount(account: AppScaleAccount, pool: ConnectionPool): Promise<void> {
  await sleepUntil(goAt + account.startOffsetMs);
  const client = pool.role('wisepay');
  report.batchOk[account.accountId] = 0;
  await Promise.all(
    Array.from({ length: config.batchConcurrency }, async () => {
      while (!stop.signal.aborted) {
        try {
          await client.request(
            { method: 'GET', path: '/Organisation' },
            { priority: 'batch', signal: stop.signal },
          );
          report.batchOk[account.accountId]!++;
        } catch (error) {
          if (stop.signal.aborted) report.abortedAtEnd++;
          else report.errors[errorCode(error)] = (report.errors[errorCode(error)] ?? 0) + 1;
        }
      }
    }),
  );
}

async function interactiveAccount(account: AppScaleAccount, pool: ConnectionPool): Promise<void> {
  const client = pool.role('wisepay');
  for (const offset of account.actionOffsetsMs) {
    await sleepUntil(goAt + offset);
    if (stop.signal.aborted) return;
    const began = Date.now();
    const before = startedWaits.get(account.accountId)?.length ?? 0;
    let ok = true;
    try {
      await client.request({ method: 'GET', path: '/Organisation' }, { priority: 'interactive' });
    } catch (error) {
      ok = false;
      report.errors[errorCode(error)] = (report.errors[errorCode(error)] ?? 0) + 1;
    }
    // One action at a time per account: the waits recorded since it began are its own (first attempt).
    const waits = startedWaits.get(account.accountId) ?? [];
    report.interactive.push({
      accountId: account.accountId,
      atMs: began - goAt,
      waitedMs: waits[before] ?? Number.NaN,
      endToEndMs: Date.now() - began,
      ok,
    });
  }
}

const stopTimer = setTimeout(() => stop.abort(), Math.max(0, endAt - Date.now()));
await Promise.all(
  config.accounts.map((account) => {
    const pool = pools.get(account.accountId)!;
    return account.kind === 'batch' ? batchAccount(account, pool) : interactiveAccount(account, pool);
  }),
);
clearTimeout(stopTimer);
counting = false;
if (redis !== undefined) {
  report.redisCommands = redisCommands;
  report.redisScripts = redisScripts;
}
log(
  `done: ${Object.values(report.batchOk).reduce((a, b) => a + b, 0)} batch calls, errors ${JSON.stringify(report.errors)}`,
);
await host.close();
await redis?.close();
redisClient?.disconnect();
process.stdout.write(`${JSON.stringify({ report })}\n`);
process.exit(0);
