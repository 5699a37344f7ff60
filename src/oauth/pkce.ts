import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe value of 256 bits, for `state`, `nonce` and PKCE verifiers. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The PKCE S256 challenge of a verifier. */
export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}
