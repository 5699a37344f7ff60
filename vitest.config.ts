import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Real timers and real sockets: scaled time, never faked. Files run in parallel on 2 cores.
    pool: 'forks',
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
