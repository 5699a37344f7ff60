import type { OrganisationSeed } from './accounting/contract.js';

export type { OrganisationSeed };

/** A Xero app (OAuth client) registered with the simulator. */
export interface SimApp {
  /** Display name shown on the consent page. */
  name: string;
  clientId: string;
  clientSecret: string;
  /**
   * Registered redirect URIs. A loopback URI (127.0.0.1, localhost, [::1]) matches on any port, as for a
   * native app; every other URI must match exactly.
   */
  redirectUris: string[];
  /** Xero pricing tier: a Starter app gets the smaller day limit (`limits.perDayStarter`). @default 'standard' */
  tier?: 'starter' | 'standard';
  /** Scopes the app may request. @default ALL_SCOPES */
  scopes?: string[];
}

/** A Xero user, and the organisations they may authorise apps for. */
export interface SimUser {
  userId: string;
  /** @default `${userId}@example.com` */
  email?: string;
  /** @default 'Demo' */
  givenName?: string;
  /** @default 'User' */
  familyName?: string;
  /** Tenant ids this user may connect. */
  organisations: string[];
}

/** The seeded world: apps, organisations, users. */
export interface SimulatorSeed {
  apps: SimApp[];
  organisations: OrganisationSeed[];
  users: SimUser[];
}

/** Xero's rate limits, all overridable. */
export interface SimLimits {
  /** Calls in progress per (app, tenant). @default 5 */
  concurrent: number;
  /** Calls per minute per (app, tenant). @default 60 */
  perMinute: number;
  /** Calls per day per (app, tenant) for a standard app. @default 5000 */
  perDay: number;
  /** Calls per day per (app, tenant) for a Starter app. @default 1000 */
  perDayStarter: number;
  /** Calls per minute per app across all tenants. @default 10000 */
  appPerMinute: number;
}

export type RateLimitProblemName = 'minute' | 'day' | 'concurrent' | 'appminute';

export type SimEndpoint =
  | 'token'
  | 'revoke'
  | 'authorize'
  | 'connections'
  | 'api'
  | 'discovery'
  | 'jwks'
  | 'userinfo'
  | 'control'
  | 'other';

/** One line of the simulator's request log. Never holds a token, secret, code or verifier. */
export interface SimRequestLogEntry {
  /** Epoch ms when the response was sent. */
  at: number;
  clientId?: string;
  tenantId?: string;
  method: string;
  path: string;
  status: number;
  rateLimitProblem?: RateLimitProblemName;
  idempotencyKey?: string;
  endpoint: SimEndpoint;
  grantType?: string;
  /** The token endpoint did the work, then dropped the connection without replying (`loseNextTokenResponse`). */
  responseLost?: true;
}

export interface SimCounters {
  requests: number;
  tokenRequests: number;
  http429: Record<RateLimitProblemName, number>;
  byStatus: Record<number, number>;
}

/** A connection as `GET /connections` shows it. */
export interface SimConnection {
  id: string;
  authEventId: string;
  tenantId: string;
  tenantType: 'ORGANISATION';
  tenantName: string | null;
  createdDateUtc: string;
  updatedDateUtc: string;
}
