import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeAll, describe } from 'vitest';

/**
 * The PostgreSQL the tests use: a local server on the default port, user postgres (XC_TEST_POSTGRES_URL
 * overrides it). Tests run in their own database, created on first use, and each test file (or store) in
 * a schema of its own, dropped afterwards.
 */
export const ADMIN_URL = process.env.XC_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_DATABASE = 'xero_connections_test';
export const POSTGRES_URL = withDatabase(ADMIN_URL, TEST_DATABASE);

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Whether PostgreSQL answers, and the test database exists (created here if not); probed once per file. */
async function probePostgres(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEST_DATABASE]);
    if (rowCount === 0) {
      // Test files start together: another may create it first (42P04 duplicate_database, or 23505).
      await admin.query(`CREATE DATABASE ${TEST_DATABASE}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message || String(error) : String(error) };
  } finally {
    await admin.end().catch(() => {});
  }
}

const probe = await probePostgres();

/**
 * A describe block that needs PostgreSQL on 127.0.0.1:5432. Without it: in CI the block fails loudly (the
 * acceptance criteria demand PostgreSQL there); elsewhere it is skipped with the reason printed.
 */
export function describeWithPostgres(name: string, body: () => void): void {
  if (!probe.ok && !process.env.CI) {
    console.warn(
      `[skipped] ${name}: no PostgreSQL at ${redacted(ADMIN_URL)} (${probe.reason}). Start one with: bash test/postgres/support/ensure-postgres.sh`,
    );
    describe.skip(name, body);
    return;
  }
  describe(name, () => {
    beforeAll(() => {
      if (!probe.ok) {
        throw new Error(
          `PostgreSQL is required in CI but ${redacted(ADMIN_URL)} is unreachable (${probe.reason}). The CI job must start PostgreSQL before the tests.`,
        );
      }
    });
    body();
  });
}

function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString();
}

/** A schema name no other test run shares. */
export function uniqueSchema(label: string): string {
  return `xc_test_${label}_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
}

/** Runs one statement as the admin user in the test database. */
export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function dropSchema(schema: string): Promise<void> {
  await adminQuery(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}
