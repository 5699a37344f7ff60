/**
 * `--self-test`: drives every route the way a browser would (fetch, redirects followed by hand, the
 * simulator's scripted consent instead of clicking Allow access) and checks each answer. CI runs it.
 */
import type { ConnectionStatusRow, Role, TokenTestResult } from '@wise-pay/xero-connections';
import { DEMO_TENANT_ID, type SimulatorControl } from '@wise-pay/xero-connections/testing';
import type { BrokenConnectionNotice } from './pages.js';

/** The running example the self-test drives. */
export interface RunningExample {
  /** The backend's base URL. */
  url: string;
  sim: { control: Pick<SimulatorControl, 'approveConsent' | 'denyConsent' | 'revokeGrant'> };
  close(): Promise<void>;
}

const ROLES: readonly Role[] = ['wisepay', 'company', 'service'];

export async function runSelfTest(example: RunningExample): Promise<void> {
  const { url, sim } = example;
  const step = (text: string) => console.log(`  ✓ ${text}`);

  const initial = await connections(url);
  check(initial.connections.length === 3, `expected 3 rows, got ${initial.connections.length}`);
  check(
    initial.connections.every((r) => !r.connected),
    'no row should be connected before the first consent',
  );
  const page = await text(url, '/configure/accounting-connections');
  for (const heading of [
    'Connection Type',
    'Description',
    'Connected Organization',
    'Connected',
    'Last Connection Test',
  ]) {
    check(page.includes(heading), `the Accounting Connections page lacks the "${heading}" column`);
  }
  step('the Accounting Connections page lists three unconnected rows');

  for (const role of ROLES) await connect(example, role);
  const connected = await connections(url);
  for (const row of connected.connections) {
    check(
      row.connected && row.organisation === 'Demo Company (AU)',
      `${row.role} should be connected to Demo Company (AU)`,
    );
  }
  step('Connect → consent → callback connected all three roles to Demo Company (AU)');

  const ok = await tokenTest(url, 'company');
  check(ok.result.valid === true, `company token test should pass, got ${JSON.stringify(ok.result)}`);
  check(
    ok.cells.lastTest.includes('data-valid="true"'),
    'the Last Connection Test cell should show a green tick',
  );
  step('the token test of a working connection shows a green tick');

  sim.control.revokeGrant({ clientId: 'service-client', userId: 'user-1' });
  const bad = await tokenTest(url, 'service');
  check(
    bad.result.valid === false,
    `service token test should fail after the revoke, got ${JSON.stringify(bad.result)}`,
  );
  check(
    bad.cells.lastTest.includes('data-valid="false"'),
    'the Last Connection Test cell should show a red cross',
  );
  const dashboard = await text(url, '/');
  check(
    dashboard.includes('Manage Connections'),
    'the dashboard should show the notification with Manage Connections',
  );
  const { notifications } = await connections(url);
  check(
    notifications.length === 1 && notifications[0]?.role === 'service',
    `expected one notification for service, got ${JSON.stringify(notifications)}`,
  );
  step('a revoked connection fails its token test and raises the dashboard notification');

  await connect(example, 'service');
  const mended = await connections(url);
  check(
    mended.connections.every((r) => r.connected),
    'every row should be connected again',
  );
  check(mended.notifications.length === 0, 'the notification should be gone after the reconnect');
  check(
    (await text(url, '/')).includes('All accounting connections are working'),
    'the dashboard should be clear',
  );
  step('reconnecting mends the row and clears the notification');

  const start = await fetch(`${url}/connections/company/connect`, { method: 'POST', redirect: 'manual' });
  const cancelled = await sim.control.denyConsent(location(start));
  const callback = await fetch(cancelled, { redirect: 'manual' });
  check(callback.status === 400, `a cancelled consent should answer 400, got ${callback.status}`);
  check((await callback.text()).includes('Connection not established'), 'a cancelled consent should say so');
  check(
    (await connections(url)).connections.every((r) => r.connected),
    'a cancelled consent must change nothing',
  );
  step('Cancel on the consent page leaves every connection as it was');
}

/** Presses Connect, approves on the simulator's consent page, follows the callback. */
async function connect(example: RunningExample, role: Role): Promise<void> {
  const start = await fetch(`${example.url}/connections/${role}/connect`, {
    method: 'POST',
    redirect: 'manual',
  });
  check(start.status === 303, `Connect for ${role} should redirect (303), got ${start.status}`);
  const callbackUrl = await example.sim.control.approveConsent(location(start), {
    tenantIds: [DEMO_TENANT_ID],
  });
  const back = await fetch(callbackUrl, { redirect: 'manual' });
  check(
    back.status === 303 && location(back).endsWith(`?connected=${role}`),
    `the callback for ${role} should redirect to the screen, got ${back.status} ${back.headers.get('location')}`,
  );
}

interface TokenTestAnswer {
  result: TokenTestResult;
  cells: { connected: string; lastTest: string };
}

async function tokenTest(url: string, role: Role): Promise<TokenTestAnswer> {
  const res = await fetch(`${url}/connections/${role}/test`, {
    method: 'POST',
    headers: { accept: 'application/json' },
  });
  check(res.ok, `token test for ${role} answered ${res.status}`);
  return (await res.json()) as TokenTestAnswer;
}

async function connections(
  url: string,
): Promise<{ connections: ConnectionStatusRow[]; notifications: BrokenConnectionNotice[] }> {
  const res = await fetch(`${url}/api/connections`);
  check(res.ok, `/api/connections answered ${res.status}`);
  return (await res.json()) as {
    connections: ConnectionStatusRow[];
    notifications: BrokenConnectionNotice[];
  };
}

async function text(url: string, path: string): Promise<string> {
  const res = await fetch(`${url}${path}`);
  check(res.ok, `GET ${path} answered ${res.status}`);
  return res.text();
}

function location(res: Response): string {
  const value = res.headers.get('location');
  check(value !== null, `expected a redirect, got ${res.status}`);
  return value;
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`self-test: ${message}`);
}
