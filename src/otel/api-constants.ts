import type { SpanKind, SpanStatusCode, ValueType } from '@opentelemetry/api';

// The few enum values the instrumentation needs from `@opentelemetry/api`, written out so the `otel` entry
// imports the API for its types only: it runs against whichever copy of the API the host's providers come
// from, and loads without one installed. The values are fixed by the API's 1.x contract (and OTLP);
// test/otel/api-constants.test.ts holds them against the installed API.

export const SPAN_KIND_INTERNAL = 0 as SpanKind.INTERNAL;
export const SPAN_KIND_CLIENT = 2 as SpanKind.CLIENT;
export const SPAN_STATUS_ERROR = 2 as SpanStatusCode.ERROR;
export const VALUE_TYPE_INT = 0 as ValueType.INT;
