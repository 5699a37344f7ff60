import { inspect } from 'node:util';
import { StoreError } from '../errors/infrastructure-errors.js';
import type {
  PendingAuthorization,
  PendingAuthorizationStore,
} from '../stores/pending-authorization-store.js';
import type { PostgresConnection } from './postgres-connection.js';
import type { PostgresTables } from './postgres-schema.js';
import { checkPending, validState } from './record-checks.js';
import type { RecordSeal } from './record-seal.js';

export interface PostgresPendingAuthorizationStoreOptions {
  connection: PostgresConnection;
  tables: PostgresTables;
  seal: RecordSeal;
  /** How long an expired authorization is still remembered (to report "expired", not "unknown"), in ms. */
  retainExpiredMs: number;
  /** Rows past their retention removed by each save, at most (the sweep stays small). @default 100 */
  purgeBatch?: number;
}

interface PendingRow {
  sealed: unknown;
  retain_until_ms: string;
}

/**
 * Pending authorizations shared by every process, so a callback may land on any of them. One row per
 * `state`, sealed (it holds the PKCE verifier and nonce); `take` is a DELETE … RETURNING, so a state is
 * consumed once, by one process. Rows past their retention are invisible at once and removed by later
 * saves, a bounded batch each time.
 */
export class PostgresPendingAuthorizationStore implements PendingAuthorizationStore {
  readonly #options: PostgresPendingAuthorizationStoreOptions;

  constructor(options: PostgresPendingAuthorizationStoreOptions) {
    this.#options = options;
  }

  async save(pending: PendingAuthorization): Promise<void> {
    checkPending(pending);
    const { connection, tables: t, seal } = this.#options;
    const now = Date.now();
    const retainUntil = Math.ceil(pending.expiresAt + this.#options.retainExpiredMs);
    // One statement: the save, and a bounded sweep of rows past their retention (abandoned consents
    // would otherwise stay forever). SKIP LOCKED: concurrent saves never wait on each other's sweep; the
    // state being saved is left out of the sweep so the two parts never touch one row.
    await connection.query(
      'pending authorization save',
      `WITH purged AS (
         DELETE FROM ${t.pendingAuthorizations} WHERE state IN (
           SELECT state FROM ${t.pendingAuthorizations}
            WHERE retain_until_ms <= $5 AND state <> $1
            LIMIT $6 FOR UPDATE SKIP LOCKED)
       )
       INSERT INTO ${t.pendingAuthorizations} (state, sealed, expires_at_ms, retain_until_ms)
         VALUES ($1, $2, $3, $4)
       ON CONFLICT (state) DO UPDATE
         SET sealed = EXCLUDED.sealed, expires_at_ms = EXCLUDED.expires_at_ms,
             retain_until_ms = EXCLUDED.retain_until_ms`,
      [
        pending.state,
        seal.seal(pending, sealContext(pending.state)),
        Math.floor(pending.expiresAt),
        retainUntil,
        now,
        this.#options.purgeBatch ?? 100,
      ],
    );
  }

  async peek(
    state: string,
  ): Promise<Pick<PendingAuthorization, 'state' | 'accountId' | 'role' | 'expiresAt'> | null> {
    if (!validState(state)) return null;
    const { connection, tables: t } = this.#options;
    const rows = await connection.query<PendingRow>(
      'pending authorization peek',
      `SELECT sealed, retain_until_ms FROM ${t.pendingAuthorizations} WHERE state = $1 AND retain_until_ms > $2`,
      [state, Date.now()],
    );
    if (rows[0] === undefined) return null;
    const found = this.#open(rows[0], state);
    return { state: found.state, accountId: found.accountId, role: found.role, expiresAt: found.expiresAt };
  }

  async take(state: string): Promise<PendingAuthorization | null> {
    if (!validState(state)) return null;
    const { connection, tables: t } = this.#options;
    const rows = await connection.query<PendingRow>(
      'pending authorization take',
      `DELETE FROM ${t.pendingAuthorizations} WHERE state = $1 RETURNING sealed, retain_until_ms`,
      [state],
    );
    const row = rows[0];
    // A row past its retention is gone as far as callers know, as if its Redis key had expired.
    if (row === undefined || Number(row.retain_until_ms) <= Date.now()) return null;
    return this.#open(row, state);
  }

  #open(row: PendingRow, state: string): PendingAuthorization {
    let parsed: unknown;
    try {
      parsed = this.#options.seal.open(row.sealed, sealContext(state));
    } catch (error) {
      throw new StoreError(
        'A pending authorization could not be read (corrupt, or sealed with a key not configured)',
        { cause: error },
      );
    }
    if (typeof parsed !== 'object' || parsed === null || (parsed as PendingAuthorization).state !== state) {
      throw new StoreError('A pending authorization does not belong to its state (copied into this row)');
    }
    return parsed as PendingAuthorization;
  }

  [inspect.custom](): string {
    return `PostgresPendingAuthorizationStore { table: ${this.#options.tables.pendingAuthorizations} }`;
  }

  toJSON(): Record<string, unknown> {
    return { store: 'postgres', table: this.#options.tables.pendingAuthorizations };
  }
}

function sealContext(state: string): string {
  return `xero-connections/postgres/pending/${state}`;
}
