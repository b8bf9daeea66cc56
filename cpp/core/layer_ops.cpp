// layer_ops.cpp — softmax / log_softmax / softmin and maxout over feature-major buffers.
//
// Layout (layer_ops.h): unit k's values for the B samples are at [k*ld, k*ld + B). Every loop below
// runs over the contiguous sample index b with the SIMD vocabulary, L samples at a time, and the
// last B % L samples with the same template at V = float. Nothing outside [k*ld, k*ld + B) is read
// or written, so ld == B is fine.
//
// Stability: the max over the K units is subtracted before exp (softmax, log_softmax; softmin
// subtracts the min), so exp never overflows; log_softmax = (z - m) - log(sum e^{z - m}) with the
// sum >= 1. NaN in any unit of a sample makes that sample's outputs NaN; +inf likewise (inf - inf),
// as in PyTorch.
#include "layer_ops.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <vector>

#include "math_approx.h"
#include "simd.h"

namespace actlab {
namespace {

using simd::load;
using simd::splat;
using simd::store;

// sign = +1: softmax of z; sign = -1: softmax of -z (softmin). out_log: write log-probabilities.
template <class V>
void softmax_cols(const float* z, float* y, int K, int ld, int b, float sign, bool out_log) {
  const V s = splat<V>(sign);
  V m = s * load<V>(z + b);
  for (int k = 1; k < K; ++k) m = simd::vmax(m, s * load<V>(z + static_cast<size_t>(k) * ld + b));
  // vmax may skip a NaN unit; the NaN still reaches every output of the sample through the sum.
  V sum = splat<V>(0.0f);
  for (int k = 0; k < K; ++k) {
    const size_t o = static_cast<size_t>(k) * ld + b;
    const V e = vmath::exp(s * load<V>(z + o) - m);
    if (!out_log) store(y + o, e);
    sum = sum + e;
  }
  if (out_log) {
    const V lse = vmath::log(sum);
    for (int k = 0; k < K; ++k) {
      const size_t o = static_cast<size_t>(k) * ld + b;
      store(y + o, (s * load<V>(z + o) - m) - lse);
    }
  } else {
    const V inv = splat<V>(1.0f) / sum;
    for (int k = 0; k < K; ++k) {
      const size_t o = static_cast<size_t>(k) * ld + b;
      store(y + o, load<V>(y + o) * inv);
    }
  }
}

void softmax_any(const float* z, float* y, int K, int B, int ld, float sign, bool out_log) {
  constexpr int L = simd::kLanes;
  int b = 0;
  for (; b + L <= B; b += L) softmax_cols<simd::vf>(z, y, K, ld, b, sign, out_log);
  for (; b < B; ++b) softmax_cols<float>(z, y, K, ld, b, sign, out_log);
}

// dz = sign * y * (dy - sum_k dy_k y_k)   (the softmax / softmin JVP)
template <class V>
void softmax_jvp_cols(const float* y, const float* dy, float* dz, int K, int ld, int b, float sign) {
  V dot = splat<V>(0.0f);
  for (int k = 0; k < K; ++k) {
    const size_t o = static_cast<size_t>(k) * ld + b;
    dot = dot + load<V>(dy + o) * load<V>(y + o);
  }
  const V s = splat<V>(sign);
  for (int k = 0; k < K; ++k) {
    const size_t o = static_cast<size_t>(k) * ld + b;
    store(dz + o, s * (load<V>(y + o) * (load<V>(dy + o) - dot)));
  }
}

// dz = dy - exp(y) * sum_k dy_k   (the log_softmax JVP; y are log-probabilities)
template <class V>
void log_softmax_jvp_cols(const float* y, const float* dy, float* dz, int K, int ld, int b) {
  V sum = splat<V>(0.0f);
  for (int k = 0; k < K; ++k) sum = sum + load<V>(dy + static_cast<size_t>(k) * ld + b);
  for (int k = 0; k < K; ++k) {
    const size_t o = static_cast<size_t>(k) * ld + b;
    store(dz + o, load<V>(dy + o) - vmath::exp(load<V>(y + o)) * sum);
  }
}

}  // namespace

void softmax_forward(const float* z, float* y, int K, int B, int ld) {
  softmax_any(z, y, K, B, ld, 1.0f, false);
}

void softmin_forward(const float* z, float* y, int K, int B, int ld) {
  softmax_any(z, y, K, B, ld, -1.0f, false);
}

void log_softmax_forward(const float* z, float* y, int K, int B, int ld) {
  softmax_any(z, y, K, B, ld, 1.0f, true);
}

void softmax_backward(const float* y, const float* dy, float* dz, int K, int B, int ld) {
  constexpr int L = simd::kLanes;
  int b = 0;
  for (; b + L <= B; b += L) softmax_jvp_cols<simd::vf>(y, dy, dz, K, ld, b, 1.0f);
  for (; b < B; ++b) softmax_jvp_cols<float>(y, dy, dz, K, ld, b, 1.0f);
}

void softmin_backward(const float* y, const float* dy, float* dz, int K, int B, int ld) {
  constexpr int L = simd::kLanes;
  int b = 0;
  for (; b + L <= B; b += L) softmax_jvp_cols<simd::vf>(y, dy, dz, K, ld, b, -1.0f);
  for (; b < B; ++b) softmax_jvp_cols<float>(y, dy, dz, K, ld, b, -1.0f);
}

void log_softmax_backward(const float* y, const float* dy, float* dz, int K, int B, int ld) {
  constexpr int L = simd::kLanes;
  int b = 0;
  for (; b + L <= B; b += L) log_softmax_jvp_cols<simd::vf>(y, dy, dz, K, ld, b);
  for (; b < B; ++b) log_softmax_jvp_cols<float>(y, dy, dz, K, ld, b);
}

// Maxout: the winner is the first piece holding the maximum; a NaN piece wins (and stays) so that
// NaN propagates like torch.max.
void maxout_forward(const float* z, float* y, int32_t* arg, int units, int k, int B, int ld) {
  for (int j = 0; j < units; ++j) {
    const float* zj = z + static_cast<size_t>(j) * k * ld;
    float* yj = y + static_cast<size_t>(j) * ld;
    int32_t* aj = arg + static_cast<size_t>(j) * ld;
    for (int b = 0; b < B; ++b) {
      float best = zj[b];
      int32_t win = 0;
      for (int p = 1; p < k && best == best; ++p) {
        const float v = zj[static_cast<size_t>(p) * ld + b];
        if (v > best || v != v) {
          best = v;
          win = p;
        }
      }
      yj[b] = best;
      aj[b] = win;
    }
  }
}

void maxout_backward(const int32_t* arg, const float* dy, float* dz, int units, int k, int B, int ld) {
  for (int j = 0; j < units; ++j) {
    const int32_t* aj = arg + static_cast<size_t>(j) * ld;
    const float* dyj = dy + static_cast<size_t>(j) * ld;
    float* dzj = dz + static_cast<size_t>(j) * k * ld;
    for (int p = 0; p < k; ++p) {
      float* dzp = dzj + static_cast<size_t>(p) * ld;
      for (int b = 0; b < B; ++b) dzp[b] = aj[b] == p ? dyj[b] : 0.0f;
    }
  }
}

// ---- the table ----------------------------------------------------------------------------------
namespace {

// sign = +1: softmax (log_softmax when out_log); -1: softmin. Stable: the max of sign*z subtracted.
void softmax_reference(const double* z, double* y, int units, double sign, bool out_log) {
  double m = -std::numeric_limits<double>::infinity(), se = 0;
  for (int u = 0; u < units; ++u) m = std::max(m, sign * z[u]);
  for (int u = 0; u < units; ++u) se += std::exp(sign * z[u] - m);
  for (int u = 0; u < units; ++u) {
    const double lp = sign * z[u] - m - std::log(se);
    y[u] = out_log ? lp : std::exp(lp);
  }
}

// clang-format off
constexpr LayerOp kLayerOps[] = {
    {Act::softmax, true,
     [](const float* z, float* y, int32_t*, int units, int, int B, int ld) { softmax_forward(z, y, units, B, ld); },
     [](const float* y, const int32_t*, const float* dy, float* dz, int units, int, int B, int ld) {
       softmax_backward(y, dy, dz, units, B, ld); },
     [](const double* z, double* y, int32_t*, int units, int) { softmax_reference(z, y, units, 1.0, false); }},
    {Act::log_softmax, true,
     [](const float* z, float* y, int32_t*, int units, int, int B, int ld) { log_softmax_forward(z, y, units, B, ld); },
     [](const float* y, const int32_t*, const float* dy, float* dz, int units, int, int B, int ld) {
       log_softmax_backward(y, dy, dz, units, B, ld); },
     [](const double* z, double* y, int32_t*, int units, int) { softmax_reference(z, y, units, 1.0, true); }},
    {Act::softmin, true,
     [](const float* z, float* y, int32_t*, int units, int, int B, int ld) { softmin_forward(z, y, units, B, ld); },
     [](const float* y, const int32_t*, const float* dy, float* dz, int units, int, int B, int ld) {
       softmin_backward(y, dy, dz, units, B, ld); },
     [](const double* z, double* y, int32_t*, int units, int) { softmax_reference(z, y, units, -1.0, false); }},
    {Act::maxout, false,
     [](const float* z, float* y, int32_t* arg, int units, int pieces, int B, int ld) {
       maxout_forward(z, y, arg, units, pieces, B, ld); },
     [](const float*, const int32_t* arg, const float* dy, float* dz, int units, int pieces, int B, int ld) {
       maxout_backward(arg, dy, dz, units, pieces, B, ld); },
     [](const double* z, double* y, int32_t* arg, int units, int pieces) {
       for (int u = 0; u < units; ++u) {  // the first piece holding the maximum wins, as maxout_forward
         const double* zu = z + static_cast<size_t>(u) * pieces;
         int best = 0;
         for (int p = 1; p < pieces; ++p)
           if (zu[p] > zu[best]) best = p;
         y[u] = zu[best];
         arg[u] = best;
       }
     }},
};
// clang-format on
static_assert(sizeof(kLayerOps) / sizeof(kLayerOps[0]) == kNumActs - kNumElementwiseActs,
              "one layer-op row per layer-level activation");
constexpr bool layer_ops_in_enum_order() {
  for (int i = 0; i < kNumActs - kNumElementwiseActs; ++i)
    if (static_cast<int>(kLayerOps[i].act) != kNumElementwiseActs + i) return false;
  return true;
}
static_assert(layer_ops_in_enum_order(), "layer-op rows must follow the enum order");

}  // namespace

const LayerOp& layer_op(Act a) {
  const int i = static_cast<int>(a) - kNumElementwiseActs;
  assert(i >= 0 && i < kNumActs - kNumElementwiseActs && "layer_op: element-wise activation");
  return kLayerOps[i >= 0 && i < kNumActs - kNumElementwiseActs ? i : 0];
}

bool layer_op_curve(Act a, int units, const float* xs, float* f, float* df, size_t n) {
  if (act_info(a).elementwise || units < 1) return false;
  const LayerOp& op = layer_op(a);
  if (!op.across_units) return false;
  // One sample per x: z (units, ld) with row 0 = xs and the other units 0; dy = e1.
  const int B = static_cast<int>(n), ld = std::max(1, B);
  const size_t size = static_cast<size_t>(units) * static_cast<size_t>(ld);
  std::vector<float> z(size, 0.0f), y(size), dy(size, 0.0f), dz(size);
  std::copy(xs, xs + n, z.begin());
  std::fill(dy.begin(), dy.begin() + static_cast<std::ptrdiff_t>(n), 1.0f);
  op.forward(z.data(), y.data(), nullptr, units, 1, B, ld);
  op.backward(y.data(), nullptr, dy.data(), dz.data(), units, 1, B, ld);
  std::copy(y.begin(), y.begin() + static_cast<std::ptrdiff_t>(n), f);
  std::copy(dz.begin(), dz.begin() + static_cast<std::ptrdiff_t>(n), df);
  return true;
}

}  // namespace actlab
