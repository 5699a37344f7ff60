import { InvalidArgumentError } from '../../errors/configuration-error.js';
import type { CallOptions } from '../call-options.js';

/**
 * Options of the typed calls that may share one request with concurrent calls of the same kind on the same
 * connection: creates and updates (merged into one batch of ≤ 50 elements) and `get` by id (merged into one
 * `IDs=` list). While a merged call waits for its request, its `signal` and `deadline` still end it
 * (`AbortedError`, `DeadlineExceededError`, nothing sent); once its request is sent it gets that request's
 * result. See docs/guides/coalescing.md.
 */
export interface CoalescingCallOptions extends CallOptions {
  /**
   * `false` sends this call in a request of its own. A write with its own `idempotencyKey` (or `false`)
   * is always sent alone: its key must name its request only.
   * @default true, or the host's `http.coalesce`
   */
  coalesce?: boolean;
}

/** Splits `coalesce` off a call's options (the rest are checked by the role client, once). */
export function takeCoalesceOption(options: unknown): { coalesce: boolean | undefined; rest: unknown } {
  if (options === null || typeof options !== 'object' || !('coalesce' in options)) {
    return { coalesce: undefined, rest: options };
  }
  const { coalesce, ...rest } = options as { coalesce?: unknown };
  if (coalesce !== undefined && typeof coalesce !== 'boolean') {
    throw new InvalidArgumentError('Invalid call options: coalesce: expected a boolean', [
      { path: 'coalesce', message: `expected a boolean, got ${typeof coalesce}` },
    ]);
  }
  return { coalesce, rest };
}
