import { inspect } from 'node:util';
import type {
  AccountConnections,
  BeginConnectResult,
  CompleteConnectResult,
  ConnectionStatusRow,
  Credentials,
  CredentialsWait,
  TokenTestResult,
} from '../contracts/account-connections.js';
import type { ConnectionHealth } from '../contracts/events.js';
import { ClosedError } from '../errors/infrastructure-errors.js';
import { ROLE_INFO, type Role, SINGLE_CONNECTION_DESCRIPTION } from '../roles.js';
import { type AccountConnectionsDeps, AccountContext } from './account-context.js';
import { AuthorizationFlow } from './authorization-flow.js';
import { reportedBroken } from './broken-message.js';
import { ConnectionChecks } from './connection-checks.js';
import { Disconnection } from './disconnection.js';

export type { AccountConnectionsDeps } from './account-context.js';

/** One account's OAuth lifecycle (tokens, health, validate, connect, disconnect), composed by its pool. */
export function createAccountConnections(deps: AccountConnectionsDeps): AccountConnections {
  return new XeroAccountConnections(deps);
}

class XeroAccountConnections implements AccountConnections {
  // Everything below is #private: the context holds the apps (client secrets) and the stores.
  readonly #ctx: AccountContext;
  // The flows are made on first use: a host holds thousands of accounts that only ever make calls.
  #authorizationFlow: AuthorizationFlow | undefined;
  #connectionChecks: ConnectionChecks | undefined;
  #closed = false;

  constructor(deps: AccountConnectionsDeps) {
    this.#ctx = new AccountContext(deps);
  }

  get #authorization(): AuthorizationFlow {
    this.#authorizationFlow ??= new AuthorizationFlow(this.#ctx);
    return this.#authorizationFlow;
  }

  get #checks(): ConnectionChecks {
    this.#connectionChecks ??= new ConnectionChecks(this.#ctx);
    return this.#connectionChecks;
  }

  get #disconnection(): Disconnection {
    return new Disconnection(this.#ctx); // stateless: nothing to keep between disconnects
  }

  async credentials(role: Role, wait?: CredentialsWait): Promise<Credentials> {
    this.#assertOpen();
    const connection = await this.#ctx.usableConnection(this.#ctx.storageRole(role), wait);
    return this.#ctx.credentialsOf(connection);
  }

  async refreshAfterRejection(
    role: Role,
    rejectedAccessToken: string,
    wait?: CredentialsWait,
  ): Promise<Credentials> {
    this.#assertOpen();
    const ctx = this.#ctx;
    const storageRole = ctx.storageRole(role);
    const fresh = await ctx.refresher.ensure(
      storageRole,
      (c) => c.accessToken === rejectedAccessToken || ctx.isDue(c),
      { signal: wait?.signal, deadline: wait?.deadline },
    );
    return ctx.credentialsOf(fresh);
  }

  reportSuccess(role: Role): void {
    const storageRole = this.#ctx.storageRole(role);
    this.#ctx.health.success(storageRole, this.#tenantOf(storageRole));
  }

  reportTransientFailure(role: Role, error: Error): void {
    const storageRole = this.#ctx.storageRole(role);
    this.#ctx.health.failure(storageRole, this.#tenantOf(storageRole), error);
  }

  reportTenantNotAuthorised(role: Role, error: Error): Promise<void> {
    this.#assertOpen();
    return this.#checks.reportTenantNotAuthorised(this.#ctx.storageRole(role), error);
  }

  validateToken(role: Role): Promise<TokenTestResult> {
    this.#assertOpen();
    return this.#checks.validate(this.#ctx.storageRole(role));
  }

  async status(): Promise<ConnectionStatusRow[]> {
    this.#assertOpen();
    const ctx = this.#ctx;
    await ctx.records.list();
    return ctx.storageRoles().map((role): ConnectionStatusRow => {
      const connection = ctx.records.seen(role)?.value;
      const health = this.health(role);
      const lastTest = connection?.lastTest;
      return {
        role,
        connectionType: ROLE_INFO[role].label,
        description: ctx.multiConnection ? ROLE_INFO[role].description : SINGLE_CONNECTION_DESCRIPTION,
        organisation: connection?.tenantName,
        tenantId: connection?.tenantId,
        connected: health === 'connected' || health === 'degraded',
        health,
        lastTest:
          lastTest === undefined
            ? undefined
            : { at: new Date(lastTest.at), valid: lastTest.valid, reason: lastTest.reason },
        lastError:
          (connection === undefined ? undefined : reportedBroken(connection, ctx.multiConnection)?.message) ??
          ctx.health.degradation(role)?.lastError,
        appName: connection === undefined ? ctx.appForRole(role).name : safeAppName(ctx, role),
      };
    });
  }

  /** From what this instance last read: `status()` reads the store and is authoritative. */
  health(role: Role): ConnectionHealth {
    const storageRole = this.#ctx.storageRole(role);
    const connection = this.#ctx.records.seen(storageRole)?.value;
    if (connection === undefined) return 'not_connected';
    if (connection.broken !== undefined) return 'broken';
    return this.#ctx.health.degradation(storageRole) === undefined ? 'connected' : 'degraded';
  }

  beginConnect(role: Role, options?: { loginHint?: string }): Promise<BeginConnectResult> {
    this.#assertOpen();
    return this.#authorization.begin(role, options);
  }

  completeConnect(
    callback: string | URL | URLSearchParams | Record<string, string>,
  ): Promise<CompleteConnectResult> {
    this.#assertOpen();
    return this.#authorization.complete(callback);
  }

  chooseOrganisation(selectionToken: string, tenantId: string): Promise<CompleteConnectResult> {
    this.#assertOpen();
    return this.#authorization.choose(selectionToken, tenantId);
  }

  disconnect(role: Role): Promise<void> {
    this.#assertOpen();
    return this.#disconnection.disconnect(this.#ctx.storageRole(role));
  }

  async disconnectAll(): Promise<void> {
    this.#assertOpen();
    this.#authorizationFlow?.clear();
    await this.#disconnection.disconnectAll();
  }

  async keepAlive(): Promise<Role[]> {
    this.#assertOpen();
    const ctx = this.#ctx;
    const idleAfter = ctx.deps.timeScale.ms(ctx.settings.keepAliveAfterMs);
    const idle = (c: { refreshedAt: number }) => Date.now() - c.refreshedAt >= idleAfter;
    const refreshed: Role[] = [];
    for (const record of await ctx.records.list()) {
      const { role, broken } = record.value;
      if (broken !== undefined || !idle(record.value)) continue;
      try {
        await ctx.refresher.ensure(role, idle);
        refreshed.push(role);
      } catch (error) {
        ctx.deps.logger.warn('keep-alive refresh failed', {
          accountId: ctx.accountId,
          role,
          error: (error as Error).message,
        });
      }
    }
    return refreshed;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#authorizationFlow?.clear();
    // Let refreshes in flight finish, so a token Xero already rotated is stored, not lost.
    await this.#ctx.refresher.settle();
  }

  [inspect.custom](): string {
    return `AccountConnections { accountId: ${JSON.stringify(this.#ctx.accountId)} }`;
  }

  toJSON(): { accountId: string } {
    return { accountId: this.#ctx.accountId };
  }

  #tenantOf(storageRole: Role): string | undefined {
    return this.#ctx.records.seen(storageRole)?.value.tenantId;
  }

  #assertOpen(): void {
    if (this.#closed) {
      throw new ClosedError('These account connections were closed', { accountId: this.#ctx.accountId });
    }
  }
}

function safeAppName(ctx: AccountContext, role: Role): string {
  const connection = ctx.records.seen(role)?.value;
  try {
    return connection === undefined ? ctx.appForRole(role).name : ctx.appFor(connection).name;
  } catch {
    return ctx.appForRole(role).name;
  }
}
