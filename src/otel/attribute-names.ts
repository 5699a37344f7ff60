/**
 * The attribute names the instrumentation sets (for views, dashboards and queries). The HTTP ones are OpenTelemetry's semantic conventions for HTTP
 * clients (written out rather than imported: `@opentelemetry/semantic-conventions` would be one more
 * dependency for a handful of strings); the `xero.*` ones are this SDK's.
 */
export const ATTR = {
  httpMethod: 'http.request.method',
  httpStatus: 'http.response.status_code',
  httpResendCount: 'http.request.resend_count',
  urlTemplate: 'url.template',
  serverAddress: 'server.address',
  serverPort: 'server.port',
  errorType: 'error.type',
  accountId: 'xero.account_id',
  /** The connection's role (the primary role when multi-connection is off). */
  role: 'xero.role',
  /** The role the call was made for. */
  callRole: 'xero.call_role',
  app: 'xero.app',
  clientId: 'xero.client_id',
  tenantId: 'xero.tenant_id',
  priority: 'xero.priority',
  queueWaitMs: 'xero.queue.wait_ms',
  rateLimitProblem: 'xero.rate_limit.problem',
  retryAfterMs: 'xero.rate_limit.retry_after_ms',
  refreshOutcome: 'xero.refresh.outcome',
  brokenReason: 'xero.connection.broken_reason',
  health: 'xero.connection.health',
} as const;

/** The metric names the instrumentation records (see docs/guides/observability.md for each one's attributes). */
export const METRIC = {
  /** Semantic conventions: duration of one HTTP request (an attempt), in seconds. */
  httpClientDuration: 'http.client.request.duration',
  queueWait: 'xero.call.queue.duration',
  inFlight: 'xero.call.in_flight',
  queued: 'xero.call.queued',
  minuteRemaining: 'xero.rate_limit.minute.remaining',
  dayRemaining: 'xero.rate_limit.day.remaining',
  rateLimited: 'xero.rate_limit.rejections',
  refreshes: 'xero.token.refreshes',
  connections: 'xero.connections',
} as const;

/** The name of the span of a token refresh. */
export const REFRESH_SPAN = 'xero.token.refresh';

/** The instrumentation scope: tracers and meters are asked for under this name. */
export const SCOPE_NAME = '@wise-pay/xero-connections';

/** Bucket bounds (seconds) for queue waits: a call waits from nothing to a Xero minute or more. */
export const QUEUE_WAIT_BUCKETS = [0, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/** The semantic conventions' advised bounds for `http.client.request.duration`. */
export const HTTP_DURATION_BUCKETS = [
  0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10,
];
