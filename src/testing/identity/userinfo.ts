import { authenticateBearer } from '../api/bearer-auth.js';
import type { Exchange, SimContext } from '../context.js';
import { sendJson } from '../http/respond.js';

/** GET /connect/userinfo: the signed-in user's claims for a token with the `openid` scope. */
export async function handleUserinfo(ctx: SimContext, ex: Exchange): Promise<void> {
  ex.meta.endpoint = 'userinfo';
  const token = await authenticateBearer(ctx, ex);
  if (token === undefined) return;
  const user = ctx.world.users.get(token.userId);
  if (!token.scopes.has('openid') || user === undefined) {
    sendJson(ex.res, 403, { error: 'insufficient_scope' });
    return;
  }
  sendJson(ex.res, 200, {
    sub: user.userId,
    xero_userid: user.userId,
    ...(token.scopes.has('email') ? { email: user.email } : {}),
    ...(token.scopes.has('profile')
      ? {
          given_name: user.givenName,
          family_name: user.familyName,
          name: `${user.givenName} ${user.familyName}`,
        }
      : {}),
  });
}
