import type {
  BeginConnectResult,
  CompleteConnectResult,
  XeroConnection,
} from '../contracts/account-connections.js';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import {
  AuthorizationCallbackError,
  type CallbackFailure,
  OAuthError,
  TenantMismatchError,
} from '../errors/connection-errors.js';
import { remoteText } from '../errors/redact.js';
import type { ResolvedApp } from '../options.js';
import type { Role } from '../roles.js';
import type { PendingAuthorization } from '../stores/pending-authorization-store.js';
import type { StoredConnection } from '../stores/token-store.js';
import { type AccessTokenClaims, readAccessTokenClaims } from './access-token-claims.js';
import type { AccountContext } from './account-context.js';
import { parseCallbackParams } from './callback-params.js';
import { isTransientIdentityError } from './identity-errors.js';
import { OrganisationSelections } from './organisation-selections.js';
import { pkceChallenge, randomToken } from './pkce.js';
import type { TokenSet } from './token-set.js';

const MAX_SAVE_ATTEMPTS = 8;

/**
 * Connecting a role: the authorization URL (PKCE S256, state bound server-side to account and role, nonce),
 * the callback (every refusal typed, nothing stored), the organisation the consent connected (learned via
 * the access token's `authentication_event_id`), pinning, and the compare-and-set save.
 */
export class AuthorizationFlow {
  readonly #ctx: AccountContext;
  readonly #selections: OrganisationSelections;

  constructor(ctx: AccountContext) {
    this.#ctx = ctx;
    this.#selections = new OrganisationSelections(ctx.shared.timeScale.ms(ctx.settings.authorizationTtlMs));
  }

  async begin(role: Role, options: { loginHint?: string | undefined } = {}): Promise<BeginConnectResult> {
    const ctx = this.#ctx;
    const storageRole = ctx.storageRole(role);
    const app = ctx.appForRole(storageRole);
    const state = randomToken();
    const codeVerifier = randomToken();
    const nonce = app.scopes.includes('openid') ? randomToken() : undefined;
    const url = await ctx.shared.identity.authorizationUrl(app, {
      state,
      nonce,
      codeChallenge: pkceChallenge(codeVerifier),
      loginHint: options.loginHint,
    });
    const expiresAt = Date.now() + ctx.shared.timeScale.ms(ctx.settings.authorizationTtlMs);
    await ctx.shared.pendingAuthorizations.save({
      state,
      accountId: ctx.accountId,
      role: storageRole,
      clientId: app.clientId,
      redirectUri: app.redirectUri,
      codeVerifier,
      nonce: nonce ?? '',
      expiresAt,
    });
    ctx.shared.logger.info('xero authorization begun', { accountId: ctx.accountId, role: storageRole });
    return { authorizationUrl: url.href, state, expiresAt: new Date(expiresAt) };
  }

  async complete(
    callback: string | URL | URLSearchParams | Record<string, string>,
  ): Promise<CompleteConnectResult> {
    const ctx = this.#ctx;
    const params = parseCallbackParams(callback);
    const state = params.get('state') ?? '';
    const error = params.get('error');
    const pending = await this.#takeOwnState(state);
    const role = pending?.role;
    if (error !== null) {
      const description = params.get('error_description');
      throw this.#refuse(
        error === 'access_denied' ? 'access_denied' : 'provider_error',
        error === 'access_denied'
          ? 'The user cancelled or denied access on Xero’s consent screen'
          : `Xero returned an error instead of an authorization code: ${remoteText(error, 64)}${description ? ` (${remoteText(description, 200)})` : ''}`,
        role,
      );
    }
    if (state === '') throw this.#refuse('missing_state', 'The authorization callback has no state', role);
    if (pending === null || pending.accountId !== ctx.accountId) {
      throw this.#refuse(
        'unknown_state',
        'The authorization callback’s state is unknown (forged, or already used)',
        role,
      );
    }
    if (Date.now() > pending.expiresAt) {
      throw this.#refuse('expired_state', 'The authorization took too long and expired: start again', role);
    }
    const storageRole = ctx.storageRole(pending.role);
    const app = ctx.appForRole(storageRole);
    if (app.clientId !== pending.clientId) {
      throw this.#refuse(
        'unknown_state',
        'The role’s app changed since the authorization began: start again',
        role,
      );
    }
    if (!params.get('code'))
      throw this.#refuse('missing_code', 'The authorization callback has no code', role);

    let tokens: TokenSet;
    try {
      tokens = await ctx.shared.identity.exchangeCode(
        app,
        params,
        {
          state,
          nonce: pending.nonce === '' ? undefined : pending.nonce,
          codeVerifier: pending.codeVerifier,
          redirectUri: pending.redirectUri,
        },
        { accountId: ctx.accountId, role: storageRole },
      );
    } catch (cause) {
      if (isTransientIdentityError(cause)) throw cause;
      throw this.#refuse(
        'code_rejected',
        'Xero refused the authorization code (reused, expired or invalid)',
        role,
        cause,
      );
    }
    if (tokens.refreshToken === undefined) {
      throw new OAuthError('Xero issued no refresh token: the app’s scopes must include offline_access', {
        accountId: ctx.accountId,
        role: storageRole,
        clientId: app.clientId,
      });
    }
    const claims = readAccessTokenClaims(tokens.accessToken);
    const listed = await ctx.shared.connectionsApi.list(
      app,
      tokens.accessToken,
      claims.authenticationEventId === undefined ? undefined : { authEventId: claims.authenticationEventId },
    );
    // The consent's own connections; without an event id, every connection of the grant.
    const consented =
      claims.authenticationEventId === undefined
        ? listed
        : listed.filter((c) => c.authEventId === claims.authenticationEventId);
    if (consented.length === 0) {
      throw this.#refuse('no_organisation', 'The consent connected no organisation', role);
    }
    return this.#settle(storageRole, app, tokens, claims, consented);
  }

  async choose(selectionToken: string, tenantId: string): Promise<CompleteConnectResult> {
    const ctx = this.#ctx;
    const selection = this.#selections.get(selectionToken);
    if (selection === undefined) {
      throw this.#refuse(
        'unknown_state',
        'Unknown organisation selection (already used, or never issued)',
        undefined,
      );
    }
    if (Date.now() > selection.expiresAt) {
      this.#selections.delete(selectionToken);
      throw this.#refuse('expired_state', 'The organisation choice expired: connect again', selection.role);
    }
    const chosen = selection.connections.find((c) => c.tenantId === tenantId);
    if (chosen === undefined) {
      throw new InvalidArgumentError(
        `tenantId ${tenantId} is not one of the organisations this consent connected (${selection.connections.map((c) => c.tenantId).join(', ')})`,
        [{ path: 'tenantId', message: 'must be one of the choices' }],
        { accountId: ctx.accountId, role: selection.role },
      );
    }
    // Claimed before the first await: of two concurrent choices only one gets past this line. The
    // selections live in this instance's memory only, so no other process can hold the same token.
    this.#selections.delete(selectionToken);
    let pin: string | undefined;
    try {
      pin = await this.pinnedTenantId();
    } catch (error) {
      this.#selections.restore(selectionToken, selection); // nothing happened: the choice stays open
      throw error;
    }
    if (pin !== undefined && pin !== tenantId) {
      // A refusal that changed nothing: the user may still pick the pinned organisation.
      this.#selections.restore(selectionToken, selection);
      throw this.#mismatch(selection.role, pin, [tenantId]);
    }
    const app = ctx.appForRole(selection.role);
    return this.#save(selection.role, app, selection.tokens, selection.claims, chosen);
  }

  /**
   * The pending authorization of `state`, consumed, only if it belongs to this account. It is peeked
   * first: a callback delivered to another account must not burn the state its own account still needs.
   */
  async #takeOwnState(state: string): Promise<PendingAuthorization | null> {
    if (state === '') return null;
    const store = this.#ctx.shared.pendingAuthorizations;
    const peeked = await store.peek(state);
    if (peeked === null || peeked.accountId !== this.#ctx.accountId) return null;
    // take is the single-use step: of two concurrent callbacks with one state, only one gets the record.
    const taken = await store.take(state);
    return taken !== null && taken.accountId === this.#ctx.accountId ? taken : null;
  }

  /** The account's organisation: the pool option, else the organisation of any stored connection. */
  async pinnedTenantId(): Promise<string | undefined> {
    if (this.#ctx.pinnedTenantId !== undefined) return this.#ctx.pinnedTenantId;
    const records = await this.#ctx.records.list();
    return records[0]?.value.tenantId;
  }

  clear(): void {
    this.#selections.clear();
  }

  async #settle(
    role: Role,
    app: ResolvedApp,
    tokens: TokenSet,
    claims: AccessTokenClaims,
    consented: XeroConnection[],
  ): Promise<CompleteConnectResult> {
    const pin = await this.pinnedTenantId();
    if (pin !== undefined) {
      const pinned = consented.find((c) => c.tenantId === pin);
      // A consent on another organisation is left connected in Xero: the same (app, organisation)
      // connection may be serving another role or account, so deleting it could break them.
      if (pinned === undefined)
        throw this.#mismatch(
          role,
          pin,
          consented.map((c) => c.tenantId),
        );
      return this.#save(role, app, tokens, claims, pinned);
    }
    if (consented.length === 1) return this.#save(role, app, tokens, claims, consented[0]!);
    const selectionToken = this.#selections.add({
      role,
      clientId: app.clientId,
      tokens,
      claims,
      connections: consented,
      expiresAt: Date.now() + this.#ctx.shared.timeScale.ms(this.#ctx.settings.authorizationTtlMs),
    });
    return {
      status: 'choose_organisation',
      role,
      choices: consented.map((c) => ({ tenantId: c.tenantId, organisation: c.tenantName })),
      selectionToken,
    };
  }

  /** Stores the new connection (create or replace) under the refresh lock, clearing any broken flag. */
  async #save(
    role: Role,
    app: ResolvedApp,
    tokens: TokenSet,
    claims: AccessTokenClaims,
    connection: XeroConnection,
  ): Promise<CompleteConnectResult> {
    const ctx = this.#ctx;
    const now = Date.now();
    const value: StoredConnection = {
      accountId: ctx.accountId,
      role,
      clientId: app.clientId,
      tenantId: connection.tenantId,
      tenantName: connection.tenantName,
      connectionId: connection.id,
      authEventId: connection.authEventId,
      xeroUserId: claims.xeroUserId,
      scopes: tokens.scopes ?? [...app.scopes],
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.expiresAt,
      refreshToken: tokens.refreshToken!,
      refreshedAt: now,
      connectedAt: now,
    };
    const previous = await ctx.shared.refreshLock.run(
      ctx.lockKey(role),
      ctx.settings.refreshLockTtlMs,
      async () => {
        let current = await ctx.records.read(role);
        const before = current;
        for (let attempt = 0; attempt < MAX_SAVE_ATTEMPTS; attempt++) {
          const result = await ctx.records.put(value, current?.version ?? null);
          if (result.ok) return before;
          current = result.current;
        }
        throw new OAuthError('Could not store the new connection: the record kept changing', {
          accountId: ctx.accountId,
          role,
        });
      },
    );
    const wasBroken = previous?.value.broken !== undefined;
    const wasDegraded = ctx.degradation(role) !== undefined;
    ctx.forgetTrouble(role);
    ctx.shared.logger.info('xero connection stored', {
      accountId: ctx.accountId,
      role,
      tenantId: value.tenantId,
      reconnected: previous !== null,
    });
    ctx.events.emit('tokens:refreshed', {
      accountId: ctx.accountId,
      role,
      tenantId: value.tenantId,
      expiresAt: new Date(value.accessTokenExpiresAt),
    });
    if (wasBroken || wasDegraded) {
      ctx.events.emit('connection:restored', {
        accountId: ctx.accountId,
        role,
        tenantId: value.tenantId,
        previous: wasBroken ? 'broken' : 'degraded',
      });
    }
    return { status: 'connected', role, tenantId: value.tenantId, organisation: value.tenantName };
  }

  #mismatch(role: Role, expectedTenantId: string, actualTenantIds: string[]): TenantMismatchError {
    const ctx = this.#ctx;
    ctx.events.emit('tenant:mismatch', {
      accountId: ctx.accountId,
      role,
      tenantId: expectedTenantId,
      expectedTenantId,
      actualTenantIds,
    });
    ctx.shared.logger.warn(
      'xero consent connected another organisation than the pinned one; nothing stored',
      {
        accountId: ctx.accountId,
        role,
        expectedTenantId,
        actualTenantIds,
      },
    );
    return new TenantMismatchError(
      'The consent connected a different organisation than the one this account is connected to. Connect the same organisation, or disconnect all connections first to switch organisations.',
      { accountId: ctx.accountId, role, expectedTenantId, actualTenantIds },
    );
  }

  #refuse(failure: CallbackFailure, message: string, role: Role | undefined, cause?: unknown) {
    this.#ctx.shared.logger.warn('xero authorization callback refused', {
      accountId: this.#ctx.accountId,
      role,
      failure,
    });
    return new AuthorizationCallbackError(message, {
      failure,
      accountId: this.#ctx.accountId,
      role,
      ...(cause === undefined ? {} : { cause }),
    });
  }
}
