// The source documents' claims, each as a test on real training runs (what a student must be able to
// see happen in the playground). Every number here comes from the engine's metrics.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "trainer_fixtures.h"

namespace actlab {
namespace {

using testing::Rig;

float test_accuracy_after(Rig s, int epochs) {
  Trainer t;
  EXPECT_EQ(s.into(t), "");
  t.step_epochs(epochs);
  return t.measure().test_accuracy;
}

// "Linear layers collapse into one": a network with only identity activations is a linear classifier
// however deep, and cannot separate XOR; a tanh 2-8-1 network can.
TEST(Claims, LinearNetworkCannotSeparateXorTanhCan) {
  Rig linear(DatasetKind::xor_, {8, 8, 8}, Act::identity);
  linear.train.optimizer = Optimizer::adam;
  linear.train.lr = 0.01f;
  EXPECT_LE(test_accuracy_after(linear, 300), 0.75f);

  Rig tanh_net(DatasetKind::xor_, {8}, Act::tanh);
  tanh_net.train.optimizer = Optimizer::adam;
  tanh_net.train.lr = 0.01f;
  EXPECT_GE(test_accuracy_after(tanh_net, 300), 0.95f);
}

// "The step function cannot learn": its derivative is 0 everywhere, so no gradient reaches the
// weights below it — they stay exactly as initialised while the layer above still learns.
TEST(Claims, StepActivationLeavesTheWeightsBelowItUnchanged) {
  Rig s(DatasetKind::xor_, {8}, Act::step);
  s.train.lr = 0.1f;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  const std::vector<float> before(t.params(), t.params() + t.n_params());
  t.step_epochs(20);
  const float* after = t.params();
  for (size_t i = t.weight_offset(0); i < t.weight_offset(1); ++i) EXPECT_EQ(after[i], before[i]) << i;
  bool top_moved = false;
  for (size_t i = t.weight_offset(1); i < t.n_params(); ++i) top_moved |= after[i] != before[i];
  EXPECT_TRUE(top_moved);
  EXPECT_EQ(t.measure().layers[0].grad_norm, 0.0f);
}

// "Sigmoid saturates and the gradient vanishes": in an 8-layer sigmoid network with Xavier init the
// first layer's gradient is at least 100x smaller than the last layer's; relu + He keeps it within 10x.
float first_to_last_grad_ratio(Act act, Init init, uint64_t seed) {
  Rig s(DatasetKind::circle, {8, 8, 8, 8, 8, 8, 8, 8}, act);
  s.net.init = init;
  s.train.seed = seed;
  Trainer t;
  EXPECT_EQ(s.into(t), "");
  const Metrics& m = t.measure();
  return m.layers[0].grad_norm / m.layers[m.n_layers - 1].grad_norm;
}

TEST(Claims, DeepSigmoidGradientVanishesReluHeDoesNot) {
  for (uint64_t seed = 1; seed <= 5; ++seed) {
    EXPECT_LT(first_to_last_grad_ratio(Act::sigmoid, Init::xavier_uniform, seed), 0.01f) << "seed " << seed;
    const float relu = first_to_last_grad_ratio(Act::relu, Init::he_normal, seed);
    EXPECT_GT(relu, 0.1f) << "seed " << seed;
    EXPECT_LT(relu, 10.0f) << "seed " << seed;
  }
}

// "One oscillating neuron solves XOR": a network whose only hidden layer is ONE sine or ncu unit
// separates the four XOR points; one tanh unit (monotonic) cannot, whatever its training.
float xor4_accuracy_one_unit(Act act, uint64_t seed) {
  Rig s(DatasetKind::xor4, {1}, act, Output::sigmoid);
  s.train.optimizer = Optimizer::adam;
  s.train.lr = 0.05f;
  s.train.batch = 4;
  s.net.init = Init::xavier_normal;
  s.train.seed = seed;
  Trainer t;
  EXPECT_EQ(s.into(t), "");
  t.step_epochs(2000);
  return t.measure().train_accuracy;
}

TEST(Claims, OneOscillatingUnitSeparatesXor4OneTanhUnitCannot) {
  for (uint64_t seed = 1; seed <= 3; ++seed) {
    for (Act a : {Act::sine, Act::ncu})
      EXPECT_EQ(xor4_accuracy_one_unit(a, seed), 1.0f) << act_info(a).name << " seed " << seed;
    EXPECT_LE(xor4_accuracy_one_unit(Act::tanh, seed), 0.75f) << "seed " << seed;
  }
}

// "ReLU dies": at a high learning rate most relu units end up outputting 0 on every training sample
// (and never recover: their gradient is 0); leaky_relu, same run otherwise, keeps every unit alive.
TEST(Claims, HighLearningRateKillsReluNotLeakyRelu) {
  auto dead_after = [](Act a, uint64_t seed) {
    Rig s(DatasetKind::spiral, {8, 8}, a, Output::sigmoid);
    s.net.init = Init::he_normal;
    s.train.optimizer = Optimizer::adam;
    s.train.lr = 0.1f;
    s.train.seed = seed;
    Trainer t;
    EXPECT_EQ(s.into(t), "");
    t.step_epochs(300);
    const Metrics& m = t.measure();
    EXPECT_FALSE(m.diverged);
    return (m.layers[0].dead_fraction + m.layers[1].dead_fraction) / 2;
  };
  for (uint64_t seed = 1; seed <= 3; ++seed) {
    EXPECT_GT(dead_after(Act::relu, seed), 0.5f) << "seed " << seed;
    EXPECT_EQ(dead_after(Act::leaky_relu, seed), 0.0f) << "seed " << seed;
  }
}

// "PReLU learns its slope": the per-unit slopes move away from their initial 0.25.
TEST(Claims, PreluSlopesMoveAwayFromTheirInitialValue) {
  Rig s(DatasetKind::spiral, {8, 8}, Act::prelu);
  s.train.optimizer = Optimizer::adam;
  s.train.lr = 0.01f;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  t.step_epochs(100);
  float moved = 0;
  for (int l = 0; l < 2; ++l)
    for (int u = 0; u < 8; ++u) {
      const float a = t.params()[t.act_param_offset(l) + static_cast<size_t>(u)];
      moved = std::max(moved, std::fabs(a - 0.25f));
    }
  EXPECT_GT(moved, 0.05f);
}

}  // namespace
}  // namespace actlab
