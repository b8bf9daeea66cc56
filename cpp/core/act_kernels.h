// act_kernels.h — the math of every element-wise activation, one struct per catalogue row, named
// K_<token>. Each struct holds both tiers side by side:
//
//   tier 2  ref_f / ref_df / ref_dp<T>   plain scalar libm code for T = float or double, x only,
//                                        written to be obviously right (PyTorch's formulas).
//   tier 3  f / df / dp<k><V>            the SIMD kernel over V (simd::f32x4 or float), using the
//                                        approximations of math_approx.h. df(x, y) may read the
//                                        forward output y = f(x) instead of recomputing anything.
//
// Conventions shared by every row (tested in tests/cpp/test_activations.cpp):
//   * PyTorch's definitions, including the kinks: at a kink the derivative is the one of PyTorch's
//     backward formula (relu'(0) = 0, leaky_relu'(0) = slope, hardtanh'(+-1) = 0, relu6'(0) =
//     relu6'(6) = 0, hardsigmoid' = 1/6 only strictly inside (-3, 3), hardswish' = x/3 + 1/2 on
//     (-3, 3) and 0 at -3, 1 at 3, softplus linear (f' = 1) when beta x > threshold).
//   * NaN in -> NaN out for f, f' and every df/dparam (the drivers in activations.cpp apply
//     keep_nan to the derivatives; the forward rows propagate NaN themselves).
//   * Infinite x gives the mathematical limit (relu(inf) = inf, sigmoid(-inf) = 0, x*sigma(x) -> 0
//     at -inf, never inf * 0 = NaN); sin-based rows give NaN at +-inf like sin.
//   * Finite x never gives inf or NaN (params inside their catalogue ranges): exponentials are
//     taken of clamped or non-positive arguments, and a value that truly exceeds the float range
//     saturates to +-FLT_MAX (ncu, and the swish beta-gradient when beta ~ 0).
//   * params: a = params[0], b = params[1] (catalogue order), splatted once per call in Prm.
#pragma once

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

#include "math_approx.h"
#include "simd.h"

namespace actlab::kern {

using simd::mask_and;
using simd::mask_or;
using simd::select;
using simd::splat;
namespace vm = vmath;

// The parameters of one call, splatted (and the reciprocals the kernels divide by).
template <class V> struct Prm { V a, b, inv_a; };
template <class V> inline Prm<V> make_prm(const float* p) {
  return Prm<V>{splat<V>(p[0]), splat<V>(p[1]), splat<V>(1.0f / p[0])};
}

template <class V> inline V k(float c) { return splat<V>(c); }
template <class T> inline T nan_of() { return std::numeric_limits<T>::quiet_NaN(); }
// Scalar twin of vm::mul_z: a * b, but b when b == 0 (the limit at infinite a).
template <class T> inline T mul_z(T a, T b) { return b == T(0) ? b : a * b; }
// Scalar stable logistic.
template <class T> inline T sigmoid_ref(T x) {
  if (x >= 0) return T(1) / (T(1) + std::exp(-x));
  const T e = std::exp(x);
  return e / (T(1) + e);
}

inline constexpr float kSeluAlpha = 0x1.ac5afap+0f;  // 1.67326319 (1.6732632423543772848170429916717)
inline constexpr float kSeluScale = 0x1.0cfabep+0f;  // 1.05070102 (1.0507009873554804934193349852946)
inline constexpr double kSeluAlphaD = 1.6732632423543772848170429916717;
inline constexpr double kSeluScaleD = 1.0507009873554804934193349852946;
inline constexpr float kGeluTanhBeta = 0x1.988454p-1f;  // sqrt(2/pi) = 0.797884583
inline constexpr float kGeluTanhKappa = 0.044715f;

// ---- linear, step -------------------------------------------------------------------------------
struct K_identity {
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) { return x; }
  template <class V> static V df(V, V, const Prm<V>&) { return k<V>(1.0f); }
  template <class T> static T ref_f(T x, const T*) { return x; }
  template <class T> static T ref_df(T, const T*) { return T(1); }
};

struct K_step {  // 1 if x >= 0 else 0; f' = 0 (PyTorch has no step: the Korean seed's definition)
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) {
    return vm::keep_nan(x, select(simd::ge(x, k<V>(0.0f)), k<V>(1.0f), k<V>(0.0f)));
  }
  template <class V> static V df(V, V, const Prm<V>&) { return k<V>(0.0f); }
  template <class T> static T ref_f(T x, const T*) { return x >= 0 ? T(1) : T(0); }
  template <class T> static T ref_df(T, const T*) { return T(0); }
};

struct K_threshold {  // a = threshold, b = value: x if x > threshold else value (torch.nn.Threshold)
  static constexpr int kParams = 2;
  template <class V> static V f(V x, const Prm<V>& c) { return select(simd::le(x, c.a), c.b, x); }
  template <class V> static V df(V x, V, const Prm<V>& c) {
    return select(simd::le(x, c.a), k<V>(0.0f), k<V>(1.0f));
  }
  // d/dthreshold = 0 almost everywhere (the parameter moves a jump); d/dvalue = [x <= threshold].
  template <int P, class V> static V dp(V x, V, const Prm<V>& c) {
    if constexpr (P == 0) return k<V>(0.0f);
    else return select(simd::le(x, c.a), k<V>(1.0f), k<V>(0.0f));
  }
  template <class T> static T ref_f(T x, const T* p) { return x > p[0] ? x : p[1]; }
  template <class T> static T ref_df(T x, const T* p) { return x > p[0] ? T(1) : T(0); }
  template <class T> static T ref_dp(T x, const T* p, int i) {
    return i == 0 ? T(0) : (x > p[0] ? T(0) : T(1));
  }
};

// ---- sigmoidal ----------------------------------------------------------------------------------
struct K_sigmoid {
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) { return vm::sigmoid(x); }
  template <class V> static V df(V, V y, const Prm<V>&) { return y * (k<V>(1.0f) - y); }  // reads y
  template <class T> static T ref_f(T x, const T*) { return sigmoid_ref(x); }
  template <class T> static T ref_df(T x, const T*) {
    const T s = sigmoid_ref(x);
    return s * (T(1) - s);
  }
};

struct K_tanh {
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) { return vm::tanh(x); }
  template <class V> static V df(V, V y, const Prm<V>&) { return k<V>(1.0f) - y * y; }  // reads y
  template <class T> static T ref_f(T x, const T*) { return std::tanh(x); }
  template <class T> static T ref_df(T x, const T*) {
    const T t = std::tanh(x);
    return T(1) - t * t;
  }
};

struct K_softsign {  // x / (1 + |x|); |x| >= 2^24 gives +-1 exactly (and +-inf -> +-1, not inf/inf)
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) {
    const V xc = vm::clamp_c(x, -0x1p24f, 0x1p24f);
    return xc / (k<V>(1.0f) + simd::vabs(xc));
  }
  template <class V> static V df(V x, V, const Prm<V>&) {
    const V t = k<V>(1.0f) / (k<V>(1.0f) + simd::vabs(x));
    return t * t;
  }
  template <class T> static T ref_f(T x, const T*) {
    return std::isinf(x) ? std::copysign(T(1), x) : x / (T(1) + std::fabs(x));
  }
  template <class T> static T ref_df(T x, const T*) {
    const T d = T(1) + std::fabs(x);
    return T(1) / (d * d);
  }
};

struct K_hardtanh {  // a = min_val, b = max_val
  static constexpr int kParams = 2;
  template <class V> static V f(V x, const Prm<V>& c) { return simd::vmin(c.b, simd::vmax(c.a, x)); }
  template <class V> static V df(V x, V, const Prm<V>& c) {
    return select(mask_or(simd::le(x, c.a), simd::ge(x, c.b)), k<V>(0.0f), k<V>(1.0f));
  }
  template <int P, class V> static V dp(V x, V, const Prm<V>& c) {
    if constexpr (P == 0) return select(simd::le(x, c.a), k<V>(1.0f), k<V>(0.0f));
    else return select(simd::ge(x, c.b), k<V>(1.0f), k<V>(0.0f));
  }
  template <class T> static T ref_f(T x, const T* p) { return x < p[0] ? p[0] : (x > p[1] ? p[1] : x); }
  template <class T> static T ref_df(T x, const T* p) { return (x <= p[0] || x >= p[1]) ? T(0) : T(1); }
  template <class T> static T ref_dp(T x, const T* p, int i) {
    return i == 0 ? (x <= p[0] ? T(1) : T(0)) : (x >= p[1] ? T(1) : T(0));
  }
};

struct K_hardsigmoid {  // relu6(x + 3) / 6
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) {
    return vm::clamp_c(x + k<V>(3.0f), 0.0f, 6.0f) * k<V>(0x1.555556p-3f);  // 1/6 = 0.166666672
  }
  template <class V> static V df(V x, V, const Prm<V>&) {
    return select(mask_and(simd::gt(x, k<V>(-3.0f)), simd::lt(x, k<V>(3.0f))), k<V>(0x1.555556p-3f),
                  k<V>(0.0f));
  }
  template <class T> static T ref_f(T x, const T*) { return std::min(std::max(x + T(3), T(0)), T(6)) / T(6); }
  template <class T> static T ref_df(T x, const T*) { return (x > T(-3) && x < T(3)) ? T(1) / T(6) : T(0); }
};

// ---- rectifiers ---------------------------------------------------------------------------------
struct K_relu {
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) { return vm::max_c(x, 0.0f); }
  template <class V> static V df(V x, V, const Prm<V>&) {
    return select(simd::gt(x, k<V>(0.0f)), k<V>(1.0f), k<V>(0.0f));
  }
  template <class T> static T ref_f(T x, const T*) { return x > 0 ? x : T(0); }
  template <class T> static T ref_df(T x, const T*) { return x > 0 ? T(1) : T(0); }
};

// Leaky ReLU / PReLU: x if x > 0 else a x. PyTorch's backward uses x > 0, so f'(0) = a.
struct K_leaky_relu {
  static constexpr int kParams = 1;
  template <class V> static V f(V x, const Prm<V>& c) {  // mul_z: a = 0 at x = -inf gives 0
    return vm::keep_nan(x, select(simd::gt(x, k<V>(0.0f)), x, vm::mul_z(x, c.a)));
  }
  template <class V> static V df(V x, V, const Prm<V>& c) {
    return select(simd::gt(x, k<V>(0.0f)), k<V>(1.0f), c.a);
  }
  template <int P, class V> static V dp(V x, V, const Prm<V>&) {
    return select(simd::gt(x, k<V>(0.0f)), k<V>(0.0f), x);
  }
  template <class T> static T ref_f(T x, const T* p) { return x > 0 ? x : mul_z(x, p[0]); }
  template <class T> static T ref_df(T x, const T* p) { return x > 0 ? T(1) : p[0]; }
  template <class T> static T ref_dp(T x, const T*, int) { return x > 0 ? T(0) : x; }
};
struct K_prelu : K_leaky_relu {};  // same function; the caller passes the unit's learnable a

struct K_relu6 {  // hardtanh(x, 0, 6): f' = 0 at 0 and at 6
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) { return vm::clamp_c(x, 0.0f, 6.0f); }
  template <class V> static V df(V x, V, const Prm<V>&) {
    return select(mask_and(simd::gt(x, k<V>(0.0f)), simd::lt(x, k<V>(6.0f))), k<V>(1.0f), k<V>(0.0f));
  }
  template <class T> static T ref_f(T x, const T*) { return std::min(std::max(x, T(0)), T(6)); }
  template <class T> static T ref_df(T x, const T*) { return (x > 0 && x < 6) ? T(1) : T(0); }
};

// ---- exponential linear units -------------------------------------------------------------------
struct K_elu {  // a = alpha: x if x > 0 else alpha (e^x - 1); f'(x <= 0) = alpha e^x = y + alpha
  static constexpr int kParams = 1;
  template <class V> static V f(V x, const Prm<V>& c) {
    return select(simd::gt(x, k<V>(0.0f)), x, c.a * vm::expm1_nonpos(vm::min_c(x, 0.0f)));
  }
  template <class V> static V df(V x, V y, const Prm<V>& c) {  // reads y for x <= 0
    return select(simd::gt(x, k<V>(0.0f)), k<V>(1.0f), y + c.a);
  }
  template <int P, class V> static V dp(V x, V, const Prm<V>&) {
    return select(simd::gt(x, k<V>(0.0f)), k<V>(0.0f), vm::expm1_nonpos(vm::min_c(x, 0.0f)));
  }
  template <class T> static T ref_f(T x, const T* p) { return x > 0 ? x : p[0] * std::expm1(x); }
  template <class T> static T ref_df(T x, const T* p) { return x > 0 ? T(1) : p[0] * std::exp(x); }
  template <class T> static T ref_dp(T x, const T*, int) { return x > 0 ? T(0) : std::expm1(x); }
};

// scale * elu(x, alpha) with the fixed constants of Klambauer et al. Contract: scale * x exceeds the
// float range for x > 3.24e38; finite x saturates to FLT_MAX there (x = inf gives inf).
struct K_selu {
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) {
    const V neg = k<V>(kSeluAlpha) * vm::expm1_nonpos(vm::min_c(x, 0.0f));
    return vm::sat_finite(x, k<V>(kSeluScale) * select(simd::gt(x, k<V>(0.0f)), x, neg));
  }
  template <class V> static V df(V x, V y, const Prm<V>&) {  // reads y for x <= 0
    return select(simd::gt(x, k<V>(0.0f)), k<V>(kSeluScale), y + k<V>(kSeluScale * kSeluAlpha));
  }
  template <class T> static T ref_f(T x, const T*) {
    const T scale = T(kSeluScaleD), alpha = T(kSeluAlphaD);
    const T y = scale * (x > 0 ? x : alpha * std::expm1(x));
    return std::isinf(x) ? y : std::min(y, T(FLT_MAX));
  }
  template <class T> static T ref_df(T x, const T*) {
    const T scale = T(kSeluScaleD), alpha = T(kSeluAlphaD);
    return x > 0 ? scale : scale * alpha * std::exp(x);
  }
};

struct K_celu {  // a = alpha: x if x > 0 else alpha (e^{x/alpha} - 1); f'(x <= 0) = y/alpha + 1
  static constexpr int kParams = 1;
  template <class V> static V f(V x, const Prm<V>& c) {
    return select(simd::gt(x, k<V>(0.0f)), x, c.a * vm::expm1_nonpos(vm::min_c(x * c.inv_a, 0.0f)));
  }
  template <class V> static V df(V x, V y, const Prm<V>& c) {  // reads y for x <= 0
    return select(simd::gt(x, k<V>(0.0f)), k<V>(1.0f), y * c.inv_a + k<V>(1.0f));
  }
  // d/dalpha [alpha (e^u - 1)], u = x/alpha: (e^u - 1) - u e^u.
  template <int P, class V> static V dp(V x, V, const Prm<V>& c) {
    const V u = x * c.inv_a;
    const V em = vm::expm1_nonpos(vm::min_c(u, 0.0f));
    return select(simd::gt(x, k<V>(0.0f)), k<V>(0.0f), em - vm::mul_z(u, em + k<V>(1.0f)));
  }
  template <class T> static T ref_f(T x, const T* p) { return x > 0 ? x : p[0] * std::expm1(x / p[0]); }
  template <class T> static T ref_df(T x, const T* p) { return x > 0 ? T(1) : std::exp(x / p[0]); }
  template <class T> static T ref_dp(T x, const T* p, int) {
    if (x > 0) return T(0);
    const T u = x / p[0];
    return std::expm1(u) - mul_z(u, std::exp(u));
  }
};

// ---- gated (x times a gate) ---------------------------------------------------------------------
struct K_gelu {  // x Phi(x), Phi the standard normal CDF (exact, erf form)
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) {
    V pdf;
    return vm::mul_z(x, vm::normal_cdf(x, &pdf));
  }
  template <class V> static V df(V x, V, const Prm<V>&) {  // Phi(x) + x phi(x)
    V pdf;
    const V cdf = vm::normal_cdf(x, &pdf);
    return cdf + vm::mul_z(x, pdf);
  }
  template <class T> static T ref_f(T x, const T*) {
    return mul_z(x, T(0.5) * std::erfc(-x * T(0.70710678118654752440)));
  }
  template <class T> static T ref_df(T x, const T*) {
    const T cdf = T(0.5) * std::erfc(-x * T(0.70710678118654752440));
    const T pdf = std::exp(T(-0.5) * x * x) * T(0.39894228040143267794);
    return cdf + mul_z(x, pdf);
  }
};

struct K_gelu_tanh {  // x (1 + tanh(u))/2 = x sigma(2u), u = sqrt(2/pi) (x + 0.044715 x^3)
  static constexpr int kParams = 0;
  // Shared part: s = sigma(2u) and w = s (1 - s), from x clamped to [-30, 30] (beyond, s is
  // exactly 0 or 1 in float already, and x^3 cannot overflow).
  template <class V> static V gate(V x, V* xc_out, V* w_out) {
    const V xc = vm::clamp_c(x, -30.0f, 30.0f);
    const V v = xc * (k<V>(2.0f * kGeluTanhBeta) + k<V>(2.0f * kGeluTanhBeta * kGeluTanhKappa) * (xc * xc));
    const V e = vm::exp(-simd::vabs(v));
    const V r = k<V>(1.0f) / (k<V>(1.0f) + e);
    *xc_out = xc;
    *w_out = e * r * r;
    return select(simd::ge(v, k<V>(0.0f)), r, e * r);
  }
  template <class V> static V f(V x, const Prm<V>&) {
    V xc, w;
    return vm::mul_z(x, gate(x, &xc, &w));
  }
  // f' = s + x * 2 s (1 - s) * u'(x), u' = sqrt(2/pi) (1 + 3 * 0.044715 x^2)   (PyTorch's formula)
  template <class V> static V df(V x, V, const Prm<V>&) {
    V xc, w;
    const V s = gate(x, &xc, &w);
    const V du2 = k<V>(2.0f * kGeluTanhBeta) + k<V>(2.0f * kGeluTanhBeta * 3.0f * kGeluTanhKappa) * (xc * xc);
    return s + xc * (w * du2);
  }
  template <class T> static T ref_f(T x, const T*) {
    const T t = std::tanh(T(0.79788456080286535588) * (x + T(0.044715) * x * x * x));
    return mul_z(x, T(0.5) * (T(1) + t));
  }
  template <class T> static T ref_df(T x, const T*) {
    const T beta = T(0.79788456080286535588), kappa = T(0.044715);
    const T t = std::tanh(beta * (x + kappa * x * x * x));
    const T sech2 = T(1) - t * t;
    const T right = sech2 == 0 ? T(0) : T(0.5) * x * sech2 * beta * (T(1) + T(3) * kappa * x * x);
    return T(0.5) * (T(1) + t) + right;
  }
};

// x sigma(beta x), shared by silu (beta = 1) and swish (beta learnable).
template <class V> inline V swish_gate(V x, V beta, V* u_out, V* w_out) {
  // beta x (0 when beta = 0, also at x = +-inf), clamped: sigma is exactly 0/1 beyond +-104 anyway.
  const V u = vm::clamp_c(vm::mul_z(x, beta), -200.0f, 200.0f);
  const V e = vm::exp(-simd::vabs(u));
  const V r = k<V>(1.0f) / (k<V>(1.0f) + e);
  *u_out = u;
  *w_out = e * r * r;  // sigma (1 - sigma)
  return select(simd::ge(u, k<V>(0.0f)), r, e * r);
}
template <class T> inline T swish_ref(T x, T beta) { return mul_z(x, sigmoid_ref(mul_z(x, beta))); }
template <class T> inline T swish_ref_df(T x, T beta) {  // sigma(u) + u sigma(u) sigma(-u), u = beta x
  const T u = mul_z(x, beta);
  const T s = sigmoid_ref(u);
  const T w = s * sigmoid_ref(-u);
  return s + (w == 0 ? T(0) : u * w);
}

struct K_silu {  // x sigma(x)
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) {
    V u, w;
    return vm::mul_z(x, swish_gate(x, k<V>(1.0f), &u, &w));
  }
  template <class V> static V df(V x, V, const Prm<V>&) {
    V u, w;
    const V s = swish_gate(x, k<V>(1.0f), &u, &w);
    return s + u * w;
  }
  template <class T> static T ref_f(T x, const T*) { return swish_ref(x, T(1)); }
  template <class T> static T ref_df(T x, const T*) { return swish_ref_df(x, T(1)); }
};

struct K_swish {  // a = beta: x sigma(beta x)
  static constexpr int kParams = 1;
  template <class V> static V f(V x, const Prm<V>& c) {
    V u, w;
    return vm::mul_z(x, swish_gate(x, c.a, &u, &w));
  }
  template <class V> static V df(V x, V, const Prm<V>& c) {
    V u, w;
    const V s = swish_gate(x, c.a, &u, &w);
    return s + u * w;
  }
  // d/dbeta = x^2 sigma (1 - sigma); saturates to +-FLT_MAX (only reachable for beta ~ 0).
  template <int P, class V> static V dp(V x, V, const Prm<V>& c) {
    V u, w;
    swish_gate(x, c.a, &u, &w);
    return vm::clamp_c(vm::mul_z(x, vm::mul_z(x, w)), -FLT_MAX, FLT_MAX);
  }
  template <class T> static T ref_f(T x, const T* p) { return swish_ref(x, p[0]); }
  template <class T> static T ref_df(T x, const T* p) { return swish_ref_df(x, p[0]); }
  template <class T> static T ref_dp(T x, const T* p, int) {
    const T u = mul_z(x, p[0]);
    const T w = sigmoid_ref(u) * sigmoid_ref(-u);
    return w == 0 ? T(0) : std::min(x * (x * w), T(FLT_MAX));
  }
};

struct K_mish {  // x tanh(softplus(x)); with e = e^x, n = e (e + 2): tanh(softplus x) = n / (n + 2)
  static constexpr int kParams = 0;
  template <class V> static V gate(V x, V* xc_out, V* e_out, V* n_out) {
    const V xc = vm::clamp_c(x, -200.0f, 15.0f);  // tanh(softplus) is exactly 0 / 1 beyond
    const V e = vm::exp(xc);
    const V n = e * (e + k<V>(2.0f));
    *xc_out = xc;
    *e_out = e;
    *n_out = n;
    return n / (n + k<V>(2.0f));
  }
  template <class V> static V f(V x, const Prm<V>&) {
    V xc, e, n;
    return vm::mul_z(x, gate(x, &xc, &e, &n));
  }
  // f' = t + x sech^2(softplus x) sigma(x),  sech^2 = 4 (n + 1) / (n + 2)^2,  sigma = e / (1 + e)
  template <class V> static V df(V x, V, const Prm<V>&) {
    V xc, e, n;
    const V t = gate(x, &xc, &e, &n);
    const V d = n + k<V>(2.0f);
    const V g = (k<V>(4.0f) * (n + k<V>(1.0f)) * e) / ((d * d) * (k<V>(1.0f) + e));
    return t + xc * g;
  }
  template <class T> static T ref_f(T x, const T*) { return mul_z(x, std::tanh(std::log1p(std::exp(x)))); }
  template <class T> static T ref_df(T x, const T*) {
    const T t = std::tanh(std::log1p(std::exp(x)));
    const T g = (T(1) - t * t) * sigmoid_ref(x);
    return t + (g == 0 ? T(0) : x * g);
  }
};

struct K_hardswish {  // x relu6(x + 3) / 6
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) {
    return vm::mul_z(x, vm::clamp_c(x + k<V>(3.0f), 0.0f, 6.0f) * k<V>(0x1.555556p-3f));
  }
  // PyTorch: 0 for x <= -3, x/3 + 1/2 for -3 < x < 3, 1 for x >= 3.
  template <class V> static V df(V x, V, const Prm<V>&) {
    const V mid = x * k<V>(0x1.555556p-2f) + k<V>(0.5f);  // 1/3 = 0.333333343
    return select(simd::le(x, k<V>(-3.0f)), k<V>(0.0f), select(simd::lt(x, k<V>(3.0f)), mid, k<V>(1.0f)));
  }
  template <class T> static T ref_f(T x, const T*) {
    if (x <= T(-3)) return T(0);
    return x >= T(3) ? x : x * (x + T(3)) / T(6);
  }
  template <class T> static T ref_df(T x, const T*) {
    if (x <= T(-3)) return T(0);
    return x < T(3) ? x / T(3) + T(0.5) : T(1);
  }
};

// ---- softplus family ----------------------------------------------------------------------------
struct K_softplus {  // a = beta, b = threshold: x if beta x > threshold else log(1 + e^{beta x}) / beta
  static constexpr int kParams = 2;
  template <class V> static V f(V x, const Prm<V>& c) {
    const V xb = x * c.a;
    const V sp = (vm::max_c(xb, 0.0f) + vm::log1p_unit(vm::exp(-simd::vabs(xb)))) * c.inv_a;
    return select(simd::gt(xb, c.b), x, sp);
  }
  // f' = sigma(beta x) = 1 - e^{-beta y}: reads y (no sigmoid of x needed).
  template <class V> static V df(V x, V y, const Prm<V>& c) {
    return select(simd::gt(x * c.a, c.b), k<V>(1.0f), -vm::expm1_nonpos(-(c.a * y)));
  }
  // d/dbeta = (x sigma(beta x) - y) / beta = (t sigma(t) - log(1 + e^t)) / beta^2 with t = -|beta x|
  // (the same for both signs of x, and free of the cancellation of the first form);
  // d/dthreshold = 0 (it moves a jump of e^-threshold).
  template <int P, class V> static V dp(V x, V, const Prm<V>& c) {
    if constexpr (P == 0) {
      const V xb = x * c.a;
      const V t = -simd::vabs(xb);
      const V e = vm::exp(t);
      const V g = vm::mul_z(t, e / (k<V>(1.0f) + e)) - vm::log1p_unit(e);
      return select(simd::gt(xb, c.b), k<V>(0.0f), g * (c.inv_a * c.inv_a));
    } else {
      return k<V>(0.0f);
    }
  }
  template <class T> static T ref_f(T x, const T* p) {
    return x * p[0] > p[1] ? x : std::log1p(std::exp(x * p[0])) / p[0];
  }
  template <class T> static T ref_df(T x, const T* p) {
    return x * p[0] > p[1] ? T(1) : sigmoid_ref(x * p[0]);
  }
  template <class T> static T ref_dp(T x, const T* p, int i) {
    if (i == 1 || x * p[0] > p[1]) return T(0);
    const T t = -std::fabs(x * p[0]);
    return (mul_z(t, sigmoid_ref(t)) - std::log1p(std::exp(t))) / (p[0] * p[0]);
  }
};

struct K_logsigmoid {  // log sigma(x) = min(x, 0) - log(1 + e^{-|x|}); f' = sigma(-x) = -expm1(y)
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) {
    return vm::min_c(x, 0.0f) - vm::log1p_unit(vm::exp(-simd::vabs(x)));
  }
  template <class V> static V df(V, V y, const Prm<V>&) { return -vm::expm1_nonpos(y); }  // reads y
  template <class T> static T ref_f(T x, const T*) {
    return x < 0 ? x - std::log1p(std::exp(x)) : -std::log1p(std::exp(-x));
  }
  template <class T> static T ref_df(T x, const T*) { return sigmoid_ref(-x); }
};

// ---- shrinkage ----------------------------------------------------------------------------------
struct K_tanhshrink {  // x - tanh x; f' = tanh^2 x = (x - y)^2, and exactly 1 for |x| >= 9
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) { return x - vm::tanh(x); }
  template <class V> static V df(V x, V y, const Prm<V>&) {  // reads x and y
    const V t = select(simd::ge(simd::vabs(x), k<V>(9.0f)), k<V>(1.0f), x - y);
    return t * t;
  }
  template <class T> static T ref_f(T x, const T*) { return x - std::tanh(x); }
  template <class T> static T ref_df(T x, const T*) {
    const T t = std::tanh(x);
    return t * t;
  }
};

struct K_softshrink {  // a = lambda: x - clamp(x, -lambda, lambda)
  static constexpr int kParams = 1;
  template <class V> static V f(V x, const Prm<V>& c) { return x - simd::vmin(c.a, simd::vmax(-c.a, x)); }
  template <class V> static V df(V x, V, const Prm<V>& c) {
    return select(simd::gt(simd::vabs(x), c.a), k<V>(1.0f), k<V>(0.0f));
  }
  template <int P, class V> static V dp(V x, V, const Prm<V>& c) {
    return select(simd::gt(x, c.a), k<V>(-1.0f), select(simd::lt(x, -c.a), k<V>(1.0f), k<V>(0.0f)));
  }
  template <class T> static T ref_f(T x, const T* p) {
    return x > p[0] ? x - p[0] : (x < -p[0] ? x + p[0] : T(0));
  }
  template <class T> static T ref_df(T x, const T* p) { return (x >= -p[0] && x <= p[0]) ? T(0) : T(1); }
  template <class T> static T ref_dp(T x, const T* p, int) {
    return x > p[0] ? T(-1) : (x < -p[0] ? T(1) : T(0));
  }
};

struct K_hardshrink {  // a = lambda: 0 for |x| <= lambda, else x
  static constexpr int kParams = 1;
  template <class V> static V f(V x, const Prm<V>& c) {
    return select(simd::le(simd::vabs(x), c.a), k<V>(0.0f), x);
  }
  template <class V> static V df(V x, V, const Prm<V>& c) {
    return select(simd::le(simd::vabs(x), c.a), k<V>(0.0f), k<V>(1.0f));
  }
  template <int P, class V> static V dp(V, V, const Prm<V>&) { return k<V>(0.0f); }  // moves jumps only
  template <class T> static T ref_f(T x, const T* p) { return (x >= -p[0] && x <= p[0]) ? T(0) : x; }
  template <class T> static T ref_df(T x, const T* p) { return (x >= -p[0] && x <= p[0]) ? T(0) : T(1); }
  template <class T> static T ref_dp(T, const T*, int) { return T(0); }
};

// ---- oscillating --------------------------------------------------------------------------------
struct K_sine {
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) { return vm::sin(x); }
  template <class V> static V df(V x, V, const Prm<V>&) { return vm::cos(x); }
  template <class T> static T ref_f(T x, const T*) { return std::sin(x); }
  template <class T> static T ref_df(T x, const T*) { return std::cos(x); }
};

// Contract: for finite x the value x - x^3 (and the slope 1 - 3x^2) saturate to +-FLT_MAX once they
// leave the float range (|x| > ~6.98e12, resp. ~1.06e19); x = +-inf gives -+inf (the limit).
struct K_ncu {
  static constexpr int kParams = 0;
  template <class V> static V sat(V x, V v) {
    return select(vm::is_inf(x), v, vm::clamp_c(v, -FLT_MAX, FLT_MAX));
  }
  template <class V> static V f(V x, const Prm<V>&) {  // x (1 - x)(1 + x): no cancellation at +-1
    return sat(x, x * ((k<V>(1.0f) - x) * (k<V>(1.0f) + x)));
  }
  template <class V> static V df(V x, V, const Prm<V>&) { return sat(x, k<V>(1.0f) - k<V>(3.0f) * (x * x)); }
  template <class T> static T sat_ref(T x, T v) {
    const T m = T(FLT_MAX);
    return std::isinf(x) ? v : std::min(std::max(v, -m), m);
  }
  // sat_ref: at x = +-inf the limit, not inf - inf.
  template <class T> static T ref_f(T x, const T*) { return sat_ref(x, x * (T(1) - x * x)); }
  template <class T> static T ref_df(T x, const T*) { return sat_ref(x, T(1) - T(3) * x * x); }
};

struct K_gcu {  // x cos x; f' = cos x - x sin x
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) { return x * vm::cos(x); }
  template <class V> static V df(V x, V, const Prm<V>&) {
    V s, c;
    vm::sincos(x, &s, &c);
    return c - x * s;
  }
  template <class T> static T ref_f(T x, const T*) { return x * std::cos(x); }
  template <class T> static T ref_df(T x, const T*) { return std::cos(x) - x * std::sin(x); }
};

// ---- radial -------------------------------------------------------------------------------------
struct K_gaussian {  // e^{-x^2}; f' = -2 x y
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) { return vm::exp(-(x * x)); }
  template <class V> static V df(V x, V y, const Prm<V>&) {  // reads y
    return k<V>(-2.0f) * vm::mul_z(x, y);
  }
  template <class T> static T ref_f(T x, const T*) { return std::exp(-x * x); }
  template <class T> static T ref_df(T x, const T*) { return T(-2) * mul_z(x, std::exp(-x * x)); }
};

// ---- sigmoidal, zero-centred with the sigmoid's slope ---------------------------------------------
// sigma(x) - 1/2, computed as tanh(x/2)/2 (the same value, without the cancellation near 0);
// f' = 1/4 - y^2 reads y, like tanh's 1 - y^2 (which it is, scaled: f'(x) = tanh'(x/2)/4).
struct K_centred_sigmoid {
  static constexpr int kParams = 0;
  template <class V> static V f(V x, const Prm<V>&) { return k<V>(0.5f) * vm::tanh(k<V>(0.5f) * x); }
  template <class V> static V df(V, V y, const Prm<V>&) {  // reads y
    const V t = k<V>(2.0f) * y;
    return k<V>(0.25f) * (k<V>(1.0f) - t * t);
  }
  template <class T> static T ref_f(T x, const T*) { return T(0.5) * std::tanh(T(0.5) * x); }
  template <class T> static T ref_df(T x, const T*) {
    const T t = std::tanh(T(0.5) * x);
    return T(0.25) * (T(1) - t * t);
  }
};

}  // namespace actlab::kern
