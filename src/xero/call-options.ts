import type { CallPriority } from '../limits/limits-engine.js';

/** Options every call takes as its last argument. */
export interface CallOptions {
  /** Aborts the call while queued, waiting to retry, or in flight (→ `AbortedError`). */
  signal?: AbortSignal;
  /** Per-attempt HTTP timeout in ms (real, not scaled). @default the host's `http.timeoutMs` (30000) */
  timeout?: number;
  /**
   * `interactive` calls start ahead of queued `batch` calls on the same connection.
   * @default 'interactive' for the wisepay role, 'batch' for company and service
   */
  priority?: CallPriority;
  /**
   * Key Xero uses to recognise a repeated write (PUT/POST), ≤ 128 characters (≤ 120 for batch writes).
   * Generated once per logical write when omitted and reused on every retry (batch chunks use
   * `${key}:${chunkIndex}`). `false` sends none; the write is then never retried after a failure that may
   * have reached Xero. @default a random UUID per logical write
   */
  idempotencyKey?: string | false;
  /**
   * The latest time the call may START (epoch ms or Date). If the limits would hold it past this, it fails
   * at once with `DeadlineExceededError` instead of queueing.
   * @default none (the call waits as long as the limits require)
   */
  deadline?: number | Date;
}
