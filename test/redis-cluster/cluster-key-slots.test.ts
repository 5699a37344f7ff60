import type { Cluster } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LimitKey, ScheduleOptions } from '../../src/limits/limits-engine.js';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import { createRedisKeys } from '../../src/redis/redis-keys.js';
import { attachParts } from '../redis/support/backend-parts.js';
import { sampleConnection } from '../stores/sample-connection.js';
import {
  adminCluster,
  CLUSTER_NODES,
  deleteClusterKeys,
  describeWithCluster,
  uniqueClusterPrefix,
} from './support/redis-cluster-env.js';

const batch: ScheduleOptions = { priority: 'batch', mayUseReserve: true };

// Fails (not skips) under CI=true when the cluster is missing: see describeWithCluster.
describeWithCluster('Redis Cluster key layout', () => {
  let admin: Cluster;
  let redis: RedisBackend;
  const keyPrefix = uniqueClusterPrefix('slots');

  beforeAll(async () => {
    admin = await adminCluster();
    redis = await createRedisBackend({ cluster: { nodes: CLUSTER_NODES }, keyPrefix });
  });
  afterAll(async () => {
    await redis?.close();
    await deleteClusterKeys(keyPrefix);
    admin?.disconnect();
  });

  const slotOf = async (key: string) => Number(await admin.cluster('KEYSLOT', key));
  /** Every key under the prefix the backend really wrote, from every master. */
  async function writtenKeys(): Promise<string[]> {
    const out: string[] = [];
    for (const node of admin.nodes('master')) {
      let cursor = '0';
      do {
        const [next, keys] = await node.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 500);
        cursor = next;
        out.push(...keys);
      } while (cursor !== '0');
    }
    return out;
  }

  it('every key the limits scripts touch for one (app, organisation), app-wide keys included, is in one slot', async () => {
    const keys = createRedisKeys(keyPrefix);
    for (const [clientId, tenantId] of [
      ['app-1', 'tenant-a'],
      ['app:with{braces}', 'tenant:{x}'],
    ] as const) {
      const tenant = Object.values(keys.limiter({ clientId, tenantId }));
      const app = Object.values(keys.limiter({ clientId, tenantId: null }));
      const admission = Object.values(keys.admission(clientId));
      const slots = new Set(await Promise.all([...tenant, ...app, ...admission].map(slotOf)));
      expect(slots.size, `${clientId}/${tenantId}`).toBe(1);
    }
    const outage = keys.outage('org:tenant-a');
    expect(await slotOf(outage.state)).toBe(await slotOf(outage.probe));
  });

  it('what the backend writes on a real cluster: each app in one slot, apps spread over the masters', async () => {
    const parts = attachParts(redis);
    const apps = Array.from({ length: 24 }, (_, i) => `app-${i}`);
    // Calls of two organisations per app, and one account's connections: the scripts would fail with
    // CROSSSLOT if any of them touched keys of two slots.
    await Promise.all(
      apps.flatMap((clientId) =>
        ['tenant-a', 'tenant-b'].map((tenantId) =>
          parts.limits.schedule({ clientId, tenantId } satisfies LimitKey, batch, async () => 'ok'),
        ),
      ),
    );
    for (const role of ['wisepay', 'company'] as const) {
      expect((await parts.store.put(sampleConnection({ accountId: 'acct-1', role }), null)).ok).toBe(true);
    }
    await parts.close();

    const written = await writtenKeys();
    const slotsByApp = new Map<string, Set<number>>();
    for (const key of written) {
      const app = /:lim:\{([^}]*)\}/.exec(key)?.[1];
      if (app === undefined) continue;
      const slots = slotsByApp.get(app) ?? new Set<number>();
      slots.add(await slotOf(key));
      slotsByApp.set(app, slots);
    }
    expect([...slotsByApp.keys()].sort()).toEqual([...apps].sort());
    for (const [app, slots] of slotsByApp) expect(slots.size, app).toBe(1);
    // Both organisations of an app wrote keys, next to the app-wide ones.
    expect(written.filter((k) => k.includes(':lim:{app-0}:t:tenant-a:'))).not.toEqual([]);
    expect(written.filter((k) => k.includes(':lim:{app-0}:t:tenant-b:'))).not.toEqual([]);
    expect(written.filter((k) => k.includes(':lim:{app-0}:app:'))).not.toEqual([]);

    // The masters serving the apps' slots. The slots follow from the names (CRC16 of the tag): on the
    // 3-master cluster ensure-redis-cluster.sh creates, the 24 apps fall 10 / 5 / 9 over the masters.
    const masters = new Set([...slotsByApp.values()].map((slots) => admin.slots[[...slots][0]!]![0]));
    expect(masters.size).toBe(admin.nodes('master').length);
    expect(written).toContain(`${keyPrefix}conn:acct-1`);
  });

  it('a keyPrefix with a brace is refused: the backend places the hash tags itself', async () => {
    const error = await createRedisBackend({ cluster: { nodes: CLUSTER_NODES }, keyPrefix: '{xc}:' }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe('ConfigurationError');
    expect((error as Error).message).toMatch(/keyPrefix/);
  });
});
