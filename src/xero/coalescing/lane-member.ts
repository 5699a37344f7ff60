import { AbortedError, DeadlineExceededError } from '../../errors/timing-errors.js';
import type { ErrorContext } from '../../errors/xero-connections-error.js';
import type { CheckedCall } from '../endpoints/endpoint-caller.js';

/**
 * One caller's share of a coalesced request: what it asked for (`payload`), how much of a request it
 * fills (`units`: elements or ids; `bytes` of body), and its promise. While buffered it may leave (its
 * signal aborts, its deadline passes) and rejects typed; once taken into a request it is in flight and
 * settles with that request's outcome, whatever its signal does afterwards.
 */
export class LaneMember<P, R> {
  state: 'buffered' | 'taken' | 'settled' = 'buffered';
  readonly promise: Promise<R>;
  #resolve!: (value: R) => void;
  #reject!: (error: unknown) => void;
  #unwatch: (() => void) | undefined;

  constructor(
    readonly payload: P,
    readonly call: CheckedCall,
    readonly units: number,
    readonly bytes: number,
  ) {
    this.promise = new Promise<R>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
  }

  /** Calls `leave` with a typed error if the signal aborts or the deadline passes while still buffered. */
  watch(ctx: ErrorContext, leave: (member: this, error: Error) => void): void {
    const { signal, deadline } = this.call;
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      if (this.state === 'buffered') leave(this, aborted(ctx));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (deadline !== undefined) {
      // The member's own timer, cleared as soon as it is taken or settles: nothing outlives the call.
      timer = setTimeout(
        () => {
          if (this.state === 'buffered') leave(this, pastDeadline(ctx));
        },
        Math.max(0, deadline - Date.now()),
      );
    }
    this.#unwatch = () => {
      signal?.removeEventListener('abort', onAbort);
      if (timer !== undefined) clearTimeout(timer);
    };
  }

  /**
   * Moves the member into the request being built; false (and the member rejected) when its deadline
   * passed meanwhile or its signal fired: it was never sent.
   */
  take(ctx: ErrorContext): boolean {
    if (this.state !== 'buffered') return false;
    if (this.call.signal?.aborted) {
      this.reject(aborted(ctx));
      return false;
    }
    if (this.call.deadline !== undefined && Date.now() > this.call.deadline) {
      this.reject(pastDeadline(ctx));
      return false;
    }
    this.#stopWatching();
    this.state = 'taken';
    return true;
  }

  resolve(value: R): void {
    if (this.state === 'settled') return;
    this.#stopWatching();
    this.state = 'settled';
    this.#resolve(value);
  }

  reject(error: unknown): void {
    if (this.state === 'settled') return;
    this.#stopWatching();
    this.state = 'settled';
    this.#reject(error);
  }

  #stopWatching(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
  }
}

function aborted(ctx: ErrorContext): AbortedError {
  return new AbortedError('The call was aborted while it waited to join a request (nothing was sent)', ctx);
}

function pastDeadline(ctx: ErrorContext): DeadlineExceededError {
  return new DeadlineExceededError(
    'The call could not start before its deadline: it was still waiting to join a request (nothing was sent)',
    ctx,
  );
}
