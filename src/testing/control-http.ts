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
  'remove-user': (c, a) => c.removeUser({ userId: str(a.userId), tenantId: str(a.tenantId) }),
  outage: (c, a) => c.outage(a as Parameters<SimulatorControl['outage']>[0]),
  'organisation-offline': (c, a) => c.organisationOffline(str(a.tenantId), a.durationMs as number),
  latency: (c, a) => c.setLatency(a.ms as number),
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
};

const VIEWS: Record<string, (control: SimulatorControl) => unknown> = {
  log: (c) => c.requestLog(),
  counters: (c) => c.counters(),
  apps: (c) => c.apps().map(({ clientSecret: _secret, ...app }) => app),
  organisations: (c) => c.organisations(),
  users: (c) => c.users(),
};

export async function handleControlHttp(
  control: SimulatorControl,
  ex: Exchange,
  name: string,
): Promise<void> {
  ex.meta.endpoint = 'control';
  const { req, res } = ex;
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
