// test_simd_dispatch.cpp — proof of which instruction set the kernels run on. ggml once shipped a
// WASM build that silently ran its scalar fallback; here the WASM SIMD build must report
// "wasm-simd128" (and tests/cpp/check_simd128.cmake checks the disassembled kernels themselves).
#include <gtest/gtest.h>

#include <string>

#include "core/activations.h"
#include "core/simd.h"

namespace actlab {
namespace {

// What this build must dispatch, from the build configuration alone (not from the macros that
// simd.h uses to choose: a WASM build that lost -msimd128 must fail here).
std::string expected_backend() {
#if !ACTLAB_SIMD
  return "scalar";
#elif defined(__EMSCRIPTEN__)
  return "wasm-simd128";
#elif defined(__x86_64__) || defined(_M_X64)
  return "sse2";
#elif defined(__aarch64__)
  return "neon";
#else
  return "scalar";
#endif
}

TEST(SimdDispatch, TheBuildUsesItsVectorInstructionSet) {
  EXPECT_EQ(std::string(simd::backend_name()), expected_backend());
  // The library's own view (activations.cpp was compiled with the core's flags, not the test's).
  EXPECT_EQ(std::string(act_kernel_backend()), expected_backend());
}

TEST(SimdDispatch, VectorWidthMatchesTheBackend) {
  const bool vector = expected_backend() != "scalar";
  EXPECT_EQ(simd::kLanes, vector ? 4 : 1);
  EXPECT_EQ(simd::lanes_v<simd::vf>, simd::kLanes);
}

}  // namespace
}  // namespace actlab
