// Unit tests of the TypeScript (Node): state codec, i18n, history, worker session and the engine
// facade against the real WASM module (build/wasm/actlab_node.mjs; ACTLAB_WASM_DIR overrides).
// The Playwright specs live in tests/e2e with their own config.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// actlab-wasm/* (the glue and actlab_rules.json) from the wasm build dir, as vite.config.ts does from
// web/src/engine/generated/ (the same files, copied there by copy-wasm.mjs).
const wasmDir = fileURLToPath(
  new URL(`../../${process.env['ACTLAB_WASM_DIR'] ?? 'build/wasm'}/`, import.meta.url),
);

export default defineConfig({
  resolve: { alias: [{ find: /^actlab-wasm\/(.*)$/, replacement: `${wasmDir}$1` }] },
  test: {
    include: ['tests/web/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
