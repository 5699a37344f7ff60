import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAccounting } from './api/accounting.js';
import { handleConnections } from './api/connections.js';
import type { Exchange, LogMeta, SimContext } from './context.js';
import type { SimulatorControl } from './control.js';
import { handleControlHttp } from './control-http.js';
import { BodyTooLargeError } from './http/read-body.js';
import { escapeHtml, sendHtml, sendJson, sendText } from './http/respond.js';
import { handleAuthorize } from './identity/authorize.js';
import { handleDiscovery, handleJwks, ROOT_DISCOVERY_PATH } from './identity/discovery.js';
import { handleRevocation } from './identity/revocation.js';
import { handleToken } from './identity/token-endpoint.js';
import { handleUserinfo } from './identity/userinfo.js';
import type { SimRequestLogEntry } from './types.js';

const ACCOUNTING_PREFIX = '/api/api.xro/2.0';
const CONTROL_PREFIX = '/__simulator/';

/** Dispatches one request and records it in the request log once answered. */
export async function route(
  ctx: SimContext,
  control: SimulatorControl,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const rawUrl = req.url ?? '/';
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const meta: LogMeta = { endpoint: 'other' };
  const ex: Exchange = { req, res, path, query: new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1)), meta };
  try {
    await dispatch(ctx, control, ex);
  } catch (error) {
    if (!res.headersSent && !res.destroyed) {
      if (error instanceof BodyTooLargeError) sendText(res, 413, 'Request Entity Too Large');
      else
        sendJson(res, 500, {
          Title: 'Simulator error',
          Status: 500,
          Detail: String((error as Error).message),
        });
    }
  } finally {
    // Control traffic is the test talking to the simulator, not the client under test: keep it out.
    if (meta.endpoint !== 'control') {
      const entry: SimRequestLogEntry = {
        ...meta,
        at: Date.now(),
        method: req.method ?? 'GET',
        path,
        status: res.statusCode,
      };
      ctx.log.record(entry);
    }
  }
}

async function dispatch(ctx: SimContext, control: SimulatorControl, ex: Exchange): Promise<void> {
  const { path, req, res } = ex;
  const now = Date.now();

  if (path.startsWith(CONTROL_PREFIX)) {
    if (!ctx.options.controlHttp) return notFound(ex);
    return handleControlHttp(control, ex, path.slice(CONTROL_PREFIX.length));
  }

  if (path.startsWith('/identity/')) {
    if (ctx.faults.isIdentityDown(now)) return sendText(res, 503, 'Not Available');
    if (injectedFailure(ctx, ex)) return;
    const m = req.method;
    switch (path) {
      case '/identity/.well-known/openid-configuration':
        return m === 'GET' ? handleDiscovery(ctx, ex) : notFound(ex);
      case '/identity/.well-known/openid-configuration/jwks':
        return m === 'GET' ? handleJwks(ctx, ex) : notFound(ex);
      case '/identity/connect/authorize':
        return m === 'GET' || m === 'POST' ? handleAuthorize(ctx, ex) : notFound(ex);
      case '/identity/connect/token':
        return m === 'POST' ? handleToken(ctx, ex) : notFound(ex);
      case '/identity/connect/revocation':
        return m === 'POST' ? handleRevocation(ctx, ex) : notFound(ex);
      case '/identity/connect/userinfo':
        return m === 'GET' || m === 'POST' ? handleUserinfo(ctx, ex) : notFound(ex);
      default:
        return notFound(ex);
    }
  }

  if (path.startsWith('/api/')) {
    if (ctx.faults.isApiDown(now)) return sendText(res, 503, 'Not Available');
    if (path === '/api/connections') return handleConnections(ctx, ex, undefined);
    if (path.startsWith('/api/connections/')) {
      return handleConnections(ctx, ex, decodeURIComponent(path.slice('/api/connections/'.length)));
    }
    if (path.startsWith(`${ACCOUNTING_PREFIX}/`))
      return handleAccounting(ctx, ex, path.slice(ACCOUNTING_PREFIX.length));
    return notFound(ex);
  }

  // Discovery at the server root too, for tools that look there; the issuer stays identityUrl.
  if (path === ROOT_DISCOVERY_PATH && req.method === 'GET') {
    if (ctx.faults.isIdentityDown(now)) return sendText(res, 503, 'Not Available');
    return handleDiscovery(ctx, ex);
  }
  if (path === '/' && req.method === 'GET') return sendHtml(res, 200, indexPage(ctx));
  return notFound(ex);
}

/** `failNext` / `malformedNext` on identity endpoints (API calls check after admission instead). */
function injectedFailure(ctx: SimContext, ex: Exchange): boolean {
  const status = ctx.faults.takeFailure([ex.path]);
  if (status !== undefined) {
    sendJson(ex.res, status, { error: 'server_error' });
    return true;
  }
  return false;
}

function notFound(ex: Exchange): void {
  sendJson(ex.res, 404, { Title: 'Not Found', Status: 404 });
}

function indexPage(ctx: SimContext): string {
  const { url, identityUrl, apiUrl } = ctx.urls;
  const li = (label: string, href: string) =>
    `<li>${escapeHtml(label)}: <a href="${escapeHtml(href)}">${escapeHtml(href)}</a></li>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Xero simulator</title></head>
<body style="font-family:system-ui,sans-serif"><h1>Local Xero simulator</h1><ul>
${li('Server', url)}${li('Identity (issuer)', identityUrl)}${li('Discovery', `${identityUrl}/.well-known/openid-configuration`)}${li('API', apiUrl)}
</ul></body></html>`;
}
