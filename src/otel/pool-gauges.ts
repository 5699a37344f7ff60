import type { Attributes, BatchObservableCallback, Meter, ObservableGauge } from '@opentelemetry/api';
import type { PoolEventName } from '../contracts/events.js';
import { VALUE_TYPE_INT } from './api-constants.js';
import { ATTR, METRIC } from './attribute-names.js';
import type { InstrumentedHost } from './instrumented-host.js';

/** Events that show an account's pool is open (every payload names its account). */
const ACCOUNT_EVENTS: readonly PoolEventName[] = [
  'call:queued',
  'quota',
  'tokens:refreshed',
  'connection:broken',
  'connection:degraded',
  'connection:restored',
  'connection:outage',
  'connection:recovered',
];

interface Lowest {
  attributes: Attributes;
  minute: number | undefined;
  day: number | undefined;
}

function lower(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}

interface Count {
  gauge: ObservableGauge;
  attributes: Attributes;
  value: number;
}

/**
 * The gauges read from `pool.metrics()` at each collection: calls in flight and queued, and the minute
 * and day budget left, per (app, organisation); and connections by health. A pool is read once one of its
 * events was seen (a pool with no event yet has nothing to report), and forgotten once it is closed.
 */
export class PoolGauges {
  readonly #meter: Meter;
  readonly #host: InstrumentedHost;
  readonly #accounts = new Set<string>();
  /** Series per (app, organisation), or per app (sums in flight and queued, the lowest budget left). */
  readonly #perOrganisation: boolean;
  readonly #gauges: {
    inFlight: ObservableGauge;
    queued: ObservableGauge;
    minuteRemaining: ObservableGauge;
    dayRemaining: ObservableGauge;
    connections: ObservableGauge;
  };
  readonly #callback: BatchObservableCallback;
  /** The counts of the last collection, by gauge and attributes. */
  #lastCounts = new Map<string, Count>();

  constructor(meter: Meter, host: InstrumentedHost, perOrganisation: boolean) {
    this.#meter = meter;
    this.#host = host;
    this.#perOrganisation = perOrganisation;
    const int = { valueType: VALUE_TYPE_INT } as const;
    this.#gauges = {
      inFlight: meter.createObservableGauge(METRIC.inFlight, {
        ...int,
        description: 'Calls holding a slot of an (app, organisation) under Xero’s limits.',
        unit: '{call}',
      }),
      queued: meter.createObservableGauge(METRIC.queued, {
        ...int,
        description: 'Calls waiting for a slot of an (app, organisation).',
        unit: '{call}',
      }),
      minuteRemaining: meter.createObservableGauge(METRIC.minuteRemaining, {
        ...int,
        description:
          'Calls the minute window of an (app, organisation) still allows (per app: the lowest of its organisations).',
        unit: '{call}',
      }),
      dayRemaining: meter.createObservableGauge(METRIC.dayRemaining, {
        ...int,
        description:
          'Calls the day budget of an (app, organisation) still allows, the lower of the local count and Xero’s last word (per app: the lowest of its organisations).',
        unit: '{call}',
      }),
      connections: meter.createObservableGauge(METRIC.connections, {
        ...int,
        description: 'Connections of open pools, by health.',
        unit: '{connection}',
      }),
    };
    this.#callback = (result) => {
      const g = this.#gauges;
      const counts = new Map<string, Count>();
      const add = (name: 'connections' | 'inFlight' | 'queued', attributes: Attributes, value: number) => {
        const key = `${name}\n${JSON.stringify(attributes)}`;
        const entry = counts.get(key);
        if (entry === undefined) counts.set(key, { gauge: g[name], attributes, value });
        else entry.value += value;
      };
      const buckets = new Set<string>();
      const lowest = new Map<string, Lowest>();
      for (const accountId of this.#accounts) {
        const pool = this.#host.getPool(accountId);
        if (pool === undefined) {
          this.#accounts.delete(accountId);
          continue;
        }
        for (const c of pool.metrics().connections) {
          add('connections', { [ATTR.app]: c.appName, [ATTR.role]: c.role, [ATTR.health]: c.health }, 1);
          if (c.tenantId === undefined) continue;
          // Roles (and accounts) on one app and organisation share a bucket: report it once.
          const bucket = `${c.clientId}\n${c.tenantId}`;
          if (buckets.has(bucket)) continue;
          buckets.add(bucket);
          const attributes: Attributes = { [ATTR.app]: c.appName, [ATTR.clientId]: c.clientId };
          if (this.#perOrganisation) attributes[ATTR.tenantId] = c.tenantId;
          add('inFlight', attributes, c.inFlight);
          add('queued', attributes, c.queued);
          // Per app, the budget gauges tell the organisation closest to running out.
          const key = JSON.stringify(attributes);
          const low = lowest.get(key) ?? { attributes, minute: undefined, day: undefined };
          low.minute = lower(low.minute, c.minuteRemaining);
          low.day = lower(low.day, c.dayRemaining);
          lowest.set(key, low);
        }
      }
      for (const { gauge, attributes, value } of counts.values()) result.observe(gauge, value, attributes);
      for (const { attributes, minute, day } of lowest.values()) {
        if (minute !== undefined) result.observe(g.minuteRemaining, minute, attributes);
        if (day !== undefined) result.observe(g.dayRemaining, day, attributes);
      }
      // A count whose pools closed (or whose connections changed health) drops to 0 once, then is
      // forgotten: SDKs that keep reporting an unobserved series under cumulative temporality
      // (opentelemetry-js#4096) would otherwise report its last count forever.
      for (const [key, gone] of this.#lastCounts) {
        if (!counts.has(key)) result.observe(gone.gauge, 0, gone.attributes);
      }
      this.#lastCounts = counts;
    };
  }

  listen(): Array<() => void> {
    const track = (e: { accountId: string }) => {
      this.#accounts.add(e.accountId);
    };
    const offs = ACCOUNT_EVENTS.map((name) => this.#host.on(name, track));
    this.#meter.addBatchObservableCallback(this.#callback, Object.values(this.#gauges));
    offs.push(() => {
      this.#meter.removeBatchObservableCallback(this.#callback, Object.values(this.#gauges));
      this.#accounts.clear();
      this.#lastCounts.clear();
    });
    return offs;
  }
}
