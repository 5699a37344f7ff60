import { inspect } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import { AbortedError, DeadlineExceededError } from '../../src/errors/timing-errors.js';
import { sleep } from '../../src/time-scale.js';
import { postgresProcesses } from './support/backends.js';
import { adminQuery, describeWithPostgres } from './support/postgres-test-env.js';

const opened: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  for (const o of opened) await o.close();
});

async function processes(count: number) {
  const set = await postgresProcesses(count, 'lock');
  opened.push(set);
  return set;
}

describeWithPostgres('PostgresRefreshLock (lease row)', () => {
  it('one holder at a time across processes, every caller runs once', async () => {
    const { parts } = await processes(4);
    let holders = 0;
    let maxHolders = 0;
    const ran: number[] = [];
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        parts[i % 4]!.refreshLock.run('acct-1:wisepay', 5000, async () => {
          holders++;
          maxHolders = Math.max(maxHolders, holders);
          await sleep(3);
          ran.push(i);
          holders--;
        }),
      ),
    );
    expect(maxHolders).toBe(1);
    expect(ran.sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i));
  });

  it('different keys do not exclude each other', async () => {
    const { parts } = await processes(2);
    let inside = 0;
    let both = false;
    await Promise.all(
      ['a', 'b'].map((k, i) =>
        parts[i]!.refreshLock.run(k, 5000, async () => {
          inside++;
          // Both must be inside together at some point: wait (bounded) for the other.
          const until = Date.now() + 3000;
          while (inside < 2 && Date.now() < until) await sleep(5);
          both ||= inside === 2;
          await sleep(5);
          inside--;
        }),
      ),
    );
    expect(both).toBe(true);
  });

  it('a lapsed lease is taken over, and its late holder cannot release the new holder’s lease', async () => {
    const { parts, schema } = await processes(2);
    const [a, b] = parts as [(typeof parts)[0], (typeof parts)[0]];
    let releaseSlow!: () => void;
    const slowMayEnd = new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
    const slow = a.refreshLock.run('k', 200, () => slowMayEnd); // outlives its 200 ms lease
    let bInside = false;
    let letBEnd!: () => void;
    const bMayEnd = new Promise<void>((resolve) => {
      letBEnd = resolve;
    });
    const taken = b.refreshLock.run('k', 10_000, async () => {
      bInside = true;
      await bMayEnd;
    });
    const until = Date.now() + 5000;
    while (!bInside && Date.now() < until) await sleep(10);
    expect(bInside).toBe(true);
    releaseSlow();
    await slow; // its release must not delete b's lease
    const rows = await adminQuery<{ n: string }>(
      `SELECT count(*) AS n FROM "${schema}".refresh_locks WHERE name = 'k'`,
    );
    expect(rows[0]?.n).toBe('1');
    letBEnd();
    await taken;
    const after = await adminQuery(`SELECT 1 FROM "${schema}".refresh_locks WHERE name = 'k'`);
    expect(after).toHaveLength(0); // released by its owner
  });

  it('a waiter leaves on its deadline or signal, and never runs fn', async () => {
    const { parts } = await processes(2);
    const [a, b] = parts as [(typeof parts)[0], (typeof parts)[0]];
    let letGo!: () => void;
    const held = a.refreshLock.run('busy', 10_000, () => new Promise<void>((resolve) => (letGo = resolve)));
    await sleep(50);
    let ran = 0;
    const late = await b.refreshLock
      .run('busy', 10_000, async () => void ran++, { deadline: Date.now() + 150 })
      .catch((e: unknown) => e);
    expect(late).toBeInstanceOf(DeadlineExceededError);
    const controller = new AbortController();
    const waiting = b.refreshLock.run('busy', 10_000, async () => void ran++, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect(await waiting.catch((e: unknown) => e)).toBeInstanceOf(AbortedError);
    letGo();
    await held;
    expect(ran).toBe(0);
  });

  it('after close, run rejects with ClosedError; inspect shows nothing of the pool', async () => {
    const { parts, backends } = await processes(1);
    expect(inspect(parts[0]!.refreshLock)).toBe('PostgresRefreshLock {}');
    await parts[0]!.close();
    const error = await parts[0]!.refreshLock.run('k', 1000, async () => 1).catch((e: unknown) => e);
    expect(isXeroConnectionsError(error) && error.code).toBe('ERR_CLOSED');
    expect(inspect(backends[0])).toMatch(/^PostgresBackend \{ schema: 'xc_test_lock_\w+', attached: 0/);
  });
});
