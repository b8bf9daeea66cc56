// vite.config.ts — the playground lives in web/; `npm run build` writes a static dist/ that works
// from any sub-path (base './'), e.g. a GitHub Pages project page.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const generated = fileURLToPath(new URL('./web/src/engine/generated/', import.meta.url));

export default defineConfig({
  root: 'web',
  base: './',
  resolve: {
    // The Emscripten glue (built by `npm run build:wasm`, git-ignored) is imported as actlab-wasm/*.
    alias: [{ find: /^actlab-wasm\/(.*)$/, replacement: `${generated}$1` }],
  },
  worker: { format: 'es' },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // No data: URLs (a small KaTeX font would be one): the CSP allows fonts from 'self' only.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
