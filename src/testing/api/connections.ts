import type { Exchange, SimContext } from '../context.js';
import { sendJson, sendMalformedJson } from '../http/respond.js';
import { remainingHeaders } from '../rate-limits/headers.js';
import type { SimConnection } from '../types.js';
import { authenticateBearer } from './bearer-auth.js';
import { applyLatency } from './latency.js';
import { sendRateLimited } from './rate-limited.js';

/**
 * GET /connections (optionally `?authEventId=`) and DELETE /connections/{id}. Tenantless: no tenant header,
 * only the app-wide minute budget is spent, and only X-AppMinLimit-Remaining comes back.
 */
export async function handleConnections(
  ctx: SimContext,
  ex: Exchange,
  connectionId: string | undefined,
): Promise<void> {
  ex.meta.endpoint = 'connections';
  const token = await authenticateBearer(ctx, ex);
  if (token === undefined) return;
  const method = ex.req.method;
  if (
    !(method === 'GET' && connectionId === undefined) &&
    !(method === 'DELETE' && connectionId !== undefined)
  ) {
    if (ctx.options.variations.unsupportedMethodStatus === 404) {
      sendJson(ex.res, 404, { Title: 'Not Found', Status: 404 });
    } else {
      sendJson(ex.res, 405, { Title: 'Method Not Allowed', Status: 405 });
    }
    return;
  }
  const admission = ctx.limiter.admitAppOnly(token.clientId, Date.now());
  if (!admission.ok) {
    sendRateLimited(ctx, ex, admission);
    return;
  }
  await applyLatency(ctx);
  const headers = remainingHeaders(admission.remaining);
  const failure = ctx.faults.takeFailure(['/connections', ex.path]);
  if (failure !== undefined) {
    sendJson(ex.res, failure, { Title: 'An error occurred', Status: failure }, headers);
    return;
  }
  if (method === 'DELETE') {
    const deleted = ctx.grants.deleteConnection(token.clientId, token.userId, connectionId as string);
    if (deleted) {
      ex.res.writeHead(204, headers);
      ex.res.end();
    } else {
      sendJson(ex.res, 404, { Title: 'Not Found', Status: 404, Detail: 'Connection not found' }, headers);
    }
    return;
  }
  const unzoned = ctx.options.variations.connectionDates === 'unzoned';
  const dateOf = (iso: string) => (unzoned ? unzonedDate(iso) : iso);
  const authEventId = ex.query.get('authEventId');
  const list: SimConnection[] = ctx.grants
    .connections(token.clientId, token.userId)
    .filter((c) => authEventId === null || c.authEventId === authEventId)
    .map((c) => ({
      id: c.id,
      authEventId: c.authEventId,
      tenantId: c.tenantId,
      tenantType: c.tenantType,
      tenantName: c.tenantName,
      createdDateUtc: dateOf(c.createdDateUtc),
      updatedDateUtc: dateOf(c.updatedDateUtc),
    }));
  if (ctx.faults.takeMalformed(['/connections', ex.path])) {
    sendMalformedJson(ex.res, headers);
    return;
  }
  sendJson(ex.res, 200, list, headers);
}

/** .NET's round-trip form of a UTC instant without its zone: `2024-01-01T10:00:00.0000000`. */
function unzonedDate(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${at.toISOString().slice(0, 23)}0000`;
}
