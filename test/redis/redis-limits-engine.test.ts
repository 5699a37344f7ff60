import { Redis } from 'ioredis';
import { afterAll, afterEach, expect, it } from 'vitest';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import type { LimitKey, LimitsEngine } from '../../src/limits/limits-engine.js';
import { createRedisBackend, type RedisBackend, type RedisBackendOptions } from '../../src/redis/index.js';
import { sleep } from '../../src/time-scale.js';
import { attachParts, type TestHostConfig } from './support/backend-parts.js';
import {
  deleteKeys,
  describeWithRedis,
  keysWithTtl,
  REDIS_URL,
  uniquePrefix,
} from './support/redis-test-env.js';
import { maxStartsInAnyWindow } from './support/start-log.js';

const SCALE = 0.005; // a Xero minute lasts 300 ms
const WINDOW = 60_000 * SCALE;
/**
 * Starts are timed where `fn` runs, a little after Redis granted them; on a loaded 2-core machine that lag
 * varies by a few ms, so the window slack (which absorbs the same jitter on the way to Xero) is set above it.
 */
const SLACK = 25;
const TENANT: LimitKey = { clientId: 'app-1', tenantId: 'tenant-a' };
const batch = { priority: 'batch', mayUseReserve: true } as const;
const interactive = { priority: 'interactive', mayUseReserve: true } as const;

const prefixes = new Set<string>();
let open: RedisBackend[] = [];
afterEach(async () => {
  for (const redis of open) await redis.close();
  open = [];
});
afterAll(async () => {
  for (const prefix of prefixes) await deleteKeys(prefix);
});

/** `count` backends sharing one prefix: each stands for a process. */
async function processes(
  count: number,
  options: Partial<RedisBackendOptions> & Pick<TestHostConfig, 'limitsFor' | 'interactiveReserve'> = {},
): Promise<LimitsEngine[]> {
  const keyPrefix = uniquePrefix('limits');
  prefixes.add(keyPrefix);
  const engines: LimitsEngine[] = [];
  const { limitsFor, interactiveReserve, ...redisOptions } = options;
  for (let i = 0; i < count; i++) {
    const redis = await createRedisBackend({
      url: REDIS_URL,
      keyPrefix,
      ...redisOptions,
      limiter: { windowSlackMs: SLACK, ...redisOptions.limiter },
    });
    open.push(redis);
    // What each process's host attaches: its own time scale, app limits and reserve.
    engines.push(attachParts(redis, { timeScale: SCALE, limitsFor, interactiveReserve }).limits);
  }
  return engines;
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting for a Redis marker');
    await sleep(10);
  }
}

function code(error: unknown): string | undefined {
  return isXeroConnectionsError(error) ? error.code : undefined;
}

describeWithRedis('RedisLimitsEngine', () => {
  it('four processes on one key: never more than the limit in any sliding window, and close to it', async () => {
    const engines = await processes(4, { limitsFor: () => ({ perMinute: 20 }) });
    // ~10 calls queued per process for six windows: saturated.
    const starts: number[] = [];
    const until = Date.now() + WINDOW * 6;
    await Promise.all(
      engines.map(async (engine) => {
        const calls = new Set<Promise<unknown>>();
        while (Date.now() < until) {
          while (calls.size < 10) {
            const p = engine.schedule(TENANT, batch, async () => {
              starts.push(Date.now());
            });
            const tracked: Promise<unknown> = p.finally(() => calls.delete(tracked));
            calls.add(tracked);
          }
          await Promise.race(calls);
        }
        await Promise.all(calls);
      }),
    );
    expect(maxStartsInAnyWindow(starts, WINDOW)).toBeLessThanOrEqual(20);
    // Close to the limit: each window loses a round trip or two (more on a loaded machine), never half of
    // it. An engine that held units for two windows would manage at most 10 a window.
    const first = Math.min(...starts);
    const full = starts.filter((t) => t < first + WINDOW * 5).length;
    expect(full / 5).toBeGreaterThanOrEqual(20 * 0.7);
  });

  it('concurrency is shared: never more than 5 in flight across processes', async () => {
    const engines = await processes(3);
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        engines[i % 3]!.schedule(TENANT, batch, async () => {
          inFlight++;
          peak = Math.max(peak, inFlight);
          await sleep(15);
          inFlight--;
        }),
      ),
    );
    expect(peak).toBe(5);
  });

  it('the app-wide minute limit holds across tenants and processes; tenantless calls count only there', async () => {
    const engines = await processes(2, { limitsFor: () => ({ appPerMinute: 24 }) });
    const starts: number[] = [];
    const calls: Array<Promise<unknown>> = [];
    for (let i = 0; i < 72; i++) {
      const key: LimitKey =
        i % 4 === 3 ? { clientId: 'app-1', tenantId: null } : { clientId: 'app-1', tenantId: `t-${i % 3}` };
      calls.push(engines[i % 2]!.schedule(key, batch, async () => void starts.push(Date.now())));
    }
    await Promise.all(calls);
    expect(maxStartsInAnyWindow(starts, WINDOW)).toBeLessThanOrEqual(24);
    expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThanOrEqual(WINDOW * 2);
  });

  it('interactive calls go first: within a process, and batch calls in other processes yield to them', async () => {
    const [a, b] = (await processes(2, { limitsFor: () => ({ perMinute: 10 }) })) as [
      LimitsEngine,
      LimitsEngine,
    ];
    const order: string[] = [];
    const calls: Array<Promise<unknown>> = [];
    // Fill the window, then queue batch work in A and (a little later) interactive work in A and B.
    for (let i = 0; i < 10; i++) calls.push(a.schedule(TENANT, batch, async () => void order.push('fill')));
    await Promise.all(calls.splice(0));
    for (let i = 0; i < 10; i++)
      calls.push(a.schedule(TENANT, batch, async () => void order.push('batch-A')));
    await sleep(10);
    for (let i = 0; i < 3; i++)
      calls.push(a.schedule(TENANT, interactive, async () => void order.push('interactive-A')));
    for (let i = 0; i < 4; i++)
      calls.push(b.schedule(TENANT, interactive, async () => void order.push('interactive-B')));
    await Promise.all(calls);
    // Redis decides the order; two grants made back to back may reach their callbacks swapped, so one
    // batch call may appear just before the last interactive one.
    const afterFill = order.slice(10);
    expect(afterFill.slice(0, 6).every((o) => o.startsWith('interactive'))).toBe(true);
    expect(afterFill.slice(0, 8).filter((o) => o.startsWith('interactive'))).toHaveLength(7);
  });

  it('non-reserve calls get the reserve lent but one unit while no user action comes, then perMinute - interactiveReserve', async () => {
    const engines = await processes(2, { limitsFor: () => ({ perMinute: 20 }), interactiveReserve: 8 });
    const starts: number[] = [];
    const calls = Array.from({ length: 36 }, (_, i) =>
      engines[i % 2]!.schedule(
        TENANT,
        { priority: 'batch', mayUseReserve: false },
        async () => void starts.push(Date.now()),
      ),
    );
    await sleep(WINDOW / 3);
    // The reserve is still there for an interactive call.
    const t0 = Date.now();
    await engines[0]!.schedule(
      TENANT,
      { priority: 'interactive', mayUseReserve: true },
      async () => undefined,
    );
    expect(Date.now() - t0).toBeLessThan(WINDOW / 3);
    await Promise.all(calls);
    // Lent before the user action (all but one unit, across both processes)...
    expect(maxStartsInAnyWindow(starts, WINDOW)).toBeLessThanOrEqual(19);
    // ...taken back from it for a window (counted to a quarter window before lending may resume).
    const held = starts.filter((at) => at >= t0 && at < t0 + WINDOW - WINDOW / 4);
    expect(held.length).toBeLessThanOrEqual(12);
  });

  it('the day budget is shared and fails fast with a retry-after once spent', async () => {
    const [a, b] = (await processes(2, {
      limitsFor: () => ({ perDay: 12 }),
      limiter: { dayWindowMs: 60_000 },
    })) as [LimitsEngine, LimitsEngine];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).schedule(TENANT, batch, async () => undefined)),
    );
    const started = Date.now();
    const error = await a.schedule(TENANT, batch, async () => 'too many').catch((e: unknown) => e);
    expect(code(error)).toBe('ERR_DAY_LIMIT');
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(50_000);
    expect(Date.now() - started).toBeLessThan(100);
    expect(code(await b.schedule(TENANT, batch, async () => 1).catch((e: unknown) => e))).toBe(
      'ERR_DAY_LIMIT',
    );
    // Another tenant of the same app is unaffected.
    expect(await b.schedule({ clientId: 'app-1', tenantId: 'tenant-b' }, batch, async () => 'ok')).toBe('ok');
  });

  it('markDayExhausted and pause in one process hold in the others', async () => {
    const [a, b] = (await processes(2)) as [LimitsEngine, LimitsEngine];
    const prefix = [...prefixes].at(-1)!;
    a.markDayExhausted(TENANT, 5_000);
    // Wait for the marker itself (a fire-and-forget command), not for a guessed number of ms.
    await until(async () => [...(await keysWithTtl(prefix)).keys()].some((k) => k.endsWith(':dayout')));
    const error = await b.schedule(TENANT, batch, async () => 1).catch((e: unknown) => e);
    expect(code(error)).toBe('ERR_DAY_LIMIT');
    expect(b.snapshot(TENANT).dayRemaining).toBe(0);

    const other: LimitKey = { clientId: 'app-1', tenantId: 'tenant-p' };
    // Measured from the pause itself (Redis stamps it later, never earlier): a lower bound only.
    const pausedAt = Date.now();
    a.pause(other, 400);
    await until(async () => [...(await keysWithTtl(prefix)).keys()].some((k) => k.endsWith(':paused')));
    await b.schedule(other, batch, async () => undefined);
    expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(395);
  });

  it('resyncs from Xero headers: fewer remaining than we think slows every process', async () => {
    const [a, b] = (await processes(2)) as [LimitsEngine, LimitsEngine];
    // Someone else spent 55 of the 60: Xero says 5 remain.
    const observedAt = Date.now();
    a.observe(TENANT, { minute: 5, day: 4_000 });
    await sleep(100);
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, () => b.schedule(TENANT, batch, async () => void starts.push(Date.now()))),
    );
    // Counted in windows from the report: the 55 phantom calls hold their units for a window (Redis stamps
    // them a little after observedAt, never before), so at most 5 of ours fit in it and the rest wait.
    starts.sort((x, y) => x - y);
    expect(starts).toHaveLength(8);
    expect(starts.filter((t) => t - observedAt < WINDOW).length).toBeLessThanOrEqual(5);
    expect(starts[5]! - observedAt).toBeGreaterThanOrEqual(WINDOW);
    await sleep(100);
    const snap = a.snapshot(TENANT);
    expect(snap.reported).toEqual({ minute: 5, day: 4_000 });
    expect(snap.dayRemaining).toBeLessThanOrEqual(4_000);
  });

  it('deadlines fail fast, aborts reject while queued, close rejects the rest', async () => {
    const [a] = (await processes(1, { limitsFor: () => ({ perMinute: 2 }) })) as [LimitsEngine];
    await Promise.all([a.schedule(TENANT, batch, async () => 1), a.schedule(TENANT, batch, async () => 2)]);
    let ran = false;
    const late = await a
      .schedule(TENANT, { ...batch, deadline: Date.now() + WINDOW / 3 }, async () => {
        ran = true;
      })
      .catch((e: unknown) => e);
    expect(code(late)).toBe('ERR_DEADLINE');
    expect(ran).toBe(false);

    const controller = new AbortController();
    const aborted = a
      .schedule(TENANT, { ...batch, signal: controller.signal }, async () => 'x')
      .catch((e: unknown) => e);
    controller.abort();
    expect(code(await aborted)).toBe('ERR_ABORTED');

    const queued = a.schedule(TENANT, batch, async () => 'x').catch((e: unknown) => e);
    await a.close();
    expect(code(await queued)).toBe('ERR_CLOSED');
    expect(code(await a.schedule(TENANT, batch, async () => 'x').catch((e: unknown) => e))).toBe(
      'ERR_CLOSED',
    );
  });

  it('a batch call the full app window keeps past its deadline is refused at once, in another process', async () => {
    const [a, b] = (await processes(2, { limitsFor: () => ({ appPerMinute: 3 }) })) as [
      LimitsEngine,
      LimitsEngine,
    ];
    // Process a fills the app's window at once with three organisations' user actions (not paced): their
    // units come back a window after they ended. Nobody waits at the app, so the first wait Redis reports
    // to b is the real one, about a window.
    await Promise.all(
      ['t1', 't2', 't3'].map((t) =>
        a.schedule({ clientId: 'app-1', tenantId: t }, interactive, async () => t),
      ),
    );
    const asked = Date.now();
    const deadline = asked + WINDOW / 3;
    let ran = false;
    const refused = await b
      .schedule({ clientId: 'app-1', tenantId: 't4' }, { ...batch, deadline }, async () => {
        ran = true;
      })
      .catch((e: unknown) => e);
    expect(code(refused)).toBe('ERR_DEADLINE');
    // The engine's own verdict (not its deadline timer's "did not start"), before the deadline came.
    expect((refused as Error).message).toMatch(/cannot start before its deadline/);
    expect(Date.now()).toBeLessThan(deadline);
    expect(ran).toBe(false);
  });

  it('a batch call that booked its turn at the app and is aborted gives the turn back', async () => {
    const [a, b] = (await processes(2, { limitsFor: () => ({ appPerMinute: 6 }) })) as [
      LimitsEngine,
      LimitsEngine,
    ];
    const keyPrefix = [...prefixes].at(-1)!;
    const state = `${keyPrefix}lim:{app-1}:adm:state`;
    const client = new Redis(REDIS_URL);
    try {
      // Process a keeps the app busy (paced: one start per sixth of a window) ...
      const busy = Array.from({ length: 8 }, () =>
        a.schedule({ clientId: 'app-1', tenantId: 't-0' }, batch, async () => sleep(1)),
      );
      await sleep(WINDOW / 12);
      // ... so process b's call books a turn of its own, and gives it back when aborted.
      const controller = new AbortController();
      const aborted = b
        .schedule(
          { clientId: 'app-1', tenantId: 't-1' },
          { ...batch, signal: controller.signal },
          async () => 1,
        )
        .catch((e: unknown) => e);
      await until(async () => (await client.hget(state, 'n:t-1')) === '1');
      controller.abort();
      expect(code(await aborted)).toBe('ERR_ABORTED');
      await until(async () => (await client.hget(state, 'n:t-1')) === null);
      await Promise.all(busy);
    } finally {
      client.disconnect();
    }
  });

  it('batch work is shared across organisations by weight when the app limit binds', async () => {
    const [a, b] = (await processes(2, { limitsFor: () => ({ appPerMinute: 12 }) })) as [
      LimitsEngine,
      LimitsEngine,
    ];
    const starts: Record<string, number[]> = { heavy: [], light: [] };
    const until = Date.now() + 4 * WINDOW;
    const loop = (engine: LimitsEngine, tenantId: 'heavy' | 'light', weight: number) =>
      (async () => {
        while (Date.now() < until) {
          await engine.schedule({ clientId: 'app-1', tenantId }, { ...batch, weight }, async () => {
            starts[tenantId]!.push(Date.now());
          });
        }
      })();
    const t0 = Date.now();
    // Each organisation's work in both processes, four calls queued in each: the weight holds across
    // processes (an organisation's turns are taken in turn by the processes that want them).
    await Promise.all(
      [a, b].flatMap((engine) =>
        Array.from({ length: 4 }, () => [loop(engine, 'heavy', 2), loop(engine, 'light', 1)]).flat(),
      ),
    );
    // Windows 1-2 (the first fills up; calls queued at the end drain after it).
    const after = (list: number[]) => list.filter((t) => t >= t0 + WINDOW && t < t0 + 3 * WINDOW).length;
    const ratio = after(starts.heavy!) / Math.max(1, after(starts.light!));
    expect(ratio).toBeGreaterThanOrEqual(1.6);
    expect(ratio).toBeLessThanOrEqual(2.5);
  });

  it('rejects bad arguments with a typed error and touches nothing', async () => {
    const [a] = (await processes(1)) as [LimitsEngine];
    const bad = await a
      .schedule(
        { clientId: '', tenantId: 't' },
        { priority: 'urgent' as 'batch', mayUseReserve: true },
        async () => 1,
      )
      .catch((e: unknown) => e);
    expect(code(bad)).toBe('ERR_INVALID_ARGUMENT');
    expect((bad as Error).message).toBeTruthy();
  });

  it('every key it writes carries a ttl', async () => {
    // Load-proof: the markers under test live for a minute (not 1 s), so they are still there when the
    // calls have ended on a slow machine; and a key that expires between SCAN and PTTL (-2) evidently had
    // a ttl: only -1 (no ttl) is a failure.
    const keyPrefix = uniquePrefix('limits-ttl');
    prefixes.add(keyPrefix);
    const backend = await createRedisBackend({ url: REDIS_URL, keyPrefix });
    open.push(backend);
    const redis = attachParts(backend, { timeScale: SCALE, limitsFor: () => ({ perMinute: 3 }) });
    const calls = Array.from({ length: 5 }, (_, i) =>
      redis.limits.schedule(
        TENANT,
        i === 4 ? interactive : { priority: 'batch', mayUseReserve: false },
        async () => sleep(5),
      ),
    );
    redis.limits.observe(TENANT, { minute: 1, day: 10, appMinute: 5 });
    redis.limits.pause({ clientId: 'app-1', tenantId: null }, 10);
    redis.limits.pause({ clientId: 'app-2', tenantId: null }, 60_000);
    redis.limits.markDayExhausted({ clientId: 'app-1', tenantId: 'other' }, 60_000);
    await Promise.all(calls);
    await sleep(20);
    const keys = await keysWithTtl(keyPrefix);
    const names = [...keys.keys()].join(' ');
    expect(names).toContain('other'); // the day-exhausted marker of app-1/other
    expect(names).toContain('app-2'); // the app pause marker of app-2
    expect(keys.size).toBeGreaterThan(5);
    for (const [key, ttl] of keys) expect({ key, hasTtl: ttl !== -1 }).toEqual({ key, hasTtl: true });
  });
});
