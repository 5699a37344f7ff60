import type { Role } from '../roles.js';
import type { StoredConnection, Versioned } from '../stores/token-store.js';
import type { AccountContext } from './account-context.js';

/**
 * Disconnecting: the stored connection is removed first (so no refresh races the teardown), then, best
 * effort, Xero is told: `DELETE /connections/{id}` and the refresh token revoked.
 *
 * Both remote steps can reach beyond the role being disconnected, so they are skipped when shared:
 * - two roles on the same app and organisation share ONE Xero connection: deleting it would cut both;
 * - revoking a refresh token removes ALL of that user's connections to the app, so it is skipped while
 *   another stored role uses the same app and Xero user (and can be turned off with `revokeOnDisconnect`,
 *   e.g. when one Xero user connects the same app for several accounts).
 */
export class Disconnection {
  readonly #ctx: AccountContext;

  constructor(ctx: AccountContext) {
    this.#ctx = ctx;
  }

  async disconnect(role: Role): Promise<void> {
    const ctx = this.#ctx;
    const removed = await this.#removeLocally(role);
    if (removed === null) return;
    const remaining = (await ctx.records.list()).map((r) => r.value);
    await this.#tellXero([removed], remaining);
  }

  async disconnectAll(): Promise<void> {
    const ctx = this.#ctx;
    const records = await ctx.records.list();
    const removed: StoredConnection[] = [];
    for (const record of records) {
      const gone = await this.#removeLocally(record.value.role);
      if (gone !== null) removed.push(gone);
    }
    await this.#tellXero(removed, []);
    ctx.deps.logger.info('all xero connections of the account disconnected; organisation unpinned', {
      accountId: ctx.accountId,
      roles: removed.map((r) => r.role),
    });
  }

  /** Deletes the record under the refresh lock, after a best-effort refresh so Xero can still be told. */
  async #removeLocally(role: Role): Promise<StoredConnection | null> {
    const ctx = this.#ctx;
    let usable: StoredConnection | undefined;
    try {
      usable = await ctx.usableConnection(role);
    } catch {
      // Broken, expired or unreachable: still disconnect locally.
    }
    const removed = await ctx.deps.refreshLock.run(
      ctx.lockKey(role),
      ctx.settings.refreshLockTtlMs,
      async () => {
        const current: Versioned<StoredConnection> | null = await ctx.records.read(role);
        if (current === null) return null;
        await ctx.records.delete(role);
        return current.value;
      },
    );
    ctx.health.clear(role);
    ctx.refresher.reset(role);
    if (removed === null) return null;
    ctx.deps.logger.info('xero connection removed', {
      accountId: ctx.accountId,
      role,
      tenantId: removed.tenantId,
    });
    // Prefer the freshly refreshed access token if the refresh above won the race.
    return usable !== undefined && usable.connectedAt === removed.connectedAt && !ctx.isDue(usable)
      ? usable
      : removed;
  }

  async #tellXero(removed: StoredConnection[], remaining: StoredConnection[]): Promise<void> {
    const ctx = this.#ctx;
    const deleted = new Set<string>();
    const revoked = new Set<string>();
    for (const connection of removed) {
      const app = safeApp(ctx, connection);
      if (app === undefined) continue;
      const ctxFields = { accountId: ctx.accountId, role: connection.role, tenantId: connection.tenantId };
      const connectionKey = `${connection.clientId}\n${connection.tenantId}`;
      const sharesConnection = remaining.some((r) => `${r.clientId}\n${r.tenantId}` === connectionKey);
      const tokenUsable = connection.broken === undefined && Date.now() < connection.accessTokenExpiresAt;
      if (!sharesConnection && !deleted.has(connectionKey) && tokenUsable) {
        deleted.add(connectionKey);
        try {
          await ctx.deps.connectionsApi.delete(app, connection.accessToken, connection.connectionId);
        } catch (error) {
          ctx.deps.logger.warn('could not delete the connection in Xero; removed locally', {
            ...ctxFields,
            error: (error as Error).message,
          });
        }
      }
      const sharesGrant = remaining.some(
        (r) =>
          r.clientId === connection.clientId &&
          (r.xeroUserId === undefined ||
            connection.xeroUserId === undefined ||
            r.xeroUserId === connection.xeroUserId),
      );
      if (ctx.settings.revokeOnDisconnect && !sharesGrant && !revoked.has(connection.refreshToken)) {
        revoked.add(connection.refreshToken);
        try {
          await ctx.deps.identity.revoke(app, connection.refreshToken, ctxFields);
        } catch (error) {
          ctx.deps.logger.warn('could not revoke the refresh token; removed locally', {
            ...ctxFields,
            error: (error as Error).message,
          });
        }
      }
    }
  }
}

function safeApp(ctx: AccountContext, connection: StoredConnection) {
  try {
    return ctx.appFor(connection);
  } catch {
    return undefined;
  }
}
