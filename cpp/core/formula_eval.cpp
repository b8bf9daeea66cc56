// formula_eval.cpp — the compiled program run over whole SIMD vectors (tier 3), its scalar libm twin
// (tier 2) and the kink query. The math of each instruction is written once over V (simd.h): value
// and forward-mode tangent side by side, with the catalogue's own approximations from math_approx.h,
// so `tanh(x)` and `x*sigmoid(x)` compute what the built-in tanh and silu kernels compute.
//
// The interpreter runs one instruction over a block of kBlock vectors before moving on to the next,
// so the cost of dispatching an instruction is spread over kBlock * lanes elements.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

#include "formula.h"
#include "formula_ref.h"
#include "math_approx.h"
#include "simd.h"

#if ACTLAB_VECTOR_WIDTH == 4 && defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif ACTLAB_VECTOR_WIDTH == 4 && defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace actlab {
namespace {

using simd::mask_t;
using simd::select;
using simd::splat;
namespace vm = vmath;
using V = simd::vf;

template <class T> inline T k(float c) { return splat<T>(c); }

// ---- the few functions math_approx.h does not have, over the whole float domain ------------------
// sqrt: the hardware instruction (correctly rounded, like std::sqrt).
[[maybe_unused]] inline float vsqrt(float a) { return std::sqrt(a); }
#if ACTLAB_VECTOR_WIDTH == 4
inline simd::f32x4 vsqrt(simd::f32x4 a) {
#if defined(__wasm_simd128__)
  return reinterpret_cast<simd::f32x4>(wasm_f32x4_sqrt(reinterpret_cast<v128_t>(a)));
#elif defined(__SSE2__)
  return reinterpret_cast<simd::f32x4>(_mm_sqrt_ps(reinterpret_cast<__m128>(a)));
#else
  float t[4];
  simd::store(t, a);
  for (float& v : t) v = std::sqrt(v);
  return simd::load<simd::f32x4>(t);
#endif
}
#endif

// log over the whole domain: NaN below 0, -inf at +-0, denormals scaled into vm::log's range first
// (2^23 x, then - 23 ln 2), +inf and NaN pass through.
template <class T> inline T vlog(T a) {
  const mask_t<T> tiny = simd::lt(a, k<T>(FLT_MIN));
  T r = vm::log(select(tiny, a * k<T>(0x1p23f), a));
  r = select(tiny, r - k<T>(0x1.fe2804p+3f), r);  // 23 ln2 = 15.9423847
  r = select(simd::eq(a, k<T>(0.0f)), k<T>(-INFINITY), r);
  return select(simd::lt(a, k<T>(0.0f)), k<T>(NAN), r);
}

// log1p over [-1, inf]: vm::log1p_unit on [0, 1]; elsewhere log(w) u / (w - 1) with w = 1 + u
// (Goldberg's correction: the rounding of 1 + u cancels), and u itself where 1 + u rounds to 1.
template <class T> inline T vlog1p(T u) {
  const T w = u + k<T>(1.0f);
  const T wm1 = w - k<T>(1.0f);
  T r = vlog(w) * (u / wm1);
  r = select(simd::eq(wm1, k<T>(0.0f)), u, r);
  r = select(simd::eq(u, k<T>(INFINITY)), u, r);
  const mask_t<T> unit = simd::mask_and(simd::ge(u, k<T>(0.0f)), simd::le(u, k<T>(1.0f)));
  return select(unit, vm::log1p_unit(u), r);
}

// erf: an odd Taylor polynomial for |u| < 0.5 (relative error < 1e-9 at 0.5; no cancellation near 0);
// beyond, 2 Phi(u sqrt 2) - 1 with math_approx's normal CDF (the tail is computed directly).
template <class T> inline T verf(T u) {
  const T z = u * u;
  T p = k<T>(0x1.f9a326p-14f);         // 1.20553326e-04  2/sqrt(pi) (-1)^n / (n! (2n+1)), n = 6..0
  p = p * z + k<T>(-0x1.c02db4p-11f);  // -8.54832702e-04
  p = p * z + k<T>(0x1.565bcep-8f);    // 5.22397785e-03
  p = p * z + k<T>(-0x1.b82ce4p-6f);   // -2.68661715e-02
  p = p * z + k<T>(0x1.ce2f22p-4f);    // 0.112837918
  p = p * z + k<T>(-0x1.812746p-2f);   // -0.376126379
  p = p * z + k<T>(0x1.20dd76p+0f);    // 1.12837923
  T pdf;
  const T cdf = vm::normal_cdf(u * k<T>(0x1.6a09e6p+0f), &pdf);  // sqrt 2 = 1.41421354
  const T big = cdf * k<T>(2.0f) - k<T>(1.0f);
  return select(simd::lt(simd::vabs(u), k<T>(0.5f)), u * p, big);
}

// Branch-free u^v (not a constant integer v): exp(v log|u|), with C pow's special cases: u = 0 gives
// 0 / 1 / inf for v > 0 / = 0 / < 0, v = 0 and u = 1 give 1, u < 0 is NaN unless v is an integer
// (then the sign is (-1)^v).
template <class T> inline T vpow(T u, T v) {
  const T au = simd::vabs(u);
  T r = vm::exp(v * vlog(au));
  const T vr = simd::round_nearest(vm::clamp_c(v, -0x1p22f, 0x1p22f));
  const mask_t<T> v_int = simd::eq(vr, v);
  const T half = simd::round_nearest(vr * k<T>(0.5f));
  const mask_t<T> v_odd = simd::mask_not(simd::eq(half * k<T>(2.0f), vr));
  const mask_t<T> neg = simd::lt(u, k<T>(0.0f));
  r = select(simd::mask_and(neg, v_odd), -r, r);
  r = select(simd::mask_and(neg, simd::mask_not(v_int)), k<T>(NAN), r);
  const mask_t<T> u0 = simd::eq(u, k<T>(0.0f));
  r = select(u0, select(simd::gt(v, k<T>(0.0f)), k<T>(0.0f), k<T>(INFINITY)), r);
  const mask_t<T> one = simd::mask_or(simd::eq(v, k<T>(0.0f)), simd::eq(u, k<T>(1.0f)));
  return select(one, k<T>(1.0f), r);
}

template <class T> inline T vpowi(T a, int n) {
  unsigned m = static_cast<unsigned>(n < 0 ? -n : n);
  T r = k<T>(1.0f), p = a;
  while (m) {
    if (m & 1u) r = r * p;
    m >>= 1;
    if (m) p = p * p;
  }
  return n < 0 ? k<T>(1.0f) / r : r;
}

// min/max: NaN in either gives NaN; the first argument wins a tie (its tangent flows).
template <class T> inline T nan_either(T a, T b, T r) {
  return select(simd::is_nan(a), a, select(simd::is_nan(b), b, r));
}

// ---- one instruction over one vector: value, and (Tan) its tangent ------------------------------
template <class T, bool Tan>
inline void step_op(const FInstr& in, T a, T b, T ta, T tb, bool b_varies, T* out, T* tout) {
  T v, t = k<T>(0.0f);
  switch (in.op) {
    case FOp::neg:
      v = -a;
      if (Tan) t = -ta;
      break;
    case FOp::add:
      v = a + b;
      if (Tan) t = ta + tb;
      break;
    case FOp::sub:
      v = a - b;
      if (Tan) t = ta - tb;
      break;
    case FOp::mul:
      v = a * b;
      if (Tan) t = ta * b + a * tb;
      break;
    case FOp::div:
      v = a / b;
      if (Tan) t = (ta - v * tb) / b;
      break;
    case FOp::pow:
      if (in.ipow) {
        const int n = static_cast<int>(in.c);
        if (n > 0) {
          const T pm1 = vpowi(a, n - 1);  // u^(n-1): the tangent's factor, and u^n = u^(n-1) u
          v = pm1 * a;
          if (Tan) t = k<T>(static_cast<float>(n)) * pm1 * ta;
        } else {
          v = vpowi(a, n);
          if (Tan) t = n == 0 ? k<T>(0.0f) : k<T>(static_cast<float>(n)) * vpowi(a, n - 1) * ta;
        }
      } else {
        v = vpow(a, b);
        if (Tan) {
          t = select(simd::eq(ta, k<T>(0.0f)), ta, b * vpow(a, b - k<T>(1.0f)) * ta);
          if (b_varies) t = t + select(simd::eq(tb, k<T>(0.0f)), tb, v * vlog(a) * tb);
        }
      }
      break;
    case FOp::exp:
      v = vm::exp(a);
      if (Tan) t = v * ta;
      break;
    case FOp::log:
      v = vlog(a);
      if (Tan) t = ta / a;
      break;
    case FOp::log1p:
      v = vlog1p(a);
      if (Tan) t = ta / (a + k<T>(1.0f));
      break;
    case FOp::sqrt:
      v = vsqrt(a);
      if (Tan) t = select(simd::eq(ta, k<T>(0.0f)), ta, k<T>(0.5f) * ta / v);
      break;
    case FOp::abs:
      v = simd::vabs(a);
      if (Tan) t = select(simd::gt(a, k<T>(0.0f)), ta, select(simd::lt(a, k<T>(0.0f)), -ta, k<T>(0.0f)));
      break;
    case FOp::sin:
    case FOp::cos:
    case FOp::tan: {
      T s, c;
      vm::sincos(a, &s, &c);
      if (in.op == FOp::sin) {
        v = s;
        if (Tan) t = c * ta;
      } else if (in.op == FOp::cos) {
        v = c;
        if (Tan) t = -s * ta;
      } else {
        v = s / c;
        if (Tan) t = ta / (c * c);
      }
      break;
    }
    case FOp::tanh:
      v = vm::tanh(a);
      if (Tan) t = (k<T>(1.0f) - v * v) * ta;
      break;  // reads the value
    case FOp::sigmoid: {
      // vm::sigmoid's own steps, keeping e = exp(-|u|) and r = 1/(1+e) for the slope
      // sigma (1 - sigma) = e r^2 (no cancellation in 1 - sigma where sigma is near 1).
      const T e = vm::exp(-simd::vabs(a));
      const T r = k<T>(1.0f) / (k<T>(1.0f) + e);
      v = select(simd::ge(a, k<T>(0.0f)), r, e * r);
      if (Tan) t = vm::keep_nan(a, e * r * r) * ta;
      break;
    }
    case FOp::softplus:
      v = vm::max_c(a, 0.0f) + vm::log1p_unit(vm::exp(-simd::vabs(a)));
      if (Tan) t = vm::sigmoid(a) * ta;
      break;
    case FOp::erf:
      v = verf(a);
      if (Tan) t = k<T>(0x1.20dd76p+0f) * vm::exp(-(a * a)) * ta;  // 2/sqrt(pi) = 1.12837923
      break;
    case FOp::min: {
      const mask_t<T> first = simd::le(a, b);
      v = nan_either(a, b, select(first, a, b));
      if (Tan) t = nan_either(a, b, select(first, ta, tb));
      break;
    }
    case FOp::max: {
      const mask_t<T> first = simd::ge(a, b);
      v = nan_either(a, b, select(first, a, b));
      if (Tan) t = nan_either(a, b, select(first, ta, tb));
      break;
    }
    case FOp::step:
      v = vm::keep_nan(a, select(simd::gt(a, k<T>(0.0f)), k<T>(1.0f), k<T>(0.0f)));
      if (Tan) t = vm::keep_nan(a, k<T>(0.0f));
      break;
    default:
      v = k<T>(NAN);
      t = v;
      break;
  }
  *out = v;
  if (Tan) *tout = t;
}

constexpr int kBlock = 4;                           // vectors per block
constexpr int kBlockElems = kBlock * simd::kLanes;  // elements per block

// Runs the program over one block of kBlockElems elements. seed: which leaf gets tangent 1 (see
// formula.h); seed_bit: its bit in FInstr::varies. Only instructions depending on the seed carry a
// tangent; the others have tangent 0.
template <bool Tan>
void run_block(const Formula& f, const V* pv, const float* x, const float* y, int seed_bit, float* value,
               float* tangent) {
  static_assert(kFormulaMaxOps <= 256, "operands are uint8_t");
  V val[kFormulaMaxOps][kBlock];
  V tan[Tan ? kFormulaMaxOps : 1][kBlock];
  for (int i = 0; i < f.n; ++i) {
    const FInstr& in = f.code[i];
    const bool dep = Tan && (in.varies & seed_bit);
    switch (in.op) {
      case FOp::konst:
        for (int j = 0; j < kBlock; ++j) val[i][j] = splat<V>(in.c);
        break;
      case FOp::var_x:
        for (int j = 0; j < kBlock; ++j) val[i][j] = simd::load<V>(x + j * simd::kLanes);
        break;
      case FOp::var_y:
        for (int j = 0; j < kBlock; ++j) val[i][j] = simd::load<V>(y + j * simd::kLanes);
        break;
      case FOp::param:
        for (int j = 0; j < kBlock; ++j) val[i][j] = pv[static_cast<int>(in.c)];
        break;
      default: {
        const bool b_varies = Tan && (f.code[in.b].varies & seed_bit);
        for (int j = 0; j < kBlock; ++j) {
          if (dep) {
            step_op<V, true>(in, val[in.a][j], val[in.b][j], tan[in.a][j], tan[in.b][j], b_varies, &val[i][j],
                             &tan[i][j]);
          } else {
            step_op<V, false>(in, val[in.a][j], val[in.b][j], V{}, V{}, false, &val[i][j], nullptr);
            if (Tan) tan[i][j] = splat<V>(0.0f);
          }
        }
        continue;
      }
    }
    if (Tan) {
      // Leaves: tangent 1 for the seed, 0 otherwise.
      for (int j = 0; j < kBlock; ++j) tan[i][j] = splat<V>(dep ? 1.0f : 0.0f);
    }
  }
  const int r = f.n - 1;
  const bool rdep = Tan && (f.code[r].varies & seed_bit);
  for (int j = 0; j < kBlock; ++j) {
    if (value) simd::store(value + j * simd::kLanes, val[r][j]);
    if (Tan) simd::store(tangent + j * simd::kLanes, rdep ? tan[r][j] : splat<V>(0.0f));
  }
}

// Drives run_block over n elements; the tail goes through zero-padded copies.
template <bool Tan>
void run(const Formula& f, const float* params, const float* x, const float* y, int seed, float* value,
         float* tangent, size_t n) {
  if (f.n == 0) {  // not compiled: a programming error; NaN rather than a crash
    for (size_t i = 0; i < n; ++i) {
      if (value) value[i] = NAN;
      if (Tan) tangent[i] = NAN;
    }
    return;
  }
  V pv[kFormulaMaxParams];
  for (int p = 0; p < kFormulaMaxParams; ++p)
    pv[p] = splat<V>(p < f.n_params ? (params ? params[p] : f.params[p].def) : 0.0f);
  const int seed_bit = seed < 0 ? 0 : 1 << seed;
  size_t i = 0;
  for (; i + kBlockElems <= n; i += kBlockElems) {
    run_block<Tan>(f, pv, x + i, y ? y + i : nullptr, seed_bit, value ? value + i : nullptr,
                   Tan ? tangent + i : nullptr);
  }
  if (i < n) {
    float xs[kBlockElems] = {0}, ys[kBlockElems] = {0}, vs[kBlockElems], ts[kBlockElems];
    const size_t m = n - i;
    std::memcpy(xs, x + i, m * sizeof(float));
    if (y) std::memcpy(ys, y + i, m * sizeof(float));
    run_block<Tan>(f, pv, xs, ys, seed_bit, vs, ts);
    if (value) std::memcpy(value + i, vs, m * sizeof(float));
    if (Tan) std::memcpy(tangent + i, ts, m * sizeof(float));
  }
}

}  // namespace

void formula_eval(const Formula& f, const float* params, const float* x, const float* y, float* out,
                  size_t n) {
  run<false>(f, params, x, y, -1, out, nullptr, n);
}

void formula_eval_tangent(const Formula& f, const float* params, const float* x, const float* y, int seed,
                          float* value, float* d, size_t n) {
  run<true>(f, params, x, y, seed, value, d, n);
}

void formula_backward(const Formula& f, const float* params, const float* x, const float* dy, float* dx,
                      size_t n) {
  // In chunks through a stack buffer, so dx may alias x or dy.
  float d[256];
  for (size_t i = 0; i < n; i += 256) {
    const size_t m = std::min<size_t>(256, n - i);
    run<true>(f, params, x + i, nullptr, 0, nullptr, d, m);
    for (size_t j = 0; j < m; ++j) dx[i + j] = dy[i + j] * d[j];
  }
}

void formula_param_grad(const Formula& f, const float* params, const float* x, const float* dy, size_t n,
                        float* dparams) {
  float d[256];
  for (int p = 0; p < f.n_params; ++p) {
    double acc = 0;
    for (size_t i = 0; i < n; i += 256) {
      const size_t m = std::min<size_t>(256, n - i);
      run<true>(f, params, x + i, nullptr, 2 + p, nullptr, d, m);
      for (size_t j = 0; j < m; ++j) acc += static_cast<double>(dy[i + j]) * d[j];
    }
    dparams[p] += static_cast<float>(acc);
  }
}

// ---- tier 2 ---------------------------------------------------------------------------------------
namespace {
// The value of a leaf (a constant, x, y, or a parameter: its given value or its declared default).
template <class T> T leaf_value(const Formula& f, const FInstr& in, const T* params, T x, T y) {
  switch (in.op) {
    case FOp::konst: return T(in.c);
    case FOp::var_x: return x;
    case FOp::var_y: return y;
    default: {
      const int p = static_cast<int>(in.c);
      return params ? params[p] : T(f.params[p].def);
    }
  }
}

// Runs the program one element at a time with libm (formula_ref.h): val[i] for every instruction,
// then visit(i) (the tangent, a kink's sign class) once val[i] is known.
template <class T, class Visit>
void ref_run(const Formula& f, const T* params, T x, T y, T* val, Visit visit) {
  for (int i = 0; i < f.n; ++i) {
    const FInstr& in = f.code[i];
    val[i] = fdetail::is_leaf(in.op) ? leaf_value(f, in, params, x, y)
                                     : fdetail::ref_value<T>(in, val[in.a], val[in.b]);
    visit(i);
  }
}
}  // namespace

template <class T> T formula_ref(const Formula& f, const T* params, T x, T y, int seed, T* d) {
  if (f.n == 0) return std::numeric_limits<T>::quiet_NaN();
  T val[kFormulaMaxOps], tan[kFormulaMaxOps];
  const int seed_bit = seed < 0 ? 0 : 1 << seed;
  ref_run(f, params, x, y, val, [&](int i) {
    const FInstr& in = f.code[i];
    if (!(in.varies & seed_bit)) {
      tan[i] = T(0);
    } else if (fdetail::is_leaf(in.op)) {
      tan[i] = T(1);
    } else {
      tan[i] = fdetail::ref_tangent<T>(in, val[in.a], val[in.b], val[i], tan[in.a], tan[in.b],
                                       (f.code[in.b].varies & seed_bit) != 0);
    }
  });
  if (d && seed >= 0) *d = tan[f.n - 1];
  return val[f.n - 1];
}
template float formula_ref<float>(const Formula&, const float*, float, float, int, float*);
template double formula_ref<double>(const Formula&, const double*, double, double, int, double*);

// ---- kinks ----------------------------------------------------------------------------------------
namespace {
// The quantity whose sign change marks a non-smooth point of instruction in (0 where smooth: NaN).
double switch_value(const FInstr& in, const double* val) {
  const double a = val[in.a], b = val[in.b];
  switch (in.op) {
    case FOp::abs:
    case FOp::step:
    case FOp::sqrt:
    case FOp::log: return a;
    case FOp::log1p: return a + 1;
    case FOp::div: return b;
    case FOp::pow: return (in.ipow && in.c >= 0) ? NAN : a;
    case FOp::min:
    case FOp::max: return a - b;
    case FOp::tan: return std::cos(a);
    default: return NAN;
  }
}
int sign_class(double s) { return std::isnan(s) ? 2 : (s > 0 ? 1 : (s < 0 ? -1 : 0)); }
}  // namespace

uint64_t formula_kink_signature(const Formula& f, const double* params, double x, double y) {
  double val[kFormulaMaxOps];
  uint64_t h = 1469598103934665603ull;  // FNV-1a over the sign classes
  ref_run(f, params, x, y, val, [&](int i) {
    const FInstr& in = f.code[i];
    if (!fdetail::is_leaf(in.op))
      h = (h ^ static_cast<uint64_t>(sign_class(switch_value(in, val)) + 2)) * 1099511628211ull;
  });
  return h;
}

bool formula_kink_between(const Formula& f, const double* params, double x0, double x1, double y) {
  if (f.n == 0) return false;
  const double xs[3] = {x0, 0.5 * (x0 + x1), x1};
  int cls[3][kFormulaMaxOps];
  double val[kFormulaMaxOps];
  for (int s = 0; s < 3; ++s) {
    ref_run(f, params, xs[s], y, val, [&](int i) {
      const FInstr& in = f.code[i];
      cls[s][i] = fdetail::is_leaf(in.op) ? 2 : sign_class(switch_value(in, val));
    });
  }
  for (int i = 0; i < f.n; ++i) {
    if (fdetail::is_leaf(f.code[i].op)) continue;
    const int c0 = cls[0][i], c1 = cls[1][i], c2 = cls[2][i];
    if (c0 == 2 && c1 == 2 && c2 == 2) continue;  // a smooth instruction (or NaN throughout)
    if (c0 == 0 || c1 == 0 || c2 == 0 || c0 != c1 || c1 != c2) return true;
  }
  return false;
}

}  // namespace actlab
