// gemm.cpp — register-blocked kernels for the tiny matrices of a playground MLP (widths 1..64).
//
// Forward and input-backprop are one kernel: out rows o, inner index k, z[o,:] = sum_k w(o,k) x[k,:],
// with w(o,k) = W[o*so + k*sk]. Blocks of R rows x C vectors keep R*C accumulators in registers and
// reuse each loaded x vector R times (R=4, C=2: 8 accumulators + 2 inputs + 1 weight = 11 of the 16
// SIMD registers on SSE2 and well inside wasm's locals).
#include "gemm.h"

#include "simd.h"

namespace actlab {
namespace {

using simd::vf;
constexpr int L = simd::kLanes;

template <int R, int C>
inline void block(const float* W, int so, int sk, const float* b, const float* x, float* z, int inner, int ld,
                  int o0, int c0) {
  vf acc[R][C];
  for (int r = 0; r < R; ++r)
    for (int c = 0; c < C; ++c) acc[r][c] = simd::splat<vf>(b ? b[o0 + r] : 0.0f);
  for (int k = 0; k < inner; ++k) {
    vf xv[C];
    for (int c = 0; c < C; ++c) xv[c] = simd::load<vf>(x + static_cast<size_t>(k) * ld + c0 + c * L);
    for (int r = 0; r < R; ++r) {
      const vf w = simd::splat<vf>(W[static_cast<size_t>(o0 + r) * so + static_cast<size_t>(k) * sk]);
      for (int c = 0; c < C; ++c) acc[r][c] = acc[r][c] + w * xv[c];
    }
  }
  for (int r = 0; r < R; ++r)
    for (int c = 0; c < C; ++c) simd::store(z + static_cast<size_t>(o0 + r) * ld + c0 + c * L, acc[r][c]);
}

template <int R>
inline void rows(const float* W, int so, int sk, const float* b, const float* x, float* z, int inner, int ld,
                 int o0) {
  int c0 = 0;
  for (; c0 + 2 * L <= ld; c0 += 2 * L) block<R, 2>(W, so, sk, b, x, z, inner, ld, o0, c0);
  for (; c0 < ld; c0 += L) block<R, 1>(W, so, sk, b, x, z, inner, ld, o0, c0);
}

void gemm_strided(const float* W, int so, int sk, const float* b, const float* x, float* z, int out,
                  int inner, int ld) {
  int o = 0;
  for (; o + 4 <= out; o += 4) rows<4>(W, so, sk, b, x, z, inner, ld, o);
  for (; o + 2 <= out; o += 2) rows<2>(W, so, sk, b, x, z, inner, ld, o);
  for (; o < out; ++o) rows<1>(W, so, sk, b, x, z, inner, ld, o);
}

}  // namespace

void gemm_forward(const float* W, const float* b, const float* x, float* z, int out, int in, int ld) {
  gemm_strided(W, in, 1, b, x, z, out, in, ld);
}

void gemm_backward_input(const float* W, const float* dz, float* dx, int out, int in, int ld) {
  gemm_strided(W, 1, in, nullptr, dz, dx, in, out, ld);
}

void gemm_backward_weights(const float* dz, const float* x, float* dW, float* db, int out, int in, int ld) {
  // dW[o,i] = sum_c dz[o,c] * x[i,c]: vector partial sums over c, one horizontal sum per entry.
  // Blocks of 2 rows x 4 inputs: 8 accumulators, 2 + 4 loads per step.
  for (int o = 0; o < out; ++o) {
    const float* dzo = dz + static_cast<size_t>(o) * ld;
    vf s = simd::splat<vf>(0.0f);
    for (int c = 0; c < ld; c += L) s = s + simd::load<vf>(dzo + c);
    db[o] += simd::hsum(s);
  }
  int o = 0;
  for (; o + 2 <= out; o += 2) {
    const float* d0 = dz + static_cast<size_t>(o) * ld;
    const float* d1 = d0 + ld;
    int i = 0;
    for (; i + 4 <= in; i += 4) {
      vf a[2][4];
      for (int r = 0; r < 2; ++r)
        for (int q = 0; q < 4; ++q) a[r][q] = simd::splat<vf>(0.0f);
      for (int c = 0; c < ld; c += L) {
        const vf g0 = simd::load<vf>(d0 + c), g1 = simd::load<vf>(d1 + c);
        for (int q = 0; q < 4; ++q) {
          const vf xv = simd::load<vf>(x + static_cast<size_t>(i + q) * ld + c);
          a[0][q] = a[0][q] + g0 * xv;
          a[1][q] = a[1][q] + g1 * xv;
        }
      }
      for (int r = 0; r < 2; ++r) {
        float* w = dW + static_cast<size_t>(o + r) * in + i;
#if ACTLAB_VECTOR_WIDTH == 4
        // dW[o, i..i+3] is contiguous: four horizontal sums in one transpose, one vector add.
        simd::store(w, simd::load<vf>(w) + simd::hsum4(a[r][0], a[r][1], a[r][2], a[r][3]));
#else
        for (int q = 0; q < 4; ++q) w[q] += simd::hsum(a[r][q]);
#endif
      }
    }
    for (; i < in; ++i) {
      const float* xi = x + static_cast<size_t>(i) * ld;
      vf a0 = simd::splat<vf>(0.0f), a1 = a0;
      for (int c = 0; c < ld; c += L) {
        const vf xv = simd::load<vf>(xi + c);
        a0 = a0 + simd::load<vf>(d0 + c) * xv;
        a1 = a1 + simd::load<vf>(d1 + c) * xv;
      }
      dW[static_cast<size_t>(o) * in + i] += simd::hsum(a0);
      dW[static_cast<size_t>(o + 1) * in + i] += simd::hsum(a1);
    }
  }
  for (; o < out; ++o) {
    const float* d0 = dz + static_cast<size_t>(o) * ld;
    for (int i = 0; i < in; ++i) {
      const float* xi = x + static_cast<size_t>(i) * ld;
      vf a0 = simd::splat<vf>(0.0f);
      for (int c = 0; c < ld; c += L) a0 = a0 + simd::load<vf>(d0 + c) * simd::load<vf>(xi + c);
      dW[static_cast<size_t>(o) * in + i] += simd::hsum(a0);
    }
  }
}

}  // namespace actlab
