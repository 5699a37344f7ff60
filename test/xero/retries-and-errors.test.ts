import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  TenantNotAuthorisedError,
  TokenExpiredError,
  XeroApiError,
  XeroUnavailableError,
  XeroValidationError,
} from '../../src/errors/api-errors.js';
import { DayLimitExceededError } from '../../src/errors/rate-limit-error.js';
import { TimeoutError } from '../../src/errors/timing-errors.js';
import {
  DEMO_TENANT_ID,
  OTHER_TENANT_ID,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { createHarness, type Harness, roleClient, tokenConnection } from './support/pipeline-harness.js';
import { obtainTokens, SIM_APPS, type SimTokens } from './support/sim-tokens.js';

const TIME_SCALE = 0.005;

function invoiceFor(contactId: string, reference: string) {
  return {
    Type: 'ACCREC' as const,
    Contact: { ContactID: contactId },
    Reference: reference,
    LineItems: [{ Description: 'x', Quantity: 1, UnitAmount: 10, AccountCode: '200' }],
  };
}

describe('the call pipeline: retries, refresh and typed errors', () => {
  let sim: XeroSimulator;
  let harness: Harness;
  let tokens: SimTokens;
  const secrets: string[] = [];

  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: TIME_SCALE });
    harness = createHarness(sim, { timeScale: TIME_SCALE, maxRetries: 3 });
    tokens = await obtainTokens(sim, SIM_APPS.wisepay, { tenantIds: [DEMO_TENANT_ID, OTHER_TENANT_ID] });
    secrets.push(tokens.accessToken, tokens.refreshToken);
  });
  afterEach(() => sim.control.clearFaults());
  afterAll(async () => {
    await harness?.close();
    await sim?.close();
  });

  const subject = (tenantId = DEMO_TENANT_ID) => tokenConnection(sim, SIM_APPS.wisepay, tenantId, tokens);
  const contactId = () => sim.control.organisation(DEMO_TENANT_ID).contacts()[0]!.ContactID;

  it('retries a 500 on a read with backoff and reports the transient failure, then success', async () => {
    const s = subject();
    sim.control.failNext({ count: 2, status: 500, pathPrefix: '/api.xro/2.0/Organisation' });
    const org = await roleClient(harness, s).organisation.get();
    expect(org.OrganisationID).toBe(DEMO_TENANT_ID);
    expect(s.stats.attempts).toBe(3);
    expect(s.reports).toEqual([
      'transient:XeroUnavailableError',
      'transient:XeroUnavailableError',
      'success',
    ]);
  });

  it('a write retried after a 500 reaches Xero with the same Idempotency-Key and creates ONE record', async () => {
    const model = sim.control.organisation(DEMO_TENANT_ID);
    const before = model.invoices().length;
    sim.control.resetLog();
    sim.control.failNext({ count: 1, status: 503, pathPrefix: '/api.xro/2.0/Invoices' });
    const [result] = await roleClient(harness, subject()).invoices.create([
      invoiceFor(contactId(), 'retried-write'),
    ]);
    expect(result?.ok).toBe(true);
    const puts = sim.control.requestLog().filter((e) => e.endpoint === 'api' && e.method === 'PUT');
    expect(puts.map((p) => p.status)).toEqual([503, 200]);
    expect(puts[0]?.idempotencyKey).toBeTruthy();
    expect(puts[1]?.idempotencyKey).toBe(puts[0]?.idempotencyKey);
    expect(model.invoices().filter((i) => i.Reference === 'retried-write')).toHaveLength(1);
    expect(model.invoices().length).toBe(before + 1);
  });

  it('a write whose response is lost (timeout after Xero applied it) is retried with its key: still ONE record', async () => {
    const model = sim.control.organisation(DEMO_TENANT_ID);
    const s = subject();
    s.events = {
      emit: (name) => {
        // The first attempt has timed out: let the retry through quickly.
        if (name === 'call:finished') sim.control.setLatency(0);
      },
    };
    s.accountId = 'acct-test';
    sim.control.resetLog();
    sim.control.setLatency(250);
    const client = roleClient(harness, s, 60);
    const [result] = await client.invoices.create([invoiceFor(contactId(), 'lost-response')], {
      idempotencyKey: 'caller-key-1',
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(result?.ok).toBe(true);
    const puts = sim.control.requestLog().filter((e) => e.endpoint === 'api' && e.method === 'PUT');
    expect(puts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(puts.map((p) => p.idempotencyKey))).toEqual(new Set(['caller-key-1:0']));
    expect(model.invoices().filter((i) => i.Reference === 'lost-response')).toHaveLength(1);
  });

  it('a write that opted out of idempotency is not retried', async () => {
    sim.control.resetLog();
    sim.control.failNext({ count: 1, status: 500, pathPrefix: '/api.xro/2.0/Invoices' });
    const error = await roleClient(harness, subject())
      .request(
        { method: 'PUT', path: '/Invoices', data: { Invoices: [invoiceFor(contactId(), 'no-key')] } },
        { idempotencyKey: false },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XeroUnavailableError);
    const puts = sim.control.requestLog().filter((e) => e.endpoint === 'api' && e.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.idempotencyKey).toBeUndefined();
  });

  it('malformed JSON on a 200 is transient and retried', async () => {
    const s = subject();
    sim.control.malformedNext({ count: 1, pathPrefix: '/api.xro/2.0/Organisation' });
    const org = await roleClient(harness, s).organisation.get();
    expect(org.Name).toBeTruthy();
    expect(s.stats.attempts).toBe(2);
  });

  it('an outage longer than maxOutageWaitMs is waited out with spaced probes, then XeroUnavailableError; never broken', async () => {
    const s = subject();
    // 5 s of outage outlasts the default wait (10 Xero minutes = 3 s at this scale): the call waits, one
    // probe at a time with capped backoff (5 ms doubling to 300 ms here), then gives up with the 503's error.
    sim.control.outage({ api: true, durationMs: 5_000 });
    const started = Date.now();
    const error = await roleClient(harness, s)
      .organisation.get()
      .catch((e: unknown) => e);
    const waited = Date.now() - started;
    expect(error).toBeInstanceOf(XeroUnavailableError);
    // It waited out (about) its whole bound instead of spending 4 quick retries…
    expect(waited).toBeGreaterThanOrEqual(2_500);
    // …with probes spaced by the backoff: far fewer than one per few ms, never one per poll.
    expect(s.stats.attempts).toBeGreaterThanOrEqual(2);
    expect(s.stats.attempts).toBeLessThanOrEqual(30);
    expect(s.reports.every((r) => r === 'transient:XeroUnavailableError')).toBe(true);
    expect((error as XeroUnavailableError).message).toMatch(
      /role=wisepay.*tenant=.*GET \/api\.xro\/2\.0\/Organisation/,
    );
  });

  it('a timeout ends in TimeoutError', async () => {
    sim.control.setLatency(200);
    const s = subject();
    const error = await roleClient(harness, s, 30)
      .organisation.get()
      .catch((e: unknown) => e);
    sim.control.setLatency(0);
    // The simulator still answers the abandoned attempts; let them finish before the next test reads its log.
    await new Promise((r) => setTimeout(r, 250));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(s.stats.attempts).toBe(4);
  });

  it('401 TokenExpired: one refresh and one retry', async () => {
    const s = subject();
    sim.control.expireAccessTokens({ clientId: SIM_APPS.wisepay.clientId });
    const org = await roleClient(harness, s).organisation.get();
    expect(org.OrganisationID).toBe(DEMO_TENANT_ID);
    expect(s.reports.filter((r) => r === 'refresh')).toHaveLength(1);
    tokens = s.tokens;
    secrets.push(tokens.accessToken, tokens.refreshToken);
  });

  it('401 again after the refresh → TokenExpiredError; without a refresh hook → at once', async () => {
    const s = subject();
    s.refreshAfterRejection = async () => {
      s.reports.push('refresh');
      return { clientId: SIM_APPS.wisepay.clientId, tenantId: DEMO_TENANT_ID, accessToken: 'still-expired' };
    };
    sim.control.expireAccessTokens({ clientId: SIM_APPS.wisepay.clientId });
    const error = await roleClient(harness, s)
      .organisation.get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenExpiredError);
    expect(s.reports.filter((r) => r === 'refresh')).toHaveLength(1);
    tokens = await obtainTokens(sim, SIM_APPS.wisepay, { tenantIds: [DEMO_TENANT_ID, OTHER_TENANT_ID] });
    secrets.push(tokens.accessToken, tokens.refreshToken);
  });

  it('403 AuthenticationUnsuccessful → the lifecycle is asked to confirm, then TenantNotAuthorisedError', async () => {
    const own = await obtainTokens(sim, SIM_APPS.company, { tenantIds: [OTHER_TENANT_ID] });
    secrets.push(own.accessToken, own.refreshToken);
    const s = tokenConnection(sim, SIM_APPS.company, OTHER_TENANT_ID, own);
    sim.control.disconnectTenant({ clientId: SIM_APPS.company.clientId, tenantId: OTHER_TENANT_ID });
    const error = await roleClient(harness, s)
      .organisation.get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TenantNotAuthorisedError);
    expect(s.reports).toEqual(['tenant:TenantNotAuthorisedError']);
    expect((error as TenantNotAuthorisedError).tenantId).toBe(OTHER_TENANT_ID);
  });

  it('400 ValidationException → XeroValidationError listing the failing elements', async () => {
    const error = await roleClient(harness, subject())
      .request({
        method: 'PUT',
        path: '/Invoices',
        data: { Invoices: [invoiceFor(contactId(), 'fine'), { Type: 'ACCREC', LineItems: [] }] },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XeroValidationError);
    const v = error as XeroValidationError;
    expect(v.status).toBe(400);
    expect(v.elements.length).toBeGreaterThan(0);
    expect(v.elements[0]?.messages.length).toBeGreaterThan(0);
  });

  it('429 day → DayLimitExceededError at once; the next call fails without reaching Xero', async () => {
    const own = await obtainTokens(sim, SIM_APPS.service, { tenantIds: [DEMO_TENANT_ID] });
    secrets.push(own.accessToken, own.refreshToken);
    const s = tokenConnection(sim, SIM_APPS.service, DEMO_TENANT_ID, own);
    sim.control.spendBudget({ clientId: SIM_APPS.service.clientId, tenantId: DEMO_TENANT_ID, calls: 5000 });
    sim.control.resetLog();
    const first = await roleClient(harness, s)
      .organisation.get()
      .catch((e: unknown) => e);
    expect(first).toBeInstanceOf(DayLimitExceededError);
    expect(s.stats.http429.day).toBe(1);
    const started = Date.now();
    const second = await roleClient(harness, s)
      .organisation.get()
      .catch((e: unknown) => e);
    expect(second).toBeInstanceOf(DayLimitExceededError);
    expect(Date.now() - started).toBeLessThan(50);
    expect(sim.control.requestLog().filter((e) => e.endpoint === 'api')).toHaveLength(1);
    expect((second as DayLimitExceededError).message).toMatch(/role=wisepay/);
    expect((second as DayLimitExceededError).method).toBe('GET');
  });

  it('a 404 is an XeroApiError; errors and logs never carry a token', async () => {
    const error = await roleClient(harness, subject())
      .request({ method: 'GET', path: '/Nothing/Here' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XeroApiError);
    const dumps = [JSON.stringify(error), inspect(error, { depth: 10 }), JSON.stringify(harness.logs)];
    for (const dump of dumps) for (const secret of secrets) expect(dump).not.toContain(secret);
    expect(harness.logs.some((l) => l.message === 'xero call')).toBe(true);
  });
});
