import type { SimContext } from '../context.js';

/**
 * Added response time for API calls, for benches that need a call to hold its concurrency slot a while
 * (so window-release costs show). Every waiting request shares this one instance: a timer each and no
 * listener each, so thousands may wait without an AbortSignal listener apiece; `releaseAll()` (on close)
 * ends every wait at once.
 */
export class Latency {
  private readonly waiting = new Map<NodeJS.Timeout, () => void>();

  /** Resolves after `ms` real ms, or at once when released. */
  wait(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(timer);
        resolve();
      }, ms);
      this.waiting.set(timer, resolve);
    });
  }

  /** How many requests are waiting now. */
  get pending(): number {
    return this.waiting.size;
  }

  releaseAll(): void {
    for (const [timer, resolve] of this.waiting) {
      clearTimeout(timer);
      resolve();
    }
    this.waiting.clear();
  }
}

/** The configured per-call latency (real ms); cut short when the simulator closes. */
export function applyLatency(ctx: SimContext): Promise<void> {
  return ctx.latency.wait(ctx.faults.latencyMs);
}
