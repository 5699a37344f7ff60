import type { LimitKey } from '../limits/limits-engine.js';

/**
 * Every key the Redis backend writes, in one place, so the layout can be documented and audited. Ids are
 * URI-encoded so a `:` inside an account or client id can never make two keys collide (and a `{` or `}`
 * inside an id can never open or close a hash tag).
 *
 * Redis Cluster: a Lua script may only touch keys of one hash slot, so keys that one script touches share a
 * hash tag (the part between the first `{` and the next `}` is all Redis hashes):
 * - limiter keys carry the app's tag `{<clientId>}`, tenant and app-wide keys alike: the acquire and resync
 *   scripts count a call against its (app, tenant) windows and the app-wide minute window atomically, so the
 *   app keys must sit in the slot of every tenant key of that app. One slot per app, spread by app; an app's
 *   load is bounded by Xero's app-wide limit anyway.
 * - outage keys carry the scope's tag: the state and the probe lease are read and cleared together.
 * - an account's connection is one hash (every role in it), so it is in one slot without a tag; its name is
 *   kept from before cluster support so stored tokens are found after an upgrade.
 * - a lock and a pending authorization are one key each, touched alone.
 */
export interface RedisKeys {
  /** Hash of one account's connections: `<role>.v` (version) and `<role>.d` (record) per role. */
  connection(accountId: string): string;
  /** String holding the owner token of a refresh lock. */
  lock(name: string): string;
  /** String holding one pending authorization. */
  pendingAuthorization(state: string): string;
  /** The keys of one (app, tenant) limiter, or of the app-wide limiter when `tenantId` is null. */
  limiter(key: LimitKey): LimiterKeys;
  /** The keys of an app's shared admission (pacing, bookings, reserve), in the slot of its limiter keys. */
  admission(clientId: string): AdmissionKeys;
  /** The keys of one outage scope (`api`, `identity`, `org:<tenantId>`): shared hold and probe lease. */
  outage(scope: string): OutageKeys;
}

export interface OutageKeys {
  /** Hash: the outage (since, failed probes, next probe time), expiring by itself. */
  state: string;
  /** String: the probe lease (SET NX PX): one prober at a time across processes. */
  probe: string;
}

export interface LimiterKeys {
  /** Sorted set: one member per call started in the last window, scored by its start (Redis time, ms). */
  minute: string;
  /** Sorted set: like `minute`, for the calls that may not spend the interactive reserve. */
  nonReserveMinute: string;
  /** Sorted set: when each call of the last windows really started (Redis time, ms), for header resync. */
  starts: string;
  /** Hash: calls started per day bucket (field = bucket index). */
  day: string;
  /** Sorted set: calls in flight, scored by their lease expiry. */
  inFlight: string;
  /** Sorted set: processes with interactive calls waiting, scored by the registration's expiry. */
  interactiveWaiters: string;
  /** String: epoch ms until which starts are paused (Xero answered 429). */
  pausedUntil: string;
  /** String: epoch ms until which the day budget is known to be spent. */
  dayExhaustedUntil: string;
  /** Hash: Xero's last reported remaining figures. */
  reported: string;
  /** Hash: the adaptive concurrency cap (cap, cut, changed), while below Xero's limit; expires by itself. */
  concurrency: string;
  /**
   * Sorted set: calls Xero answered with its remaining count (they reached it), scored by their start, for
   * inferring a fixed window from the headers (see fixed-window-phase.ts).
   */
  answered: string;
  /**
   * Sorted set: each answered call's own minute report (`remaining:callId`), scored by when it was read:
   * within a fixed window Xero's count only grows, so a call answered with a higher count was not in a
   * report's count (fixed-window resync).
   */
  answeredReports: string;
  /** Sorted set: when Xero refused one of the key's calls (a 429 it did not count). */
  refused: string;
}

/**
 * An app's batch admission across processes (see ACQUIRE_SLOT): batch calls that cannot start now book a
 * pacing slot of their own, in order across the app's organisations, instead of all sleeping to the same
 * moment; interactive calls are logged and marked so the app's interactive reserve follows user demand.
 */
export interface AdmissionKeys {
  /**
   * Hash: `tat` (the pacing's next slot, Redis ms), and per booking / organisation: `o:<booking>` (its
   * organisation), `n:<tenant>` (bookings held), `s:<tenant>` (its latest booked slot), `w:<tenant>` (a
   * process waiting to book for it: `<instance>|<until>`).
   */
  state: string;
  /** Sorted set: outstanding bookings, scored by their slot (Redis ms). */
  bookings: string;
  /** Sorted set: the same bookings, scored by when they lapse (a dead process's booking frees itself). */
  lapses: string;
  /** Sorted set: interactive calls started at the app, scored by their start (the reserve's size). */
  interactiveStarts: string;
  /** Sorted set: interactive calls waiting for an app-window unit, scored by when the registration lapses. */
  interactiveWaiting: string;
}

export function createRedisKeys(prefix: string): RedisKeys {
  const id = encodeURIComponent;
  return {
    connection: (accountId) => `${prefix}conn:${id(accountId)}`,
    lock: (name) => `${prefix}lock:${id(name)}`,
    pendingAuthorization: (state) => `${prefix}auth:${id(state)}`,
    limiter: ({ clientId, tenantId }) => {
      const app = `${prefix}lim:{${id(clientId)}}`;
      const base = tenantId === null ? `${app}:app` : `${app}:t:${id(tenantId)}`;
      return {
        minute: `${base}:minute`,
        nonReserveMinute: `${base}:minute-nr`,
        starts: `${base}:starts`,
        day: `${base}:day`,
        inFlight: `${base}:inflight`,
        interactiveWaiters: `${base}:waiters`,
        pausedUntil: `${base}:paused`,
        dayExhaustedUntil: `${base}:dayout`,
        reported: `${base}:reported`,
        concurrency: `${base}:cap`,
        answered: `${base}:answered`,
        answeredReports: `${base}:answered:reports`,
        refused: `${base}:refused`,
      };
    },
    admission: (clientId) => {
      const base = `${prefix}lim:{${id(clientId)}}:adm`;
      return {
        state: `${base}:state`,
        bookings: `${base}:book`,
        lapses: `${base}:lapse`,
        interactiveStarts: `${base}:istarts`,
        interactiveWaiting: `${base}:iwait`,
      };
    },
    outage: (scope) => ({
      state: `${prefix}outage:{${id(scope)}}`,
      probe: `${prefix}outage:{${id(scope)}}:probe`,
    }),
  };
}
