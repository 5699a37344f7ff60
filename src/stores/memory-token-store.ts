import type { Role } from '../roles.js';
import { checkListAllOptions } from './connection-listing.js';
import { recordKey } from './record-key.js';
import type {
  ConnectionPage,
  ListAllOptions,
  PutResult,
  StoredConnection,
  TokenStore,
  Versioned,
} from './token-store.js';

/**
 * Keeps connections in this process's memory: tokens are lost on restart. For tests, demos and hosts
 * that persist elsewhere. Values are copied in and out (objects and arrays at every depth), so callers can
 * never mutate stored state; strings are immutable and shared, so a token is held once however often it is
 * read (structuredClone would duplicate every token string in each reader's cache).
 */
export class MemoryTokenStore implements TokenStore {
  readonly #records = new Map<string, Versioned<StoredConnection>>();
  /** Last version of deleted records: a re-created record continues the count, so a stale CAS cannot land. */
  readonly #tombstones = new Map<string, number>();
  readonly #byAccount = new Map<string, Set<Role>>();

  async get(accountId: string, role: Role): Promise<Versioned<StoredConnection> | null> {
    const found = this.#records.get(recordKey(accountId, role));
    return found === undefined ? null : copy(found);
  }

  async put(value: StoredConnection, expectedVersion: number | null): Promise<PutResult> {
    const key = recordKey(value.accountId, value.role);
    const current = this.#records.get(key);
    if ((current?.version ?? null) !== expectedVersion) {
      return { ok: false, current: current === undefined ? null : copy(current) };
    }
    const version = (current?.version ?? this.#tombstones.get(key) ?? 0) + 1;
    this.#records.set(key, { value: copyData(value), version });
    this.#tombstones.delete(key);
    let roles = this.#byAccount.get(value.accountId);
    if (roles === undefined) {
      roles = new Set();
      this.#byAccount.set(value.accountId, roles);
    }
    roles.add(value.role);
    return { ok: true, version };
  }

  async delete(accountId: string, role: Role, expectedVersion?: number): Promise<boolean> {
    const key = recordKey(accountId, role);
    const current = this.#records.get(key);
    if (current === undefined) return false;
    if (expectedVersion !== undefined && current.version !== expectedVersion) return false;
    this.#records.delete(key);
    this.#tombstones.set(key, current.version);
    const roles = this.#byAccount.get(accountId);
    roles?.delete(role);
    if (roles?.size === 0) this.#byAccount.delete(accountId);
    return true;
  }

  async list(accountId: string): Promise<Array<Versioned<StoredConnection>>> {
    const roles = this.#byAccount.get(accountId);
    if (roles === undefined) return [];
    const out: Array<Versioned<StoredConnection>> = [];
    for (const role of roles) {
      const found = this.#records.get(recordKey(accountId, role));
      if (found !== undefined) out.push(copy(found));
    }
    return out;
  }

  /**
   * Pages in account-id order; the cursor is the last account of the previous page, so accounts added
   * or removed meanwhile never shift the listing (each page costs a pass over the account ids).
   */
  async listAll(options?: ListAllOptions): Promise<ConnectionPage> {
    const { cursor, limit } = checkListAllOptions(options, isMemoryCursor);
    const after = cursor === undefined ? undefined : Buffer.from(cursor, 'base64url').toString('utf8');
    const accounts = [...this.#byAccount.keys()].filter((a) => after === undefined || a > after).sort();
    const page = accounts.slice(0, limit);
    const items = (await Promise.all(page.map((a) => this.list(a)))).flat();
    const last = page.at(-1);
    const more = accounts.length > limit && last !== undefined;
    return { items, nextCursor: more ? Buffer.from(last, 'utf8').toString('base64url') : null };
  }

  async close(): Promise<void> {}
}

function isMemoryCursor(cursor: string): boolean {
  return cursor.length > 0 && /^[A-Za-z0-9_-]+$/.test(cursor);
}

function copy(v: Versioned<StoredConnection>): Versioned<StoredConnection> {
  return { value: copyData(v.value), version: v.version };
}

/** A deep copy of plain data that shares strings (and other primitives) instead of duplicating them. */
function copyData<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyData) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value); // e.g. a Date
  // Spread keeps the source's compact layout; nested objects and arrays are then copied in turn.
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of Object.keys(out)) {
    const v = out[key];
    if (v !== null && typeof v === 'object') out[key] = copyData(v);
  }
  return out as T;
}
