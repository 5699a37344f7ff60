import type { CallPriority } from '../../limits/limits-engine.js';
import type { XeroRequest, XeroResponse } from '../call-pipeline.js';

/**
 * A public call's options, checked once at its entry. Every request the SDK then builds for the call (each
 * page of a list, each chunk of a batch) reuses them as they are: nothing is validated twice.
 */
export interface CheckedCall {
  readonly priority: CallPriority;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  /** Epoch ms by which the call must have started. */
  readonly deadline: number | undefined;
  /** The caller's choice, checked: a key, `false` (send none), or undefined (one is made per logical write). */
  readonly idempotencyKey: string | false | undefined;
}

/**
 * What typed endpoints need from a role client. Internal: endpoints keep it in a `#private` field, so the
 * unchecked `send` is never reachable from a role client at runtime.
 */
export interface EndpointCaller {
  /** The host's `http.coalesce`: false sends every typed call in a request of its own. @default true */
  readonly coalesce?: boolean | undefined;
  /** Validates a public call's options: the call's one check (`InvalidArgumentError` naming each field). */
  check(options: unknown): CheckedCall;
  /**
   * Sends a request the SDK built from checked input, without validating it again. `idempotencyKey` is
   * this request's own (the write's key, or a chunk's key derived from it); undefined for reads.
   */
  send<T = unknown>(
    request: XeroRequest,
    call: CheckedCall,
    idempotencyKey: string | undefined,
  ): Promise<XeroResponse<T>>;
}
