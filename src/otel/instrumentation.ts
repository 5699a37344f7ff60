import type { MeterProvider, TracerProvider } from '@opentelemetry/api';
import { z } from 'zod';
import { ConfigurationError } from '../errors/configuration-error.js';
import { parseOptions } from '../options.js';
import { SCOPE_NAME } from './attribute-names.js';
import { CallTelemetry } from './call-telemetry.js';
import { AppDirectory, type InstrumentedHost } from './instrumented-host.js';
import { PoolGauges } from './pool-gauges.js';
import { RefreshTelemetry } from './refresh-telemetry.js';

/**
 * Options of {@link instrumentXeroConnections}. Nothing is recorded unless a provider is given: the
 * instrumentation never falls back to the global ones, so installing it changes nothing by accident.
 */
export interface XeroInstrumentationOptions {
  /** Spans: one CLIENT span per HTTP attempt to Xero, one `xero.token.refresh` span per refresh. */
  tracerProvider?: TracerProvider | undefined;
  /** Metrics: queue wait and request duration histograms, 429 and refresh counters, pool gauges. */
  meterProvider?: MeterProvider | undefined;
  /**
   * `server.address` of call spans and request durations (the instrumentation never sees a URL).
   * @default 'api.xero.com'
   */
  serverAddress?: string | undefined;
  /** `server.port` likewise. @default 443 */
  serverPort?: number | undefined;
  /**
   * Whether the in-flight, queued and budget gauges have a series per (app, organisation), with
   * `xero.tenant_id`. `false`: one series per app instead (calls in flight and queued summed, the budget
   * gauges the lowest of the app's organisations), for backends that cannot take a series per customer.
   * @default true
   */
  perOrganisationGauges?: boolean | undefined;
}

/** A running instrumentation. */
export interface XeroInstrumentation {
  /** Whether anything is recorded (a tracer or meter provider was given). */
  readonly active: boolean;
  /**
   * Stops listening to the host and removes the gauges' callback. Idempotent. The providers are yours:
   * flush and shut them down yourself.
   */
  close(): void;
}

const EXAMPLE =
  'instrumentXeroConnections(xero, { tracerProvider: new BasicTracerProvider({ spanProcessors: [new BatchSpanProcessor(exporter)] }), meterProvider })';

const hasMethods = (...names: string[]) =>
  z.custom<object>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function'),
    { message: `expected an object with ${names.map((n) => `${n}()`).join(' and ')}` },
  );

const optionsSchema = z
  .object({
    tracerProvider: hasMethods('getTracer').optional(),
    meterProvider: hasMethods('getMeter').optional(),
    serverAddress: z.string().min(1).max(253).optional(),
    serverPort: z.number().int().min(1).max(65_535).optional(),
    perOrganisationGauges: z.boolean().optional(),
  })
  .strict();

const hostSchema = hasMethods('on', 'getPool');

/**
 * Turns a host's events and pool metrics into OpenTelemetry spans and metrics. Attach it once per host,
 * right after making the host; `close()` it before closing the host.
 *
 * Attributes carry ids (account, role, app, client id, organisation), the method, the path template
 * (`/api.xro/2.0/Invoices/{id}`), status and rate-limit details: never a token, a secret, a header or a URL
 * with its query. See docs/guides/observability.md for every span, metric and attribute.
 * @example
 * const otel = instrumentXeroConnections(xero, { tracerProvider, meterProvider });
 * // … on shutdown
 * otel.close();
 * await xero.close();
 */
export function instrumentXeroConnections(
  host: InstrumentedHost,
  options: XeroInstrumentationOptions = {},
): XeroInstrumentation {
  if (!hostSchema.safeParse(host).success) {
    throw new ConfigurationError(
      `Invalid instrumentXeroConnections host: expected a XeroConnections (an object with on() and getPool()). Example: ${EXAMPLE}`,
      [{ path: 'host', message: 'expected a XeroConnections' }],
    );
  }
  const opts = parseOptions(optionsSchema, options, 'instrumentXeroConnections options', EXAMPLE);
  const tracerProvider = opts.tracerProvider as TracerProvider | undefined;
  const meterProvider = opts.meterProvider as MeterProvider | undefined;
  if (tracerProvider === undefined && meterProvider === undefined) {
    return { active: false, close() {} };
  }
  const tracer = tracerProvider?.getTracer(SCOPE_NAME);
  const meter = meterProvider?.getMeter(SCOPE_NAME);
  const apps = new AppDirectory(host);
  const calls = new CallTelemetry({
    tracer,
    meter,
    apps,
    server: { address: opts.serverAddress ?? 'api.xero.com', port: opts.serverPort ?? 443 },
  });
  const refreshes = new RefreshTelemetry({ tracer, meter, apps });
  const offs = [...calls.listen(host), ...refreshes.listen(host)];
  if (meter !== undefined)
    offs.push(...new PoolGauges(meter, host, opts.perOrganisationGauges ?? true).listen());
  let closed = false;
  return {
    active: true,
    close() {
      if (closed) return;
      closed = true;
      for (const off of offs) off();
      calls.flush();
      apps.clear();
    },
  };
}
