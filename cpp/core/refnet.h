// refnet.h — a plain double-precision forward pass of the same network, with the scalar reference
// activations (act_ref_forward<double>). Independent of the SIMD float path: the gradient check
// differentiates it numerically and compares with backprop.
#pragma once

#include <vector>

#include "network.h"

namespace actlab {

class RefNet {
 public:
  RefNet(const std::vector<LayerShape>& layers, Output head, float l1, float l2);
  // Mean data loss over n samples plus the L1/L2 penalty on weights.
  // X: (n_in, n) feature-major; t: head targets (±1, 0/1, class index or value) per sample.
  double loss(const double* theta, const double* X, const double* t, int n) const;
  // Output-layer values (after the head activation) of one sample x (n_in): out (n_out).
  void forward(const double* theta, const double* x, double* out) const;

 private:
  std::vector<LayerShape> layers_;
  Output head_;
  double l1_, l2_;
};

}  // namespace actlab
