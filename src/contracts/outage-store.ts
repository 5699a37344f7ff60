// The outage-record contract: the outage hold (src/limits) waits on it; the in-process store (src/limits)
// and the Redis store (src/redis) implement it.

/**
 * Where outages are recorded, so every call (and, with Redis, every process) holds and one probe at a
 * time decides revival. Scopes: `api` (Xero's API answers 503 "Not Available" or cannot be reached),
 * `identity` (token refreshes fail the same way), `org:<tenantId>` (503 "Organisation offline": one
 * organisation, temporarily). Times are relative (ms from now), so processes with skewed clocks agree.
 */
export interface OutageStore {
  /** The scope's outage, or undefined when none is recorded. */
  read(scope: string): Promise<OutageState | undefined>;
  /**
   * An outage answer: records the outage unless one is already recorded (it is never reset by a late
   * answer). Returns true when this call started it. `probeInMs`: wait before the first probe.
   */
  markDown(scope: string, probeInMs: number, ttlMs: number): Promise<boolean>;
  /** Takes the probe lease if the scope is down, its probe is due and nobody holds the lease. */
  tryProbe(scope: string, leaseMs: number): Promise<string | undefined>;
  /** The probe met the outage again: one more failed probe, the next in `probeInMs`; the lease is freed. */
  probeFailed(scope: string, lease: string, probeInMs: number, ttlMs: number): Promise<void>;
  /** The probe never reached Xero (aborted, deadline): the lease is freed, the next probe may go at once. */
  releaseProbe(scope: string, lease: string): Promise<void>;
  /** Xero answered: the outage is over. Returns true when one was recorded (this call ended it). */
  markUp(scope: string): Promise<boolean>;
}

export interface OutageState {
  /** How long the outage has lasted, in ms. */
  downForMs: number;
  failedProbes: number;
  /** Ms until the next probe may start (≤ 0: due). */
  probeInMs: number;
  /** Someone holds the probe lease. */
  probing: boolean;
}
