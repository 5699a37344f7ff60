import { inspect } from 'node:util';
import type { RoleConnection } from '../contracts/account-connections.js';
import type { CallWait } from '../contracts/call.js';
import type { CallStats } from '../contracts/call-stats.js';
import type { ConnectionHealth, PoolEventSink } from '../contracts/events.js';
import type { RateLimitProblem } from '../errors/rate-limit-error.js';
import type { Role } from '../roles.js';
import type { StoredConnection } from '../stores/token-store.js';
import type { AccountContext } from './account-context.js';
import type { ConnectionChecks } from './connection-checks.js';
import type { UsableConnection } from './connection-records.js';

/** What a connection needs of its account's lifecycle beyond the shared context (made on first use). */
export interface ConnectionLifecycle {
  readonly checks: ConnectionChecks;
}

/** An account's lifecycle: its context, and the flows made on it. */
export type AccountLifecycle = AccountContext & ConnectionLifecycle;

/**
 * One (account, connection): credentials, health, call stats and organisation in one object, made once and
 * met by every call on it. It keeps no copy of anything: credentials are the stored record itself (read
 * through the account's record cache), and the organisation is that record's, so there is one tenant
 * cache. Everything that could reach a secret is `#private`.
 *
 * It is also its own call counters (`stats` is the connection itself): thirty thousand connections then
 * hold no stats objects of their own, and the 429 tally is made on the first 429. It has no `#private`
 * methods: V8 gives every instance of a class with one an extra slot (memory at 30k connections).
 */
export class Connection implements RoleConnection, CallStats {
  readonly role: Role;
  attempts = 0;
  succeeded = 0;
  failed = 0;
  retries = 0;
  readonly #ctx: AccountLifecycle;
  #http429: Record<RateLimitProblem, number> | undefined;

  constructor(ctx: AccountLifecycle, role: Role) {
    this.role = role;
    this.#ctx = ctx;
  }

  get accountId(): string {
    return this.#ctx.accountId;
  }

  get stats(): CallStats {
    return this;
  }

  /** 429 answers by `X-Rate-Limit-Problem` (made on first use). */
  get http429(): Record<RateLimitProblem, number> {
    this.#http429 ??= { minute: 0, day: 0, concurrent: 0, appminute: 0, unknown: 0 };
    return this.#http429;
  }

  get events(): PoolEventSink {
    return this.#ctx.events;
  }

  /** The organisation of the record last seen, else the pinned one. */
  get tenantId(): string | undefined {
    return this.#ctx.seenTenantId(this.role) ?? this.#ctx.pinnedTenantId;
  }

  health(): ConnectionHealth {
    const connection = this.#ctx.records.seen(this.role);
    if (connection === undefined || connection === null) return 'not_connected';
    if (connection.broken !== undefined) return 'broken';
    return this.#ctx.degradation(this.role) === undefined ? 'connected' : 'degraded';
  }

  /** The connection as last seen while its access token is fresh, else refreshed first. */
  credentials(wait?: CallWait): Promise<UsableConnection> {
    return this.#ctx.usableConnection(this.role, wait);
  }

  refreshAfterRejection(rejectedAccessToken: string, wait?: CallWait): Promise<StoredConnection> {
    const ctx = this.#ctx;
    return ctx.refresher.ensure(this.role, (c) => c.accessToken === rejectedAccessToken || ctx.isDue(c), {
      signal: wait?.signal,
      deadline: wait?.deadline,
      tryOnce: wait?.tryOnce,
    });
  }

  reportSuccess(): void {
    this.#ctx.recordSuccess(this.role, this.#ctx.seenTenantId(this.role));
  }

  reportTransientFailure(error: Error): void {
    this.#ctx.recordFailure(this.role, this.#ctx.seenTenantId(this.role), error);
  }

  reportTenantNotAuthorised(error: Error): Promise<void> {
    return this.#ctx.checks.reportTenantNotAuthorised(this.role, error);
  }

  toJSON(): { accountId: string; role: Role } {
    return { accountId: this.accountId, role: this.role };
  }

  [inspect.custom](): string {
    return `Connection { accountId: ${JSON.stringify(this.accountId)}, role: '${this.role}' }`;
  }
}
