import { context, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { instrumentXeroConnections, type XeroInstrumentation } from '../../src/otel/index.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import type { StoredConnection } from '../../src/stores/token-store.js';
import { DEMO_TENANT_ID } from '../../src/testing/index.js';
import { connect, type PoolWorld, SIM_APP_OPTIONS, startPoolWorld } from '../pool/support/pool-world.js';
import { AsyncContextManager } from './support/async-context-manager.js';
import { histogram, type OtelHarness, startOtelHarness, total } from './support/otel-harness.js';

// A Xero minute lasts 600 ms.
const TIME_SCALE = 0.01;
const ACCOUNT = 'acct-otel';
const CLIENT_ID = SIM_APP_OPTIONS.wisepay.clientId;

/** Remembers every token the host stored, for the secrets scan. */
class RecordingStore extends MemoryTokenStore {
  readonly tokens = new Set<string>();
  override async put(value: StoredConnection, expectedVersion: number | null) {
    this.tokens.add(value.accessToken);
    this.tokens.add(value.refreshToken);
    return super.put(value, expectedVersion);
  }
}

const callSpans = (spans: ReadableSpan[]) => spans.filter((s) => s.kind === SpanKind.CLIENT);
const refreshSpans = (spans: ReadableSpan[]) => spans.filter((s) => s.name === 'xero.token.refresh');

async function until(what: string, done: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('OpenTelemetry instrumentation over a scripted workload against the simulator', () => {
  let world: PoolWorld | undefined;
  let otel: OtelHarness | undefined;
  let instrumentation: XeroInstrumentation | undefined;
  afterEach(async () => {
    instrumentation?.close();
    await world?.close();
    await otel?.shutdown();
    world = undefined;
    otel = undefined;
  });

  it('spans per call and per refresh, metrics for queues, budgets, 429s, refreshes and health; no secret in any attribute', async () => {
    const store = new RecordingStore();
    world = await startPoolWorld({ timeScale: TIME_SCALE, host: { store } });
    const { sim, host } = world;
    otel = startOtelHarness();
    const api = new URL(sim.apiUrl);
    instrumentation = instrumentXeroConnections(host, {
      tracerProvider: otel.tracerProvider,
      meterProvider: otel.meterProvider,
      serverAddress: api.hostname,
      serverPort: Number(api.port),
    });
    expect(instrumentation.active).toBe(true);
    // The test's own record of what the host emitted, to hold the telemetry against.
    const started: number[] = [];
    host.on('call:started', (e) => started.push(e.waitedMs));
    let finishedEvents = 0;
    host.on('call:finished', () => finishedEvents++);
    let refreshedEvents = 0;
    host.on('tokens:refreshed', () => refreshedEvents++);

    const pool: ConnectionPool = host.pool({ accountId: ACCOUNT, apps: 'wisepay', tenantId: DEMO_TENANT_ID });
    await connect(world, pool, 'wisepay');
    const client = pool.role('wisepay');

    // 1. Twelve calls at once against Xero's five in flight: seven queue. Gauges are read while they do.
    sim.control.setLatency(300);
    const burst = Array.from({ length: 12 }, () => client.request({ method: 'GET', path: '/Organisation' }));
    await until('calls queued', () => (pool.metrics().connections[0]?.queued ?? 0) > 0);
    const during = await otel.collect();
    const bucket = { 'xero.app': 'wisepay', 'xero.client_id': CLIENT_ID, 'xero.tenant_id': DEMO_TENANT_ID };
    const inFlight = total(during, 'xero.call.in_flight', bucket);
    const queued = total(during, 'xero.call.queued', bucket);
    expect(inFlight).toBeGreaterThanOrEqual(1);
    expect(inFlight).toBeLessThanOrEqual(5);
    expect(queued).toBeGreaterThanOrEqual(1);
    expect(inFlight + queued).toBeLessThanOrEqual(12);
    await Promise.all(burst);
    sim.control.setLatency(0);

    // 2. Another process spent the organisation's minute: Xero answers 429 (minute) and the SDK retries.
    sim.control.spendBudget({ clientId: CLIENT_ID, tenantId: DEMO_TENANT_ID, calls: 60 });
    await client.request({
      method: 'GET',
      path: '/Invoices',
      params: { where: 'Status=="AUTHORISED"', page: 1 },
    });

    // 3. Xero expires the access token: a 401, one refresh, the call retried (to a contact that is not there).
    sim.control.expireAccessTokens({ clientId: CLIENT_ID });
    const missingContact = crypto.randomUUID();
    await expect(client.request({ method: 'GET', path: `/Contacts/${missingContact}` })).rejects.toThrow();

    // 4. The grant is revoked: the refresh is refused and the connection breaks.
    sim.control.revokeGrant({ clientId: CLIENT_ID, userId: 'user-1' });
    sim.control.expireAccessTokens({ clientId: CLIENT_ID });
    await expect(client.request({ method: 'GET', path: '/Organisation' })).rejects.toThrow();
    await until('the connection broken', () => pool.health('wisepay') === 'broken');

    const spans = otel.spans();
    const metrics = await otel.collect();
    const calls = callSpans(spans);

    // Call spans: one per HTTP attempt, named and attributed after the HTTP client conventions.
    expect(calls.length).toBe(finishedEvents);
    // Every Accounting API request the simulator served has its span (the connect's GET /connections is
    // made before the connection exists, outside any pool: it emits no call event).
    const apiRequests = sim.control.requestLog().filter((e) => e.endpoint === 'api');
    expect(calls.length).toBe(apiRequests.length);
    const ok = calls.find((s) => s.attributes['http.response.status_code'] === 200);
    expect(ok?.name).toBe('GET /api.xro/2.0/Organisation');
    expect(ok?.attributes).toMatchObject({
      'http.request.method': 'GET',
      'url.template': '/api.xro/2.0/Organisation',
      'server.address': api.hostname,
      'server.port': Number(api.port),
      'xero.account_id': ACCOUNT,
      'xero.role': 'wisepay',
      'xero.call_role': 'wisepay',
      'xero.app': 'wisepay',
      'xero.client_id': CLIENT_ID,
      'xero.tenant_id': DEMO_TENANT_ID,
      'xero.priority': 'interactive',
    });
    expect(ok?.status.code).toBe(SpanStatusCode.UNSET);
    // Span durations are the HTTP attempts': the 300 ms latency shows in the burst's spans.
    const burstSpans = calls.filter((s) => s.attributes['http.response.status_code'] === 200).slice(0, 12);
    for (const s of burstSpans)
      expect(s.duration[0] * 1000 + s.duration[1] / 1e6).toBeGreaterThanOrEqual(250);

    // The 429: its own span with the problem Xero named, then the retry that succeeded.
    const limited = calls.filter((s) => s.attributes['http.response.status_code'] === 429);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited.length).toBe(sim.control.counters().http429.minute);
    for (const s of limited) {
      expect(s.name).toBe('GET /api.xro/2.0/Invoices');
      expect(s.attributes['xero.rate_limit.problem']).toBe('minute');
      expect(s.attributes['xero.rate_limit.retry_after_ms']).toEqual(expect.any(Number));
      expect(s.attributes['error.type']).toBe('429');
      expect(s.status).toMatchObject({ code: SpanStatusCode.ERROR, message: 'Xero answered 429 (minute)' });
    }
    expect(
      calls.filter(
        (s) => s.name === 'GET /api.xro/2.0/Invoices' && s.attributes['http.response.status_code'] === 200,
      ),
    ).toHaveLength(1);

    // The 401s: the expired token and, after the revocation, the call that could not be refreshed.
    expect(calls.filter((s) => s.attributes['error.type'] === '401').length).toBe(2);
    // A path with an id is named by its template: the id is in no span.
    const contact = calls.filter((s) => s.attributes['url.template'] === '/api.xro/2.0/Contacts/{id}');
    expect(contact.map((s) => s.attributes['http.response.status_code'])).toEqual([401, 404]);
    expect(contact[1]?.name).toBe('GET /api.xro/2.0/Contacts/{id}');

    // Refresh spans: the connect's token set, the refresh, and the refused refresh.
    const refreshes = refreshSpans(spans);
    const stored = refreshes.filter((s) => s.attributes['xero.refresh.outcome'] === 'refreshed');
    expect(stored).toHaveLength(refreshedEvents);
    expect(refreshedEvents).toBe(2); // the connect's code exchange, then the refresh after the 401
    expect(stored[1]?.attributes).toMatchObject({
      'xero.account_id': ACCOUNT,
      'xero.role': 'wisepay',
      'xero.app': 'wisepay',
      'xero.client_id': CLIENT_ID,
      'xero.tenant_id': DEMO_TENANT_ID,
    });
    const refused = refreshes.filter((s) => s.attributes['xero.refresh.outcome'] === 'rejected');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.attributes['xero.connection.broken_reason']).toBe('revoked');
    expect(refused[0]?.status.code).toBe(SpanStatusCode.ERROR);

    // Metrics: queue wait as the host reported it, request durations, 429s, refreshes, health.
    const waits = histogram(metrics, 'xero.call.queue.duration', { 'xero.app': 'wisepay' });
    expect(waits.count).toBe(started.length);
    expect(waits.sum).toBeCloseTo(started.reduce((a, b) => a + b, 0) / 1000, 6);
    expect(waits.max).toBeGreaterThan(0.2); // the seventh call of the burst waited for a 300 ms call
    const durations = histogram(metrics, 'http.client.request.duration', { 'server.address': api.hostname });
    expect(durations.count).toBe(calls.length);
    expect(
      histogram(metrics, 'http.client.request.duration', { 'http.response.status_code': 429 }).count,
    ).toBe(limited.length);
    expect(total(metrics, 'xero.rate_limit.rejections', { 'xero.rate_limit.problem': 'minute' })).toBe(
      limited.length,
    );
    expect(total(metrics, 'xero.token.refreshes', { 'xero.refresh.outcome': 'refreshed' })).toBe(2);
    expect(total(metrics, 'xero.token.refreshes', { 'xero.refresh.outcome': 'rejected' })).toBe(1);
    expect(
      total(metrics, 'xero.connections', {
        'xero.app': 'wisepay',
        'xero.role': 'wisepay',
        'xero.connection.health': 'broken',
      }),
    ).toBe(1);
    // Budget gauges: what pool.metrics() reports for the (app, organisation), nothing in flight now.
    const now = pool.metrics().connections[0];
    expect(total(metrics, 'xero.rate_limit.minute.remaining', bucket)).toBe(now?.minuteRemaining);
    expect(total(metrics, 'xero.rate_limit.day.remaining', bucket)).toBe(now?.dayRemaining);
    expect(now?.dayRemaining).toBeLessThan(5000);
    expect(total(metrics, 'xero.call.in_flight', bucket)).toBe(0);
    expect(total(metrics, 'xero.call.queued', bucket)).toBe(0);

    // The secrets scan: every exported name, attribute, status message and event of every span and every
    // metric point holds no token, secret, header or URL.
    const exported = JSON.stringify([
      spans.map((s) => ({
        name: s.name,
        attributes: s.attributes,
        status: s.status,
        events: s.events,
        links: s.links,
      })),
      metrics.map((m) => ({ name: m.descriptor.name, points: m.dataPoints.map((p) => p.attributes) })),
    ]);
    expect(store.tokens.size).toBeGreaterThanOrEqual(4);
    for (const token of store.tokens) expect(exported).not.toContain(token);
    expect(exported).not.toContain(SIM_APP_OPTIONS.wisepay.clientSecret);
    expect(exported).not.toMatch(/bearer|authorization|secret|token_|access_token|refresh_token/i);
    expect(exported).not.toMatch(/https?:\/\//i);
    expect(exported).not.toContain(sim.apiUrl);
    expect(exported).not.toContain('AUTHORISED');
    expect(exported).not.toContain(missingContact);
    expect(exported).not.toMatch(/[?&](where|page)=/);
  }, 120_000);

  it('a call span is a child of the span active where the call was made (with a context manager registered)', async () => {
    world = await startPoolWorld({ timeScale: TIME_SCALE });
    otel = startOtelHarness();
    const manager = new AsyncContextManager();
    context.setGlobalContextManager(manager);
    try {
      instrumentation = instrumentXeroConnections(world.host, { tracerProvider: otel.tracerProvider });
      const pool = world.host.pool({ accountId: ACCOUNT, apps: 'wisepay', tenantId: DEMO_TENANT_ID });
      await connect(world, pool, 'wisepay');
      const tracer = otel.tracerProvider.getTracer('host-app');
      // Two requests of the host app, each making a Xero call, at the same time.
      const handle = (name: string) =>
        tracer.startActiveSpan(name, async (span) => {
          await pool.role('wisepay').request({ method: 'GET', path: '/Organisation' });
          span.end();
          return span.spanContext();
        });
      const [a, b] = await Promise.all([handle('POST /pay'), handle('GET /dashboard')]);
      const calls = callSpans(otel.spans());
      expect(calls).toHaveLength(2);
      const parents = calls.map((s) => s.parentSpanContext?.spanId).sort();
      expect(parents).toEqual([a?.spanId, b?.spanId].sort());
      for (const s of calls) {
        const parent = s.parentSpanContext?.spanId === a?.spanId ? a : b;
        expect(s.spanContext().traceId).toBe(parent?.traceId);
      }
    } finally {
      context.disable();
    }
  }, 60_000);
});
