import type { PoolEventSink } from '../contracts/events.js';
import type { Role } from '../roles.js';

export interface Degradation {
  consecutiveFailures: number;
  lastError: string;
}

/**
 * The runtime half of connection health: transient trouble (outages, 5xx, timeouts) makes a connection
 * degraded, never broken, and the next success restores it. Broken is durable and lives in the store.
 * Its account makes it on the first failure: most accounts never see one.
 */
export class ConnectionHealthTracker {
  readonly #degraded = new Map<Role, Degradation>();
  readonly #events: PoolEventSink;
  readonly #accountId: string;

  constructor(accountId: string, events: PoolEventSink) {
    this.#accountId = accountId;
    this.#events = events;
  }

  degradation(role: Role): Readonly<Degradation> | undefined {
    return this.#degraded.get(role);
  }

  /**
   * Emits `connection:degraded` on the first failure and then at 2, 4, 8… consecutive failures, so an
   * outage with thousands of failing calls yields a handful of events.
   */
  failure(role: Role, tenantId: string | undefined, error: Error): void {
    const current = this.#degraded.get(role);
    const consecutiveFailures = (current?.consecutiveFailures ?? 0) + 1;
    this.#degraded.set(role, { consecutiveFailures, lastError: error.message });
    if ((consecutiveFailures & (consecutiveFailures - 1)) === 0) {
      this.#events.emit('connection:degraded', {
        accountId: this.#accountId,
        role,
        tenantId,
        error: error.message,
        consecutiveFailures,
      });
    }
  }

  success(role: Role, tenantId: string | undefined): void {
    if (!this.#degraded.delete(role)) return;
    this.#events.emit('connection:restored', {
      accountId: this.#accountId,
      role,
      tenantId,
      previous: 'degraded',
    });
  }

  /** Forgets transient trouble without an event (the connection was replaced, broken or removed). */
  clear(role: Role): void {
    this.#degraded.delete(role);
  }
}
