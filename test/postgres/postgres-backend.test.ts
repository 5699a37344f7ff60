import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import { XeroConnections } from '../../src/host.js';
import { createPostgresBackend, type PostgresBackendOptions } from '../../src/postgres/index.js';
import { DEMO_TENANT_ID, simulatorHostOptions, startXeroSimulator } from '../../src/testing/index.js';
import { sleep } from '../../src/time-scale.js';
import { attachParts } from '../redis/support/backend-parts.js';
import { sampleConnection } from '../stores/sample-connection.js';
import { describeWithPostgres, dropSchema, POSTGRES_URL, uniqueSchema } from './support/postgres-test-env.js';

const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropSchema(schema);
});

function newSchema(): string {
  const schema = uniqueSchema('backend');
  schemas.push(schema);
  return schema;
}

const key = randomBytes(32);
const encryptionKeys = [{ id: 'k1', key }];

async function rejection(options: unknown): Promise<{ code: string; message: string; paths: string[] }> {
  const error = await createPostgresBackend(options as PostgresBackendOptions).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isXeroConnectionsError(error), String(error)).toBe(true);
  const e = error as { code: string; message: string; issues?: Array<{ path: string }> };
  return { code: e.code, message: e.message, paths: (e.issues ?? []).map((i) => i.path) };
}

describeWithPostgres('createPostgresBackend', () => {
  it('refuses bad options with a typed error naming each, never echoing a key or password', async () => {
    expect(await rejection({ connectionString: POSTGRES_URL })).toMatchObject({
      code: 'ERR_CONFIGURATION',
      paths: ['encryptionKeys'],
    });
    expect(
      await rejection({ connectionString: POSTGRES_URL, pool: new pg.Pool(), encryptionKeys }),
    ).toMatchObject({ paths: ['connectionString'] });
    expect(await rejection({ encryptionKeys })).toMatchObject({ paths: ['connectionString'] });
    expect(
      await rejection({ connectionString: 'mysql://u:hunter2-secret@h/db', encryptionKeys }),
    ).toMatchObject({ paths: ['connectionString'] });
    expect(
      await rejection({ connectionString: POSTGRES_URL, schema: 'bad"; DROP TABLE x; --', encryptionKeys }),
    ).toMatchObject({ paths: ['schema'] });
    expect(
      await rejection({ connectionString: POSTGRES_URL, encryptionKeys, timeScale: 0.01 }),
    ).toMatchObject({ paths: ['timeScale'] });
    const shortKey = randomBytes(31).toString('base64');
    const badKey = await rejection({
      connectionString: POSTGRES_URL,
      encryptionKeys: [{ id: 'k1', key: shortKey }],
    });
    expect(badKey).toMatchObject({ code: 'ERR_CONFIGURATION', paths: ['keys.0.key'] });
    expect(badKey.message).not.toContain(shortKey);
    const passwordRejected = await rejection({
      connectionString: 'mysql://u:hunter2-secret@h/db',
      encryptionKeys,
    });
    expect(passwordRejected.message).not.toContain('hunter2-secret');
  });

  it('a pool you pass stays yours: close() leaves it open and removes its listener', async () => {
    const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 2 });
    const listeners = pool.listenerCount('error');
    try {
      const postgres = await createPostgresBackend({
        pool,
        schema: newSchema(),
        encryptionKeys,
        migrate: true,
      });
      const parts = attachParts(postgres);
      await parts.store.put(sampleConnection({ accountId: 'acct-own-pool', role: 'wisepay' }), null);
      await postgres.close();
      expect(pool.listenerCount('error')).toBe(listeners);
      expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      const closed = await parts.store.get('acct-own-pool', 'wisepay').catch((e: unknown) => e);
      expect(isXeroConnectionsError(closed) && closed.code).toBe('ERR_CLOSED');
      expect(() => attachParts(postgres)).toThrow(/closed/);
    } finally {
      await pool.end();
    }
  });

  it('a statement still waiting for a free client when its bound passes is never sent later', async () => {
    const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
    const schema = newSchema();
    try {
      const postgres = await createPostgresBackend({
        pool,
        schema,
        encryptionKeys,
        migrate: true,
        statementTimeoutMs: 300,
      });
      const { store } = attachParts(postgres);
      const held = await pool.connect(); // the pool's only client: every statement now waits
      const t0 = Date.now();
      const error = await store
        .put(sampleConnection({ accountId: 'acct-late', role: 'wisepay' }), null)
        .catch((e: unknown) => e);
      expect(isXeroConnectionsError(error) && error.code).toBe('ERR_COORDINATION_UNAVAILABLE');
      expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
      held.release(); // the waiting checkout gets the client now, after its caller gave up
      await sleep(200);
      expect(await store.get('acct-late', 'wisepay')).toBeNull(); // the write never happened
      expect(await store.put(sampleConnection({ accountId: 'acct-late', role: 'wisepay' }), null)).toEqual({
        ok: true,
        version: 1,
      });
      await postgres.close();
    } finally {
      await pool.end();
    }
  });

  it('inspects and serializes as a summary', async () => {
    const postgres = await createPostgresBackend({
      connectionString: POSTGRES_URL.replace('postgres@', 'postgres:not-the-password@'),
      schema: newSchema(),
      encryptionKeys,
    });
    try {
      const texts = [inspect(postgres, { showHidden: true, depth: 10 }), JSON.stringify(postgres)];
      for (const text of texts) {
        expect(text).not.toContain('not-the-password');
        expect(text).not.toContain(key.toString('base64'));
      }
      expect(JSON.parse(texts[1]!)).toMatchObject({ backend: 'postgres', attached: 0, closed: false });
    } finally {
      await postgres.close();
    }
  });

  it('two hosts on one schema: consent begun on one completes on the other, whose calls then work', async () => {
    const sim = await startXeroSimulator({ timeScale: 0.01 });
    const schema = newSchema();
    const first = await createPostgresBackend({
      connectionString: POSTGRES_URL,
      schema,
      encryptionKeys,
      migrate: true,
    });
    const second = await createPostgresBackend({ connectionString: POSTGRES_URL, schema, encryptionKeys });
    const options = simulatorHostOptions(sim);
    const hostA = new XeroConnections({ ...options, backend: first });
    const hostB = new XeroConnections({ ...options, backend: second });
    try {
      const { authorizationUrl } = await hostA
        .pool({ accountId: 'acct-shared', apps: 'wisepay' })
        .beginConnect('wisepay');
      const redirect = await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] });
      // The callback route of the second process opens the account's pool first, as any callback route does.
      hostB.pool({ accountId: 'acct-shared', apps: 'wisepay' });
      const result = await hostB.completeConnect(redirect);
      expect(result.status).toBe('connected');
      // The state was consumed: the same callback on the first host is refused.
      const replay = await hostA.completeConnect(redirect).catch((e: unknown) => e);
      expect(isXeroConnectionsError(replay)).toBe(true);
      const organisation = await hostA
        .pool({ accountId: 'acct-shared', apps: 'wisepay' })
        .role('wisepay')
        .organisation.get();
      expect(organisation).toBeDefined();
      const page = await attachParts(second).store.listAll!({});
      expect(page.items.map((r) => [r.value.accountId, r.value.role])).toEqual([['acct-shared', 'wisepay']]);
    } finally {
      await hostA.close();
      await hostB.close();
      await first.close();
      await second.close();
      await sim.close();
    }
  });
});
