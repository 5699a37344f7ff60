import { inspect } from 'node:util';
import { StoreError } from '../errors/infrastructure-errors.js';
import { isRole, type Role } from '../roles.js';
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
import type { PostgresConnection } from './postgres-connection.js';
import type { PostgresTables } from './postgres-schema.js';
import type { RecordSeal } from './record-seal.js';

export interface PostgresTokenStoreOptions {
  connection: PostgresConnection;
  tables: PostgresTables;
  seal: RecordSeal;
}

interface ConnectionRow {
  account_id: string;
  role: string;
  version: string;
  sealed: unknown;
}

/** Cursors are the last account of the previous page, base64url-encoded behind a format marker. */
const CURSOR = /^pg1\.[A-Za-z0-9_-]+$/;

/**
 * A TokenStore in PostgreSQL, shared by every process (and machine) of a deployment. Each write is one
 * statement whose WHERE names the expected version, so two writers can never overwrite each other's
 * rotated refresh token: under READ COMMITTED the second UPDATE waits for the first, re-reads the row
 * and no longer matches. Records are sealed with AES-256-GCM before they leave the process; the database
 * sees only account ids, roles and versions.
 */
export class PostgresTokenStore implements TokenStore {
  // #private: the connection holds the pool (and its connection string), the seal holds the keys.
  readonly #connection: PostgresConnection;
  readonly #t: PostgresTables;
  readonly #seal: RecordSeal;

  constructor(options: PostgresTokenStoreOptions) {
    this.#connection = options.connection;
    this.#t = options.tables;
    this.#seal = options.seal;
  }

  async get(accountId: string, role: Role): Promise<Versioned<StoredConnection> | null> {
    checkIds(accountId, role);
    const rows = await this.#connection.query<ConnectionRow>(
      'token store get',
      `SELECT account_id, role, version, sealed FROM ${this.#t.connections}
        WHERE account_id = $1 AND role = $2 AND sealed IS NOT NULL`,
      [accountId, role],
    );
    return rows[0] === undefined ? null : this.#open(rows[0], accountId, role);
  }

  async put(value: StoredConnection, expectedVersion: number | null): Promise<PutResult> {
    checkRecord(value);
    checkExpectedVersion(expectedVersion);
    const sealed = this.#seal.seal(value, sealContext(value.accountId, value.role));
    const rows =
      expectedVersion === null
        ? // Absent, or only a deleted row's version left: create, continuing that version's count.
          await this.#connection.query<{ version: string }>(
            'token store put',
            `INSERT INTO ${this.#t.connections} AS c (account_id, role, version, sealed)
               VALUES ($1, $2, 1, $3)
             ON CONFLICT (account_id, role) DO UPDATE
               SET version = c.version + 1, sealed = EXCLUDED.sealed, updated_at = now()
               WHERE c.sealed IS NULL
             RETURNING version`,
            [value.accountId, value.role, sealed],
          )
        : await this.#connection.query<{ version: string }>(
            'token store put',
            `UPDATE ${this.#t.connections}
                SET version = version + 1, sealed = $3, updated_at = now()
              WHERE account_id = $1 AND role = $2 AND version = $4 AND sealed IS NOT NULL
              RETURNING version`,
            [value.accountId, value.role, sealed, expectedVersion],
          );
    if (rows[0] !== undefined) return { ok: true, version: Number(rows[0].version) };
    // Lost the compare-and-set: the caller needs what is stored now (it may be gone again already).
    return { ok: false, current: await this.get(value.accountId, value.role) };
  }

  async delete(accountId: string, role: Role, expectedVersion?: number): Promise<boolean> {
    checkIds(accountId, role);
    if (expectedVersion !== undefined) checkExpectedVersion(expectedVersion);
    // The row stays, sealed NULL, keeping its version for the record's next creation.
    const rows = await this.#connection.query<{ version: string }>(
      'token store delete',
      `UPDATE ${this.#t.connections} SET sealed = NULL, updated_at = now()
        WHERE account_id = $1 AND role = $2 AND sealed IS NOT NULL AND ($3::bigint IS NULL OR version = $3)
        RETURNING version`,
      [accountId, role, expectedVersion ?? null],
    );
    return rows.length > 0;
  }

  async list(accountId: string): Promise<Array<Versioned<StoredConnection>>> {
    checkIds(accountId);
    const rows = await this.#connection.query<ConnectionRow>(
      'token store list',
      `SELECT account_id, role, version, sealed FROM ${this.#t.connections}
        WHERE account_id = $1 AND sealed IS NOT NULL ORDER BY role`,
      [accountId],
    );
    return rows.map((row) => this.#open(row, accountId, row.role));
  }

  /**
   * Keyset pages in account-id order (the primary key's index): the cursor is the last account of the
   * previous page, so accounts written or deleted meanwhile never shift the listing. One statement, one
   * snapshot: a page holds each of its accounts whole.
   */
  async listAll(options?: ListAllOptions): Promise<ConnectionPage> {
    const { cursor, limit } = checkListAllOptions(options, (c) => CURSOR.test(c));
    const after = cursor === undefined ? null : Buffer.from(cursor.slice(4), 'base64url').toString('utf8');
    // One account more than the page, to know whether another page follows.
    const rows = await this.#connection.query<ConnectionRow>(
      'token store list all',
      `WITH page AS (
         SELECT DISTINCT account_id FROM ${this.#t.connections}
          WHERE sealed IS NOT NULL AND ($1::text IS NULL OR account_id > $1)
          ORDER BY account_id LIMIT $2
       )
       SELECT c.account_id, c.role, c.version, c.sealed
         FROM ${this.#t.connections} c JOIN page USING (account_id)
        WHERE c.sealed IS NOT NULL
        ORDER BY c.account_id, c.role`,
      [after, limit + 1],
    );
    const accounts: string[] = [];
    for (const row of rows) if (accounts.at(-1) !== row.account_id) accounts.push(row.account_id);
    const more = accounts.length > limit;
    const last = more ? accounts[limit - 1]! : undefined;
    const included = new Set(accounts.slice(0, limit));
    const items = rows
      .filter((row) => included.has(row.account_id))
      .map((row) => this.#open(row, row.account_id, row.role));
    return {
      items,
      nextCursor: last === undefined ? null : `pg1.${Buffer.from(last, 'utf8').toString('base64url')}`,
    };
  }

  /**
   * A record is only returned under the account and role of its row: the seal's context binds it, and
   * the plaintext must name them too. Errors name the account and role, never anything of the record.
   */
  #open(row: ConnectionRow, accountId: string, role: string): Versioned<StoredConnection> {
    const known = isRole(role) ? role : undefined;
    let parsed: unknown;
    try {
      if (known === undefined) throw new Error(`the row has an unknown role "${role.slice(0, 32)}"`);
      parsed = this.#seal.open(row.sealed, sealContext(accountId, known));
    } catch (error) {
      const why = error instanceof Error ? error.message : 'unreadable';
      throw new StoreError(`The stored connection could not be read: ${why}`, {
        accountId,
        role: known,
        cause: error,
      });
    }
    const record = parsed as Partial<StoredConnection> | null;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new StoreError('The stored connection is not a connection record', { accountId, role: known });
    }
    if (record.accountId !== accountId || record.role !== role) {
      throw new StoreError(
        'The stored connection belongs to another account or role (copied into this row); refusing it',
        { accountId, role: known },
      );
    }
    return { value: record as StoredConnection, version: Number(row.version) };
  }

  [inspect.custom](): string {
    return `PostgresTokenStore { table: ${this.#t.connections} }`;
  }

  /** Secret-free: the pool and the keys are never serialized. */
  toJSON(): Record<string, unknown> {
    return { store: 'postgres', table: this.#t.connections };
  }
}

/** Bound to each sealed record, so a record copied into another account's or role's row does not open. */
function sealContext(accountId: string, role: Role): string {
  return `xero-connections/postgres/connection/${accountId.length}:${accountId}:${role}`;
}
