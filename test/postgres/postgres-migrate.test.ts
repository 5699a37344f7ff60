import { randomBytes } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import { createPostgresBackend } from '../../src/postgres/index.js';
import { attachParts } from '../redis/support/backend-parts.js';
import { sampleConnection } from '../stores/sample-connection.js';
import {
  adminQuery,
  describeWithPostgres,
  dropSchema,
  POSTGRES_URL,
  uniqueSchema,
} from './support/postgres-test-env.js';

const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropSchema(schema);
});

const encryptionKeys = [{ id: 'k1', key: randomBytes(32) }];

function newSchema(): string {
  const schema = uniqueSchema('migrate');
  schemas.push(schema);
  return schema;
}

describeWithPostgres('PostgreSQL backend migrate()', () => {
  it('creates the schema and tables once; running it again changes nothing and keeps the data', async () => {
    const schema = newSchema();
    const postgres = await createPostgresBackend({ connectionString: POSTGRES_URL, schema, encryptionKeys });
    try {
      expect(await postgres.migrate()).toEqual({ schema, applied: [1], version: 1 });
      const store = attachParts(postgres).store;
      const value = sampleConnection({ accountId: 'acct-kept', role: 'wisepay' });
      await store.put(value, null);
      expect(await postgres.migrate()).toEqual({ schema, applied: [], version: 1 });
      expect((await store.get('acct-kept', 'wisepay'))?.value).toEqual(value);
      const tables = await adminQuery<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      expect(tables.map((t) => t.table_name)).toEqual([
        'connections',
        'pending_authorizations',
        'refresh_locks',
        'schema_migrations',
      ]);
    } finally {
      await postgres.close();
    }
  });

  it('four processes migrating a new schema at once: one applies, the others find it done', async () => {
    const schema = newSchema();
    const backends = await Promise.all(
      Array.from({ length: 4 }, () =>
        createPostgresBackend({ connectionString: POSTGRES_URL, schema, encryptionKeys }),
      ),
    );
    try {
      const results = await Promise.all(backends.map((b) => b.migrate()));
      expect(results.map((r) => r.applied).sort()).toEqual([[], [], [], [1]]);
      for (const r of results) expect(r.version).toBe(1);
    } finally {
      for (const b of backends) await b.close();
    }
  });

  it('all or nothing: a migration that fails part-way leaves no table and no recorded version behind', async () => {
    const schema = newSchema();
    // A table of another program where the backend's refresh_locks would go: the second CREATE fails.
    await adminQuery(`CREATE SCHEMA "${schema}"`);
    await adminQuery(`CREATE TABLE "${schema}".refresh_locks (something_else integer)`);
    const postgres = await createPostgresBackend({ connectionString: POSTGRES_URL, schema, encryptionKeys });
    try {
      const error = await postgres.migrate().catch((e: unknown) => e);
      expect(isXeroConnectionsError(error) && error.code).toBe('ERR_STORE');
      expect((error as Error).message).toMatch(/SQLSTATE 42P07/);
      const tables = await adminQuery<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      // The connections table created just before the failure was rolled back with it.
      expect(tables.map((t) => t.table_name)).toEqual(['refresh_locks']);
      await adminQuery(`DROP TABLE "${schema}".refresh_locks`);
      expect(await postgres.migrate()).toEqual({ schema, applied: [1], version: 1 });
    } finally {
      await postgres.close();
    }
  });

  it('without migrate(), the store fails with a typed ERR_STORE that says to run it', async () => {
    const schema = newSchema();
    const postgres = await createPostgresBackend({ connectionString: POSTGRES_URL, schema, encryptionKeys });
    try {
      const error = await attachParts(postgres)
        .store.get('acct-1', 'wisepay')
        .catch((e: unknown) => e);
      expect(isXeroConnectionsError(error) && error.code).toBe('ERR_STORE');
      expect((error as Error).message).toMatch(/42P01.*migrate\(\)/);
    } finally {
      await postgres.close();
    }
  });
});
