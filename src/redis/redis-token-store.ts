import { inspect } from 'node:util';
import type { Cluster, Redis } from 'ioredis';
import { StoreError } from '../errors/infrastructure-errors.js';
import { ROLES, type Role } from '../roles.js';
import { checkListAllOptions } from '../stores/connection-listing.js';
import { checkExpectedVersion, checkIds, checkRecord } from '../stores/record-checks.js';
import type {
  ConnectionPage,
  ListAllOptions,
  PutResult,
  StoredConnection,
  TokenStore,
  Versioned,
} from '../stores/token-store.js';
import type { RecordCodec } from './record-codec.js';
import { isClusterClient } from './redis-client.js';
import type { RedisConnection } from './redis-connection.js';
import type { RedisKeys } from './redis-keys.js';
import { DELETE_CONNECTION, PUT_CONNECTION } from './scripts/token-store-scripts.js';

export interface RedisTokenStoreOptions {
  connection: RedisConnection;
  keys: RedisKeys;
  /** Each write resets the account's expiry to this, in ms. */
  ttlMs: number;
  /** Turns a record into the stored string and back (JSON, or sealed with AES-256-GCM). */
  codec: RecordCodec;
}

/**
 * A TokenStore in Redis, shared by every process of a deployment. Writes are compare-and-set in one Lua
 * script, so two processes can never overwrite each other's rotated refresh token.
 */
export class RedisTokenStore implements TokenStore {
  constructor(private readonly options: RedisTokenStoreOptions) {}

  async get(accountId: string, role: Role): Promise<Versioned<StoredConnection> | null> {
    checkIds(accountId, role);
    const key = this.options.keys.connection(accountId);
    const [version, data] = await this.options.connection.run('token store get', (c) =>
      c.hmget(key, `${role}.v`, `${role}.d`),
    );
    if (version === null || version === undefined || data === null || data === undefined) return null;
    return { value: this.decode(data, accountId, role), version: Number(version) };
  }

  async put(value: StoredConnection, expectedVersion: number | null): Promise<PutResult> {
    checkRecord(value);
    checkExpectedVersion(expectedVersion);
    const data = this.options.codec.encode(JSON.stringify(value), codecContext(value.accountId, value.role));
    const key = this.options.keys.connection(value.accountId);
    const reply = (await this.options.connection.run('token store put', (c) =>
      PUT_CONNECTION.run(
        c,
        [key],
        [
          value.role,
          expectedVersion === null ? '' : String(expectedVersion),
          data,
          Math.ceil(this.options.ttlMs),
        ],
      ),
    )) as [number, string | number | null, string | null];
    if (reply[0] === 1) return { ok: true, version: Number(reply[1]) };
    const [, version, current] = reply;
    if (version === null || version === undefined || current === null || current === undefined) {
      return { ok: false, current: null };
    }
    return {
      ok: false,
      current: { value: this.decode(current, value.accountId, value.role), version: Number(version) },
    };
  }

  async delete(accountId: string, role: Role, expectedVersion?: number): Promise<boolean> {
    checkIds(accountId, role);
    const key = this.options.keys.connection(accountId);
    const reply = await this.options.connection.run('token store delete', (c) =>
      DELETE_CONNECTION.run(c, [key], [role, expectedVersion === undefined ? '' : String(expectedVersion)]),
    );
    return reply === 1;
  }

  async list(accountId: string): Promise<Array<Versioned<StoredConnection>>> {
    checkIds(accountId, undefined);
    const key = this.options.keys.connection(accountId);
    const fields = await this.options.connection.run('token store list', (c) => c.hgetall(key));
    const out: Array<Versioned<StoredConnection>> = [];
    for (const role of ROLES) {
      const version = fields[`${role}.v`];
      const data = fields[`${role}.d`];
      if (version !== undefined && data !== undefined) {
        out.push({ value: this.decode(data, accountId, role), version: Number(version) });
      }
    }
    return out;
  }

  /**
   * One SCAN step over the account hashes (never KEYS: it blocks Redis for the whole keyspace). The
   * cursor is Redis's own; `limit` becomes SCAN's COUNT, a hint, so a page may hold a few more or fewer
   * accounts, and SCAN may return a key again on a later page. On a cluster every master is scanned in
   * turn (SCAN sees one node's keys only): the cursor is `<slot>.<SCAN cursor>`, naming the master by a slot
   * it serves, so a page after a failover continues on the promoted replica. Accounts moved by a resharding
   * during the listing may be missed or repeated.
   */
  async listAll(options?: ListAllOptions): Promise<ConnectionPage> {
    const cluster = isClusterClient(this.options.connection.client);
    const { cursor, limit } = checkListAllOptions(options, (c) =>
      cluster
        ? CLUSTER_CURSOR.test(c) && Number(c.split('.')[0]) < CLUSTER_SLOTS
        : /^[1-9][0-9]{0,19}$/.test(c),
    );
    const base = this.options.keys.connection('');
    const match = `${escapeGlob(base)}*`;
    const [next, keys] = await this.options.connection.run('token store list all', (c) =>
      isClusterClient(c)
        ? scanClusterStep(c, cursor, match, limit)
        : (c as Redis).scan(cursor ?? '0', 'MATCH', match, 'COUNT', limit),
    );
    const accounts = new Set<string>();
    for (const key of keys) {
      const accountId = accountOfKey(key.slice(base.length));
      // Only keys this store would write: another writer's key under the prefix is none of ours.
      if (accountId !== undefined && this.options.keys.connection(accountId) === key) accounts.add(accountId);
    }
    const lists = await Promise.all([...accounts].map((accountId) => this.list(accountId)));
    return { items: lists.flat(), nextCursor: next === '0' ? null : next };
  }

  /**
   * A record is only returned under the account and role it names: a record copied (or planted) under
   * another account's key is refused, since the caller would otherwise act with another account's tokens.
   * Errors name the account and role asked for, never anything from the record.
   */
  private decode(data: string, accountId: string, role: Role): StoredConnection {
    let plaintext: string;
    try {
      plaintext = this.options.codec.decode(data, codecContext(accountId, role));
    } catch (error) {
      const why = error instanceof Error ? error.message : 'unreadable';
      throw new StoreError(`The stored connection could not be read: ${why}`, {
        accountId,
        role,
        cause: error,
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(plaintext);
    } catch {
      // No cause: V8's SyntaxError quotes the record around the failure, tokens included.
      throw new StoreError('The stored connection is not valid JSON (a corrupt record)', { accountId, role });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new StoreError('The stored connection is not a connection record', { accountId, role });
    }
    const record = parsed as Partial<StoredConnection>;
    if (record.accountId !== accountId || record.role !== role) {
      throw new StoreError(
        'The stored connection belongs to another account or role (copied or planted under this key); refusing it',
        { accountId, role },
      );
    }
    return parsed as StoredConnection;
  }

  [inspect.custom](): string {
    return `RedisTokenStore { ttlMs: ${this.options.ttlMs} }`;
  }

  /** Secret-free: the connection and codec are never serialized. */
  toJSON(): Record<string, unknown> {
    return { store: 'redis', ttlMs: this.options.ttlMs };
  }
}

const CLUSTER_SLOTS = 16_384;
const CLUSTER_CURSOR = /^(0|[1-9][0-9]{0,4})\.(0|[1-9][0-9]{0,19})$/;

/**
 * One SCAN step on one master of a cluster. The masters are ordered by the first slot each serves; when
 * one is done the cursor moves to the next one's first slot, and after the last the listing ends ('0').
 */
async function scanClusterStep(
  cluster: Cluster,
  cursor: string | undefined,
  match: string,
  count: number,
): Promise<[string, string[]]> {
  const firstSlots = new Map<string, number>();
  for (let slot = 0; slot < CLUSTER_SLOTS; slot++) {
    const master = cluster.slots[slot]?.[0];
    if (master === undefined)
      throw new Error(`cluster slot ${slot} has no master (is the cluster complete?)`);
    if (!firstSlots.has(master)) firstSlots.set(master, slot);
  }
  const shards = [...firstSlots].sort((a, b) => a[1] - b[1]);
  const [slotText, scanCursor] = cursor === undefined ? ['0', '0'] : cursor.split('.');
  const slot = Number(slotText);
  const master = cluster.slots[slot]![0]!;
  const node = cluster.nodes('master').find((n) => `${n.options.host}:${n.options.port}` === master);
  if (node === undefined) throw new Error(`no connection to the master of cluster slot ${slot}`);
  const [next, keys] = await node.scan(scanCursor!, 'MATCH', match, 'COUNT', count);
  if (next !== '0') return [`${slot}.${next}`, keys];
  const following = shards.find(([, first]) => first > slot);
  return [following === undefined ? '0' : `${following[1]}.0`, keys];
}

/** SCAN MATCH treats `*`, `?`, `[`, `]` and `\` as pattern syntax: a prefix holding them must match literally. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}

function accountOfKey(encoded: string): string | undefined {
  if (encoded === '') return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined; // not a key this store wrote
  }
}

/** Bound to each sealed record, so a record copied to another account or role does not decrypt. */
function codecContext(accountId: string, role: Role): string {
  return `xero-connections/redis/${accountId.length}:${accountId}:${role}`;
}
