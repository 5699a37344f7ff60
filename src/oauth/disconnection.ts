import type { Role } from '../roles.js';
import type { StoredConnection, Versioned } from '../stores/token-store.js';
import type { AccountContext } from './account-context.js';
import type { UsableConnection } from './connection-records.js';
import { remoteRemovals } from './grant-usage.js';

/**
 * Disconnecting: the stored connection is removed first (so no refresh races the teardown), then, best
 * effort, Xero is told: `DELETE /connections/{id}` and the refresh token revoked.
 *
 * Both remote steps can reach beyond the connection being disconnected, so each is made only when no
 * other stored connection, of this account or any other, needs what it removes (see `remoteRemovals`):
 * - two roles (or two accounts) on the same app, user and organisation share ONE Xero connection;
 * - revoking a refresh token removes ALL of that user's connections to the app, so the grant is revoked
 *   only when the store proves no other connection uses the same app and Xero user (and never with
 *   `revokeOnDisconnect: false`).
 */
export class Disconnection {
  readonly #ctx: AccountContext;

  constructor(ctx: AccountContext) {
    this.#ctx = ctx;
  }

  async disconnect(role: Role): Promise<void> {
    const removed = await this.#removeLocally(role);
    if (removed === null) return;
    await this.#tellXero([removed]);
  }

  async disconnectAll(): Promise<void> {
    const ctx = this.#ctx;
    const records = await ctx.records.list();
    const removed: StoredConnection[] = [];
    for (const record of records) {
      const gone = await this.#removeLocally(record.value.role);
      if (gone !== null) removed.push(gone);
    }
    await this.#tellXero(removed);
    ctx.shared.logger.info('all xero connections of the account disconnected; organisation unpinned', {
      accountId: ctx.accountId,
      roles: removed.map((r) => r.role),
    });
  }

  /** Deletes the record under the refresh lock, after a best-effort refresh so Xero can still be told. */
  async #removeLocally(role: Role): Promise<StoredConnection | null> {
    const ctx = this.#ctx;
    let usable: UsableConnection | undefined;
    try {
      usable = await ctx.usableConnection(role);
    } catch {
      // Broken, expired or unreachable: still disconnect locally.
    }
    const removed = await ctx.shared.refreshLock.run(
      ctx.lockKey(role),
      ctx.settings.refreshLockTtlMs,
      async () => {
        const current: Versioned<StoredConnection> | null = await ctx.records.read(role);
        if (current === null) return null;
        await ctx.records.delete(role);
        return current.value;
      },
    );
    ctx.forgetTrouble(role);
    if (removed === null) return null;
    ctx.shared.logger.info('xero connection removed', {
      accountId: ctx.accountId,
      role,
      tenantId: removed.tenantId,
    });
    // Prefer the freshly refreshed access token if the refresh above won the race.
    return usable !== undefined && usable.connectedAt === removed.connectedAt && !ctx.isDue(usable)
      ? { ...removed, accessToken: usable.accessToken, accessTokenExpiresAt: usable.accessTokenExpiresAt }
      : removed;
  }

  async #tellXero(removed: StoredConnection[]): Promise<void> {
    const ctx = this.#ctx;
    if (removed.length === 0) return;
    const plans = await remoteRemovals(ctx.shared.store, removed, {
      logger: ctx.shared.logger,
      accountId: ctx.accountId,
    });
    const deleted = new Set<string>();
    const revoked = new Set<string>();
    for (const [i, connection] of removed.entries()) {
      const plan = plans[i]!;
      const app = safeApp(ctx, connection);
      // A custom connection is the organisation's (and paid for): only it deactivates it in Xero. It has
      // no refresh token to revoke either; forgetting it here is the whole disconnect.
      if (app === undefined || app.kind === 'custom-connection') continue;
      const ctxFields = { accountId: ctx.accountId, role: connection.role, tenantId: connection.tenantId };
      const tokenUsable = connection.broken === undefined && Date.now() < connection.accessTokenExpiresAt;
      if (plan.deleteConnection && !deleted.has(connection.connectionId) && tokenUsable) {
        deleted.add(connection.connectionId);
        try {
          await ctx.shared.connectionsApi.delete(app, connection.accessToken, connection.connectionId);
        } catch (error) {
          ctx.shared.logger.warn('could not delete the connection in Xero; removed locally', {
            ...ctxFields,
            error: (error as Error).message,
          });
        }
      }
      const grantKey = `${connection.clientId}\n${connection.xeroUserId ?? connection.refreshToken}`;
      if (!ctx.settings.revokeOnDisconnect || revoked.has(grantKey)) continue;
      if (!plan.revokeGrant) {
        ctx.shared.logger.info('refresh token not revoked: the grant may still serve another connection', {
          ...ctxFields,
        });
        continue;
      }
      revoked.add(grantKey);
      try {
        await ctx.shared.identity.revoke(app, connection.refreshToken, ctxFields);
      } catch (error) {
        ctx.shared.logger.warn('could not revoke the refresh token; removed locally', {
          ...ctxFields,
          error: (error as Error).message,
        });
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
