import { afterEach, describe, expect, it } from 'vitest';
import {
  DEMO_TENANT_ID,
  NEW_COMPANY_TENANT_ID,
  OTHER_TENANT_ID,
  startXeroSimulator,
  type XeroSimulator,
  type XeroSimulatorOptions,
} from '../../src/testing/index.js';
import { api, connect, sleep } from './helpers.js';

const ORG = '/api.xro/2.0/Organisation';
const ALL = [DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID, OTHER_TENANT_ID];

let sim: XeroSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(options: XeroSimulatorOptions): Promise<XeroSimulator> {
  sim = await startXeroSimulator(options);
  return sim;
}

function limitHeaders(res: Response) {
  return {
    day: res.headers.get('x-daylimit-remaining'),
    minute: res.headers.get('x-minlimit-remaining'),
    app: res.headers.get('x-appminlimit-remaining'),
  };
}

describe('rate limits', () => {
  it('sends the three X-*-Remaining headers on every API response', async () => {
    const s = await start({ timeScale: 0.05 });
    const { access_token } = await connect(s);
    const a = await api(s, access_token, ORG, DEMO_TENANT_ID);
    expect(limitHeaders(a)).toEqual({ day: '4999', minute: '59', app: '9999' });
    const b = await api(s, access_token, ORG, DEMO_TENANT_ID);
    expect(limitHeaders(b)).toEqual({ day: '4998', minute: '58', app: '9998' });
  });

  it('answers the 61st call in a minute with 429 minute and Retry-After', async () => {
    // A minute lasts 1.2 s: 60 sequential calls fit comfortably.
    const s = await start({ timeScale: 0.02 });
    const { access_token } = await connect(s);
    for (let i = 0; i < 60; i++) expect((await api(s, access_token, ORG, DEMO_TENANT_ID)).status).toBe(200);
    const res = await api(s, access_token, ORG, DEMO_TENANT_ID);
    expect(res.status).toBe(429);
    expect(res.headers.get('x-rate-limit-problem')).toBe('minute');
    // Whole seconds of Xero time (the scaled wait is at most one minute, i.e. 60), and only Xero's headers.
    const retryAfter = res.headers.get('retry-after');
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect(res.headers.get('x-simulator-retry-after-ms')).toBeNull();
    expect(limitHeaders(res).minute).toBe('0');
    const counters = s.control.counters();
    expect(counters.http429.minute).toBe(1);
    expect(counters.byStatus[429]).toBe(1);
    // The 429 itself did not count: after the wait, calls flow again.
    await sleep(Number(retryAfter) * 1000 * 0.02 + 20); // Xero seconds, scaled back
    expect((await api(s, access_token, ORG, DEMO_TENANT_ID)).status).toBe(200);
  });

  it('answers the 6th call in flight with 429 concurrent (no Retry-After)', async () => {
    const s = await start({ timeScale: 0.05, latencyMs: 300 });
    const { access_token } = await connect(s);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => api(s, access_token, ORG, DEMO_TENANT_ID)),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = results.find((r) => r.status === 429) as Response;
    expect(limited.headers.get('x-rate-limit-problem')).toBe('concurrent');
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(s.control.counters().http429.concurrent).toBe(1);
    // Another tenant has its own five.
    const other = await connect(s, { tenantIds: [NEW_COMPANY_TENANT_ID] });
    const mixed = await Promise.all([
      ...Array.from({ length: 5 }, () => api(s, access_token, ORG, DEMO_TENANT_ID)),
      api(s, other.access_token, ORG, NEW_COMPANY_TENANT_ID),
    ]);
    expect(mixed.every((r) => r.status === 200)).toBe(true);
  });

  it('answers 429 day once the day limit is spent, with Retry-After', async () => {
    const s = await start({ timeScale: 0.005, limits: { perDay: 20 } });
    const { access_token } = await connect(s);
    for (let i = 0; i < 20; i++) expect((await api(s, access_token, ORG, DEMO_TENANT_ID)).status).toBe(200);
    const res = await api(s, access_token, ORG, DEMO_TENANT_ID);
    expect(res.status).toBe(429);
    expect(res.headers.get('x-rate-limit-problem')).toBe('day');
    expect(limitHeaders(res).day).toBe('0');
    // A (scaled) day is 432 s; almost all of it is left.
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(400);
    expect(s.control.counters().http429.day).toBe(1);
  });

  it('gives a Starter app 1,000 calls a day and a standard app 5,000', async () => {
    const s = await start({ timeScale: 0.05, limits: { perMinute: 100_000 } });
    const starter = await connect(s, { clientId: 'starter-client' });
    const standard = await connect(s);
    const first = await api(s, starter.access_token, ORG, DEMO_TENANT_ID);
    expect(limitHeaders(first).day).toBe('999');
    s.control.spendBudget({ clientId: 'starter-client', tenantId: DEMO_TENANT_ID, calls: 999 });
    const over = await api(s, starter.access_token, ORG, DEMO_TENANT_ID);
    expect(over.status).toBe(429);
    expect(over.headers.get('x-rate-limit-problem')).toBe('day');
    s.control.spendBudget({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID, calls: 1000 });
    const fine = await api(s, standard.access_token, ORG, DEMO_TENANT_ID);
    expect(fine.status).toBe(200);
    expect(limitHeaders(fine).day).toBe('3999');
  });

  it('enforces the per-app minute limit across tenants (429 appminute)', async () => {
    const s = await start({ timeScale: 0.05, limits: { appPerMinute: 10 } });
    const { access_token } = await connect(s, { tenantIds: ALL });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await api(s, access_token, ORG, ALL[i % 3])).status);
    expect(statuses.every((st) => st === 200)).toBe(true);
    const res = await api(s, access_token, ORG, OTHER_TENANT_ID);
    expect(res.status).toBe(429);
    expect(res.headers.get('x-rate-limit-problem')).toBe('appminute');
    expect(limitHeaders(res).app).toBe('0');
    // Another app is not affected.
    const company = await connect(s, { clientId: 'company-client' });
    expect((await api(s, company.access_token, ORG, DEMO_TENANT_ID)).status).toBe(200);
  });

  it('/connections spends only the app budget and returns only X-AppMinLimit-Remaining', async () => {
    const s = await start({ timeScale: 0.05, limits: { appPerMinute: 5 } });
    const { access_token } = await connect(s);
    const remaining: Array<string | null> = [];
    for (let i = 0; i < 3; i++)
      remaining.push((await api(s, access_token, '/connections')).headers.get('x-appminlimit-remaining'));
    expect(remaining).toEqual(['4', '3', '2']);
    const state = s.control.rateLimitState({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID });
    expect(state.minute.used).toBe(0);
    expect(state.day.used).toBe(0);
    expect(state.app.used).toBe(3);
    const tenantCall = await api(s, access_token, ORG, DEMO_TENANT_ID);
    expect(limitHeaders(tenantCall)).toEqual({ day: '4999', minute: '59', app: '1' });
    await api(s, access_token, '/connections');
    const limited = await api(s, access_token, '/connections');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-rate-limit-problem')).toBe('appminute');
  });

  it('spendBudget counts against the minute and day as another process of the app would', async () => {
    const s = await start({ timeScale: 0.05 });
    const { access_token } = await connect(s);
    s.control.spendBudget({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID, calls: 59 });
    const res = await api(s, access_token, ORG, DEMO_TENANT_ID);
    expect(limitHeaders(res)).toEqual({ day: '4940', minute: '0', app: '9940' });
    expect((await api(s, access_token, ORG, DEMO_TENANT_ID)).status).toBe(429);
  });
});

describe('window models', () => {
  it('rolling: a call counts for exactly one window after it was made', async () => {
    // A minute lasts 600 ms.
    const s = await start({ timeScale: 0.01, window: 'rolling' });
    const { access_token } = await connect(s);
    const t0 = Date.now();
    s.control.spendBudget({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID, calls: 30 });
    await sleep(300);
    s.control.spendBudget({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID, calls: 30 });
    const full = await api(s, access_token, ORG, DEMO_TENANT_ID);
    expect(full.status).toBe(429);
    // Retry-After is Xero seconds: one is 10 ms here, and it is rounded up to a whole one.
    const wait = Number(full.headers.get('retry-after')) * 1000 * 0.01;
    // Room comes back when the first batch leaves, ~600 ms after it was spent.
    expect(Date.now() + wait - t0).toBeGreaterThanOrEqual(590);
    expect(Date.now() + wait - t0).toBeLessThan(710);
    await sleep(Math.max(0, t0 + 700 - Date.now()));
    // The first 30 have left; the second 30 still count.
    const res = await api(s, access_token, ORG, DEMO_TENANT_ID);
    expect(res.status).toBe(200);
    expect(limitHeaders(res).minute).toBe('29');
  });

  it('fixed: counts reset at the tenant’s own window boundary, so a burst may straddle it', async () => {
    const s = await start({ timeScale: 0.01, window: 'fixed' });
    const { access_token } = await connect(s, { tenantIds: ALL });
    const starts = ALL.map(
      (tenantId) =>
        s.control.rateLimitState({ clientId: 'wisepay-client', tenantId }).minuteWindowStart as number,
    );
    // Each tenant's window starts at its own (seeded) offset.
    expect(new Set(starts).size).toBe(3);

    const state = s.control.rateLimitState({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID });
    const windowEnd = (state.minuteWindowStart as number) + 600;
    if (windowEnd - Date.now() < 150) await sleep(windowEnd - Date.now() + 5);
    const current = s.control.rateLimitState({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID });
    const end = (current.minuteWindowStart as number) + 600;

    s.control.spendBudget({ clientId: 'wisepay-client', tenantId: DEMO_TENANT_ID, calls: 60 });
    const limited = await api(s, access_token, ORG, DEMO_TENANT_ID);
    expect(limited.status).toBe(429);
    const wait = Number(limited.headers.get('retry-after')) * 1000 * 0.01;
    expect(Math.abs(Date.now() + wait - end)).toBeLessThan(40);
    await sleep(end - Date.now() + 10);
    // A whole new window: the 60 just spent no longer count (a rolling window would still hold them).
    const res = await api(s, access_token, ORG, DEMO_TENANT_ID);
    expect(res.status).toBe(200);
    expect(limitHeaders(res).minute).toBe('59');
  });
});
