import { randomBytes } from 'node:crypto';

/** Xero: a refresh token unused for 60 days expires. */
export const REFRESH_TOKEN_LIFETIME_MS = 60 * 24 * 60 * 60_000;
/** Xero: after rotation the previous refresh token stays usable for 30 minutes. */
export const REFRESH_GRACE_MS = 30 * 60_000;

/** The token-endpoint JSON a refresh produced, kept so a 'same-pair' replay can return it again. */
export type TokenResponseBody = Record<string, string | number>;

export interface RefreshTokenRecord {
  clientId: string;
  userId: string;
  scopes: string[];
  authEventId: string;
  /** The grant generation at issue: a revocation bumps the grant's and kills this token. */
  generation: number;
  expiresAt: number;
  /** Set when this token was exchanged for a new pair. */
  rotatedAt?: number;
  /** The response of that first exchange. */
  firstResponse?: TokenResponseBody;
}

/** Opaque refresh tokens with rotation and grace. */
export class RefreshTokens {
  private readonly tokens = new Map<string, RefreshTokenRecord>();
  private issuedSincePrune = 0;

  constructor(private readonly graceMs: number) {}

  issue(record: RefreshTokenRecord, now: number): string {
    if (++this.issuedSincePrune >= 1000) this.prune(now);
    const value = randomBytes(32).toString('hex');
    this.tokens.set(value, record);
    return value;
  }

  get(value: string): RefreshTokenRecord | undefined {
    return this.tokens.get(value);
  }

  /** Whether a rotated token is still inside its grace period. */
  inGrace(record: RefreshTokenRecord, now: number): boolean {
    return record.rotatedAt !== undefined && now - record.rotatedAt < this.graceMs;
  }

  /** Refresh tokens that can never be used again are dropped so memory stays bounded. */
  private prune(now: number): void {
    this.issuedSincePrune = 0;
    for (const [value, r] of this.tokens) {
      const graceOver = r.rotatedAt !== undefined && now - r.rotatedAt >= this.graceMs;
      if (r.expiresAt <= now || graceOver) this.tokens.delete(value);
    }
  }
}
