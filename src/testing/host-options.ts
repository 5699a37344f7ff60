import { ConfigurationError } from '../errors/configuration-error.js';
import { urlProblem, type XeroAppOptions, type XeroConnectionsOptions } from '../options.js';
import type { SimulatorUrls } from './context.js';
import { DEFAULT_SEED } from './seed.js';

/** The seeded apps by the names `simulatorHostOptions` gives them. */
export type SimulatorAppName = 'wisepay' | 'company' | 'service' | 'starter';

/**
 * The default seed's apps as `XeroAppOptions`, named `wisepay`, `company`, `service` (one per role) and
 * `starter` (Starter tier). Useful before a simulator is started; `simulatorHostOptions` adds the URLs.
 * `redirectUri` follows the host's rule (https, or http on a loopback host).
 */
export function seededAppOptions(
  redirectUri = 'http://127.0.0.1/callback',
): Record<SimulatorAppName, XeroAppOptions> {
  const problem = urlProblem(redirectUri, { loopbackHttp: 'allowed', redirect: true });
  if (problem !== undefined) {
    throw new ConfigurationError(`Invalid simulator host options: redirectUri ${problem}`, [
      { path: 'redirectUri', message: problem },
    ]);
  }
  const seeded = (prefix: string): XeroAppOptions => {
    const app = DEFAULT_SEED.apps.find((a) => a.clientId === `${prefix}-client`);
    if (app === undefined) throw new Error(`the default seed has no app '${prefix}-client'`);
    return {
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      redirectUri,
      tier: app.tier ?? 'standard',
    };
  };
  return {
    wisepay: seeded('wisepay'),
    company: seeded('company'),
    service: seeded('service'),
    starter: seeded('starter'),
  };
}

/**
 * What a `XeroConnections` needs to talk to a simulator that serves the default seed: its URLs (plain
 * http on loopback, allowed explicitly), the seeded apps (see `seededAppOptions`), and the simulator's
 * time scale. Spread it and add your own options.
 *
 * @example
 * const sim = await startXeroSimulator({ timeScale: 0.005 });
 * const xero = new XeroConnections({ ...simulatorHostOptions(sim), store: new MemoryTokenStore() });
 * const pool = xero.pool({ accountId: 'a1', multiConnection: true, apps: { wisepay: 'wisepay', company: 'company', service: 'service' } });
 */
export function simulatorHostOptions(
  sim: SimulatorUrls & { readonly options: { readonly timeScale: number } },
  options: { redirectUri?: string } = {},
): Required<Pick<XeroConnectionsOptions, 'apps' | 'xero' | 'timeScale'>> & {
  apps: Record<SimulatorAppName, XeroAppOptions>;
} {
  return {
    apps: seededAppOptions(options.redirectUri),
    xero: { identityUrl: sim.identityUrl, apiUrl: sim.apiUrl, dangerouslyAllowInsecureLoopback: true },
    timeScale: sim.options.timeScale,
  };
}
