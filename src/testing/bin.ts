#!/usr/bin/env node
/**
 * `xero-simulator`: runs the local Xero simulator standalone with the default seed, prints where it
 * listens and what it holds, and stays up until SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './seed.js';
import { startXeroSimulator } from './simulator.js';

const USAGE = `Usage: xero-simulator [--port 4010] [--host 127.0.0.1] [--time-scale 1] [--window rolling|fixed] [--control]

  --port        port to listen on (0 = any free port)            default 4010
  --host        address to bind                                  default 127.0.0.1
  --time-scale  multiply every simulated duration by this        default 1
  --window      rate-limit window model: rolling or fixed        default rolling
  --control     serve the control API under /__simulator/*       default off`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'time-scale': { type: 'string', default: '1' },
      window: { type: 'string', default: 'rolling' },
      control: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const window = values.window;
  if (window !== 'rolling' && window !== 'fixed')
    throw new Error(`--window must be rolling or fixed\n${USAGE}`);
  const sim = await startXeroSimulator({
    port: Number(values.port),
    host: values.host,
    timeScale: Number(values['time-scale']),
    window,
    controlHttp: values.control,
  });

  const lines = [
    'Xero simulator running',
    `  server     ${sim.url}`,
    `  identity   ${sim.identityUrl}   (discovery: ${sim.identityUrl}/.well-known/openid-configuration)`,
    `  api        ${sim.apiUrl}   (connections: ${sim.apiUrl}/connections, accounting: ${sim.apiUrl}/api.xro/2.0)`,
    `  control    ${values.control ? `${sim.url}/__simulator/*` : 'off (--control to enable)'}`,
    `  time scale ${sim.options.timeScale}, window ${sim.options.window}`,
    'Apps (client secrets are the seed values documented in docs/simulator.md):',
    ...DEFAULT_SEED.apps.map((a) => `  ${a.clientId.padEnd(16)} ${a.name} (${a.tier ?? 'standard'})`),
    'Organisations:',
    ...DEFAULT_SEED.organisations.map((o) => `  ${o.tenantId}  ${o.name}`),
    'Users:',
    ...DEFAULT_SEED.users.map(
      (u) =>
        `  ${u.userId.padEnd(8)} ${u.email ?? ''} may authorise ${u.organisations.length} organisation(s)`,
    ),
    'Press Ctrl+C to stop.',
  ];
  console.log(lines.join('\n'));

  const stop = () => {
    void sim.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
