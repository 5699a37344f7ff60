/**
 * `npm run demo`: Wise-Pay's multi-connection story end to end, against the Xero simulator in this
 * process, with the SDK's embedded defaults (an encrypted token file store, no Redis).
 *
 *   1. three apps, one customer organisation, a pool with multi-connection on;
 *   2. the three roles connected through the real OAuth code flow;
 *   3. the work each run does, fixed in advance, and a backlog of outstanding invoices to pay;
 *   4. that work with multi-connection on (Wise-Sync, the auto-payment scheduler, a user paying), live;
 *   5. the Accounting Connections table;
 *   6. a revoked connection: dashboard notification, failed token test, reconnect;
 *   7. the same work with multi-connection off, and the comparison;
 *   8. a month-end burst of user payments, coalescing off and on: calls used and Xero minutes taken.
 *
 * Every figure is measured: the workload's counters, cross-checked against what the simulator saw (its
 * request log and the organisation's invoices and payments). The demo exits 1 when Xero answered any
 * 429, when a run did not do exactly the planned work, or when three connections were not clearly faster.
 *
 * Flags: --no-compare, --time-scale <n>, --duration <s>, --burst <n> (see --help).
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ConnectionPool,
  type ConnectionStatusRow,
  DEFAULT_INTERACTIVE_RESERVE,
  DEFAULT_LIMITS,
  EncryptedFileTokenStore,
  isXeroConnectionsError,
  type PoolEvents,
  ROLE_INFO,
  ROLES,
  type Role,
  XeroConnections,
} from '@wise-pay/xero-connections';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '@wise-pay/xero-connections/testing';
import { DEMO_USAGE, type DemoArgs, parseDemoArgs, UsageError } from './demo/args.js';
import { count, createStyle, seconds, table, truncate } from './demo/format.js';
import { LiveProgress } from './demo/live-progress.js';
import { type XeroSideRun, xeroSideOfRun } from './demo/measure.js';
import { type BurstResult, pushMonthEndInvoices, runBurst } from './demo/month-end-burst.js';
import { type ProgressViewOptions, progressLine, progressLines } from './demo/progress-view.js';
import {
  emptyProgress,
  INVOICES_PER_BATCH,
  PAYMENTS_PER_RUN,
  plannedCalls,
  plannedInvoices,
  plannedPayments,
  planWork,
  pushBacklog,
  runWorkload,
  type WorkloadResult,
  type WorkPlan,
} from './demo/workload.js';

const ACCOUNT = 'acme-msp';
const APPS = { wisepay: 'wisepayApp', company: 'companyApp', service: 'serviceApp' } as const;
/** The simulator's seeded apps (client id → display name on the consent page). */
const CLIENTS: Record<Role, { clientId: string; clientSecret: string; name: string }> = {
  wisepay: { clientId: 'wisepay-client', clientSecret: 'wisepay-secret', name: 'Wise-Pay' },
  company: { clientId: 'company-client', clientSecret: 'company-secret', name: 'Wise-Sync' },
  service: { clientId: 'service-client', clientSecret: 'service-secret', name: 'Wise-Pay Services' },
};
/** What each role's work is, in the words of the comparison table. */
const WORK: Record<Role, string> = {
  wisepay: 'a user, interactive',
  company: 'Wise-Sync, batch',
  service: 'scheduler, batch',
};
const WORKERS_PER_ROLE = 3;
/**
 * Three budgets instead of one make the comparison close to 3× on an idle machine (`npm run bench` holds
 * the exact floor). The demo fails below this: a ratio near 1 means the roles were not spread over their
 * connections. The margin is for a busy CI machine, where the fast run suffers most.
 */
const MIN_SPEEDUP = 1.5;
/** Below this share of the minute limit on average, a role's own connection was held back by the machine, not Xero. */
const SATURATED = 0.9;

const out = process.stdout;
const style = createStyle(out);
const say = (line = '') => out.write(`${line}\n`);
const heading = (n: number, text: string) => say(`\n${style.bold(`${n}. ${text}`)}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(args: DemoArgs): Promise<void> {
  const demoStarted = performance.now();
  const xeroMinuteMs = 60_000 * args.timeScale;
  const { perMinute, perDay } = DEFAULT_LIMITS;
  // About as many calls a role as its own connection's minute limit lets through in `duration`.
  const plan = planWork(Math.round((args.durationSeconds * 1000 * perMinute) / xeroMinuteMs));
  const planned = plannedCalls(plan);
  const runs = args.compare ? 2 : 1;
  // Enough outstanding invoices for every payment of every run, plus a page for those being paid.
  const backlog = runs * plannedPayments(plan) + 50;
  // With multi-connection off the Wise-Pay connection carries all three roles (plus its share of run 1).
  const wisepayAppCalls = planned.wisepay + (args.compare ? sum(planned) : 0) + 20;
  if (wisepayAppCalls > perDay) {
    throw new UsageError(
      `--duration ${args.durationSeconds} at --time-scale ${args.timeScale} means ${count(wisepayAppCalls)} calls on one connection, ` +
        `more than Xero's ${count(perDay)} a day: lower --duration, raise --time-scale, or pass --no-compare`,
    );
  }

  say(style.bold('Wise-Pay × Xero: multi-connection demo'));
  say(
    `Time runs ${Math.round(1 / args.timeScale)}× faster: a Xero minute lasts ${seconds(xeroMinuteMs)}, ` +
      `so Xero's ${perMinute} calls/minute per (app, organisation) really bind.`,
  );

  heading(1, 'Setup');
  const sim = await startXeroSimulator({ timeScale: args.timeScale, latencyMs: 5 });
  const dataDir = join(process.cwd(), '.demo-data');
  const tokenDir = join(dataDir, 'tokens');
  await rm(tokenDir, { recursive: true, force: true });
  const store = new EncryptedFileTokenStore({
    dir: tokenDir,
    // A throwaway key for this run. A real application supplies its own, from its secret manager.
    keys: [{ id: 'demo', key: randomBytes(32) }],
  });
  const host = new XeroConnections({
    apps: Object.fromEntries(
      ROLES.map((role) => [
        APPS[role],
        {
          clientId: CLIENTS[role].clientId,
          clientSecret: CLIENTS[role].clientSecret,
          redirectUri: 'http://127.0.0.1/callback',
        },
      ]),
    ),
    store,
    timeScale: args.timeScale,
    xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
  });
  let pool = host.pool({ accountId: ACCOUNT, multiConnection: true, apps: APPS });
  say(
    `  Xero simulator on ${sim.url}: organisation "Demo Company (AU)", apps Wise-Pay, Wise-Sync, Wise-Pay Services`,
  );
  say(`  Tokens: encrypted files in ${tokenDir}`);
  say(
    style.dim(
      '  (the key was generated for this run; a real application supplies its own key, e.g. from a secret manager)',
    ),
  );
  say(`  Account "${ACCOUNT}": multi-connection ON, one app per role`);

  try {
    heading(2, 'Connecting the three roles through Xero’s consent (OAuth 2.0 code flow + PKCE)');
    for (const role of ROLES) {
      const result = await connect(pool, host, sim, role);
      say(
        `  ${style.green('✔')} ${ROLE_INFO[role].label.padEnd(8)} → ${result}   ${style.dim(`(app ${CLIENTS[role].name})`)}`,
      );
    }

    heading(3, 'The work');
    describePlan(plan);
    const backlogId = `backlog-${Date.now()}`;
    const backlogFrom = Date.now();
    const pushed = await pushBacklog(pool, backlog, backlogId);
    const backlogCalls = sum(
      xeroSideOfRun(sim, { runId: backlogId, fromEpochMs: backlogFrom, toEpochMs: Date.now(), xeroMinuteMs })
        .callsByClient,
    );
    say(
      `  Wise-Sync's first sync pushed ${count(pushed)} outstanding invoices in ${count(backlogCalls)} calls, ` +
        'so every payment run finds invoices to pay however the roles’ calls interleave.',
    );
    // Start the run with a full minute window on every connection.
    await sleep(xeroMinuteMs * 1.1);

    heading(4, `The work with multi-connection ON (about ${args.durationSeconds} s)`);
    say(`  Three connections, three budgets: each role may make ${perMinute} calls a Xero minute.`);
    const multi = await runMeasured(pool, sim, plan, { xeroMinuteMs, runId: 'multi' });
    printRunSummary(multi, xeroMinuteMs);

    heading(5, 'Configure > Accounting Connections');
    say('  "Check if this token is still valid" on each row:');
    for (const role of ROLES) {
      const test = await pool.validateToken(role);
      if (test.valid !== true) throw new Error(`the ${role} token test failed: ${test.reason ?? test.valid}`);
    }
    printConnections(await pool.status());

    heading(6, 'A broken connection, and how the user mends it');
    await breakAndReconnect(pool, host, sim);

    if (args.compare) {
      heading(7, 'The same work with multi-connection OFF');
      await pool.close();
      pool = host.pool({ accountId: ACCOUNT, multiConnection: false, apps: APPS });
      say(
        '  Support switched the account to one connection: the Wise-Pay connection now carries all three roles.',
      );
      explainSharedBudget();
      // Start the comparison with a full minute window, as the first run did.
      await sleep(xeroMinuteMs * 1.1);
      const single = await runMeasured(pool, sim, plan, { xeroMinuteMs, runId: 'single' });
      printRunSummary(single, xeroMinuteMs);
      printComparison(multi, single, plan, xeroMinuteMs);
    }

    if (args.burst > 0) {
      heading(
        args.compare ? 8 : 7,
        `Month end: ${count(args.burst)} users pay at once, coalescing off and on`,
      );
      await monthEndBurst(pool, sim, args.burst, xeroMinuteMs);
    }

    const http429 = sim.control.counters().http429;
    const total429 = sum(http429);
    if (total429 > 0) {
      const problems = Object.entries(http429)
        .filter(([, n]) => n > 0)
        .map(([problem, n]) => `${n} × ${problem}`)
        .join(', ');
      throw new Error(
        `Xero answered 429 (${problems}) although nothing but this SDK spent the budget: the limiter let too many calls through`,
      );
    }
    say(
      `\n${style.green('✔')} Demo finished in ${seconds(performance.now() - demoStarted)}: 0 × 429, ` +
        `${runs === 2 ? 'both runs did' : 'the run did'} exactly the planned work.`,
    );
  } finally {
    await host.close();
    await store.close();
    await sim.close();
  }
}

function describePlan(plan: WorkPlan): void {
  const calls = plannedCalls(plan);
  say(
    `  Each run does exactly this, ${WORKERS_PER_ROLE} workers a role, in whatever order the limits allow:`,
  );
  const lines = table(
    ['Role', 'calls', 'what'],
    [
      [
        `${ROLE_INFO.company.label} (Wise-Sync)`,
        count(calls.company),
        `1 contacts lookup, ${count(plan.company.invoiceBatches)} creates of ${INVOICES_PER_BATCH} invoices ` +
          `(${count(plannedInvoices(plan))} invoices), ${count(plan.company.paymentReads)} read-backs of payments`,
      ],
      [
        `${ROLE_INFO.service.label} (scheduler)`,
        count(calls.service),
        `${count(plan.service.invoicePages)} pages of AUTHORISED invoices, looking for what falls due`,
      ],
      [
        `${ROLE_INFO.wisepay.label} (a user)`,
        count(calls.wisepay),
        `1 organisation read, ${count(plan.wisepay.paymentRuns)} × (download outstanding + pay ${PAYMENTS_PER_RUN}) ` +
          `= ${count(plannedPayments(plan))} payments`,
      ],
    ],
    ['left', 'right', 'left'],
  );
  for (const line of lines) say(line);
}

/** Said before the single-connection run, so the figures after it read right. */
function explainSharedBudget(): void {
  const { perMinute } = DEFAULT_LIMITS;
  const reserve = DEFAULT_INTERACTIVE_RESERVE;
  say(
    `  Xero's limits are per (app, organisation), so the three roles now share one budget of ${perMinute} calls a Xero minute.\n` +
      `  And because they share it, the SDK keeps ${reserve} of the ${perMinute} for a user's interactive calls while they come ` +
      `(rateLimits.interactiveReserve, default ${reserve}):\n` +
      `  batch work — Wise-Sync and the scheduler together — then gets at most ${perMinute - reserve} a Xero minute, and the user's calls start ahead of queued batch calls.\n` +
      `  When no user call has come for a Xero minute, batch work borrows the reserve (all but one call); the next user call takes it back.\n` +
      `  With three connections there was no reserve: nobody shares a role's own budget, so each used all ${perMinute}.`,
  );
}

interface Measured {
  result: WorkloadResult;
  xero: XeroSideRun;
  /** 429s Xero answered during the run. */
  http429: number;
}

async function runMeasured(
  pool: ConnectionPool,
  sim: XeroSimulator,
  plan: WorkPlan,
  o: { xeroMinuteMs: number; runId: string },
): Promise<Measured> {
  const runId = `${o.runId}-${Date.now()}`;
  const http429Before = sum(sim.control.counters().http429);
  const http429 = () => sum(sim.control.counters().http429) - http429Before;
  const progress = emptyProgress();
  const view: ProgressViewOptions = {
    pool,
    progress,
    planned: plannedCalls(plan),
    xeroMinuteMs: o.xeroMinuteMs,
    http429,
    style,
    startedAt: performance.now(),
  };
  const live = new LiveProgress(out, {
    block: () => progressLines(view),
    line: () => progressLine(view),
    lineEveryMs: o.xeroMinuteMs,
  });
  const fromEpochMs = Date.now();
  live.start();
  let result: WorkloadResult;
  try {
    result = await runWorkload(pool, plan, { workersPerRole: WORKERS_PER_ROLE, runId }, progress);
  } finally {
    live.stop();
  }
  const xero = xeroSideOfRun(sim, {
    runId,
    fromEpochMs,
    toEpochMs: Date.now(),
    xeroMinuteMs: o.xeroMinuteMs,
  });
  const measured = { result, xero, http429: http429() };
  checkDidThePlan(measured, plan, o.runId);
  return measured;
}

/** A run counts only if it did exactly the planned work, by its own count and by Xero's. */
function checkDidThePlan(m: Measured, plan: WorkPlan, run: string): void {
  const calls = plannedCalls(plan);
  const wrong: string[] = [];
  for (const role of ROLES) {
    if (m.result.calls[role] !== calls[role])
      wrong.push(`${role} made ${m.result.calls[role]} calls, not ${calls[role]}`);
  }
  const xeroCalls = sum(m.xero.callsByClient);
  if (xeroCalls !== sum(calls)) wrong.push(`Xero answered ${xeroCalls} calls, not ${sum(calls)}`);
  if (m.xero.failed > 0) wrong.push(`Xero answered ${m.xero.failed} calls with an error`);
  if (m.xero.invoicesCreated !== plannedInvoices(plan))
    wrong.push(`Xero holds ${m.xero.invoicesCreated} of the run's invoices, not ${plannedInvoices(plan)}`);
  if (m.xero.paymentsMade !== plannedPayments(plan))
    wrong.push(`Xero holds ${m.xero.paymentsMade} of the run's payments, not ${plannedPayments(plan)}`);
  if (wrong.length > 0) throw new Error(`the ${run} run did not do the planned work: ${wrong.join('; ')}`);
}

function printRunSummary(m: Measured, xeroMinuteMs: number): void {
  const http429 = m.http429 === 0 ? style.green('0') : style.red(String(m.http429));
  say(
    `  Done in ${style.bold(seconds(m.result.wallMs))} = ${(m.result.wallMs / xeroMinuteMs).toFixed(1)} Xero minutes: ` +
      `${count(sum(m.xero.callsByClient))} calls, ${count(m.xero.invoicesCreated)} invoices created, ` +
      `${count(m.xero.paymentsMade)} payments, 429s: ${http429}; ${style.green('✔')} as planned, by Xero's count too.`,
  );
}

/** The OAuth code flow, with the simulator's scripted consent standing in for the user's browser. */
async function connect(
  pool: ConnectionPool,
  host: XeroConnections,
  sim: XeroSimulator,
  role: Role,
): Promise<string> {
  const { authorizationUrl } = await pool.beginConnect(role);
  const callback = await sim.control.approveConsent(authorizationUrl, {
    userId: 'user-1',
    tenantIds: [DEMO_TENANT_ID],
  });
  const result = await host.completeConnect(callback);
  if (result.status !== 'connected') throw new Error(`connecting ${role} needs an organisation choice`);
  return result.organisation;
}

async function breakAndReconnect(
  pool: ConnectionPool,
  host: XeroConnections,
  sim: XeroSimulator,
): Promise<void> {
  const notices: Array<PoolEvents['connection:broken']> = [];
  const restored: Array<PoolEvents['connection:restored']> = [];
  const offBroken = pool.on('connection:broken', (e) => notices.push(e));
  const offRestored = pool.on('connection:restored', (e) => restored.push(e));
  try {
    say('  In Xero, the user revokes "Wise-Pay Services" (the Service connection’s app).');
    sim.control.revokeGrant({ clientId: CLIENTS.service.clientId, userId: 'user-1' });

    say('  The auto-payment scheduler runs again:');
    const failure = await pool
      .role('service')
      .invoices.list({ statuses: ['AUTHORISED'], pageSize: 10 })
      .toArray()
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    if (failure === undefined)
      throw new Error('the Service connection still worked after its grant was revoked');
    if (!isXeroConnectionsError(failure)) throw failure;
    say(`    ${style.red('✘')} ${failure.name} (${failure.code}): Xero refused the call`);
    // The pool confirmed with Xero's /connections that access is gone, so it marked the connection broken.
    if (pool.health('service') !== 'broken') throw failure;
    const notice = notices.find((n) => n.role === 'service');
    if (notice === undefined)
      throw new Error('the pool emitted no connection:broken event for the Service connection');
    say('  Dashboard notification (from the pool’s connection:broken event):');
    say(`    ${style.yellow('⚠')} ${notice.message}  ${style.bold('[Manage Connections]')}`);

    say('  Accounting Connections > Service > "Check if this token is still valid":');
    const failed = await pool.validateToken('service');
    if (failed.valid !== false)
      throw new Error(`the token test of the revoked connection answered ${failed.valid}`);
    say(
      `    ${style.red('✘')} not valid${failed.reason ? ` (${failed.reason})` : ''}; Last Connection Test: ${failed.testedAt.toISOString()}`,
    );

    say('  "Connect to this accounting application" → Xero consent → Demo Company (AU) → Allow access:');
    const organisation = await connect(pool, host, sim, 'service');
    const passed = await pool.validateToken('service');
    if (passed.valid !== true)
      throw new Error(`the reconnected Service connection failed its token test: ${passed.reason}`);
    say(`    ${style.green('✔')} connected to ${organisation}; token test ${style.green('✔')} valid`);
    if (restored.some((e) => e.role === 'service'))
      say(style.dim('    (the pool emitted connection:restored: the notification is cleared)'));
    printConnections(await pool.status());
  } finally {
    offBroken();
    offRestored();
  }
}

function printConnections(rows: ConnectionStatusRow[]): void {
  const lines = table(
    ['Connection Type', 'Description', 'Connected Organization', 'Connected', 'Last Connection Test'],
    rows.map((r) => [
      r.connectionType,
      truncate(r.description, 46),
      r.organisation ?? '–',
      r.connected ? style.green('✔ Yes') : style.red(`✘ No (${r.health})`),
      r.lastTest === undefined
        ? 'never'
        : `${r.lastTest.valid === true ? style.green('✔') : r.lastTest.valid === false ? style.red('✘') : '?'} ${r.lastTest.at.toISOString().slice(0, 19).replace('T', ' ')}`,
    ]),
  );
  for (const line of lines) say(line);
}

function printComparison(multi: Measured, single: Measured, plan: WorkPlan, xeroMinuteMs: number): void {
  const { perMinute } = DEFAULT_LIMITS;
  const minutes = (ms: number) => ms / xeroMinuteMs;
  const perXeroMinute = (n: number, ms: number) => (n / minutes(ms)).toFixed(1);
  const roleCell = (m: Measured, role: Role) =>
    `${perXeroMinute(m.result.calls[role], m.result.roleMs[role])}, done at ${minutes(m.result.roleMs[role]).toFixed(1)} min`;
  const batchMs = (m: Measured) => Math.max(m.result.roleMs.company, m.result.roleMs.service);
  const batchCell = (m: Measured) =>
    `${perXeroMinute(m.result.calls.company + m.result.calls.service, batchMs(m))}, done at ${minutes(batchMs(m)).toFixed(1)} min`;
  const busiest = (m: Measured) => Object.values(m.xero.busiestMinuteByClient).map(count).join(' / ');

  say('');
  const lines = table(
    ['', 'multi-connection ON', 'multi-connection OFF'],
    [
      ['connections', '3 (one app each)', '1 (Wise-Pay app)'],
      [
        'time',
        `${seconds(multi.result.wallMs)} = ${minutes(multi.result.wallMs).toFixed(1)} Xero min`,
        `${seconds(single.result.wallMs)} = ${minutes(single.result.wallMs).toFixed(1)} Xero min`,
      ],
      ['API calls (Xero’s log)', count(sum(multi.xero.callsByClient)), count(sum(single.xero.callsByClient))],
      ['invoices created', count(multi.xero.invoicesCreated), count(single.xero.invoicesCreated)],
      ['payments made', count(multi.xero.paymentsMade), count(single.xero.paymentsMade)],
      ['429s from Xero', count(multi.http429), count(single.http429)],
      ['busiest Xero minute, per connection', busiest(multi), busiest(single)],
      ...ROLES.map((role) => [
        `${ROLE_INFO[role].label} (${WORK[role]}): calls/Xero min`,
        roleCell(multi, role),
        roleCell(single, role),
      ]),
      ['batch roles together: calls/Xero min', batchCell(multi), batchCell(single)],
      [
        'payments/Xero min',
        perXeroMinute(multi.xero.paymentsMade, multi.result.roleMs.wisepay),
        perXeroMinute(single.xero.paymentsMade, single.result.roleMs.wisepay),
      ],
    ],
    ['left', 'right', 'right'],
  );
  for (const line of lines) say(line);

  const speedup = single.result.wallMs / multi.result.wallMs;
  say(
    `  → The same work (${count(sum(plannedCalls(plan)))} calls, ${count(plannedPayments(plan))} payments) took ` +
      `${seconds(single.result.wallMs)} on one connection and ${seconds(multi.result.wallMs)} on three: ` +
      `${style.bold(`${speedup.toFixed(1)}×`)} faster with one connection (and one budget) per role.`,
  );
  // The work at the budgets' own pace, to read the measured ratio against.
  const calls = plannedCalls(plan);
  const batchCalls = calls.company + calls.service;
  // Batch work alone on a shared connection borrows the idle reserve but one call.
  const singlePace = Math.max(sum(calls) / perMinute, batchCalls / (perMinute - 1));
  const multiPace = Math.max(...ROLES.map((role) => calls[role])) / perMinute;
  say(
    style.dim(
      `  At the budgets' pace (${perMinute} a minute per connection; batch work on a shared one gets ${perMinute - DEFAULT_INTERACTIVE_RESERVE} while a user's calls come, ${perMinute - 1} once they stop) ` +
        `the work needs ${singlePace.toFixed(1)} Xero minutes on one connection and ${multiPace.toFixed(1)} on three ` +
        `(${(singlePace / multiPace).toFixed(1)}×).`,
    ),
  );
  const userDone = minutes(single.result.roleMs.wisepay);
  const batchDone = minutes(batchMs(single));
  if (batchDone > userDone) {
    say(
      style.dim(
        `  On one connection the user's calls started ahead of the batch calls and were done at ${userDone.toFixed(1)} Xero minutes; ` +
          `the batch roles ran on alone until ${batchDone.toFixed(1)},\n` +
          `  borrowing the idle reserve: up to ${perMinute - 1} a minute, one call kept free for a user who comes back.`,
      ),
    );
  }
  // Each role had its own budget of `perMinute`: an average well below it means the machine held the run back.
  const slowest = Math.min(
    ...ROLES.map((role) => multi.result.calls[role] / minutes(multi.result.roleMs[role])),
  );
  if (slowest < SATURATED * perMinute) {
    say(
      style.yellow(
        `  Note: with three connections a role averaged only ${slowest.toFixed(1)} of its ${perMinute} calls a Xero minute: ` +
          'this machine was too busy to keep them saturated, so the ratio understates what three budgets give.',
      ),
    );
  }
  if (!(speedup >= MIN_SPEEDUP)) {
    throw new Error(
      `three connections were only ${speedup.toFixed(2)}× faster than one (expected close to 3×, at least ${MIN_SPEEDUP}×)`,
    );
  }
}

/**
 * Month end: `n` users each pay one invoice at the same moment, each through a `payments.create` call of
 * their own, first with coalescing off (`coalesce: false`: one Xero call per payment), then on (the
 * default: payments waiting for a slot on the connection share a call, up to 50).
 */
async function monthEndBurst(
  pool: ConnectionPool,
  sim: XeroSimulator,
  n: number,
  xeroMinuteMs: number,
): Promise<void> {
  const runId = `burst-${Date.now()}`;
  const invoices = await pushMonthEndInvoices(pool, n, runId);
  say(
    `  Wise-Sync pushed this month's ${count(2 * n)} invoices (50 a call). Then ${count(n)} users each pay one, ` +
      'all at once, each with a payments.create call of its own, on the Wise-Pay connection:',
  );
  const results: BurstResult[] = [];
  for (const mode of ['off', 'on'] as const) {
    // Each burst starts with a full minute window, as a quiet connection would have.
    await sleep(xeroMinuteMs * 1.1);
    const progress = { settled: 0 };
    const line = () =>
      `    coalescing ${mode.toUpperCase().padEnd(3)} ${count(progress.settled).padStart(6)} / ${count(n)} payments settled`;
    const live = new LiveProgress(out, { block: () => [line()], line, lineEveryMs: xeroMinuteMs * 2 });
    live.start();
    let result: BurstResult;
    try {
      result = await runBurst(pool, sim, { mode, invoices: invoices[mode], runId, progress });
    } finally {
      live.stop();
    }
    results.push(result);
  }
  const [off, on] = results as [BurstResult, BurstResult];
  const minutes = (ms: number) => ms / xeroMinuteMs;
  say('');
  const lines = table(
    ['', 'coalescing OFF', 'coalescing ON'],
    [
      ['payments made (Xero’s records)', count(off.payments), count(on.payments)],
      ['API calls used (Xero’s log)', count(off.calls), count(on.calls)],
      ['payments per call', (off.payments / off.calls).toFixed(1), (on.payments / on.calls).toFixed(1)],
      [
        'time taken',
        `${seconds(off.wallMs)} = ${minutes(off.wallMs).toFixed(1)} Xero min`,
        `${seconds(on.wallMs)} = ${minutes(on.wallMs).toFixed(2)} Xero min`,
      ],
      ['429s from Xero', count(off.http429), count(on.http429)],
    ],
    ['left', 'right', 'right'],
  );
  for (const l of lines) say(l);
  const { perMinute } = DEFAULT_LIMITS;
  say(
    `  → Off, the burst took the connection's whole budget for ${minutes(off.wallMs).toFixed(1)} Xero minutes. ` +
      `On, ${count(on.calls)} calls: ${style.bold(`${(off.calls / on.calls).toFixed(0)}× fewer`)}, ` +
      `leaving ${perMinute - Math.min(perMinute, on.calls)} of that minute's ${perMinute} for everything else.`,
  );
  if (off.calls !== n)
    throw new Error(`with coalescing off the burst made ${off.calls} payment calls, not ${n}`);
  if (!(on.calls < off.calls)) {
    throw new Error(`with coalescing on the burst made ${on.calls} payment calls, no fewer than with it off`);
  }
}

function sum(values: Record<string, number>): number {
  return Object.values(values).reduce((a, b) => a + b, 0);
}

let args: DemoArgs;
try {
  args = parseDemoArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${DEMO_USAGE}`);
  process.exit(2);
}
if (args.help) {
  say(DEMO_USAGE);
} else {
  main(args).then(
    () => process.exit(0),
    (error: unknown) => {
      const usage = error instanceof UsageError;
      console.error(
        `\n${style.red('✘')} demo failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (usage) console.error(`\n${DEMO_USAGE}`);
      process.exit(usage ? 2 : 1);
    },
  );
}
