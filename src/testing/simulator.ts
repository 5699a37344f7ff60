import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationError } from '../errors/configuration-error.js';
import { createTimeScale } from '../time-scale.js';
import { Latency } from './api/latency.js';
import type { SimContext, SimulatorUrls } from './context.js';
import { createControl, type SimulatorControl } from './control.js';
import { Faults } from './faults.js';
import { ACCESS_TOKEN_LIFETIME_MS, AccessTokens } from './identity/access-tokens.js';
import { createSigningKeys } from './identity/signing-keys.js';
import {
  type ResolvedSimulatorOptions,
  resolveSimulatorOptions,
  type XeroSimulatorOptions,
} from './options.js';
import { RateLimiter } from './rate-limits/rate-limiter.js';
import { RequestLog } from './request-log.js';
import { route } from './router.js';
import { AuthorizationCodes } from './state/authorization-codes.js';
import { GrantRegistry } from './state/grants.js';
import { REFRESH_GRACE_MS, RefreshTokens } from './state/refresh-tokens.js';
import { WebhookSender } from './webhooks/webhook-sender.js';
import { World } from './world.js';

/** A running simulator. */
export interface XeroSimulator extends SimulatorUrls {
  /** The port it listens on. */
  readonly port: number;
  readonly control: SimulatorControl;
  /** The resolved options (defaults applied). */
  readonly options: Readonly<ResolvedSimulatorOptions>;
  /** Stops listening, drops keep-alive sockets and ends pending latency sleeps. Idempotent. */
  close(): Promise<void>;
}

/**
 * Starts a local Xero (identity + API) on 127.0.0.1 and a free port.
 *
 * @example
 * const sim = await startXeroSimulator({ timeScale: 0.005 });
 * // point the SDK at sim.identityUrl and sim.apiUrl …
 * await sim.close();
 */
export async function startXeroSimulator(options: XeroSimulatorOptions = {}): Promise<XeroSimulator> {
  const o = resolveSimulatorOptions(options);
  checkSeedReferences(o);
  const keys = await createSigningKeys();
  const latency = new Latency();

  let handler: ((req: Parameters<typeof route>[2], res: Parameters<typeof route>[3]) => void) | undefined;
  const server: Server = createServer((req, res) => handler?.(req, res));
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostInUrl = o.host.includes(':') ? `[${o.host}]` : o.host;
  const url = `http://${hostInUrl}:${port}`;
  const urls: SimulatorUrls = { url, identityUrl: `${url}/identity`, apiUrl: `${url}/api` };

  const scale = createTimeScale(o.timeScale);
  const world = new World(o);
  const ctx: SimContext = {
    options: o,
    scale,
    urls,
    world,
    grants: new GrantRegistry((tenantId) => world.organisationName(tenantId)),
    codes: new AuthorizationCodes(),
    refreshTokens: new RefreshTokens(scale.ms(REFRESH_GRACE_MS)),
    keys,
    accessTokens: new AccessTokens(keys, urls.identityUrl, scale.ms(ACCESS_TOKEN_LIFETIME_MS)),
    limiter: new RateLimiter(o.limits, o.window, o.timeScale),
    faults: new Faults(o.latencyMs),
    log: new RequestLog(o.maxLogEntries),
    latency,
  };
  const webhooks = new WebhookSender({ scale, world, grants: ctx.grants, apiUrl: urls.apiUrl });
  const control = createControl(ctx, webhooks);
  handler = (req, res) => {
    void route(ctx, control, req, res);
  };

  let closed: Promise<void> | undefined;
  return {
    ...urls,
    port,
    control,
    options: o,
    close() {
      closed ??= new Promise<void>((resolve) => {
        latency.releaseAll();
        webhooks.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** Users may only name organisations that exist; ids must be unique. */
function checkSeedReferences(o: ResolvedSimulatorOptions): void {
  const issues: Array<{ path: string; message: string }> = [];
  const tenants = new Set<string>();
  o.organisations.forEach((org, i) => {
    if (tenants.has(org.tenantId))
      issues.push({ path: `organisations.${i}.tenantId`, message: 'duplicate tenantId' });
    tenants.add(org.tenantId);
  });
  const clients = new Set<string>();
  o.apps.forEach((app, i) => {
    if (clients.has(app.clientId)) issues.push({ path: `apps.${i}.clientId`, message: 'duplicate clientId' });
    clients.add(app.clientId);
  });
  const users = new Set<string>();
  o.users.forEach((user, i) => {
    if (users.has(user.userId)) issues.push({ path: `users.${i}.userId`, message: 'duplicate userId' });
    users.add(user.userId);
    user.organisations.forEach((t, j) => {
      if (!tenants.has(t))
        issues.push({ path: `users.${i}.organisations.${j}`, message: `unknown tenantId "${t}"` });
    });
  });
  if (issues.length > 0) {
    const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new ConfigurationError(`Invalid simulator seed: ${list}`, issues);
  }
}
