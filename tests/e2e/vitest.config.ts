// End-to-end tests: the built dist/ in Debian's headless Chromium (playwright-core). One file at a
// time: the machine has 2 cores and the browser needs them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
  },
});
