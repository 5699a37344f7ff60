import type { PoolEventName, PoolEvents } from '../contracts/events.js';
import type { PoolMetrics } from '../pool/pool-metrics.js';

/**
 * What the instrumentation needs of a host: its events, and each open pool's `metrics()` for the gauges.
 * `XeroConnections` is one; the shape is structural so the `otel` entry loads none of the SDK's code.
 */
export interface InstrumentedHost {
  on<K extends PoolEventName>(name: K, listener: (payload: PoolEvents[K]) => void): () => void;
  getPool(accountId: string): { metrics(): PoolMetrics } | undefined;
}

/** The app a connection uses, named as the host's options name it. */
export interface AppRef {
  appName: string;
  clientId: string;
}

/**
 * Which app serves each (account, connection role): call events name the account and role only. Read from
 * the pool's `metrics()` once per pool and role; keyed by the pool object, so a pool closed and reopened
 * with other apps is read afresh and a closed pool is forgotten with it.
 */
export class AppDirectory {
  readonly #host: InstrumentedHost;
  #byPool = new WeakMap<object, Map<string, AppRef>>();

  constructor(host: InstrumentedHost) {
    this.#host = host;
  }

  lookup(accountId: string, role: string): AppRef | undefined {
    const pool = this.#host.getPool(accountId);
    if (pool === undefined) return undefined;
    let byRole = this.#byPool.get(pool);
    if (byRole === undefined) {
      byRole = new Map();
      for (const c of pool.metrics().connections) {
        byRole.set(c.role, { appName: c.appName, clientId: c.clientId });
      }
      this.#byPool.set(pool, byRole);
    }
    return byRole.get(role);
  }

  clear(): void {
    this.#byPool = new WeakMap();
  }
}
