// simd.h — the thin SIMD vocabulary every ActLab kernel is written against.
//
// Two "ISAs" share one set of names, so each algorithm is written once (XNNPACK style):
//   f32x4  GCC/Clang vector extensions; compiles to WASM SIMD128 under -msimd128, to SSE2 on x86-64 and to
//          NEON on arm64. Masks are i32x4 lanes of 0 / -1.
//   float  the same algorithm one lane at a time (masks are bool). Used for ACTLAB_SIMD=0 builds.
// Kernels are templates over V (f32x4 or float) and use only the functions below: load, store, splat,
// + - * /, compares, select, vmin, vmax, vabs, bitcasts, round_nearest, exp2i, integer lanes (isplat,
// nonzero, to_float), any, first_lanes. No FMA is used anywhere:
// wasm128 has none, and results must agree across native and WASM to the last few ulp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__FINITE_MATH_ONLY__) && __FINITE_MATH_ONLY__
#error "ActLab kernels rely on IEEE inf/NaN semantics: never build with -ffast-math / -ffinite-math-only"
#endif

#ifndef ACTLAB_SIMD
#define ACTLAB_SIMD 1
#endif

namespace actlab::simd {

typedef float f32x4 __attribute__((vector_size(16)));
typedef int32_t i32x4 __attribute__((vector_size(16)));

#if ACTLAB_SIMD && (defined(__wasm_simd128__) || defined(__SSE2__) || defined(__ARM_NEON))
using vf = f32x4;  // the vector type the hot paths use
#define ACTLAB_VECTOR_WIDTH 4
#else
using vf = float;
#define ACTLAB_VECTOR_WIDTH 1
#endif
inline constexpr int kLanes = ACTLAB_VECTOR_WIDTH;

// Which instruction set the kernels were compiled for; tests assert "wasm-simd128" in the WASM build.
constexpr const char* backend_name() {
#if ACTLAB_VECTOR_WIDTH == 4 && defined(__wasm_simd128__)
  return "wasm-simd128";
#elif ACTLAB_VECTOR_WIDTH == 4 && defined(__SSE2__)
  return "sse2";
#elif ACTLAB_VECTOR_WIDTH == 4 && defined(__ARM_NEON)
  return "neon";
#else
  return "scalar";
#endif
}

// ---- lane type traits ---------------------------------------------------------------------------
template <class V> struct traits;
template <> struct traits<float> {
  using mask = bool;
  using ivec = int32_t;
  static constexpr int lanes = 1;
};
template <> struct traits<f32x4> {
  using mask = i32x4;
  using ivec = i32x4;
  static constexpr int lanes = 4;
};
template <class V> using mask_t = typename traits<V>::mask;
template <class V> using ivec_t = typename traits<V>::ivec;
template <class V> inline constexpr int lanes_v = traits<V>::lanes;

// ---- load / store / splat (unaligned) -----------------------------------------------------------
template <class V> inline V load(const float* p) {
  V v;
  std::memcpy(&v, p, sizeof(V));
  return v;
}
template <class V> inline void store(float* p, V v) { std::memcpy(p, &v, sizeof(V)); }
template <class V> inline V splat(float c);
template <> inline float splat<float>(float c) { return c; }
template <> inline f32x4 splat<f32x4>(float c) { return f32x4{c, c, c, c}; }

// ---- bit casts ----------------------------------------------------------------------------------
inline int32_t as_int(float v) {
  int32_t i;
  std::memcpy(&i, &v, 4);
  return i;
}
inline float as_float(int32_t i) {
  float v;
  std::memcpy(&v, &i, 4);
  return v;
}
inline i32x4 as_int(f32x4 v) { return reinterpret_cast<i32x4>(v); }
inline f32x4 as_float(i32x4 i) { return reinterpret_cast<f32x4>(i); }

// ---- masks and select ---------------------------------------------------------------------------
inline float select(bool m, float a, float b) { return m ? a : b; }
// The vector conditional (GCC and Clang) rather than and/andnot/or: compilers then recognise
// select(lt(a, b), a, b) as minps / f32x4.pmin and emit one instruction (blendvps where available).
inline f32x4 select(i32x4 m, f32x4 a, f32x4 b) { return m ? a : b; }
inline bool mask_and(bool a, bool b) { return a && b; }
inline i32x4 mask_and(i32x4 a, i32x4 b) { return a & b; }
inline bool mask_or(bool a, bool b) { return a || b; }
inline i32x4 mask_or(i32x4 a, i32x4 b) { return a | b; }
inline bool mask_not(bool a) { return !a; }
inline i32x4 mask_not(i32x4 a) { return ~a; }
// Compares return mask_t<V>; written as functions so float and f32x4 read the same.
template <class V> inline mask_t<V> lt(V a, V b) { return a < b; }
template <class V> inline mask_t<V> le(V a, V b) { return a <= b; }
template <class V> inline mask_t<V> gt(V a, V b) { return a > b; }
template <class V> inline mask_t<V> ge(V a, V b) { return a >= b; }
template <class V> inline mask_t<V> eq(V a, V b) { return a == b; }
template <class V> inline mask_t<V> is_nan(V a) { return a != a; }

// ---- arithmetic helpers -------------------------------------------------------------------------
// vmin/vmax: "a < b ? a : b" semantics (like wasm pmin / SSE minps): if either is NaN, returns b.
template <class V> inline V vmin(V a, V b) { return select(lt(a, b), a, b); }
template <class V> inline V vmax(V a, V b) { return select(gt(a, b), a, b); }
inline float vabs(float a) { return as_float(as_int(a) & 0x7fffffff); }
inline f32x4 vabs(f32x4 a) { return as_float(as_int(a) & 0x7fffffff); }
// copysign(mag, sign_of)
inline float vcopysign(float mag, float s) {
  return as_float((as_int(mag) & 0x7fffffff) | (as_int(s) & int32_t(0x80000000u)));
}
inline f32x4 vcopysign(f32x4 mag, f32x4 s) {
  return as_float((as_int(mag) & 0x7fffffff) | (as_int(s) & int32_t(0x80000000u)));
}
// Round to nearest even for |x| < 2^22 with the 1.5*2^23 trick (no rounding-mode dependence beyond
// the IEEE default). Larger |x| must be clamped by the caller.
template <class V> inline V round_nearest(V x) {
  const V magic = splat<V>(0x1.8p23f);  // 12582912
  return (x + magic) - magic;
}
// 2^n for integral-valued float n in [-126, 127], built in the exponent field.
inline float exp2i(float n) { return as_float((static_cast<int32_t>(n) + 127) << 23); }
inline f32x4 exp2i(f32x4 n) { return as_float((__builtin_convertvector(n, i32x4) + 127) << 23); }

// ---- integer lanes (the exponent-field tricks in math_approx.h) -----------------------------------
template <class V> inline ivec_t<V> isplat(int32_t c);
template <> inline int32_t isplat<float>(int32_t c) { return c; }
template <> inline i32x4 isplat<f32x4>(int32_t c) { return i32x4{c, c, c, c}; }
// Lane mask "integer lane is non-zero".
inline bool nonzero(int32_t i) { return i != 0; }
inline i32x4 nonzero(i32x4 i) { return i != i32x4{0, 0, 0, 0}; }
inline float to_float(int32_t i) { return static_cast<float>(i); }
inline f32x4 to_float(i32x4 i) { return __builtin_convertvector(i, f32x4); }

// ---- whole-vector tests -------------------------------------------------------------------------
// True if any lane of the mask is set (rare-path branches: sin/cos of huge arguments).
inline bool any(bool m) { return m; }
inline bool any(i32x4 m) {
  uint64_t w[2];
  std::memcpy(w, &m, sizeof(m));
  return (w[0] | w[1]) != 0;
}
// Mask of the lanes i < n (tails: only the first n lanes of a padded vector count).
template <class V> inline mask_t<V> first_lanes(int n);
template <> inline bool first_lanes<float>(int n) { return n > 0; }
template <> inline i32x4 first_lanes<f32x4>(int n) { return i32x4{0, 1, 2, 3} < i32x4{n, n, n, n}; }

// Horizontal sum in a fixed order ((0+1)+(2+3)) so native and WASM agree.
inline float hsum(float v) { return v; }
inline float hsum(f32x4 v) { return (v[0] + v[1]) + (v[2] + v[3]); }
// Four horizontal sums at once: {hsum(a), hsum(b), hsum(c), hsum(d)} by a 4x4 transpose, in the same
// summation order as hsum(). (__builtin_shufflevector: clang, and GCC >= 12.)
inline f32x4 hsum4(f32x4 a, f32x4 b, f32x4 c, f32x4 d) {
  const f32x4 ab_lo = __builtin_shufflevector(a, b, 0, 4, 1, 5),
              ab_hi = __builtin_shufflevector(a, b, 2, 6, 3, 7);
  const f32x4 cd_lo = __builtin_shufflevector(c, d, 0, 4, 1, 5),
              cd_hi = __builtin_shufflevector(c, d, 2, 6, 3, 7);
  const f32x4 l0 = __builtin_shufflevector(ab_lo, cd_lo, 0, 1, 4, 5);  // a0 b0 c0 d0
  const f32x4 l1 = __builtin_shufflevector(ab_lo, cd_lo, 2, 3, 6, 7);  // a1 b1 c1 d1
  const f32x4 l2 = __builtin_shufflevector(ab_hi, cd_hi, 0, 1, 4, 5);  // a2 b2 c2 d2
  const f32x4 l3 = __builtin_shufflevector(ab_hi, cd_hi, 2, 3, 6, 7);  // a3 b3 c3 d3
  return (l0 + l1) + (l2 + l3);
}
inline float hsum4(float a, float b, float c, float d) = delete;  // width-1 code uses hsum()

}  // namespace actlab::simd
