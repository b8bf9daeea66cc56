// optimizer.h — one optimiser step over the flat parameter buffer (llm.c style: one loop each).
//
// Definitions follow PyTorch's torch.optim (weight_decay = 0; ActLab adds L1/L2 to the gradient first):
//   sgd       θ -= lr g
//   momentum  v = μ v + g;            θ -= lr v
//   nesterov  v = μ v + g;            θ -= lr (g + μ v)
//   rmsprop   s = ρ s + (1-ρ) g²;     θ -= lr g / (√s + ε)
//   adam      m = β1 m + (1-β1) g; v = β2 v + (1-β2) g²;  θ -= lr m̂ / (√v̂ + ε),
//             m̂ = m / (1-β1^t), v̂ = v / (1-β2^t)    (Kingma & Ba 2015, Algorithm 1)
//   adagrad   s += g²;                θ -= lr g / (√s + ε)
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "config.h"

namespace actlab {

class OptimizerState {
 public:
  void reset(size_t n);  // zero state for n parameters, t = 0
  // One step on theta[0..n) with gradient g (g is not modified).
  void step(const TrainConfig& cfg, float* theta, const float* g, size_t n);
  int64_t t() const { return t_; }

 private:
  std::vector<float> m_, v_;  // first / second moment (momentum buffer, squared sums)
  int64_t t_ = 0;
};

// g += l2 * w + l1 * sign(w) over w[0..n) (the weights; biases are not penalised).
void add_penalty_grad(float l1, float l2, const float* w, float* g, size_t n);
// Scales g so that its L2 norm is at most max_norm (no-op when max_norm <= 0). Returns the norm before.
float clip_grad_norm(float* g, size_t n, float max_norm);

}  // namespace actlab
