import type { RateLimitProblemName, SimCounters, SimRequestLogEntry } from './types.js';

/** Every request the simulator answered, and counters a test can assert on ("0 × 429"). */
export class RequestLog {
  private entries: SimRequestLogEntry[] = [];
  private c: SimCounters = emptyCounters();

  constructor(private readonly maxEntries: number) {}

  record(entry: SimRequestLogEntry): void {
    this.entries.push(entry);
    // Drop the oldest half in one go rather than shifting on every request.
    if (this.entries.length > this.maxEntries)
      this.entries = this.entries.slice(-Math.ceil(this.maxEntries / 2));
    const c = this.c;
    c.requests++;
    if (entry.endpoint === 'token') c.tokenRequests++;
    if (entry.rateLimitProblem !== undefined) c.http429[entry.rateLimitProblem]++;
    c.byStatus[entry.status] = (c.byStatus[entry.status] ?? 0) + 1;
  }

  list(): SimRequestLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  counters(): SimCounters {
    return { ...this.c, http429: { ...this.c.http429 }, byStatus: { ...this.c.byStatus } };
  }

  reset(): void {
    this.entries = [];
    this.c = emptyCounters();
  }
}

function emptyCounters(): SimCounters {
  const http429: Record<RateLimitProblemName, number> = { minute: 0, day: 0, concurrent: 0, appminute: 0 };
  return { requests: 0, tokenRequests: 0, http429, byStatus: {} };
}
