// math_approx.h — vectorised elementary functions for the activation kernels, written once over V
// (simd::f32x4 or float, see simd.h). Plain IEEE float arithmetic: no FMA, no -ffast-math, no libm
// on the fast paths, so native SSE2, WASM SIMD128 and the scalar build compute the same algorithm.
//
// Contracts (Highway style). "ulp" = max error in units in the last place of the float result,
// measured against a double-precision reference over every float in the stated range
// (tests/cpp/test_activations.cpp: MathApprox.*). Every function maps NaN to NaN.
//
//   exp(x)            max 1.05 ulp on [-87.3, 88.7] (normal results); the denormal range [-103.9, -87.3]
//                     is rounded once (abs error <= 2^-150); flushes to 0 below -103.97, +inf above
//                     88.7228. exp(-inf) = 0, exp(+inf) = +inf.
//   expm1_nonpos(x)   expm1 for x <= 0: max 1.2 ulp on [-17.4, 0]; returns -1 below -17.4 (the float
//                     nearest). Inputs above 0 are a caller error (clamped to 88, not asserted).
//   log1p_unit(u)     log(1 + u) for u in [0, 1]: max 2 ulp.
//   log(x)            natural log for x in [FLT_MIN, FLT_MAX]: max 2 ulp; log(+inf) = +inf.
//                     Zero, negative and denormal inputs are a caller error.
//   sigmoid(x)        1/(1+e^-x), max 3 ulp relative everywhere (no cancellation on either side).
//   tanh(x)           max 5 ulp (worst near |x| = 8.7, where tanh is within 2e-7 of 1: abs error
//                     <= 3e-7); exactly +-1 for |x| >= 9.
//   normal_cdf(x)     Phi(x) = (1 + erf(x/sqrt 2))/2 and the density phi(x): abs error <= 2.2e-7;
//                     the negative tail is computed directly (no 1 - Phi cancellation), its relative
//                     error grows like x^2 * 2^-24 from the rounding of x^2 (66 ulp at x = -12,
//                     where Phi = 2e-34); phi likewise.
//   sincos(x)         sin and cos: abs error <= 9.4e-8 (1.6 * 2^-24) for |x| <= 8192.
//                     Lanes with |x| > 8192, inf or NaN take libm sinf/cosf one lane at a time
//                     (exact reduction; sin(+-inf) = NaN).
//
// Polynomials: Chebyshev near-minimax fits (mpmath chebyfit, 60 digits) rounded to float; the
// fitted function and interval are stated at each one. Range reductions use Cody-Waite splits whose
// high parts have trailing zero bits so that n * hi is exact for the n that can occur.
#pragma once

#include <cmath>
#include <cstdint>

#include "simd.h"

namespace actlab::vmath {

using simd::as_float;
using simd::as_int;
using simd::isplat;
using simd::ivec_t;
using simd::mask_t;
using simd::select;
using simd::splat;

// ---- NaN-aware helpers --------------------------------------------------------------------------
// simd::vmin/vmax(a, b) return b when either is NaN; putting the constant first keeps a NaN x.
template <class V> inline V min_c(V x, float c) { return simd::vmin(splat<V>(c), x); }
template <class V> inline V max_c(V x, float c) { return simd::vmax(splat<V>(c), x); }
template <class V> inline V clamp_c(V x, float lo, float hi) { return min_c(max_c(x, lo), hi); }
// v, except NaN where x is NaN (for results that are constants on each piece).
template <class V> inline V keep_nan(V x, V v) { return select(simd::is_nan(x), x, v); }
// a * b, except b itself where b == 0: the limit of x * (something decaying faster than 1/x) at
// x = +-inf is 0, not inf * 0 = NaN.
template <class V> inline V mul_z(V a, V b) { return select(simd::eq(b, splat<V>(0.0f)), b, a * b); }
template <class V> inline mask_t<V> is_inf(V x) { return simd::eq(simd::vabs(x), splat<V>(INFINITY)); }
// v saturated to [-FLT_MAX, FLT_MAX] where x is finite (a finite input never gives inf); where x is
// infinite, v is the limit and stays as it is.
template <class V> inline V sat_finite(V x, V v) {
  return select(is_inf(x), v, clamp_c(v, -0x1.fffffep+127f, 0x1.fffffep+127f));
}

// ---- exp ----------------------------------------------------------------------------------------
namespace detail {
inline constexpr float kLog2e = 0x1.715476p+0f;    // 1.44269502
inline constexpr float kLn2Hi = 0x1.62e000p-1f;    // 0.693115234 (12 bits: n * hi exact, |n| < 2^12)
inline constexpr float kLn2Lo = 0x1.0bfbe8p-15f;   // 3.19461833e-05 (ln2 - hi)
inline constexpr float kRoundMagic = 0x1.8p23f;    // 12582912: x + magic rounds to an integer
inline constexpr int32_t kMagicBits = 0x4B400000;  // bit pattern of kRoundMagic

// (e^r - 1 - r) / r^2 on [-ln2/2, ln2/2], degree 4, abs error 6.5e-8 (=> e^r within 0.02 ulp).
template <class V> inline V exp_q(V r) {
  V q = splat<V>(0x1.6d10fcp-10f);       // 0.00139261759
  q = q * r + splat<V>(0x1.120b62p-7f);  // 0.00836317334
  q = q * r + splat<V>(0x1.55551ap-5f);  // 0.0416665561
  q = q * r + splat<V>(0x1.5554dep-3f);  // 0.166665778
  q = q * r + splat<V>(0x1.000000p-1f);  // 0.5
  return q;
}

// Rounds x * log2(e) to the integer n (as float and as int lanes) and reduces r = x - n ln2.
// Valid for |x * log2e| < 2^22 (callers clamp first).
template <class V> inline V reduce_ln2(V x, V* n, ivec_t<V>* ni) {
  const V kn = x * splat<V>(kLog2e) + splat<V>(kRoundMagic);
  *n = kn - splat<V>(kRoundMagic);
  *ni = as_int(kn) - isplat<V>(kMagicBits);
  V r = x - *n * splat<V>(kLn2Hi);
  return r - *n * splat<V>(kLn2Lo);
}

// 2^n for integer lanes n in [-126, 127].
template <class V> inline V pow2i(ivec_t<V> n) { return as_float((n + isplat<V>(127)) << 23); }

// 2 atanh(s) = 2s + s z R(z), z = s^2. R(z) on [0, 1/9] (|s| <= 1/3), degree 4, abs error 7.2e-9.
template <class V> inline V atanh2(V s) {
  const V z = s * s;
  V p = splat<V>(0x1.dba260p-3f);        // 0.232243299
  p = p * z + splat<V>(0x1.bc8cf8p-3f);  // 0.217065752
  p = p * z + splat<V>(0x1.24c926p-2f);  // 0.28592357
  p = p * z + splat<V>(0x1.9998d4p-2f);  // 0.399997056
  p = p * z + splat<V>(0x1.555556p-1f);  // 0.666666687
  return s * splat<V>(2.0f) + s * (z * p);
}
}  // namespace detail

template <class V> inline V exp(V x) {
  // NaN lanes are computed as x = -104 and restored at the end (no float->int of NaN anywhere).
  const V xc = simd::vmin(simd::vmax(x, splat<V>(-104.0f)), splat<V>(89.0f));
  V n;
  ivec_t<V> ni;
  const V r = detail::reduce_ln2(xc, &n, &ni);
  const V p = (detail::exp_q(r) * (r * r) + r) + splat<V>(1.0f);
  // n in [-150, 128]: scale in two steps so that denormal results are rounded once and 2^128
  // overflows to inf only when the result does.
  const ivec_t<V> n1 = ni >> 1;
  const V res = (p * detail::pow2i<V>(n1)) * detail::pow2i<V>(ni - n1);
  return keep_nan(x, res);
}

template <class V> inline V expm1_nonpos(V x) {
  const V xc = simd::vmin(simd::vmax(x, splat<V>(-18.0f)), splat<V>(88.0f));
  V n;
  ivec_t<V> ni;
  const V r = detail::reduce_ln2(xc, &n, &ni);
  const V pm1 = detail::exp_q(r) * (r * r) + r;  // e^r - 1, exact structure for n = 0
  const V s = detail::pow2i<V>(ni);              // n in [-26, 127]
  const V res = s * pm1 + (s - splat<V>(1.0f));  // 2^n e^r - 1
  return keep_nan(x, res);
}

// ---- logarithms ---------------------------------------------------------------------------------
// log(1 + u) = 2 atanh(u / (2 + u)); the identity is exact, so 1 + u is never rounded.
template <class V> inline V log1p_unit(V u) { return detail::atanh2(u / (u + splat<V>(2.0f))); }

template <class V> inline V log(V x) {
  // x = 2^e m with m in [sqrt(1/2), sqrt(2)); log x = e ln2 + 2 atanh((m - 1)/(m + 1)).
  const ivec_t<V> bits = as_int(x);
  V ef = simd::to_float((bits >> 23) - isplat<V>(127));
  V m = as_float((bits & isplat<V>(0x007fffff)) | isplat<V>(0x3f800000));  // [1, 2)
  const mask_t<V> big = simd::gt(m, splat<V>(0x1.6a09e6p+0f));             // sqrt(2) = 1.41421354
  m = select(big, m * splat<V>(0.5f), m);
  ef = select(big, ef + splat<V>(1.0f), ef);
  const V f = m - splat<V>(1.0f);  // exact (Sterbenz)
  const V lm = detail::atanh2(f / (f + splat<V>(2.0f)));
  const V res = ef * splat<V>(detail::kLn2Hi) + (lm + ef * splat<V>(detail::kLn2Lo));
  return select(simd::mask_or(simd::is_nan(x), is_inf(x)), x, res);
}

// ---- sigmoid, tanh ------------------------------------------------------------------------------
// e = exp(-|x|) never overflows; sigma = 1/(1+e) for x >= 0 and e/(1+e) below (no 1 - tiny).
template <class V> inline V sigmoid(V x) {
  const V e = exp(-simd::vabs(x));
  const V r = splat<V>(1.0f) / (splat<V>(1.0f) + e);
  return select(simd::ge(x, splat<V>(0.0f)), r, e * r);
}

// tanh(x) = x P(x^2) / Q(x^2) on [-9, 9] (beyond, tanh rounds to +-1 in float): a 13/6 rational in
// the style of Eigen's fast tanh, with our own fit (Loeb-iterated weighted least squares in mpmath,
// 40 digits, relative error of the exact rational 7.2e-9 on [1e-4, 9]). P(0) = Q(0) = 1, so tiny x
// returns x exactly. One division and 11 multiply-adds: the cheapest accurate tanh for 128-bit SIMD
// without FMA, and tanh is most of the playground's work (17 per forward pass of the standard net).
// |x| >= 9 gives exactly +-1; NaN fails that test and propagates through the rational.
template <class V> inline V tanh(V x) {
  // z may overflow for huge |x|: those lanes take the +-1 branch below.
  const V z = x * x;
  V p = splat<V>(-0x1.81cfd8p-44f);        // -8.56674486e-14
  p = p * z + splat<V>(0x1.d3484ap-35f);   // 5.31238560e-11
  p = p * z + splat<V>(-0x1.5cd91ep-26f);  // -2.03056327e-08
  p = p * z + splat<V>(0x1.770216p-17f);   // 1.11761137e-05
  p = p * z + splat<V>(0x1.9721b6p-9f);    // 0.00310616824
  p = p * z + splat<V>(0x1.0c007ep-3f);    // 0.130860314
  p = p * z + splat<V>(1.0f);
  V q = splat<V>(0x1.0b4ff0p-12f);       // 0.000254928833
  q = q * z + splat<V>(0x1.9179b6p-6f);  // 0.0245041158
  q = q * z + splat<V>(0x1.db5592p-2f);  // 0.464193612
  q = q * z + splat<V>(1.0f);
  const V t = (x * p) / q;
  return select(simd::ge(simd::vabs(x), splat<V>(9.0f)), simd::vcopysign(splat<V>(1.0f), x), t);
}

// ---- normal distribution (GELU) -----------------------------------------------------------------
namespace detail {
// erfc(z) = t e^{-z^2} Q(t), t = 1/(1 + z/2), z >= 0. Q on t in [0, 1], degree 10, abs error
// 8.2e-9 (Q in [0.28, 1]: relative 3e-8).
template <class V> inline V erfc_q(V t) {
  V q = splat<V>(0x1.7384a6p-5f);         // 0.0453513376
  q = q * t + splat<V>(-0x1.f6f2aap-3f);  // -0.245580032
  q = q * t + splat<V>(0x1.08a70ep-1f);   // 0.516899526
  q = q * t + splat<V>(-0x1.ee0ddep-2f);  // -0.482474774
  q = q * t + splat<V>(0x1.370f94p-3f);   // 0.151885182
  q = q * t + splat<V>(-0x1.165b6ap-4f);  // -0.067958273
  q = q * t + splat<V>(0x1.88821ap-4f);   // 0.0958271995
  q = q * t + splat<V>(0x1.664b74p-3f);   // 0.174948603
  q = q * t + splat<V>(0x1.f9add2p-3f);   // 0.246913567
  q = q * t + splat<V>(0x1.20dcf4p-2f);   // 0.282092869
  q = q * t + splat<V>(0x1.20dd76p-2f);   // 0.282094806
  return q;
}
}  // namespace detail

// Phi(x) and phi(x). One formula for all x: the tail Phi(-|x|) = erfc(|x|/sqrt2)/2 is computed
// directly, so the negative side has relative accuracy and the positive side is 1 - tail.
template <class V> inline V normal_cdf(V x, V* pdf) {
  const V ax = simd::vabs(x);
  const V t = splat<V>(1.0f) / (splat<V>(1.0f) + ax * splat<V>(0x1.6a09e6p-2f));  // z/2 = |x|*0.353553385
  const V e = exp(x * x * splat<V>(-0.5f));                                       // e^{-x^2/2} = e^{-z^2}
  const V tail = (splat<V>(0.5f) * t) * (e * detail::erfc_q(t));
  *pdf = e * splat<V>(0x1.988454p-2f);  // 1/sqrt(2 pi) = 0.398942292
  return select(simd::lt(x, splat<V>(0.0f)), tail, splat<V>(1.0f) - tail);
}

// ---- sin, cos -----------------------------------------------------------------------------------
namespace detail {
inline constexpr float kTwoOverPi = 0x1.45f306p-1f;  // 0.636619747
inline constexpr float kPio2A = 0x1.920000p+0f;      // 1.5703125     (8 bits: j * A exact, j < 2^16)
inline constexpr float kPio2B = 0x1.fb4000p-12f;     // 0.000483751297 (11 bits: exact for j < 2^13)
inline constexpr float kPio2C = 0x1.4442d2p-24f;     // 7.54979013e-08 (pi/2 - A - B, float)
inline constexpr float kSinCosFastMax = 8192.0f;     // |x| <= 8192 => j <= 5216 < 2^13

// sin r = r + r z S(z), cos r = 1 - z/2 + z^2 C(z), z = r^2 in [0, (pi/4)^2], degree 2 each
// (abs errors 2.0e-8 and 2.0e-9 on S and C: < 0.2 ulp of the results).
template <class V> inline V sin_poly(V r, V z) {
  V s = splat<V>(-0x1.9ac9b0p-13f);       // -0.000195878907
  s = s * z + splat<V>(0x1.110c28p-7f);   // 0.00833274797
  s = s * z + splat<V>(-0x1.555552p-3f);  // -0.166666642
  return r + r * (z * s);
}
template <class V> inline V cos_poly(V z) {
  V c = splat<V>(0x1.9bd89cp-16f);         // 2.45479423e-05
  c = c * z + splat<V>(-0x1.6c12d2p-10f);  // -0.00138883025
  c = c * z + splat<V>(0x1.555554p-5f);    // 0.0416666642
  return (splat<V>(1.0f) - z * splat<V>(0.5f)) + (z * z) * c;
}
}  // namespace detail

template <class V> inline void sincos(V x, V* s_out, V* c_out) {
  using namespace detail;
  // j = round(x 2/pi) with the magic-number trick; its low bits are j mod 4.
  const V kj = x * splat<V>(kTwoOverPi) + splat<V>(kRoundMagic);
  const V j = kj - splat<V>(kRoundMagic);
  const ivec_t<V> ji = as_int(kj);
  V r = x - j * splat<V>(kPio2A);
  r = r - j * splat<V>(kPio2B);
  r = r - j * splat<V>(kPio2C);
  const V z = r * r;
  const V sr = sin_poly(r, z);
  const V cr = cos_poly(z);
  // sin(r + j pi/2) = {sin r, cos r, -sin r, -cos r}[j mod 4]; cos is the same at j + 1.
  const mask_t<V> odd = simd::nonzero(ji & isplat<V>(1));
  const mask_t<V> sneg = simd::nonzero(ji & isplat<V>(2));
  const mask_t<V> cneg = simd::nonzero((ji + isplat<V>(1)) & isplat<V>(2));
  V s = select(odd, cr, sr);
  V c = select(odd, sr, cr);
  s = select(sneg, -s, s);
  c = select(cneg, -c, c);
  // Rare path: huge, infinite or NaN arguments, one lane at a time through libm.
  const mask_t<V> slow = simd::mask_not(simd::le(simd::vabs(x), splat<V>(kSinCosFastMax)));
  if (simd::any(slow)) {
    constexpr int L = simd::lanes_v<V>;
    float xs[L], ss[L], cs[L];
    simd::store(xs, x);
    simd::store(ss, s);
    simd::store(cs, c);
    for (int i = 0; i < L; ++i) {
      if (!(std::fabs(xs[i]) <= kSinCosFastMax)) {
        ss[i] = std::sin(xs[i]);
        cs[i] = std::cos(xs[i]);
      }
    }
    s = simd::load<V>(ss);
    c = simd::load<V>(cs);
  }
  *s_out = s;
  *c_out = c;
}

template <class V> inline V sin(V x) {
  V s, c;
  sincos(x, &s, &c);
  return s;
}
template <class V> inline V cos(V x) {
  V s, c;
  sincos(x, &s, &c);
  return c;
}

}  // namespace actlab::vmath
