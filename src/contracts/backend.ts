// The contract between the host and a shared backend (the Redis one in `@wise-pay/xero-connections/redis`).
// It lives here so neither side imports the other: the main entry never loads a backend's driver.
import type { LimitsEngine, XeroLimits } from '../limits/limits-engine.js';
import type { Logger } from '../logger.js';
import type { PendingAuthorizationStore } from '../stores/pending-authorization-store.js';
import type { RefreshLock, TokenStore } from '../stores/token-store.js';
import type { TimeScale } from '../time-scale.js';

/**
 * The host's own configuration, handed to {@link XeroBackend.attach}: a backend builds its parts from it,
 * so the limits, time scale and reserve it enforces are by construction the host's.
 */
export interface BackendContext {
  /** The host's time scale (`timeScale` option). */
  readonly timeScale: TimeScale;
  /** Xero's limits of an app by client id: the host's `apps`, tiers and `limits` overrides applied. */
  limitsFor(clientId: string): XeroLimits;
  /** The host's `rateLimits.interactiveReserve`. */
  readonly interactiveReserve: number;
  /** The host's `rateLimits.appInteractiveReserve` (a share of each app's minute). Absent: the default. */
  readonly appInteractiveReserve?: number | undefined;
  /** The host's logger, secrets already scrubbed. */
  readonly logger: Logger;
}

/** What a backend gives one host: every part the processes of a deployment share. */
export interface BackendParts {
  store: TokenStore;
  refreshLock: RefreshLock;
  limits: LimitsEngine;
  pendingAuthorizations: PendingAuthorizationStore;
  /**
   * Called by `host.close()` after its pools closed: stops what this attachment runs (queued calls reject
   * with `ClosedError`). The backend's connection stays open until the backend itself is closed.
   */
  close(): Promise<void>;
}

/**
 * A backend shared by the processes of a deployment, passed to the host as its `backend` option, e.g.
 * `new XeroConnections({ apps, backend: await createRedisBackend({ url }) })`. The host calls `attach()`
 * once, with its own configuration; you do not call it yourself.
 */
export interface XeroBackend {
  attach(context: BackendContext): BackendParts;
}
