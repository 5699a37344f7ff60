import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ErrorCode, isXeroConnectionsError } from '../../src/errors/index.js';
import { XeroConnections } from '../../src/host.js';
import { createPostgresBackend, type PostgresBackend } from '../../src/postgres/index.js';
import type { PendingAuthorizationStore } from '../../src/stores/pending-authorization-store.js';
import type { StoredConnection, TokenStore } from '../../src/stores/token-store.js';
import {
  DEMO_TENANT_ID,
  simulatorHostOptions,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { sleep } from '../../src/time-scale.js';
import { attachParts, observedBackend } from '../redis/support/backend-parts.js';
import { sampleConnection } from '../stores/sample-connection.js';
import {
  adminQuery,
  describeWithPostgres,
  dropSchema,
  POSTGRES_URL,
  TEST_DATABASE,
  uniqueSchema,
} from './support/postgres-test-env.js';

/**
 * PostgreSQL quotes values in its errors (a constraint's detail shows the failing row, a trigger may raise
 * with the row), and pg keeps the server's detail, hint and where on the error. The backend runs as its
 * own login role with a password; the database is made to refuse in each way it can, and everything the
 * SDK throws, logs or prints is scanned for every secret it handled: the password, the encryption key,
 * tokens, PKCE verifiers and nonces, and the sealed ciphertexts the refused statements carried.
 */

const STATEMENT_TIMEOUT_MS = 600;
const ROLE = `xc_sdk_${randomBytes(4).toString('hex')}`;
const PASSWORD = `pw-${randomBytes(12).toString('hex')}`;
const KEY = randomBytes(32);

interface Refusal {
  name: string;
  code: ErrorCode;
  refuse(): Promise<void>;
  restore(): Promise<void>;
}

describeWithPostgres('PostgreSQL refusing writes never leaks what the refused statement carried', () => {
  const schema = uniqueSchema('refusal');
  const url = (() => {
    const u = new URL(POSTGRES_URL);
    u.username = ROLE;
    u.password = PASSWORD;
    return u.toString();
  })();
  let postgres: PostgresBackend;
  let store: TokenStore;
  let sim: XeroSimulator;
  let host: XeroConnections;
  const logs: string[] = [];
  const secrets = new Set<string>([PASSWORD, KEY.toString('base64'), KEY.toString('hex')]);
  let beforeRotatingPut: (() => Promise<void>) | undefined;
  /** A session holding a table lock, for the timeout refusal. */
  let locker: { release(): Promise<void> } | undefined;

  const t = (table: string) => `"${schema}".${table}`;
  const refusals: Record<string, Refusal> = {
    TRIGGER: {
      name: 'a trigger raising with the row in its message, detail and hint (23514)',
      code: 'ERR_STORE',
      async refuse() {
        await adminQuery(`CREATE OR REPLACE FUNCTION "${schema}".refuse() RETURNS trigger AS $$
          BEGIN RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'refused ' || (NEW.sealed->>'ciphertext'),
            DETAIL = NEW::text, HINT = NEW.sealed::text; END $$ LANGUAGE plpgsql`);
        await adminQuery(`CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON ${t('connections')}
          FOR EACH ROW EXECUTE FUNCTION "${schema}".refuse()`);
        await adminQuery(`CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON ${t('pending_authorizations')}
          FOR EACH ROW EXECUTE FUNCTION "${schema}".refuse()`);
      },
      async restore() {
        await adminQuery(`DROP TRIGGER IF EXISTS refuse ON ${t('connections')}`);
        await adminQuery(`DROP TRIGGER IF EXISTS refuse ON ${t('pending_authorizations')}`);
      },
    },
    PRIVILEGE: {
      name: 'the role lost its write privileges (42501)',
      code: 'ERR_STORE',
      async refuse() {
        await adminQuery(`ALTER TABLE ${t('connections')} OWNER TO postgres`);
        await adminQuery(`ALTER TABLE ${t('pending_authorizations')} OWNER TO postgres`);
        await adminQuery(`GRANT SELECT ON ${t('connections')}, ${t('pending_authorizations')} TO ${ROLE}`);
      },
      async restore() {
        await adminQuery(`ALTER TABLE ${t('connections')} OWNER TO ${ROLE}`);
        await adminQuery(`ALTER TABLE ${t('pending_authorizations')} OWNER TO ${ROLE}`);
      },
    },
    TIMEOUT: {
      name: 'a table locked by another session past the statement timeout (57014)',
      code: 'ERR_COORDINATION_UNAVAILABLE',
      async refuse() {
        const pg = (await import('pg')).default;
        const client = new pg.Client({ connectionString: POSTGRES_URL });
        await client.connect();
        await client.query('BEGIN');
        await client.query(
          `LOCK TABLE ${t('connections')}, ${t('pending_authorizations')} IN ACCESS EXCLUSIVE MODE`,
        );
        locker = {
          async release() {
            await client.query('ROLLBACK');
            await client.end();
          },
        };
      },
      async restore() {
        await locker?.release();
        locker = undefined;
      },
    },
  };

  function witnessedStore(inner: TokenStore): TokenStore {
    return {
      get: (a, r) => inner.get(a, r),
      list: (a) => inner.list(a),
      delete: (a, r, v) => inner.delete(a, r, v),
      listAll: (o) => inner.listAll!(o),
      put: async (value: StoredConnection, expected) => {
        secrets.add(value.accessToken);
        secrets.add(value.refreshToken);
        if (expected !== null && beforeRotatingPut !== undefined) {
          const fire = beforeRotatingPut;
          beforeRotatingPut = undefined;
          await fire();
        }
        return inner.put(value, expected);
      },
    };
  }

  function witnessedPending(inner: PendingAuthorizationStore): PendingAuthorizationStore {
    return {
      save: (p) => {
        secrets.add(p.codeVerifier);
        if (p.nonce !== '') secrets.add(p.nonce);
        return inner.save(p);
      },
      peek: (state) => inner.peek(state),
      take: (state) => inner.take(state),
    };
  }

  beforeAll(async () => {
    await adminQuery(`CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}'`);
    await adminQuery(`GRANT CREATE, CONNECT ON DATABASE ${TEST_DATABASE} TO ${ROLE}`);
    postgres = await createPostgresBackend({
      connectionString: url,
      schema,
      encryptionKeys: [{ id: 'k1', key: KEY }],
      statementTimeoutMs: STATEMENT_TIMEOUT_MS,
      migrate: true,
    });
    sim = await startXeroSimulator({ timeScale: 0.005 });
    const options = simulatorHostOptions(sim);
    for (const app of Object.values(options.apps)) secrets.add(app.clientSecret);
    const capture = (level: string) => (message: string, fields?: Record<string, unknown>) => {
      logs.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
    };
    const observed = observedBackend(postgres, (parts) => ({
      store: witnessedStore(parts.store),
      pendingAuthorizations: witnessedPending(parts.pendingAuthorizations),
    }));
    host = new XeroConnections({
      ...options,
      backend: observed.backend,
      oauth: { refreshLockTtlMs: 3000 },
      logger: {
        debug: capture('debug'),
        info: capture('info'),
        warn: capture('warn'),
        error: capture('error'),
      },
    });
    store = observed.parts().store;
  }, 30_000);

  afterAll(async () => {
    await locker?.release();
    await host?.close();
    await postgres?.close();
    await sim?.close();
    await dropSchema(schema);
    await adminQuery(`REVOKE ALL ON DATABASE ${TEST_DATABASE} FROM ${ROLE}`).catch(() => {});
    await adminQuery(`DROP ROLE IF EXISTS ${ROLE}`).catch(() => {});
  }, 60_000);

  /** Every rendering of an error a host might log, down its whole cause chain. */
  function renderings(error: unknown): string[] {
    const out: string[] = [];
    const seen = new Set<unknown>();
    let current: unknown = error;
    while (typeof current === 'object' && current !== null && !seen.has(current)) {
      seen.add(current);
      const e = current as Error;
      out.push(
        String(e.message),
        String(e.stack),
        JSON.stringify(e) ?? '',
        inspect(e, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      );
      current = e.cause;
    }
    return out;
  }

  /** Secrets, plus the sealed ciphertexts stored so far (a refused statement carried such a value). */
  async function everySecret(): Promise<string[]> {
    const rows = await adminQuery<{ c: string | null }>(
      `SELECT sealed->>'ciphertext' AS c FROM ${t('connections')} UNION ALL SELECT sealed->>'ciphertext' FROM ${t('pending_authorizations')}`,
    ).catch(() => []);
    return [...secrets, ...rows.flatMap((r) => (r.c === null ? [] : [r.c]))];
  }

  async function expectNoSecret(error: unknown, what: string): Promise<void> {
    const texts = [...renderings(error), ...logs];
    // The refused statement's own sealed value never reached the table, so it is not among the stored
    // ciphertexts: any long base64 run (a ciphertext, an IV, a key) in what the SDK emits counts as one.
    for (const text of texts) {
      const run = base64Run(text);
      if (run !== undefined) {
        throw new Error(`${what}: a base64 run "${run.slice(0, 12)}…" appears in: ${text.slice(0, 300)}`);
      }
    }
    for (const secret of await everySecret()) {
      for (const text of texts) {
        if (text.includes(secret)) {
          throw new Error(`${what}: a secret (${secret.length} chars) appears in: ${text.slice(0, 300)}`);
        }
      }
    }
  }

  function expectCleanCause(error: unknown, what: string): void {
    const cause = (error as Error).cause as Error & { code?: unknown };
    expect(cause, what).toBeInstanceOf(Error);
    for (const own of Object.getOwnPropertyNames(cause)) {
      expect(['name', 'message', 'stack', 'code'], `${what}: cause.${own}`).toContain(own);
    }
  }

  async function connected(accountId: string) {
    const pool = host.pool({ accountId, apps: 'wisepay' });
    const { authorizationUrl } = await pool.beginConnect('wisepay');
    const redirect = await sim.control.approveConsent(authorizationUrl, { tenantIds: [DEMO_TENANT_ID] });
    const code = new URL(redirect).searchParams.get('code');
    if (code !== null) secrets.add(code);
    expect((await host.completeConnect(redirect)).status).toBe('connected');
    return pool;
  }

  for (const [label, refusal] of Object.entries(refusals)) {
    it(`token refresh under ${refusal.name}: a typed ${refusal.code}, no secret anywhere`, async () => {
      const pool = await connected(`acct-refresh-${label.toLowerCase()}`);
      const before = secrets.size;
      beforeRotatingPut = () => refusal.refuse();
      sim.control.expireAccessTokens({ clientId: 'wisepay-client' });
      let error: unknown;
      try {
        await pool.role('wisepay').organisation.get();
      } catch (e) {
        error = e;
      } finally {
        beforeRotatingPut = undefined;
        await refusal.restore();
      }
      // The rotated set reached the store (so its tokens are in the scan) and was refused.
      expect(secrets.size).toBeGreaterThanOrEqual(before + 2);
      expect(error, 'the call must fail: the rotated tokens were never stored').toBeDefined();
      expect(isXeroConnectionsError(error), `got ${String((error as Error)?.name)}`).toBe(true);
      expect((error as { code: string }).code).toBe(refusal.code);
      await expectNoSecret(error, label);
    });

    it(`beginConnect under ${refusal.name}: a typed ${refusal.code}, no verifier or nonce anywhere`, async () => {
      const pool = host.pool({ accountId: `acct-begin-${label.toLowerCase()}`, apps: 'wisepay' });
      const before = secrets.size;
      await refusal.refuse();
      let error: unknown;
      const t0 = Date.now();
      try {
        await pool.beginConnect('wisepay');
      } catch (e) {
        error = e;
      } finally {
        await refusal.restore();
      }
      expect(secrets.size).toBeGreaterThanOrEqual(before + 2);
      expect(isXeroConnectionsError(error), `got ${String((error as Error)?.name)}`).toBe(true);
      expect((error as { code: string }).code).toBe(refusal.code);
      // Bounded: a refusal answers at once, a lock wait within the statement timeout (plus a loaded machine).
      expect(Date.now() - t0).toBeLessThan(STATEMENT_TIMEOUT_MS + 2000);
      expectCleanCause(error, label);
      await expectNoSecret(error, label);
    });
  }

  it('the store itself: each refusal is typed and its cause keeps only name, message and code', async () => {
    for (const [label, refusal] of Object.entries(refusals)) {
      const record = sampleConnection({ accountId: `acct-direct-${label.toLowerCase()}`, role: 'wisepay' });
      secrets.add(record.accessToken);
      secrets.add(record.refreshToken);
      await refusal.refuse();
      const error = await store.put(record, null).then(
        () => undefined,
        (e: unknown) => e,
      );
      await refusal.restore();
      expect(isXeroConnectionsError(error), `${label}: got ${String((error as Error)?.name)}`).toBe(true);
      expect((error as { code: string }).code, label).toBe(refusal.code);
      expect(((error as Error).cause as { code?: string }).code, label).toMatch(/^[0-9A-Z]{5}$/);
      expectCleanCause(error, label);
      await expectNoSecret(error, label);
    }
    const record = sampleConnection({ accountId: 'acct-direct-after', role: 'wisepay' });
    expect(await store.put(record, null)).toEqual({ ok: true, version: 1 });
  });

  it('connections terminated by the server: the idle-client error is absorbed, the next statement works', async () => {
    await store.put(sampleConnection({ accountId: 'acct-terminated', role: 'wisepay' }), null);
    const killed = await adminQuery<{ n: string }>(
      'SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE usename = $1',
      [ROLE],
    );
    expect(Number(killed[0]?.n)).toBeGreaterThan(0);
    await sleep(50);
    // The first statement may land on a connection that died; by the second the pool has fresh ones.
    const first = await store.get('acct-terminated', 'wisepay').catch((e: unknown) => e);
    if (first instanceof Error) {
      expect(isXeroConnectionsError(first) && first.code).toBe('ERR_COORDINATION_UNAVAILABLE');
      await expectNoSecret(first, 'terminated');
    }
    expect((await store.get('acct-terminated', 'wisepay'))?.version).toBe(1);
  });

  it('PostgreSQL unreachable: a typed ERR_COORDINATION_UNAVAILABLE within the bound, no password', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const down = new URL(url);
    down.port = String(port);
    const unreachable = await createPostgresBackend({
      connectionString: down.toString(),
      schema,
      encryptionKeys: [{ id: 'k1', key: KEY }],
      statementTimeoutMs: STATEMENT_TIMEOUT_MS,
    });
    try {
      const parts = attachParts(unreachable);
      const t0 = Date.now();
      const error = await parts.store.get('acct-1', 'wisepay').catch((e: unknown) => e);
      expect(isXeroConnectionsError(error) && error.code).toBe('ERR_COORDINATION_UNAVAILABLE');
      expect(Date.now() - t0).toBeLessThan(STATEMENT_TIMEOUT_MS + 2000);
      expectCleanCause(error, 'unreachable');
      await expectNoSecret(error, 'unreachable');
    } finally {
      await unreachable.close();
    }
  });

  it('inspect and JSON of the backend and every part show no password, key or token', async () => {
    const attached = attachParts(postgres);
    try {
      const texts = [
        postgres,
        attached.store,
        attached.refreshLock,
        attached.pendingAuthorizations,
        attached,
      ].flatMap((o) => [
        inspect(o, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
        JSON.stringify(o) ?? '',
      ]);
      for (const secret of await everySecret()) {
        for (const text of texts)
          expect(text.includes(secret), `secret in ${text.slice(0, 120)}`).toBe(false);
      }
      expect(inspect(attached.store)).toBe(`PostgresTokenStore { table: "${schema}".connections }`);
    } finally {
      await attached.close();
    }
  });
});

/**
 * A run of 24+ base64 characters mixing upper case, lower case and digits: what a ciphertext, IV or key
 * looks like, and what no identifier, path or stack frame of the SDK does ('/' is left out: paths).
 */
function base64Run(text: string): string | undefined {
  for (const [run] of text.matchAll(/[A-Za-z0-9+]{24,}/g)) {
    if (/[A-Z]/.test(run) && /[a-z]/.test(run) && (run.match(/[0-9]/g)?.length ?? 0) >= 3) return run;
  }
  return undefined;
}
