import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { burst, maxInAnyWindow, startTimes, THREE_APPS } from '../pool/support/load.js';
import { connect, type PoolWorld, startPoolWorld } from '../pool/support/pool-world.js';
import { fixedInferred, outsideConsumerScenario, outsideLearnt } from './support/outside-consumer.js';

/**
 * Arrival-ordered header resync (issue 11 #3), against the simulator over real HTTP in both window
 * readings. Xero counts a call when it arrives; the SDK reads the answer later. Comparing the two at
 * processing time invented "phantom" spending under CPU load and re-learnt a real outside consumer every
 * window. Timing is asserted in windows, never in a few ms.
 */

const TIME_SCALE = 0.005;
const W = 60_000 * TIME_SCALE;

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

  // Under the fixed reading the engine infers Xero's window from the headers, but knows its start only as
  // well as our calls show it (they bunch early in Xero's window, so between a window's last call and the
  // next one's first most of a window is open). Counting our calls from the earliest possible start counted
  // the previous window's last calls as ours, so each report under-stated the consumer's share: learnt
  // short, met a 429 in each window while 429s raised it unit by unit, and a report late in the window
  // showing "nothing outside" dropped it, to be learnt again. Within one fixed window Xero's count only
  // grows, so a call of ours Xero answered with a higher count than a report's is not in that report
  // (ArrivalLedger.notSeenBy): the share now shows whole in the first report after the consumer spends.
  it('an outside consumer spending a share every window: learnt once, no 429 while it lasts, let go when it stops', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE, window });
    await outsideConsumerScenario(world, window, W);
  });
});
