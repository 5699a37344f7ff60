import { z } from 'zod';
import { parseOptions } from '../options.js';
import type { Role } from '../roles.js';
import type { TokenStore } from '../stores/token-store.js';
import { readTenantIndex, type TenantIndex } from './tenant-index.js';
import type { XeroWebhookEvent } from './webhook-payload.js';

/** Options of {@link XeroWebhookRouter}. */
export interface XeroWebhookRouterOptions {
  /** The host's token store; it must implement `listAll` (the memory, encrypted file and Redis stores do). */
  store: TokenStore;
  /**
   * Only connections made through these apps (OAuth client ids) receive events: e.g. the app whose
   * webhook key verified the batch. @default every app
   */
  clientIds?: string[] | undefined;
  /** Accounts read per `listAll` page. @default 100 */
  pageSize?: number | undefined;
  /**
   * Keep the organisation → accounts index this long (ms) instead of reading the listing for every
   * batch. With thousands of accounts a read is many store pages; a cached index misses a connection
   * made since it was read until it expires (call `invalidate()` after a connect, and run the sweep,
   * which catches such changes anyway). 0 reads the listing for every batch. @default 0
   */
  indexTtlMs?: number | undefined;
}

/** One account's share of a batch: the events of one organisation it is connected to. */
export interface AccountWebhookEvents {
  accountId: string;
  /** The organisation the events happened in. */
  tenantId: string;
  /** The account's connections to that organisation (pick the role to fetch with among these). */
  connections: Array<{ role: Role; clientId: string; broken: boolean }>;
  /** Its events, in the batch's order. */
  events: XeroWebhookEvent[];
}

/** Where a batch's events go. */
export interface WebhookRouting {
  /** One entry per (account, organisation) that has events. */
  accounts: AccountWebhookEvents[];
  /** Events of organisations no stored connection points at (or that are not organisation events). */
  unrouted: XeroWebhookEvent[];
  /** Connections the store holds but could not list (see `ConnectionPage.unlisted`): some events may belong to them. */
  unlisted: number;
}

const optionsSchema = z.strictObject({
  store: z.custom<TokenStore>(
    (v) => typeof v === 'object' && v !== null && typeof (v as TokenStore).listAll === 'function',
    'must be a TokenStore that implements listAll',
  ),
  clientIds: z.array(z.string().min(1)).min(1).optional(),
  pageSize: z.number().int().min(1).max(1000).optional(),
  indexTtlMs: z.number().int().min(0).max(86_400_000).optional(),
});

/**
 * Finds, for each event, the accounts whose connections point at its organisation (`tenantId`), through
 * the store's listing: an organisation two accounts are connected to has its events routed to both.
 * Each call reads the listing once (a page at a time), so route a whole batch in one call; or keep an
 * index for `indexTtlMs`.
 * @example
 * const routing = await router.route(batch.events);
 * for (const share of routing.accounts) await inbox.put(share.accountId, share.events);
 */
export class XeroWebhookRouter {
  readonly #store: TokenStore;
  readonly #clientIds: ReadonlySet<string> | undefined;
  readonly #pageSize: number;
  readonly #indexTtlMs: number;
  #index: Promise<TenantIndex> | undefined;

  constructor(options: XeroWebhookRouterOptions) {
    const o = parseOptions(
      optionsSchema,
      options,
      'webhook router options',
      'new XeroWebhookRouter({ store, clientIds: [env.COMPANY_CLIENT_ID] })',
    );
    this.#store = o.store;
    this.#clientIds = o.clientIds === undefined ? undefined : new Set(o.clientIds);
    this.#pageSize = o.pageSize ?? 100;
    this.#indexTtlMs = o.indexTtlMs ?? 0;
  }

  async route(
    events: readonly XeroWebhookEvent[],
    options: { signal?: AbortSignal } = {},
  ): Promise<WebhookRouting> {
    const byTenant = new Map<string, XeroWebhookEvent[]>();
    const unrouted: XeroWebhookEvent[] = [];
    for (const event of events) {
      if (event.tenantType !== 'ORGANISATION') {
        unrouted.push(event);
        continue;
      }
      const tenantId = event.tenantId.toLowerCase();
      const list = byTenant.get(tenantId);
      if (list === undefined) byTenant.set(tenantId, [event]);
      else list.push(event);
    }
    if (byTenant.size === 0) return { accounts: [], unrouted, unlisted: 0 };
    const index = await this.#indexFor(new Set(byTenant.keys()), options.signal);
    const accounts: AccountWebhookEvents[] = [];
    for (const [tenantId, tenantEvents] of byTenant) {
      const connections = index.byTenant.get(tenantId);
      if (connections === undefined || connections.length === 0) {
        unrouted.push(...tenantEvents);
        continue;
      }
      const shares = new Map<string, AccountWebhookEvents>();
      for (const c of connections) {
        let share = shares.get(c.accountId);
        if (share === undefined) {
          share = {
            accountId: c.accountId,
            tenantId: tenantEvents[0]?.tenantId ?? tenantId,
            connections: [],
            events: tenantEvents,
          };
          shares.set(c.accountId, share);
        }
        share.connections.push({ role: c.role, clientId: c.clientId, broken: c.broken });
      }
      accounts.push(...shares.values());
    }
    return { accounts, unrouted, unlisted: index.unlisted };
  }

  /** Forgets the cached index (with `indexTtlMs`): call it after connecting or disconnecting an account. */
  invalidate(): void {
    this.#index = undefined;
  }

  /** The listing for these tenants: read now, or the cached whole index while it is fresh. */
  async #indexFor(tenants: ReadonlySet<string>, signal: AbortSignal | undefined): Promise<TenantIndex> {
    if (this.#indexTtlMs === 0) {
      return readTenantIndex(this.#store, { tenants, clientIds: this.#clientIds }, this.#pageSize, signal);
    }
    const cached = this.#index;
    if (cached !== undefined) {
      const index = await cached.catch(() => undefined);
      if (index !== undefined && Date.now() - index.readAt < this.#indexTtlMs) return index;
      if (this.#index !== cached) return this.#indexFor(tenants, signal);
    }
    // One read shared by every batch routed meanwhile; a failed read is not cached.
    const reading = readTenantIndex(this.#store, { clientIds: this.#clientIds }, this.#pageSize, undefined);
    this.#index = reading;
    reading.catch(() => {
      if (this.#index === reading) this.#index = undefined;
    });
    return reading;
  }
}
