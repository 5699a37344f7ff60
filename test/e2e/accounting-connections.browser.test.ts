/**
 * The Accounting Connections screen in a real (headless) Chromium: Connect → the simulator's consent page
 * → pick the organisation → Allow access → a green row; then a revoked connection raises the dashboard
 * notification, fails its token test (red cross) and is reconnected. Screenshots: test-output/screenshots/.
 *
 * Needs /usr/bin/chromium (scripts/install-chromium.sh). Without it the test is skipped locally and
 * FAILS in CI (CI=true), so a missing browser can never pass silently.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWisePayBackend, type WisePayBackend } from '../../examples/wise-pay-backend/app.js';
import { type ConnectionPool, MemoryTokenStore, type Role, XeroConnections } from '../../src/index.js';
import { DEMO_TENANT_ID, startXeroSimulator } from '../../src/testing/index.js';
import {
  chromiumAvailability,
  type HeadlessChromium,
  launchChromium,
  screenshot,
} from './support/chromium.js';

const availability = chromiumAvailability();
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (!availability.available && !inCi) {
  console.warn(`[e2e] skipping the browser test: ${availability.why}`);
}

// Token lifetimes × 0.05 (an access token lasts 90 s): long enough for a browser round trip on a slow machine.
const TIME_SCALE = 0.05;

describe.skipIf(!availability.available && !inCi)('Accounting Connections in a browser', () => {
  let sim: Awaited<ReturnType<typeof startXeroSimulator>>;
  let host: XeroConnections;
  let pool: ConnectionPool;
  let backend: WisePayBackend;
  let server: Server;
  let browser: HeadlessChromium;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    if (!availability.available) throw new Error(`[e2e] CI must run the browser test: ${availability.why}`);
    sim = await startXeroSimulator({ timeScale: TIME_SCALE });
    server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const redirectUri = `${url}/callback`;
    host = new XeroConnections({
      apps: {
        wisepayApp: { clientId: 'wisepay-client', clientSecret: 'wisepay-secret', redirectUri },
        companyApp: { clientId: 'company-client', clientSecret: 'company-secret', redirectUri },
        serviceApp: { clientId: 'service-client', clientSecret: 'service-secret', redirectUri },
      },
      store: new MemoryTokenStore(),
      timeScale: TIME_SCALE,
      xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
    });
    pool = host.pool({
      accountId: 'e2e-account',
      multiConnection: true,
      apps: { wisepay: 'wisepayApp', company: 'companyApp', service: 'serviceApp' },
    });
    backend = createWisePayBackend({
      pool,
      completeConnect: (callbackUrl) => host.completeConnect(callbackUrl),
      logError: () => {},
    });
    server.on('request', backend.handle);
    browser = await launchChromium();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    backend?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await host?.close();
    await sim?.close();
  });

  const row = (role: Role) => page.locator(`#accounting-connections tr[data-role="${role}"]`);

  /** Connect button → the simulator's consent page → pick Demo Company → Allow access → back on the screen. */
  async function connectThroughConsentPage(role: Role, appName: string, shotPrefix?: string): Promise<void> {
    await row(role)
      .getByRole('button', { name: /Connect to this accounting application/ })
      .click();
    await expect.poll(() => page.url()).toContain(sim.identityUrl);
    await page.getByRole('heading', { name: `${appName} wants to access your Xero data` }).waitFor();
    // Choose exactly the customer's organisation.
    for (const name of ['Demo Company (AU)', 'New Company Ltd', 'Other Org Pty']) {
      await page.getByLabel(name).setChecked(name === 'Demo Company (AU)');
    }
    if (shotPrefix) await screenshot(page, `${shotPrefix}-consent-page`);
    await page.getByRole('button', { name: 'Allow access' }).click();
    await page.waitForURL(`${url}/configure/accounting-connections?connected=${role}`);
    await expect.poll(() => row(role).getAttribute('data-health')).toBe('connected');
  }

  it('connects all three roles through the consent page', async () => {
    await page.goto(`${url}/configure/accounting-connections`);
    for (const role of ['wisepay', 'company', 'service'] as const) {
      await expect.poll(() => row(role).getAttribute('data-health')).toBe('not_connected');
    }
    await screenshot(page, '01-not-connected');

    await connectThroughConsentPage('wisepay', 'Wise-Pay', '02');
    await connectThroughConsentPage('company', 'Wise-Sync');
    await connectThroughConsentPage('service', 'Wise-Pay Services');

    for (const role of ['wisepay', 'company', 'service'] as const) {
      await expect(row(role).locator('td.connected').textContent()).resolves.toContain('Yes');
      await expect(row(role).locator('td.organisation').textContent()).resolves.toBe('Demo Company (AU)');
    }
    const status = await pool.status();
    expect(status.map((r) => [r.role, r.tenantId])).toEqual([
      ['wisepay', DEMO_TENANT_ID],
      ['company', DEMO_TENANT_ID],
      ['service', DEMO_TENANT_ID],
    ]);
    await screenshot(page, '03-all-connected');
  });

  it('tests a working token: green tick and today’s date', async () => {
    await row('company')
      .getByRole('button', { name: /Check if this token is still valid/ })
      .click();
    const result = row('company').locator('td.last-test .test-result');
    await expect.poll(() => result.getAttribute('data-valid')).toBe('true');
    await expect(result.textContent()).resolves.toContain('Token valid');
    const tested = await row('company').locator('td.last-test time').getAttribute('datetime');
    expect(Math.abs(Date.parse(tested ?? '') - Date.now())).toBeLessThan(60_000);
  });

  it('shows a broken connection on the dashboard, fails its token test, and reconnects it', async () => {
    // The user revokes Wise-Pay Services inside Xero; the next background job finds out.
    sim.control.revokeGrant({ clientId: 'service-client', userId: 'user-1' });
    // The call that discovers it fails with Xero's 403; the pool confirms through /connections and marks
    // the connection broken (emitting connection:broken), so later calls fail fast.
    const failure = await pool
      .role('service')
      .organisation.get()
      .then(
        () => undefined,
        (error: unknown) => error as { code?: string },
      );
    expect(['ERR_TENANT_NOT_AUTHORISED', 'ERR_CONNECTION_BROKEN']).toContain(failure?.code);
    expect(pool.health('service')).toBe('broken');

    await page.goto(`${url}/`);
    const notice = page.getByRole('alert');
    await expect(notice.textContent()).resolves.toContain('Service connection broken');
    await screenshot(page, '04-dashboard-notification');

    await notice.getByRole('link', { name: 'Manage Connections' }).click();
    await page.waitForURL(`${url}/configure/accounting-connections`);
    await expect(row('service').locator('td.connected').textContent()).resolves.toContain('No');

    await row('service')
      .getByRole('button', { name: /Check if this token is still valid/ })
      .click();
    const result = row('service').locator('td.last-test .test-result');
    await expect.poll(() => result.getAttribute('data-valid')).toBe('false');
    await expect(result.textContent()).resolves.toContain('Token not valid');
    await screenshot(page, '05-red-cross');

    await connectThroughConsentPage('service', 'Wise-Pay Services');
    await expect(row('service').locator('td.connected').textContent()).resolves.toContain('Yes');
    await screenshot(page, '06-reconnected');

    await page.goto(`${url}/`);
    await page.locator('#all-good').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    // And the reconnected connection really works.
    await expect(pool.role('service').organisation.get()).resolves.toMatchObject({
      Name: 'Demo Company (AU)',
    });
  });
});
