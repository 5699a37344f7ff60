import { createHash } from 'node:crypto';

/**
 * The digests of the last N bodies the host acknowledged, oldest first out. A correctly signed body seen
 * again (Xero retrying after our 200 was lost, or someone replaying a captured request: an HMAC has no
 * timestamp, so the signature still holds) is answered 200 without handing it to `onEvents` again.
 */
export class AcknowledgedPayloads {
  readonly #capacity: number;
  // A Set keeps insertion order: the first entry is the oldest.
  readonly #digests = new Set<string>();

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  static digest(rawBody: Uint8Array | string): string {
    return createHash('sha256').update(rawBody).digest('base64');
  }

  has(digest: string): boolean {
    return this.#digests.has(digest);
  }

  add(digest: string): void {
    if (this.#capacity === 0) return;
    this.#digests.delete(digest);
    this.#digests.add(digest);
    if (this.#digests.size > this.#capacity) {
      const oldest = this.#digests.values().next().value;
      if (oldest !== undefined) this.#digests.delete(oldest);
    }
  }

  clear(): void {
    this.#digests.clear();
  }
}
