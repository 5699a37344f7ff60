import type { Exchange, SimContext } from '../context.js';
import { readForm } from '../http/read-body.js';
import { sendJson } from '../http/respond.js';
import { authenticateClient } from './client-auth.js';

/**
 * POST /connect/revocation with `token=<refresh_token>`: revokes the grant, which removes all of that
 * user's connections to the app (Xero documents this). Unknown tokens get 200, as RFC 7009 asks.
 */
export async function handleRevocation(ctx: SimContext, ex: Exchange): Promise<void> {
  ex.meta.endpoint = 'revoke';
  const form = await readForm(ex.req);
  const auth = authenticateClient(ctx.world, ex.req, form);
  if (!auth.ok) {
    sendJson(
      ex.res,
      401,
      { error: 'invalid_client' },
      { 'www-authenticate': 'Basic realm="xero-simulator"' },
    );
    return;
  }
  ex.meta.clientId = auth.app.clientId;
  const token = form.get('token');
  if (!token) {
    sendJson(ex.res, 400, { error: 'invalid_request', error_description: 'token is missing' });
    return;
  }
  const record = ctx.refreshTokens.get(token);
  if (record !== undefined && record.clientId === auth.app.clientId) {
    ctx.grants.revoke(record.clientId, record.userId);
  }
  ex.res.writeHead(200, { 'content-length': 0, 'cache-control': 'no-store' });
  ex.res.end();
}
