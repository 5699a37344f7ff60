import { inspect } from 'node:util';
import type {
  AccountConnections,
  BeginConnectResult,
  CompleteConnectResult,
  ConnectionStatusRow,
  TokenTestResult,
} from '../contracts/account-connections.js';
import { ROLE_INFO, type Role, SINGLE_CONNECTION_DESCRIPTION } from '../roles.js';
import { AccountContext, type AccountScope, type OAuthShared } from './account-context.js';
import { AuthorizationFlow } from './authorization-flow.js';
import { reportedBroken } from './broken-message.js';
import { Connection, type ConnectionLifecycle } from './connection.js';
import { ConnectionChecks } from './connection-checks.js';
import {
  connectCustomConnection,
  customConnectionConsentError,
  hasNoRefreshToken,
  isCustomConnection,
} from './custom-connection.js';
import { Disconnection } from './disconnection.js';

export type {
  AccountScope,
  OAuthShared,
  OAuthSharedOptions,
} from './account-context.js';
export { resolveOAuthShared } from './account-context.js';

/**
 * One account's OAuth lifecycle (tokens, health, validate, connect, disconnect), composed by its pool.
 * `shared` is the host's, one object for all its accounts.
 */
export function createAccountConnections(account: AccountScope, shared: OAuthShared): AccountConnections {
  return new XeroAccountConnections(account, shared);
}

/**
 * The account's context plus the connections and flows made on it: one object per account, not a
 * lifecycle wrapping its context (memory at 10k accounts). The flows it makes get it as their context.
 * No `#private` methods or accessors: V8 gives every instance of a class with one an extra slot.
 *
 * The pool is the one gate for closed: it refuses every call once closed. Here, close() only lets the
 * refreshes in flight finish, and the refresher refuses to start one afterwards.
 */
class XeroAccountConnections extends AccountContext implements AccountConnections, ConnectionLifecycle {
  // The connections and flows are made on first use: a host holds thousands of accounts that only ever
  // make calls, most on one connection.
  readonly #connections: { [R in Role]?: Connection | undefined } = {};
  #authorizationFlow: AuthorizationFlow | undefined;
  #connectionChecks: ConnectionChecks | undefined;
  #closed = false;

  connection(role: Role): Connection {
    const storageRole = this.storageRole(role);
    let connection = this.#connections[storageRole];
    if (connection === undefined) {
      connection = new Connection(this, storageRole);
      this.#connections[storageRole] = connection;
    }
    return connection;
  }

  get checks(): ConnectionChecks {
    this.#connectionChecks ??= new ConnectionChecks(this);
    return this.#connectionChecks;
  }

  get authorization(): AuthorizationFlow {
    this.#authorizationFlow ??= new AuthorizationFlow(this);
    return this.#authorizationFlow;
  }

  /** Stateless: nothing to keep between disconnects. */
  get disconnection(): Disconnection {
    return new Disconnection(this);
  }

  validateToken(role: Role): Promise<TokenTestResult> {
    return this.checks.validate(this.storageRole(role));
  }

  async status(): Promise<ConnectionStatusRow[]> {
    const records = await this.records.list();
    return this.storageRoles().map((role): ConnectionStatusRow => {
      const connection = records.find((record) => record.value.role === role)?.value;
      const health = this.connection(role).health();
      const lastTest = connection?.lastTest;
      const appKind = this.appForRole(role).kind;
      return {
        role,
        connectionType: ROLE_INFO[role].label,
        description: `${appKind === 'custom-connection' ? 'Custom connection (one organisation, no consent). ' : ''}${
          this.multiConnection ? ROLE_INFO[role].description : SINGLE_CONNECTION_DESCRIPTION
        }`,
        organisation: connection?.tenantName,
        tenantId: connection?.tenantId,
        connected: health === 'connected' || health === 'degraded',
        health,
        lastTest:
          lastTest === undefined
            ? undefined
            : { at: new Date(lastTest.at), valid: lastTest.valid, reason: lastTest.reason },
        lastError:
          (connection === undefined
            ? undefined
            : reportedBroken(connection, this.multiConnection)?.message) ?? this.degradation(role)?.lastError,
        appName: connection === undefined ? this.appForRole(role).name : safeAppName(this, role),
        appKind,
      };
    });
  }

  beginConnect(role: Role, options?: { loginHint?: string }): Promise<BeginConnectResult> {
    const storageRole = this.storageRole(role);
    const app = this.appForRole(storageRole);
    if (isCustomConnection(app)) {
      return Promise.reject(customConnectionConsentError(storageRole, app, this.accountId));
    }
    return this.authorization.begin(role, options);
  }

  connectCustomConnection(role: Role): Promise<CompleteConnectResult> {
    return connectCustomConnection(this, role);
  }

  completeConnect(
    callback: string | URL | URLSearchParams | Record<string, string>,
  ): Promise<CompleteConnectResult> {
    return this.authorization.complete(callback);
  }

  chooseOrganisation(selectionToken: string, tenantId: string): Promise<CompleteConnectResult> {
    return this.authorization.choose(selectionToken, tenantId);
  }

  disconnect(role: Role): Promise<void> {
    return this.disconnection.disconnect(this.storageRole(role));
  }

  async disconnectAll(): Promise<void> {
    this.#authorizationFlow?.clear();
    await this.disconnection.disconnectAll();
  }

  async keepAlive(): Promise<Role[]> {
    const idleAfter = this.shared.timeScale.ms(this.settings.keepAliveAfterMs);
    const idle = (c: { refreshedAt: number }) => Date.now() - c.refreshedAt >= idleAfter;
    const refreshed: Role[] = [];
    for (const record of await this.records.list()) {
      const { role, broken } = record.value;
      if (broken !== undefined || hasNoRefreshToken(record.value) || !idle(record.value)) continue;
      try {
        await this.refresher.ensure(role, idle);
        refreshed.push(role);
      } catch (error) {
        this.shared.logger.warn('keep-alive refresh failed', {
          accountId: this.accountId,
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
    // Let refreshes in flight finish, so a token Xero already rotated is stored, not lost. (A refresher
    // never needed is made here: it must refuse every refresh from now on.)
    await this.refresher.close();
  }

  // Like the context's (and `toJSON`, inherited): the account only, never the apps or stores.
  override [inspect.custom](): string {
    return `AccountConnections { accountId: ${JSON.stringify(this.accountId)} }`;
  }
}

function safeAppName(ctx: AccountContext, role: Role): string {
  const connection = ctx.records.seen(role);
  try {
    return connection == null ? ctx.appForRole(role).name : ctx.appFor(connection).name;
  } catch {
    return ctx.appForRole(role).name;
  }
}
