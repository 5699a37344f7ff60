import { randomBytes } from 'node:crypto';
import type { BackendParts } from '../../../src/contracts/backend.js';
import {
  createPostgresBackend,
  type PostgresBackend,
  type PostgresBackendOptions,
} from '../../../src/postgres/index.js';
import { attachParts, type TestHostConfig } from '../../redis/support/backend-parts.js';
import { dropSchema, POSTGRES_URL, uniqueSchema } from './postgres-test-env.js';

/**
 * Several backends on one schema, each with its own pool and attached as a host would: stand-ins for
 * several processes of a deployment. `close()` closes them all and drops the schema.
 */
export async function postgresProcesses(
  count: number,
  label: string,
  extra: Partial<PostgresBackendOptions> = {},
  host: TestHostConfig = {},
): Promise<{ backends: PostgresBackend[]; parts: BackendParts[]; schema: string; close(): Promise<void> }> {
  const schema = uniqueSchema(label);
  const encryptionKeys = extra.encryptionKeys ?? [{ id: 'k1', key: randomBytes(32) }];
  const backends: PostgresBackend[] = [];
  for (let i = 0; i < count; i++) {
    backends.push(
      await createPostgresBackend({
        connectionString: POSTGRES_URL,
        schema,
        migrate: i === 0,
        ...extra,
        encryptionKeys,
      }),
    );
  }
  return {
    backends,
    parts: backends.map((b) => attachParts(b, host)),
    schema,
    async close() {
      for (const b of backends) await b.close();
      await dropSchema(schema);
    },
  };
}
