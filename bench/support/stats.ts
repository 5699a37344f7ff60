export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: number[]): number => percentile(values, 50);

/**
 * A bucket's steady throughput in calls per window: `limit` calls ÷ the mean time the bucket took to start
 * `limit` more calls (t[i] − t[i − limit]). A client that uses the whole budget takes exactly one window
 * per `limit` calls, so it scores the limit; time lost between windows (timer slack, latency) or budget
 * left unused lowers it. (The mean is the difference of the average of the last and first `limit` starts,
 * so one straggler at the end barely moves it.)
 */
export function bucketRatePerWindow(
  startTimes: number[],
  windowMs: number,
  limit: number,
): { rate: number; windows: number } {
  const sorted = [...startTimes].sort((a, b) => a - b);
  let sum = 0;
  for (let i = limit; i < sorted.length; i++) sum += sorted[i]! - sorted[i - limit]!;
  const count = sorted.length - limit;
  const windows = (sorted[sorted.length - 1]! - sorted[0]!) / windowMs;
  if (count <= 0 || windows < 1) throw new Error('run too short for a steady-state rate');
  return { rate: (limit * windowMs) / (sum / count), windows };
}

export const round = (n: number, digits = 3): number => Number(n.toFixed(digits));
