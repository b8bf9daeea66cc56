// layer_ops.h — layer-level activations: softmax, log_softmax, softmin (output layers) and maxout.
//
// Buffers are feature-major: a layer's values are (units, ld) row-major, unit j's values for the B
// samples of a batch at [j*ld, j*ld + B). ld >= B (the batch is padded to a multiple of the SIMD width).
#pragma once

#include <cstddef>
#include <cstdint>

namespace actlab {

// y = softmax(z) over the K units of each sample b < B. Numerically stable (max subtracted).
void softmax_forward(const float* z, float* y, int K, int B, int ld);
// Jacobian-vector product: dz = y * (dy - sum_k dy_k y_k)
void softmax_backward(const float* y, const float* dy, float* dz, int K, int B, int ld);
// y = log_softmax(z) = z - logsumexp(z)
void log_softmax_forward(const float* z, float* y, int K, int B, int ld);
// dz = dy - softmax(z) * sum_k dy_k   (softmax(z) = exp(y))
void log_softmax_backward(const float* y, const float* dy, float* dz, int K, int B, int ld);
// y = softmin(z) = softmax(-z)
void softmin_forward(const float* z, float* y, int K, int B, int ld);
// dz = -y * (dy - sum_k dy_k y_k)
void softmin_backward(const float* y, const float* dy, float* dz, int K, int B, int ld);

// Maxout: z is (units*k, ld) with the k pieces of unit j in rows j*k .. j*k+k-1;
// y[j] = max_p z[j*k+p]; arg (units, ld) records the winning piece (first on ties).
void maxout_forward(const float* z, float* y, int32_t* arg, int units, int k, int B, int ld);
// dz (units*k, ld) = dy routed to the winning piece, 0 elsewhere.
void maxout_backward(const int32_t* arg, const float* dy, float* dz, int units, int k, int B, int ld);

}  // namespace actlab
