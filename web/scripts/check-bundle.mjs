// check-bundle.mjs — the bundle does not grow: sums the built site (dist/) by kind and fails when a kind
// or the whole is over its budget below. `npm run build` runs it after `vite build` (so `npm test`'s
// e2e step does too); `node web/scripts/check-bundle.mjs [dist]` runs it alone.
// Sizes are raw bytes (the build is deterministic: the same sources give the same bytes); the gzip
// figures are printed for reference. README.md ("Bundle size") records the history of these figures.
// Each budget is the size at the last raise plus about 1 % (small fixes need no raise). A budget is
// raised only on purpose: when a feature needs the bytes, raise its figure here and say why in the
// commit.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes per kind of file in dist/ (fonts and the like: `other`). */
export const BUDGET = {
  // the SIMD128 module and its no-SIMD fallback (cpp/: the core, cpp/wasm/bindings.cpp)
  wasm: 849_000,
  // the page, the workers, chart.js, KaTeX and the Emscripten glue. Raised from 898_000 to the new
  // size + 1 % by lesson 22 (mix) and the relu-speed lesson's measured costs: ~15 kB of lesson texts,
  // English and Korean, all in the lab's text chunks, which load on demand (the playground's page
  // does not fetch them).
  js: 922_700,
  css: 58_100,
  // KaTeX's fonts, index.html
  other: 1_090_000,
  // Raised from 2_895_000 with the js budget (lesson 22 and the relu-speed costs' texts, +15 kB; the
  // core's actCost binding and main's divergence facts, +3 kB of wasm): 2,897,971 bytes. The size + 1 %
  // would pass the sum of the kinds' budgets (tests/web/bundle-budget.test.ts), so it stops below it.
  total: 2_919_000,
};

/** The kind of a file in dist/ by its extension. */
export function kindOf(name) {
  const ext = name.slice(name.lastIndexOf('.') + 1);
  return ext === 'wasm' || ext === 'js' || ext === 'css' ? ext : 'other';
}

/** Every file under dir (relative path, bytes, gzip -9 bytes). */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => {
      const data = readFileSync(join(dir, f));
      return { file: f, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
    });
}

/** Totals per kind and overall, and one line per budget exceeded (empty when all fit). */
export function checkBundle(files, budget = BUDGET) {
  const sums = { wasm: 0, js: 0, css: 0, other: 0, total: 0 };
  for (const f of files) {
    sums[kindOf(f.file)] += f.bytes;
    sums.total += f.bytes;
  }
  const over = Object.keys(budget)
    .filter((k) => sums[k] > budget[k])
    .map(
      (k) =>
        `bundle: ${k} is ${sums[k].toLocaleString('en')} bytes, over its budget of ` +
        `${budget[k].toLocaleString('en')} by ${(sums[k] - budget[k]).toLocaleString('en')} ` +
        `(web/scripts/check-bundle.mjs BUDGET)`,
    );
  return { sums, over };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const files = listFiles(dir);
  const { sums, over } = checkBundle(files);
  const big = files.filter((f) => kindOf(f.file) !== 'other');
  for (const f of big)
    console.log(`${String(f.bytes).padStart(9)} ${String(f.gzip).padStart(8)} gz  ${f.file}`);
  console.log(
    'bundle: ' +
      Object.entries(sums)
        .map(([k, v]) => `${k} ${v.toLocaleString('en')}/${BUDGET[k].toLocaleString('en')}`)
        .join(', ') +
      ' bytes (used/budget)',
  );
  for (const line of over) console.error(line);
  process.exit(over.length > 0 ? 1 : 0);
}
