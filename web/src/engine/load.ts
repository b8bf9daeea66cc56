// load.ts — loads the WASM module once (a memoised promise, as squoosh does), choosing the SIMD build
// when the browser validates a SIMD128 instruction and the plain build otherwise. Worker-side only.
import type { ActlabModule } from './actlab-module';
import simdWasmUrl from 'actlab-wasm/actlab_web.wasm?url';
import plainWasmUrl from 'actlab-wasm/actlab_web_nosimd.wasm?url';

/** The smallest module using a v128 instruction (i32.const 0; i8x16.splat; i8x16.popcnt ...). */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98,
  11,
]);

export function simdSupported(): boolean {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

export interface LoadedModule {
  mod: ActlabModule;
  simd: boolean;
}

let loading: Promise<LoadedModule> | null = null;

/** The module, loaded on first call. `forcePlain` (URL key simd=0) loads the non-SIMD build. */
export function loadModule(forcePlain = false): Promise<LoadedModule> {
  loading ??= (async () => {
    const simd = !forcePlain && simdSupported();
    const factory = simd
      ? (await import('actlab-wasm/actlab_web.js')).default
      : (await import('actlab-wasm/actlab_web_nosimd.js')).default;
    const wasmUrl = simd ? simdWasmUrl : plainWasmUrl;
    const mod = await factory({ locateFile: () => wasmUrl });
    return { mod, simd };
  })();
  return loading;
}
