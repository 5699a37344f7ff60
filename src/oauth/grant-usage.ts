import type { Logger } from '../logger.js';
import { canListAll, connectionPages } from '../stores/connection-listing.js';
import type { StoredConnection, TokenStore } from '../stores/token-store.js';

/** What a disconnect may tell Xero about one removed connection without cutting anyone else off. */
export interface RemoteRemoval {
  /** `DELETE /connections/{id}`: no other stored connection uses this Xero connection. */
  deleteConnection: boolean;
  /** Revoke the refresh token: no other stored connection, of any account, uses this grant. */
  revokeGrant: boolean;
}

/**
 * A grant is one Xero user's consent to one app: revoking its refresh token removes ALL that user's
 * connections to the app, across every account that user connected (an accountant connecting many
 * client organisations). So a grant is revoked only when the store proves that no stored connection of
 * any account still uses the same app and user; an unknown user counts as the same user, and a listing
 * that cannot prove it (a store without `listAll`, files it cannot name, a failed read) keeps the grant.
 * A Xero connection (one per app, user and organisation) is deleted unless a stored connection is known
 * to share it. The connections being removed must already be gone from the store.
 */
export async function remoteRemovals(
  store: TokenStore,
  removed: readonly StoredConnection[],
  log: { logger: Logger; accountId: string },
): Promise<RemoteRemoval[]> {
  const grantUsed = removed.map(() => false);
  const connectionUsed = removed.map(() => false);
  const note = (others: ReadonlyArray<{ value: StoredConnection }>) => {
    for (const { value: other } of others) {
      removed.forEach((gone, i) => {
        if (other.clientId !== gone.clientId) return;
        const sameUser =
          other.xeroUserId === undefined ||
          gone.xeroUserId === undefined ||
          other.xeroUserId === gone.xeroUserId;
        if (sameUser) grantUsed[i] = true;
        if (other.connectionId === gone.connectionId || (sameUser && other.tenantId === gone.tenantId)) {
          connectionUsed[i] = true;
        }
      });
    }
  };
  let complete = canListAll(store);
  try {
    // The account's own other roles first: every store can list them, and they settle most cases.
    note(await store.list(log.accountId));
    if (complete) {
      for await (const page of connectionPages(store)) {
        if ((page.unlisted ?? 0) > 0) complete = false;
        note(page.items);
        if (grantUsed.every(Boolean) && connectionUsed.every(Boolean)) break; // nothing left to learn
      }
    }
  } catch (error) {
    complete = false;
    log.logger.warn('could not list stored connections to check who else uses the grant', {
      accountId: log.accountId,
      error: (error as Error).message,
    });
  }
  return removed.map((_, i) => ({
    deleteConnection: !connectionUsed[i],
    revokeGrant: complete && !grantUsed[i],
  }));
}
