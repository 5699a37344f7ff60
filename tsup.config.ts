import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'testing/index': 'src/testing/index.ts',
    'testing/bin': 'src/testing/bin.ts',
    'redis/index': 'src/redis/index.ts',
    'postgres/index': 'src/postgres/index.ts',
    'otel/index': 'src/otel/index.ts',
  },
  format: ['esm', 'cjs'],
  // Public classes expose interfaces or #private state, so internals never reach the .d.ts; stripInternal
  // also drops anything marked @internal (rollup-plugin-dts alone keeps it).
  dts: { compilerOptions: { stripInternal: true } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  // Optional peers: never bundled, loaded only by their subpath (OpenTelemetry's API is used for types only).
  external: ['ioredis', 'pg', '@opentelemetry/api'],
});
