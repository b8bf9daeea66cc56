// Boundaries of the lab code (as tests/web/boundaries.test.ts does for the playground): the lab worker
// (lab/worker) imports no DOM side; the pure parts under the lessons (checks, defs, history
// recorder, comparison links) import no DOM code, no engine runtime and no worker; the lab pages' DOM
// code never imports the engine or the worker at run time.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../web/src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\b)[^'"]*['"](\.[^'"]+)['"]/gm)].map((m) =>
    relative(SRC, resolve(file, '..', m[1] ?? '')),
  );
}

const lab = files(join(SRC, 'lab')).map((f) => ({ file: relative(SRC, f), imports: runtimeImports(f) }));
const PURE = [
  'lab/lessons/checks.ts',
  'lab/lessons/defs.ts',
  'lab/lessons/text.ts',
  'lab/platform/record.ts',
  'lab/platform/runs.ts',
  'lab/worker/protocol.ts',
];

describe('lab import boundaries', () => {
  it('finds the lab sources', () => {
    expect(lab.length).toBeGreaterThan(20);
    for (const p of PURE)
      expect(
        lab.some((f) => f.file === p),
        p,
      ).toBe(true);
  });

  it('the lab worker imports engine, worker helpers and the lab protocol only', () => {
    for (const { file, imports } of lab.filter((f) => f.file.startsWith('lab/worker/'))) {
      for (const i of imports)
        expect(
          i.startsWith('engine/') || i.startsWith('worker/') || i.startsWith('lab/worker/'),
          `${file} imports ${i}`,
        ).toBe(true);
    }
  });

  it('the pure parts import only pure parts and the state layer', () => {
    for (const { file, imports } of lab.filter((f) => PURE.includes(f.file))) {
      for (const i of imports)
        expect(i.startsWith('state/') || PURE.includes(`${i}.ts`), `${file} imports ${i}`).toBe(true);
    }
  });

  it('the DOM side never imports the engine or the worker at run time', () => {
    for (const { file, imports } of lab.filter((f) => !f.file.startsWith('lab/worker/'))) {
      for (const i of imports) {
        expect(i.startsWith('engine/'), `${file} imports ${i}`).toBe(false);
        expect(
          i.startsWith('worker/') || (i.startsWith('lab/worker/') && i !== 'lab/worker/protocol'),
          `${file} imports ${i}`,
        ).toBe(false);
      }
    }
  });

  it('no lab file builds HTML from strings or evaluates code', () => {
    for (const { file } of lab) {
      const text = readFileSync(join(SRC, file), 'utf8');
      expect(text, file).not.toMatch(
        /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/,
      );
    }
  });
});
