import { randomBytes } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import { createPostgresBackend, type PostgresBackendOptions } from '../../src/postgres/index.js';
import type { StoredConnection } from '../../src/stores/token-store.js';
import { attachParts } from '../redis/support/backend-parts.js';
import { sampleConnection } from '../stores/sample-connection.js';
import { describeTokenStoreContract } from '../stores/token-store-contract.js';
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

const key = () => ({ id: 'k1', key: randomBytes(32) });

async function backend(extra: Partial<PostgresBackendOptions> = {}) {
  const schema = uniqueSchema('store');
  schemas.push(schema);
  const postgres = await createPostgresBackend({
    connectionString: POSTGRES_URL,
    schema,
    encryptionKeys: [key()],
    migrate: true,
    ...extra,
  });
  return { postgres, schema, store: attachParts(postgres).store };
}

describeWithPostgres('PostgresTokenStore', () => {
  describeTokenStoreContract('PostgresTokenStore', async () => {
    const { postgres, schema, store } = await backend();
    return {
      store,
      cleanup: async () => {
        await postgres.close();
        await dropSchema(schema);
      },
    };
  });

  it('seals every record: no token, scope or tenant reaches the table in clear', async () => {
    const { postgres, schema, store } = await backend();
    try {
      const value = sampleConnection({ accountId: 'acct-enc', role: 'wisepay' });
      await store.put(value, null);
      const rows = await adminQuery(`SELECT * FROM "${schema}".connections`);
      expect(rows).toHaveLength(1);
      const dump = JSON.stringify(rows);
      for (const plain of [value.accessToken, value.refreshToken, value.tenantId, value.scopes[2]!]) {
        expect(dump).not.toContain(plain);
      }
      expect(rows[0]).toMatchObject({ account_id: 'acct-enc', role: 'wisepay', version: '1' });
      expect((rows[0]!.sealed as { keyId: string }).keyId).toBe('k1');
    } finally {
      await postgres.close();
    }
  });

  it('key rotation: a new key in front reads old records and seals the next write with the new key', async () => {
    const oldKey = { id: 'k-old', key: randomBytes(32) };
    const { postgres, schema, store } = await backend({ encryptionKeys: [oldKey] });
    const value: StoredConnection = sampleConnection({ accountId: 'acct-rot', role: 'company' });
    await store.put(value, null);
    await postgres.close();

    const rotated = await createPostgresBackend({
      connectionString: POSTGRES_URL,
      schema,
      encryptionKeys: [{ id: 'k-new', key: randomBytes(32) }, oldKey],
    });
    try {
      const rotatedStore = attachParts(rotated).store;
      expect(await rotatedStore.get('acct-rot', 'company')).toEqual({ value, version: 1 });
      expect(await rotatedStore.put({ ...value, accessToken: 'AT-next' }, 1)).toEqual({
        ok: true,
        version: 2,
      });
      const [row] = await adminQuery<{ key_id: string }>(
        `SELECT sealed->>'keyId' AS key_id FROM "${schema}".connections`,
      );
      expect(row?.key_id).toBe('k-new');
    } finally {
      await rotated.close();
    }

    const wrong = await createPostgresBackend({
      connectionString: POSTGRES_URL,
      schema,
      encryptionKeys: [{ id: 'k-x', key: randomBytes(32) }],
    });
    try {
      const error = await attachParts(wrong)
        .store.get('acct-rot', 'company')
        .catch((e: unknown) => e);
      expect(isXeroConnectionsError(error) && error.code).toBe('ERR_STORE');
      expect((error as Error).message).toMatch(/k-new/);
      expect(JSON.stringify(error)).not.toContain(value.refreshToken);
    } finally {
      await wrong.close();
    }
  });

  it("refuses a sealed record copied into another account's row", async () => {
    const { postgres, schema, store } = await backend();
    try {
      const victim = sampleConnection({ accountId: 'acct-victim', role: 'wisepay' });
      const attacker = sampleConnection({ accountId: 'acct-attacker', role: 'wisepay' });
      await store.put(victim, null);
      await store.put(attacker, null);
      await adminQuery(
        `UPDATE "${schema}".connections SET sealed = (SELECT sealed FROM "${schema}".connections WHERE account_id = 'acct-victim')
          WHERE account_id = 'acct-attacker'`,
      );
      const error = await store.get('acct-attacker', 'wisepay').catch((e: unknown) => e);
      expect(isXeroConnectionsError(error) && error.code).toBe('ERR_STORE');
      expect((error as Error).message).toContain('acct-attacker');
      expect(JSON.stringify(error)).not.toContain(victim.refreshToken);
      expect(String((error as Error).stack)).not.toContain(victim.refreshToken);
    } finally {
      await postgres.close();
    }
  });

  it('rejects a malformed record or version with a typed error naming the fields, and writes nothing', async () => {
    const { postgres, schema, store } = await backend();
    try {
      const bad = {
        ...sampleConnection({ accountId: 'acct-bad', role: 'wisepay' }),
        refreshToken: 42 as unknown as string, // empty is allowed (a custom connection has none)
        connectedAt: Number.NaN,
      };
      const error = await store.put(bad, null).catch((e: unknown) => e);
      expect(isXeroConnectionsError(error) && error.code).toBe('ERR_INVALID_ARGUMENT');
      expect((error as Error).message).toMatch(/refreshToken/);
      expect((error as Error).message).toMatch(/connectedAt/);
      const versionError = await store
        .put(sampleConnection({ accountId: 'acct-bad', role: 'wisepay' }), 0)
        .catch((e: unknown) => e);
      expect(isXeroConnectionsError(versionError) && versionError.code).toBe('ERR_INVALID_ARGUMENT');
      const roleError = await store.get('acct-bad', 'owner' as never).catch((e: unknown) => e);
      expect((roleError as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual(['role']);
      expect(await adminQuery(`SELECT 1 FROM "${schema}".connections`)).toHaveLength(0);
    } finally {
      await postgres.close();
    }
  });

  it('deleting keeps only a version-holding row with no record in it', async () => {
    const { postgres, schema, store } = await backend();
    try {
      const value = sampleConnection({ accountId: 'acct-del', role: 'service' });
      await store.put(value, null);
      await store.put({ ...value, accessToken: 'AT-2' }, 1);
      expect(await store.delete('acct-del', 'service')).toBe(true);
      const rows = await adminQuery(`SELECT version, sealed FROM "${schema}".connections`);
      expect(rows).toEqual([{ version: '2', sealed: null }]);
      expect(await store.put(value, null)).toEqual({ ok: true, version: 3 });
    } finally {
      await postgres.close();
    }
  });
});
