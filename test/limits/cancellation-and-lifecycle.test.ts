import { afterEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { ClosedError } from '../../src/errors/infrastructure-errors.js';
import { AbortedError, DeadlineExceededError } from '../../src/errors/timing-errors.js';
import type { LimitKey } from '../../src/limits/limits-engine.js';
import type { LocalLimitsEngine } from '../../src/limits/local-limits-engine.js';
import { batch, key, makeEngine, maxInSlidingWindow, Recorder, sleep, WINDOW_MS } from './helpers.js';

let engine: LocalLimitsEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

describe('deadlines', () => {
  it('fails a queued call at its deadline, gives its unit back, and loses nothing', async () => {
    engine = makeEngine({ perMinute: 2 });
    const rec = new Recorder();
    await Promise.all([
      engine.schedule(key(), batch, rec.job('a', 1)),
      engine.schedule(key(), batch, rec.job('b', 1)),
    ]);
    const asked = Date.now();
    const late = engine.schedule(key(), { ...batch, deadline: asked + 80 }, rec.job('late', 1));
    const error = await late.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect((error as DeadlineExceededError).tenantId).toBe('t1');
    expect((error as DeadlineExceededError).clientId).toBe('app1');
    expect(Date.now() - asked).toBeLessThan(80 + 40);
    expect(engine.snapshot(key()).queued).toBe(0);

    // Next window: the cancelled job ran as a no-op and returned its unit, so BOTH units are there.
    await sleep(WINDOW_MS + 30);
    const next = new Recorder();
    const t0 = performance.now();
    await Promise.all([
      engine.schedule(key(), batch, next.job('c', 1)),
      engine.schedule(key(), batch, next.job('d', 1)),
    ]);
    expect(Math.max(...next.starts) - t0).toBeLessThan(40);
    expect(rec.labels).not.toContain('late');
    expect(maxInSlidingWindow([...rec.starts, ...next.starts], WINDOW_MS)).toBeLessThanOrEqual(2);
    expect(engine.debugState().timers).toBeLessThanOrEqual(1); // only the release queue, no deadline timer left
  });

  it('fails up front when the queue ahead cannot drain before the deadline', async () => {
    engine = makeEngine({ perMinute: 2 });
    const rec = new Recorder();
    const ahead = Array.from({ length: 8 }, () => engine!.schedule(key(), batch, rec.job('x', 1)));
    const asked = Date.now();
    await expect(
      engine.schedule(key(), { ...batch, deadline: asked + 2 * WINDOW_MS }, rec.job('late')),
    ).rejects.toBeInstanceOf(DeadlineExceededError);
    // Refused up front, not when the deadline (two windows away) came.
    expect(Date.now() - asked).toBeLessThan(WINDOW_MS);
    await expect(engine.schedule(key(), { ...batch, deadline: asked - 1 }, rec.job())).rejects.toBeInstanceOf(
      DeadlineExceededError,
    );
    await engine.close();
    await Promise.allSettled(ahead);
  });

  it('a call that starts in time is not affected by its deadline', async () => {
    engine = makeEngine();
    await expect(
      engine.schedule(key(), { ...batch, deadline: Date.now() + 1000 }, async () => 42),
    ).resolves.toBe(42);
    expect(engine.debugState().timers).toBeLessThanOrEqual(1);
  });
});

describe('abort', () => {
  it('rejects with AbortedError when the signal fires while queued, and at once when already aborted', async () => {
    engine = makeEngine({ perMinute: 1 });
    const rec = new Recorder();
    await engine.schedule(key(), batch, rec.job('first', 1));
    const controller = new AbortController();
    const queued = engine.schedule(key(), { ...batch, signal: controller.signal }, rec.job('aborted', 1));
    await sleep(20);
    controller.abort(new Error('user left'));
    const error = await queued.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AbortedError);
    expect((error as AbortedError).tenantId).toBe('t1');
    await expect(
      engine.schedule(key(), { ...batch, signal: controller.signal }, rec.job()),
    ).rejects.toBeInstanceOf(AbortedError);
    // The aborted call's unit came back: the next call starts one window after the first, not two.
    const next = await engine.schedule(key(), batch, async () => performance.now());
    expect(next - (rec.starts[0] as number)).toBeLessThan(1.75 * WINDOW_MS);
    expect(rec.labels).toEqual(['first']);
  });
});

describe('close', () => {
  it('rejects queued calls with ClosedError, lets running calls finish, releases every timer', async () => {
    engine = makeEngine({ perMinute: 2 });
    const running = engine.schedule(key(), batch, async () => {
      await sleep(50);
      return 'done';
    });
    await engine.schedule(key(), batch, async () => 'fast');
    const queued = Array.from({ length: 3 }, (_, i) =>
      engine!.schedule(key(), { ...batch, deadline: Date.now() + 5000 }, async () => i),
    );
    engine.pause(key('t2'), 10_000);
    expect(engine.debugState().timers).toBeGreaterThan(0);
    await engine.close();
    for (const q of queued) await expect(q).rejects.toBeInstanceOf(ClosedError);
    await expect(running).resolves.toBe('done');
    await expect(engine.schedule(key(), batch, async () => 1)).rejects.toBeInstanceOf(ClosedError);
    expect(engine.debugState()).toMatchObject({ timers: 0, liveLimiters: 0, queuedCalls: 0, keys: 0 });
  });
});

describe('bad input', () => {
  it('rejects an invalid key or options with InvalidArgumentError naming the field', async () => {
    engine = makeEngine();
    const error = await engine
      .schedule({ clientId: '', tenantId: 't' }, batch, async () => 1)
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).issues[0]?.path).toBe('key.clientId');
    await expect(
      engine.schedule(key(), { priority: 'urgent' as never, mayUseReserve: true }, async () => 1),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(
      engine.schedule({ clientId: 'a', tenantId: '' } as LimitKey, batch, async () => 1),
    ).rejects.toThrow(/tenantId/);
    expect(engine.debugState().keys).toBe(0);
  });
});

describe('memory: idle keys', () => {
  it('drops a key limiter as soon as it is idle, and the key itself once its day log aged out', async () => {
    engine = makeEngine({ perMinute: 3 }, { dayWindowMs: 900 });
    // An uncontended call needs no Bottleneck limiter at all.
    await engine.schedule(key('a'), batch, async () => 1);
    expect(engine.debugState().liveLimiters).toBe(0);
    // A contended key gets one while calls wait, and loses it once they are done.
    const calls = Array.from({ length: 5 }, () => engine!.schedule(key('b'), batch, async () => 1));
    await sleep(10);
    expect(engine.debugState().liveLimiters).toBe(1);
    await Promise.all(calls);
    await sleep(10);
    expect(engine.debugState().liveLimiters).toBe(0);
    expect(engine.debugState().keys).toBe(2);
    // snapshot of an unknown key creates nothing
    expect(engine.snapshot(key('unknown')).minuteRemaining).toBe(3);
    expect(engine.debugState().keys).toBe(2);
    await sleep(WINDOW_MS + 20);
    expect(engine.debugState()).toMatchObject({ pendingReleases: 0, timers: 0 });
    await sleep(1300 - 2 * WINDOW_MS);
    await engine.schedule(key('c'), batch, async () => 1); // the lazy sweep runs on calls
    expect(engine.debugState().keys).toBe(1);
  });

  it('30,000 keys with one call each complete, then hold no limiter and no timer', async () => {
    engine = makeEngine();
    const heapBefore = process.memoryUsage().heapUsed;
    const calls: Promise<number>[] = [];
    for (let i = 0; i < 30_000; i++) calls.push(engine.schedule(key(`tenant-${i}`), batch, async () => i));
    // Everything queued at once: the worst moment for memory (heapUsed includes garbage: an upper bound).
    const heapPeak = process.memoryUsage().heapUsed;
    const results = await Promise.all(calls);
    expect(results[29_999]).toBe(29_999);
    expect((heapPeak - heapBefore) / 1e6).toBeLessThan(150);
    expect(engine.debugState()).toMatchObject({ liveLimiters: 0, keys: 30_000, queuedCalls: 0 });
    await sleep(WINDOW_MS + 50);
    expect(engine.debugState()).toMatchObject({ pendingReleases: 0, timers: 0, liveLimiters: 0 });
  });
});
