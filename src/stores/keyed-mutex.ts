/**
 * Runs async work one at a time per key, in arrival order. A holder may be given a hold limit after which
 * the next waiter proceeds anyway, so one hung holder cannot block a key forever.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>();

  async run<T>(key: string, fn: () => Promise<T>, holdLimitMs?: number): Promise<T> {
    const previous = this.#tails.get(key);
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The key's tail is released once both the previous holder and this one are done.
    const tail = (previous ?? Promise.resolve()).then(() => released);
    this.#tails.set(key, tail);
    let timer: NodeJS.Timeout | undefined;
    try {
      if (previous !== undefined) await previous;
      if (holdLimitMs !== undefined && Number.isFinite(holdLimitMs)) {
        timer = setTimeout(release, Math.max(0, holdLimitMs));
        timer.unref();
      }
      return await fn();
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      release();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }

  /** Keys currently held or waited on. */
  get size(): number {
    return this.#tails.size;
  }
}
