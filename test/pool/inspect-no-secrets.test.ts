import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { PoolEventName } from '../../src/contracts/events.js';
import { isXeroConnectionsError } from '../../src/errors/xero-connections-error.js';
import { XeroConnections } from '../../src/host.js';
import { resolveApp } from '../../src/options.js';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import { EncryptedFileTokenStore } from '../../src/stores/encrypted-file-token-store.js';
import { InProcessRefreshLock } from '../../src/stores/in-process-refresh-lock.js';
import { MemoryPendingAuthorizationStore } from '../../src/stores/memory-pending-authorization-store.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import type { PendingAuthorizationStore } from '../../src/stores/pending-authorization-store.js';
import type { RefreshLock, TokenStore } from '../../src/stores/token-store.js';
import {
  DEMO_TENANT_ID,
  simulatorHostOptions,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { attachParts } from '../redis/support/backend-parts.js';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../redis/support/redis-test-env.js';
import { SIM_APP_OPTIONS } from './support/pool-world.js';

// Issue 9, finding 2: util.inspect(host) printed every app's client secret. Whatever a host app might log
// — the host, a pool, a role client, a store, the Redis backend, any error — must show no secret, even
// with util.inspect at full depth with hidden properties, or through JSON.stringify.

const TIME_SCALE = 0.01;
const FULL = { depth: Infinity, showHidden: true } as const;

/** What a careless host app might print: every way to turn an object into text. */
function renderings(value: unknown): string[] {
  let json: string;
  try {
    json = JSON.stringify(value) ?? '';
  } catch (error) {
    // A circular structure: the message names property paths, never values; still scanned.
    json = String((error as Error).message);
  }
  return [inspect(value, FULL), inspect(value, { ...FULL, getters: true }), json];
}

interface Backend {
  kind: string;
  store: TokenStore;
  pending: PendingAuthorizationStore;
  lock: RefreshLock;
  /** Extra objects of this backend a host app holds (and might print). */
  extras: Record<string, unknown>;
  /** Secrets the backend itself holds (encryption keys), in every form they could be printed in. */
  secrets: Map<string, string>;
  close(): Promise<void>;
}

function keyForms(key: Buffer): string[] {
  return [
    key.toString('base64'),
    key.toString('hex'),
    // How util.inspect prints a Buffer and a Uint8Array.
    [...key].map((b) => b.toString(16).padStart(2, '0')).join(' '),
    [...key].join(', '),
  ];
}

/**
 * Connects a role, calls Xero, forces a token rotation, fails a few ways and leaves a begun connect
 * pending; then prints every object a host app holds and scans the text for every secret it saw.
 */
async function scan(sim: XeroSimulator, backend: Backend): Promise<string[]> {
  const secrets = new Map<string, string>(backend.secrets);
  for (const [name, app] of Object.entries(SIM_APP_OPTIONS))
    secrets.set(app.clientSecret, `${name} client secret`);
  // The host saves through this wrapper, so each verifier and nonce joins the secrets before it is used;
  // the scan prints the real store.
  const witnessed: PendingAuthorizationStore = {
    save: (p) => {
      secrets.set(p.codeVerifier, 'PKCE verifier');
      if (p.nonce !== '') secrets.set(p.nonce, 'nonce');
      return backend.pending.save(p);
    },
    peek: (state) => backend.pending.peek(state),
    take: (state) => backend.pending.take(state),
  };
  const host = new XeroConnections({
    ...simulatorHostOptions(sim),
    store: backend.store,
    pendingAuthorizations: witnessed,
    refreshLock: backend.lock,
    http: { maxRetries: 1, timeoutMs: 5000 },
  });
  const events: unknown[] = [];
  for (const name of ['tokens:refreshed', 'connection:broken', 'call:finished'] satisfies PoolEventName[]) {
    host.on(name, (e) => events.push(e));
  }
  const errors: unknown[] = [];
  const accountId = `acct-inspect-${backend.kind}`;
  try {
    const pool = host.pool({
      accountId,
      multiConnection: true,
      apps: { wisepay: 'wisepay', company: 'company', service: 'service' },
    });
    const collectTokens = async () => {
      for (const { value } of await backend.store.list(accountId)) {
        secrets.set(value.accessToken, 'access token');
        secrets.set(value.refreshToken, 'refresh token');
      }
    };
    // Connect wisepay (code, verifier and nonce join the secrets before they are used).
    const begun = await pool.beginConnect('wisepay');
    const redirect = await sim.control.approveConsent(begun.authorizationUrl, {
      tenantIds: [DEMO_TENANT_ID],
    });
    const code = new URL(redirect).searchParams.get('code');
    if (code !== null) secrets.set(code, 'authorization code');
    await host.completeConnect(redirect);
    await collectTokens();
    // Calls, then a forced rotation (old and new token sets are both secrets).
    const client = pool.role('wisepay');
    await client.organisation.get();
    sim.control.expireAccessTokens({ clientId: 'wisepay-client' });
    await client.organisation.get();
    await collectTokens();
    // Failures a host app would log.
    for (const fail of [
      () => client.request({ method: 'GET', path: '/Nope' }),
      () => client.organisation.get({ deadline: Date.now() - 1 }),
      () => pool.role('company').organisation.get(),
      () => host.completeConnect(`http://127.0.0.1/callback?code=${code}&state=forged`),
    ]) {
      try {
        await fail();
      } catch (error) {
        errors.push(error);
      }
    }
    // A connect left pending: its verifier and nonce sit in the pending store while we print it.
    const left = await pool.beginConnect('company');
    expect(
      await backend.pending.peek(new URL(left.authorizationUrl).searchParams.get('state') ?? ''),
    ).not.toBe(null);

    expect(errors.length).toBeGreaterThanOrEqual(4);
    for (const e of errors) expect(isXeroConnectionsError(e), String(e)).toBe(true);
    const kinds = [...secrets.values()];
    expect(kinds.filter((k) => k === 'access token').length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((k) => k === 'PKCE verifier').length).toBe(2);

    const objects: Record<string, unknown> = {
      host,
      pool,
      'role client': client,
      'role client endpoint': client.invoices,
      [`${backend.kind} token store`]: backend.store,
      [`${backend.kind} pending authorization store`]: backend.pending,
      [`${backend.kind} refresh lock`]: backend.lock,
      ...backend.extras,
      events,
      metrics: pool.metrics(),
      ...Object.fromEntries(errors.map((e, i) => [`error ${i} (${(e as Error).name})`, e])),
    };
    const leaks: string[] = [];
    for (const [name, object] of Object.entries(objects)) {
      const texts = renderings(object);
      for (const [secret, kind] of secrets) {
        if (secret.length >= 8 && texts.some((t) => t.includes(secret)))
          leaks.push(`${name} shows a ${kind}`);
      }
    }
    return [...new Set(leaks)];
  } finally {
    await host.close();
  }
}

describe('no secret in util.inspect (showHidden, depth Infinity) or JSON of any object a host holds', () => {
  let sim: XeroSimulator;
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  });
  const simulator = async () => {
    if (sim === undefined) {
      sim = await startXeroSimulator({ timeScale: TIME_SCALE });
      cleanups.unshift(() => sim.close());
    }
    return sim;
  };

  it('a resolved app, wherever it ends up, prints without its client secret (yet keeps it for use)', () => {
    const app = resolveApp('wisepay', { ...SIM_APP_OPTIONS.wisepay, clientSecret: 'cs-defence-in-depth-1' });
    for (const text of renderings({ holder: { apps: [app] } }))
      expect(text).not.toContain('cs-defence-in-depth-1');
    expect(app.clientSecret).toBe('cs-defence-in-depth-1');
  });

  it('with the in-memory stores', async () => {
    const backend: Backend = {
      kind: 'memory',
      store: new MemoryTokenStore(),
      pending: new MemoryPendingAuthorizationStore(),
      lock: new InProcessRefreshLock(),
      extras: {},
      secrets: new Map(),
      close: async () => {},
    };
    expect(await scan(await simulator(), backend)).toEqual([]);
  }, 60_000);

  it('with the encrypted file store', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xc-inspect-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const key = randomBytes(32);
    const oldKey = randomBytes(32);
    const backend: Backend = {
      kind: 'encrypted file',
      store: new EncryptedFileTokenStore({
        dir,
        keys: [
          { id: 'k2', key },
          { id: 'k1', key: oldKey.toString('base64') },
        ],
      }),
      pending: new MemoryPendingAuthorizationStore(),
      lock: new InProcessRefreshLock(),
      extras: {},
      secrets: new Map([
        ...keyForms(key).map((f) => [f, 'encryption key'] as const),
        ...keyForms(oldKey).map((f) => [f, 'old encryption key'] as const),
      ]),
      close: async () => {},
    };
    expect(await scan(await simulator(), backend)).toEqual([]);
  }, 60_000);

  describeWithRedis('with the Redis backend and the plain codec', () => {
    it('shows no token, verifier, nonce or client secret', async () => {
      const redis: RedisBackend = await createRedisBackend({
        url: REDIS_URL,
        keyPrefix: uniquePrefix('inspect'),
      });
      cleanups.push(() => redis.close());
      // The parts a host with this time scale attaches (the scan plugs them in one by one).
      const parts = attachParts(redis, { timeScale: TIME_SCALE });
      const backend: Backend = {
        kind: 'redis (plain codec)',
        store: parts.store,
        pending: parts.pendingAuthorizations,
        lock: parts.refreshLock,
        extras: { 'redis backend': redis, 'redis limits engine': parts.limits },
        secrets: new Map(),
        close: () => redis.close(),
      };
      expect(await scan(await simulator(), backend)).toEqual([]);
    }, 60_000);
  });
});
