/**
 * Wise-Pay's backend for the Accounting Connections screen, against the local Xero simulator.
 *
 *   npx tsx examples/wise-pay-backend/main.ts              # stays up: open the printed URL in a browser
 *   npx tsx examples/wise-pay-backend/main.ts --self-test  # exercises every route with fetch, exits 0
 *
 * The simulator plays Xero (its consent page stands in for Xero's login), so Connect, Allow access,
 * the token test and the broken-connection notification all work end to end on one machine.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { MemoryTokenStore, XeroConnections } from '@wise-pay/xero-connections';
import { startXeroSimulator, type XeroSimulator } from '@wise-pay/xero-connections/testing';
import { createWisePayBackend, type WisePayBackend } from './app.js';
import { type RunningExample, runSelfTest } from './self-test.js';

/**
 * Starts the simulator, the SDK host (three apps, multi-connection on) and the HTTP server. Real time by
 * default: a person on the consent page gets Xero's full 10 minutes to press Allow access.
 */
async function startExample(
  options: { port?: number; timeScale?: number; logErrors?: boolean } = {},
): Promise<RunningExample & { sim: XeroSimulator }> {
  const timeScale = options.timeScale ?? 1;
  const sim = await startXeroSimulator({ timeScale });
  const server: Server = createServer();
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const redirectUri = `${url}/callback`;

  const host = new XeroConnections({
    apps: {
      wisepayApp: { clientId: 'wisepay-client', clientSecret: 'wisepay-secret', redirectUri },
      companyApp: { clientId: 'company-client', clientSecret: 'company-secret', redirectUri },
      serviceApp: { clientId: 'service-client', clientSecret: 'service-secret', redirectUri },
    },
    // Tokens live in memory for the example; see docs/guides/token-storage.md for a persistent store.
    store: new MemoryTokenStore(),
    timeScale,
    xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
  });
  const pool = host.pool({
    accountId: 'demo-account',
    multiConnection: true,
    apps: { wisepay: 'wisepayApp', company: 'companyApp', service: 'serviceApp' },
  });

  const backend: WisePayBackend = createWisePayBackend({
    pool,
    completeConnect: (callbackUrl) => host.completeConnect(callbackUrl),
    chooseOrganisation: (selectionToken, tenantId) => pool.chooseOrganisation(selectionToken, tenantId),
    logError: (message, error) => {
      if (options.logErrors !== false)
        console.error(`[wise-pay-backend] ${message}:`, (error as Error)?.message ?? error);
    },
  });
  server.on('request', backend.handle);

  return {
    url,
    sim,
    async close() {
      backend.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await host.close();
      await sim.close();
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'self-test': { type: 'boolean' }, port: { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535 (got ${values.port})`);

  const example = await startExample({ port, logErrors: !values['self-test'] });
  if (values['self-test']) {
    try {
      await runSelfTest(example);
      console.log('self-test passed');
    } finally {
      await example.close();
    }
    return;
  }

  console.log(`Wise-Pay backend:        ${example.url}/`);
  console.log(`Accounting Connections:  ${example.url}/configure/accounting-connections`);
  console.log(`Xero simulator:          ${example.sim.url}`);
  console.log(
    "Press Connect on a row, pick the organisation on the simulator's consent page, then Allow access.",
  );
  console.log('Ctrl+C stops the server.');
  const stop = async () => {
    await example.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`wise-pay-backend failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
