import type { IncomingMessage } from 'node:http';
import { isIPv4 } from 'node:net';
import { isXeroConnectionsError } from '../errors/xero-connections-error.js';
import type { Exchange } from './context.js';
import type { SimulatorControl } from './control.js';
import { parseJsonBody, readBody } from './http/read-body.js';
import { sendJson } from './http/respond.js';

type Args = Record<string, unknown>;
type Route = (control: SimulatorControl, args: Args) => unknown;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * The control API over HTTP: `POST /__simulator/<name>` with a JSON body of arguments, or `GET` for the
 * read-only views. Served only when `controlHttp` is on; otherwise every such path is a 404.
 *
 * A web page the developer happens to visit must not drive it: every request needs a loopback `Host` on the
 * simulator's port and, if a browser sent an `Origin`, a loopback one (DNS rebinding, cross-origin reads),
 * and every POST needs `Content-Type: application/json` (a cross-origin page can only send that after a
 * CORS preflight, which the simulator never grants).
 */
const ROUTES: Record<string, Route> = {
  'approve-consent': async (c, a) => ({
    redirectUrl: await c.approveConsent(str(a.authorizationUrl), {
      ...(a.userId !== undefined ? { userId: str(a.userId) } : {}),
      ...(Array.isArray(a.tenantIds) ? { tenantIds: a.tenantIds.map(str) } : {}),
    }),
  }),
  'deny-consent': async (c, a) => ({ redirectUrl: await c.denyConsent(str(a.authorizationUrl)) }),
  'revoke-grant': (c, a) => c.revokeGrant({ clientId: str(a.clientId), userId: str(a.userId) }),
  'disconnect-tenant': (c, a) => c.disconnectTenant({ clientId: str(a.clientId), tenantId: str(a.tenantId) }),
  'custom-connection': (c, a) =>
    c.customConnection(a as unknown as Parameters<SimulatorControl['customConnection']>[0]),
  'remove-user': (c, a) => c.removeUser({ userId: str(a.userId), tenantId: str(a.tenantId) }),
  outage: (c, a) => c.outage(a as Parameters<SimulatorControl['outage']>[0]),
  'organisation-offline': (c, a) => c.organisationOffline(str(a.tenantId), a.durationMs as number),
  latency: (c, a) => c.setLatency(a.xeroMs !== undefined ? { xeroMs: a.xeroMs as number } : (a.ms as number)),
  'fail-next': (c, a) => c.failNext(a as Parameters<SimulatorControl['failNext']>[0]),
  'malformed-next': (c, a) => c.malformedNext(a as Parameters<SimulatorControl['malformedNext']>[0]),
  'lose-next-token-response': (c) => c.loseNextTokenResponse(),
  'spend-budget': (c, a) =>
    c.spendBudget({ clientId: str(a.clientId), tenantId: str(a.tenantId), calls: a.calls as number }),
  'expire-access-tokens': (c, a) =>
    c.expireAccessTokens(a.clientId !== undefined ? { clientId: str(a.clientId) } : {}),
  'clear-faults': (c) => c.clearFaults(),
  'reset-log': (c) => c.resetLog(),
  'rate-limit-state': (c, a) => c.rateLimitState({ clientId: str(a.clientId), tenantId: str(a.tenantId) }),
  'add-app': (c, a) => c.addApp(a as unknown as Parameters<SimulatorControl['addApp']>[0]),
  'add-organisation': (c, a) =>
    c.addOrganisation(a as unknown as Parameters<SimulatorControl['addOrganisation']>[0]),
  'add-user': (c, a) => c.addUser(a as unknown as Parameters<SimulatorControl['addUser']>[0]),
  'subscribe-webhooks': (c, a) =>
    c.subscribeWebhooks(a as unknown as Parameters<SimulatorControl['subscribeWebhooks']>[0]),
  'unsubscribe-webhooks': (c, a) => ({ removed: c.unsubscribeWebhooks({ clientId: str(a.clientId) }) }),
};

const VIEWS: Record<string, (control: SimulatorControl) => unknown> = {
  log: (c) => c.requestLog(),
  counters: (c) => c.counters(),
  apps: (c) => c.apps().map(({ clientSecret: _secret, ...app }) => app),
  organisations: (c) => c.organisations(),
  users: (c) => c.users(),
  webhooks: (c) => c.webhookSubscriptions(),
  'webhook-attempts': (c) => c.webhookAttempts(),
};

export async function handleControlHttp(
  control: SimulatorControl,
  ex: Exchange,
  name: string,
): Promise<void> {
  ex.meta.endpoint = 'control';
  const { req, res } = ex;
  const port = req.socket.localPort;
  if (!isLoopbackHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
    return sendJson(res, 403, {
      error: `the control API answers only requests to a loopback Host (127.0.0.0/8, localhost or [::1]) on port ${port ?? '?'}, from no or a loopback Origin`,
    });
  }
  if ((req.method === 'POST' || hasBody(req)) && !isJson(req.headers['content-type'])) {
    return sendJson(res, 415, { error: 'control requests must have Content-Type: application/json' });
  }
  if (req.method === 'GET') {
    const view = VIEWS[name];
    if (view === undefined) return sendJson(res, 404, { error: 'unknown control view' });
    return sendJson(res, 200, view(control));
  }
  const route = req.method === 'POST' ? ROUTES[name] : undefined;
  if (route === undefined) return sendJson(res, 404, { error: 'unknown control action' });
  const body = parseJsonBody(await readBody(req));
  if (body !== undefined && (typeof body !== 'object' || body === null || '__invalidJson' in body)) {
    return sendJson(res, 400, { error: 'body must be a JSON object of arguments' });
  }
  try {
    const result = await route(control, (body ?? {}) as Args);
    sendJson(res, 200, result ?? { ok: true });
  } catch (error) {
    if (!isXeroConnectionsError(error)) throw error;
    sendJson(res, 400, { error: error.code, message: error.message });
  }
}

/** `Host` as a browser sends it for a loopback URL of this server: 127.0.0.0/8, localhost or [::1], same port. */
function isLoopbackHost(host: string | undefined, port: number | undefined): boolean {
  // A bare host[:port] only: no userinfo, path or other characters a URL parser would reinterpret.
  if (
    host === undefined ||
    port === undefined ||
    !/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(host)
  ) {
    return false;
  }
  return isLoopbackAuthority(`http://${host}`, port);
}

/** No `Origin` (not a browser, or a same-origin GET), or a loopback origin of this server. */
function isAllowedOrigin(origin: string | undefined, port: number | undefined): boolean {
  if (origin === undefined) return true;
  return port !== undefined && /^http:\/\/[^/@]+$/i.test(origin) && isLoopbackAuthority(origin, port);
}

function isLoopbackAuthority(origin: string, port: number): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // WHATWG URL canonicalises the address (`127.1` → `127.0.0.1`, `[0::1]` → `[::1]`) and lower-cases names.
  const name = url.hostname;
  const loopback = name === 'localhost' || name === '[::1]' || (isIPv4(name) && name.startsWith('127.'));
  return loopback && Number(url.port === '' ? 80 : url.port) === port;
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
