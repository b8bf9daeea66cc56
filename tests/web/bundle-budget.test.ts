// web/scripts/check-bundle.mjs — the check `npm run build` runs on dist/: each budget fires when its
// kind grows past it, names the sizes and the file that holds the budget, and stays quiet otherwise.
import { describe, expect, it } from 'vitest';

interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}
type Budget = Record<'wasm' | 'js' | 'css' | 'other' | 'total', number>;
interface CheckBundle {
  BUDGET: Budget;
  kindOf: (name: string) => string;
  checkBundle: (files: FileSize[], budget?: Budget) => { sums: Budget; over: string[] };
}

// A variable specifier: the script is plain JavaScript for Node, with no declaration file.
const SCRIPT = '../../web/scripts/check-bundle.mjs';
const { BUDGET, kindOf, checkBundle } = (await import(SCRIPT)) as CheckBundle;

const file = (name: string, bytes: number): FileSize => ({ file: name, bytes, gzip: 0 });
const budget: Budget = { wasm: 1000, js: 500, css: 100, other: 300, total: 1700 };
const fitting = [
  file('assets/actlab_web-Ab12Cd34.wasm', 600),
  file('assets/actlab_web_nosimd-Xy98Zw76.wasm', 400),
  file('assets/index-B3cPftib.js', 500),
  file('assets/index-ghy_NzVM.css', 100),
  file('assets/KaTeX_Main-Regular-B22Nviop.woff2', 90),
  file('index.html', 10),
];

describe('check-bundle.mjs', () => {
  it('sorts files by kind', () => {
    expect(['a.wasm', 'b.js', 'c.css', 'd.woff2', 'index.html'].map(kindOf)).toEqual([
      'wasm',
      'js',
      'css',
      'other',
      'other',
    ]);
  });

  it('passes a bundle at its budget, with the sums per kind', () => {
    const { sums, over } = checkBundle(fitting, budget);
    expect(over).toEqual([]);
    expect(sums).toEqual({ wasm: 1000, js: 500, css: 100, other: 100, total: 1700 });
  });

  it('names the kind, its size, the budget and the excess when a kind grows', () => {
    const { over } = checkBundle([...fitting, file('assets/extra-1234abcd.js', 1)], budget);
    expect(over).toEqual([
      'bundle: js is 501 bytes, over its budget of 500 by 1 (web/scripts/check-bundle.mjs BUDGET)',
      'bundle: total is 1,701 bytes, over its budget of 1,700 by 1 (web/scripts/check-bundle.mjs BUDGET)',
    ]);
    const wasm = checkBundle([...fitting.slice(1), file('assets/actlab_web-Ab12Cd34.wasm', 2000)], budget);
    expect(wasm.over[0]).toMatch(/^bundle: wasm is 2,400 bytes, over its budget of 1,000 by 1,400/);
  });

  it('has a budget for every kind and the total', () => {
    expect(Object.keys(BUDGET).sort()).toEqual(['css', 'js', 'other', 'total', 'wasm']);
    expect(BUDGET.total).toBeLessThanOrEqual(BUDGET.wasm + BUDGET.js + BUDGET.css + BUDGET.other);
  });
});
