/**
 * Every duration the SDK waits on (rate-limit windows, token lifetimes, refresh margins, backoff) is a
 * real-world duration multiplied by one time scale, so tests and the demo can live through a Xero
 * "minute" in a few hundred milliseconds against real timers.
 */
export interface TimeScale {
  /** The factor: 1 is real time, 0.005 makes a minute last 300 ms. */
  readonly factor: number;
  /** A real-world duration in ms, scaled. */
  ms(realMs: number): number;
  /** A real-world duration in seconds, scaled, in ms. */
  seconds(realSeconds: number): number;
}

export function createTimeScale(factor = 1): TimeScale {
  return {
    factor,
    ms: (realMs) => realMs * factor,
    seconds: (realSeconds) => realSeconds * 1000 * factor,
  };
}

/** A promise that resolves after `ms`, or rejects with the signal's reason when it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
