import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { resolveTarget } from '../../src/xero/request-target.js';
import { createHarness, type Harness, roleClient, tokenConnection } from './support/pipeline-harness.js';
import { obtainTokens, SIM_APPS, type SimTokens } from './support/sim-tokens.js';

const API = 'https://api.xero.com';

/** Every way a caller (or a value spliced into a path) can spell "go up one level". */
const TRAVERSALS = [
  '/../../connections',
  '../connections',
  '/Invoices/../../../connections',
  '/Invoices/..',
  '/%2e%2e/%2e%2e/connections',
  '/%2E%2E/connections',
  '/.%2e/connections',
  '/%2e./connections',
  '/%252e%252e/%252e%252e/connections',
  '/%25252e%25252e/connections',
  '/Invoices/..%2f..%2fconnections',
  '/Invoices/..%2F..%2Fconnections',
  '/Invoices/..%5c..%5cconnections',
  '/Invoices\\..\\..\\connections',
  '/Invoices/\t../../connections',
  '/Invoices/.\n./.\r./connections',
  '/api.xro/2.0/../../connections',
  '/connections/../api.xro/2.0/Invoices',
  '/Invoices/..?where=x',
];

describe('resolveTarget: dot segments and traversal', () => {
  it.each(TRAVERSALS)('refuses %j with an InvalidArgumentError naming the path', (path) => {
    let error: unknown;
    try {
      resolveTarget(API, path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).message).toContain(JSON.stringify(path).slice(1, 20));
    expect((error as InvalidArgumentError).issues[0]?.path).toBe('path');
  });

  it('drops single-dot segments and repeated slashes before classifying', () => {
    expect(resolveTarget(API, '/./connections')).toMatchObject({
      url: `${API}/connections`,
      displayPath: '/connections',
      tenantless: true,
    });
    expect(resolveTarget(API, '/%2e/Invoices//abc///')).toMatchObject({
      url: `${API}/api.xro/2.0/Invoices/abc/`,
      tenantless: false,
    });
    expect(resolveTarget(API, 'Invoices/./INV-1?page=2', { pageSize: 10 })).toMatchObject({
      url: `${API}/api.xro/2.0/Invoices/INV-1?page=2&pageSize=10`,
      displayPath: '/api.xro/2.0/Invoices/INV-1',
    });
  });

  it('leaves ordinary paths, encoded characters and dots inside names alone', () => {
    expect(resolveTarget(API, '/Invoices/INV%2F001').url).toBe(`${API}/api.xro/2.0/Invoices/INV%2F001`);
    expect(resolveTarget(API, '/Contacts/a.b..c').url).toBe(`${API}/api.xro/2.0/Contacts/a.b..c`);
    expect(resolveTarget(API, '/connections/abc-123')).toMatchObject({ tenantless: true });
    expect(resolveTarget(API, '/api.xro/2.0/Invoices', { where: 'Reference=="../x"' }).url).toBe(
      `${API}/api.xro/2.0/Invoices?where=Reference%3D%3D%22..%2Fx%22`,
    );
  });
});

describe('a traversal path never reaches Xero', () => {
  let sim: XeroSimulator;
  let harness: Harness;
  let tokens: SimTokens;
  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: 0.005 });
    harness = createHarness(sim, { timeScale: 0.005, maxRetries: 0 });
    tokens = await obtainTokens(sim, SIM_APPS.wisepay, { tenantIds: [DEMO_TENANT_ID] });
  });
  afterAll(async () => {
    await harness?.close();
    await sim?.close();
  });

  it('`/../../connections` is refused before any request (it used to go to /connections with the tenant header)', async () => {
    sim.control.resetLog();
    const client = roleClient(harness, tokenConnection(sim, SIM_APPS.wisepay, DEMO_TENANT_ID, tokens));
    for (const path of [
      '/../../connections',
      '/%2e%2e/%2e%2e/connections',
      '/Invoices/..%2f..%2fconnections',
    ]) {
      const error = await client.request({ method: 'GET', path }).catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(InvalidArgumentError);
    }
    expect(sim.control.requestLog().filter((e) => e.endpoint !== 'control')).toEqual([]);
  });
});
