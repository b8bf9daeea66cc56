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
template <class V> void softmax_jvp_cols(const float* y, const float* dy, float* dz, int K, int ld, int b, float sign) {
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
template <class V> void log_softmax_jvp_cols(const float* y, const float* dy, float* dz, int K, int ld, int b) {
  V sum = splat<V>(0.0f);
  for (int k = 0; k < K; ++k) sum = sum + load<V>(dy + static_cast<size_t>(k) * ld + b);
  for (int k = 0; k < K; ++k) {
    const size_t o = static_cast<size_t>(k) * ld + b;
    store(dz + o, load<V>(dy + o) - vmath::exp(load<V>(y + o)) * sum);
  }
}

}  // namespace

void softmax_forward(const float* z, float* y, int K, int B, int ld) { softmax_any(z, y, K, B, ld, 1.0f, false); }

void softmin_forward(const float* z, float* y, int K, int B, int ld) { softmax_any(z, y, K, B, ld, -1.0f, false); }

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

}  // namespace actlab
