import { describe, expect, it } from 'vitest';
import { buildPublicDts, canonicalDts, type ENTRIES } from './support/public-dts.js';

// The public face is deliberate: any change to an entry's runtime exports or to the built declarations
// fails here until the committed snapshots are updated (`npx vitest run test/pool/public-surface.test.ts -u`)
// and the diff is reviewed.

const load = {
  '.': () => import('../../src/index.js'),
  './testing': () => import('../../src/testing/index.js'),
  './redis': () => import('../../src/redis/index.js'),
  './postgres': () => import('../../src/postgres/index.js'),
  './otel': () => import('../../src/otel/index.js'),
} satisfies Record<keyof typeof ENTRIES, () => Promise<object>>;

/** Names that must never be on the public face (internals, or helpers whose misuse leaks or skips checks). */
const INTERNAL = [
  'CallPipeline',
  'HttpTransport',
  'PoolRouting',
  'PoolShared',
  'AccountPool',
  'RoleClient',
  'RoleCallBackend',
  'ResolvedApp',
  'resolveApp',
  'redact',
  'redactValue',
  'sanitizeCause',
  'createLocalLimitsEngine',
  'createIdentityClient',
  'IdentityClient',
  'AccountConnections',
];

describe('the public entry points', () => {
  it('import without starting anything', async () => {
    // Nothing may start at import: no timer, no socket, no server.
    const started = () =>
      (process as unknown as { getActiveResourcesInfo(): string[] })
        .getActiveResourcesInfo()
        .filter((r) => r === 'Timeout' || r === 'TCPServerWrap' || r === 'TCPSocketWrap').length;
    const before = started();
    await Promise.all(Object.values(load).map((l) => l()));
    expect(started()).toBeLessThanOrEqual(before);
  });

  it('export exactly the committed runtime names', async () => {
    const names: Record<string, string[]> = {};
    for (const [entry, importer] of Object.entries(load)) names[entry] = Object.keys(await importer()).sort();
    // One `entry name` per line: plain text no formatter rewrites, and a diff names each change.
    const listing = Object.entries(names).flatMap(([entry, list]) => list.map((n) => `${entry} ${n}`));
    await expect(`${listing.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/runtime-exports.txt');
    const sdk = names['.'] ?? [];
    // Pool and role client are types only: no runtime class with an internal constructor to misuse.
    for (const name of ['ConnectionPool', 'XeroRoleClient', ...INTERNAL])
      expect(sdk, name).not.toContain(name);
    for (const name of ['XeroConnections', 'isXeroError', 'isXeroConnectionsError', 'ErrorCodes']) {
      expect(sdk, name).toContain(name);
    }
  });

  it('declare exactly the committed .d.ts surface, with no internal type in it', async () => {
    const canonical = await canonicalDts(await buildPublicDts());
    for (const name of INTERNAL) {
      expect(canonical, `${name} is internal`).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
    // The role client's only way to Xero is the validated `request`; the pool has no `send`.
    expect(canonical).not.toMatch(/\bsend\(/);
    await expect(canonical).toMatchFileSnapshot('./__snapshots__/public-api.d.ts.snap');
  }, 240_000); // Cached by source hash: only a changed source pays for tsup's declaration build.

  it('two hosts share nothing', async () => {
    const { XeroConnections } = await import('../../src/index.js');
    const app = { clientId: 'c', clientSecret: 's', redirectUri: 'http://127.0.0.1/cb' };
    const a = new XeroConnections({ apps: { a: app } });
    const b = new XeroConnections({ apps: { a: app } });
    const poolA = a.pool({ accountId: 'x', apps: 'a' });
    expect(b.getPool('x')).toBeUndefined();
    expect(b.pool({ accountId: 'x', apps: 'a' })).not.toBe(poolA);
    await Promise.all([a.close(), b.close()]);
  });

  it('a pool and a role client expose no unvalidated way to Xero at runtime', async () => {
    const { XeroConnections } = await import('../../src/index.js');
    const host = new XeroConnections({
      apps: { a: { clientId: 'c', clientSecret: 's', redirectUri: 'http://127.0.0.1/cb' } },
    });
    const pool = host.pool({ accountId: 'x', apps: 'a' });
    const client = pool.role('wisepay');
    for (const target of [host, pool, client] as unknown as Array<Record<string, unknown>>) {
      for (const name of ['send', 'backend', 'routing', 'apps', 'shared', 'connections', 'pipeline']) {
        expect(target[name], name).toBeUndefined();
      }
    }
    await host.close();
  });
});
