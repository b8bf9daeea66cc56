// layer_ops.h — layer-level activations: softmax, log_softmax, softmin (output layers) and maxout.
//
// Buffers are feature-major: a layer's values are (units, ld) row-major, unit j's values for the B
// samples of a batch at [j*ld, j*ld + B). ld >= B (the batch is padded to a multiple of the SIMD width).
#pragma once

#include <cstddef>
#include <cstdint>

#include "activations.h"

namespace actlab {

// One row per layer-level activation (ACTLAB_LAYER_ACTIVATIONS): the network, the double reference
// network of the gradient check and `actlab eval` all dispatch through it.
// A layer of `units` outputs has units*pieces pre-activation rows (pieces > 1 only for maxout).
struct LayerOp {
  Act act;
  // true: the op normalises across all units of a sample (the softmax family: output heads, and
  // `actlab eval` treats stdin as one vector); false: each unit reduces its own pieces (maxout).
  bool across_units;
  // y (units, ld) = op(z (units*pieces, ld)) for the first B columns; arg (units, ld) receives the
  // winning piece per unit (maxout; unused otherwise).
  void (*forward)(const float* z, float* y, int32_t* arg, int units, int pieces, int B, int ld);
  // dz (units*pieces, ld) = the vector-Jacobian product of dy (units, ld), from forward's y and arg.
  void (*backward)(const float* y, const int32_t* arg, const float* dy, float* dz, int units, int pieces,
                   int B, int ld);
  // The same op on one sample in double (the reference network): z (units*pieces) -> y (units);
  // arg (units) receives the winning pieces (maxout; the gradient check hashes them as kinks).
  void (*reference)(const double* z, double* y, int32_t* arg, int units, int pieces);
};
// The row of a layer-level activation (asserted; element-wise ids are a programming error).
const LayerOp& layer_op(Act a);

// The picture of a normalising row (across_units: the softmax family) as a function of one input:
// y1 = op([x, 0, ..., 0])_1 over `units` units and its derivative dy1/dx, for each of the n xs, by the
// row's own forward and backward (the vector-Jacobian product with dy = e1). False, nothing written,
// for maxout (no function of one input) and element-wise rows.
bool layer_op_curve(Act a, int units, const float* xs, float* f, float* df, size_t n);

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
