import { parseArgs } from 'node:util';

/** The demo's command line, validated. */
export interface DemoArgs {
  /** Run the multi-connection-off comparison at the end. */
  compare: boolean;
  /** Real-world durations × this factor; 0.04 makes a Xero minute last 2.4 s. */
  timeScale: number;
  /** Target wall time, in seconds, of the multi-connection workload. */
  durationSeconds: number;
  /** User payments in the month-end burst, run with coalescing off and on; 0 skips it. */
  burst: number;
  help: boolean;
}

export const DEMO_USAGE = `Usage: npm run demo -- [options]

  --no-compare         skip the multi-connection on/off comparison
  --time-scale <n>     shrink Xero's clock (default 0.04: a Xero minute lasts 2.4 s)
  --duration <s>       wall seconds the multi-connection workload should take (default 12);
                       the one-connection run does the same work and takes about 3× as long
  --burst <n>          user payments in the month-end burst, paid with coalescing off and on
                       (default 250; 0 skips it)
  -h, --help           show this help`;

/** Thrown for bad flags; the demo prints the message and the usage, then exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  const timeScale = numberFlag('--time-scale', values['time-scale'], 0.04);
  const durationSeconds = numberFlag('--duration', values.duration, 12);
  if (timeScale < 0.005 || timeScale > 1) {
    throw new UsageError(`--time-scale must be between 0.005 and 1 (got ${timeScale})`);
  }
  if (durationSeconds < 3 || durationSeconds > 60) {
    throw new UsageError(`--duration must be between 3 and 60 seconds (got ${durationSeconds})`);
  }
  const burst = numberFlag('--burst', values.burst, 250);
  if (!Number.isInteger(burst) || (burst !== 0 && (burst < 10 || burst > 2000))) {
    throw new UsageError(`--burst must be 0 or a whole number from 10 to 2000 (got ${burst})`);
  }
  return {
    compare: !values['no-compare'],
    timeScale,
    durationSeconds,
    burst,
    help: values.help === true,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      'no-compare': { type: 'boolean' },
      'time-scale': { type: 'string' },
      duration: { type: 'string' },
      burst: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function numberFlag(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new UsageError(`${name} must be a number (got "${raw}")`);
  return value;
}
