import { z } from 'zod';
import { parseOptions } from '../options.js';
import { DEFAULT_SEED } from './seed.js';
import type { OrganisationSeed, SimApp, SimLimits, SimUser } from './types.js';

/** Options of {@link startXeroSimulator}. Every field is optional. */
export interface XeroSimulatorOptions {
  /**
   * Multiplies every simulated duration (rate-limit windows, token and code lifetimes, refresh grace,
   * idempotency retention). 0.005 makes a Xero minute last 300 ms. @default 1
   */
  timeScale?: number;
  /**
   * How the minute and day limits are counted: a sliding window, or fixed windows that reset at a different
   * (seeded) offset for each tenant. Xero's docs disagree on which it is. @default 'rolling'
   */
  window?: 'rolling' | 'fixed';
  /** Override any of Xero's limits. */
  limits?: Partial<SimLimits>;
  /** @default DEFAULT_SEED.apps */
  apps?: SimApp[];
  /** @default DEFAULT_SEED.organisations */
  organisations?: OrganisationSeed[];
  /** @default DEFAULT_SEED.users */
  users?: SimUser[];
  /** @default 0 (a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Serve the control API over HTTP under `/__simulator/*`. Off: those paths answer 404. @default false */
  controlHttp?: boolean;
  /**
   * What a retry with the previous refresh token inside the grace period returns: a fresh pair, or the
   * very pair the first (lost) response carried. Xero does not document it. @default 'new-pair'
   */
  graceReplay?: 'new-pair' | 'same-pair';
  /**
   * Added latency per API call, in real ms (not scaled). The call holds its concurrency slot meanwhile,
   * as a slow Xero response would. Give this or `xeroLatencyMs`, not both. @default 0
   */
  latencyMs?: number;
  /**
   * Added latency per API call in Xero ms, scaled by `timeScale` like every other simulated duration
   * (`xeroLatencyMs: 300` at `timeScale: 0.01` waits 3 real ms). Give this or `latencyMs`, not both.
   * @default 0
   */
  xeroLatencyMs?: number;
  /** Most request-log entries kept; older ones are dropped. Counters are never dropped. @default 100000 */
  maxLogEntries?: number;
  /** Ways real Xero differs from its own documentation, to test a client against each. */
  variations?: SimulatorVariations;
  /**
   * Xero's wall clock, in epoch ms: what records' `UpdatedDateUTC` and responses' `DateTimeUTC` read. Use it
   * to test clock skew between the host and Xero (`() => Date.now() - 600_000`: Xero 10 minutes behind) or
   * to freeze Xero's time. Rate-limit windows and lifetimes keep the real clock. @default Date.now
   */
  clock?: () => number;
}

/** Xero's observed variations. Every field defaults to the documented behaviour. */
export interface SimulatorVariations {
  /**
   * Spelling of `X-Rate-Limit-Problem`: `lowercase` (`minute`, `day`: the current docs), `capitalised`
   * (`Minute`, `Day`, `Concurrent`, `AppMinute`) or `legacy` (`Minute`, `Daily`: older docs).
   * @default 'lowercase'
   */
  problemNames?: 'lowercase' | 'capitalised' | 'legacy';
  /**
   * `createdDateUtc` / `updatedDateUtc` in `GET /connections`: `zoned` (`2024-01-01T10:00:00.000Z`) or
   * `unzoned` (.NET style, UTC without a zone: `2024-01-01T10:00:00.0000000`). @default 'zoned'
   */
  connectionDates?: 'zoned' | 'unzoned';
  /**
   * Status for a method an endpoint does not support (e.g. `DELETE /Invoices`): 405 with `Allow`, or 404
   * as Xero often answers. @default 405
   */
  unsupportedMethodStatus?: 404 | 405;
}

export interface ResolvedSimulatorOptions {
  timeScale: number;
  window: 'rolling' | 'fixed';
  limits: SimLimits;
  apps: SimApp[];
  organisations: OrganisationSeed[];
  users: SimUser[];
  port: number;
  host: string;
  controlHttp: boolean;
  graceReplay: 'new-pair' | 'same-pair';
  /** Resolved from `latencyMs` or the scaled `xeroLatencyMs`, in real ms. */
  latencyMs: number;
  maxLogEntries: number;
  variations: Required<SimulatorVariations>;
  clock: () => number;
}

export const DEFAULT_SIM_LIMITS: Readonly<SimLimits> = Object.freeze({
  concurrent: 5,
  perMinute: 60,
  perDay: 5000,
  perDayStarter: 1000,
  appPerMinute: 10_000,
});

const nonEmpty = z.string().min(1);
const count = z.number().int().positive();

export const simAppSchema = z.strictObject({
  name: nonEmpty,
  clientId: nonEmpty,
  clientSecret: nonEmpty,
  redirectUris: z.array(z.url()).min(1),
  tier: z.enum(['starter', 'standard']).optional(),
  scopes: z.array(nonEmpty).optional(),
});

export const organisationSeedSchema = z.strictObject({
  tenantId: nonEmpty,
  name: nonEmpty,
  seed: z.number().int().optional(),
  invoiceCount: z.number().int().min(0).optional(),
  contactCount: z.number().int().min(0).optional(),
  baseCurrency: z.string().length(3).optional(),
  countryCode: z.string().length(2).optional(),
});

export const simUserSchema = z.strictObject({
  userId: nonEmpty,
  email: z.email().optional(),
  givenName: nonEmpty.optional(),
  familyName: nonEmpty.optional(),
  organisations: z.array(nonEmpty),
});

const optionsSchema = z
  .strictObject({
    timeScale: z.number().positive().max(1000).optional(),
    window: z.enum(['rolling', 'fixed']).optional(),
    limits: z
      .strictObject({
        concurrent: count.optional(),
        perMinute: count.optional(),
        perDay: count.optional(),
        perDayStarter: count.optional(),
        appPerMinute: count.optional(),
      })
      .optional(),
    apps: z.array(simAppSchema).optional(),
    organisations: z.array(organisationSeedSchema).optional(),
    users: z.array(simUserSchema).optional(),
    port: z.number().int().min(0).max(65535).optional(),
    host: nonEmpty.optional(),
    controlHttp: z.boolean().optional(),
    graceReplay: z.enum(['new-pair', 'same-pair']).optional(),
    latencyMs: z.number().min(0).optional(),
    xeroLatencyMs: z.number().min(0).optional(),
    maxLogEntries: count.optional(),
    variations: z
      .strictObject({
        problemNames: z.enum(['lowercase', 'capitalised', 'legacy']).optional(),
        connectionDates: z.enum(['zoned', 'unzoned']).optional(),
        unsupportedMethodStatus: z.union([z.literal(404), z.literal(405)]).optional(),
      })
      .optional(),
    clock: z
      .custom<() => number>((value) => typeof value === 'function', 'must be a function returning epoch ms')
      .optional(),
  })
  .refine((o) => o.latencyMs === undefined || o.xeroLatencyMs === undefined, {
    message: 'give latencyMs (real ms) or xeroLatencyMs (Xero ms, scaled by timeScale), not both',
    path: ['xeroLatencyMs'],
  });

const EXAMPLE = "startXeroSimulator({ timeScale: 0.005, window: 'rolling', limits: { perMinute: 60 } })";

/** Validates the options (one ConfigurationError naming every bad field) and applies defaults. */
export function resolveSimulatorOptions(input: XeroSimulatorOptions = {}): ResolvedSimulatorOptions {
  const o = parseOptions(optionsSchema, input, 'simulator options', EXAMPLE);
  const limits: SimLimits = { ...DEFAULT_SIM_LIMITS };
  for (const [k, v] of Object.entries(o.limits ?? {})) {
    if (v !== undefined) limits[k as keyof SimLimits] = v;
  }
  return {
    timeScale: o.timeScale ?? 1,
    window: o.window ?? 'rolling',
    limits,
    // Deep copies: the simulator mutates its own world (removeUser, addApp), never the caller's seed.
    apps: structuredClone(o.apps ?? DEFAULT_SEED.apps) as SimApp[],
    organisations: structuredClone(o.organisations ?? DEFAULT_SEED.organisations) as OrganisationSeed[],
    users: structuredClone(o.users ?? DEFAULT_SEED.users) as SimUser[],
    port: o.port ?? 0,
    host: o.host ?? '127.0.0.1',
    controlHttp: o.controlHttp ?? false,
    graceReplay: o.graceReplay ?? 'new-pair',
    latencyMs: o.latencyMs ?? (o.xeroLatencyMs ?? 0) * (o.timeScale ?? 1),
    maxLogEntries: o.maxLogEntries ?? 100_000,
    variations: {
      problemNames: o.variations?.problemNames ?? 'lowercase',
      connectionDates: o.variations?.connectionDates ?? 'zoned',
      unsupportedMethodStatus: o.variations?.unsupportedMethodStatus ?? 405,
    },
    clock: o.clock ?? Date.now,
  };
}
