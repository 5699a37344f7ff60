/** Tunables of the OAuth lifecycle. Durations are real-world ms, multiplied by the time scale unless noted. */
export interface OAuthSettings {
  /** Refresh this long before the access token expires. @default 300000 (5 min) */
  refreshEarlyMs: number;
  /** `keepAlive()` refreshes connections not refreshed for this long. @default 30 days */
  keepAliveAfterMs: number;
  /** How long a begun authorization (and an organisation choice) stays valid. @default 600000 (10 min) */
  authorizationTtlMs: number;
  /** How long Xero accepts the previous refresh token after a rotation. @default 1800000 (30 min) */
  refreshGraceMs: number;
  /** Xero's refresh-token lifetime when unused; an invalid_grant past it is reported as expiry. @default 60 days */
  refreshTokenLifetimeMs: number;
  /** Retries of one refresh after a transient failure, always with the same refresh token. @default 3 */
  refreshRetries: number;
  /** First retry delay, doubled per retry. @default 1000 */
  refreshRetryBaseDelayMs: number;
  /** After a refresh failed transiently, refreshes wait at least this long (doubling to a cap of 60 s). @default 2000 */
  refreshCooldownMs: number;
  /** How long a refresh may hold the refresh lock, in real ms (NOT scaled: it bounds HTTP time). @default 120000 */
  refreshLockTtlMs: number;
  /**
   * How long `close()` waits for refreshes in flight and for storing rotated sets the store refused, in
   * real ms (NOT scaled: it bounds HTTP and store time). @default 10000
   */
  closeTimeoutMs: number;
  /**
   * Retries of storing a rotated token set after the store failed (the set is kept in memory meanwhile,
   * and stored by the next refresh of the connection if these retries fail too). @default 4
   */
  storeWriteRetries: number;
  /** First delay between those retries, doubled per retry. @default 250 */
  storeWriteRetryBaseDelayMs: number;
  /**
   * Revoke the refresh token on disconnect. Xero then removes ALL connections of that user to the app,
   * so it is skipped when another role of the account shares the grant. @default true
   */
  revokeOnDisconnect: boolean;
}

export const DEFAULT_OAUTH_SETTINGS: Readonly<OAuthSettings> = {
  refreshEarlyMs: 5 * 60_000,
  keepAliveAfterMs: 30 * 24 * 3_600_000,
  authorizationTtlMs: 10 * 60_000,
  refreshGraceMs: 30 * 60_000,
  refreshTokenLifetimeMs: 60 * 24 * 3_600_000,
  refreshRetries: 3,
  refreshRetryBaseDelayMs: 1000,
  refreshCooldownMs: 2000,
  refreshLockTtlMs: 120_000,
  closeTimeoutMs: 10_000,
  storeWriteRetries: 4,
  storeWriteRetryBaseDelayMs: 250,
  revokeOnDisconnect: true,
};

export const MAX_REFRESH_COOLDOWN_MS = 60_000;

/**
 * The part of the refresh lock's ttl kept for storing the rotated set: the identity requests of one refresh
 * stop this long before the lock may lapse (a fifth of the ttl, at most 15 s).
 */
export function refreshStoreReserveMs(refreshLockTtlMs: number): number {
  return Math.min(refreshLockTtlMs / 5, 15_000);
}
