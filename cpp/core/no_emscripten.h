// no_emscripten.h — "the core never imports Emscripten" as a compiler rule. CMakeLists.txt
// (actlab_add_core) force-includes this file into every cpp/core translation unit; nothing includes it.
// The core is portable C++17 that builds natively and to WebAssembly alike; Emscripten lives in
// cpp/wasm (embind) and in the CLI's link options only. Under em++:
//   - a branch on __EMSCRIPTEN__, EMSCRIPTEN or __EMSCRIPTEN_major/minor/tiny__ in a core file is an
//     error (clang's deprecated-macro diagnostic, made an error here; clang never reports it inside
//     system headers, so libc++'s own Emscripten branches stay legal);
//   - an #include of any Emscripten header (<emscripten.h>, <emscripten/...>) resolves to a stub that
//     CMakeLists.txt writes for every such header, and the stub is an #error.
// Natively no Emscripten header is on the include path, and the macros are not defined.
// tests/cpp/CMakeLists.txt compiles probe files with the core's flags and shows each rule firing.
#pragma once

#if defined(__clang__) && defined(__EMSCRIPTEN__)
#pragma clang diagnostic error "-Wdeprecated-pragma"
#pragma clang deprecated(__EMSCRIPTEN__, "cpp/core is portable C++: no Emscripten branches (cpp/wasm)")
#pragma clang deprecated(EMSCRIPTEN, "cpp/core is portable C++: no Emscripten branches (cpp/wasm)")
#pragma clang deprecated(__EMSCRIPTEN_major__, "cpp/core is portable C++: no Emscripten branches")
#pragma clang deprecated(__EMSCRIPTEN_minor__, "cpp/core is portable C++: no Emscripten branches")
#pragma clang deprecated(__EMSCRIPTEN_tiny__, "cpp/core is portable C++: no Emscripten branches")
#endif
