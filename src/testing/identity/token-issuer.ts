import type { SimContext } from '../context.js';
import { REFRESH_TOKEN_LIFETIME_MS, type TokenResponseBody } from '../state/refresh-tokens.js';

export interface TokenSubject {
  clientId: string;
  userId: string;
  scopes: string[];
  authEventId: string;
}

/**
 * Builds a token response: an RS256 access token, a refresh token when `offline_access` was granted, and an
 * id_token (echoing the nonce) when asked for. `expires_in` is in scaled seconds, so it may be fractional.
 */
export async function issueTokenResponse(
  ctx: SimContext,
  subject: TokenSubject,
  opts: { idToken: boolean; nonce: string | undefined; generation: number },
  now: number,
): Promise<TokenResponseBody> {
  const { token, expiresInSeconds } = await ctx.accessTokens.issue(subject, now);
  const body: TokenResponseBody = {
    access_token: token,
    expires_in: expiresInSeconds,
    token_type: 'Bearer',
  };
  if (subject.scopes.includes('offline_access')) {
    body.refresh_token = ctx.refreshTokens.issue(
      {
        clientId: subject.clientId,
        userId: subject.userId,
        scopes: subject.scopes,
        authEventId: subject.authEventId,
        generation: opts.generation,
        expiresAt: now + ctx.scale.ms(REFRESH_TOKEN_LIFETIME_MS),
      },
      now,
    );
  }
  body.scope = subject.scopes.join(' ');
  if (opts.idToken && subject.scopes.includes('openid')) {
    const user = ctx.world.users.get(subject.userId);
    body.id_token = await ctx.keys.sign({
      iss: ctx.urls.identityUrl,
      aud: subject.clientId,
      sub: subject.userId,
      iat: now / 1000,
      nbf: now / 1000,
      exp: (now + ctx.scale.ms(5 * 60_000)) / 1000,
      auth_time: now / 1000,
      ...(opts.nonce !== undefined ? { nonce: opts.nonce } : {}),
      xero_userid: subject.userId,
      global_session_id: subject.authEventId.replaceAll('-', ''),
      sid: subject.authEventId.replaceAll('-', ''),
      ...(subject.scopes.includes('email') && user !== undefined ? { email: user.email } : {}),
      ...(subject.scopes.includes('profile') && user !== undefined
        ? {
            given_name: user.givenName,
            family_name: user.familyName,
            name: `${user.givenName} ${user.familyName}`,
            preferred_username: user.email,
          }
        : {}),
    });
  }
  return body;
}
