// End-to-end tests: the built dist/ in Debian's headless Chromium (playwright-core). One file at a
// time: the machine has 2 cores and the browser needs them. E2E_WORKERS=2 runs two files side by side
// (each its own server on port 0 and its own browser); on a machine at load 16 that made a timing
// assertion fail (worker-death: a trap noticed within 1 s), so it is not the default.
import { defineConfig } from 'vitest/config';

const workers = Number(process.env['E2E_WORKERS'] ?? 1);

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: workers > 1,
    pool: 'forks',
    maxWorkers: workers,
  },
});
