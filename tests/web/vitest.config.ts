// Unit tests of the TypeScript (Node): state codec, i18n, history, worker session and the engine
// facade against the real WASM module (build/wasm/actlab_node.mjs; ACTLAB_WASM_DIR overrides).
// The Playwright specs live in tests/e2e with their own config.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/web/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
