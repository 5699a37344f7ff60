// The opt-in OpenTelemetry instrumentation (`@wise-pay/xero-connections/otel`). `@opentelemetry/api` is an
// optional peer dependency, used for its types only: this entry runs with the caller's providers.
export {
  ATTR as XERO_OTEL_ATTRIBUTES,
  METRIC as XERO_OTEL_METRICS,
  REFRESH_SPAN as XERO_REFRESH_SPAN,
} from './attribute-names.js';
export {
  instrumentXeroConnections,
  type XeroInstrumentation,
  type XeroInstrumentationOptions,
} from './instrumentation.js';
export type { InstrumentedHost } from './instrumented-host.js';
export type { RefreshOutcome } from './refresh-telemetry.js';
