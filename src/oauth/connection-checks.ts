import type { TokenTestResult } from '../contracts/account-connections.js';
import { ConnectionBrokenError, NotConnectedError } from '../errors/connection-errors.js';
import { StoreError } from '../errors/infrastructure-errors.js';
import type { Role } from '../roles.js';
import type { StoredConnection } from '../stores/token-store.js';
import { type AccountContext, isTransientError } from './account-context.js';

/**
 * "Is this connection still good?": the dashboard's token test and the confirmation of a 403 from the
 * API. Only positive evidence (Xero refusing the refresh token, the organisation missing from
 * `GET /connections`) breaks a connection; an unreachable Xero leaves health as it is.
 */
export class ConnectionChecks {
  readonly #ctx: AccountContext;
  /** Confirmations in flight, by role; made on the first 403 (most accounts never see one). */
  #confirmations: Map<Role, Promise<void>> | undefined;

  constructor(ctx: AccountContext) {
    this.#ctx = ctx;
  }

  async validate(role: Role): Promise<TokenTestResult> {
    const ctx = this.#ctx;
    const testedAt = new Date();
    const record = await ctx.records.read(role);
    if (record === null) return { valid: false, testedAt, organisation: undefined, reason: 'not_connected' };
    const tested = record.value;
    let result: TokenTestResult;
    if (tested.broken !== undefined) {
      // Known broken: report it without another token request (only a reconnect can mend it).
      result = { valid: false, testedAt, organisation: tested.tenantName, reason: tested.broken.reason };
    } else {
      result = await this.#probe(role, tested, testedAt);
    }
    await ctx.records
      .update(role, (current) =>
        current.connectedAt !== tested.connectedAt
          ? null
          : {
              ...current,
              ...(result.valid === true && result.organisation !== undefined
                ? { tenantName: result.organisation }
                : {}),
              lastTest: { at: testedAt.getTime(), valid: result.valid, reason: result.reason },
            },
      )
      .catch((error: unknown) => {
        ctx.deps.logger.warn('could not record the connection test', {
          accountId: ctx.accountId,
          role,
          error: (error as Error).message,
        });
      });
    return result;
  }

  /** A 403 AuthenticationUnsuccessful: confirm through /connections before marking broken (single flight). */
  reportTenantNotAuthorised(role: Role, error: Error): Promise<void> {
    this.#confirmations ??= new Map();
    const confirmations = this.#confirmations;
    let running = confirmations.get(role);
    if (running === undefined) {
      running = this.#confirm(role, error).finally(() => confirmations.delete(role));
      confirmations.set(role, running);
    }
    return running;
  }

  async #probe(role: Role, tested: StoredConnection, testedAt: Date): Promise<TokenTestResult> {
    const ctx = this.#ctx;
    try {
      const connection = await ctx.usableConnection(role);
      const listed = await ctx.listConnections(role, connection);
      const found = listed.find((c) => c.tenantId === connection.tenantId);
      if (found !== undefined) {
        ctx.health.success(role, connection.tenantId);
        return { valid: true, testedAt, organisation: found.tenantName, reason: undefined };
      }
      // Gone from /connections: either the app was disconnected in Xero or the user removed (the refresh
      // token still works), or access was revoked (it does not). One forced refresh tells them apart.
      const refused = connection.accessToken;
      await ctx.refresher.ensure(role, (c) => c.accessToken === refused, { invalidGrantReason: 'revoked' });
      const after = await ctx.markBroken(
        role,
        'tenant_disconnected',
        (c) => c.connectedAt === tested.connectedAt,
      );
      return {
        valid: false,
        testedAt,
        organisation: tested.tenantName,
        reason: after?.broken?.reason ?? 'tenant_disconnected',
      };
    } catch (error) {
      if (error instanceof ConnectionBrokenError) {
        return { valid: false, testedAt, organisation: tested.tenantName, reason: error.reason };
      }
      if (error instanceof NotConnectedError) {
        return { valid: false, testedAt, organisation: undefined, reason: 'not_connected' };
      }
      if (error instanceof StoreError) throw error;
      // Xero unreachable, or an answer that proves nothing: indeterminate, health untouched.
      const why = isTransientError(error) ? 'Xero could not be reached' : 'Xero gave an unexpected answer';
      return {
        valid: null,
        testedAt,
        organisation: tested.tenantName,
        reason: `${why}: ${(error as Error).message}`,
      };
    }
  }

  async #confirm(role: Role, apiError: Error): Promise<void> {
    const ctx = this.#ctx;
    const record = await ctx.records.read(role);
    if (record === null || record.value.broken !== undefined) return;
    const checked = record.value;
    let listed: Awaited<ReturnType<AccountContext['listConnections']>>;
    try {
      const connection = await ctx.usableConnection(role);
      listed = await ctx.listConnections(role, connection);
    } catch (error) {
      // Broken by the refresh itself is already recorded; anything else proves nothing.
      if (!(error instanceof ConnectionBrokenError)) {
        ctx.deps.logger.warn('could not confirm a 403 through /connections; connection left as it is', {
          accountId: ctx.accountId,
          role,
          error: (error as Error).message,
        });
      }
      return;
    }
    if (listed.some((c) => c.tenantId === checked.tenantId)) {
      ctx.deps.logger.info('403 from Xero but the organisation is still connected; not marking broken', {
        accountId: ctx.accountId,
        role,
        tenantId: checked.tenantId,
      });
      return;
    }
    // Gone from /connections. If access was revoked, the refresh token is dead too: one forced refresh
    // records that precise reason (and the refresher emits the one broken event). If it still works, the
    // app was disconnected in Xero or the user lost access to the organisation.
    try {
      const refused = checked.accessToken;
      await ctx.refresher.ensure(role, (c) => c.accessToken === refused, { invalidGrantReason: 'revoked' });
    } catch (error) {
      if (error instanceof ConnectionBrokenError) return;
      // A transient identity failure proves nothing about revocation; /connections already proved the
      // organisation is gone, so the connection is broken either way.
    }
    await ctx.markBroken(
      role,
      'tenant_not_authorised',
      (c) => c.connectedAt === checked.connectedAt,
      apiError,
    );
  }
}
