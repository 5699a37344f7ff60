import type { ConnectionStatusRow, PoolEvents, Role } from '@wise-pay/xero-connections';
import type { BrokenConnectionNotice } from './pages.js';

/** The part of a pool the notification centre listens to. */
export interface PoolEventSource {
  on<K extends 'connection:broken' | 'connection:restored'>(
    event: K,
    listener: (payload: PoolEvents[K]) => void,
  ): unknown;
  off?<K extends 'connection:broken' | 'connection:restored'>(
    event: K,
    listener: (payload: PoolEvents[K]) => void,
  ): unknown;
}

/**
 * Keeps the dashboard's "connection broken" notifications: one per broken role, added by the pool's
 * `connection:broken` event and removed by `connection:restored`. Because "broken" is stored with the
 * connection, a broken row in `pool.status()` (e.g. after a restart) also yields a notification.
 */
export class BrokenConnectionNotices {
  readonly #byRole = new Map<Role, BrokenConnectionNotice>();
  readonly #labels: (role: Role) => string;
  readonly #onBroken = (e: PoolEvents['connection:broken']) => {
    this.#byRole.set(e.role, {
      role: e.role,
      connectionType: this.#labels(e.role),
      message: e.message,
      at: new Date(),
    });
  };
  readonly #onRestored = (e: PoolEvents['connection:restored']) => {
    this.#byRole.delete(e.role);
  };
  readonly #source: PoolEventSource;

  constructor(source: PoolEventSource, labels: (role: Role) => string) {
    this.#source = source;
    this.#labels = labels;
    source.on('connection:broken', this.#onBroken);
    source.on('connection:restored', this.#onRestored);
  }

  /** Current notifications, reconciled with the rows of the Accounting Connections screen. */
  current(rows: readonly ConnectionStatusRow[]): BrokenConnectionNotice[] {
    for (const row of rows) {
      if (row.health !== 'broken') {
        // A reconnect (or a successful call) mended it, even if we missed the restored event.
        this.#byRole.delete(row.role);
      } else if (!this.#byRole.has(row.role)) {
        this.#byRole.set(row.role, {
          role: row.role,
          connectionType: row.connectionType,
          message: `The ${row.connectionType} connection to ${row.organisation ?? 'your accounting application'} is broken${row.lastError ? ` (${row.lastError})` : ''}. Reconnect it from Accounting Connections.`,
          at: new Date(),
        });
      }
    }
    return [...this.#byRole.values()];
  }

  close(): void {
    this.#source.off?.('connection:broken', this.#onBroken);
    this.#source.off?.('connection:restored', this.#onRestored);
  }
}
