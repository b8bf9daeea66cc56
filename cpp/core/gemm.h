// gemm.h — the small dense kernels of the MLP, feature-major and SIMD.
//
// A layer's values are (units, ld) row-major: unit u's values for the samples of a batch sit at
// [u*ld, u*ld + ld). ld is a multiple of simd::kLanes (batches are padded), so no kernel has a tail.
// Weights are W (out, in) row-major as in the flat parameter buffer.
#pragma once

#include <cstddef>

namespace actlab {

// z (out, ld) = W (out, in) · x (in, ld) + b (out)          — forward; b may be null (no bias)
void gemm_forward(const float* W, const float* b, const float* x, float* z, int out, int in, int ld);
// dx (in, ld) = W^T (in, out) · dz (out, ld)                — backprop to the layer input
void gemm_backward_input(const float* W, const float* dz, float* dx, int out, int in, int ld);
// dW (out, in) += dz (out, ld) · x^T (ld, in);  db (out) += row sums of dz   — weight gradients.
// Sums run over all ld columns: padded columns must hold dz == 0.
void gemm_backward_weights(const float* dz, const float* x, float* dW, float* db, int out, int in, int ld);

}  // namespace actlab
