import { afterEach, describe, expect, it } from 'vitest';
import { DayLimitExceededError } from '../../src/errors/rate-limit-error.js';
import type { LocalLimitsEngine } from '../../src/limits/local-limits-engine.js';
import { batch, FACTOR, key, makeEngine, maxInSlidingWindow, Recorder, sleep, WINDOW_MS } from './helpers.js';

const DAY_MS = 86_400_000 * FACTOR;

let engine: LocalLimitsEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('day budget', () => {
  it('fails at once with DayLimitExceededError when spent, without queueing', async () => {
    engine = makeEngine({ perDay: 5 });
    const rec = new Recorder();
    await Promise.all(Array.from({ length: 5 }, () => engine!.schedule(key(), batch, rec.job())));
    const asked = Date.now();
    const error = await rejection(engine.schedule(key(), batch, rec.job('late')));
    expect(Date.now() - asked).toBeLessThan(20);
    expect(error).toBeInstanceOf(DayLimitExceededError);
    const dayError = error as DayLimitExceededError;
    expect(dayError.code).toBe('ERR_DAY_LIMIT');
    expect(dayError.problem).toBe('day');
    expect(dayError.clientId).toBe('app1');
    expect(dayError.tenantId).toBe('t1');
    // When the oldest of the five starts leaves the (scaled) 24 h window.
    expect(dayError.retryAfterMs).toBeGreaterThan(DAY_MS - 1000);
    expect(dayError.retryAfterMs).toBeLessThanOrEqual(DAY_MS);
    expect(engine.snapshot(key()).queued).toBe(0);
    expect(engine.snapshot(key()).dayRemaining).toBe(0);
    expect(rec.labels).not.toContain('late');
  });

  it('counts queued calls against the day, so the call that could never run fails up front', async () => {
    engine = makeEngine({ perDay: 4, perMinute: 2 });
    const rec = new Recorder();
    const accepted = Array.from({ length: 4 }, () => engine!.schedule(key(), batch, rec.job()));
    await expect(engine.schedule(key(), batch, rec.job())).rejects.toBeInstanceOf(DayLimitExceededError);
    await Promise.all(accepted);
    expect(rec.starts).toHaveLength(4);
  });

  it('markDayExhausted fails calls fast until retryAfterMs, including calls already queued', async () => {
    engine = makeEngine({ perMinute: 1 });
    const rec = new Recorder();
    await engine.schedule(key(), batch, rec.job());
    const queued = engine.schedule(key(), batch, rec.job('queued')); // waits for the next window
    engine.markDayExhausted(key(), 400);
    const error = (await rejection(engine.schedule(key(), batch, rec.job()))) as DayLimitExceededError;
    expect(error).toBeInstanceOf(DayLimitExceededError);
    expect(error.retryAfterMs).toBeGreaterThan(350);
    expect(error.retryAfterMs).toBeLessThanOrEqual(400);
    expect(engine.snapshot(key()).dayExhaustedUntil).toBeGreaterThan(Date.now());
    await expect(queued).rejects.toBeInstanceOf(DayLimitExceededError);
    expect(rec.labels).not.toContain('queued');
    await sleep(420);
    await expect(engine.schedule(key(), batch, rec.job('after'))).resolves.toBe('after');
    expect(engine.snapshot(key()).dayExhaustedUntil).toBeUndefined();
  });

  it("fails fast once Xero's X-DayLimit-Remaining says 0, and only lowers the budget", async () => {
    engine = makeEngine({ perDay: 100 });
    const rec = new Recorder();
    await engine.schedule(key(), batch, rec.job());
    engine.observe(key(), { day: 250 }); // more than we think: never adds
    expect(engine.snapshot(key()).dayRemaining).toBe(99);
    engine.observe(key(), { day: 10 });
    expect(engine.snapshot(key()).dayRemaining).toBe(10);
    expect(engine.snapshot(key()).reported.day).toBe(10);
    engine.observe(key(), { day: 0 });
    await expect(engine.schedule(key(), batch, rec.job())).rejects.toBeInstanceOf(DayLimitExceededError);
  });
});

describe('minute resync from headers', () => {
  it('takes away what Xero says another process spent, for one window', async () => {
    engine = makeEngine({ perMinute: 10 });
    const rec = new Recorder();
    await Promise.all(Array.from({ length: 2 }, () => engine!.schedule(key(), batch, rec.job('mine', 1))));
    // Xero counted 7 calls this minute: our 2 plus 5 from elsewhere.
    engine.observe(key(), { minute: 3 });
    expect(engine.snapshot(key()).minuteRemaining).toBe(3);
    const t0 = performance.now();
    const later = new Recorder();
    await Promise.all(Array.from({ length: 8 }, () => engine!.schedule(key(), batch, later.job('next', 1))));
    const early = later.starts.filter((t) => t - t0 < WINDOW_MS * 0.8).length;
    expect(early).toBe(3);
    // The phantom units come back one window later: the remaining calls did start.
    expect(later.starts).toHaveLength(8);
    expect(maxInSlidingWindow([...rec.starts, ...later.starts], WINDOW_MS)).toBeLessThanOrEqual(10);
  });

  it('never adds budget because Xero says more remain', async () => {
    engine = makeEngine({ perMinute: 4 });
    const rec = new Recorder();
    await Promise.all(Array.from({ length: 4 }, () => engine!.schedule(key(), batch, rec.job('a', 1))));
    engine.observe(key(), { minute: 60, appMinute: 9999 });
    expect(engine.snapshot(key()).minuteRemaining).toBe(0);
    await engine.schedule(key(), batch, rec.job('b', 1));
    expect((rec.starts[4] as number) - (rec.starts[0] as number)).toBeGreaterThanOrEqual(WINDOW_MS);
  });

  it('does not count our own in-flight calls twice', async () => {
    engine = makeEngine({ perMinute: 10 });
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const inFlight = Array.from({ length: 3 }, () => engine!.schedule(key(), batch, () => gate));
    await sleep(20);
    engine.observe(key(), { minute: 7 }); // Xero counted exactly our 3
    expect(engine.snapshot(key()).minuteRemaining).toBe(7);
    release();
    await Promise.all(inFlight);
  });
});

describe('pause', () => {
  it('starts nothing on the key until the pause ends, then the window resumes', async () => {
    engine = makeEngine({ perMinute: 10 });
    const rec = new Recorder();
    const t0 = performance.now();
    engine.pause(key(), 150);
    expect(engine.snapshot(key()).minuteRemaining).toBe(0);
    await Promise.all(Array.from({ length: 3 }, () => engine!.schedule(key(), batch, rec.job('p', 1))));
    expect(Math.min(...rec.starts) - t0).toBeGreaterThanOrEqual(145);
    expect(Math.max(...rec.starts) - t0).toBeLessThan(150 + WINDOW_MS / 2);
    // Another tenant of the same app was not paused.
    const other = new Recorder();
    const t1 = performance.now();
    engine.pause(key(), 150);
    await engine.schedule(key('t2'), batch, other.job());
    expect((other.starts[0] as number) - t1).toBeLessThan(50);
  });

  it('a pause on the app key (an app-minute 429) holds every tenant of the app, not other apps', async () => {
    engine = makeEngine();
    const rec = new Recorder();
    const t0 = performance.now();
    // What the call pipeline does on a 429 with the app-minute problem.
    engine.pause(key(null), 300);
    const otherApp = new Recorder();
    await Promise.all([
      engine.schedule(key('a'), batch, rec.job()),
      engine.schedule(key('b'), batch, rec.job()),
      engine.schedule(key(null), batch, rec.job()),
      engine.schedule(key('a', 'app2'), batch, otherApp.job()),
    ]);
    expect(rec.starts).toHaveLength(3);
    expect(Math.min(...rec.starts) - t0).toBeGreaterThanOrEqual(295);
    // Another app is not held (generous margin for a loaded machine; the pause is 300 ms).
    expect((otherApp.starts[0] as number) - t0).toBeLessThan(200);
  });
});
