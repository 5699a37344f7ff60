import { inspect } from 'node:util';
import type { PoolEventSink } from '../contracts/events.js';
import { XeroUnavailableError } from '../errors/api-errors.js';
import {
  type BrokenReason,
  type ConnectionBrokenError,
  NotConnectedError,
} from '../errors/connection-errors.js';
import { ClosedError, StoreConflictError, StoreError } from '../errors/infrastructure-errors.js';
import { AbortedError, DeadlineExceededError } from '../errors/timing-errors.js';
import { isXeroConnectionsError } from '../errors/xero-connections-error.js';
import type { Logger } from '../logger.js';
import type { ResolvedApp } from '../options.js';
import type { Role } from '../roles.js';
import type { RefreshLock, StoredConnection, Versioned } from '../stores/token-store.js';
import { sleep, type TimeScale } from '../time-scale.js';
import type { ConnectionRecords } from './connection-records.js';
import type { IdentityClient } from './identity-client.js';
import { isInvalidGrant, isTransientIdentityError } from './identity-errors.js';
import { MAX_REFRESH_COOLDOWN_MS, type OAuthSettings, refreshStoreReserveMs } from './oauth-settings.js';
import type { TokenSet } from './token-set.js';

/** Decides, against the freshest record, whether a refresh is still needed. */
export type RefreshNeed = (connection: StoredConnection) => boolean;

export interface RefreshOptions {
  /**
   * The broken reason to record if Xero refuses the refresh token, when the caller knows more than the
   * token endpoint says (e.g. the organisation also vanished from /connections: access was revoked).
   */
  invalidGrantReason?: BrokenReason | undefined;
  /**
   * The caller stops waiting when it fires (`AbortedError`). The refresh itself is shared by every caller
   * of the role: it stops waiting for the lock only when all its callers left, and once it holds the lock
   * it runs to the end (so a token Xero rotated is always stored).
   */
  signal?: AbortSignal | undefined;
  /** Epoch ms after which the caller stops waiting (`DeadlineExceededError`), like `signal`. */
  deadline?: number | undefined;
  /**
   * An outage probe (the one caller that asks whether Xero's identity service is back): a refresh it
   * starts asks Xero once — no retries of its own, which would multiply the probe's cost by up to
   * `refreshRetries + 1` — and is not held back by the cooldown after earlier failures (the outage hold
   * already paces probes). A refresh it joins runs as its starter asked.
   */
  tryOnce?: boolean | undefined;
}

/** A refresh in flight and the callers waiting for it. */
interface Inflight {
  promise: Promise<StoredConnection>;
  waiters: number;
  /** Fired when the last waiter left: the refresh then stops waiting for the lock. */
  readonly abandoned: AbortController;
}

/** A rotated token set the store refused: kept to be stored before the refresh token is spent again. */
interface Unpersisted {
  tokens: TokenSet;
  /** The record the rotation started from. */
  used: Versioned<StoredConnection>;
  /** Epoch ms of the rotation. */
  at: number;
}

/**
 * What the refresher needs of its account (the AccountContext provides it as is: no adapter object or
 * closures per account).
 */
export interface TokenRefresherDeps {
  readonly accountId: string;
  readonly records: ConnectionRecords;
  readonly settings: Readonly<OAuthSettings>;
  readonly events: PoolEventSink;
  readonly shared: {
    readonly refreshLock: RefreshLock;
    readonly identity: IdentityClient;
    readonly logger: Logger;
    readonly timeScale: TimeScale;
  };
  /** A refresh succeeded: the connection is healthy again. */
  recordSuccess(role: Role, tenantId: string | undefined): void;
  /** A refresh failed transiently: the connection is degraded. */
  recordFailure(role: Role, tenantId: string | undefined, error: Error): void;
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
 * - transient failures make the connection degraded, never broken, and throttle further attempts;
 * - a custom connection (no refresh token) gets its next token with its client credentials, under the
 *   same single-flight and lock; Xero refusing it marks the connection broken (`custom_connection_refused`).
 */
export class TokenRefresher {
  readonly #deps: TokenRefresherDeps;
  // Made on first use: most accounts of a large host are not refreshing, and never saw a failure.
  #inflight: Map<Role, Inflight> | undefined;
  #cooldown: Map<Role, { until: number; failures: number; error: Error }> | undefined;
  #unpersisted: Map<Role, Unpersisted> | undefined;
  #closed = false;

  constructor(deps: TokenRefresherDeps) {
    this.#deps = deps;
  }

  /** Resolves to a stored connection for which `need` is false, refreshing at most once per caller. */
  ensure(role: Role, need: RefreshNeed, options: RefreshOptions = {}): Promise<StoredConnection> {
    // After close() settled the refreshes, none may start: its rotation could outlive the store.
    if (this.#closed) {
      return Promise.reject(
        new ClosedError('These account connections were closed', { accountId: this.#deps.accountId, role }),
      );
    }
    return this.#ensure(role, need, options);
  }

  /**
   * Waits for refreshes in flight, so tokens Xero already rotated are persisted before shutdown, tries once
   * more to store rotated sets the store refused earlier, and refuses every refresh from then on. Waits
   * `closeTimeoutMs` at most in all: a refresh lock whose release Redis refused stays held until its ttl
   * (minutes). A kept set not stored by then is logged as an error naming the account and role.
   */
  async close(): Promise<void> {
    this.#closed = true;
    const { accountId, settings } = this.#deps;
    const { logger } = this.#deps.shared;
    const deadline = Date.now() + settings.closeTimeoutMs;
    const running = [...(this.#inflight?.entries() ?? [])];
    if (
      running.length > 0 &&
      !(await settledBy(
        running.map(([, entry]) => entry.promise),
        deadline,
      ))
    ) {
      for (const [role, entry] of running) {
        if (this.#inflight?.get(role) !== entry) continue;
        // Ends a wait for the lock (a refresh starting after close could rotate tokens nobody stores); a
        // refresh holding the lock runs on to store what Xero rotated.
        entry.abandoned.abort();
        logger.warn('a xero token refresh was still running when close() stopped waiting for it', {
          accountId,
          role,
          closeTimeoutMs: settings.closeTimeoutMs,
        });
      }
    }
    for (const role of [...(this.#unpersisted?.keys() ?? [])]) {
      try {
        await this.#ensure(role, () => false, { deadline }); // stores the kept set first; needs nothing else
      } catch (error) {
        if (this.#unpersisted?.has(role)) {
          logger.error(
            'rotated xero tokens could not be stored before close; the connection now relies on the grace period of the previous refresh token',
            { accountId, role, closeTimeoutMs: settings.closeTimeoutMs, error: (error as Error).message },
          );
        }
      }
    }
  }

  async #ensure(role: Role, need: RefreshNeed, options: RefreshOptions = {}): Promise<StoredConnection> {
    const ended = this.#waitEnded(role, options);
    if (ended !== undefined) throw ended;
    // Joining a refresh started by someone else: its result may not satisfy this caller's need (e.g. the
    // joined refresh found the token fresh while this caller holds a rejection of that very token).
    for (let round = 0; round < 2; round++) {
      const running = this.#inflight?.get(role);
      if (running === undefined) break;
      const result = await this.#join(role, running, options);
      if (!need(result)) return result;
    }
    this.#inflight ??= new Map();
    const inflight = this.#inflight;
    let running = inflight.get(role);
    if (running === undefined) {
      const entry: Inflight = {
        promise: Promise.resolve() as never,
        waiters: 0,
        abandoned: new AbortController(),
      };
      entry.promise = this.#refreshOnce(role, need, options, entry.abandoned.signal).finally(() => {
        if (inflight.get(role) === entry) inflight.delete(role);
      });
      // Every caller may have left: the outcome then has no one to receive it.
      entry.promise.catch(() => {});
      inflight.set(role, entry);
      running = entry;
    }
    return this.#join(role, running, options);
  }

  /** A reconnect or disconnect replaced the connection: earlier transient trouble no longer applies. */
  reset(role: Role): void {
    this.#cooldown?.delete(role);
    this.#unpersisted?.delete(role);
  }

  /** Whether a rotated set awaits storing (for tests and status). */
  hasUnpersisted(role: Role): boolean {
    return this.#unpersisted?.has(role) ?? false;
  }

  [inspect.custom](): string {
    return `TokenRefresher { accountId: ${JSON.stringify(this.#deps.accountId)} }`;
  }

  toJSON(): { accountId: string } {
    return { accountId: this.#deps.accountId };
  }

  #waitEnded(role: Role, options: RefreshOptions): Error | undefined {
    const { accountId } = this.#deps;
    if (options.signal?.aborted) {
      return new AbortedError(`The call was aborted while it waited for the ${role} token refresh`, {
        accountId,
        role,
        cause: options.signal.reason,
      });
    }
    if (options.deadline !== undefined && Date.now() >= options.deadline) {
      return new DeadlineExceededError(
        `The call's deadline passed while it waited for the ${role} token refresh`,
        {
          accountId,
          role,
        },
      );
    }
    return undefined;
  }

  /** Waits for a shared refresh until it settles or this caller's signal or deadline ends the wait. */
  #join(role: Role, entry: Inflight, options: RefreshOptions): Promise<StoredConnection> {
    const { signal, deadline } = options;
    const inflight = this.#inflight;
    entry.waiters++;
    return new Promise<StoredConnection>((resolve, reject) => {
      let done = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = () => {
        done = true;
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', leave);
        entry.waiters--;
      };
      const leave = () => {
        if (done) return;
        finish();
        if (entry.waiters === 0) {
          entry.abandoned.abort();
          // Callers arriving from now on start a refresh of their own instead of joining an abandoned one.
          if (inflight?.get(role) === entry) inflight.delete(role);
        }
        reject(
          this.#waitEnded(role, options) ??
            new DeadlineExceededError(
              `The call's deadline passed while it waited for the ${role} token refresh`,
              { accountId: this.#deps.accountId, role },
            ),
        );
      };
      signal?.addEventListener('abort', leave, { once: true });
      if (deadline !== undefined) timer = setTimeout(leave, Math.max(0, deadline - Date.now()));
      entry.promise.then(
        (value) => {
          if (done) return;
          finish();
          resolve(value);
        },
        (error: unknown) => {
          if (done) return;
          finish();
          reject(error);
        },
      );
    });
  }

  async #refreshOnce(
    role: Role,
    need: RefreshNeed,
    options: RefreshOptions,
    abandoned: AbortSignal,
  ): Promise<StoredConnection> {
    const { accountId, settings } = this.#deps;
    const { timeScale } = this.#deps.shared;
    const cooldown = this.#cooldown?.get(role);
    if (
      cooldown !== undefined &&
      Date.now() < cooldown.until &&
      !this.#unpersisted?.has(role) &&
      options.tryOnce !== true
    ) {
      throw new XeroUnavailableError(
        `Xero identity was unavailable (${cooldown.error.message}); the next refresh attempt is in ${Math.ceil(cooldown.until - Date.now())} ms`,
        { accountId, role, cause: cooldown.error },
      );
    }
    const ttlMs = settings.refreshLockTtlMs;
    return this.#deps.shared.refreshLock.run(
      refreshLockKey(accountId, role),
      ttlMs,
      async () => {
        // The identity requests must be over before the lock may lapse: past it another refresher could
        // spend the same refresh token concurrently. The rest of the ttl is kept for storing the result.
        const identityDeadline = Date.now() + ttlMs - refreshStoreReserveMs(ttlMs);
        let current = await this.#deps.records.read(role);
        if (current === null)
          throw new NotConnectedError('The connection is not connected', { accountId, role });
        if (current.value.broken !== undefined) throw this.#deps.brokenError(current.value);
        const kept = this.#unpersisted?.get(role);
        if (kept !== undefined) {
          current = await this.#storeKept(role, current, kept);
          if (!need(current.value)) return current.value;
        } else if (!need(current.value)) {
          return current.value; // someone refreshed while we waited for the lock
        }
        try {
          const refreshed = await this.#rotate(role, current, need, options, identityDeadline);
          this.#cooldown?.delete(role);
          return refreshed;
        } catch (error) {
          if (isTransientIdentityError(error)) {
            this.#cooldown ??= new Map();
            const failures = (this.#cooldown.get(role)?.failures ?? 0) + 1;
            const delay = Math.min(settings.refreshCooldownMs * 2 ** (failures - 1), MAX_REFRESH_COOLDOWN_MS);
            this.#cooldown.set(role, { until: Date.now() + timeScale.ms(delay), failures, error });
            this.#deps.recordFailure(role, current.value.tenantId, error);
          }
          throw error;
        }
      },
      { signal: abandoned },
    );
  }

  /**
   * Stores a rotated set an earlier refresh could not store, before anything else: its refresh token is
   * the live one at Xero, while the stored one only lives on through the grace period. Resolves to the
   * record to go on from.
   */
  async #storeKept(
    role: Role,
    current: Versioned<StoredConnection>,
    kept: Unpersisted,
  ): Promise<Versioned<StoredConnection>> {
    const { accountId } = this.#deps;
    const { logger } = this.#deps.shared;
    const sameConnection = current.value.connectedAt === kept.used.value.connectedAt;
    if (!sameConnection || current.value.refreshToken !== kept.used.value.refreshToken) {
      // Someone stored a newer rotation (or reconnected) since: that one is what every party now uses,
      // and Xero issued it after ours, so ours is no longer needed.
      this.#unpersisted?.delete(role);
      logger.info('a rotated token set kept in memory was superseded by one stored elsewhere; dropped', {
        accountId,
        role,
      });
      return current;
    }
    await this.#persist(role, current, kept.tokens, kept.at);
    // Read back with its version (rare: only after a store failure), to go on from what the store holds.
    const latest = await this.#deps.records.read(role);
    if (latest === null) throw new NotConnectedError('The connection was removed', { accountId, role });
    return latest;
  }

  async #rotate(
    role: Role,
    start: Versioned<StoredConnection>,
    need: RefreshNeed,
    options: RefreshOptions,
    identityDeadline: number,
  ): Promise<StoredConnection> {
    const { records, settings, accountId } = this.#deps;
    const { identity, logger, timeScale } = this.#deps.shared;
    let used = start;
    let retries = 0;
    let adoptions = 0;
    const firstAttemptAt = Date.now();
    for (;;) {
      const app = this.#deps.appFor(used.value);
      let tokens: Awaited<ReturnType<IdentityClient['refresh']>>;
      const signal = AbortSignal.timeout(Math.max(0, identityDeadline - Date.now()));
      try {
        // A custom connection has no refresh token: its client credentials fetch the next token.
        tokens =
          app.kind === 'custom-connection'
            ? await identity.clientCredentials(app, { accountId, role }, { signal })
            : await identity.refresh(app, used.value.refreshToken, { accountId, role }, { signal });
      } catch (error) {
        if (app.kind === 'custom-connection' && !isTransientIdentityError(error)) {
          // Disconnected in Xero, no longer paid for, or its credentials changed: only re-authorising helps.
          throw await this.#deps.markInvalidGrant(
            role,
            used.value,
            error as Error,
            'custom_connection_refused',
          );
        }
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
        const delay = timeScale.ms(settings.refreshRetryBaseDelayMs * 2 ** retries);
        // A retry that could not start before the identity deadline is not made: the lock is not ours then.
        const inTime = Date.now() + delay < identityDeadline;
        const mayRetry = options.tryOnce !== true && retries < settings.refreshRetries;
        if (isTransientIdentityError(error) && mayRetry && withinGrace && inTime) {
          // The request may have reached Xero and rotated the token with the answer lost: retrying with
          // the same refresh token is safe inside Xero's grace period.
          retries++;
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
      return this.#persist(role, used, tokens, Date.now());
    }
  }

  /**
   * Stores the new token set (compare-and-set) before anyone can use it. A store that fails is retried
   * (bounded, with backoff); if it keeps failing, the set is kept in memory, never handed out, and stored
   * by the next refresh of this connection in this process before the refresh token is spent again.
   */
  async #persist(
    role: Role,
    used: Versioned<StoredConnection>,
    tokens: TokenSet,
    rotatedAt: number,
  ): Promise<StoredConnection> {
    const { records, accountId, settings, events } = this.#deps;
    const { logger, timeScale } = this.#deps.shared;
    const apply = (base: StoredConnection): StoredConnection => ({
      ...base,
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.expiresAt,
      refreshToken: tokens.refreshToken ?? used.value.refreshToken,
      refreshedAt: rotatedAt,
      scopes: tokens.scopes ?? base.scopes,
    });
    const newRefreshToken = tokens.refreshToken ?? used.value.refreshToken;
    let expected: Versioned<StoredConnection> = used;
    let failures = 0;
    for (let attempt = 0; attempt < 8; ) {
      const next = apply(expected.value);
      let result: Awaited<ReturnType<ConnectionRecords['put']>>;
      try {
        result = await records.put(next, expected.version);
      } catch (error) {
        // Xero already rotated: this set must not be lost. A failed write may also have landed with its
        // answer lost; the compare-and-set of the retry then reports our own record (handled below).
        if (failures < settings.storeWriteRetries) {
          failures++;
          logger.warn('storing refreshed xero tokens failed; retrying', {
            accountId,
            role,
            attempt: failures,
            error: (error as Error).message,
          });
          const delay = timeScale.ms(settings.storeWriteRetryBaseDelayMs * 2 ** (failures - 1));
          await sleep(delay * (0.5 + Math.random() / 2));
          continue;
        }
        this.#unpersisted ??= new Map();
        this.#unpersisted.set(role, { tokens, used, at: rotatedAt });
        logger.error(
          'refreshed xero tokens could not be stored; kept in memory to be stored first by the next refresh',
          {
            accountId,
            role,
            error: (error as Error).message,
          },
        );
        const message =
          'The refreshed tokens could not be stored; they are kept and stored by the next attempt';
        // Typed errors (StoreError, CoordinationUnavailableError) keep their meaning; others become StoreError.
        throw isXeroConnectionsError(error)
          ? error
          : new StoreError(message, { accountId, role, cause: error });
      }
      attempt++;
      if (result.ok) {
        this.#unpersisted?.delete(role);
        this.#deps.recordSuccess(role, next.tenantId);
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
        this.#unpersisted?.delete(role);
        // Disconnected while refreshing: do not resurrect the connection.
        throw new NotConnectedError('The connection was removed while its tokens were refreshed', {
          accountId,
          role,
        });
      }
      if (
        current.value.connectedAt === used.value.connectedAt &&
        current.value.refreshToken === newRefreshToken &&
        current.value.accessToken === tokens.accessToken
      ) {
        // An earlier attempt landed with its answer lost: the stored record is this very set.
        this.#unpersisted?.delete(role);
        return current.value;
      }
      if (
        current.value.refreshToken !== used.value.refreshToken ||
        current.value.connectedAt !== used.value.connectedAt
      ) {
        this.#unpersisted?.delete(role);
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
    this.#unpersisted ??= new Map();
    this.#unpersisted.set(role, { tokens, used, at: rotatedAt });
    throw new StoreConflictError('Could not store the refreshed tokens: the record kept changing', {
      accountId,
      role,
    });
  }
}

/** Whether every promise settled by `deadline` (epoch ms); the timer is cleared either way. */
async function settledBy(promises: Array<Promise<unknown>>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([Promise.allSettled(promises).then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
