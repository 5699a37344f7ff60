/**
 * invoices.onlineInvoiceUrl, invoices.history and invoices.addNotes over real HTTP against the simulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XeroApiError, XeroValidationError } from '../../src/errors/api-errors.js';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { createHarness, type Harness, roleClient, tokenConnection } from './support/pipeline-harness.js';
import { obtainScopedTokens } from './support/scoped-tokens.js';
import { SIM_APPS } from './support/sim-tokens.js';

const TIME_SCALE = 0.01;

describe('invoice online links and history against the simulator', () => {
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

  const invoices = () => sim.control.organisation(DEMO_TENANT_ID).invoices();
  const apiCalls = () => sim.control.requestLog().filter((e) => e.endpoint === 'api');

  it('onlineInvoiceUrl returns the link of an approved sales invoice', async () => {
    const sale = invoices().find((i) => i.Type === 'ACCREC' && i.Status === 'AUTHORISED')!;
    const url = await client.invoices.onlineInvoiceUrl(sale.InvoiceID);
    expect(url).toMatch(/^https:\/\/in\.xero\.com\/[0-9a-f]{32}$/);
  });

  it('onlineInvoiceUrl of a bill is a XeroValidationError; of an unknown invoice a 404', async () => {
    const bill = invoices().find((i) => i.Type === 'ACCPAY')!;
    const refused = await client.invoices.onlineInvoiceUrl(bill.InvoiceID).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(XeroValidationError);
    expect((refused as Error).message).toMatch(/ACCREC/);
    const missing = await client.invoices
      .onlineInvoiceUrl('00000000-0000-4000-8000-000000000404')
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(XeroApiError);
    expect((missing as XeroApiError).status).toBe(404);
  });

  it('addNotes records notes; history lists them newest first with Dates', async () => {
    const invoice = invoices()[2]!;
    expect(await client.invoices.history(invoice.InvoiceID)).toEqual([]);
    const added = await client.invoices.addNotes(invoice.InvoiceID, [
      'Paid in Wise-Pay batch 12',
      'Receipt sent',
    ]);
    expect(added.map((r) => r.Details)).toEqual(['Paid in Wise-Pay batch 12', 'Receipt sent']);
    expect(added[0]!.DateUTC).toBeInstanceOf(Date);
    await client.invoices.addNotes(invoice.InvoiceID, 'Customer confirmed');
    const history = await client.invoices.history(invoice.InvoiceID);
    expect(history.map((r) => r.Details)).toEqual([
      'Customer confirmed',
      'Receipt sent',
      'Paid in Wise-Pay batch 12',
    ]);
    expect(history[0]).toMatchObject({ Changes: 'Note' });
    expect(history[0]!.DateUTC).toBeInstanceOf(Date);
  });

  it('addNotes sends an idempotency key, so a replay records the notes once', async () => {
    const invoice = invoices()[3]!;
    await client.invoices.addNotes(invoice.InvoiceID, 'once', { idempotencyKey: 'note-key-1' });
    await client.invoices.addNotes(invoice.InvoiceID, 'once', { idempotencyKey: 'note-key-1' });
    expect((await client.invoices.history(invoice.InvoiceID)).map((r) => r.Details)).toEqual(['once']);
  });

  it('addNotes refuses an empty or over-long note, or none, before sending anything', async () => {
    const invoice = invoices()[4]!;
    sim.control.resetLog();
    await expect(client.invoices.addNotes(invoice.InvoiceID, '  ')).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(client.invoices.addNotes(invoice.InvoiceID, 'x'.repeat(2501))).rejects.toThrow(
      /Invalid notes: 0: .*2500/,
    );
    await expect(client.invoices.addNotes(invoice.InvoiceID, [])).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(client.invoices.history('')).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(apiCalls()).toHaveLength(0);
  });
});
