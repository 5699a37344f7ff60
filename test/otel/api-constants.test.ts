import { SpanKind, SpanStatusCode, ValueType } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import {
  SPAN_KIND_CLIENT,
  SPAN_KIND_INTERNAL,
  SPAN_STATUS_ERROR,
  VALUE_TYPE_INT,
} from '../../src/otel/api-constants.js';

describe('the OpenTelemetry API values the otel entry writes out', () => {
  it('are the installed API’s', () => {
    expect(SPAN_KIND_CLIENT).toBe(SpanKind.CLIENT);
    expect(SPAN_KIND_INTERNAL).toBe(SpanKind.INTERNAL);
    expect(SPAN_STATUS_ERROR).toBe(SpanStatusCode.ERROR);
    expect(VALUE_TYPE_INT).toBe(ValueType.INT);
  });
});
