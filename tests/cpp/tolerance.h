// tolerance.h — every numeric tolerance of the activation and layer-op tests, in one table.
//
// Mixed absolute/relative (XNNPACK's TolMixed): a result passes when |got - ref| <= abs + rel*|ref|.
// NaN must meet NaN and an infinite reference must be met exactly.
//
// Measured, not hoped: run the suite with ACTLAB_TOL_REPORT=1 (natively) or with
// --gtest_also_run_disabled_tests (also under Node) and it prints, per row and check, the largest
// absolute error where |ref| <= 1 and the largest relative error where |ref| > 1. Each entry below is
// twice the larger of the native (SSE2) and WASM SIMD128 figures, rounded up to 1-1.5-2-3-4-5-6-8.
// The issue's bound, 1e-5 (1 + |ref|), caps every entry (test Tolerance.TableWithinIssueBound).
#pragma once

#include <cmath>

#include "core/activations.h"

namespace actlab::tol {

struct TolMixed {
  double abs;
  double rel;
};

inline bool within(double got, double ref, TolMixed t) {
  if (std::isnan(ref)) return std::isnan(got);
  if (std::isinf(ref)) return got == ref;
  if (!std::isfinite(got)) return false;
  return std::fabs(got - ref) <= t.abs + t.rel * std::fabs(ref);
}

inline constexpr TolMixed kIssueBound{1e-5, 1e-5};

// Per element-wise row: the SIMD kernels (value f, slope f', parameter gradient df/dp) and the
// tier-2 float reference (libm in float) against the double oracle.
struct ActTol {
  Act act;
  TolMixed value, slope, param;
  TolMixed ref_value, ref_slope, ref_param;
};

// clang-format off
// Measured maxima (native SSE2 and WASM SIMD128 agree to the bit for the kernels; the libm-based
// reference differs in the last bit between glibc and musl), x2 and rounded up. Zero = exact.
inline constexpr ActTol kActTol[] = {
    // act              value             slope             param             ref value         ref slope         ref param
    {Act::identity,    {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}},
    {Act::step,        {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}},
    {Act::threshold,   {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}},
    {Act::sigmoid,     {2e-07, 0}, {2e-07, 0}, {0, 0}, {2e-07, 0}, {2e-07, 0}, {0, 0}},
    {Act::tanh,        {6e-07, 0}, {1.2e-06, 0}, {0, 0}, {2e-07, 0}, {3e-07, 0}, {0, 0}},
    {Act::relu,        {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}},
    {Act::leaky_relu,  {6e-08, 1e-07}, {0, 0}, {0, 0}, {6e-08, 1e-07}, {0, 0}, {0, 0}},
    {Act::prelu,       {1.5e-45, 0}, {0, 0}, {0, 0}, {1.5e-45, 0}, {0, 0}, {0, 0}},
    {Act::elu,         {1.5e-07, 2e-07}, {8e-07, 5e-07}, {1e-07, 0}, {2e-07, 2e-07}, {1.5e-07, 2e-07}, {1e-07, 0}},
    {Act::selu,        {3e-07, 3e-07}, {4e-07, 2e-07}, {0, 0}, {3e-07, 3e-07}, {1.5e-07, 2e-07}, {0, 0}},
    {Act::celu,        {2e-07, 3e-07}, {3e-07, 0}, {2e-06, 0}, {1.5e-07, 3e-07}, {1e-07, 0}, {2e-07, 0}},
    {Act::gelu,        {2e-07, 2e-07}, {3e-07, 2e-07}, {0, 0}, {2e-07, 2e-07}, {1.5e-07, 2e-07}, {0, 0}},
    {Act::gelu_tanh,   {2e-07, 3e-07}, {3e-07, 3e-07}, {0, 0}, {2e-07, 2e-07}, {1.5e-06, 1.5e-06}, {0, 0}},
    {Act::silu,        {2e-07, 3e-07}, {3e-07, 3e-07}, {0, 0}, {2e-07, 3e-07}, {2e-07, 3e-07}, {0, 0}},
    {Act::swish,       {2e-07, 3e-07}, {3e-07, 3e-07}, {3e-07, 1.5e-07}, {2e-07, 3e-07}, {2e-07, 3e-07}, {2e-07, 1.5e-07}},
    {Act::mish,        {1.5e-07, 2e-07}, {3e-07, 3e-07}, {0, 0}, {1.5e-07, 2e-07}, {3e-07, 1.5e-06}, {0, 0}},
    {Act::softplus,    {4e-07, 5e-07}, {2e-07, 0}, {8e-07, 8e-07}, {4e-07, 4e-07}, {2e-07, 0}, {8e-07, 8e-07}},
    {Act::softsign,    {2e-07, 0}, {3e-07, 0}, {0, 0}, {2e-07, 0}, {4e-07, 0}, {0, 0}},
    {Act::hardtanh,    {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}},
    {Act::hardsigmoid, {1.5e-07, 0}, {1e-08, 0}, {0, 0}, {8e-08, 0}, {1e-08, 0}, {0, 0}},
    {Act::hardswish,   {2e-07, 2e-07}, {8e-08, 2e-07}, {0, 0}, {1.5e-07, 2e-07}, {8e-08, 2e-07}, {0, 0}},
    {Act::relu6,       {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}},
    {Act::logsigmoid,  {2e-07, 2e-07}, {1.5e-07, 0}, {0, 0}, {1.5e-07, 1.5e-07}, {2e-07, 0}, {0, 0}},
    {Act::tanhshrink,  {3e-07, 4e-07}, {1.6e-06, 0}, {0, 0}, {2e-07, 2e-07}, {3e-07, 0}, {0, 0}},
    {Act::softshrink,  {0, 1e-12}, {0, 0}, {0, 0}, {0, 1e-12}, {0, 0}, {0, 0}},
    {Act::hardshrink,  {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}},
    {Act::sine,        {2e-07, 0}, {2e-07, 0}, {0, 0}, {8e-08, 0}, {8e-08, 0}, {0, 0}},
    {Act::ncu,         {1e-07, 3e-07}, {3e-07, 3e-07}, {0, 0}, {1.5e-07, 3e-07}, {3e-07, 3e-07}, {0, 0}},
    {Act::gcu,         {3e-07, 4e-07}, {5e-07, 8e-07}, {0, 0}, {1.5e-07, 3e-07}, {3e-07, 4e-07}, {0, 0}},
    {Act::gaussian,    {1e-07, 0}, {2e-07, 0}, {0, 0}, {8e-08, 0}, {2e-07, 0}, {0, 0}},
    {Act::centred_sigmoid, {6e-07, 0}, {1.2e-06, 0}, {0, 0}, {2e-07, 0}, {3e-07, 0}, {0, 0}},
};
// clang-format on
static_assert(sizeof(kActTol) / sizeof(kActTol[0]) == kNumElementwiseActs,
              "one tolerance row per activation");

inline const ActTol& act_tol(Act a) { return kActTol[static_cast<int>(a)]; }

// The tier-2 reference in double against the double oracle (the trainer's gradient check runs a
// whole double network on it).
inline constexpr TolMixed kRefDouble{1e-14, 1e-13};
// The oracle's own f' and df/dp against 5-point central differences of the oracle's f
// (h = 1e-3; away from kinks).
inline constexpr TolMixed kOracleVsCentralDiff{1e-8, 1e-8};
// act_param_grad (a float sum over n elements) against the double sum of dy * df/dp, relative to
// sum |dy * df/dp|.
inline constexpr double kParamGradSumRel = 2e-6;

// Layer ops (softmax family): forward against the double oracle, and the float JVPs against
// 5-point central differences (h = 1e-3) of <dy, f(z)> computed with the double oracle.
inline constexpr TolMixed kLayerValue{1e-7, 6e-7};
inline constexpr TolMixed kLayerJvp{2e-7, 1e-6};

// math_approx.h contracts (max ulp, measured over sampled floats in MathApprox.*).
inline constexpr double kUlpExp = 1.5, kUlpExpm1 = 2.0, kUlpLog = 2.5, kUlpSigmoid = 3.0, kUlpTanh = 5.5;
inline constexpr double kAbsSinCos = 1.0e-7, kAbsNormalCdf = 2.5e-7;

}  // namespace actlab::tol
