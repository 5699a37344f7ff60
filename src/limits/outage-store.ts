import type { OutageState, OutageStore } from '../contracts/outage-store.js';

// The contract lives in src/contracts; re-exported for the stores that implement it here and in src/redis.
export type { OutageState, OutageStore } from '../contracts/outage-store.js';

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
