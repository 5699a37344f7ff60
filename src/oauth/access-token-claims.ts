import { decodeJwt } from 'jose';

/** The claims of a Xero access token this SDK reads. Decoded only: the token was just received over TLS. */
export interface AccessTokenClaims {
  /** Links the token to the consent that produced it; matches `authEventId` on `GET /connections`. */
  authenticationEventId: string | undefined;
  xeroUserId: string | undefined;
  /** Epoch ms. */
  expiresAt: number | undefined;
}

export function readAccessTokenClaims(accessToken: string): AccessTokenClaims {
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(accessToken);
  } catch {
    return { authenticationEventId: undefined, xeroUserId: undefined, expiresAt: undefined };
  }
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return {
    authenticationEventId: str(claims.authentication_event_id),
    xeroUserId: str(claims.xero_userid),
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : undefined,
  };
}
