// layer_metrics.h — each per-layer metric of LayerMetrics as one named function of plain buffers.
//
// Trainer::measure() (measure.cpp) runs the network over the training set in chunks and hands each
// chunk to the two accumulators; the norms read the flat buffers (trainer.h's layout) at the end.
// Nothing here knows about the trainer: every function can be tested on hand-made numbers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "network.h"
#include "trainer.h"

namespace actlab {

// A unit whose |f'(z)| is below this on a sample is saturated there.
constexpr float kSaturatedSlope = 0.01f;

// ||dL/dW||_2 of layer s in the flat gradient g.
float grad_norm(const LayerShape& s, const float* g);
// ||dL/db||_2.
float bias_grad_norm(const LayerShape& s, const float* g);
// mean |dL/dW|.
float mean_abs_grad(const LayerShape& s, const float* g);
// ||W||_2 (Frobenius) in the flat parameters theta.
float weight_norm(const LayerShape& s, const float* theta);
// ||W_t - W_{t-1}|| / ||W_t|| between theta and theta_prev (0 when W_t = 0).
float update_ratio(const LayerShape& s, const float* theta, const float* theta_prev);

// Mean and standard deviation of a layer's pre-activations over the samples it has seen.
class PreactMoments {
 public:
  // z: (s.rows, ld), samples [0, n).
  void add(const LayerShape& s, const float* z, int n, int ld);
  float mean() const;
  float stddev() const;

 private:
  double sum_ = 0, sq_ = 0, count_ = 0;
};

// Mean unit output f(z) of a layer over its units and the samples it has seen (the head's output for
// the output layer).
class ActMean {
 public:
  // h: (s.out, ld) outputs, samples [0, n).
  void add(const LayerShape& s, const float* h, int n, int ld);
  float value() const;

 private:
  double sum_ = 0, count_ = 0;
};

// The slopes f'(z) of an element-wise layer's units over the samples it has seen: which units are
// dead (f' exactly 0 on every sample: no gradient reaches their weights) and which are saturated
// (|f'| < kSaturatedSlope on more than half the samples). Layer-level activations (softmax, maxout)
// have neither: both fractions are 0.
class UnitSlopes {
 public:
  explicit UnitSlopes(const LayerShape& s);
  // z, h: (s.out, ld) pre-activations and outputs, samples [0, n); theta: the flat parameters (the
  // unit's learnt activation parameters); scratch: at least ld floats.
  void add(const LayerShape& s, const float* theta, const float* z, const float* h, int n, int ld,
           float* scratch);
  float dead_fraction() const;
  float saturated_fraction() const;

 private:
  bool elementwise_ = false;
  int samples_ = 0;
  std::vector<uint8_t> alive_;
  std::vector<int> saturated_;
};

}  // namespace actlab
