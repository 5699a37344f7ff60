import type { CallGrant, LimitKey, ScheduleOptions } from './limits-engine.js';

/** The per-key call counts the core keeps on each engine's key record. */
export interface KeyCalls {
  queuedInteractive: number;
  queuedBatch: number;
  running: number;
}

/** One `schedule()` call, from the moment it queues until it starts or is refused. */
export interface QueuedCall<S extends KeyCalls = KeyCalls> {
  state: 'queued' | 'started' | 'cancelled';
  readonly key: LimitKey;
  /** The engine's record of the key (windows, queue). */
  readonly slot: S;
  readonly options: ScheduleOptions;
  readonly interactive: boolean;
  /** May spend the interactive reserve (or there is none to protect on this key). */
  readonly useReserve: boolean;
  readonly fn: (grant: CallGrant) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  /** Arrival order, for FIFO within a priority. */
  readonly seq: number;
  timer: NodeJS.Timeout | undefined;
  onAbort: (() => void) | undefined;
}
