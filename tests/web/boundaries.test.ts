// The architecture's boundaries are lint rules (eslint.config.js; `npm run lint` applies them to the
// tree). This file shows that each rule fires where it must and stays quiet where an import is allowed,
// by linting small sources placed at paths in each folder — so a rule edited into uselessness fails
// here. The C++ side (the core never includes Emscripten) is a compiler rule: cpp/core/no_emscripten.h,
// shown firing by the core_guard.* tests of tests/cpp/CMakeLists.txt.
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
// Type information is not needed for import and syntax rules; without it the sources can be virtual.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });

/** The rule ids ESLint reports for `code` as if it were the file at `path` (under web/src). */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'web/src', path) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const imports = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;
const typeImports = (spec: string) => `import type { X } from '${spec}';\nexport type Y = X;\n`;

/** [file, import, must it be refused?] — each forbidden arrow beside an allowed one from the same folder. */
const CASES: [string, string, boolean][] = [
  // engine: imports nothing of the app
  ['engine/engine.ts', '../ui/dom', true],
  ['engine/engine.ts', '../state/defaults', true],
  ['engine/engine.ts', './types', false],
  // state: pure — state only, engine types only as types
  ['state/codec.ts', '../ui/dom', true],
  ['state/codec.ts', '../engine/engine', true],
  ['state/codec.ts', '../engine/types', true],
  ['state/codec.ts', '../i18n', true],
  ['state/codec.ts', './schema', false],
  // worker: no ui, no lab, no texts
  ['worker/session.ts', '../ui/dom', true],
  ['worker/session.ts', '../lab/platform/record', true],
  ['worker/session.ts', '../i18n', true],
  ['worker/session.ts', '../engine/engine', false],
  ['worker/session.ts', '../state/defaults', false],
  // i18n: the state types only
  ['i18n/index.ts', '../ui/dom', true],
  ['i18n/index.ts', '../state/types', false],
  // ui: never the lab, no engine at run time, from the worker only the protocol
  ['ui/panels/header.ts', '../../lab/platform/chrome', true],
  ['ui/app.ts', '../lab/routes', true],
  ['ui/app.ts', '../engine/engine', true],
  ['ui/app.ts', '../worker/session', true],
  ['ui/app.ts', '../worker/protocol', false],
  ['ui/panels/header.ts', '../nav', false],
  ['ui/app.ts', '../state/codec', false],
  // lab worker: draws nothing
  ['lab/worker/session.ts', '../../ui/dom', true],
  ['lab/worker/session.ts', '../platform/record', true],
  ['lab/worker/session.ts', '../../engine/engine', false],
  ['lab/worker/session.ts', '../../worker/pacer', false],
  // lab platform: serves the pages, never imports them
  ['lab/platform/chrome.ts', '../compare/view', true],
  ['lab/platform/chrome.ts', '../lessons/defs', true],
  ['lab/platform/client.ts', '../../engine/engine', true],
  ['lab/platform/client.ts', '../worker/session', true],
  ['lab/platform/chrome.ts', '../../ui/nav', false],
  ['lab/platform/runs.ts', '../worker/protocol', false],
  // lab pages: lessons → compare → platform; the explorer on the platform alone
  ['lab/compare/view.ts', '../lessons/defs', true],
  ['lab/compare/view.ts', '../explorer/explorer', true],
  ['lab/compare/view.ts', '../platform/record', false],
  ['lab/explorer/explorer.ts', '../lessons/defs', true],
  ['lab/explorer/explorer.ts', '../compare/view', true],
  ['lab/explorer/explorer.ts', '../platform/chrome', false],
  ['lab/lessons/page.ts', '../routes', true],
  ['lab/lessons/page.ts', '../../worker/session', true],
  ['lab/lessons/page.ts', '../compare/view', false],
  // the pure parts of the lab: no DOM code, no texts at run time, pure parts only
  ['lab/lessons/checks.ts', '../../ui/dom', true],
  ['lab/lessons/checks.ts', './panel', true],
  ['lab/lessons/checks.ts', '../../i18n', true],
  ['lab/lessons/checks.ts', '../platform/chrome', true],
  ['lab/lessons/checks.ts', '../platform/record', false],
  ['lab/platform/record.ts', './labels', true],
  ['lab/platform/record.ts', '../worker/protocol', false],
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(CASES)('%s importing %s: refused = %s', async (file, spec, refused) => {
    const ids = await violations(file, imports(spec));
    expect(ids.includes('no-restricted-imports'), ids.join(', ')).toBe(refused);
  });

  it('type-only imports cross where only the run time is barred', async () => {
    expect(await violations('state/codec.ts', typeImports('../engine/types'))).toEqual([]);
    expect(await violations('ui/app.ts', typeImports('../engine/types'))).toEqual([]);
    expect(await violations('lab/lessons/defs.ts', typeImports('../../i18n/lessons.en'))).toEqual([]);
    // …but not where the folder itself is barred
    expect(await violations('state/codec.ts', typeImports('../ui/context'))).toContain(
      'no-restricted-imports',
    );
    expect(await violations('ui/app.ts', typeImports('../lab/platform/client'))).toContain(
      'no-restricted-imports',
    );
  });

  it('the worker, engine and state layers touch no DOM', async () => {
    const dom = 'export const el = document.body;\n';
    for (const file of ['worker/session.ts', 'engine/engine.ts', 'state/codec.ts', 'lab/worker/session.ts'])
      expect(await violations(file, dom), file).toContain('no-restricted-globals');
    expect(await violations('ui/dom.ts', dom)).toEqual([]);
  });
});

describe('no HTML built from strings, no code evaluated from strings (eslint.config.js)', () => {
  const BAD: [string, string][] = [
    ['innerHTML', 'export function f(el: HTMLElement, s: string): void {\n  el.innerHTML = s;\n}\n'],
    ['outerHTML', 'export function f(el: HTMLElement, s: string): void {\n  el.outerHTML = s;\n}\n'],
    [
      'insertAdjacentHTML',
      "export function f(el: HTMLElement, s: string): void {\n  el.insertAdjacentHTML('beforeend', s);\n}\n",
    ],
    ['document.write', 'export function f(s: string): void {\n  document.write(s);\n}\n'],
    ['eval', 'export function f(s: string): unknown {\n  return eval(s);\n}\n'],
    ['new Function', "export function f(s: string): unknown {\n  return new Function('x', s);\n}\n"],
    ['setTimeout(string)', "export function f(s: string): void {\n  setTimeout('go(' + s + ')', 1);\n}\n"],
  ];

  it.each(BAD)('%s is refused in every folder', async (_what, code) => {
    for (const file of ['ui/app.ts', 'lab/compare/view.ts', 'main.ts'])
      expect((await violations(file, code)).length, file).toBeGreaterThan(0);
  });

  it('building elements and setting text passes', async () => {
    const good =
      "export function f(el: HTMLElement, s: string): void {\n  const p = document.createElement('p');\n  p.textContent = s;\n  el.append(p);\n}\n";
    expect(await violations('ui/app.ts', good)).toEqual([]);
  });
});
