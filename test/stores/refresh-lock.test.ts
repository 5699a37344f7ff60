import { describe, expect, it } from 'vitest';
import { ClosedError } from '../../src/errors/infrastructure-errors.js';
import { AbortedError, DeadlineExceededError } from '../../src/errors/timing-errors.js';
import { InProcessRefreshLock } from '../../src/stores/in-process-refresh-lock.js';
import { sleep } from '../../src/time-scale.js';

describe('InProcessRefreshLock', () => {
  it('runs holders of one key one at a time, in arrival order; other keys run alongside', async () => {
    const lock = new InProcessRefreshLock();
    const trace: string[] = [];
    let inside = 0;
    let maxInside = 0;
    const holder = (key: string, name: string) =>
      lock.run(key, 10_000, async () => {
        inside++;
        maxInside = Math.max(maxInside, inside);
        trace.push(`${name}:in`);
        await sleep(10);
        trace.push(`${name}:out`);
        inside--;
        return name;
      });
    const results = await Promise.all([holder('a', 'a1'), holder('a', 'a2'), holder('a', 'a3')]);
    expect(results).toEqual(['a1', 'a2', 'a3']);
    expect(trace).toEqual(['a1:in', 'a1:out', 'a2:in', 'a2:out', 'a3:in', 'a3:out']);
    expect(maxInside).toBe(1);

    const started: string[] = [];
    await Promise.all(
      ['x', 'y'].map((key) =>
        lock.run(key, 10_000, async () => {
          started.push(key);
          await sleep(30);
        }),
      ),
    );
    expect(started).toEqual(['x', 'y']);
  });

  it('a failing holder releases the lock', async () => {
    const lock = new InProcessRefreshLock();
    await expect(lock.run('k', 1000, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lock.run('k', 1000, async () => 'next')).toBe('next');
  });

  it('a holder past its ttl no longer blocks the next one', async () => {
    const lock = new InProcessRefreshLock();
    let release!: () => void;
    const hung = lock.run('k', 50, () => new Promise<void>((r) => (release = r)));
    const t0 = Date.now();
    expect(await lock.run('k', 1000, async () => 'took over')).toBe('took over');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
    release();
    await hung;
  });

  it('refuses new work once closed', async () => {
    const lock = new InProcessRefreshLock();
    await lock.close();
    await expect(lock.run('k', 1000, async () => 1)).rejects.toBeInstanceOf(ClosedError);
  });

  it('a waiter leaves at its deadline or on abort; the holder and the waiters behind it are unaffected', async () => {
    const lock = new InProcessRefreshLock();
    const trace: string[] = [];
    let release!: () => void;
    const holder = lock.run('k', 60_000, async () => {
      trace.push('holder');
      await new Promise<void>((r) => (release = r));
      return 'held';
    });
    const t0 = Date.now();
    const late = lock.run(
      'k',
      60_000,
      async () => {
        trace.push('late');
      },
      { deadline: Date.now() + 300 },
    );
    const controller = new AbortController();
    const aborted = lock.run(
      'k',
      60_000,
      async () => {
        trace.push('aborted');
      },
      { signal: controller.signal },
    );
    const patient = lock.run('k', 60_000, async () => {
      trace.push('patient');
      return 'patient';
    });
    setTimeout(() => controller.abort(new Error('user left')), 200);

    const lateOutcome = late.catch((e: unknown) => e);
    const abortedOutcome = aborted.catch((e: unknown) => e);
    const lateError = await lateOutcome;
    expect(lateError).toBeInstanceOf(DeadlineExceededError);
    // Returned at its deadline, not when the holder finished (the holder is still running).
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    expect(Date.now() - t0).toBeLessThan(2500);
    const abortError = await abortedOutcome;
    expect(abortError).toBeInstanceOf(AbortedError);
    expect((abortError as AbortedError).code).toBe('ERR_ABORTED');

    release();
    expect(await holder).toBe('held');
    expect(await patient).toBe('patient');
    expect(trace).toEqual(['holder', 'patient']); // the callers that left never ran
  });

  it('a deadline already past or a signal already aborted never runs fn', async () => {
    const lock = new InProcessRefreshLock();
    let ran = 0;
    const fn = async () => {
      ran++;
    };
    await expect(lock.run('k', 1000, fn, { deadline: Date.now() - 1 })).rejects.toBeInstanceOf(
      DeadlineExceededError,
    );
    await expect(lock.run('k', 1000, fn, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AbortedError,
    );
    expect(ran).toBe(0);
    // A holder that already runs is not interrupted by its signal.
    const controller = new AbortController();
    const running = lock.run(
      'k',
      1000,
      async () => {
        controller.abort();
        await sleep(20);
        return 'finished';
      },
      { signal: controller.signal },
    );
    expect(await running).toBe('finished');
  });
});
