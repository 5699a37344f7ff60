/**
 * Memory and idle CPU of the in-process limits engine with 30,000 keys (10,000 accounts x 3 roles), each
 * seeing one call. Prints JSON. Run: `node --expose-gc --import tsx bench/limits-memory.bench.ts`
 * (without --expose-gc the heap figures include garbage).
 */
import { createLocalLimitsEngine } from '../src/limits/local-limits-engine.js';
import { DEFAULT_LIMITS } from '../src/options.js';
import { createTimeScale } from '../src/time-scale.js';

const KEYS = Number(process.env.KEYS ?? 30_000);
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number) => Math.round(n * 10) / 10;

async function scenario(factor: number, appPerMinute: number) {
  const engine = createLocalLimitsEngine({
    limitsFor: () => ({ ...DEFAULT_LIMITS, appPerMinute }),
    timeScale: createTimeScale(factor),
    interactiveReserve: 10,
  });
  const base = heapMb();
  const t0 = performance.now();
  const calls: Promise<unknown>[] = [];
  for (let i = 0; i < KEYS; i++) {
    const tenantId = `tenant-${Math.floor(i / 3)}-${i % 3}`;
    calls.push(
      engine.schedule(
        { clientId: 'app', tenantId },
        { priority: 'batch', mayUseReserve: true },
        async () => i,
      ),
    );
  }
  const allQueued = heapMb() - base;
  const windowMs = 60_000 * factor;
  let settled = 0;
  for (const c of calls)
    void c.then(
      () => settled++,
      () => settled++,
    );
  // With the real app limit, 10,000 start and the rest wait in the app gate for the next window.
  await sleep(Math.min(windowMs / 2, 2000));
  const midway = { heapMb: round(heapMb() - base), settled, state: engine.debugState() };
  if (factor < 1) await Promise.all(calls);
  const completedMs = Math.round(performance.now() - t0);
  await sleep(Math.min(windowMs + 100, 1000));
  const idleHeap = heapMb() - base;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  await sleep(2000);
  const cpu = process.cpuUsage(cpu0);
  const idleCpuPct = ((cpu.user + cpu.system) / 1000 / (performance.now() - wall0)) * 100;
  const result = {
    factor,
    appPerMinute,
    keys: KEYS,
    heapAllQueuedMb: round(allQueued),
    midway,
    completedMs: factor < 1 ? completedMs : undefined,
    heapIdleMb: round(idleHeap),
    idleCpuPct: round(idleCpuPct),
    idleState: engine.debugState(),
  };
  await engine.close();
  return result;
}

const results = [await scenario(0.005, 1e9), await scenario(1, DEFAULT_LIMITS.appPerMinute)];
console.log(JSON.stringify({ gcExposed: gc !== undefined, results }, null, 2));
