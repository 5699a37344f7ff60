import { randomUUID } from 'node:crypto';
import { LocalOutageStore, type OutageState, type OutageStore } from '../../limits/outage-store.js';
import type { Logger } from '../../logger.js';
import type { RedisClient } from '../redis-client.js';
import type { RedisConnection } from '../redis-connection.js';
import type { RedisKeys } from '../redis-keys.js';
import {
  OUTAGE_DOWN,
  OUTAGE_PROBE_FAILED,
  OUTAGE_READ,
  OUTAGE_RELEASE,
  OUTAGE_TRY_PROBE,
} from '../scripts/limits-scripts.js';

/**
 * Outages shared by every process: one record per scope (a hash that expires without news) and a probe
 * lease (SET NX PX), so one process probes and the others wait and re-read. While Redis cannot be reached
 * the process falls back to its own in-process record: it keeps holding and probing alone rather than
 * letting every call fail or hammer Xero.
 */
export class RedisOutageStore implements OutageStore {
  private readonly local = new LocalOutageStore();

  constructor(
    private readonly connection: RedisConnection,
    private readonly keys: RedisKeys,
    private readonly logger: Logger,
  ) {}

  read(scope: string): Promise<OutageState | undefined> {
    const k = this.keys.outage(scope);
    return this.shared(
      'outage read',
      async (c) => {
        const raw = (await OUTAGE_READ.run(c, [k.state, k.probe], [])) as number[];
        if (Number(raw[0]) !== 1) return undefined;
        return {
          downForMs: Number(raw[1]),
          failedProbes: Number(raw[2]),
          probeInMs: Number(raw[3]),
          probing: Number(raw[4]) === 1,
        };
      },
      () => this.local.read(scope),
    );
  }

  markDown(scope: string, probeInMs: number, ttlMs: number): Promise<boolean> {
    const k = this.keys.outage(scope);
    return this.shared(
      'outage down',
      async (c) => Number(await OUTAGE_DOWN.run(c, [k.state], [probeInMs, ttlMs])) === 1,
      () => this.local.markDown(scope, probeInMs, ttlMs),
    );
  }

  tryProbe(scope: string, leaseMs: number): Promise<string | undefined> {
    const k = this.keys.outage(scope);
    const token = randomUUID();
    return this.shared(
      'outage probe',
      async (c) => {
        const got = await OUTAGE_TRY_PROBE.run(c, [k.state, k.probe], [leaseMs, token]);
        return got === token ? token : undefined;
      },
      () => this.local.tryProbe(scope, leaseMs),
    );
  }

  probeFailed(scope: string, lease: string, probeInMs: number, ttlMs: number): Promise<void> {
    const k = this.keys.outage(scope);
    return this.shared(
      'outage probe failed',
      async (c) => {
        await OUTAGE_PROBE_FAILED.run(c, [k.state, k.probe], [lease, probeInMs, ttlMs]);
      },
      () => this.local.probeFailed(scope, lease, probeInMs, ttlMs),
    );
  }

  releaseProbe(scope: string, lease: string): Promise<void> {
    const k = this.keys.outage(scope);
    return this.shared(
      'outage release',
      async (c) => {
        await OUTAGE_RELEASE.run(c, [k.probe], [lease]);
      },
      () => this.local.releaseProbe(scope, lease),
    );
  }

  markUp(scope: string): Promise<boolean> {
    const k = this.keys.outage(scope);
    return this.shared(
      'outage up',
      async (c) => {
        await this.local.markUp(scope);
        return Number(await c.del(k.state, k.probe)) > 0;
      },
      () => this.local.markUp(scope),
    );
  }

  private async shared<T>(
    what: string,
    operation: (client: RedisClient) => Promise<T>,
    fallback: () => Promise<T>,
  ): Promise<T> {
    try {
      return await this.connection.run(what, operation);
    } catch (error) {
      this.logger.debug(`redis ${what} failed: holding outages in this process`, {
        error: error instanceof Error ? error.message : String(error),
      });
      return fallback();
    }
  }
}
