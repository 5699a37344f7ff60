import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CoordinationUnavailableError } from '../../src/errors/index.js';
import { createRedisBackend } from '../../src/redis/index.js';
import { attachParts } from '../redis/support/backend-parts.js';

// Needs no cluster: the nodes named here do not answer (nothing listens on 127.0.0.1:1).
describe('createRedisBackend({ cluster }) when no node answers', () => {
  it('every operation fails with CoordinationUnavailableError within the bound, naming no password', async () => {
    const redis = await createRedisBackend({
      cluster: { nodes: [{ host: '127.0.0.1', port: 1 }], password: 'cluster-secret-pw' },
      commandTimeoutMs: 300,
    });
    const parts = attachParts(redis);
    try {
      const startedAt = Date.now();
      const errors = await Promise.all([
        parts.store.get('acct-1', 'wisepay').catch((e: unknown) => e),
        parts.store.listAll!({}).catch((e: unknown) => e),
        parts.limits
          .schedule(
            { clientId: 'app-1', tenantId: 'tenant-a' },
            { priority: 'batch', mayUseReserve: true },
            async () => 'ran',
          )
          .catch((e: unknown) => e),
      ]);
      // A window, not a few ms: the bound is 300 ms, a loaded machine may add seconds.
      expect(Date.now() - startedAt).toBeLessThan(10_000);
      for (const error of errors) {
        expect(error).toBeInstanceOf(CoordinationUnavailableError);
        expect(JSON.stringify(error)).not.toContain('cluster-secret-pw');
        expect(inspect(error, { depth: 5 })).not.toContain('cluster-secret-pw');
      }
      expect(inspect(redis)).not.toContain('cluster-secret-pw');
      expect(JSON.stringify(redis)).not.toContain('cluster-secret-pw');
    } finally {
      await parts.close();
      await redis.close();
    }
  });

  it('a cluster with no node, or given with a url, is refused before connecting', async () => {
    for (const [options, field] of [
      [{ cluster: { nodes: [] } }, 'cluster.nodes'],
      [{ cluster: { nodes: [{ host: '127.0.0.1', port: 70_000 }] } }, 'cluster.nodes.0.port'],
      [{ url: 'redis://127.0.0.1:6379', cluster: { nodes: [{ host: '127.0.0.1', port: 7101 }] } }, 'url'],
    ] as const) {
      const error = await createRedisBackend(options as never).catch((e: unknown) => e);
      expect((error as Error).name).toBe('ConfigurationError');
      expect((error as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toContain(field);
    }
  });
});
