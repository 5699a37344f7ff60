import type { CompleteConnectResult } from '../contracts/account-connections.js';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import { OAuthError } from '../errors/connection-errors.js';
import type { ResolvedApp } from '../options.js';
import type { Role } from '../roles.js';
import type { StoredConnection } from '../stores/token-store.js';
import { readAccessTokenClaims } from './access-token-claims.js';
import type { AccountContext } from './account-context.js';

/** Records re-read and written again before giving up when the stored connection keeps changing. */
const MAX_SAVE_ATTEMPTS = 8;

/** Whether the app is a Xero Custom Connection (client_credentials, one organisation, no refresh token). */
export function isCustomConnection(app: ResolvedApp): boolean {
  return app.kind === 'custom-connection';
}

/**
 * Whether a stored connection is a custom connection's: it has no refresh token (empty), so there is none
 * to keep alive; its next token is fetched with the client credentials when a call needs one.
 */
export function hasNoRefreshToken(connection: Pick<StoredConnection, 'refreshToken'>): boolean {
  return connection.refreshToken === '';
}

/** The refusal `beginConnect` gives a role whose app is a custom connection: there is no consent to begin. */
export function customConnectionConsentError(role: Role, app: ResolvedApp, accountId: string): Error {
  return new InvalidArgumentError(
    `The ${role} role uses app "${app.name}", a custom connection: it has no consent flow. Call connectCustomConnection('${role}') instead`,
    [{ path: 'role', message: `app "${app.name}" is a custom connection` }],
    { accountId, role },
  );
}

/**
 * Connects a role through its custom-connection app: a client_credentials token, then `GET /connections`
 * for the one organisation the connection was authorised for, stored like any connection (under the
 * refresh lock, compare-and-set) with no refresh token. Calling it again replaces the connection (after
 * the organisation re-authorised it, or moved it to another organisation) and clears a broken flag.
 * Xero refusing the token (disconnected, unpaid, wrong credentials) throws its OAuthError; nothing is stored.
 */
export async function connectCustomConnection(
  ctx: AccountContext,
  role: Role,
): Promise<CompleteConnectResult> {
  const storageRole = ctx.storageRole(role);
  const app = ctx.appForRole(storageRole);
  const accountId = ctx.accountId;
  if (!isCustomConnection(app)) {
    throw new InvalidArgumentError(
      `The ${storageRole} role uses app "${app.name}", which is not a custom connection: use beginConnect('${storageRole}')`,
      [{ path: 'role', message: `app "${app.name}" has kind 'oauth'` }],
      { accountId, role: storageRole },
    );
  }
  const tokens = await ctx.shared.identity.clientCredentials(app, { accountId, role: storageRole });
  const listed = await ctx.shared.connectionsApi.list(app, tokens.accessToken);
  const pin = await pinnedTenantId(ctx, storageRole);
  // A custom connection lists its one organisation; anything else is not what Xero promises.
  if (listed.length !== 1) {
    throw new OAuthError(
      `The custom connection "${app.name}" lists ${listed.length} organisations in GET /connections; expected exactly one`,
      { accountId, role: storageRole },
    );
  }
  const organisation = listed[0]!;
  if (pin !== undefined && organisation.tenantId !== pin) {
    throw new OAuthError(
      `The custom connection "${app.name}" is authorised for organisation ${organisation.tenantId}, but this account is pinned to ${pin}`,
      { accountId, role: storageRole, tenantId: organisation.tenantId },
    );
  }
  const now = Date.now();
  const value: StoredConnection = {
    accountId,
    role: storageRole,
    clientId: app.clientId,
    tenantId: organisation.tenantId,
    tenantName: organisation.tenantName,
    connectionId: organisation.id,
    authEventId: organisation.authEventId,
    xeroUserId: readAccessTokenClaims(tokens.accessToken).xeroUserId,
    scopes: tokens.scopes ?? [...app.scopes],
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: tokens.expiresAt,
    // None: a new token is asked for with the client credentials whenever one is due.
    refreshToken: '',
    refreshedAt: now,
    connectedAt: now,
  };
  const previous = await ctx.shared.refreshLock.run(
    ctx.lockKey(storageRole),
    ctx.settings.refreshLockTtlMs,
    async () => {
      let current = await ctx.records.read(storageRole);
      const before = current;
      for (let attempt = 0; attempt < MAX_SAVE_ATTEMPTS; attempt++) {
        const result = await ctx.records.put(value, current?.version ?? null);
        if (result.ok) return before;
        current = result.current;
      }
      throw new OAuthError('Could not store the custom connection: the record kept changing', {
        accountId,
        role: storageRole,
      });
    },
  );
  const wasBroken = previous?.value.broken !== undefined;
  ctx.forgetTrouble(storageRole);
  ctx.shared.logger.info('xero custom connection stored', {
    accountId,
    role: storageRole,
    tenantId: value.tenantId,
    reconnected: previous !== null,
  });
  ctx.events.emit('tokens:refreshed', {
    accountId,
    role: storageRole,
    tenantId: value.tenantId,
    expiresAt: new Date(value.accessTokenExpiresAt),
  });
  if (wasBroken) {
    ctx.events.emit('connection:restored', {
      accountId,
      role: storageRole,
      tenantId: value.tenantId,
      previous: 'broken',
    });
  }
  return { status: 'connected', role: storageRole, tenantId: value.tenantId, organisation: value.tenantName };
}

/**
 * The account's organisation: the pool option, else that of another role's stored connection (this
 * role's own may be replaced by a custom connection moved to another organisation).
 */
async function pinnedTenantId(ctx: AccountContext, role: Role): Promise<string | undefined> {
  if (ctx.pinnedTenantId !== undefined) return ctx.pinnedTenantId;
  const records = await ctx.records.list();
  return records.find((r) => r.value.role !== role)?.value.tenantId;
}
