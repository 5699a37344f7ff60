import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Docs-tests import the package by name, as a reader would; resolve it to the source so a fresh clone
  // needs no build first (the packed-tarball check tests the built entries).
  resolve: {
    alias: [
      {
        find: /^@wise-pay\/xero-connections\/testing$/,
        replacement: fileURLToPath(new URL('./src/testing/index.ts', import.meta.url)),
      },
      {
        find: /^@wise-pay\/xero-connections\/redis$/,
        replacement: fileURLToPath(new URL('./src/redis/index.ts', import.meta.url)),
      },
      {
        find: /^@wise-pay\/xero-connections\/postgres$/,
        replacement: fileURLToPath(new URL('./src/postgres/index.ts', import.meta.url)),
      },
      {
        find: /^@wise-pay\/xero-connections\/otel$/,
        replacement: fileURLToPath(new URL('./src/otel/index.ts', import.meta.url)),
      },
      {
        find: /^@wise-pay\/xero-connections$/,
        replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Real timers and real sockets: scaled time, never faked. Files run in parallel on 2 cores.
    pool: 'forks',
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
