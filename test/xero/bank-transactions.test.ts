/**
 * bankTransactions on a role client, over real HTTP against the simulator: batches chunked by 50 with
 * summarizeErrors=false and one result per element in input order, paged lists, coalesced gets, updates
 * and deletion, bad input refused before anything is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XeroApiError, XeroValidationError } from '../../src/errors/api-errors.js';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import type { BankTransactionInput } from '../../src/xero/schemas/bank-transaction.js';
import { createHarness, type Harness, roleClient, tokenConnection } from './support/pipeline-harness.js';
import { obtainScopedTokens } from './support/scoped-tokens.js';
import { SIM_APPS } from './support/sim-tokens.js';

const TIME_SCALE = 0.01;

describe('bankTransactions against the simulator', () => {
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
  const writes = () =>
    sim.control
      .requestLog()
      .filter((e) => e.endpoint === 'api' && e.method === 'PUT' && e.path.endsWith('/BankTransactions'));

  function spend(i: number): BankTransactionInput {
    const contact = org().contacts()[i % 3]!;
    const bank = org()
      .accounts()
      .find((a) => a.Type === 'BANK' && a.Status === 'ACTIVE')!;
    return {
      Type: 'SPEND',
      Contact: { ContactID: contact.ContactID },
      BankAccount: { AccountID: bank.AccountID },
      Date: new Date(Date.UTC(2025, 0, 10)),
      Reference: `fee ${i}`,
      LineItems: [{ Description: `Bank fee ${i}`, Quantity: 1, UnitAmount: 10 + i, AccountCode: '429' }],
    };
  }

  it('create sends 120 transactions in 3 requests with summarizeErrors=false, one result per element in order', async () => {
    const items = Array.from({ length: 120 }, (_, i) =>
      i === 61 ? { ...spend(i), LineItems: [{ Description: 'no account', UnitAmount: 5 }] } : spend(i),
    );
    sim.control.resetLog();
    const results = await client.bankTransactions.create(items);
    expect(writes()).toHaveLength(3);
    expect(results.map((r) => r.index)).toEqual(items.map((_, i) => i));
    expect(results.filter((r) => !r.ok).map((r) => r.index)).toEqual([61]);
    const failed = results[61]!;
    expect(failed.status).toBe('ERROR');
    expect(failed.error).toBeInstanceOf(XeroValidationError);
    expect(failed.errors.join(' ')).toMatch(/Account code must be specified/);
    const first = results[0]!.value!;
    expect(first).toMatchObject({
      Reference: 'fee 0',
      SubTotal: 10,
      TotalTax: 1,
      Total: 11,
      Status: 'AUTHORISED',
    });
    expect(first.Date).toBeInstanceOf(Date);
    expect(first.Date!.toISOString()).toBe('2025-01-10T00:00:00.000Z');
    expect(results[119]!.value!.Reference).toBe('fee 119');
  });

  it('create refuses an element without Type, BankAccount or lines before sending anything', async () => {
    sim.control.resetLog();
    const { Type: _dropped, ...withoutType } = spend(2);
    const bad = await client.bankTransactions
      .create([spend(1), withoutType, { ...spend(3), LineItems: [] }])
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InvalidArgumentError);
    expect((bad as Error).message).toMatch(/items\.1: Type/);
    expect((bad as Error).message).toMatch(/items\.2: LineItems/);
    expect(writes()).toHaveLength(0);
  });

  it('list pages through every transaction; a where narrows it', async () => {
    const all = await client.bankTransactions.list({ pageSize: 50 }).toArray();
    expect(all.length).toBe(119);
    expect(new Set(all.map((t) => t.BankTransactionID)).size).toBe(119);
    const big = await client.bankTransactions.list({ where: 'Total>=130' }).toArray();
    expect(big.every((t) => (t.Total ?? 0) >= 130)).toBe(true);
    expect(big.length).toBeGreaterThan(0);
  });

  it('get returns one transaction (concurrent gets share a request); unknown is a typed 404', async () => {
    const all = await client.bankTransactions
      .list({ pageSize: 5, page: 1 })
      .pages()
      [Symbol.asyncIterator]()
      .next();
    const ids = (all.value as Array<{ BankTransactionID: string }>).map((t) => t.BankTransactionID);
    const got = await Promise.all(ids.map((id) => client.bankTransactions.get(id)));
    expect(got.map((t) => t.BankTransactionID)).toEqual(ids);
    const missing = await client.bankTransactions
      .get('00000000-0000-4000-8000-000000000404')
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(XeroApiError);
    expect((missing as XeroApiError).status).toBe(404);
  });

  it('update changes a transaction and Status DELETED deletes it; update needs BankTransactionID', async () => {
    const [created] = await client.bankTransactions.create([spend(7)]);
    const id = created!.value!.BankTransactionID!;
    const [updated] = await client.bankTransactions.update([
      { BankTransactionID: id, Reference: 'renamed', LineAmountTypes: 'NoTax' },
    ]);
    expect(updated!.value).toMatchObject({ Reference: 'renamed', TotalTax: 0, Total: 17 });
    const [deleted] = await client.bankTransactions.update([{ BankTransactionID: id, Status: 'DELETED' }]);
    expect(deleted!.value!.Status).toBe('DELETED');
    expect((await client.bankTransactions.get(id)).Status).toBe('DELETED');
    await expect(client.bankTransactions.update([{ Reference: 'x' }])).rejects.toThrow(
      /BankTransactionID is required/,
    );
  });
});
