import type { Role } from '../roles.js';

/**
 * Everything the SDK keeps about one connection (an account's role): which app and organisation it
 * connects, its tokens, and the durable part of its health. Secrets live only here and in the store.
 */
export interface StoredConnection {
  accountId: string;
  /** The role this connection serves (with multi-connection off, the primary role serves all). */
  role: Role;
  /** The Xero app (OAuth client) the tokens belong to. */
  clientId: string;
  /** The pinned organisation. */
  tenantId: string;
  tenantName: string;
  /** Xero's connection id (for `DELETE /connections/{id}`); not the tenant id. */
  connectionId: string;
  /** `authentication_event_id` of the consent that created this connection. */
  authEventId: string;
  xeroUserId?: string | undefined;
  scopes: string[];
  accessToken: string;
  /** Epoch ms. */
  accessTokenExpiresAt: number;
  refreshToken: string;
  /** Epoch ms of the last successful refresh (or of the connect, if never refreshed). */
  refreshedAt: number;
  /** Epoch ms the connection was made. */
  connectedAt: number;
  /** Durable health: a broken connection stays broken across restarts until reconnected. */
  broken?: { reason: string; at: number; message: string } | undefined;
  /** The last "is this token still valid?" test. `valid: null` means it was indeterminate (Xero down). */
  lastTest?: { at: number; valid: boolean | null; reason?: string | undefined } | undefined;
}

/** A stored value with the version compare-and-set writes must name. Versions start at 1. */
export interface Versioned<T> {
  value: T;
  version: number;
}

export type PutResult =
  | { ok: true; version: number }
  | { ok: false; current: Versioned<StoredConnection> | null };

/**
 * Where connections and their tokens live. Every implementation must pass `test/stores/token-store-contract.ts`.
 * Writes are compare-and-set so two writers can never silently overwrite each other's rotated token.
 */
export interface TokenStore {
  get(accountId: string, role: Role): Promise<Versioned<StoredConnection> | null>;
  /**
   * Writes `value` only if the stored version is `expectedVersion` (`null`: only if absent).
   * Returns the new version, or the current record when the expectation failed.
   */
  put(value: StoredConnection, expectedVersion: number | null): Promise<PutResult>;
  /** Deletes the record; with `expectedVersion`, only if it still has that version. True if deleted. */
  delete(accountId: string, role: Role, expectedVersion?: number): Promise<boolean>;
  /** Every connection of one account. */
  list(accountId: string): Promise<Array<Versioned<StoredConnection>>>;
  /**
   * One page of every stored connection, of every account: what a host-wide sweep (`keepAlive`) and a
   * safe disconnect (is this grant still used elsewhere?) read. Start without a cursor and pass each
   * `nextCursor` back until it is `null`; only one page is ever held in memory.
   *
   * Guarantees: a connection stored for the whole listing is returned at least once; one written or
   * deleted meanwhile may or may not be; a connection may be returned twice (a Redis SCAN may repeat
   * keys), so callers that count must tolerate repeats. An account's connections come in one page. A
   * page may be empty while `nextCursor` is not `null`. Cursors are opaque strings.
   *
   * Optional so stores written before it keep compiling: without it `keepAlive()` throws a
   * `ConfigurationError`, and a disconnect never revokes the refresh token (it cannot prove that no
   * other account still uses the grant), while it still removes the account's connections in Xero.
   */
  listAll?(options?: ListAllOptions): Promise<ConnectionPage>;
  /** Releases handles (files, sockets) the store owns. */
  close?(): Promise<void>;
}

/** Where a page of {@link TokenStore.listAll} starts and how large it may be. */
export interface ListAllOptions {
  /** The `nextCursor` of the previous page; absent for the first page. */
  cursor?: string | undefined;
  /**
   * About how many accounts to read for this page (each brings its one to three connections). A hint:
   * the Redis store may return a few more or fewer. @default 100
   */
  limit?: number | undefined;
}

/** One page of {@link TokenStore.listAll}. */
export interface ConnectionPage {
  items: Array<Versioned<StoredConnection>>;
  /** Pass it back for the next page; `null` when the listing is complete. */
  nextCursor: string | null;
  /**
   * Connections the store holds in this page's range but cannot return, e.g. encrypted token files
   * written before the listing existed (they name no account until their next write). A caller that
   * must see every connection treats them as unknown. Absent means none.
   */
  unlisted?: number | undefined;
}

/** How long a caller is willing to wait for a refresh lock. */
export interface RefreshLockWaitOptions {
  /** Stops waiting with `AbortedError` when it fires. A holder already running is never interrupted. */
  signal?: AbortSignal | undefined;
  /** Epoch ms after which waiting stops with `DeadlineExceededError`; `fn` is then never run. */
  deadline?: number | undefined;
}

/**
 * Mutual exclusion for token refresh. In one process an in-memory lock suffices; several processes need
 * the Redis lock. `run` executes `fn` while holding the lock for `key`; the holder is expected to finish
 * within `ttlMs`, after which another party may take over. `options` bounds only the wait for the lock:
 * a lock written before the option existed may ignore it (the SDK also stops waiting for it on its side,
 * but such a lock then keeps polling for a caller that left).
 */
export interface RefreshLock {
  run<T>(key: string, ttlMs: number, fn: () => Promise<T>, options?: RefreshLockWaitOptions): Promise<T>;
  close?(): Promise<void>;
}
