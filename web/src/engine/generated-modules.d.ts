// generated-modules.d.ts — the Emscripten glue files and the core's configuration rules copied into web/src/engine/generated/ by
// `npm run build:wasm` (git-ignored), reached through the `actlab-wasm/` alias of vite.config.ts.
declare module 'actlab-wasm/actlab_web.js' {
  // An ambient module cannot import by a relative path, so the type is reached with import().
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const createActlab: import('./actlab-module').ActlabFactory;
  export default createActlab;
}
declare module 'actlab-wasm/actlab_web_nosimd.js' {
  // An ambient module cannot import by a relative path, so the type is reached with import().
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const createActlab: import('./actlab-module').ActlabFactory;
  export default createActlab;
}
declare module 'actlab-wasm/actlab_rules.json' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const rules: import('./types').EngineRules;
  export default rules;
}
