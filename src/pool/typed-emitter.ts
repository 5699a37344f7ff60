import type { PoolEventName, PoolEventSink, PoolEvents } from '../contracts/events.js';
import type { Logger } from '../logger.js';

export type PoolListener<K extends PoolEventName> = (payload: PoolEvents[K]) => void;

/**
 * A small typed emitter. Listeners are stored only once someone subscribes, so ten thousand idle pools
 * cost nothing here. A throwing listener is logged and never breaks the call that emitted.
 */
export class PoolEmitter implements PoolEventSink {
  private listeners: Map<PoolEventName, Set<(payload: never) => void>> | undefined;

  constructor(
    private readonly logger: Logger,
    /** Also receives every event (the host's emitter, for listeners of all pools). */
    private readonly parent?: PoolEventSink,
  ) {}

  on<K extends PoolEventName>(name: K, listener: PoolListener<K>): () => void {
    this.listeners ??= new Map();
    let set = this.listeners.get(name);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(name, set);
    }
    set.add(listener as (payload: never) => void);
    return () => this.off(name, listener);
  }

  off<K extends PoolEventName>(name: K, listener: PoolListener<K>): void {
    const set = this.listeners?.get(name);
    if (set === undefined) return;
    set.delete(listener as (payload: never) => void);
    if (set.size === 0) this.listeners?.delete(name);
  }

  emit<K extends PoolEventName>(name: K, payload: PoolEvents[K]): void {
    const set = this.listeners?.get(name);
    if (set !== undefined) {
      for (const listener of [...set]) {
        try {
          (listener as PoolListener<K>)(payload);
        } catch (error) {
          this.logger.warn('a pool event listener threw', {
            event: name,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
    }
    this.parent?.emit(name, payload);
  }

  /** Drops every listener (on close). */
  removeAll(): void {
    this.listeners = undefined;
  }
}
