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

interface LocalOutage {
  since: number;
  failedProbes: number;
  nextProbeAt: number;
  lease: string | undefined;
  leaseUntil: number;
  expiresAt: number;
}

/** The in-process store: one process, one prober. */
export class LocalOutageStore implements OutageStore {
  private readonly outages = new Map<string, LocalOutage>();
  private leases = 0;

  async read(scope: string): Promise<OutageState | undefined> {
    const now = Date.now();
    const outage = this.live(scope, now);
    if (outage === undefined) return undefined;
    return {
      downForMs: now - outage.since,
      failedProbes: outage.failedProbes,
      probeInMs: outage.nextProbeAt - now,
      probing: outage.lease !== undefined && outage.leaseUntil > now,
    };
  }

  async markDown(scope: string, probeInMs: number, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    if (this.live(scope, now) !== undefined) return false;
    this.outages.set(scope, {
      since: now,
      failedProbes: 0,
      nextProbeAt: now + probeInMs,
      lease: undefined,
      leaseUntil: 0,
      expiresAt: now + ttlMs,
    });
    return true;
  }

  async tryProbe(scope: string, leaseMs: number): Promise<string | undefined> {
    const now = Date.now();
    const outage = this.live(scope, now);
    if (outage === undefined || outage.nextProbeAt > now) return undefined;
    if (outage.lease !== undefined && outage.leaseUntil > now) return undefined;
    outage.lease = `local-${++this.leases}`;
    outage.leaseUntil = now + leaseMs;
    return outage.lease;
  }

  async probeFailed(scope: string, lease: string, probeInMs: number, ttlMs: number): Promise<void> {
    const now = Date.now();
    const outage = this.live(scope, now);
    if (outage === undefined || outage.lease !== lease) return;
    outage.failedProbes++;
    outage.nextProbeAt = now + probeInMs;
    outage.lease = undefined;
    outage.expiresAt = now + ttlMs;
  }

  async releaseProbe(scope: string, lease: string): Promise<void> {
    const outage = this.outages.get(scope);
    if (outage?.lease === lease) outage.lease = undefined;
  }

  async markUp(scope: string): Promise<boolean> {
    return this.outages.delete(scope);
  }

  private live(scope: string, now: number): LocalOutage | undefined {
    const outage = this.outages.get(scope);
    if (outage !== undefined && outage.expiresAt <= now) {
      this.outages.delete(scope);
      return undefined;
    }
    return outage;
  }
}
