import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'testing/index': 'src/testing/index.ts',
    'testing/bin': 'src/testing/bin.ts',
    'redis/index': 'src/redis/index.ts',
  },
  format: ['esm', 'cjs'],
  // Public classes expose interfaces or #private state, so internals never reach the .d.ts; stripInternal
  // also drops anything marked @internal (rollup-plugin-dts alone keeps it).
  dts: { compilerOptions: { stripInternal: true } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  // ioredis is an optional peer: never bundle it, and load it only when the Redis backend is used.
  external: ['ioredis'],
});
