// node-module.ts — loads the Node build of the embind module once per test file.
// The ES6 glue of Emscripten 3.1.6 reads __dirname and require; we pass the wasm bytes ourselves
// (Node's fetch cannot load a file path).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActlabFactory, ActlabModule } from '../../web/src/engine/actlab-module';
import { readCatalogue } from '../../web/src/engine/engine';
import type { Catalogue } from '../../web/src/engine/types';
import type { FormulaCheck } from '../../web/src/state/types';

export const WASM_DIR = resolve(import.meta.dirname, '../..', process.env['ACTLAB_WASM_DIR'] ?? 'build/wasm');

let loading: Promise<ActlabModule> | null = null;

export function loadModule(): Promise<ActlabModule> {
  loading ??= (async () => {
    const js = join(WASM_DIR, 'actlab_node.mjs');
    if (!existsSync(js)) throw new Error(`${js} not found: run npm run build:wasm first`);
    const g = globalThis as unknown as { __dirname?: string; require?: NodeJS.Require };
    g.__dirname = WASM_DIR;
    g.require = createRequire(js);
    const factory = ((await import(pathToFileURL(js).href)) as { default: ActlabFactory }).default;
    return factory({ wasmBinary: readFileSync(join(WASM_DIR, 'actlab_node.wasm')) });
  })();
  return loading;
}

export async function loadCatalogue(): Promise<Catalogue> {
  return readCatalogue(await loadModule());
}

/** The core's verdict on a formula, as the pages get it from the worker (ui/formula-checks.ts). */
export async function loadFormulaCheck(): Promise<FormulaCheck> {
  const mod = await loadModule();
  return (text, vars) => {
    const r = mod.formulaCurve(text, new Float32Array(0), vars === 'xy', []);
    return { error: r.error, params: r.error === '' ? r.params : [] };
  };
}
