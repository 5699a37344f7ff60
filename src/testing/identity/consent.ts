import type { SimContext } from '../context.js';
import { CODE_LIFETIME_MS, MIN_CODE_LIFETIME_REAL_MS } from '../state/authorization-codes.js';
import { type AuthorizeRequest, errorRedirect } from './authorize-request.js';

/** The user's choice cannot be honoured (unknown user, an organisation they may not authorise). */
export class ConsentError extends Error {
  override readonly name = 'ConsentError';
}

/**
 * "Allow access": records the consent (one auth event connecting the chosen organisations), issues a
 * single-use code and returns the URL the browser is sent back to. The HTML form and the scripted
 * `approveConsent` both end here.
 */
export function approveConsent(
  ctx: SimContext,
  request: AuthorizeRequest,
  userId: string,
  tenantIds: readonly string[],
): string {
  const user = ctx.world.users.get(userId);
  if (user === undefined) throw new ConsentError(`unknown user "${userId}"`);
  const unique = [...new Set(tenantIds)];
  const refused = unique.filter((t) => !user.organisations.includes(t));
  if (refused.length > 0) {
    throw new ConsentError(`user "${userId}" may not authorise organisation(s) ${refused.join(', ')}`);
  }
  const now = Date.now();
  const { authEventId } = ctx.grants.consent(request.app.clientId, userId, unique, now);
  const code = ctx.codes.issue(
    {
      clientId: request.app.clientId,
      userId,
      redirectUri: request.redirectUri,
      scopes: request.scopes,
      authEventId,
      nonce: request.nonce,
      codeChallenge: request.codeChallenge,
      expiresAt: now + Math.max(ctx.scale.ms(CODE_LIFETIME_MS), MIN_CODE_LIFETIME_REAL_MS),
    },
    now,
  );
  const url = new URL(request.redirectUri);
  url.searchParams.set('code', code);
  url.searchParams.set('scope', request.scopes.join(' '));
  if (request.state !== undefined) url.searchParams.set('state', request.state);
  return url.toString();
}

/** "Cancel": back to the app with `access_denied`. */
export function denyConsent(request: AuthorizeRequest): string {
  return errorRedirect(request.redirectUri, 'access_denied', undefined, request.state);
}
