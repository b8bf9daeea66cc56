#include "optimizer.h"

#include <cmath>

namespace actlab {

void OptimizerState::reset(size_t n) {
  m_.assign(n, 0.0f);
  v_.assign(n, 0.0f);
  t_ = 0;
}

void OptimizerState::step(const TrainConfig& cfg, float* theta, const float* g, size_t n) {
  if (m_.size() != n) reset(n);
  ++t_;
  const float lr = cfg.lr, eps = cfg.eps;
  float* m = m_.data();
  float* v = v_.data();
  switch (cfg.optimizer) {
    case Optimizer::sgd:
      for (size_t i = 0; i < n; ++i) theta[i] -= lr * g[i];
      break;
    case Optimizer::momentum:
      for (size_t i = 0; i < n; ++i) {
        m[i] = cfg.momentum * m[i] + g[i];
        theta[i] -= lr * m[i];
      }
      break;
    case Optimizer::nesterov:
      for (size_t i = 0; i < n; ++i) {
        m[i] = cfg.momentum * m[i] + g[i];
        theta[i] -= lr * (g[i] + cfg.momentum * m[i]);
      }
      break;
    case Optimizer::rmsprop:
      for (size_t i = 0; i < n; ++i) {
        v[i] = cfg.rho * v[i] + (1.0f - cfg.rho) * g[i] * g[i];
        theta[i] -= lr * g[i] / (std::sqrt(v[i]) + eps);
      }
      break;
    case Optimizer::adam: {
      // Bias corrections in double: 1 - β^t underflows gracefully and stays exact for small t.
      const float c1 = static_cast<float>(1.0 / (1.0 - std::pow(double(cfg.beta1), double(t_))));
      const float c2 = static_cast<float>(1.0 / (1.0 - std::pow(double(cfg.beta2), double(t_))));
      for (size_t i = 0; i < n; ++i) {
        m[i] = cfg.beta1 * m[i] + (1.0f - cfg.beta1) * g[i];         // first moment
        v[i] = cfg.beta2 * v[i] + (1.0f - cfg.beta2) * g[i] * g[i];  // second moment
        const float mhat = m[i] * c1, vhat = v[i] * c2;              // bias-corrected
        theta[i] -= lr * mhat / (std::sqrt(vhat) + eps);
      }
      break;
    }
    case Optimizer::adagrad:
      for (size_t i = 0; i < n; ++i) {
        v[i] += g[i] * g[i];
        theta[i] -= lr * g[i] / (std::sqrt(v[i]) + eps);
      }
      break;
  }
}

void add_penalty_grad(float l1, float l2, const float* w, float* g, size_t n) {
  if (l2 != 0.0f)
    for (size_t i = 0; i < n; ++i) g[i] += l2 * w[i];
  if (l1 != 0.0f)
    for (size_t i = 0; i < n; ++i) g[i] += w[i] > 0.0f ? l1 : (w[i] < 0.0f ? -l1 : 0.0f);
}

float clip_grad_norm(float* g, size_t n, float max_norm) {
  double s = 0;
  for (size_t i = 0; i < n; ++i) s += double(g[i]) * g[i];
  const float norm = static_cast<float>(std::sqrt(s));
  if (max_norm > 0.0f && norm > max_norm) {
    const float k = max_norm / norm;
    for (size_t i = 0; i < n; ++i) g[i] *= k;
  }
  return norm;
}

}  // namespace actlab
