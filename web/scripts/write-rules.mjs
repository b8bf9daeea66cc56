// write-rules.mjs — asks the Node build of the module (<build dir>/actlab_node.mjs) for its rules
// (every range, default and allowed combination of a configuration: cpp/wasm/bindings.cpp rules())
// and writes them to <build dir>/actlab_rules.json. The wasm build runs it after linking actlab_node;
// copy-wasm.mjs copies the file next to the glue, where the UI imports it as actlab-wasm/actlab_rules.json
// (the main thread decodes links before the worker's module exists, so it cannot ask the module).
// tests/web/rules.test.ts checks the file against the module.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] ?? 'build/wasm');
const js = join(dir, 'actlab_node.mjs');
globalThis.__dirname = dir;
globalThis.require = createRequire(js);
const factory = (await import(pathToFileURL(js).href)).default;
const mod = await factory({ wasmBinary: readFileSync(join(dir, 'actlab_node.wasm')) });
writeFileSync(join(dir, 'actlab_rules.json'), JSON.stringify(mod.rules(), null, 2) + '\n');
