import { inspect } from 'node:util';
import type { PendingAuthorization, PendingAuthorizationStore } from './pending-authorization-store.js';

export interface MemoryPendingAuthorizationStoreOptions {
  /**
   * How long an expired authorization is still remembered (so its callback is reported as expired rather
   * than unknown), in real ms. @default 3600000 (1 h)
   */
  retainExpiredMs?: number;
}

/**
 * Pending authorizations in this process's memory. Expired entries are swept on each write (no timers), so
 * the map stays bounded by the authorizations begun within the expiry plus retention.
 */
export class MemoryPendingAuthorizationStore implements PendingAuthorizationStore {
  readonly #pending = new Map<string, PendingAuthorization>();
  readonly #retainExpiredMs: number;
  #savesSinceSweep = 0;

  constructor(options: MemoryPendingAuthorizationStoreOptions = {}) {
    this.#retainExpiredMs = options.retainExpiredMs ?? 3_600_000;
  }

  async save(pending: PendingAuthorization): Promise<void> {
    this.#sweep();
    this.#pending.set(pending.state, { ...pending });
  }

  async peek(state: string) {
    const found = this.#pending.get(state);
    if (found === undefined) return null;
    return { state: found.state, accountId: found.accountId, role: found.role, expiresAt: found.expiresAt };
  }

  async take(state: string): Promise<PendingAuthorization | null> {
    const found = this.#pending.get(state);
    if (found === undefined) return null;
    this.#pending.delete(state);
    return found;
  }

  // The entries hold PKCE verifiers and nonces: they live in a #private map, and inspect/JSON show a count.
  [inspect.custom](): string {
    return `MemoryPendingAuthorizationStore { size: ${this.#pending.size} }`;
  }

  toJSON(): { size: number } {
    return { size: this.#pending.size };
  }

  async close(): Promise<void> {
    this.#pending.clear();
  }

  /** Full sweeps, amortized: one per (size / 100) saves, so a save costs O(1) on average. */
  #sweep(): void {
    if (++this.#savesSinceSweep < this.#pending.size / 100) return;
    this.#savesSinceSweep = 0;
    const cutoff = Date.now() - this.#retainExpiredMs;
    for (const [state, entry] of this.#pending) if (entry.expiresAt < cutoff) this.#pending.delete(state);
  }
}
