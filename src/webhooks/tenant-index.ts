import type { Role } from '../roles.js';
import { connectionPages } from '../stores/connection-listing.js';
import type { TokenStore } from '../stores/token-store.js';

/** One account's connection to an organisation, as routing needs it (no tokens). */
export interface TenantConnection {
  accountId: string;
  role: Role;
  clientId: string;
  broken: boolean;
}

/** Which accounts' connections point at each organisation (lower-cased tenant id), read from the listing. */
export interface TenantIndex {
  byTenant: Map<string, TenantConnection[]>;
  /** Connections the store holds but could not list. */
  unlisted: number;
  /** Epoch ms the listing was read. */
  readAt: number;
}

/**
 * Reads the whole listing a page at a time, keeping only the connections of `tenants` (all of them when
 * undefined) made through `clientIds` (any app when undefined). A connection listed twice counts once.
 */
export async function readTenantIndex(
  store: TokenStore,
  filter: { tenants?: ReadonlySet<string> | undefined; clientIds?: ReadonlySet<string> | undefined },
  pageSize: number,
  signal: AbortSignal | undefined,
): Promise<TenantIndex> {
  const byTenant = new Map<string, TenantConnection[]>();
  let unlisted = 0;
  for await (const page of connectionPages(store, { pageSize, signal })) {
    unlisted += page.unlisted ?? 0;
    for (const { value: c } of page.items) {
      const tenantId = c.tenantId.toLowerCase();
      if (filter.tenants !== undefined && !filter.tenants.has(tenantId)) continue;
      if (filter.clientIds !== undefined && !filter.clientIds.has(c.clientId)) continue;
      const list = byTenant.get(tenantId) ?? [];
      if (!list.some((x) => x.accountId === c.accountId && x.role === c.role)) {
        list.push({
          accountId: c.accountId,
          role: c.role,
          clientId: c.clientId,
          broken: c.broken !== undefined,
        });
      }
      byTenant.set(tenantId, list);
    }
  }
  signal?.throwIfAborted();
  return { byTenant, unlisted, readAt: Date.now() };
}
