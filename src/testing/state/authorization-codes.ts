import { randomBytes } from 'node:crypto';

/** What an authorization code stands for until it is exchanged. */
export interface AuthorizationCode {
  clientId: string;
  userId: string;
  redirectUri: string;
  scopes: string[];
  authEventId: string;
  nonce: string | undefined;
  codeChallenge: string | undefined;
  expiresAt: number;
}

/** Xero's codes live 5 minutes (scaled by the caller). */
export const CODE_LIFETIME_MS = 5 * 60_000;
/**
 * A floor in real ms under any time scale: a code crosses a browser redirect and a callback handler, which
 * take real time however small the scale.
 */
export const MIN_CODE_LIFETIME_REAL_MS = 1000;

/** Single-use, short-lived authorization codes. */
export class AuthorizationCodes {
  private readonly codes = new Map<string, AuthorizationCode>();

  issue(code: AuthorizationCode, now: number): string {
    this.prune(now);
    const value = randomBytes(32).toString('base64url');
    this.codes.set(value, code);
    return value;
  }

  /** Takes the code out: a second exchange finds nothing, whether the first succeeded or not. */
  consume(value: string): AuthorizationCode | undefined {
    const code = this.codes.get(value);
    this.codes.delete(value);
    return code;
  }

  private prune(now: number): void {
    if (this.codes.size < 1000) return;
    for (const [value, code] of this.codes) if (code.expiresAt <= now) this.codes.delete(value);
  }
}
