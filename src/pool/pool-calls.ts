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
 * Where calls go: a routing and the OAuth lifecycle it serves, plus how many calls sent through it have
 * not settled. A multi-connection switch installs a new target; calls already sent keep the old one's
 * connection, and the switch waits for them (`whenIdle`) before removing what they use.
 */
export class CallTarget {
  inFlight = 0;
  #idle: Array<() => void> | undefined;
  #settled: (() => void) | undefined;

  constructor(
    readonly routing: ConnectionRouting,
    readonly connections: AccountConnections,
  ) {}

  /**
   * Counts a call's end. Bound on the first call of a busy spell and dropped when the target is idle
   * again: counting overlapping calls allocates no closure, and ten thousand idle pools keep no bound
   * function (memory at 10k accounts). A class-field arrow instead cost every pool about 400 B: its
   * context, and under tsx its own property dictionary.
   */
  get settled(): () => void {
    this.#settled ??= this.#settle.bind(this);
    return this.#settled;
  }

  #settle(): void {
    this.inFlight--;
    if (this.inFlight !== 0) return;
    this.#settled = undefined;
    if (this.#idle !== undefined) {
      const waiting = this.#idle;
      this.#idle = undefined;
      for (const wake of waiting) wake();
    }
  }

  /** Resolves once every call sent through this target has settled. */
  whenIdle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.#idle ??= [];
      this.#idle.push(resolve);
    });
  }
}

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
  /** Replaced by a multi-connection switch: the next call takes the new routing and connections. */
  #target: CallTarget;
  readonly #shared: PoolShared;
  /** The account's fair-share weight at the app level (undefined: the engine's default, 1). */
  readonly weight: number | undefined;

  constructor(
    accountId: string,
    routing: ConnectionRouting,
    connections: AccountConnections,
    shared: PoolShared,
    weight?: number | undefined,
  ) {
    this.#accountId = accountId;
    this.weight = weight;
    this.#target = new CallTarget(routing, connections);
    this.#shared = shared;
  }

  get target(): CallTarget {
    return this.#target;
  }

  /** Sends every later call through `target`; returns the previous one (its calls keep their connection). */
  retarget(target: CallTarget): CallTarget {
    const previous = this.#target;
    this.#target = target;
    return previous;
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
    const target = this.#target;
    const call = this.#shared.pipeline.execute(
      callSubject(target, role, priority, this.weight),
      request,
      options,
    );
    target.inFlight++;
    // Counted for a switch's drain; the derived promise swallows nothing (the caller holds `call`).
    call.then(target.settled, target.settled);
    return call;
  }

  toJSON(): { accountId: string; closed: boolean } {
    return { accountId: this.#accountId, closed: this.closed };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `PoolCalls { accountId: ${JSON.stringify(this.#accountId)}, closed: ${this.closed} }`;
  }
}

/**
 * What a call is made as. A small object per call rather than one kept per (role, priority): it is young
 * garbage the call path makes dozens of anyway, and ten thousand idle pools keep none. A function, not a
 * `#private` method: V8 gives every instance of a class with one an extra slot (memory at 10k accounts).
 */
function callSubject(
  target: CallTarget,
  role: Role,
  priority: CallPriority,
  weight: number | undefined,
): CallSubject {
  return {
    connection: target.connections.connection(role),
    callRole: role,
    priority,
    mayUseReserve: target.routing.mayUseReserve(role, priority),
    weight,
  };
}
