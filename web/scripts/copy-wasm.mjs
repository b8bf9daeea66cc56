// copy-wasm.mjs — copies the Emscripten outputs of a CMake build dir (default build/wasm) to
// web/src/engine/generated/, where Vite imports them (git-ignored), with the configuration rules the
// node module wrote (write-rules.mjs). Fails loudly if one is missing.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const from = resolve(root, process.argv[2] ?? 'build/wasm');
const to = join(root, 'web/src/engine/generated');
const files = [
  'actlab_web.js',
  'actlab_web.wasm',
  'actlab_web_nosimd.js',
  'actlab_web_nosimd.wasm',
  'actlab_rules.json', // written by write-rules.mjs when actlab_node links
];

mkdirSync(to, { recursive: true });
for (const f of files) {
  const src = join(from, f);
  if (!existsSync(src)) {
    console.error(`copy-wasm: ${src} is missing (build the wasm preset first: npm run build:wasm)`);
    process.exit(2);
  }
  copyFileSync(src, join(to, f));
}
console.log(`copy-wasm: ${files.length} files from ${from} to ${to}`);
