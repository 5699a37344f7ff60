/**
 * accounts, taxRates, currencies, trackingCategories and items on a role client, over real HTTP against the
 * simulator: one request per list (these collections are unpaged), `/Date()/` read into Dates, bad input
 * refused before anything is sent, a missing record a typed 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XeroApiError } from '../../src/errors/api-errors.js';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { createHarness, type Harness, roleClient, tokenConnection } from './support/pipeline-harness.js';
import { obtainScopedTokens } from './support/scoped-tokens.js';
import { SIM_APPS } from './support/sim-tokens.js';

const TIME_SCALE = 0.01;
const MISSING_ID = '00000000-0000-4000-8000-000000000404';

describe('reference data endpoints against the simulator', () => {
  let sim: XeroSimulator;
  let harness: Harness;
  let client: ReturnType<typeof roleClient>;

  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: TIME_SCALE, limits: { perMinute: 1000, concurrent: 20 } });
    harness = createHarness(sim, { timeScale: TIME_SCALE, limits: { perMinute: 1000, concurrent: 20 } });
    const tokens = await obtainScopedTokens(sim, SIM_APPS.wisepay);
    client = roleClient(harness, tokenConnection(sim, SIM_APPS.wisepay, DEMO_TENANT_ID, tokens));
  });
  afterAll(async () => {
    await harness?.close();
    await sim?.close();
  });

  const org = () => sim.control.organisation(DEMO_TENANT_ID);
  const apiCalls = () => sim.control.requestLog().filter((e) => e.endpoint === 'api');

  it('accounts.list returns the whole chart in one request, dates as Date objects', async () => {
    sim.control.resetLog();
    const accounts = await client.accounts.list();
    expect(accounts.map((a) => a.AccountID)).toEqual(
      org()
        .accounts()
        .map((a) => a.AccountID),
    );
    expect(accounts[0]!.UpdatedDateUTC).toBeInstanceOf(Date);
    expect(apiCalls()).toHaveLength(1);
  });

  it('accounts.listBankAccounts and types filter by Type; a where is ANDed with one type', async () => {
    const banks = await client.accounts.listBankAccounts();
    const expected = org()
      .accounts()
      .filter((a) => a.Type === 'BANK');
    expect(banks.map((a) => a.Code)).toEqual(expected.map((a) => a.Code));
    expect(banks.length).toBeGreaterThan(0);
    const active = await client.accounts.list({ types: ['BANK'], where: 'Status=="ACTIVE"' });
    expect(active.map((a) => a.Code)).toEqual(
      expected.filter((a) => a.Status === 'ACTIVE').map((a) => a.Code),
    );
    const two = await client.accounts.list({ types: ['BANK', 'REVENUE'] });
    expect(new Set(two.map((a) => a.Type))).toEqual(new Set(['BANK', 'REVENUE']));
  });

  it('accounts: bad filters are InvalidArgumentErrors and nothing is sent', async () => {
    sim.control.resetLog();
    await expect(client.accounts.list({ types: ['bank"OR 1==1'] })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(
      client.accounts.list({ types: ['BANK', 'CURRENT'], where: 'Status=="ACTIVE"' }),
    ).rejects.toThrow(/types: several types and a where/);
    await expect(client.accounts.list({ nope: 1 } as never)).rejects.toThrow(/nope/);
    await expect(client.accounts.get('  ')).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(apiCalls()).toHaveLength(0);
  });

  it('accounts.get returns one account; an unknown id is a typed 404 naming the call', async () => {
    const some = org().accounts()[3]!;
    expect((await client.accounts.get(some.AccountID)).Code).toBe(some.Code);
    const missing = await client.accounts.get(MISSING_ID).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(XeroApiError);
    expect((missing as XeroApiError).status).toBe(404);
    expect((missing as XeroApiError).message).toContain('GET /api.xro/2.0/Accounts/');
  });

  it('taxRates: list, where, get by TaxType, 404 for an unknown type', async () => {
    const rates = await client.taxRates.list();
    expect(rates.map((r) => r.TaxType)).toEqual(expect.arrayContaining(['OUTPUT', 'INPUT', 'NONE']));
    const output = await client.taxRates.get('OUTPUT');
    expect(output).toMatchObject({ TaxType: 'OUTPUT', EffectiveRate: 10 });
    expect(output.TaxComponents?.[0]?.Rate).toBe(10);
    const taxed = await client.taxRates.list({ where: 'EffectiveRate>0', order: 'TaxType' });
    expect(taxed.map((r) => r.TaxType)).toEqual(['INPUT', 'OUTPUT']);
    const missing = await client.taxRates.get('NOSUCH').catch((e: unknown) => e);
    expect((missing as XeroApiError).status).toBe(404);
  });

  it('currencies: list, and get by code (Xero has no GET by code: a where), unknown a typed 404', async () => {
    const currencies = await client.currencies.list();
    expect(currencies[0]!.Code).toBe(org().organisation().BaseCurrency);
    sim.control.resetLog();
    expect(await client.currencies.get('eur')).toEqual({ Code: 'EUR', Description: 'Euro' });
    expect(apiCalls()[0]!.path).toBe('/api/api.xro/2.0/Currencies');
    const missing = await client.currencies.get('JPY').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(XeroApiError);
    expect((missing as XeroApiError).status).toBe(404);
    expect((missing as XeroApiError).message).toMatch(/JPY is not enabled/);
    await expect(client.currencies.get('EURO')).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it('trackingCategories: active only by default, includeArchived shows the rest; get by id', async () => {
    const active = await client.trackingCategories.list();
    expect(active.map((c) => c.Name)).toEqual(['Region', 'Department']);
    expect(active[0]!.Options?.map((o) => o.Name)).toEqual(['North', 'South']);
    const all = await client.trackingCategories.list({ includeArchived: true });
    expect(all.map((c) => c.Name)).toEqual(['Region', 'Department', 'Legacy projects']);
    const one = await client.trackingCategories.get(active[1]!.TrackingCategoryID!);
    expect(one.Name).toBe('Department');
    const missing = await client.trackingCategories.get(MISSING_ID).catch((e: unknown) => e);
    expect((missing as XeroApiError).status).toBe(404);
  });

  it('items: list with where and If-Modified-Since, get by id and by code', async () => {
    const items = await client.items.list();
    expect(items.map((i) => i.Code)).toEqual(['CONSULT-HR', 'WIDGET', 'ADS']);
    expect(items[0]!.UpdatedDateUTC).toBeInstanceOf(Date);
    expect(items[1]!.SalesDetails?.UnitPrice).toBe(25);
    const sold = await client.items.list({ where: 'IsSold==true' });
    expect(sold.map((i) => i.Code)).toEqual(['CONSULT-HR', 'WIDGET']);
    const since = new Date(items[1]!.UpdatedDateUTC!.getTime());
    expect((await client.items.list({ modifiedSince: since })).map((i) => i.Code)).toEqual(['ADS']);
    expect((await client.items.get(items[2]!.ItemID!)).Code).toBe('ADS');
    expect((await client.items.get('WIDGET')).ItemID).toBe(items[1]!.ItemID);
    const missing = await client.items.get(MISSING_ID).catch((e: unknown) => e);
    expect((missing as XeroApiError).status).toBe(404);
  });
});
