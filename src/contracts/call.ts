import type { CallPriority } from '../limits/limits-engine.js';
import type { Role } from '../roles.js';
import type { CallStats } from './call-stats.js';
import type { PoolEventSink } from './events.js';

/**
 * The contract between the call pipeline (src/xero) and the connection a call is made on (src/oauth):
 * the pipeline reads credentials from it, reports to it, counts on it and emits through it.
 */

/** The tokens and limit key a call is made with. A stored connection is one as it is: nothing is copied. */
export interface CallCredentials {
  readonly clientId: string;
  /** Null for tenantless calls (the `/connections` endpoints). */
  readonly tenantId: string | null;
  readonly accessToken: string;
}

/** The caller's bounds on waiting for credentials (a token refresh, and the refresh lock before it). */
export interface CallWait {
  /** Stops waiting with AbortedError; a refresh already running goes on for the others. */
  signal?: AbortSignal | undefined;
  /** Epoch ms after which waiting stops with DeadlineExceededError (or the still-valid token is used). */
  deadline?: number | undefined;
  /** An outage probe: a refresh this starts asks Xero once, with no retry of its own and no cooldown. */
  tryOnce?: boolean | undefined;
}

/**
 * What a call is made on: one object per (account, connection), made once and met by every call. The
 * optional members are absent for app-level calls (the tenantless `/connections` endpoints).
 */
export interface CallConnection {
  readonly accountId: string | undefined;
  /** The connection's role (the primary role when multi-connection is off). */
  readonly role: Role | undefined;
  /** The organisation last known for it, before credentials are read (for error messages). */
  readonly tenantId: string | undefined;
  readonly stats: CallStats | undefined;
  readonly events: PoolEventSink | undefined;
  /** Tokens for a call, refreshed first when due; `wait` bounds waiting for that refresh. */
  credentials(wait?: CallWait): Promise<CallCredentials>;
  /** Xero answered 401 for `rejectedAccessToken`: refresh once (single flight) and return fresh credentials. */
  refreshAfterRejection?(rejectedAccessToken: string, wait?: CallWait): Promise<CallCredentials>;
  /** A call succeeded: degraded → connected. */
  reportSuccess?(): void;
  /** A transient failure (outage, 5xx, timeout): connected → degraded; never broken. */
  reportTransientFailure?(error: Error): void;
  /** 403 AuthenticationUnsuccessful: confirm through /connections, and mark broken only if confirmed. */
  reportTenantNotAuthorised?(error: Error): Promise<void>;
}

/** Who makes a call and on which connection (a small object the pool makes per call). */
export interface CallSubject {
  readonly connection: CallConnection;
  /** The role the call was made for (differs from the connection's with multi-connection off). */
  readonly callRole: Role | undefined;
  readonly priority: CallPriority;
  readonly mayUseReserve: boolean;
  /** The account's fair-share weight at the app level (ScheduleOptions.weight); undefined: 1. */
  readonly weight?: number | undefined;
}
