// Contracts live in src/contracts/, below every layer that emits or listens (pool, oauth, xero).
import type { RateLimitProblem } from '../errors/rate-limit-error.js';
import type { RemainingQuota } from '../limits/limits-engine.js';
import type { Role } from '../roles.js';

/** What an outage affects: Xero's API, its identity service (refreshes), or one organisation (offline). */
export type OutageScopeKind = 'api' | 'identity' | 'organisation';

/** Health of one connection. */
export type ConnectionHealth = 'connected' | 'degraded' | 'broken' | 'not_connected';

export interface ConnectionEventBase {
  accountId: string;
  /** The connection's role (with multi-connection off, the primary role). */
  role: Role;
  tenantId?: string | undefined;
}

export interface CallEventBase extends ConnectionEventBase {
  /** The role the call was made for (may differ from `role` when multi-connection is off). */
  callRole: Role;
  method: string;
  path: string;
  priority: 'interactive' | 'batch';
}

/** Every event a pool emits, by name. Payloads never contain tokens or secrets. */
export interface PoolEvents {
  /** The connection needs the user to reconnect. `message` is ready for the dashboard notification. */
  'connection:broken': ConnectionEventBase & { reason: string; message: string };
  /** A broken or degraded connection works again. */
  'connection:restored': ConnectionEventBase & { previous: ConnectionHealth };
  /** Transient trouble (outage, timeouts, 5xx); the connection is not broken and recovers by itself. */
  'connection:degraded': ConnectionEventBase & { error: string; consecutiveFailures: number };
  /**
   * Xero is down for this connection: its calls now wait (spending no rate-limit units) while one probe
   * at a time checks for revival. Once per outage per connection; health stays `degraded`, never broken.
   */
  'connection:outage': ConnectionEventBase & {
    /** `api`: the Accounting API; `identity`: token refreshes; `organisation`: this organisation offline. */
    scope: OutageScopeKind;
    error: string;
  };
  /** The outage that `connection:outage` reported is over: held calls resume at the normal pace. */
  'connection:recovered': ConnectionEventBase & { scope: OutageScopeKind; downMs: number };
  /** A new token set was stored. */
  'tokens:refreshed': ConnectionEventBase & { expiresAt: Date };
  /** A consent connected an organisation other than the pinned one; nothing was stored. */
  'tenant:mismatch': ConnectionEventBase & { expectedTenantId: string; actualTenantIds: string[] };
  'call:queued': CallEventBase;
  'call:started': CallEventBase & { waitedMs: number };
  'call:finished': CallEventBase & { status: number | undefined; durationMs: number; ok: boolean };
  'call:rate-limited': CallEventBase & { problem: RateLimitProblem; retryAfterMs: number | undefined };
  /** Xero's latest word on the remaining budget, from response headers. */
  quota: ConnectionEventBase & { clientId: string; remaining: RemainingQuota };
}

export type PoolEventName = keyof PoolEvents;

/** The small typed emitter pools share with their collaborators. */
export interface PoolEventSink {
  emit<K extends PoolEventName>(name: K, payload: PoolEvents[K]): void;
}
