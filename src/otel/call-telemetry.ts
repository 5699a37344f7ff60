import type { Attributes, Counter, Histogram, Meter, Span, Tracer } from '@opentelemetry/api';
import type { PoolEvents } from '../contracts/events.js';
import type { RateLimitProblem } from '../errors/rate-limit-error.js';
import { SPAN_KIND_CLIENT, SPAN_STATUS_ERROR, VALUE_TYPE_INT } from './api-constants.js';
import { ATTR, HTTP_DURATION_BUCKETS, METRIC, QUEUE_WAIT_BUCKETS } from './attribute-names.js';
import type { AppDirectory, InstrumentedHost } from './instrumented-host.js';
import { pathTemplate } from './path-template.js';

/**
 * Fields of `call:finished` read when the call pipeline reports them; each has a fallback until then (see
 * docs/guides/observability.md): the 429's problem comes from the `call:rate-limited` event of the same
 * attempt, and queue wait and resend count are left off the span.
 */
export type CallFinishedEvent = PoolEvents['call:finished'] & {
  /** 1 for a call's first HTTP attempt, 2 for its first retry… */
  attempt?: number | undefined;
  /** How long this attempt waited for its slot. */
  waitedMs?: number | undefined;
  /** `X-Rate-Limit-Problem` of a 429. */
  problem?: RateLimitProblem | undefined;
  retryAfterMs?: number | undefined;
  /** False when the attempt went back to an outage hold unsent (it is no HTTP request: no span). */
  sent?: boolean | undefined;
};

export interface ServerAddress {
  address: string;
  port: number;
}

interface PendingSpan {
  event: CallFinishedEvent;
  span: Span;
  endTime: number;
}

/**
 * A CLIENT span per HTTP attempt (OpenTelemetry's HTTP convention: a retry is a new span), the
 * `http.client.request.duration` and queue wait histograms, and the 429 counter, from call events.
 */
export class CallTelemetry {
  readonly #tracer: Tracer | undefined;
  readonly #apps: AppDirectory;
  readonly #server: ServerAddress;
  readonly #duration: Histogram | undefined;
  readonly #queueWait: Histogram | undefined;
  readonly #rejections: Counter | undefined;
  /**
   * 429 spans kept open until the end of the tick: the pipeline emits `call:rate-limited` right after the
   * attempt's `call:finished`, synchronously, so the span can carry the problem Xero named.
   */
  #pending: PendingSpan[] = [];

  constructor(deps: {
    tracer: Tracer | undefined;
    meter: Meter | undefined;
    apps: AppDirectory;
    server: ServerAddress;
  }) {
    this.#tracer = deps.tracer;
    this.#apps = deps.apps;
    this.#server = deps.server;
    const meter = deps.meter;
    this.#duration = meter?.createHistogram(METRIC.httpClientDuration, {
      description: 'Duration of HTTP requests to Xero (one per attempt).',
      unit: 's',
      advice: { explicitBucketBoundaries: HTTP_DURATION_BUCKETS },
    });
    this.#queueWait = meter?.createHistogram(METRIC.queueWait, {
      description: "Time a call's attempt waited for a slot under Xero's limits before it was sent.",
      unit: 's',
      advice: { explicitBucketBoundaries: QUEUE_WAIT_BUCKETS },
    });
    this.#rejections = meter?.createCounter(METRIC.rateLimited, {
      description: 'Answers 429 from Xero, by X-Rate-Limit-Problem.',
      unit: '{response}',
      valueType: VALUE_TYPE_INT,
    });
  }

  listen(host: InstrumentedHost): Array<() => void> {
    const offs = [host.on('call:finished', (e) => this.#finished(e))];
    if (this.#queueWait !== undefined) offs.push(host.on('call:started', (e) => this.#started(e)));
    offs.push(host.on('call:rate-limited', (e) => this.#rateLimited(e)));
    return offs;
  }

  /** Ends the spans still waiting for their tick to end (on close). */
  flush(): void {
    const pending = this.#pending;
    this.#pending = [];
    for (const p of pending) p.span.end(p.endTime);
  }

  #started(e: PoolEvents['call:started']): void {
    this.#queueWait?.record(e.waitedMs / 1000, {
      ...this.#appAttributes(e.accountId, e.role),
      [ATTR.role]: e.role,
      [ATTR.priority]: e.priority,
    });
  }

  #finished(e: CallFinishedEvent): void {
    if (e.sent === false) return;
    const now = Date.now();
    const template = pathTemplate(e.path);
    const app = this.#apps.lookup(e.accountId, e.role);
    const errorType = errorTypeOf(e.status);
    const common: Attributes = {
      [ATTR.httpMethod]: e.method,
      [ATTR.serverAddress]: this.#server.address,
      [ATTR.serverPort]: this.#server.port,
      [ATTR.urlTemplate]: template,
    };
    if (e.status !== undefined) common[ATTR.httpStatus] = e.status;
    if (errorType !== undefined) common[ATTR.errorType] = errorType;
    this.#duration?.record(e.durationMs / 1000, {
      ...common,
      ...(app === undefined ? {} : { [ATTR.app]: app.appName }),
    });
    const tracer = this.#tracer;
    if (tracer === undefined) return;
    const attributes: Attributes = {
      ...common,
      [ATTR.accountId]: e.accountId,
      [ATTR.role]: e.role,
      [ATTR.callRole]: e.callRole,
      [ATTR.priority]: e.priority,
    };
    if (app !== undefined) {
      attributes[ATTR.app] = app.appName;
      attributes[ATTR.clientId] = app.clientId;
    }
    if (e.tenantId !== undefined) attributes[ATTR.tenantId] = e.tenantId;
    if (e.attempt !== undefined) attributes[ATTR.httpResendCount] = e.attempt - 1;
    if (e.waitedMs !== undefined) attributes[ATTR.queueWaitMs] = e.waitedMs;
    if (e.problem !== undefined) attributes[ATTR.rateLimitProblem] = e.problem;
    if (e.retryAfterMs !== undefined) attributes[ATTR.retryAfterMs] = e.retryAfterMs;
    const span = tracer.startSpan(`${e.method} ${template}`, {
      kind: SPAN_KIND_CLIENT,
      startTime: now - e.durationMs,
      attributes,
    });
    if (errorType !== undefined) span.setStatus({ code: SPAN_STATUS_ERROR, message: statusMessage(e) });
    if (e.status === 429 && e.problem === undefined) {
      if (this.#pending.length === 0) queueMicrotask(() => this.flush());
      this.#pending.push({ event: e, span, endTime: now });
    } else {
      span.end(now);
    }
  }

  #rateLimited(e: PoolEvents['call:rate-limited']): void {
    this.#rejections?.add(1, {
      ...this.#appAttributes(e.accountId, e.role),
      [ATTR.role]: e.role,
      [ATTR.rateLimitProblem]: e.problem,
    });
    const index = this.#pending.findLastIndex((p) => sameAttempt(p.event, e));
    const found = this.#pending[index];
    if (found === undefined) return;
    this.#pending.splice(index, 1);
    found.span.setAttribute(ATTR.rateLimitProblem, e.problem);
    if (e.retryAfterMs !== undefined) found.span.setAttribute(ATTR.retryAfterMs, e.retryAfterMs);
    found.span.setStatus({
      code: SPAN_STATUS_ERROR,
      message: `Xero answered 429 (${e.problem})`,
    });
    found.span.end(found.endTime);
  }

  #appAttributes(accountId: string, role: string): Attributes {
    const app = this.#apps.lookup(accountId, role);
    return app === undefined ? {} : { [ATTR.app]: app.appName };
  }
}

/** `error.type` per the HTTP conventions: the status code for 4xx and 5xx, `_OTHER` with no answer. */
function errorTypeOf(status: number | undefined): string | undefined {
  if (status === undefined) return '_OTHER';
  return status >= 400 ? String(status) : undefined;
}

function statusMessage(e: CallFinishedEvent): string {
  if (e.status === undefined) return 'Xero did not answer';
  if (e.status === 429 && e.problem !== undefined) return `Xero answered 429 (${e.problem})`;
  return `Xero answered ${e.status}`;
}

function sameAttempt(a: CallFinishedEvent, b: PoolEvents['call:rate-limited']): boolean {
  return (
    a.accountId === b.accountId &&
    a.callRole === b.callRole &&
    a.method === b.method &&
    a.path === b.path &&
    a.tenantId === b.tenantId
  );
}
