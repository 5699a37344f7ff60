import { randomBytes } from 'node:crypto';
import type { SigningKeys } from './signing-keys.js';

/** Xero's access tokens live 30 minutes. */
export const ACCESS_TOKEN_LIFETIME_MS = 30 * 60_000;

/** What the API needs to know about a bearer token once its signature is checked. */
export interface VerifiedAccessToken {
  clientId: string;
  userId: string;
  scopes: ReadonlySet<string>;
  authEventId: string;
  expMs: number;
  serial: number;
}

export type AccessTokenCheck =
  | { ok: true; token: VerifiedAccessToken }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'expired'; expiredAt: number };

/** Verified tokens are cached by their string so the hot path does no crypto. */
const CACHE_LIMIT = 10_000;

/**
 * Issues and checks RS256 access tokens. Each token carries a serial (in its `jti`) so that
 * `expireAccessTokens()` can expire every token issued so far without keeping a list of them.
 */
export class AccessTokens {
  private serial = 0;
  private readonly cache = new Map<string, VerifiedAccessToken>();
  /** Tokens with a serial at or below this are expired: globally, and per client. */
  private expiredUpTo = 0;
  private readonly expiredUpToByClient = new Map<string, number>();

  constructor(
    private readonly keys: SigningKeys,
    private readonly issuer: string,
    private readonly lifetimeMs: number,
  ) {}

  get audience(): string {
    return `${this.issuer}/resources`;
  }

  async issue(
    claims: { clientId: string; userId: string; scopes: readonly string[]; authEventId: string },
    now: number,
  ): Promise<{ token: string; expiresInSeconds: number }> {
    const serial = ++this.serial;
    const exp = now + this.lifetimeMs;
    const token = await this.keys.sign({
      nbf: now / 1000,
      exp: exp / 1000,
      iss: this.issuer,
      aud: this.audience,
      client_id: claims.clientId,
      sub: claims.userId,
      auth_time: now / 1000,
      xero_userid: claims.userId,
      global_session_id: claims.authEventId.replaceAll('-', ''),
      sid: claims.authEventId.replaceAll('-', ''),
      authentication_event_id: claims.authEventId,
      jti: serial.toString(16).padStart(12, '0') + randomBytes(10).toString('hex'),
      scope: [...claims.scopes],
      amr: ['pwd'],
    });
    return { token, expiresInSeconds: this.lifetimeMs / 1000 };
  }

  async check(token: string, now: number): Promise<AccessTokenCheck> {
    let verified = this.cache.get(token);
    if (verified === undefined) {
      const parsed = await this.verify(token);
      if (parsed === undefined) return { ok: false, reason: 'invalid' };
      verified = parsed;
      if (this.cache.size >= CACHE_LIMIT) {
        // Maps iterate in insertion order: drop the oldest.
        const oldest = this.cache.keys().next().value;
        if (oldest !== undefined) this.cache.delete(oldest);
      }
      this.cache.set(token, verified);
    }
    if (verified.expMs <= now) return { ok: false, reason: 'expired', expiredAt: verified.expMs };
    const forced = Math.max(this.expiredUpTo, this.expiredUpToByClient.get(verified.clientId) ?? 0);
    if (verified.serial <= forced) return { ok: false, reason: 'expired', expiredAt: now };
    return { ok: true, token: verified };
  }

  /** Every access token issued so far (optionally only one client's) is expired from now on. */
  expireAll(clientId?: string): void {
    if (clientId === undefined) this.expiredUpTo = this.serial;
    else this.expiredUpToByClient.set(clientId, this.serial);
  }

  private async verify(token: string): Promise<VerifiedAccessToken | undefined> {
    const claims = await this.keys.verify(token);
    if (claims === undefined) return undefined;
    const { iss, aud, exp, client_id, sub, authentication_event_id, scope, jti } = claims;
    if (iss !== this.issuer || aud !== this.audience) return undefined;
    if (typeof exp !== 'number' || typeof client_id !== 'string' || typeof sub !== 'string') return undefined;
    if (typeof authentication_event_id !== 'string' || typeof jti !== 'string' || !Array.isArray(scope)) {
      return undefined;
    }
    return {
      clientId: client_id,
      userId: sub,
      scopes: new Set(scope.filter((s): s is string => typeof s === 'string')),
      authEventId: authentication_event_id,
      expMs: exp * 1000,
      serial: Number.parseInt(jti.slice(0, 12), 16),
    };
  }
}
