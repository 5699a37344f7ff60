import { z } from 'zod';
import { parseOptions } from '../options.js';
import type { Role } from '../roles.js';
import { connectionPages } from '../stores/connection-listing.js';
import type { TokenStore } from '../stores/token-store.js';
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
});

/**
 * Finds, for each event, the accounts whose connections point at its organisation (`tenantId`), through
 * the store's listing: an organisation two accounts are connected to has its events routed to both.
 * Each call reads the listing once (a page at a time), so route a whole batch in one call.
 * @example
 * const routing = await router.route(batch.events);
 * for (const share of routing.accounts) await inbox.put(share.accountId, share.events);
 */
export class XeroWebhookRouter {
  readonly #store: TokenStore;
  readonly #clientIds: ReadonlySet<string> | undefined;
  readonly #pageSize: number;

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
    // (account, tenant) → its connections to that tenant; a store may list a connection twice.
    const shares = new Map<string, AccountWebhookEvents>();
    let unlisted = 0;
    if (byTenant.size > 0) {
      for await (const page of connectionPages(this.#store, {
        pageSize: this.#pageSize,
        signal: options.signal,
      })) {
        unlisted += page.unlisted ?? 0;
        for (const { value: c } of page.items) {
          const tenantId = c.tenantId.toLowerCase();
          const tenantEvents = byTenant.get(tenantId);
          if (tenantEvents === undefined) continue;
          if (this.#clientIds !== undefined && !this.#clientIds.has(c.clientId)) continue;
          const key = `${c.accountId}\u0000${tenantId}`;
          let share = shares.get(key);
          if (share === undefined) {
            share = { accountId: c.accountId, tenantId: c.tenantId, connections: [], events: tenantEvents };
            shares.set(key, share);
          }
          if (!share.connections.some((x) => x.role === c.role)) {
            share.connections.push({ role: c.role, clientId: c.clientId, broken: c.broken !== undefined });
          }
        }
      }
      options.signal?.throwIfAborted();
    }
    const routedTenants = new Set([...shares.values()].map((s) => s.tenantId.toLowerCase()));
    for (const [tenantId, tenantEvents] of byTenant)
      if (!routedTenants.has(tenantId)) unrouted.push(...tenantEvents);
    return { accounts: [...shares.values()], unrouted, unlisted };
  }
}
