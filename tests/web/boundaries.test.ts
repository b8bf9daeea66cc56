// The architecture's boundaries, checked on the import graph (excalidraw keeps its with lint rules):
// the UI never imports the engine or worker at run time (only types and the protocol), the state
// layer imports neither the DOM side nor the engine, and the engine knows nothing of the UI.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../web/src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f === 'generated' ? [] : files(p)) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Run-time imports (import type is erased) of a file, resolved to paths under web/src. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\b)[^'"]*['"](\.[^'"]+)['"]/gm)].map((m) =>
    relative(SRC, resolve(file, '..', m[1] ?? '')),
  );
}

const layer = (path: string) => path.split('/')[0] ?? '';

describe('import boundaries', () => {
  const all = files(SRC).map((f) => ({ file: relative(SRC, f), imports: runtimeImports(f) }));

  it('finds the source files', () => {
    expect(all.length).toBeGreaterThan(30);
  });

  it('ui imports no engine code and from the worker only the protocol', () => {
    for (const { file, imports } of all.filter((f) => layer(f.file) === 'ui')) {
      for (const i of imports) {
        expect(layer(i), `${file} imports ${i}`).not.toBe('engine');
        if (layer(i) === 'worker') expect(i, `${file} imports ${i}`).toBe('worker/protocol');
      }
    }
  });

  it('state imports only state (pure, no DOM, no engine)', () => {
    for (const { file, imports } of all.filter((f) => layer(f.file) === 'state')) {
      for (const i of imports) expect(layer(i), `${file} imports ${i}`).toBe('state');
    }
  });

  it('engine and worker never import the UI or i18n', () => {
    for (const { file, imports } of all.filter((f) => ['engine', 'worker'].includes(layer(f.file)))) {
      for (const i of imports) expect(['ui', 'i18n'], `${file} imports ${i}`).not.toContain(layer(i));
    }
  });

  it('no file builds HTML from strings or evaluates code', () => {
    for (const f of files(SRC)) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(
        /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/,
      );
    }
  });
});
