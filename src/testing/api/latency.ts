import { sleep } from '../../time-scale.js';
import type { SimContext } from '../context.js';

/** The configured per-call latency (real ms); cut short when the simulator closes. */
export async function applyLatency(ctx: SimContext): Promise<void> {
  const ms = ctx.faults.latencyMs;
  if (ms <= 0) return;
  try {
    await sleep(ms, ctx.closing);
  } catch {
    // Closing: answer at once.
  }
}
