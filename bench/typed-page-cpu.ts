/**
 * CPU of one typed 100-invoice page through the SDK (`pool.role(r).invoices.list({ pageSize: 100 })`, first
 * page: limits, token, transport, JSON.parse, validation, dates) ÷ CPU of a bare axios GET of the same URL
 * + `JSON.parse` (issue 12 #8, floor ≤ 1.2). The simulator runs in a child process, so its CPU is not
 * counted; the sides run interleaved call by call in rounds and the ratio is the median of the rounds' ratios.
 * To show where the time goes it also reports the same page through `request()` (the SDK's call path
 * without the typed parse: `untypedRequestMs`) and the parse alone, in process, on the captured bytes
 * (`parseOnly`: JSON.parse + envelope schema ÷ JSON.parse).
 *
 * Run: `npx tsx bench/typed-page-cpu.ts` (ROUNDS, CALLS env to change). Last stdout line:
 * `{ "typedPageCpu": { "ratio": N, ... } }`.
 */
import http from 'node:http';
import axios from 'axios';
import { XeroConnections } from '../src/host.js';
import { MemoryTokenStore } from '../src/stores/memory-token-store.js';
import { DEFAULT_SEED, DEMO_TENANT_ID } from '../src/testing/index.js';
import type { XeroResponse } from '../src/xero/call-pipeline.js';
import { parseResponse } from '../src/xero/response-parsing.js';
import { envelopeSchema } from '../src/xero/schemas/common.js';
import { invoiceSchema } from '../src/xero/schemas/invoice.js';
import { connect, SIM_APPS } from './support/connect.js';
import { startSimulatorChild } from './support/simulator-child.js';
import { median, round } from './support/stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 21);
const CALLS = Number(process.env.CALLS ?? 50);
const PAGE = 100;
const HUGE = { concurrent: 1_000_000, perMinute: 1e9, perDay: 1e9, appPerMinute: 1e9 };
const log = (message: string) => process.stderr.write(`[typed-page-cpu] ${message}\n`);

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const sim = await startSimulatorChild({
  sim: {
    timeScale: 1,
    limits: { ...HUGE, perDayStarter: 1e9 },
    organisations: DEFAULT_SEED.organisations.map((o) =>
      o.tenantId === DEMO_TENANT_ID ? { ...o, invoiceCount: 2 * PAGE } : o,
    ),
  },
});
const apps = Object.fromEntries(Object.entries(SIM_APPS).map(([k, v]) => [k, { ...v, limits: HUGE }]));
const store = new MemoryTokenStore();
const host = new XeroConnections({
  apps,
  store,
  xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
});
const agent = new http.Agent({ keepAlive: true });
const bare = axios.create({
  httpAgent: agent,
  validateStatus: () => true,
  responseType: 'text',
  transformResponse: [(d: unknown) => d],
});

try {
  const pool = host.pool({ accountId: 'acct-typed', apps: 'wisepay' });
  await connect(sim, host, pool, 'wisepay');
  // The bare side uses another pool's token, so it never touches the measured pool's state.
  const barePool = host.pool({ accountId: 'acct-bare', apps: 'wisepay' });
  await connect(sim, host, barePool, 'wisepay');
  const [record] = await store.list('acct-bare');
  if (record === undefined) throw new Error('no token for the bare client');
  const headers = {
    Authorization: `Bearer ${record.value.accessToken}`,
    'xero-tenant-id': record.value.tenantId,
    Accept: 'application/json',
  };
  const url = `${sim.apiUrl}/api.xro/2.0/Invoices?page=1&pageSize=${PAGE}`;
  const client = pool.role('wisepay');

  const typedPage = async (): Promise<number> => {
    for await (const page of client.invoices.list({ pageSize: PAGE }).pages()) return page.length;
    return 0;
  };
  // The same page through the SDK's call path untyped (`request`: limits, token, transport, JSON.parse).
  const untypedPage = async (): Promise<number> => {
    const response = await client.request<{ Invoices: unknown[] }>({
      method: 'GET',
      path: '/Invoices',
      params: { page: 1, pageSize: PAGE },
    });
    return response.data.Invoices.length;
  };
  const axiosPage = async (): Promise<number> => {
    const response = await bare.get(url, { headers });
    return ((JSON.parse(response.data as string) as { Invoices: unknown[] }).Invoices ?? []).length;
  };

  // Same records on both sides, or the comparison means nothing.
  const counts = [await typedPage(), await untypedPage(), await axiosPage()];
  if (counts.some((count) => count !== PAGE)) {
    throw new Error(`expected ${PAGE} invoices on each side, got typed/untyped/bare ${counts.join('/')}`);
  }
  for (let i = 0; i < 100; i++) {
    await typedPage();
    await untypedPage();
    await axiosPage();
  }

  const ratios: number[] = [];
  const typedMs: number[] = [];
  const untypedMs: number[] = [];
  const bareMs: number[] = [];
  const sides = { typed: typedPage, untyped: untypedPage, bare: axiosPage };
  for (let r = 0; r < ROUNDS; r++) {
    // Call by call, rotating which side goes first: load on the machine (other processes, GC, JIT) then
    // falls on every side alike instead of on whichever ran through a noisy stretch.
    const spent: Record<string, number> = { typed: 0, untyped: 0, bare: 0 };
    for (let i = 0; i < CALLS; i++) {
      const names = ['typed', 'untyped', 'bare'] as const;
      for (let k = 0; k < names.length; k++) {
        const side = names[(i + r + k) % names.length] as (typeof names)[number];
        const before = cpuMs();
        await sides[side]();
        spent[side] = (spent[side] ?? 0) + cpuMs() - before;
      }
    }
    typedMs.push((spent.typed ?? Number.NaN) / CALLS);
    untypedMs.push((spent.untyped ?? Number.NaN) / CALLS);
    bareMs.push((spent.bare ?? Number.NaN) / CALLS);
    ratios.push((spent.typed ?? Number.NaN) / (spent.bare ?? Number.NaN));
  }

  // Where the time goes: the parse alone, on the bytes the simulator sent.
  const body = (await bare.get(url, { headers })).data as string;
  const envelope = envelopeSchema('Invoices', invoiceSchema);
  const response = (data: unknown): XeroResponse =>
    ({ status: 200, data, headers: {}, meta: {} }) as unknown as XeroResponse;
  const parseRatios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let before = cpuMs();
    for (let i = 0; i < CALLS * 5; i++) JSON.parse(body);
    const plain = cpuMs() - before;
    before = cpuMs();
    for (let i = 0; i < CALLS * 5; i++) parseResponse(envelope, response(JSON.parse(body)));
    parseRatios.push((cpuMs() - before) / plain);
  }

  const result = {
    typedPageCpu: {
      ratio: round(median(ratios), 3),
      typedMs: round(median(typedMs), 3),
      untypedRequestMs: round(median(untypedMs), 3),
      axiosJsonParseMs: round(median(bareMs), 3),
      parseOnly: round(median(parseRatios), 3),
      pageBytes: Buffer.byteLength(body),
      rounds: ROUNDS,
      callsPerRound: CALLS,
    },
  };
  log(`ratios ${ratios.map((x) => x.toFixed(2)).join(' ')}`);
  console.log(JSON.stringify(result));
} finally {
  agent.destroy();
  await host.close();
  await sim.close();
}
