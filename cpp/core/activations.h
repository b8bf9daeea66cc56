// activations.h — the activation catalogue: one row per function drives the kernels, the CLI, the
// embind catalogue, the tests and the benchmarks.
//
// Three tiers of math (see README "How to add an activation"):
//   1. a double-precision oracle             — tests only (tests/cpp/oracle.h), independent formulas
//   2. act_ref_* : plain scalar reference     — float or double, libm, obviously right; also used in
//                                               double by the whole-network gradient check
//   3. act_forward / act_backward             — the f32x4 SIMD kernels (simd.h), identical in value to
//                                               the reference within the catalogue tolerance
// Definitions follow PyTorch wherever PyTorch has the function, including kink conventions
// (relu'(0) = 0, step'(x) = 0, hardtanh'(±1) = 0 ...).
#pragma once

#include <cstddef>
#include <cstdint>

namespace actlab {

// Element-wise activations, in catalogue order. Tokens are the public names (CLI, URL, embind).
// clang-format off
#define ACTLAB_ELEMENTWISE_ACTIVATIONS(X)                                                              \
  X(identity) X(step) X(threshold) X(sigmoid) X(tanh) X(relu) X(leaky_relu) X(prelu) X(elu) X(selu)    \
  X(celu) X(gelu) X(gelu_tanh) X(silu) X(swish) X(mish) X(softplus) X(softsign) X(hardtanh)            \
  X(hardsigmoid) X(hardswish) X(relu6) X(logsigmoid) X(tanhshrink) X(softshrink) X(hardshrink)         \
  X(sine) X(ncu) X(gcu) X(gaussian) X(centred_sigmoid)
// Layer-level activations: act on a whole layer, not one number at a time (layer_ops.h).
#define ACTLAB_LAYER_ACTIVATIONS(X) X(softmax) X(log_softmax) X(softmin) X(maxout)
// clang-format on

enum class Act : uint8_t {
#define ACTLAB_ENUM_ROW(name) name,
  ACTLAB_ELEMENTWISE_ACTIVATIONS(ACTLAB_ENUM_ROW) ACTLAB_LAYER_ACTIVATIONS(ACTLAB_ENUM_ROW)
#undef ACTLAB_ENUM_ROW
  // The student's own function (formula.h): not a catalogue row (its math is the text in
  // NetConfig::formula, compiled per network), but accepted wherever a hidden activation is.
  // act_info(Act::formula) gives a generic element-wise row named "formula"; the act_* kernels
  // refuse it (NaN), the network dispatches it to the compiled formula (network.h, layer_act_*).
  formula
};
#define ACTLAB_COUNT_ROW(name) +1
inline constexpr int kNumElementwiseActs = 0 ACTLAB_ELEMENTWISE_ACTIVATIONS(ACTLAB_COUNT_ROW);
inline constexpr int kNumActs = kNumElementwiseActs + (0 ACTLAB_LAYER_ACTIVATIONS(ACTLAB_COUNT_ROW));
#undef ACTLAB_COUNT_ROW

inline constexpr int kMaxActParams = 2;

// Families group the catalogue in the pickers and in `actlab list`: token, English and Korean name.
// clang-format off
#define ACTLAB_FAMILIES(X)                                             \
  X(linear,      "linear",                "선형")                      \
  X(step,        "step",                  "계단")                      \
  X(sigmoidal,   "sigmoidal (S-shaped)",  "시그모이드형 (S자)")        \
  X(rectifier,   "rectifiers",            "정류형")                    \
  X(exponential, "exponential",           "지수형")                    \
  X(gated,       "gated (self-weighted)", "게이트형 (자기 가중)")      \
  X(softplus,    "softplus family",       "소프트플러스 계열")         \
  X(shrinkage,   "shrinkage",             "수축형")                    \
  X(oscillating, "oscillating",           "진동형")                    \
  X(radial,      "radial",                "방사형")                    \
  X(softmax,     "softmax family",        "소프트맥스 계열")           \
  X(maxout,      "maxout",                "맥스아웃")                  \
  X(custom,      "your own formula",      "직접 입력한 식")
// clang-format on
enum class Family : uint8_t {
#define ACTLAB_FAMILY_ENUM(token, en, ko) token,
  ACTLAB_FAMILIES(ACTLAB_FAMILY_ENUM)
#undef ACTLAB_FAMILY_ENUM
};
#define ACTLAB_FAMILY_COUNT(token, en, ko) +1
inline constexpr int kNumFamilies = 0 ACTLAB_FAMILIES(ACTLAB_FAMILY_COUNT);
#undef ACTLAB_FAMILY_COUNT
struct FamilyInfo {
  Family id;
  const char* token;    // "rectifier" (the catalogue's `family` field in JSON and embind)
  const char* name_en;  // "rectifiers"
  const char* name_ko;  // "정류형"
};
const FamilyInfo& family_info(Family f);

// A point where an element-wise activation is not smooth. order 0: f itself jumps (step, threshold,
// hardshrink, softplus' switch to the identity); 1: f is continuous but f' jumps (relu's 0);
// 2: f' is continuous but f'' jumps (elu with alpha = 1, celu, softsign). The gradient check avoids
// straddling orders 0 and 1; the tests' finite differences stay away from all three. Measured against
// the oracle (tests/cpp/test_activations.cpp, Kinks.*).
struct ActKink {
  double at;
  int order;
};
inline constexpr int kMaxKinks = 2;

struct ActParam {
  const char* name;  // CLI flag / URL / slider name, e.g. "negative_slope"
  float def;         // default value (PyTorch's where it has one)
  float lo, hi;      // allowed range (inclusive); outside it the CLI exits 2 and the URL falls back
  bool learnable;    // can be trained per unit (prelu a, swish beta)
};

// The activation in the exported Python script (export_code.h). NumPy: x the pre-activation, y = f(x),
// p the parameter list (numbers, or per-unit arrays when learnt, broadcasting over the batch rows).
// PyTorch: z the pre-activation, p the same list (numbers, or per-unit tensors when learnt);
// `torch_fixed` is torch.nn.functional's own function where it has one (the reference ActLab's
// definitions follow), `torch_learn` the same function written out so that autograd reaches tensor
// parameters. tests/cli/export_test.mjs runs every row in real NumPy and PyTorch.
struct ActPython {
  const char* np_f;         // f(x, p)
  const char* np_df;        // f'(x, y, p)
  const char* np_dp;        // [df/dp_k (x, y, p) for each parameter k]
  const char* torch_fixed;  // f(z, p), parameters as numbers
  const char* torch_learn;  // f(z, p), parameters as per-unit tensors (nullptr: no parameters)
};
// Layer-level rows and the formula row: the export writes them from the layer code / the formula.
inline constexpr ActPython kNoPython = {nullptr, nullptr, nullptr, nullptr, nullptr};

struct ActInfo {
  Act id;
  const char* name;     // token, e.g. "leaky_relu"
  const char* display;  // "Leaky ReLU"
  const char* latex;    // f(x) in LaTeX (KaTeX-renderable)
  const char* latex_d;  // f'(x) in LaTeX
  Family family;        // the group the pickers and `actlab list` show it in (family_info)
  const char* range;    // output range as text, e.g. "(0, 1)", "[0, inf)"
  bool elementwise;     // false for softmax / log_softmax / softmin / maxout
  bool monotonic;
  bool zero_centred;       // |E f(Z)| < 0.05 for Z ~ N(0, 1): zero-mean input, zero-mean output
  bool smooth;             // C^1 everywhere
  bool saturating;         // f' -> 0 on at least one side
  bool has_dead_zone;      // output exactly 0 with f' = 0 on a half-line (relu family): counts as "dead"
  bool learnable_default;  // parameters are trained by default (prelu)
  int n_params;
  ActParam params[kMaxActParams];
  const char* desc_en;  // one line
  const char* desc_ko;  // one line, Korean
  const char* source;   // e.g. "Hendrycks & Gimpel 2016"
  int year;
  const char* grad_reads;  // which forward buffers act_backward's slope formula uses: "x", "y" or
                           // "x,y" (x is always read for NaN propagation; the forward is never redone)
  // Element-wise rows: where f is not smooth, for parameters p (double, n_params of them). Writes at
  // most kMaxKinks points into out and returns how many. Null for layer-level rows (layer_ops.h).
  int (*kinks)(const double* p, ActKink* out);
  ActPython python;  // NumPy and PyTorch expressions for the exported script (kNoPython: none)
};

// The whole catalogue, kNumActs rows in enum order (element-wise first).
const ActInfo* act_catalogue();
const ActInfo& act_info(Act a);
// Token -> id. Returns false (and leaves *out untouched) for an unknown name.
bool act_parse(const char* name, Act* out);
// Writes the default parameters into out[0..kMaxActParams) (unused slots = 0).
void act_default_params(Act a, float* out);
// The instruction set the kernels in the core library were compiled for (simd::backend_name() as
// seen by activations.cpp): "wasm-simd128", "sse2", "neon" or "scalar".
const char* act_kernel_backend();

// ---- Element-wise kernels (tier 3: SIMD) --------------------------------------------------------
// All take n elements, any n (tails included), and allow in-place use (y == x, dx == dy).
// params points to act_info(a).n_params floats (may be null when n_params == 0; null with
// n_params > 0 means the catalogue defaults).
// Only element-wise activations are accepted; layer-level ids are a programming error (asserted;
// release builds write NaN to the outputs instead of crashing).
// Contracts (tests/cpp/test_activations.cpp): values and derivatives within 1e-5 (1 + |ref|) of a
// double oracle on [-100, 100] (the measured per-row tolerances are in tests/cpp/tolerance.h);
// finite for every finite x; NaN in -> NaN out (values and derivatives); +-inf -> the limit.

// y = f(x)
void act_forward(Act a, const float* params, const float* x, float* y, size_t n);
// dx = dy * f'(x). x is the pre-activation and y = f(x) its output; the kernel reads whichever is
// cheaper (tanh' = 1 - y^2), never recomputes the forward.
void act_backward(Act a, const float* params, const float* x, const float* y, const float* dy, float* dx,
                  size_t n);
// f'(x) alone (used by the saturation metric and `actlab eval`): d = f'(x).
void act_derivative(Act a, const float* params, const float* x, const float* y, float* d, size_t n);
// Gradient of the learnable parameters: dparams[k] += sum_i dy[i] * df(x[i])/dparam_k.
// Accumulated for every k < n_params (also the non-learnable ones: the caller keeps what it trains);
// parameters that only move a jump (threshold's threshold, softplus' threshold, hardshrink's lambda)
// get 0. Rows without parameters leave dparams untouched.
void act_param_grad(Act a, const float* params, const float* x, const float* y, const float* dy, size_t n,
                    float* dparams);

// ---- Scalar reference (tier 2), float and double ------------------------------------------------
template <class T> T act_ref_forward(Act a, const T* params, T x);
template <class T> T act_ref_derivative(Act a, const T* params, T x);
// d f(x) / d params[k]
template <class T> T act_ref_param_derivative(Act a, const T* params, T x, int k);

// Reference loops over arrays (scalar, one call per element), the baseline the benchmarks compare
// the SIMD kernels with.
void act_forward_ref(Act a, const float* params, const float* x, float* y, size_t n);
void act_backward_ref(Act a, const float* params, const float* x, const float* y, const float* dy, float* dx,
                      size_t n);

}  // namespace actlab
