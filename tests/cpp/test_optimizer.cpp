// Each optimiser's steps against closed forms on the quadratic f(θ) = ½ a θ² (gradient a θ),
// computed independently in double.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/optimizer.h"
#include "core/refnet.h"

namespace actlab {
namespace {

constexpr double kA = 0.8;  // curvature

// Runs `steps` optimiser steps on three independent quadratics (θ0 = 1, -2.5, 0.3).
std::vector<double> run(const TrainConfig& cfg, int steps) {
  std::vector<float> theta = {1.0f, -2.5f, 0.3f}, g(3);
  OptimizerState opt;
  opt.reset(theta.size());
  for (int s = 0; s < steps; ++s) {
    for (size_t i = 0; i < theta.size(); ++i) g[i] = static_cast<float>(kA * theta[i]);
    opt.step(cfg, theta.data(), g.data(), theta.size());
  }
  return {theta.begin(), theta.end()};
}

TrainConfig config(Optimizer o, float lr) {
  TrainConfig c;
  c.optimizer = o;
  c.lr = lr;
  return c;
}

const double kTheta0[3] = {1.0, -2.5, 0.3};

TEST(Optimizer, SgdIsGeometricDecay) {
  // θ_t = θ_0 (1 - lr a)^t
  const auto th = run(config(Optimizer::sgd, 0.1f), 25);
  for (int i = 0; i < 3; ++i) EXPECT_NEAR(th[i], kTheta0[i] * std::pow(1 - 0.1 * kA, 25), 1e-6);
}

// Heavy-ball momentum and Nesterov are linear recurrences on (θ, v): θ_t from the matrix power.
double linear_recurrence(double theta0, double lr, double mu, bool nesterov, int steps) {
  // v' = mu v + a θ ; θ' = θ - lr v'            (momentum)
  // v' = mu v + a θ ; θ' = θ - lr (a θ + mu v') (nesterov)
  // As a 2x2 map M on (θ, v).
  double M[2][2];
  if (!nesterov) {
    M[0][0] = 1 - lr * kA;
    M[0][1] = -lr * mu;
    M[1][0] = kA;
    M[1][1] = mu;
  } else {
    M[0][0] = 1 - lr * kA - lr * mu * kA;
    M[0][1] = -lr * mu * mu;
    M[1][0] = kA;
    M[1][1] = mu;
  }
  double P[2][2] = {{1, 0}, {0, 1}};
  for (int s = 0; s < steps; ++s) {
    double Q[2][2];
    for (int r = 0; r < 2; ++r)
      for (int c = 0; c < 2; ++c) Q[r][c] = M[r][0] * P[0][c] + M[r][1] * P[1][c];
    for (int r = 0; r < 2; ++r)
      for (int c = 0; c < 2; ++c) P[r][c] = Q[r][c];
  }
  return P[0][0] * theta0;  // v_0 = 0
}

TEST(Optimizer, MomentumMatchesItsLinearRecurrence) {
  auto c = config(Optimizer::momentum, 0.05f);
  c.momentum = 0.9f;
  const auto th = run(c, 30);
  for (int i = 0; i < 3; ++i) EXPECT_NEAR(th[i], linear_recurrence(kTheta0[i], 0.05, 0.9, false, 30), 1e-5);
}

TEST(Optimizer, NesterovMatchesItsLinearRecurrence) {
  auto c = config(Optimizer::nesterov, 0.05f);
  c.momentum = 0.9f;
  const auto th = run(c, 30);
  for (int i = 0; i < 3; ++i) EXPECT_NEAR(th[i], linear_recurrence(kTheta0[i], 0.05, 0.9, true, 30), 1e-5);
}

TEST(Optimizer, AdamFirstStepIsLrTimesSign) {
  // m̂_1 = g, v̂_1 = g²  =>  Δθ = -lr g / (|g| + ε)
  const auto th = run(config(Optimizer::adam, 0.01f), 1);
  for (int i = 0; i < 3; ++i) {
    const double g = kA * kTheta0[i];
    EXPECT_NEAR(th[i], kTheta0[i] - 0.01 * g / (std::fabs(g) + 1e-8), 1e-7);
  }
}

TEST(Optimizer, AdamMatchesKingmaBaEfficientForm) {
  // Kingma & Ba §2's equivalent form: α_t = lr √(1-β2^t)/(1-β1^t), θ -= α_t m / (√v + ε̂),
  // with ε̂ = ε √(1-β2^t) making it identical to Algorithm 1.
  auto c = config(Optimizer::adam, 0.02f);
  const int steps = 40;
  const auto th = run(c, steps);
  for (int i = 0; i < 3; ++i) {
    double theta = kTheta0[i], m = 0, v = 0;
    for (int t = 1; t <= steps; ++t) {
      const double g = kA * static_cast<float>(theta);
      m = 0.9 * m + 0.1 * g;
      v = 0.999 * v + 0.001 * g * g;
      const double alpha = 0.02 * std::sqrt(1 - std::pow(0.999, t)) / (1 - std::pow(0.9, t));
      theta -= alpha * m / (std::sqrt(v) + 1e-8 * std::sqrt(1 - std::pow(0.999, t)));
    }
    EXPECT_NEAR(th[i], theta, 2e-5) << i;
  }
}

TEST(Optimizer, RmspropFirstStep) {
  // s_1 = (1-ρ) g²  =>  Δθ = -lr g / (√(1-ρ) |g| + ε)
  auto c = config(Optimizer::rmsprop, 0.01f);
  c.rho = 0.9f;
  const auto th = run(c, 1);
  for (int i = 0; i < 3; ++i) {
    const double g = kA * kTheta0[i];
    EXPECT_NEAR(th[i], kTheta0[i] - 0.01 * g / (std::sqrt(0.1) * std::fabs(g) + 1e-8), 1e-6);
  }
}

TEST(Optimizer, AdagradStepsShrinkLikeOneOverSqrtT) {
  // On a constant gradient g the t-th adagrad step is lr g / (√t |g|) = lr sign(g) / √t.
  OptimizerState opt;
  float theta[1] = {0.0f};
  const float g[1] = {-3.0f};
  const auto c = config(Optimizer::adagrad, 0.1f);
  double expect = 0;
  for (int t = 1; t <= 50; ++t) {
    opt.step(c, theta, g, 1);
    expect += 0.1 / std::sqrt(double(t));
  }
  EXPECT_NEAR(theta[0], expect, 1e-5);
}

TEST(Optimizer, PenaltyGradientAndValue) {
  const float w[4] = {0.5f, -2.0f, 0.0f, 1.0f};
  float g[4] = {0, 0, 0, 0};
  add_penalty_grad(0.1f, 0.01f, w, g, 4);
  const double expect[4] = {0.1 + 0.005, -0.1 - 0.02, 0.0, 0.1 + 0.01};
  for (int i = 0; i < 4; ++i) EXPECT_NEAR(g[i], expect[i], 1e-7);
}

// The penalty's value lives in the reference network (the loss the gradient check differentiates):
// l1 sum |w| + l2/2 sum w^2 over the weights, never the biases.
TEST(Optimizer, ReferencePenaltyValue) {
  LayerShape s;
  s.in = 4;
  s.out = s.rows = 1;
  s.hidden = false;
  s.act = Act::identity;
  s.w_off = 0;
  s.b_off = 4;
  s.p_off = s.end = 5;
  const double theta[5] = {0.5, -2.0, 0.0, 1.0, 3.0};  // W, then a bias that must not count
  const double x[4] = {0.1, 0.2, 0.3, 0.4}, t[1] = {0.7};
  const RefNet plain({s}, Output::identity, 0.0f, 0.0f), penalised({s}, Output::identity, 0.1f, 0.01f);
  const double l1 = double(0.1f), l2 = double(0.01f);
  EXPECT_NEAR(penalised.loss(theta, x, t, 1) - plain.loss(theta, x, t, 1),
              l1 * 3.5 + 0.5 * l2 * (0.25 + 4 + 1), 1e-12);
}

TEST(Optimizer, ClipScalesToMaxNorm) {
  float g[2] = {3.0f, 4.0f};
  EXPECT_FLOAT_EQ(clip_grad_norm(g, 2, 1.0f), 5.0f);
  EXPECT_NEAR(g[0], 0.6, 1e-7);
  EXPECT_NEAR(g[1], 0.8, 1e-7);
  float h[2] = {0.3f, 0.4f};
  clip_grad_norm(h, 2, 1.0f);  // under the limit: unchanged
  EXPECT_FLOAT_EQ(h[0], 0.3f);
}

}  // namespace
}  // namespace actlab
