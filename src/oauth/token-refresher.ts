import { XeroUnavailableError } from '../errors/api-errors.js';
import {
  type BrokenReason,
  type ConnectionBrokenError,
  NotConnectedError,
} from '../errors/connection-errors.js';
import { StoreConflictError } from '../errors/infrastructure-errors.js';
import type { Logger } from '../logger.js';
import type { ResolvedApp } from '../options.js';
import type { PoolEventSink } from '../pool/events.js';
import type { Role } from '../roles.js';
import type { RefreshLock, StoredConnection, Versioned } from '../stores/token-store.js';
import { sleep, type TimeScale } from '../time-scale.js';
import type { ConnectionHealthTracker } from './connection-health.js';
import type { ConnectionRecords } from './connection-records.js';
import type { IdentityClient } from './identity-client.js';
import { isInvalidGrant, isTransientIdentityError } from './identity-errors.js';
import { MAX_REFRESH_COOLDOWN_MS, type OAuthSettings } from './oauth-settings.js';

/** Decides, against the freshest record, whether a refresh is still needed. */
export type RefreshNeed = (connection: StoredConnection) => boolean;

export interface RefreshOptions {
  /**
   * The broken reason to record if Xero refuses the refresh token, when the caller knows more than the
   * token endpoint says (e.g. the organisation also vanished from /connections: access was revoked).
   */
  invalidGrantReason?: BrokenReason | undefined;
}

/**
 * What the refresher needs of its account (the AccountContext provides it as is: no adapter object or
 * closures per account).
 */
export interface TokenRefresherDeps {
  readonly accountId: string;
  readonly records: ConnectionRecords;
  readonly health: ConnectionHealthTracker;
  readonly settings: Readonly<OAuthSettings>;
  readonly deps: {
    readonly refreshLock: RefreshLock;
    readonly identity: IdentityClient;
    readonly events: PoolEventSink;
    readonly logger: Logger;
    readonly timeScale: TimeScale;
  };
  appFor(connection: StoredConnection): ResolvedApp;
  /** Marks the connection broken after Xero refused the refresh token; returns the error to throw. */
  markInvalidGrant(
    role: Role,
    used: StoredConnection,
    cause: Error,
    reason: BrokenReason | undefined,
  ): Promise<ConnectionBrokenError>;
  brokenError(connection: StoredConnection): ConnectionBrokenError;
}

/** The refresh lock's key for one connection; connect, refresh and disconnect all serialize on it. */
export function refreshLockKey(accountId: string, role: Role): string {
  return `xero-connections:refresh:${accountId.length}:${accountId}:${role}`;
}

/** Rotations adopted from other parties within one refresh before giving up. */
const MAX_ADOPTIONS = 3;

/**
 * Refreshes a connection's tokens without ever losing a rotation:
 * - one refresh in flight per role in this process (a map of promises cleared when settled), and
 *   across processes under the refresh lock;
 * - after taking the lock the store is read again: someone else may have refreshed already;
 * - the new token set is stored (compare-and-set) before anyone receives it;
 * - a lost or failed answer is retried with the SAME refresh token (Xero accepts the previous one for
 *   30 minutes), a bounded number of times;
 * - `invalid_grant` first re-reads the store: if another party rotated, its token is used instead;
 * - transient failures make the connection degraded, never broken, and throttle further attempts.
 */
export class TokenRefresher {
  readonly #deps: TokenRefresherDeps;
  // Made on first use: most accounts of a large host are not refreshing, and never saw a failure.
  #inflight: Map<Role, Promise<StoredConnection>> | undefined;
  #cooldown: Map<Role, { until: number; failures: number; error: Error }> | undefined;

  constructor(deps: TokenRefresherDeps) {
    this.#deps = deps;
  }

  /** Resolves to a stored connection for which `need` is false, refreshing at most once per caller. */
  async ensure(role: Role, need: RefreshNeed, options: RefreshOptions = {}): Promise<StoredConnection> {
    // Joining a refresh started by someone else: its result may not satisfy this caller's need (e.g. the
    // joined refresh found the token fresh while this caller holds a rejection of that very token).
    for (let round = 0; round < 2; round++) {
      const running = this.#inflight?.get(role);
      if (running === undefined) break;
      const result = await running;
      if (!need(result)) return result;
    }
    this.#inflight ??= new Map();
    const inflight = this.#inflight;
    let running = inflight.get(role);
    if (running === undefined) {
      running = this.#refreshOnce(role, need, options).finally(() => inflight.delete(role));
      inflight.set(role, running);
    }
    return running;
  }

  /** Waits for refreshes in flight, so tokens Xero already rotated are persisted before shutdown. */
  async settle(): Promise<void> {
    if (this.#inflight !== undefined) await Promise.allSettled([...this.#inflight.values()]);
  }

  /** A reconnect or disconnect replaced the connection: earlier transient trouble no longer applies. */
  reset(role: Role): void {
    this.#cooldown?.delete(role);
  }

  async #refreshOnce(role: Role, need: RefreshNeed, options: RefreshOptions): Promise<StoredConnection> {
    const { accountId, settings } = this.#deps;
    const { timeScale } = this.#deps.deps;
    const cooldown = this.#cooldown?.get(role);
    if (cooldown !== undefined && Date.now() < cooldown.until) {
      throw new XeroUnavailableError(
        `Xero identity was unavailable (${cooldown.error.message}); the next refresh attempt is in ${Math.ceil(cooldown.until - Date.now())} ms`,
        { accountId, role, cause: cooldown.error },
      );
    }
    return this.#deps.deps.refreshLock.run(
      refreshLockKey(accountId, role),
      settings.refreshLockTtlMs,
      async () => {
        const current = await this.#deps.records.read(role);
        if (current === null)
          throw new NotConnectedError('The connection is not connected', { accountId, role });
        if (current.value.broken !== undefined) throw this.#deps.brokenError(current.value);
        if (!need(current.value)) return current.value; // someone refreshed while we waited for the lock
        try {
          const refreshed = await this.#rotate(role, current, need, options);
          this.#cooldown?.delete(role);
          return refreshed;
        } catch (error) {
          if (isTransientIdentityError(error)) {
            this.#cooldown ??= new Map();
            const failures = (this.#cooldown.get(role)?.failures ?? 0) + 1;
            const delay = Math.min(settings.refreshCooldownMs * 2 ** (failures - 1), MAX_REFRESH_COOLDOWN_MS);
            this.#cooldown.set(role, { until: Date.now() + timeScale.ms(delay), failures, error });
            this.#deps.health.failure(role, current.value.tenantId, error);
          }
          throw error;
        }
      },
    );
  }

  async #rotate(
    role: Role,
    start: Versioned<StoredConnection>,
    need: RefreshNeed,
    options: RefreshOptions,
  ): Promise<StoredConnection> {
    const { records, settings, accountId } = this.#deps;
    const { identity, logger, timeScale } = this.#deps.deps;
    let used = start;
    let retries = 0;
    let adoptions = 0;
    const firstAttemptAt = Date.now();
    for (;;) {
      const app = this.#deps.appFor(used.value);
      let tokens: Awaited<ReturnType<IdentityClient['refresh']>>;
      try {
        tokens = await identity.refresh(app, used.value.refreshToken, { accountId, role });
      } catch (error) {
        if (isInvalidGrant(error)) {
          const latest = await records.read(role);
          if (latest === null) throw new NotConnectedError('The connection was removed', { accountId, role });
          if (latest.value.broken !== undefined) throw this.#deps.brokenError(latest.value);
          if (latest.value.refreshToken !== used.value.refreshToken && adoptions < MAX_ADOPTIONS) {
            // Another process (or pool) rotated the token and stored it: use theirs; not broken.
            adoptions++;
            logger.info('xero refresh token was rotated elsewhere; using the stored one', {
              accountId,
              role,
            });
            if (!need(latest.value)) return latest.value;
            used = latest;
            continue;
          }
          throw await this.#deps.markInvalidGrant(
            role,
            used.value,
            error as Error,
            options.invalidGrantReason,
          );
        }
        const withinGrace = Date.now() - firstAttemptAt < timeScale.ms(settings.refreshGraceMs) / 2;
        if (isTransientIdentityError(error) && retries < settings.refreshRetries && withinGrace) {
          // The request may have reached Xero and rotated the token with the answer lost: retrying with
          // the same refresh token is safe inside Xero's grace period.
          retries++;
          const delay = timeScale.ms(settings.refreshRetryBaseDelayMs * 2 ** (retries - 1));
          logger.warn('xero token refresh failed transiently; retrying with the same refresh token', {
            accountId,
            role,
            attempt: retries,
            error: (error as Error).message,
          });
          await sleep(delay * (0.5 + Math.random() / 2));
          continue;
        }
        throw error;
      }
      return this.#persist(role, used, tokens);
    }
  }

  /** Stores the new token set (compare-and-set) before anyone can use it. */
  async #persist(
    role: Role,
    used: Versioned<StoredConnection>,
    tokens: Awaited<ReturnType<IdentityClient['refresh']>>,
  ): Promise<StoredConnection> {
    const { records, accountId, health } = this.#deps;
    const { events, logger } = this.#deps.deps;
    const now = Date.now();
    const apply = (base: StoredConnection): StoredConnection => ({
      ...base,
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.expiresAt,
      refreshToken: tokens.refreshToken ?? used.value.refreshToken,
      refreshedAt: now,
      scopes: tokens.scopes ?? base.scopes,
    });
    let expected: Versioned<StoredConnection> = used;
    for (let attempt = 0; attempt < 8; attempt++) {
      const next = apply(expected.value);
      const result = await records.put(next, expected.version);
      if (result.ok) {
        health.success(role, next.tenantId);
        events.emit('tokens:refreshed', {
          accountId,
          role,
          tenantId: next.tenantId,
          expiresAt: new Date(next.accessTokenExpiresAt),
        });
        logger.debug('xero tokens refreshed and stored', { accountId, role, version: result.version });
        return next;
      }
      const current = result.current;
      if (current === null) {
        // Disconnected while refreshing: do not resurrect the connection.
        throw new NotConnectedError('The connection was removed while its tokens were refreshed', {
          accountId,
          role,
        });
      }
      if (
        current.value.refreshToken !== used.value.refreshToken ||
        current.value.connectedAt !== used.value.connectedAt
      ) {
        // Someone else rotated (or reconnected) meanwhile and stored it: theirs is what others now use.
        logger.info('xero tokens were rotated elsewhere during this refresh; keeping the stored set', {
          accountId,
          role,
        });
        if (current.value.broken !== undefined) throw this.#deps.brokenError(current.value);
        return current.value;
      }
      expected = current; // a metadata write (e.g. a connection test) raced us: merge and try again
    }
    throw new StoreConflictError('Could not store the refreshed tokens: the record kept changing', {
      accountId,
      role,
    });
  }
}
