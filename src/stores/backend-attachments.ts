import type { BackendParts } from '../contracts/backend.js';

/**
 * The hosts a shared back-end (Redis, PostgreSQL) is attached to: each attachment closes once (its own
 * parts, in the order `release` gives), and closing the back-end closes every attachment still open.
 */
export class BackendAttachments {
  readonly #open = new Set<BackendParts>();

  get size(): number {
    return this.#open.size;
  }

  /** The parts handed to one host; their `close()` releases them once and forgets the attachment. */
  attach(parts: Omit<BackendParts, 'close'>, release: () => Promise<void>): BackendParts {
    let closing: Promise<void> | undefined;
    const attached: BackendParts = {
      ...parts,
      close: () => {
        closing ??= (async () => {
          this.#open.delete(attached);
          await release();
        })();
        return closing;
      },
    };
    this.#open.add(attached);
    return attached;
  }

  /** Closes every attachment still open; a failing one does not keep the others open. */
  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.#open].map((a) => a.close()));
  }
}
