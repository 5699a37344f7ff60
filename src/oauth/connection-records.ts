import { StoreConflictError } from '../errors/infrastructure-errors.js';
import { isRole, ROLES, type Role } from '../roles.js';
import type { StoredConnection, TokenStore, Versioned } from '../stores/token-store.js';

const MAX_CAS_ATTEMPTS = 8;

type Seen = Versioned<StoredConnection> | null;

/**
 * What a call needs of a stored connection, kept per role between store reads: its credentials, its
 * organisation, whether it is broken, and the version it was read at. Not the whole record: at 30k
 * connections the tokens' refresh halves, scopes and timestamps held a second time (the store keeps them)
 * cost ~5 MB. Anything else reads the store.
 */
export interface SeenConnection extends UsableConnection {
  readonly version: number;
  readonly broken: StoredConnection['broken'];
}

/** The parts of a connection a call (or a `/connections` request) uses: a stored record has them all. */
export type UsableConnection = Readonly<
  Pick<
    StoredConnection,
    'role' | 'clientId' | 'tenantId' | 'accessToken' | 'accessTokenExpiresAt' | 'connectedAt'
  >
>;

type SeenByRole = { [R in Role]?: SeenConnection | null | undefined };

/**
 * One account's view of the token store: coalesced reads, compare-and-set updates that retry on conflict,
 * and the last record seen per role (so a call with a fresh access token needs no store round trip).
 */
export class ConnectionRecords {
  readonly #store: TokenStore;
  readonly #accountId: string;
  /**
   * By role; a plain object (three roles at most) rather than a Map. Its strings (the tokens) are the
   * store answer's own, shared, not duplicated.
   */
  readonly #seen: SeenByRole = {};
  /** Reads in flight, by role; exists only while one is. */
  #reads: Map<Role, Promise<Seen>> | undefined;

  constructor(store: TokenStore, accountId: string) {
    this.#store = store;
    this.#accountId = accountId;
  }

  /** What was last seen of the role's record: undefined if never read, null if absent. */
  seen(role: Role): SeenConnection | null | undefined {
    return this.#seen[role];
  }

  /** Reads the store; concurrent reads of one role share one request. */
  read(role: Role): Promise<Seen> {
    this.#reads ??= new Map();
    const reads = this.#reads;
    let pending = reads.get(role);
    if (pending === undefined) {
      pending = this.#store
        .get(this.#accountId, role)
        .then((record) => {
          remember(this.#seen, role, record);
          return record;
        })
        .finally(() => {
          reads.delete(role);
          if (reads.size === 0 && this.#reads === reads) this.#reads = undefined;
        });
      reads.set(role, pending);
    }
    return pending;
  }

  async list(): Promise<Array<Versioned<StoredConnection>>> {
    const records = await this.#store.list(this.#accountId);
    const present = new Set<Role>();
    for (const record of records) {
      present.add(record.value.role);
      remember(this.#seen, record.value.role, record);
    }
    for (const role of ROLES)
      if (this.#seen[role] !== undefined && !present.has(role)) this.#seen[role] = null;
    return records;
  }

  /** Compare-and-set write; on success the record becomes the one seen. */
  async put(value: StoredConnection, expectedVersion: number | null) {
    const result = await this.#store.put(value, expectedVersion);
    if (result.ok) remember(this.#seen, value.role, { value, version: result.version });
    else remember(this.#seen, value.role, result.current);
    return result;
  }

  /**
   * Read-modify-write with retries on conflict. `mutate` returns the new value, or null to leave the record
   * as it is. Resolves to the resulting record and whether this call changed it.
   */
  async update(
    role: Role,
    mutate: (current: StoredConnection) => StoredConnection | null,
  ): Promise<{ record: Versioned<StoredConnection> | null; changed: boolean }> {
    let current = await this.read(role);
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      if (current === null) return { record: null, changed: false };
      const next = mutate(current.value);
      if (next === null) return { record: current, changed: false };
      const result = await this.put(next, current.version);
      if (result.ok) return { record: { value: next, version: result.version }, changed: true };
      current = result.current;
    }
    throw new StoreConflictError('The stored connection kept changing while it was being updated', {
      accountId: this.#accountId,
      role,
    });
  }

  async delete(role: Role, expectedVersion?: number): Promise<boolean> {
    const deleted = await this.#store.delete(this.#accountId, role, expectedVersion);
    if (deleted) this.#seen[role] = null;
    return deleted;
  }

  forget(role: Role): void {
    this.#seen[role] = undefined; // not `delete`: that would turn the object into a slow dictionary
  }
}

/**
 * Records what the store answered for a role. A function, not a `#private` method: V8 gives every instance
 * of a class with one an extra slot (memory at 10k accounts).
 */
function remember(seen: SeenByRole, role: Role, record: Seen): void {
  if (!isRole(role)) return; // a foreign record in the store: never a key of this plain object
  const known = seen[role];
  if (record === null) {
    seen[role] = null;
    return;
  }
  const { value, version } = record;
  // Never replace a newer record of the same connection with an older one from a read that raced a write;
  // the same version read again is already known (a call's read must not allocate).
  if (known && known.connectedAt === value.connectedAt && known.version >= version) return;
  seen[role] = {
    version,
    role: value.role,
    clientId: value.clientId,
    tenantId: value.tenantId,
    accessToken: value.accessToken,
    accessTokenExpiresAt: value.accessTokenExpiresAt,
    connectedAt: value.connectedAt,
    broken: value.broken,
  };
}
