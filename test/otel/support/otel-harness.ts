import type { Attributes } from '@opentelemetry/api';
import {
  AggregationTemporality,
  type DataPoint,
  type Histogram,
  InMemoryMetricExporter,
  MeterProvider,
  type MetricData,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

/** OpenTelemetry SDK providers exporting to memory, as an operator's collector would receive them. */
export interface OtelHarness {
  tracerProvider: BasicTracerProvider;
  meterProvider: MeterProvider;
  spans(): ReadableSpan[];
  /** Collects now (the gauges' callbacks run) and returns every metric of the latest collection. */
  collect(): Promise<MetricData[]>;
  shutdown(): Promise<void>;
}

export function startOtelHarness(): OtelHarness {
  const spanExporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spanExporter)] });
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  // Exports only when asked (forceFlush): the interval is longer than any test.
  const reader = new PeriodicExportingMetricReader({
    exporter: metricExporter,
    exportIntervalMillis: 3_600_000,
  });
  const meterProvider = new MeterProvider({ readers: [reader] });
  return {
    tracerProvider,
    meterProvider,
    spans: () => spanExporter.getFinishedSpans(),
    async collect() {
      metricExporter.reset();
      await reader.forceFlush();
      return metricExporter
        .getMetrics()
        .flatMap((r) => r.scopeMetrics)
        .flatMap((s) => s.metrics);
    },
    async shutdown() {
      await tracerProvider.shutdown();
      await meterProvider.shutdown();
    },
  };
}

export function metric(metrics: MetricData[], name: string): MetricData | undefined {
  return metrics.find((m) => m.descriptor.name === name);
}

/** The data points of a metric whose attributes include `match`. */
export function points<T = number>(
  metrics: MetricData[],
  name: string,
  match: Attributes = {},
): Array<DataPoint<T>> {
  const found = metric(metrics, name);
  if (found === undefined) return [];
  return (found.dataPoints as Array<DataPoint<T>>).filter((p) =>
    Object.entries(match).every(([k, v]) => p.attributes[k] === v),
  );
}

/** The sum of a counter's or gauge's points whose attributes include `match`. */
export function total(metrics: MetricData[], name: string, match: Attributes = {}): number {
  return points<number>(metrics, name, match).reduce((sum, p) => sum + p.value, 0);
}

export function histogram(metrics: MetricData[], name: string, match: Attributes = {}): Histogram {
  const merged: Histogram = {
    count: 0,
    sum: 0,
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
    buckets: { boundaries: [], counts: [] },
  };
  for (const p of points<Histogram>(metrics, name, match)) {
    merged.count += p.value.count;
    merged.sum = (merged.sum ?? 0) + (p.value.sum ?? 0);
    merged.min = Math.min(merged.min ?? Number.POSITIVE_INFINITY, p.value.min ?? Number.POSITIVE_INFINITY);
    merged.max = Math.max(merged.max ?? Number.NEGATIVE_INFINITY, p.value.max ?? Number.NEGATIVE_INFINITY);
  }
  return merged;
}
