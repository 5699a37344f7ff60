import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackendContext, XeroBackend } from '../../src/contracts/backend.js';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import { XeroConnections } from '../../src/host.js';
import { createLocalLimitsEngine } from '../../src/limits/local-limits-engine.js';
import { silentLogger } from '../../src/logger.js';
import { DEFAULT_LIMITS } from '../../src/options.js';
import { createRedisBackend, type RedisBackendOptions } from '../../src/redis/index.js';
import { InProcessRefreshLock } from '../../src/stores/in-process-refresh-lock.js';
import { MemoryPendingAuthorizationStore } from '../../src/stores/memory-pending-authorization-store.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import { sampleConnection } from '../stores/sample-connection.js';
import { attachParts } from './support/backend-parts.js';
import { deleteKeys, describeWithRedis, REDIS_URL, uniquePrefix } from './support/redis-test-env.js';

const SRC = fileURLToPath(new URL('../../src/redis/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('createRedisBackend options', () => {
  it('never imports ioredis at run time except through the dynamic import for a url', () => {
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      const staticImports = text.match(/^import\s+(?!type\b)[^;]*from\s+'ioredis'/gm) ?? [];
      expect({ file, staticImports }).toEqual({ file, staticImports: [] });
    }
  });

  it('rejects bad options with one ConfigurationError naming each field, before connecting anywhere', async () => {
    const error = await createRedisBackend({
      url: 'http://127.0.0.1:6379',
      commandTimeoutMs: -1,
      keyPrefix: '',
    }).catch((e: unknown) => e);
    expect(isXeroConnectionsError(error) && error.code).toBe('ERR_CONFIGURATION');
    const paths = (error as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['commandTimeoutMs', 'keyPrefix', 'url']);
    const neither = await createRedisBackend({}).catch((e: unknown) => e);
    expect((neither as Error).message).toMatch(/exactly one of url, cluster or client/);
  });

  it("refuses a second copy of the host's configuration, naming the host option it comes from", async () => {
    const error = await createRedisBackend({
      url: 'redis://127.0.0.1:6379',
      apps: {},
      timeScale: 0.01,
      interactiveReserve: 3,
      limitsFor: () => ({}),
      logger: silentLogger,
    } as unknown as RedisBackendOptions).catch((e: unknown) => e);
    expect(isXeroConnectionsError(error) && error.code).toBe('ERR_CONFIGURATION');
    const issues = (error as { issues: Array<{ path: string; message: string }> }).issues;
    expect(issues.map((i) => i.path).sort()).toEqual([
      'apps',
      'interactiveReserve',
      'limitsFor',
      'logger',
      'timeScale',
    ]);
    expect(issues.find((i) => i.path === 'interactiveReserve')?.message).toContain(
      'rateLimits.interactiveReserve',
    );
    expect((error as Error).message).toContain('backend');
  });
});

describe('the host builds its backend from its own configuration', () => {
  const apps = {
    starter: {
      clientId: 'starter-client',
      clientSecret: 'starter-secret',
      redirectUri: 'https://app.example.com/callback',
      tier: 'starter',
      limits: { perMinute: 30 },
    },
  } as const;

  function recordingBackend() {
    const contexts: BackendContext[] = [];
    let closed = 0;
    const backend: XeroBackend = {
      attach(context) {
        contexts.push(context);
        return {
          store: new MemoryTokenStore(),
          refreshLock: new InProcessRefreshLock(),
          limits: createLocalLimitsEngine(context),
          pendingAuthorizations: new MemoryPendingAuthorizationStore(),
          close: async () => {
            closed++;
          },
        };
      },
    };
    return { backend, contexts, closed: () => closed };
  }

  it("attaches once with the host's apps, time scale, reserve and logger, and closes the attachment with the host", async () => {
    const { backend, contexts, closed } = recordingBackend();
    const lines: string[] = [];
    const host = new XeroConnections({
      apps,
      backend,
      timeScale: 0.01,
      rateLimits: { interactiveReserve: 3 },
      logger: { debug: () => {}, info: () => {}, warn: (m) => lines.push(m), error: (m) => lines.push(m) },
    });
    expect(contexts).toHaveLength(1);
    const [context] = contexts as [BackendContext];
    expect(context.timeScale).toBe(host.timeScale);
    expect(context.timeScale.ms(60_000)).toBe(600);
    expect(context.interactiveReserve).toBe(3);
    // The app's tier and overrides, resolved by the host; Xero's defaults for an app it does not know.
    expect(context.limitsFor('starter-client')).toEqual({ ...DEFAULT_LIMITS, perDay: 1000, perMinute: 30 });
    expect(context.limitsFor('unknown-client')).toEqual(DEFAULT_LIMITS);
    context.logger.warn('seen through the host logger');
    expect(lines).toEqual(['seen through the host logger']);
    await host.close();
    expect(closed()).toBe(1);
  });

  it('refuses a backend together with a store, lock, engine or pending store of its own, and attaches nothing', () => {
    const { backend, contexts } = recordingBackend();
    const error = (() => {
      try {
        return new XeroConnections({
          apps,
          backend,
          store: new MemoryTokenStore(),
          refreshLock: new InProcessRefreshLock(),
        });
      } catch (e) {
        return e;
      }
    })();
    expect(isXeroConnectionsError(error) && error.code).toBe('ERR_CONFIGURATION');
    const issues = (error as { issues: Array<{ path: string; message: string }> }).issues;
    expect(issues.map((i) => i.path).sort()).toEqual(['refreshLock', 'store']);
    expect(issues[0]?.message).toContain('provided by backend');
    expect(contexts).toHaveLength(0);
  });

  it('refuses a backend option that is not one', () => {
    expect(() => new XeroConnections({ apps, backend: {} as XeroBackend })).toThrow(
      /backend: must be a backend/,
    );
  });
});

describeWithRedis('createRedisBackend with a client the host owns', () => {
  const prefix = uniquePrefix('client');
  afterAll(() => deleteKeys(prefix));

  it('uses it, and close() leaves it open', async () => {
    const client = new Redis(REDIS_URL, { enableOfflineQueue: false, autoResendUnfulfilledCommands: false });
    try {
      await new Promise((resolve) => client.once('ready', resolve));
      const backend = await createRedisBackend({ client, keyPrefix: prefix });
      const redis = attachParts(backend);
      await redis.store.put(sampleConnection({ accountId: 'acct-1', role: 'wisepay' }), null);
      expect(
        await redis.limits.schedule(
          { clientId: 'a', tenantId: 't' },
          { priority: 'batch', mayUseReserve: true },
          async () => 7,
        ),
      ).toBe(7);
      // A host attaches its own parts and closes them with itself; the backend closes what is left.
      const host = new XeroConnections({
        apps: { a: { clientId: 'a', clientSecret: 's', redirectUri: 'https://app.example.com/cb' } },
        backend,
      });
      expect(inspect(backend)).toBe("RedisBackend { status: 'ready', attached: 2, closed: false }");
      await host.close();
      expect(inspect(backend)).toBe("RedisBackend { status: 'ready', attached: 1, closed: false }");
      await backend.close();
      expect(client.status).toBe('ready');
      expect(() => backend.attach({} as BackendContext)).toThrow(/closed/);
      expect(await client.exists(`${prefix}conn:acct-1`)).toBe(1);
      // The backend's parts refuse work once closed.
      const closed = await redis.store.get('acct-1', 'wisepay').catch((e: unknown) => e);
      expect(isXeroConnectionsError(closed) && closed.code).toBe('ERR_CLOSED');
    } finally {
      client.disconnect();
    }
  });
});
