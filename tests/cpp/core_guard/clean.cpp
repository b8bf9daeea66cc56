// Probe (tests/cpp/CMakeLists.txt): the counterfactual. A core file with the standard library, the
// core's own headers and a branch on the WebAssembly SIMD feature (not on Emscripten) compiles.
#include <cmath>
#include <string>
#include <vector>

#include "core/activations.h"
#include "core/simd.h"

#if defined(__wasm_simd128__)
int probe() { return static_cast<int>(std::sqrt(std::vector<float>(4).size())); }
#else
int probe() { return static_cast<int>(std::string("x").size()); }
#endif
