/**
 * The scale part of the benchmark, in its own process (started with --expose-gc): 10,000 accounts × 3
 * roles, each role's connection stored, one call per role, then 10 s idle. Prints one JSON line.
 */
import { XeroConnections } from '../../src/host.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import { ROLES } from '../../src/roles.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import { SIM_APPS, THREE_APPS } from './connect.js';
import { startSimulatorChild } from './simulator-child.js';

const ACCOUNTS = 10_000;
/** `single` runs the accounts with multi-connection off (one connection serving the three roles). */
const MULTI = process.argv[2] !== 'single';
const CONNECTION_ROLES = MULTI ? ROLES : (['wisepay'] as const);
const IDLE_MS = 10_000;
const HUGE = {
  concurrent: 1_000_000,
  perMinute: 1_000_000_000,
  perDay: 1_000_000_000,
  appPerMinute: 1_000_000_000,
};
const log = (m: string) => process.stderr.write(`[bench:scale] ${m}\n`);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const sim = await startSimulatorChild({
  // The simulator allows what the SDK is told (HUGE): with Xero's real 60 a minute at the simulator, every
  // key's first response would read as budget spent by an outside consumer and each key would hold a
  // reservation — right for that world, but this measures an idle fleet's memory, not a contended one.
  sim: { timeScale: 1, limits: { ...HUGE, perDayStarter: HUGE.perDay } },
  extraOrganisations: ACCOUNTS,
  tokensFor: Object.values(SIM_APPS),
});
log('simulator ready');
const baseline = heap();

const store = new MemoryTokenStore();
const apps = Object.fromEntries(Object.entries(SIM_APPS).map(([k, v]) => [k, { ...v, limits: HUGE }]));
const host = new XeroConnections({
  apps,
  store,
  xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
});
const now = Date.now();
const pools: ConnectionPool[] = [];
for (let i = 0; i < ACCOUNTS; i++) {
  const accountId = `acct-${i}`;
  const tenantId = sim.tenantIds[i]!;
  for (const role of CONNECTION_ROLES) {
    const app = SIM_APPS[role];
    const tokens = sim.tokens[app.clientId]!;
    await store.put(
      {
        accountId,
        role,
        clientId: app.clientId,
        tenantId,
        tenantName: `Bench Org ${i}`,
        connectionId: `conn-${i}-${role}`,
        authEventId: 'bench',
        scopes: ['openid', 'offline_access', 'accounting.settings.read', 'accounting.invoices'],
        // A fresh copy per connection, as real tokens differ: the store's memory is then what it would hold.
        accessToken: Buffer.from(tokens.accessToken).toString(),
        accessTokenExpiresAt: now + tokens.expiresIn * 1000,
        refreshToken: Buffer.from(tokens.refreshToken).toString(),
        refreshedAt: now,
        connectedAt: now,
      },
      null,
    );
  }
}
const afterStore = heap();
log(`store filled: +${((afterStore - baseline) / 1048576).toFixed(1)} MB`);
for (let i = 0; i < ACCOUNTS; i++) {
  pools.push(
    host.pool({
      accountId: `acct-${i}`,
      multiConnection: MULTI,
      apps: THREE_APPS,
      tenantId: sim.tenantIds[i]!,
    }),
  );
}
const afterPools = heap();
log(`pools configured: +${((afterPools - afterStore) / 1048576).toFixed(1)} MB`);

let failures = 0;
const BATCH = 300;
for (let i = 0; i < pools.length; i += BATCH) {
  await Promise.all(
    pools.slice(i, i + BATCH).flatMap((pool) =>
      ROLES.map((role) =>
        pool
          .role(role)
          .request({ method: 'GET', path: '/Organisation' })
          .catch((error: unknown) => {
            if (failures++ < 3) log(`call failed: ${(error as Error).message}`);
          }),
      ),
    ),
  );
}
log(
  `${pools.length * ROLES.length} calls done, ${failures} failed: +${((heap() - afterPools) / 1048576).toFixed(1)} MB`,
);

const cpuStart = process.cpuUsage();
const idleStart = performance.now();
await new Promise((r) => setTimeout(r, IDLE_MS));
const cpu = process.cpuUsage(cpuStart);
const idleCpuPct = ((cpu.user + cpu.system) / 1000 / (performance.now() - idleStart)) * 100;
const heapMB = (heap() - baseline) / 1024 / 1024;
log(`heap +${heapMB.toFixed(1)} MB, idle CPU ${idleCpuPct.toFixed(2)} %`);
// Keep the pools reachable until measured.
if (pools.length !== ACCOUNTS || failures > 0) process.exitCode = 1;
await host.close();
await sim.close();
process.stdout.write(
  `${JSON.stringify({ accounts: ACCOUNTS, connections: ACCOUNTS * CONNECTION_ROLES.length, heapMB: Number(heapMB.toFixed(1)), idleCpuPct: Number(idleCpuPct.toFixed(2)) })}\n`,
);
