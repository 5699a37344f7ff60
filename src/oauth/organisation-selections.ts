import { randomBytes } from 'node:crypto';
import type { XeroConnection } from '../contracts/account-connections.js';
import type { Role } from '../roles.js';
import type { AccessTokenClaims } from './access-token-claims.js';
import type { TokenSet } from './token-set.js';

/** A consent that connected several organisations, waiting for the user to pick one. Holds tokens: memory only. */
export interface PendingSelection {
  role: Role;
  clientId: string;
  tokens: TokenSet;
  claims: AccessTokenClaims;
  connections: XeroConnection[];
  expiresAt: number;
}

/**
 * Token sets of consents awaiting `chooseOrganisation`, by an unguessable selection token. Kept in this
 * instance's memory (never a shared store: they hold fresh tokens) and swept lazily, without timers.
 */
export class OrganisationSelections {
  /** Made by the first consent that connected several organisations (rare). */
  #pending: Map<string, PendingSelection> | undefined;
  readonly #retainExpiredMs: number;

  constructor(retainExpiredMs: number) {
    this.#retainExpiredMs = retainExpiredMs;
  }

  add(selection: PendingSelection): string {
    this.#sweep();
    const token = randomBytes(24).toString('base64url');
    this.#pending ??= new Map();
    this.#pending.set(token, selection);
    return token;
  }

  get(token: string): PendingSelection | undefined {
    return this.#pending?.get(token);
  }

  /** Puts back a selection claimed (deleted) by a choice that was then refused without side effects. */
  restore(token: string, selection: PendingSelection): void {
    this.#pending ??= new Map();
    this.#pending.set(token, selection);
  }

  delete(token: string): void {
    this.#pending?.delete(token);
  }

  clear(): void {
    this.#pending = undefined;
  }

  #sweep(): void {
    if (this.#pending === undefined) return;
    const cutoff = Date.now() - this.#retainExpiredMs;
    for (const [token, entry] of this.#pending) if (entry.expiresAt < cutoff) this.#pending.delete(token);
  }
}
