import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import { apiCalls, burst, maxInAnyWindow, startTimes, THREE_APPS } from '../pool/support/load.js';
import { connect, type PoolWorld, startPoolWorld } from '../pool/support/pool-world.js';

/**
 * Arrival-ordered header resync (issue 11 #3), against the simulator over real HTTP in both window
 * readings. Xero counts a call when it arrives; the SDK reads the answer later. Comparing the two at
 * processing time invented "phantom" spending under CPU load and re-learnt a real outside consumer every
 * window. Timing is asserted in windows, never in a few ms.
 */

const TIME_SCALE = 0.005;
const W = 60_000 * TIME_SCALE;

/** Resync log lines of the key's minute: each one is the engine learning an outside consumer's share. */
function outsideLearnt(world: PoolWorld): number[] {
  return world.logs
    .filter((l) => /^minute budget resynced from Xero headers/.test(l.message))
    .map((l) => Number(l.fields?.outsideCalls ?? l.fields?.phantomCalls ?? 0));
}

/** Log lines of the engine inferring that Xero counts the key's minute in fixed windows. */
function fixedInferred(world: PoolWorld): number {
  return world.logs.filter((l) => /^Xero counts this minute in fixed windows/.test(l.message)).length;
}

/** Two busy loops, so the calls' responses wait for the CPU between arrival and processing. */
function startHogs(): ChildProcess[] {
  return [0, 1].map(() => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
}

function stopHogs(hogs: ChildProcess[]): void {
  for (const hog of hogs) if (hog.pid !== undefined && hog.exitCode === null) process.kill(hog.pid);
}

describe.each(['rolling', 'fixed'] as const)('arrival-ordered resync (%s window)', (window) => {
  let world: PoolWorld | undefined;
  let hogs: ChildProcess[] = [];
  afterEach(async () => {
    stopHogs(hogs);
    hogs = [];
    await world?.close();
    world = undefined;
  });

  it('no outside consumer, CPU under load: no phantom reservation, no 429, near-full use of the window', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE, window });
    const pool = world.host.pool({ accountId: 'acct-load', multiConnection: true, apps: THREE_APPS });
    await connect(world, pool, 'service');
    await new Promise((r) => setTimeout(r, W + 20));
    world.sim.control.resetLog();
    hogs = startHogs();
    const starts = startTimes(pool);
    const durations: number[] = [];
    pool.on('call:finished', (e) => durations.push(e.durationMs));
    const started = Date.now();
    const results = await burst(pool, 'service', 240);
    const elapsed = Date.now() - started;
    stopHogs(hogs);

    expect(results.every((r) => r.status === 200)).toBe(true);
    // Every remaining figure Xero sent is explained by our own calls: nothing is held for anyone else.
    expect(outsideLearnt(world)).toEqual([]);
    // Under the rolling reading no report may pass for a fixed window's reset.
    if (window === 'rolling') expect(fixedInferred(world)).toBe(0);
    expect(world.sim.control.counters().http429).toEqual({ minute: 0, day: 0, concurrent: 0, appminute: 0 });
    expect(maxInAnyWindow(starts)).toBeLessThanOrEqual(60);
    // 240 calls at 60 a window: 3 windows of waiting for units, plus the calls' own time end to end
    // (5 in flight: 48 call times; a unit returns a window after its call ENDS). Phantom holds of a window
    // each would add whole windows on top. The call time is measured, so a starved machine widens it.
    // Near-full use: the engine's own limit stayed Xero's 60 a window throughout (nothing held for
    // phantoms, asserted above), so only the calls' own time and the CPU set the pace. On a quiet machine
    // 240 calls take ~4 windows; the bound grows with the measured call time on a starved one.
    const callMs = [...durations].sort((a, b) => a - b)[Math.floor(durations.length * 0.9)] ?? 0;
    expect(elapsed).toBeGreaterThanOrEqual(3 * W - 20);
    expect(elapsed).toBeLessThan(6 * W + 240 * callMs);
  });

  // Under the fixed reading the arrival ledger alone counted our calls over a rolling window back from a
  // report; when our calls bunch early in Xero's window that counted the previous bunch as ours, so no
  // report proved the consumer for three windows and the share was forgotten and learnt again (about 1 run
  // in 4-8). The engines now infer Xero's window phase from a report that counts fewer calls than ours that
  // certainly arrived within a rolling window, count ours from that window's start, and keep a proven share
  // across Xero's resets (fixed-window-phase.ts, OutsideDeficit.observeFixed).
  const outsideConsumer = it;
  outsideConsumer(
    'an outside consumer spending a share every window: learnt once, then no 429 while it lasts',
    async () => {
      world = await startPoolWorld({ timeScale: TIME_SCALE, window });
      const { sim } = world;
      const pool = world.host.pool({ accountId: 'acct-outside', multiConnection: true, apps: THREE_APPS });
      await connect(world, pool, 'company');
      await new Promise((r) => setTimeout(r, W + 20));
      sim.control.resetLog();

      // Another integration on the same app and organisation, paced to 20 calls in any window. Like any real
      // client it gets only what Xero admits: a call past the limit is refused and not counted, so it tries
      // again a little later (every W/20). It never pushes Xero's count past the limit: spendBudget alone
      // would, counting calls Xero refuses, and our calls already sent then met 429s no engine can avoid.
      const share = 20;
      const key = { clientId: 'company-client', tenantId: DEMO_TENANT_ID };
      const spent: number[] = [];
      let spending: NodeJS.Timeout | undefined;
      const spend = () => {
        const now = Date.now();
        while (spent.length > 0 && (spent[0] as number) <= now - W) spent.shift();
        const { minute } = sim.control.rateLimitState(key);
        const admitted = Math.min(share - spent.length, minute.limit - minute.used);
        if (admitted > 0) {
          sim.control.spendBudget({ ...key, calls: admitted });
          for (let i = 0; i < admitted; i++) spent.push(now);
        }
        spending = setTimeout(spend, W / 20);
      };
      // It is already running when our burst starts, as another integration usually is. (Started inside a
      // window our burst has filled, it could only creep in unit by unit as our calls age out, so its share
      // would show, and be learnt, a few units per 429 over several windows: a race, not this bug.)
      const outsideStart = Date.now();
      spend();
      await new Promise((r) => setTimeout(r, W / 2));
      const work = burst(pool, 'company', 320);
      let results: Awaited<typeof work>;
      try {
        results = await work;
      } finally {
        clearTimeout(spending);
      }
      const end = Date.now();

      expect(results.every((r) => r.status === 200)).toBe(true);
      const limited = apiCalls(world, 'company-client').filter((e) => e.status === 429);
      // Learning: the first reports prove the share; under the fixed reading the proof may complete only
      // near the end of Xero's window, so allow up to two windows and the calls in flight meanwhile.
      const learning = limited.filter((e) => e.at < outsideStart + 2 * W);
      const later = limited.filter((e) => e.at >= outsideStart + 2 * W);
      expect(learning.length).toBeLessThanOrEqual(5);
      // Then the share is held while the headers confirm it: several windows with (almost) no 429, where
      // forgetting it each window (the bug) met about one 429 per window (10 in this run) and re-learnt it.
      // Under the fixed reading a report proves less, so a window may still meet one.
      expect((end - outsideStart) / W).toBeGreaterThanOrEqual(5);
      expect(later.length).toBeLessThanOrEqual(2);
      // Learnt once and kept (confirmations and raises log nothing), not re-learnt every window.
      expect(outsideLearnt(world)).toHaveLength(1);
      // At most the share plus the calls whose arrival the report leaves open (a few in flight).
      expect(outsideLearnt(world)[0]).toBeLessThanOrEqual(share + 5);
      // The fixed reading is inferred from the headers (and only then); never under the rolling one.
      if (window === 'rolling') expect(fixedInferred(world)).toBe(0);
      else expect(fixedInferred(world)).toBe(1);
    },
  );
});
