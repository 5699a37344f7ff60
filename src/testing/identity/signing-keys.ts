import { randomUUID } from 'node:crypto';
import { CompactSign, compactVerify, exportJWK, generateKeyPair, type JWK } from 'jose';

/**
 * One RS256 key pair per simulator instance: it signs access tokens and id_tokens, and its public half is
 * served as the JWKS so a client can verify signatures (openid-client's non-repudiation checks).
 */
export interface SigningKeys {
  readonly kid: string;
  readonly publicJwk: JWK;
  /** Signs a JWT with the given claims (RS256, `typ: JWT`, this key's `kid`). */
  sign(claims: Record<string, unknown>): Promise<string>;
  /** Verifies the signature and returns the parsed claims, or undefined if the token is not ours. */
  verify(token: string): Promise<Record<string, unknown> | undefined>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function createSigningKeys(): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return {
    kid,
    publicJwk,
    // CompactSign rather than SignJWT: NumericDate claims are passed through as-is, so a scaled lifetime of
    // a few seconds keeps millisecond precision (fractional exp is valid per RFC 7519).
    sign: (claims) =>
      new CompactSign(encoder.encode(JSON.stringify(claims)))
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
        .sign(privateKey),
    async verify(token) {
      try {
        const { payload } = await compactVerify(token, publicKey, { algorithms: ['RS256'] });
        const claims: unknown = JSON.parse(decoder.decode(payload));
        return typeof claims === 'object' && claims !== null
          ? (claims as Record<string, unknown>)
          : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
