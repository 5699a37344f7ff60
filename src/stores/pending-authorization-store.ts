import type { Role } from '../roles.js';

/**
 * An authorization begun by `beginConnect` and not yet completed: the server-side half of `state`. It holds
 * the PKCE verifier and nonce, so it must never reach the browser.
 */
export interface PendingAuthorization {
  /** The opaque random `state` sent to Xero. */
  state: string;
  accountId: string;
  /** The role being connected (the stored role: the primary role when multi-connection is off). */
  role: Role;
  /** The app (OAuth client) the authorization was started with. */
  clientId: string;
  redirectUri: string;
  codeVerifier: string;
  /** OpenID Connect nonce; empty when the app's scopes do not include `openid`. */
  nonce: string;
  /** Epoch ms after which the callback is refused as expired. */
  expiresAt: number;
}

/**
 * Where pending authorizations live between the redirect to Xero and the callback. With several processes
 * behind a load balancer the callback may land on another process: use a shared (Redis) implementation.
 */
export interface PendingAuthorizationStore {
  save(pending: PendingAuthorization): Promise<void>;
  /**
   * Reads without consuming, e.g. for a callback route to find the account a `state` belongs to. Secrets
   * (verifier, nonce) are left out.
   */
  peek(
    state: string,
  ): Promise<Pick<PendingAuthorization, 'state' | 'accountId' | 'role' | 'expiresAt'> | null>;
  /**
   * Removes and returns the authorization: single use. May return an expired record while it is still
   * retained, so callers can tell an expired state from a forged one; callers must check `expiresAt`.
   */
  take(state: string): Promise<PendingAuthorization | null>;
  close?(): Promise<void>;
}
