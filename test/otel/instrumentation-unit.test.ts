import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import type { PoolEventName, PoolEvents } from '../../src/contracts/events.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { silentLogger } from '../../src/logger.js';
import { type InstrumentedHost, instrumentXeroConnections } from '../../src/otel/index.js';
import type { ConnectionMetrics, PoolMetrics } from '../../src/pool/pool-metrics.js';
import { PoolEmitter } from '../../src/pool/typed-emitter.js';
import { type OtelHarness, startOtelHarness, total } from './support/otel-harness.js';

const TENANT = '11111111-2222-4333-8444-555555555555';

function connectionMetrics(overrides: Partial<ConnectionMetrics> = {}): ConnectionMetrics {
  return {
    role: 'wisepay',
    serves: ['wisepay', 'company', 'service'],
    appName: 'main-app',
    clientId: 'client-main',
    tenantId: TENANT,
    health: 'connected',
    queued: 3,
    inFlight: 5,
    minuteRemaining: 41,
    dayRemaining: 4_321,
    reported: {},
    dayExhaustedUntil: undefined,
    calls: { attempts: 0, succeeded: 0, failed: 0, retries: 0 },
    http429: { minute: 0, day: 0, concurrent: 0, appminute: 0, unknown: 0 },
    ...overrides,
  };
}

/** A host made of the SDK's own emitter and pools whose metrics the test sets. */
class FakeHost implements InstrumentedHost {
  readonly emitter = new PoolEmitter(silentLogger);
  readonly pools = new Map<string, { metrics(): PoolMetrics }>();
  subscriptions = 0;

  on<K extends PoolEventName>(name: K, listener: (payload: PoolEvents[K]) => void): () => void {
    this.subscriptions++;
    const off = this.emitter.on(name, listener);
    return () => {
      this.subscriptions--;
      off();
    };
  }

  poolReads = 0;

  getPool(accountId: string) {
    this.poolReads++;
    return this.pools.get(accountId);
  }

  open(accountId: string, connections: ConnectionMetrics[]): void {
    this.pools.set(accountId, { metrics: () => ({ accountId, multiConnection: false, connections }) });
  }

  emit<K extends PoolEventName>(name: K, payload: PoolEvents[K]): void {
    this.emitter.emit(name, payload);
  }
}

const call = {
  accountId: 'acct-1',
  role: 'wisepay',
  callRole: 'company',
  tenantId: TENANT,
  method: 'GET',
  path: '/api.xro/2.0/Invoices/INV-0042',
  priority: 'batch',
} as const;

describe('instrumentXeroConnections', () => {
  let otel: OtelHarness | undefined;
  afterEach(async () => {
    await otel?.shutdown();
    otel = undefined;
  });

  it('does nothing without a provider: no listener, inactive handle', () => {
    const host = new FakeHost();
    const handle = instrumentXeroConnections(host);
    expect(handle.active).toBe(false);
    expect(host.subscriptions).toBe(0);
    handle.close();
    expect(instrumentXeroConnections(host, { serverAddress: 'api.xero.com' }).active).toBe(false);
    expect(host.subscriptions).toBe(0);
  });

  it('refuses bad options with a ConfigurationError naming the field, and subscribes to nothing', () => {
    const host = new FakeHost();
    const bad = [
      [{ tracerProvider: {} }, 'tracerProvider'],
      [{ meterProvider: 'prometheus' }, 'meterProvider'],
      [{ serverPort: 0 }, 'serverPort'],
      [{ serverAddress: '' }, 'serverAddress'],
      [{ tracer: {} }, '(root)'],
    ] as const;
    for (const [options, path] of bad) {
      const attempt = () => instrumentXeroConnections(host, options as never);
      expect(attempt).toThrow(ConfigurationError);
      try {
        attempt();
      } catch (error) {
        expect((error as ConfigurationError).issues.map((i) => i.path)).toContain(path);
        expect((error as Error).message).toContain('Example: instrumentXeroConnections(');
      }
    }
    expect(() => instrumentXeroConnections({} as never, {})).toThrow(/expected a XeroConnections/);
    expect(host.subscriptions).toBe(0);
  });

  it('reads the fields a pipeline reports on call:finished (resend count, queue wait, problem) and skips unsent attempts', async () => {
    otel = startOtelHarness();
    const host = new FakeHost();
    host.open('acct-1', [connectionMetrics()]);
    const handle = instrumentXeroConnections(host, { tracerProvider: otel.tracerProvider });
    host.emit('call:finished', {
      ...call,
      status: 429,
      durationMs: 40,
      ok: false,
      attempt: 1,
      waitedMs: 120,
      problem: 'concurrent',
      retryAfterMs: undefined,
    } as PoolEvents['call:finished']);
    host.emit('call:finished', {
      ...call,
      status: 200,
      durationMs: 30,
      ok: true,
      attempt: 2,
      waitedMs: 15,
    } as PoolEvents['call:finished']);
    host.emit('call:finished', {
      ...call,
      status: undefined,
      durationMs: 0,
      ok: false,
      sent: false,
    } as PoolEvents['call:finished']);
    const spans = otel.spans();
    expect(spans).toHaveLength(2);
    const [limited, retried] = spans;
    expect(limited?.kind).toBe(SpanKind.CLIENT);
    expect(limited?.name).toBe('GET /api.xro/2.0/Invoices/{id}');
    expect(limited?.attributes).toMatchObject({
      'http.request.resend_count': 0,
      'xero.queue.wait_ms': 120,
      'xero.rate_limit.problem': 'concurrent',
      'xero.role': 'wisepay',
      'xero.call_role': 'company',
      'xero.app': 'main-app',
      'xero.client_id': 'client-main',
      'xero.priority': 'batch',
      'server.address': 'api.xero.com',
      'server.port': 443,
    });
    expect(limited?.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: 'Xero answered 429 (concurrent)',
    });
    expect(retried?.attributes).toMatchObject({ 'http.request.resend_count': 1, 'xero.queue.wait_ms': 15 });
    expect(retried?.attributes).not.toHaveProperty('xero.rate_limit.problem');
    // The span covers the HTTP attempt: it ends when the event came and began durationMs before.
    expect(retried?.duration).toEqual([0, 30_000_000]);
    handle.close();
  });

  it('without the problem on call:finished, the same tick’s call:rate-limited names it', async () => {
    otel = startOtelHarness();
    const host = new FakeHost();
    host.open('acct-1', [connectionMetrics()]);
    const handle = instrumentXeroConnections(host, { tracerProvider: otel.tracerProvider });
    host.emit('call:finished', { ...call, status: 429, durationMs: 10, ok: false });
    // Another call's 429 in the same tick: each span gets its own problem.
    host.emit('call:finished', {
      ...call,
      path: '/api.xro/2.0/Contacts',
      status: 429,
      durationMs: 10,
      ok: false,
    });
    host.emit('call:rate-limited', {
      ...call,
      path: '/api.xro/2.0/Contacts',
      problem: 'appminute',
      retryAfterMs: undefined,
    });
    host.emit('call:rate-limited', { ...call, problem: 'minute', retryAfterMs: 1500 });
    expect(otel.spans()).toHaveLength(2);
    const byTemplate = Object.fromEntries(
      otel.spans().map((s) => [s.attributes['url.template'], s.attributes]),
    );
    expect(byTemplate['/api.xro/2.0/Invoices/{id}']).toMatchObject({
      'xero.rate_limit.problem': 'minute',
      'xero.rate_limit.retry_after_ms': 1500,
    });
    expect(byTemplate['/api.xro/2.0/Contacts']).toMatchObject({ 'xero.rate_limit.problem': 'appminute' });
    // A 429 whose problem never comes is still exported, at the end of the tick.
    host.emit('call:finished', { ...call, status: 429, durationMs: 10, ok: false });
    expect(otel.spans()).toHaveLength(2);
    await Promise.resolve();
    expect(otel.spans()).toHaveLength(3);
    expect(otel.spans()[2]?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'Xero answered 429' });
    handle.close();
  });

  it('a refresh span spans the refresh when its duration is reported; identity outages are counted', async () => {
    otel = startOtelHarness();
    const host = new FakeHost();
    host.open('acct-1', [connectionMetrics()]);
    const handle = instrumentXeroConnections(host, {
      tracerProvider: otel.tracerProvider,
      meterProvider: otel.meterProvider,
    });
    const base = { accountId: 'acct-1', role: 'wisepay', tenantId: TENANT } as const;
    host.emit('tokens:refreshed', {
      ...base,
      expiresAt: new Date(),
      durationMs: 250,
    } as PoolEvents['tokens:refreshed']);
    // A connect's token set is no refresh, once the host says so.
    host.emit('tokens:refreshed', {
      ...base,
      expiresAt: new Date(),
      grant: 'authorization_code',
    } as PoolEvents['tokens:refreshed']);
    host.emit('connection:outage', { ...base, scope: 'identity', error: 'Xero identity answered 503' });
    host.emit('connection:outage', { ...base, scope: 'api', error: 'Xero answered 503' });
    // A 403's disconnection is no refresh outcome.
    host.emit('connection:broken', { ...base, reason: 'tenant_disconnected', message: 'reconnect' });
    const [span] = otel.spans();
    expect(otel.spans()).toHaveLength(1);
    expect(span?.name).toBe('xero.token.refresh');
    expect(span?.duration).toEqual([0, 250_000_000]);
    const metrics = await otel.collect();
    expect(
      total(metrics, 'xero.token.refreshes', { 'xero.refresh.outcome': 'refreshed', 'xero.app': 'main-app' }),
    ).toBe(1);
    expect(total(metrics, 'xero.token.refreshes', { 'xero.refresh.outcome': 'identity_unavailable' })).toBe(
      1,
    );
    expect(total(metrics, 'xero.token.refreshes')).toBe(2);
    handle.close();
  });

  it('gauges: one series per (app, organisation) even when several accounts share it; connections by health; closed pools drop out', async () => {
    otel = startOtelHarness();
    const host = new FakeHost();
    host.open('acct-1', [connectionMetrics()]);
    // Another account connected to the same organisation with the same app shares the bucket.
    host.open('acct-2', [
      connectionMetrics({ health: 'broken' }),
      connectionMetrics({
        role: 'service',
        appName: 'svc-app',
        clientId: 'client-svc',
        queued: 0,
        inFlight: 1,
      }),
    ]);
    host.open('acct-quiet', [connectionMetrics({ tenantId: 'never-seen' })]);
    const handle = instrumentXeroConnections(host, { meterProvider: otel.meterProvider });
    host.emit('call:queued', { ...call });
    host.emit('connection:degraded', {
      accountId: 'acct-2',
      role: 'service',
      error: 'timeout',
      consecutiveFailures: 1,
    });
    let metrics = await otel.collect();
    const main = { 'xero.client_id': 'client-main', 'xero.tenant_id': TENANT };
    expect(total(metrics, 'xero.call.in_flight', main)).toBe(5);
    expect(total(metrics, 'xero.call.queued', main)).toBe(3);
    expect(total(metrics, 'xero.rate_limit.minute.remaining', main)).toBe(41);
    expect(total(metrics, 'xero.rate_limit.day.remaining', main)).toBe(4_321);
    expect(total(metrics, 'xero.call.in_flight', { 'xero.client_id': 'client-svc' })).toBe(1);
    // acct-quiet emitted nothing: not read.
    expect(total(metrics, 'xero.call.in_flight', { 'xero.tenant_id': 'never-seen' })).toBe(0);
    expect(total(metrics, 'xero.connections', { 'xero.connection.health': 'connected' })).toBe(2);
    expect(
      total(metrics, 'xero.connections', { 'xero.connection.health': 'broken', 'xero.app': 'main-app' }),
    ).toBe(1);

    host.pools.delete('acct-2');
    metrics = await otel.collect();
    expect(total(metrics, 'xero.connections', { 'xero.connection.health': 'connected' })).toBe(1);
    expect(total(metrics, 'xero.connections', { 'xero.connection.health': 'broken' })).toBe(0);
    expect(total(metrics, 'xero.call.in_flight', { 'xero.client_id': 'client-svc' })).toBe(0);

    // Once counted at 0, a gone series is forgotten.
    metrics = await otel.collect();
    expect(total(metrics, 'xero.connections', { 'xero.connection.health': 'broken' })).toBe(0);

    handle.close();
    handle.close(); // idempotent
    expect(host.subscriptions).toBe(0);
    const reads = host.poolReads;
    await otel.collect();
    expect(host.poolReads).toBe(reads); // the gauges' callback is gone
  });

  it('perOrganisationGauges: false — one series per app: in flight and queued summed, the lowest budget left', async () => {
    otel = startOtelHarness();
    const host = new FakeHost();
    const other = '99999999-2222-4333-8444-555555555555';
    host.open('acct-1', [connectionMetrics()]);
    host.open('acct-2', [
      connectionMetrics({ tenantId: other, inFlight: 2, queued: 0, minuteRemaining: 7, dayRemaining: 4_900 }),
    ]);
    // The same organisation again through a third account: counted once.
    host.open('acct-3', [connectionMetrics()]);
    const handle = instrumentXeroConnections(host, {
      meterProvider: otel.meterProvider,
      perOrganisationGauges: false,
    });
    for (const accountId of ['acct-1', 'acct-2', 'acct-3']) host.emit('call:queued', { ...call, accountId });
    const metrics = await otel.collect();
    const app = { 'xero.app': 'main-app', 'xero.client_id': 'client-main' };
    expect(total(metrics, 'xero.call.in_flight', app)).toBe(5 + 2);
    expect(total(metrics, 'xero.call.queued', app)).toBe(3);
    expect(total(metrics, 'xero.rate_limit.minute.remaining', app)).toBe(7);
    expect(total(metrics, 'xero.rate_limit.day.remaining', app)).toBe(4_321);
    const series = (await otel.collect()).flatMap((m) => m.dataPoints.map((p) => p.attributes));
    expect(series.some((a) => 'xero.tenant_id' in a)).toBe(false);
    handle.close();
  });
});
