/**
 * Scenario 1, kill trials: short-lived worker processes refresh tokens and pay invoices against the
 * simulator (in this process, over loopback HTTP) while the parent SIGKILLs them at random moments of a
 * refresh, of storing a rotated token set, of a payment, or anywhere; a killed worker's lane restarts a
 * worker that resumes the same work items. Kills hit workers on the Redis backend (two workers per account
 * at once, sharing the refresh lock) and on the encrypted file store (one worker per account, as the file
 * store's documentation asks), neither kind more than 60 % of them. The budget is a count of SIGKILLs with
 * a generous time cap; each lane keeps its next worker loaded (a spare waiting for its config), so a kill
 * is followed by a running worker in the time it takes to open a store, not to load Node and the SDK.
 *
 * Afterwards, from the simulator's records and a fresh host per store:
 * - lostRotations: connections whose stored refresh token Xero no longer accepts (a forced refresh through
 *   a fresh pool fails, or does not rotate the stored set);
 * - reconnectsNeeded: connections stored as broken or reported broken / not connected;
 * - duplicatePayments: payments beyond the first for one work item (same Reference).
 *
 * Xero's refresh grace (30 min) and idempotency retention (~6 min) apply in scaled time, as Xero applies
 * them. A worker killed after Xero rotated its token but before the store had the new set is replaced
 * within seconds, far inside the grace. A payment may be resumed much later than the key's retention (a
 * lane killed again and again, a loaded machine): workers then reconcile with Xero before resending, as a
 * host app must (see kill-worker.ts), and the parent keeps each item's first-send time for them, as a host
 * keeps it with its work item.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { type Backend, openBackend, type StoreKind, type StoreTarget } from './backends.js';
import { type CleanupRegistry, delay, errorCode, log, randomInt, tally, within } from './common.js';
import type { WorkerConfig, WorkItem } from './kill-worker.js';
import { deleteRedisKeys } from './redis.js';
import { type KillPoint, TortureWorker } from './worker-process.js';

const WORKER_SOURCE = fileURLToPath(new URL('./kill-worker.ts', import.meta.url));

/** A Xero minute lasts 3 s: grace (30 min) 90 s, idempotency retention (6 min) 18 s, token 90 s. */
export const KILL_SCALE = 0.05;
const XERO_MINUTE = 60_000 * KILL_SCALE;
const IDEMPOTENCY_RETENTION_MS = 6 * XERO_MINUTE;
/**
 * A resend of a payment first sent longer ago than this waits for a reconciliation: 5 Xero minutes, the
 * SDK's own limit for repeating a possibly-applied write, a minute inside Xero's retention.
 */
const RECONCILE_AFTER_MS = 5 * XERO_MINUTE;
/** Neither store kind takes more than this share of the kills. */
const KIND_SHARE_MAX = 0.6;
/** Real ms the drain (finishing the work items unmolested) may take in all. */
const DRAIN_MS = 75_000;
const CLIENT_ID = 'wisepay-client';
const USER_ID = 'torture-user';
const ITEMS_PER_ACCOUNT = 40;
/**
 * Redis: three accounts with two workers each; file store: six accounts, one worker each. Twelve lanes: on
 * a loaded 2-core machine a worker's life is mostly waiting for a CPU, so lanes in parallel are what makes
 * the kill rate (about one a second with eight lanes at load 14).
 */
const LAYOUT: Record<StoreKind, { accounts: number; lanesPerAccount: number }> = {
  redis: { accounts: 2, lanesPerAccount: 2 },
  file: { accounts: 4, lanesPerAccount: 1 },
};
/** Where the parent aims its SIGKILLs, with weights. */
const KILL_MODES = [
  { mode: 'refresh', weight: 4 },
  { mode: 'payment', weight: 4 },
  { mode: 'anytime', weight: 2 },
] as const;
type KillMode = (typeof KILL_MODES)[number]['mode'];

export interface KillTrialsOptions {
  redisUrl: string;
  /** SIGKILLs to deliver in total (each store kind at most 60 % of them). */
  kills: number;
  /** Real ms the killing may take at most before the run drains and checks what it has. */
  budgetMs: number;
  cleanup: CleanupRegistry;
}

export interface KillTrialsResult {
  killTrials: number;
  lostRotations: number;
  reconnectsNeeded: number;
  duplicatePayments: number;
  /** Work items without a payment at Xero after the drain (a dropped write). */
  unpaidItems: number;
}

interface Account {
  kind: StoreKind;
  accountId: string;
  tenantId: string;
  items: WorkItem[];
}

interface Lane {
  account: Account;
  items: WorkItem[];
  /** When a worker of this lane last finished storing a rotated set or confirmed a payment. */
  lastProgressAt: number;
  /** The longest stretch without such progress, in real ms. */
  longestStallMs: number;
}

/**
 * A lane whose workers all died before storing anything for this long gets one worker that is killed only
 * after it made progress. Without it, a file lock left by a killed writer (taken over after 2 s) outlasts
 * every later worker's life, the store keeps the pre-crash refresh token and Xero's grace for it (30 Xero
 * minutes, 72 s here) runs out: a crash loop for half an hour, not a crash. 20 s is well inside the grace.
 */
const STALL_PARDON_MS = 20_000;

export async function runKillTrials(options: KillTrialsOptions): Promise<KillTrialsResult> {
  const { cleanup } = options;
  const run = randomUUID().slice(0, 8);
  const say = (m: string) => log('kill', m);

  const bundle = await bundleWorker(cleanup);
  const sim = await startXeroSimulator({ timeScale: KILL_SCALE, maxLogEntries: 500_000 });
  cleanup.add('kill-trials simulator', () => sim.close());
  const xero = { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl };

  const keyPrefix = `xc:torture:${run}:`;
  cleanup.add('kill-trials redis keys', async () => {
    const n = await deleteRedisKeys(options.redisUrl, keyPrefix);
    say(`removed ${n} Redis keys under ${keyPrefix}`);
  });
  const dir = await mkdtemp(join(tmpdir(), 'xc-torture-'));
  cleanup.add('kill-trials token dir', () => rm(dir, { recursive: true, force: true }));
  const targets: Record<StoreKind, StoreTarget> = {
    redis: { kind: 'redis', redisUrl: options.redisUrl, keyPrefix },
    file: { kind: 'file', dir, key: randomBytes(32).toString('base64') },
  };

  const accounts = await seedAccounts(sim, run, targets);
  const lanes: Lane[] = accounts.flatMap((account) => {
    const n = LAYOUT[account.kind].lanesPerAccount;
    return Array.from({ length: n }, (_, lane) => ({
      account,
      items: account.items.filter((_, i) => i % n === lane),
      lastProgressAt: Date.now(),
      longestStallMs: 0,
    }));
  });
  const paymentDate = new Date().toISOString().slice(0, 10);

  // Token churn: every access token dies every 1.5–3 s, so every worker refreshes a few times in its short
  // life (faster churn only starves the calls: a refresh and its store write take ~100–400 ms under load).
  let churning = true;
  const churn = (async () => {
    while (churning) {
      await delay(randomInt(1500, 3000));
      sim.control.expireAccessTokens({ clientId: CLIENT_ID });
    }
  })();
  const stopChurn = async () => {
    churning = false;
    await churn;
  };

  const done = new Map<string, string | undefined>();
  /** When each item's payment was first sent (the host's record of it), from the workers' `Y` lines. */
  const firstSentAt = new Map<string, number>();
  const failures: Record<string, number> = {};
  const killedAt: Record<string, number> = {};
  const resumes = { reconciledPaid: 0, reconciledUnpaid: 0 };
  const kills: Record<StoreKind, number> = { redis: 0, file: 0 };
  const kindCap = Math.ceil(options.kills * KIND_SHARE_MAX);
  const killUntil = Date.now() + options.budgetMs;
  const moreKills = (kind: StoreKind) =>
    kills.redis + kills.file < options.kills && kills[kind] < kindCap && Date.now() < killUntil;
  let spawned = 0;
  /** Where the lanes' time goes (real ms summed over workers): config to ready, ready to its end. */
  const spent = { lives: 0, ready: 0, life: 0, loadCpu: 0, open: 0, openCpu: 0 };
  let lastProgress = Date.now();

  const configFor = (lane: Lane, idleMs: number): WorkerConfig => ({
    target: targets[lane.account.kind],
    xero,
    timeScale: KILL_SCALE,
    accountId: lane.account.accountId,
    items: lane.items
      .filter((item) => !done.has(item.id))
      .map((item) => {
        const sentAt = firstSentAt.get(item.id);
        return sentAt === undefined ? item : { ...item, firstSentAt: sentAt };
      }),
    idleMs,
    paymentDate,
    reconcileAfterMs: RECONCILE_AFTER_MS,
  });
  const spawnWorker = (): TortureWorker => {
    const worker = new TortureWorker(bundle);
    cleanup.add('a kill-trial worker', () => void worker.kill());
    return worker;
  };
  let pardons = 0;
  const onLine = (line: Record<string, unknown>, lane?: Lane) => {
    if (lane !== undefined && (line.m === 'p' || typeof line.done === 'string')) {
      lane.longestStallMs = Math.max(lane.longestStallMs, Date.now() - lane.lastProgressAt);
      lane.lastProgressAt = Date.now();
    }
    if (process.env.TORTURE_DEBUG) say(`${Date.now() - startedAt} ${JSON.stringify(line)}`);
    if (line.m === 'Y' && typeof line.item === 'string' && typeof line.firstSentAt === 'number') {
      firstSentAt.set(line.item, line.firstSentAt);
    }
    if (typeof line.notApplied === 'string') {
      firstSentAt.delete(line.notApplied);
      resumes.reconciledUnpaid++;
    }
    if (typeof line.done === 'string') {
      done.set(line.done, line.paymentId as string | undefined);
      if (line.reconciled === true) resumes.reconciledPaid++;
    }
    if (typeof line.fail === 'string') tally(failures, String(line.code));
  };

  const killLane = async (lane: Lane): Promise<void> => {
    const kind = lane.account.kind;
    let spare = spawnWorker();
    while (moreKills(kind)) {
      // The spare loaded while the previous worker ran; the next one loads while this one runs.
      const worker = spare.running ? spare : spawnWorker();
      spare = spawnWorker();
      spawned++;
      const startAt = Date.now();
      worker.start(configFor(lane, 2500), (line) => onLine(line, lane));
      const ready = await within(
        Promise.race([
          worker
            .next((l) => l.ready === true)
            .then((l) => {
              spent.loadCpu += Number(l.loadCpuMs);
              if (process.env.TORTURE_DEBUG)
                say(`ready after ${Date.now() - startAt} ms: ${JSON.stringify(l)}`);
              spent.open += Number(l.openMs);
              spent.openCpu += Number(l.openCpuMs);
              return true;
            }),
          worker.exited.then(() => false),
        ]),
        30_000,
        () => false,
      );
      if (!ready) {
        worker.kill();
        const exit = await worker.exited;
        tally(failures, 'worker-start');
        say(`a worker did not start (code ${exit.code}): ${exit.stderr.slice(-600)}`);
        await delay(500);
        continue;
      }
      const readyAt = Date.now();
      spent.ready += readyAt - startAt;
      // No pardon for an interrupted payment: its resume reconciles with Xero when its key may be forgotten.
      if (Date.now() - lane.lastProgressAt > STALL_PARDON_MS) {
        pardons++;
        await Promise.race([
          worker.next((l) => l.m === 'p' || typeof l.done === 'string'),
          worker.exited,
          delay(15_000),
        ]);
      }
      const point = await aimAndKill(worker, pick());
      const exit = await worker.exited;
      spent.lives++;
      spent.life += Date.now() - readyAt;
      if (point !== undefined && exit.signal === 'SIGKILL') {
        kills[kind]++;
        tally(killedAt, point);
      } else if (exit.code !== 0) {
        tally(failures, 'worker-crash');
        say(`a worker ended with code ${exit.code}: ${exit.stderr.slice(-600)}`);
      }
      if (Date.now() - lastProgress > 10_000) {
        lastProgress = Date.now();
        say(
          `kills redis ${kills.redis} file ${kills.file} (of ${options.kills}), workers ${spawned}, paid ${done.size}/${accounts.length * ITEMS_PER_ACCOUNT}, kill points ${JSON.stringify(killedAt)}`,
        );
      }
    }
    spare.kill();
  };

  const startedAt = Date.now();
  // The parent also serves every worker's Xero calls (the simulator): its lag is every worker's latency.
  const lag = monitorEventLoopDelay({ resolution: 20 });
  lag.enable();
  const parentCpu = process.cpuUsage();
  say(
    `${lanes.length} lanes (${accounts.length} accounts), ${options.kills} SIGKILLs to deliver within ${Math.round(options.budgetMs / 1000)} s, tokens expired every 1.5–3 s`,
  );
  try {
    await Promise.all(lanes.map(killLane));
    say(
      `${kills.redis + kills.file} SIGKILLs (redis ${kills.redis}, file ${kills.file}) in ${Math.round((Date.now() - startedAt) / 1000)} s (${spawned} workers, ${pardons} let live until they progressed; longest stall per lane ${lanes.map((l) => Math.round(l.longestStallMs / 1000)).join('/')} s; per worker ${Math.round(spent.ready / Math.max(1, spent.lives))} ms to ready (opening the store ${Math.round(spent.open / Math.max(1, spent.lives))} ms, CPU to load ${Math.round(spent.loadCpu / Math.max(1, spent.lives))} ms, to open ${Math.round(spent.openCpu / Math.max(1, spent.lives))} ms), ${Math.round(spent.life / Math.max(1, spent.lives))} ms alive); parent CPU ${Math.round(cpuMs(process.cpuUsage(parentCpu)) / 1000)} s, event-loop lag p50 ${Math.round(lag.percentile(50) / 1e6)} ms, p99 ${Math.round(lag.percentile(99) / 1e6)} ms; kill points ${JSON.stringify(killedAt)}; failed attempts ${JSON.stringify(failures)}`,
    );

    lag.disable();

    // Drain: the lanes finish their work with nobody killing them and tokens left alone (bounded in time;
    // an item still unpaid then is reported as a dropped write).
    await stopChurn();
    const drainUntil = Date.now() + DRAIN_MS;
    await Promise.all(
      lanes.map(async (lane) => {
        while (Date.now() < drainUntil) {
          if (lane.items.every((item) => done.has(item.id))) return;
          const worker = spawnWorker();
          worker.start(configFor(lane, 0), (line) => onLine(line, lane));
          const exit = await within(worker.exited, Math.max(0, drainUntil - Date.now()), () => {
            worker.kill();
            return { code: null, signal: null, stderr: 'timed out' };
          });
          if (exit.code !== 0) {
            say(`a drain worker ended with code ${exit.code}: ${exit.stderr.slice(-600)}`);
            await delay(500);
          }
        }
      }),
    );
    say(
      `resumed payments whose first send was over ${RECONCILE_AFTER_MS / XERO_MINUTE} Xero minutes old: ${resumes.reconciledPaid} found paid at Xero (not resent), ${resumes.reconciledUnpaid} not applied (resent)`,
    );
  } finally {
    await stopChurn();
  }

  const refreshes = sim.control
    .requestLog()
    .filter((e) => e.endpoint === 'token' && e.grantType === 'refresh_token');
  const refused = refreshes.filter((e) => e.status !== 200);
  say(
    `Xero saw ${refreshes.length} refreshes (${refused.length} refused: ${JSON.stringify(statusCounts(refused))})`,
  );

  const checked = await verifyConnections(sim, accounts, targets, xero);
  const payments = countPayments(sim, accounts, done);
  say(
    `paid ${payments.paidItems}/${payments.items} items, ${payments.duplicates} duplicate payments, ${payments.mismatched} items whose confirmed payment is not the one Xero kept`,
  );
  return {
    killTrials: kills.redis + kills.file,
    lostRotations: checked.lost,
    reconnectsNeeded: checked.reconnects,
    duplicatePayments: payments.duplicates,
    unpaidItems: payments.items - payments.paidItems,
  };

  function pick(): KillMode {
    const total = KILL_MODES.reduce((sum, m) => sum + m.weight, 0);
    let r = Math.random() * total;
    for (const m of KILL_MODES) {
      r -= m.weight;
      if (r < 0) return m.mode;
    }
    return 'anytime';
  }
}

/**
 * Kills the worker a few ms after it enters the aimed section (so the kill lands inside the identity
 * request, between Xero's answer and the store, inside the store write, or inside the payment request),
 * or at a random moment; a worker that never gets there within 3 s (6 s for a payment) is killed where it
 * is.
 */
async function aimAndKill(worker: TortureWorker, mode: KillMode): Promise<KillPoint | undefined> {
  const ended = worker.exited.then(() => undefined);
  if (mode === 'anytime') {
    await Promise.race([delay(randomInt(0, 2000)), ended]);
    return worker.kill();
  }
  const marker = mode === 'refresh' ? 'R' : 'Y';
  const reached = await Promise.race([
    worker.next((l) => l.m === marker).then(() => true),
    delay(mode === 'refresh' ? 3000 : 6000).then(() => false),
    ended.then(() => false),
  ]);
  if (reached) await delay(randomInt(0, mode === 'refresh' ? 6 : 10));
  return worker.kill();
}

/**
 * One self-contained file (dependencies included): a worker then starts in about half the CPU time of a
 * TypeScript loader or of resolving its packages one by one, which is what bounds the kills per minute.
 */
async function bundleWorker(cleanup: CleanupRegistry): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'xc-torture-worker-'));
  cleanup.add('worker bundle', () => rm(dir, { recursive: true, force: true }));
  const outfile = join(dir, 'kill-worker.mjs');
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    minify: true, // about a tenth less to parse in every one of hundreds of worker starts
    // CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** One organisation, user and connected account per (store kind, account), each with its work items. */
async function seedAccounts(
  sim: XeroSimulator,
  run: string,
  targets: Record<StoreKind, StoreTarget>,
): Promise<Account[]> {
  const plan = (['redis', 'file'] as const).flatMap((kind) =>
    Array.from({ length: LAYOUT[kind].accounts }, (_, i) => ({
      kind,
      accountId: `torture-${kind}-${i}`,
      tenantId: `${kind === 'redis' ? 'aaaa' : 'bbbb'}${String(i).padStart(4, '0')}-0000-4000-8000-${run}0000`,
    })),
  );
  for (const p of plan) {
    sim.control.addOrganisation({ tenantId: p.tenantId, name: `Torture ${p.accountId}`, invoiceCount: 80 });
  }
  sim.control.addUser({ userId: USER_ID, organisations: plan.map((p) => p.tenantId) });

  const accounts: Account[] = [];
  for (const kind of ['redis', 'file'] as const) {
    const backend = await openBackend(
      targets[kind],
      { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl },
      KILL_SCALE,
    );
    try {
      for (const p of plan.filter((q) => q.kind === kind)) {
        const pool = backend.host.pool({ accountId: p.accountId, apps: 'wisepay' });
        const { authorizationUrl } = await pool.beginConnect('wisepay');
        const redirect = await sim.control.approveConsent(authorizationUrl, {
          userId: USER_ID,
          tenantIds: [p.tenantId],
        });
        const result = await backend.host.completeConnect(redirect);
        if (result.status !== 'connected')
          throw new Error(`connect of ${p.accountId} ended in ${result.status}`);
        accounts.push({ ...p, items: workItems(sim, run, p.accountId, p.tenantId) });
      }
    } finally {
      await backend.close();
    }
  }
  return accounts;
}

/** Payments of 1.00 spread over the organisation's open sales invoices, never more than an invoice owes. */
function workItems(sim: XeroSimulator, run: string, accountId: string, tenantId: string): WorkItem[] {
  const invoices = sim.control
    .organisation(tenantId)
    .invoices()
    .filter((i) => i.Type === 'ACCREC' && i.Status === 'AUTHORISED' && i.AmountDue >= 2);
  const capacity = invoices.map((i) => ({ id: i.InvoiceID, left: Math.floor(i.AmountDue) - 1 }));
  const items: WorkItem[] = [];
  for (let n = 0; items.length < ITEMS_PER_ACCOUNT; n++) {
    const open = capacity.filter((c) => c.left > 0);
    if (open.length === 0) throw new Error(`${tenantId} has too few open invoices for the work items`);
    const invoice = open[n % open.length]!;
    invoice.left--;
    const id = `torture-${run}-${accountId}-${items.length}`;
    items.push({ id, invoiceId: invoice.id, amount: 1, idempotencyKey: `${id}:pay` });
  }
  return items;
}

/**
 * A restarted process's view: a fresh host per store, every access token expired at Xero, one call per
 * connection. The call must refresh with the stored refresh token; the store must then hold a new one.
 */
async function verifyConnections(
  sim: XeroSimulator,
  accounts: Account[],
  targets: Record<StoreKind, StoreTarget>,
  xero: { identityUrl: string; apiUrl: string },
): Promise<{ lost: number; reconnects: number }> {
  let lost = 0;
  let reconnects = 0;
  sim.control.expireAccessTokens({ clientId: CLIENT_ID });
  for (const kind of ['redis', 'file'] as const) {
    let backend: Backend | undefined;
    try {
      backend = await openBackend(targets[kind], xero, KILL_SCALE);
      const broken: string[] = [];
      backend.host.on('connection:broken', (e) => broken.push(`${e.accountId}: ${e.reason}`));
      for (const account of accounts.filter((a) => a.kind === kind)) {
        const before = await backend.store.get(account.accountId, 'wisepay');
        let ok = true;
        const pool = backend.host.pool({ accountId: account.accountId, apps: 'wisepay' });
        try {
          await pool.role('wisepay').organisation.get();
        } catch (error) {
          ok = false;
          log('kill', `${account.accountId}: the verifying call failed with ${errorCode(error)}`);
        }
        const after = await backend.store.get(account.accountId, 'wisepay');
        const rotated =
          before !== null && after !== null && after.value.refreshToken !== before.value.refreshToken;
        const health = pool.health('wisepay');
        if (!ok || !rotated) {
          lost++;
          log('kill', `${account.accountId}: LOST ROTATION (call ok ${ok}, stored set rotated ${rotated})`);
        }
        const needsConsent =
          before === null ||
          before.value.broken !== undefined ||
          after?.value.broken !== undefined ||
          health === 'broken' ||
          health === 'not_connected';
        if (needsConsent) {
          reconnects++;
          log('kill', `${account.accountId}: needs a reconnect (health ${health})`);
        }
      }
      if (broken.length > 0) log('kill', `connection:broken events: ${broken.join('; ')}`);
    } finally {
      await backend?.close();
    }
  }
  return { lost, reconnects };
}

function countPayments(
  sim: XeroSimulator,
  accounts: Account[],
  done: Map<string, string | undefined>,
): { items: number; paidItems: number; duplicates: number; mismatched: number } {
  let items = 0;
  let paidItems = 0;
  let duplicates = 0;
  let mismatched = 0;
  const sentAt = new Map<string, number[]>();
  for (const e of sim.control.requestLog()) {
    if (e.idempotencyKey === undefined || e.endpoint !== 'api' || e.status !== 200) continue;
    sentAt.set(e.idempotencyKey, [...(sentAt.get(e.idempotencyKey) ?? []), e.at]);
  }
  for (const account of accounts) {
    const byReference = new Map<string, string[]>();
    for (const p of sim.control.organisation(account.tenantId).payments()) {
      if (p.Status === 'DELETED') continue;
      byReference.set(p.Reference, [...(byReference.get(p.Reference) ?? []), p.PaymentID]);
    }
    for (const item of account.items) {
      items++;
      const ids = byReference.get(item.id) ?? [];
      if (ids.length > 0) paidItems++;
      if (ids.length > 1) {
        duplicates += ids.length - 1;
        // When Xero saw the key: a resend after the retention window is a new write to Xero too.
        const sends = sentAt.get(`${item.idempotencyKey}:0`) ?? [];
        // Xero remembers a key for ~6 minutes from the write it first saw; replays do not extend that.
        const after = sends.slice(1).map((at) => at - (sends[0] as number));
        const beyond = after.filter((g) => g >= IDEMPOTENCY_RETENTION_MS).length;
        log(
          'kill',
          `DUPLICATE: work item ${item.id} was paid ${ids.length} times; its key reached Xero ${sends.length} times, resent ${after.map((g) => `${(g / XERO_MINUTE).toFixed(1)}`).join(', ')} Xero min after the first (${beyond} past the ${IDEMPOTENCY_RETENTION_MS / XERO_MINUTE}-minute retention)`,
        );
      }
      const confirmed = done.get(item.id);
      if (confirmed !== undefined && !ids.includes(confirmed)) mismatched++;
    }
  }
  return { items, paidItems, duplicates, mismatched };
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function statusCounts(entries: Array<{ status: number }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) tally(out, String(e.status));
  return out;
}
