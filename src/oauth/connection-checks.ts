import type { TokenTestResult } from '../contracts/account-connections.js';
import { type BrokenReason, ConnectionBrokenError, NotConnectedError } from '../errors/connection-errors.js';
import { StoreError } from '../errors/infrastructure-errors.js';
import type { Role } from '../roles.js';
import type { StoredConnection } from '../stores/token-store.js';
import { type AccountContext, isTransientError } from './account-context.js';
import { reportedBroken } from './broken-message.js';
import type { UsableConnection } from './connection-records.js';

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
    const knownBroken = reportedBroken(tested, ctx.multiConnection);
    if (knownBroken !== undefined) {
      // Known broken: report it without another token request (only a reconnect can mend it).
      result = { valid: false, testedAt, organisation: tested.tenantName, reason: knownBroken.reason };
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
        ctx.shared.logger.warn('could not record the connection test', {
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
        ctx.recordSuccess(role, connection.tenantId);
        return { valid: true, testedAt, organisation: found.tenantName, reason: undefined };
      }
      const reason = await this.#organisationGone(role, connection);
      return { valid: false, testedAt, organisation: tested.tenantName, reason };
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
    let connection: UsableConnection;
    try {
      connection = await ctx.usableConnection(role);
      listed = await ctx.listConnections(role, connection);
    } catch (error) {
      // Broken by the refresh itself is already recorded; anything else proves nothing.
      if (!(error instanceof ConnectionBrokenError)) {
        ctx.shared.logger.warn('could not confirm a 403 through /connections; connection left as it is', {
          accountId: ctx.accountId,
          role,
          error: (error as Error).message,
        });
      }
      return;
    }
    if (listed.some((c) => c.tenantId === checked.tenantId)) {
      ctx.shared.logger.info('403 from Xero but the organisation is still connected; not marking broken', {
        accountId: ctx.accountId,
        role,
        tenantId: checked.tenantId,
      });
      return;
    }
    try {
      await this.#organisationGone(role, connection, apiError);
    } catch (error) {
      ctx.shared.logger.warn('could not record a connection gone from /connections', {
        accountId: ctx.accountId,
        role,
        error: (error as Error).message,
      });
    }
  }

  /**
   * The organisation is gone from `GET /connections`: the one classification every path (a call's 403,
   * `validateToken`) makes, so the same evidence always gives the same reason and message. One forced
   * refresh tells a revoked grant (`revoked`, or `refresh_token_expired` after 60 idle days: the
   * refresher records it) from a live one (`tenant_disconnected`: the app disconnected in Xero, or the
   * connecting user removed; Xero shows both alike). A refresh that cannot be tried (identity down)
   * proves nothing about the grant, but the organisation is gone either way: `tenant_disconnected`.
   */
  async #organisationGone(role: Role, checked: UsableConnection, cause?: Error): Promise<BrokenReason> {
    const ctx = this.#ctx;
    try {
      await ctx.refresher.ensure(role, (c) => c.accessToken === checked.accessToken);
    } catch (error) {
      if (error instanceof ConnectionBrokenError) return error.reason;
      // Removed meanwhile, or the store failing: nothing to mark. Anything else (identity down, an odd
      // answer) says nothing about the grant, and the organisation is gone either way.
      if (error instanceof NotConnectedError || error instanceof StoreError) throw error;
    }
    const after = await ctx.markBroken(
      role,
      'tenant_disconnected',
      (c) => c.connectedAt === checked.connectedAt,
      cause,
    );
    // Removed meanwhile (null): `checked` was usable, so not broken either.
    const broken = after === null ? undefined : reportedBroken(after, ctx.multiConnection);
    return broken?.reason ?? 'tenant_disconnected';
  }
}
