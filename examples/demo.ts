/**
 * `npm run demo`: Wise-Pay's multi-connection story end to end, against the Xero simulator in this
 * process, with the SDK's embedded defaults (an encrypted token file store, no Redis).
 *
 *   1. three apps, one customer organisation, a pool with multi-connection on;
 *   2. the three roles connected through the real OAuth code flow;
 *   3. a time-scaled workload (Wise-Sync, the auto-payment scheduler, a user paying) with live progress;
 *   4. the Accounting Connections table;
 *   5. a revoked connection: dashboard notification, failed token test, reconnect;
 *   6. the same workload with multi-connection off, and the comparison.
 *
 * Flags: --no-compare, --time-scale <n>, --duration <s> (see --help).
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ConnectionPool,
  type ConnectionStatusRow,
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
import { progressLines } from './demo/progress-view.js';
import { emptyProgress, runWorkload, type WorkloadResult } from './demo/workload.js';

const ACCOUNT = 'acme-msp';
const APPS = { wisepay: 'wisepayApp', company: 'companyApp', service: 'serviceApp' } as const;
/** The simulator's seeded apps (client id → display name on the consent page). */
const CLIENTS: Record<Role, { clientId: string; clientSecret: string; name: string }> = {
  wisepay: { clientId: 'wisepay-client', clientSecret: 'wisepay-secret', name: 'Wise-Pay' },
  company: { clientId: 'company-client', clientSecret: 'company-secret', name: 'Wise-Sync' },
  service: { clientId: 'service-client', clientSecret: 'service-secret', name: 'Wise-Pay Services' },
};
const XERO_DAY_LIMIT = 5000;
const XERO_MINUTE_LIMIT = 60;

const out = process.stdout;
const style = createStyle(out);
const say = (line = '') => out.write(`${line}\n`);
const heading = (n: number, text: string) => say(`\n${style.bold(`${n}. ${text}`)}`);

async function main(args: DemoArgs): Promise<void> {
  const demoStarted = performance.now();
  const xeroMinuteMs = 60_000 * args.timeScale;
  // Each role makes as many calls as its connection's minute limit lets through in `duration`.
  const callsPerRole = Math.round((args.durationSeconds * 1000 * XERO_MINUTE_LIMIT) / xeroMinuteMs);
  // With multi-connection off one connection carries all three roles' calls (plus the first run's).
  const singleConnectionCalls = callsPerRole * (args.compare ? 4 : 1) + 20;
  if (singleConnectionCalls > XERO_DAY_LIMIT) {
    throw new UsageError(
      `--duration ${args.durationSeconds} at --time-scale ${args.timeScale} means ${count(singleConnectionCalls)} calls on one connection, ` +
        `more than Xero's ${count(XERO_DAY_LIMIT)} a day: lower --duration, raise --time-scale, or pass --no-compare`,
    );
  }

  say(style.bold('Wise-Pay × Xero: multi-connection demo'));
  say(
    `Time runs ${Math.round(1 / args.timeScale)}× faster: a Xero minute lasts ${seconds(xeroMinuteMs)}, ` +
      `so Xero's ${XERO_MINUTE_LIMIT} calls/minute per (app, organisation) really bind.`,
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

    heading(3, `Workload with multi-connection ON (about ${args.durationSeconds} s)`);
    say(
      `  Each role makes ${count(callsPerRole)} calls: Wise-Sync pushes invoices and reads back payments (Company), ` +
        'the auto-payment scheduler reads due invoices (Service), a user downloads outstanding invoices and pays them (Wise-Pay).',
    );
    const multi = await runMeasured(pool, sim, { callsPerRole, xeroMinuteMs, runId: 'multi' });
    say(
      `  Done in ${style.bold(seconds(multi.result.wallMs))}: ${count(sum(multi.result.calls))} calls, ` +
        `${count(multi.result.invoicesCreated)} invoices created, ${count(multi.result.paymentsMade)} payments, 429s: ${count(multi.http429)}`,
    );

    heading(4, 'Configure > Accounting Connections');
    say('  "Check if this token is still valid" on each row:');
    for (const role of ROLES) {
      const test = await pool.validateToken(role);
      if (test.valid !== true) throw new Error(`the ${role} token test failed: ${test.reason ?? test.valid}`);
    }
    printConnections(await pool.status());

    heading(5, 'A broken connection, and how the user mends it');
    await breakAndReconnect(pool, host, sim);

    if (args.compare) {
      heading(6, 'The same workload with multi-connection OFF');
      await pool.close();
      pool = host.pool({ accountId: ACCOUNT, multiConnection: false, apps: APPS });
      say(
        '  Support switched the account to one connection: the Wise-Pay connection now carries all three roles.',
      );
      // Start the comparison with a full minute window, as the first run did.
      await new Promise((resolve) => setTimeout(resolve, xeroMinuteMs * 1.1));
      const single = await runMeasured(pool, sim, { callsPerRole, xeroMinuteMs, runId: 'single' });
      printComparison(multi, single, xeroMinuteMs);
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
      `\n${style.green('✔')} Demo finished in ${seconds(performance.now() - demoStarted)} with 0 unexpected 429s.`,
    );
  } finally {
    await host.close();
    await store.close();
    await sim.close();
  }
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

interface Measured {
  result: WorkloadResult;
  http429: number;
  callsPerRole: number;
}

async function runMeasured(
  pool: ConnectionPool,
  sim: XeroSimulator,
  o: { callsPerRole: number; xeroMinuteMs: number; runId: string },
): Promise<Measured> {
  const http429Before = sum(sim.control.counters().http429);
  const http429 = () => sum(sim.control.counters().http429) - http429Before;
  const progress = emptyProgress();
  const startedAt = performance.now();
  const live = new LiveProgress(out, () =>
    progressLines(
      { pool, progress, callsPerRole: o.callsPerRole, xeroMinuteMs: o.xeroMinuteMs, http429, style },
      startedAt,
    ),
  );
  live.start();
  try {
    const result = await runWorkload(
      pool,
      { callsPerRole: o.callsPerRole, workersPerRole: 3, runId: `${o.runId}-${Date.now()}` },
      progress,
    );
    return { result, http429: http429(), callsPerRole: o.callsPerRole };
  } finally {
    live.stop();
  }
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

function printComparison(multi: Measured, single: Measured, xeroMinuteMs: number): void {
  const speedup = single.result.wallMs / multi.result.wallMs;
  say('');
  const lines = table(
    ['', 'multi-connection ON', 'multi-connection OFF'],
    [
      ['connections', '3 (one app each)', '1 (Wise-Pay app)'],
      ['wall time', seconds(multi.result.wallMs), seconds(single.result.wallMs)],
      [
        'Xero minutes',
        (multi.result.wallMs / xeroMinuteMs).toFixed(1),
        (single.result.wallMs / xeroMinuteMs).toFixed(1),
      ],
      ['API calls', count(sum(multi.result.calls)), count(sum(single.result.calls))],
      ['invoices created', count(multi.result.invoicesCreated), count(single.result.invoicesCreated)],
      ['payments made', count(multi.result.paymentsMade), count(single.result.paymentsMade)],
      ['429s from Xero', count(multi.http429), count(single.http429)],
    ],
    ['left', 'right', 'right'],
  );
  for (const line of lines) say(line);
  say(
    `  → the same work finished ${style.bold(`${speedup.toFixed(1)}×`)} faster with one connection (and one budget) per role.`,
  );
  say(
    style.dim(
      '  With one connection the roles share 60 calls a Xero minute, and batch work (Wise-Sync, the scheduler) may use only 50:\n' +
        '  10 are kept for users (rateLimits.interactiveReserve), which is why "min left" sat at 10 once the user was done.',
    ),
  );
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
