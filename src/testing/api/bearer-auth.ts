import type { Exchange, SimContext } from '../context.js';
import { problem, sendJson } from '../http/respond.js';
import type { VerifiedAccessToken } from '../identity/access-tokens.js';

/**
 * Checks the bearer token of an API call. On failure it answers 401 the way Xero does and returns
 * undefined: `TokenExpired: token expired at …` for an expired token, `AuthenticationUnsuccessful` for one
 * that is missing or not ours.
 */
export async function authenticateBearer(
  ctx: SimContext,
  ex: Exchange,
): Promise<VerifiedAccessToken | undefined> {
  const header = ex.req.headers.authorization;
  const token = header !== undefined && /^bearer /i.test(header) ? header.slice(7).trim() : '';
  const check =
    token === ''
      ? ({ ok: false, reason: 'invalid' } as const)
      : await ctx.accessTokens.check(token, Date.now());
  if (check.ok) {
    ex.meta.clientId = check.token.clientId;
    return check.token;
  }
  const detail =
    check.reason === 'expired'
      ? `TokenExpired: token expired at ${xeroDate(check.expiredAt)}`
      : 'AuthenticationUnsuccessful';
  sendJson(ex.res, 401, problem(401, 'Unauthorized', detail), {
    'www-authenticate': check.reason === 'expired' ? 'Bearer error="invalid_token"' : 'Bearer',
  });
  return undefined;
}

/** Xero writes the expiry as `MM/dd/yyyy HH:mm:ss` (UTC). */
function xeroDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
