import { ROLES } from '../roles.js';
import type { PostgresConnection } from './postgres-connection.js';
import type { PostgresPoolClient } from './postgres-pool.js';

/** What `migrate()` did: the versions it applied now (empty when already up to date). */
export interface MigrationResult {
  /** The schema the tables live in. */
  schema: string;
  /** Migrations applied by this call, in order. */
  applied: number[];
  /** The schema's version after the call. */
  version: number;
}

/** The quoted, validated names of every table the backend uses, in one schema. */
export interface PostgresTables {
  schema: string;
  migrations: string;
  connections: string;
  refreshLocks: string;
  pendingAuthorizations: string;
}

/** A PostgreSQL identifier the backend will quote: letters, digits and `_`, not starting with a digit. */
export const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function postgresTables(schema: string): PostgresTables {
  // Validated by the options schema already; quoted so a mixed-case name stays exactly as given.
  const s = `"${schema}"`;
  return {
    schema: s,
    migrations: `${s}.schema_migrations`,
    connections: `${s}.connections`,
    refreshLocks: `${s}.refresh_locks`,
    pendingAuthorizations: `${s}.pending_authorizations`,
  };
}

/**
 * Each migration runs once per schema, in order, recorded in `schema_migrations`. Append only: a shipped
 * migration is never edited (a database that applied it would not get the edit).
 */
const MIGRATIONS: ReadonlyArray<{ version: number; statements: (t: PostgresTables) => string[] }> = [
  {
    version: 1,
    statements: (t) => [
      // One row per (account, role). `sealed` is the record sealed with AES-256-GCM; NULL marks a deleted
      // record whose version is kept, so a record created again never reuses a version a stale writer holds.
      `CREATE TABLE ${t.connections} (
        account_id text NOT NULL CHECK (account_id <> ''),
        role text NOT NULL CHECK (role IN (${ROLES.map((r) => `'${r}'`).join(', ')})),
        version bigint NOT NULL CHECK (version >= 1),
        sealed jsonb,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, role)
      )`,
      // A lease per lock name: the owner's random id and the server-clock instant it lapses.
      `CREATE TABLE ${t.refreshLocks} (
        name text PRIMARY KEY,
        owner uuid NOT NULL,
        expires_at timestamptz NOT NULL
      )`,
      `CREATE TABLE ${t.pendingAuthorizations} (
        state text PRIMARY KEY,
        sealed jsonb NOT NULL,
        expires_at_ms bigint NOT NULL,
        retain_until_ms bigint NOT NULL
      )`,
      `CREATE INDEX pending_authorizations_retain_until ON ${t.pendingAuthorizations} (retain_until_ms)`,
    ],
  },
];

/** The newest schema version this SDK writes. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/**
 * Creates or upgrades the backend's tables. Idempotent and safe to run from several processes at once
 * (each deploy may): a transaction-scoped advisory lock serializes them, and each waits, then finds the
 * work done. All or nothing: a failure rolls back every statement of the call.
 */
export async function migrateSchema(
  connection: PostgresConnection,
  schema: string,
  timeoutMs: number,
): Promise<MigrationResult> {
  const t = postgresTables(schema);
  // DDL may wait on locks held by running statements, and other processes' migrations: it gets the
  // longer of the statement bound and 30 s.
  const boundMs = Math.max(30_000, Math.ceil(timeoutMs));
  return connection.transaction(
    'migrate',
    async (client) => {
      await client.query(`SET LOCAL statement_timeout = ${boundMs}`);
      await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [migrationLockId(schema)]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${t.schema}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${t.migrations} (
        version integer PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
      );
      const done = new Set(await appliedVersions(client, t));
      const applied: number[] = [];
      for (const migration of MIGRATIONS) {
        if (done.has(migration.version)) continue;
        for (const statement of migration.statements(t)) await client.query(statement);
        await client.query(`INSERT INTO ${t.migrations} (version) VALUES ($1)`, [migration.version]);
        applied.push(migration.version);
      }
      const version = Math.max(0, ...done, ...applied);
      return { schema, applied, version };
    },
    boundMs + 1000,
  );
}

async function appliedVersions(client: PostgresPoolClient, t: PostgresTables): Promise<number[]> {
  const { rows } = await client.query(`SELECT version FROM ${t.migrations}`);
  return (rows as Array<{ version: number }>).map((r) => Number(r.version));
}

/** One advisory lock id per schema (a 63-bit FNV-1a of its name), so migrations of other schemas run freely. */
function migrationLockId(schema: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(`xero-connections/migrate/${schema}`, 'utf8')) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return (hash & 0x7fffffffffffffffn).toString();
}
