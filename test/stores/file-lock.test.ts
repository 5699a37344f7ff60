import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors/infrastructure-errors.js';
import { AccountFileLocks } from '../../src/stores/account-file-lock.js';
import { EncryptedFileTokenStore } from '../../src/stores/encrypted-file-token-store.js';
import { sampleConnection } from './sample-connection.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CAS_WORKER = fileURLToPath(new URL('./fixtures/cas-worker.ts', import.meta.url));
const HOLD_LOCK = fileURLToPath(new URL('./fixtures/hold-lock.ts', import.meta.url));
const ROUNDS = 50;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'xc-file-lock-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

interface Worker {
  child: ChildProcess;
  /** The next message the worker sends (in order). */
  next(): Promise<unknown>;
}

/** A child process running the fixture under tsx (as a loader: the child is the process we signal). */
function startWorker(fixture: string, env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const queue: unknown[] = [];
  const waiting: Array<{ resolve: (m: unknown) => void; reject: (e: Error) => void }> = [];
  child.on('message', (m) => {
    const w = waiting.shift();
    if (w) w.resolve(m);
    else queue.push(m);
  });
  child.on('exit', (code, signal) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`worker exited (code ${code}, signal ${signal})`));
  });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  });
  return {
    child,
    next: () =>
      queue.length > 0
        ? Promise.resolve(queue.shift())
        : new Promise((resolve, reject) => waiting.push({ resolve, reject })),
  };
}

describe('EncryptedFileTokenStore across instances and processes (issue 9, finding 3)', () => {
  it(`two store instances on one directory, ${ROUNDS} rounds of racing compare-and-sets: exactly one winner per round`, async () => {
    const dir = await tempDir();
    const keys = [{ id: 'k1', key: randomBytes(32) }];
    const a = new EncryptedFileTokenStore({ dir, keys });
    const b = new EncryptedFileTokenStore({ dir, keys });
    const first = sampleConnection({ accountId: 'acct-race', role: 'wisepay' });
    expect(await a.put(first, null)).toEqual({ ok: true, version: 1 });

    const winnersPerRound: number[] = [];
    const lost: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const before = (await a.get('acct-race', 'wisepay'))!;
      const tokens = [`RT-${round}-a`, `RT-${round}-b`];
      const results = await Promise.all(
        [a, b].map((store, i) => store.put({ ...before.value, refreshToken: tokens[i]! }, before.version)),
      );
      const winners = results.flatMap((r, i) => (r.ok ? [tokens[i]!] : []));
      winnersPerRound.push(winners.length);
      const after = (await b.get('acct-race', 'wisepay'))!;
      // A winner whose token is not the stored one is a lost rotation.
      for (const w of winners) if (after.value.refreshToken !== w) lost.push(w);
      expect(after.version).toBe(before.version + 1);
    }
    expect(winnersPerRound).toEqual(Array(ROUNDS).fill(1));
    expect(lost).toEqual([]);
    expect(await readdir(dir)).toEqual([a.fileFor('acct-race').slice(dir.length + 1)]); // no lock left behind
  }, 120_000);

  it(`two processes on one directory, ${ROUNDS} rounds of racing compare-and-sets: exactly one winner per round, no lost rotation`, async () => {
    const dir = await tempDir();
    const key = randomBytes(32).toString('base64');
    const store = new EncryptedFileTokenStore({ dir, keys: [{ id: 'k1', key }] });
    const first = sampleConnection({ accountId: 'acct-procs', role: 'wisepay' });
    expect(await store.put(first, null)).toEqual({ ok: true, version: 1 });

    const env = { XC_STORE_DIR: dir, XC_STORE_KEY: key, XC_ACCOUNT_ID: 'acct-procs' };
    const workers = [startWorker(CAS_WORKER, env), startWorker(CAS_WORKER, env)];
    for (const w of workers) expect(await w.next()).toBe('ready');

    const winnersPerRound: number[] = [];
    const lost: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const before = (await store.get('acct-procs', 'wisepay'))!;
      const tokens = [`RT-${round}-p0`, `RT-${round}-p1`];
      // Both sent in the same tick: the two processes race for the same version.
      workers.forEach((w, i) => {
        w.child.send({ round, expected: before.version, refreshToken: tokens[i] });
      });
      const replies = (await Promise.all(workers.map((w) => w.next()))) as Array<{
        round: number;
        ok?: boolean;
        error?: string;
      }>;
      for (const r of replies) {
        expect(r.error, `round ${round}`).toBeUndefined();
        expect(r.round).toBe(round);
      }
      const winners = replies.flatMap((r, i) => (r.ok ? [tokens[i]!] : []));
      winnersPerRound.push(winners.length);
      const after = (await store.get('acct-procs', 'wisepay'))!;
      for (const w of winners) if (after.value.refreshToken !== w) lost.push(w);
      expect(after.version).toBe(before.version + 1);
    }
    for (const w of workers) w.child.send('exit');
    expect(winnersPerRound).toEqual(Array(ROUNDS).fill(1));
    expect(lost).toEqual([]);
  }, 180_000);

  it('a live holder keeps its lock past staleMs (a write times out, typed, changing nothing); a SIGKILLed holder is taken over within staleMs', async () => {
    const dir = await tempDir();
    const keys = [{ id: 'k1', key: randomBytes(32) }];
    const staleMs = 5_000; // the holder refreshes every 2.5 s: generous on a loaded machine
    const store = new EncryptedFileTokenStore({ dir, keys, lock: { staleMs, waitMs: 20_000 } });
    const first = sampleConnection({ accountId: 'acct-held', role: 'wisepay' });
    await store.put(first, null);
    const file = store.fileFor('acct-held');

    const holder = startWorker(HOLD_LOCK, { XC_LOCKED_FILE: file, XC_STALE_MS: String(staleMs) });
    expect(await holder.next()).toBe('locked');

    // Waiting longer than staleMs does not steal a lock its live holder keeps refreshing.
    const impatient = new EncryptedFileTokenStore({ dir, keys, lock: { staleMs, waitMs: staleMs + 1_500 } });
    const error = await impatient.put({ ...first, refreshToken: 'RT-impatient' }, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('ERR_STORE');
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/Timed out after 6500 ms waiting for the lock/);
    expect(`${(error as Error).message} ${JSON.stringify(error)}`).not.toContain(first.refreshToken);
    expect((await store.get('acct-held', 'wisepay'))?.value.refreshToken).toBe(first.refreshToken);

    // The holder dies without releasing: its lock directory stays behind, no longer refreshed.
    const exited = new Promise((resolve) => holder.child.once('exit', resolve));
    holder.child.kill('SIGKILL');
    await exited;
    expect(await readdir(dir)).toContain(`${file.slice(dir.length + 1)}.lock`);
    const started = Date.now();
    expect(await store.put({ ...first, refreshToken: 'RT-after-crash' }, 1)).toEqual({
      ok: true,
      version: 2,
    });
    // At most staleMs after the last refresh, plus slack for a loaded machine; never the whole wait.
    expect(Date.now() - started).toBeLessThan(staleMs + 6_000);
    expect((await store.get('acct-held', 'wisepay'))?.value.refreshToken).toBe('RT-after-crash');
    expect(await readdir(dir)).toEqual([file.slice(dir.length + 1)]);
  });

  it('a critical section that outlives the safe window (staleMs - 1 s) is refused its commit', async () => {
    const dir = await tempDir();
    const locks = new AccountFileLocks({ staleMs: 2_000, waitMs: 1_000 });
    const file = join(dir, 'account-x.json');
    const outcome = await locks.run(file, 'acct-x', async (held) => {
      held.assertHeld(); // at once: fine
      await new Promise((resolve) => setTimeout(resolve, 1_300));
      return (() => {
        try {
          held.assertHeld();
          return 'committed';
        } catch (error) {
          return error;
        }
      })();
    });
    expect(outcome).toBeInstanceOf(StoreError);
    expect((outcome as Error).message).toMatch(/too long to commit safely .*nothing was written/);
    expect(await readdir(dir)).toEqual([]); // released
  });
});
