#!/usr/bin/env node
/**
 * `xero-simulator`: runs the local Xero simulator standalone with the default seed, prints where it
 * listens and what it holds, and stays up until SIGINT/SIGTERM, then closes the server and says goodbye.
 * Exit codes: 0 after a clean stop or `--help`, 2 for a bad command line (usage on stderr), 1 otherwise.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `Usage: xero-simulator [--port 4010] [--host 127.0.0.1] [--time-scale 1] [--window rolling|fixed] [--control]

  --port        port to listen on (0 = any free port)            default 4010
  --host        address to bind                                  default 127.0.0.1
  --time-scale  multiply every simulated duration by this        default 1
  --window      rate-limit window model: rolling or fixed        default rolling
  --control     serve the control API under /__simulator/*       default off
  -h, --help    print this and exit`;

/** A command-line mistake: usage on stderr, exit code 2. */
class UsageError extends Error {}

interface BinOptions {
  port: number;
  host: string;
  timeScale: number;
  window: 'rolling' | 'fixed';
  control: boolean;
}

function parseCommandLine(args: string[]): BinOptions | 'help' {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(args).values;
  } catch (error) {
    // parseArgs names the unknown option, the missing value or the stray argument.
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535)
    throw new UsageError(`--port must be an integer from 0 to 65535, got '${values.port}'`);
  const timeScale = Number(values['time-scale']);
  if (!Number.isFinite(timeScale) || timeScale <= 0)
    throw new UsageError(`--time-scale must be a positive number, got '${values['time-scale']}'`);
  const window = values.window;
  if (window !== 'rolling' && window !== 'fixed')
    throw new UsageError(`--window must be rolling or fixed, got '${window}'`);
  return { port, host: values.host, timeScale, window, control: values.control };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'time-scale': { type: 'string', default: '1' },
      window: { type: 'string', default: 'rolling' },
      control: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/**
 * Where the docs are for whoever runs the bin: the README that ships in the package (docs/ does not ship),
 * two levels above the script (dist/testing/bin.js, or src/testing/bin.ts in the repository). The script
 * is found through argv (resolving the node_modules/.bin link), which works in both the ESM and CJS builds.
 */
function docsPointer(): string {
  const fallback = 'README.md of @wise-pay/xero-connections';
  let readme: string | undefined;
  try {
    readme = resolve(dirname(realpathSync(process.argv[1] ?? '')), '..', '..', 'README.md');
  } catch {
    readme = undefined;
  }
  return `${readme !== undefined && existsSync(readme) ? readme : fallback}, section "Testing with the simulator"`;
}

async function main(): Promise<void> {
  const options = parseCommandLine(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  // Loaded only now, so a bad command line or --help answers at once.
  const [{ DEFAULT_SEED }, { startXeroSimulator }] = await Promise.all([
    import('./seed.js'),
    import('./simulator.js'),
  ]);
  const sim = await startXeroSimulator({
    port: options.port,
    host: options.host,
    timeScale: options.timeScale,
    window: options.window,
    controlHttp: options.control,
  });

  const lines = [
    'Xero simulator running',
    `  server     ${sim.url}`,
    `  identity   ${sim.identityUrl}   (the OpenID issuer: discover from here)`,
    `  discovery  ${sim.identityUrl}/.well-known/openid-configuration   (also ${sim.url}/.well-known/openid-configuration)`,
    `  api        ${sim.apiUrl}   (connections: ${sim.apiUrl}/connections, accounting: ${sim.apiUrl}/api.xro/2.0)`,
    `  control    ${options.control ? `${sim.url}/__simulator/*` : 'off (--control to enable)'}`,
    `  time scale ${sim.options.timeScale}, window ${sim.options.window}`,
    'Apps (their client secrets are seed values, listed in the docs named below):',
    ...DEFAULT_SEED.apps.map((a) => `  ${a.clientId.padEnd(16)} ${a.name} (${a.tier ?? 'standard'})`),
    'Organisations:',
    ...DEFAULT_SEED.organisations.map((o) => `  ${o.tenantId}  ${o.name}`),
    'Users:',
    ...DEFAULT_SEED.users.map(
      (u) =>
        `  ${u.userId.padEnd(8)} ${u.email ?? ''} may authorise ${u.organisations.length} organisation(s)`,
    ),
    `Docs: ${docsPointer()}`,
    'Press Ctrl+C to stop.',
  ];
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second signal while closing means "now": do not make the user wait for the sockets.
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`\n${signal}: stopping the Xero simulator…`);
    sim.close().then(
      () => {
        console.log('Xero simulator stopped. Goodbye.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`Xero simulator did not close cleanly: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`xero-simulator: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
