/** Load helpers shared by the limits tests. */
import type { ConnectionPool } from '../../../src/pool/connection-pool.js';
import type { PoolWorld } from './pool-world.js';

export const TIME_SCALE = 0.005;
/** A Xero minute at this scale. */
export const WINDOW_MS = 60_000 * TIME_SCALE;
export const THREE_APPS = { wisepay: 'wisepay', company: 'company', service: 'service' };

/** The most calls that started in any window-long interval. */
export function maxInAnyWindow(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! >= WINDOW_MS) lo++;
    max = Math.max(max, hi - lo + 1);
  }
  return max;
}

export function apiCalls(world: PoolWorld, clientId?: string) {
  return world.sim.control
    .requestLog()
    .filter((e) => e.endpoint === 'api' && (clientId === undefined || e.clientId === clientId));
}

/** Client-side start times of a pool's calls (what the limits engine controls). */
export function startTimes(pool: ConnectionPool, role?: string): number[] {
  const times: number[] = [];
  pool.on('call:started', (e) => {
    if (role === undefined || e.callRole === role) times.push(Date.now());
  });
  return times;
}

export async function burst(pool: ConnectionPool, role: 'wisepay' | 'company' | 'service', n: number) {
  const client = pool.role(role);
  return Promise.all(
    Array.from({ length: n }, () => client.request({ method: 'GET', path: '/Organisation' })),
  );
}

/**
 * Measures how late this process's timers fire while a test runs (a starved event loop delays every
 * window wait of the engine by about that much). `stop()` returns the worst delay seen, in ms.
 */
export function timerLag(everyMs = 20): { stop: () => number } {
  let worst = 0;
  let expected = Date.now() + everyMs;
  const timer = setInterval(() => {
    const now = Date.now();
    worst = Math.max(worst, now - expected);
    expected = now + everyMs;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return worst;
    },
  };
}
