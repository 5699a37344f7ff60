/**
 * How fast the simulator itself serves the shapes issue 12's work bench drives through it, so that bench
 * measures the SDK and not the simulator. Over real HTTP (keep-alive), limits lifted, one organisation of
 * 10,000 invoices. Prints one JSON line. Run: `npx tsx bench/simulator-throughput.ts`
 */
import { createHash, randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../src/testing/index.js';
import { DEFAULT_SEED } from '../src/testing/seed.js';

const INVOICES = Number(process.env.INVOICES ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 30);

const sim = await startXeroSimulator({
  organisations: DEFAULT_SEED.organisations.map((o) =>
    o.tenantId === DEMO_TENANT_ID ? { ...o, invoiceCount: INVOICES } : o,
  ),
  limits: { perMinute: 1e9, perDay: 1e9, perDayStarter: 1e9, concurrent: 1e6, appPerMinute: 1e9 },
  maxLogEntries: 1000,
});
const token = await accessToken(sim);
const agent = new Agent({ keepAlive: true, maxSockets: 8 });
const base = new URL(sim.apiUrl);

function call(method: string, path: string, body?: unknown): Promise<{ status: number; bytes: number }> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method,
        path: `${base.pathname.replace(/\/$/, '')}/api.xro/2.0${path}`,
        headers: {
          authorization: `Bearer ${token}`,
          'xero-tenant-id': DEMO_TENANT_ID,
          accept: 'application/json',
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': payload.length }),
        },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The code grant with PKCE through the simulator's scripted consent. */
async function accessToken(simulator: XeroSimulator): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const app = DEFAULT_SEED.apps[0];
  if (app === undefined) throw new Error('the default seed has no app');
  const redirectUri = app.redirectUris[0] ?? '';
  const url = new URL(`${simulator.identityUrl}/connect/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: redirectUri,
    scope:
      'openid offline_access accounting.invoices accounting.payments accounting.contacts accounting.settings',
    state: 's',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  const redirect = await simulator.control.approveConsent(url.toString());
  const code = new URL(redirect).searchParams.get('code') ?? '';
  const res = await fetch(`${simulator.identityUrl}/connect/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  if (res.status !== 200) throw new Error(`token exchange failed: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * The simulator's own cost of one request, sequential: CPU ms per request (process.cpuUsage over the
 * rounds: client and simulator share this process, the client's part is small) and requests per wall
 * second (median), which a loaded machine lowers.
 */
async function rate(
  one: (i: number) => Promise<{ status: number }>,
  rounds: number,
): Promise<{ perSecond: number; cpuMs: number }> {
  for (let i = 0; i < 3; i++) await one(-1 - i); // warm-up
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const { status } = await one(i);
    if (status !== 200) throw new Error(`status ${status}`);
    times.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  return {
    perSecond: Math.round(1000 / median(times)),
    cpuMs: Math.round(((used.user + used.system) / 1000 / rounds) * 100) / 100,
  };
}

const model = sim.control.organisation(DEMO_TENANT_ID);
const authorised = model
  .invoices()
  .filter((i) => i.Status === 'AUTHORISED' && i.AmountDue >= 1)
  .map((i) => i.InvoiceID);
const ids50 = model
  .invoices()
  .slice(5_000, 5_050)
  .map((i) => i.InvoiceID);
const newest = Math.max(...model.invoices().map((i) => Number(/\d+/.exec(i.UpdatedDateUTC ?? '')?.[0])));
let nextInvoice = 0;

const result = {
  invoices: INVOICES,
  page1000: await rate((i) => call('GET', `/Invoices?page=${(Math.abs(i) % 10) + 1}&pageSize=1000`), ROUNDS),
  ids50: await rate(() => call('GET', `/Invoices?IDs=${ids50.join(',')}`), ROUNDS),
  ifModifiedSince: await rate(
    () =>
      new Promise<{ status: number }>((resolve, reject) => {
        const req = request(
          {
            agent,
            host: base.hostname,
            port: base.port,
            path: `${base.pathname.replace(/\/$/, '')}/api.xro/2.0/Invoices?page=1&pageSize=1000`,
            headers: {
              authorization: `Bearer ${token}`,
              'xero-tenant-id': DEMO_TENANT_ID,
              'if-modified-since': new Date(newest).toISOString(),
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
          },
        );
        req.on('error', reject);
        req.end();
      }),
    ROUNDS,
  ),
  payments50: await rate(
    () =>
      call('PUT', '/Payments?summarizeErrors=false', {
        Payments: Array.from({ length: 50 }, () => ({
          Invoice: { InvoiceID: authorised[nextInvoice++ % authorised.length] },
          Account: { Code: '090' },
          Amount: 0.01,
        })),
      }),
    ROUNDS,
  ),
  // 50 payments by id the way a client must ask Xero (/Payments has no IDs): where … OR …
  paymentsWhere50: await (async () => {
    const ids = model
      .payments()
      .slice(-50)
      .map((p) => p.PaymentID);
    const where = encodeURIComponent(ids.map((id) => `PaymentID==Guid("${id}")`).join(' OR '));
    return rate(() => call('GET', `/Payments?where=${where}`), ROUNDS);
  })(),
  payments: 0,
};
result.payments = model.payments().length;
agent.destroy();
await sim.close();
console.log(JSON.stringify({ simulatorThroughput: result }));
