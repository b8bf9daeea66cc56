// refnet.h — a plain double-precision forward pass of the same network, with the scalar reference
// activations (act_ref_forward<double>). Independent of the SIMD float path: the gradient check
// differentiates it numerically and compares with backprop.
#pragma once

#include <cstdint>
#include <vector>

#include "network.h"

namespace actlab {

class RefNet {
 public:
  RefNet(const std::vector<LayerShape>& layers, Output head, float l1, float l2);
  // Mean data loss over n samples plus the L1/L2 penalty on weights.
  // X: (n_in, n) feature-major; t: head targets (±1, 0/1, class index or value) per sample.
  // If kinks is not null it receives a hash of which side of every kink each pre-activation lies on
  // (relu's 0, hardtanh's ±1, maxout's winner ...): two evaluations with different hashes straddle a
  // kink, where a central difference means nothing.
  double loss(const double* theta, const double* X, const double* t, int n, uint64_t* kinks = nullptr) const;
  // Output-layer values (after the head activation) of one sample x (n_in): out (n_out).
  void forward(const double* theta, const double* x, double* out, uint64_t* kinks = nullptr) const;

 private:
  std::vector<LayerShape> layers_;
  Output head_;
  double l1_, l2_;
};

}  // namespace actlab
