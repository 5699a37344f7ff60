import type { ConnectionHealth } from '../contracts/events.js';
import type { RateLimitProblem } from '../errors/rate-limit-error.js';
import type { RemainingQuota } from '../limits/limits-engine.js';
import type { Role } from '../roles.js';

/** A point-in-time view of one connection, from `pool.metrics()`. */
export interface ConnectionMetrics {
  /** The connection's role. */
  role: Role;
  /** The roles whose calls it carries (all three with multi-connection off). */
  serves: Role[];
  appName: string;
  clientId: string;
  /** Known once the connection's record was read (a call, `status()`, a token test) or the pinned option named it. */
  tenantId: string | undefined;
  health: ConnectionHealth;
  /**
   * Calls waiting for / holding a slot of the connection's (app, tenant) bucket. Roles whose connections
   * share one app share the bucket, so they report the same figures.
   */
  queued: number;
  inFlight: number;
  /** What the local window still allows this minute; undefined before the tenant is known. */
  minuteRemaining: number | undefined;
  /** What the day budget still allows (the lower of the local count and Xero's last word). */
  dayRemaining: number | undefined;
  /** Xero's last reported `X-*-Remaining` figures. */
  reported: RemainingQuota;
  /** Until when the day limit is known to be spent. */
  dayExhaustedUntil: Date | undefined;
  /** Counted since the pool was made. */
  calls: { attempts: number; succeeded: number; failed: number; retries: number };
  /** 429 answers by `X-Rate-Limit-Problem`. */
  http429: Record<RateLimitProblem, number>;
}

export interface PoolMetrics {
  accountId: string;
  multiConnection: boolean;
  connections: ConnectionMetrics[];
}
