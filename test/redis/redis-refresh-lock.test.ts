import { inspect } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import type { BackendParts } from '../../src/contracts/backend.js';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import { AbortedError, DeadlineExceededError } from '../../src/errors/timing-errors.js';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.js';
import { sleep } from '../../src/time-scale.js';
import { attachParts } from './support/backend-parts.js';
import { deleteKeys, describeWithRedis, REDIS_URL, uniquePrefix } from './support/redis-test-env.js';

const opened: Array<{ redis: RedisBackend; prefix: string }> = [];
afterAll(async () => {
  for (const { redis, prefix } of opened) {
    await redis.close();
    await deleteKeys(prefix);
  }
});

/** Several backends on one prefix, each attached as a host would: stand-ins for several processes. */
async function processes(count: number): Promise<{ backends: BackendParts[]; prefix: string }> {
  const prefix = uniquePrefix('lock');
  const backends: BackendParts[] = [];
  for (let i = 0; i < count; i++) {
    const redis = await createRedisBackend({ url: REDIS_URL, keyPrefix: prefix });
    opened.push({ redis, prefix });
    backends.push(attachParts(redis));
  }
  return { backends, prefix };
}

describeWithRedis('RedisRefreshLock', () => {
  it('one holder at a time across processes, every caller runs once', async () => {
    const { backends } = await processes(4);
    let holders = 0;
    let maxHolders = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        backends[i % 4]!.refreshLock.run('acct-1:wisepay', 2000, async () => {
          holders++;
          maxHolders = Math.max(maxHolders, holders);
          await sleep(3);
          order.push(i);
          holders--;
        }),
      ),
    );
    expect(maxHolders).toBe(1);
    expect(order.sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i));
  });

  it('different keys do not exclude each other', async () => {
    const { backends } = await processes(2);
    let inside = 0;
    let both = false;
    await Promise.all(
      ['a', 'b'].map((k, i) =>
        backends[i]!.refreshLock.run(k, 2000, async () => {
          inside++;
          await sleep(50);
          both ||= inside === 2;
          inside--;
        }),
      ),
    );
    expect(both).toBe(true);
  });

  it('only the owner releases: a holder whose ttl lapsed cannot delete the next holder’s lock', async () => {
    const { backends, prefix } = await processes(2);
    const [a, b] = backends as [BackendParts, BackendParts];
    const raw = new Redis(REDIS_URL);
    try {
      let bInside = false;
      const slow = a.refreshLock.run('k', 100, async () => {
        await sleep(300); // outlives its 100 ms ttl
      });
      await sleep(20);
      const taken = b.refreshLock.run('k', 5000, async () => {
        bInside = true;
        await sleep(400);
      });
      await slow; // A finishes and tries to release: must not delete B's lock
      expect(bInside).toBe(true);
      const owner = await raw.get(`${prefix}lock:k`);
      expect(owner).not.toBeNull();
      await taken;
      expect(await raw.get(`${prefix}lock:k`)).toBeNull();
    } finally {
      raw.disconnect();
    }
  });

  it('a lock left by a dead holder frees when its ttl lapses', async () => {
    const { backends, prefix } = await processes(1);
    const raw = new Redis(REDIS_URL);
    try {
      // A "process" that took the lock and died: nobody will ever release it.
      await raw.set(`${prefix}lock:k`, 'dead-owner', 'PX', 250, 'NX');
      const started = Date.now();
      let waited = 0;
      await backends[0]!.refreshLock.run('k', 2000, async () => {
        waited = Date.now() - started;
      });
      expect(waited).toBeGreaterThanOrEqual(200);
      expect(waited).toBeLessThan(1000);
    } finally {
      raw.disconnect();
    }
  });

  it('gives up with CoordinationUnavailableError after two ttls when a live holder never lets go', async () => {
    const { backends, prefix } = await processes(1);
    const raw = new Redis(REDIS_URL);
    try {
      await raw.set(`${prefix}lock:k`, 'hog', 'PX', 200);
      const stop = setInterval(() => void raw.set(`${prefix}lock:k`, 'hog', 'PX', 200), 50);
      try {
        const started = Date.now();
        const error = await backends[0]!.refreshLock
          .run('k', 100, async () => 'never')
          .catch((e: unknown) => e);
        expect(isXeroConnectionsError(error) && error.code).toBe('ERR_COORDINATION_UNAVAILABLE');
        expect(Date.now() - started).toBeLessThan(100 * 2 + 2000 + 500);
      } finally {
        clearInterval(stop);
      }
    } finally {
      raw.disconnect();
    }
  });

  it('returns fn’s result and rethrows its error, releasing the lock either way', async () => {
    const { backends, prefix } = await processes(1);
    const raw = new Redis(REDIS_URL);
    try {
      expect(await backends[0]!.refreshLock.run('k', 1000, async () => 42)).toBe(42);
      await expect(
        backends[0]!.refreshLock.run('k', 1000, async () => {
          throw new Error('refresh failed');
        }),
      ).rejects.toThrow('refresh failed');
      expect(await raw.exists(`${prefix}lock:k`)).toBe(0);
    } finally {
      raw.disconnect();
    }
  });

  it('a waiter stops at its deadline or on abort, whether queued in its own process or polling Redis', async () => {
    const { backends } = await processes(2);
    const [a, b] = backends as [BackendParts, BackendParts];
    let release!: () => void;
    const holding = new Promise<void>((r) => {
      void a.refreshLock.run('k', 60_000, async () => {
        r();
        await new Promise<void>((done) => (release = done));
      });
    });
    await holding;
    const ran: string[] = [];
    const t0 = Date.now();
    // Another process: polls Redis for the lock.
    const remote = b.refreshLock
      .run('k', 60_000, async () => ran.push('remote'), { deadline: Date.now() + 300 })
      .catch((e: unknown) => e);
    // The holder's own process: waits in the local queue.
    const local = a.refreshLock
      .run('k', 60_000, async () => ran.push('local'), { deadline: Date.now() + 300 })
      .catch((e: unknown) => e);
    const controller = new AbortController();
    const abortedRemote = b.refreshLock
      .run('k', 60_000, async () => ran.push('aborted'), { signal: controller.signal })
      .catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 200);
    try {
      expect(await remote).toBeInstanceOf(DeadlineExceededError);
      expect(await local).toBeInstanceOf(DeadlineExceededError);
      expect(await abortedRemote).toBeInstanceOf(AbortedError);
      // At the deadline, not after the lock's 60 s ttl or the two-ttl give-up.
      expect(Date.now() - t0).toBeLessThan(3000);
      expect(ran).toEqual([]);
    } finally {
      release();
    }
    // The lock works on for callers that stayed.
    expect(await b.refreshLock.run('k', 2000, async () => 'next')).toBe('next');
  });

  it('util.inspect and JSON of the lock show nothing of its connection', async () => {
    const { backends } = await processes(1);
    const lock = backends[0]!.refreshLock;
    expect(inspect(lock, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toMatch(
      /redis:|127\.0\.0\.1|6379/,
    );
    expect(JSON.stringify(lock)).toBe('{}');
  });
});
