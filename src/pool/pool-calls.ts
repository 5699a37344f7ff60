import type { AccountConnections } from '../contracts/account-connections.js';
import type { CallSubject } from '../contracts/call.js';
import { ClosedError } from '../errors/infrastructure-errors.js';
import type { CallPriority } from '../limits/limits-engine.js';
import type { ConnectionRouting } from '../oauth/connection-routing.js';
import type { Role } from '../roles.js';
import type { ResolvedCallOptions, XeroRequest, XeroResponse } from '../xero/call-pipeline.js';
import type { PoolShared } from './connection-pool.js';
import type { RoleCallBackend } from './role-client.js';

/**
 * One account's way into the pipeline, shared by its role clients (their `RoleCallBackend`): the one gate
 * for a closed pool. A class rather than a closure over the pool: a closure with its context and (under
 * tsx) its own property dictionary cost ten thousand idle pools about 4 MB. Its state is `#private`, like
 * the pool's.
 */
export class PoolCalls implements RoleCallBackend {
  /** Set once by the pool's `close()`: every call after it fails with ClosedError. */
  closed = false;
  readonly #accountId: string;
  readonly #routing: ConnectionRouting;
  readonly #connections: AccountConnections;
  readonly #shared: PoolShared;

  constructor(
    accountId: string,
    routing: ConnectionRouting,
    connections: AccountConnections,
    shared: PoolShared,
  ) {
    this.#accountId = accountId;
    this.#routing = routing;
    this.#connections = connections;
    this.#shared = shared;
  }

  get defaultTimeoutMs(): number {
    return this.#shared.defaultTimeoutMs;
  }

  get coalesce(): boolean {
    return this.#shared.coalesce;
  }

  /** Into the pipeline, after the role client validated the request. */
  send(
    role: Role,
    priority: CallPriority,
    request: XeroRequest,
    options: ResolvedCallOptions,
  ): Promise<XeroResponse> {
    if (this.closed) {
      return Promise.reject(
        new ClosedError('The connection pool is closed', {
          accountId: this.#accountId,
          role,
          method: request.method,
          path: request.path,
        }),
      );
    }
    return this.#shared.pipeline.execute(this.#subject(role, priority), request, options);
  }

  /**
   * What a call is made as. A small object per call rather than one kept per (role, priority): it is
   * young garbage the call path makes dozens of anyway, and ten thousand idle pools keep none.
   */
  #subject(role: Role, priority: CallPriority): CallSubject {
    return {
      connection: this.#connections.connection(role),
      callRole: role,
      priority,
      mayUseReserve: this.#routing.mayUseReserve(role, priority),
    };
  }

  toJSON(): { accountId: string; closed: boolean } {
    return { accountId: this.#accountId, closed: this.closed };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `PoolCalls { accountId: ${JSON.stringify(this.#accountId)}, closed: ${this.closed} }`;
  }
}
