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
  /** Why the SIMD build failed when the plain one was loaded instead ('' otherwise). */
  simdError: string;
}

/** How long one build may take to arrive and compile before the next is tried (a request that never
 * answers must not leave "Loading the engine…" spinning forever). */
export const LOAD_TIMEOUT_MS = 20_000;

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/** The .wasm bytes, checked before Emscripten sees them (its own message is an abort with a hint for
 * developers, not words for a student). */
async function fetchWasm(url: string, ms: number): Promise<Uint8Array> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  try {
    const res = await fetch(url, { signal: abort.signal });
    if (!res.ok) throw new Error(`the engine file is missing (the server answered ${res.status})`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (!WebAssembly.validate(bytes)) throw new Error('the engine file arrived damaged or incomplete');
    return bytes;
  } catch (e) {
    if (abort.signal.aborted)
      throw new Error(`the engine file did not arrive in ${ms / 1000} s`, { cause: e });
    throw e instanceof Error ? e : new Error(String(e));
  } finally {
    clearTimeout(timer);
  }
}

async function build(simd: boolean, ms: number): Promise<ActlabModule> {
  const glue = simd ? import('actlab-wasm/actlab_web.js') : import('actlab-wasm/actlab_web_nosimd.js');
  const factory = (await withTimeout(glue, ms, 'the engine script')).default;
  const url = simd ? simdWasmUrl : plainWasmUrl;
  const wasmBinary = await fetchWasm(url, ms);
  return withTimeout(factory({ wasmBinary, locateFile: () => url }), ms, 'the engine');
}

let loading: Promise<LoadedModule> | null = null;

/**
 * The module, loaded on first call: the SIMD build when the browser has SIMD128, else (or when
 * `forcePlain`, URL key simd=0, or when the SIMD build fails to arrive or compile) the plain build.
 * Each try has LOAD_TIMEOUT_MS; the error names what failed in plain words.
 */
export function loadModule(forcePlain = false, ms = LOAD_TIMEOUT_MS): Promise<LoadedModule> {
  loading ??= (async () => {
    let simdError = '';
    if (!forcePlain && simdSupported()) {
      try {
        return { mod: await build(true, ms), simd: true, simdError };
      } catch (e) {
        // The plain build is a different file: it may well arrive.
        simdError = e instanceof Error ? e.message : String(e);
      }
    }
    return { mod: await build(false, ms), simd: false, simdError };
  })();
  return loading;
}
