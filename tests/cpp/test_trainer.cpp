// The trainer as a whole: whole-network gradient checks for every activation and every head, the
// float SIMD network against the independent double network, determinism, metrics semantics,
// grid evaluation, divergence and recovery.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/activations.h"
#include "core/network.h"
#include "core/refnet.h"
#include "trainer_fixtures.h"

namespace actlab {
namespace {

using testing::Rig;

// ---- gradient checks ------------------------------------------------------------------------------

class GradcheckEveryActivation : public ::testing::TestWithParam<int> {};

TEST_P(GradcheckEveryActivation, BackpropMatchesCentralDifferences) {
  const Act a = static_cast<Act>(GetParam());
  // Circle: random points (the spiral starts at the origin, exactly on every kink at zero bias).
  Rig s(DatasetKind::circle, {5, 4}, a);
  s.data.points = 200;
  s.data.noise = 0.1f;
  s.train.optimizer = Optimizer::adam;
  s.train.lr = 0.01f;
  s.net.init = Init::xavier_normal;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  // At initialisation and after some training (weights away from their symmetric start). Parameters
  // whose ±h evaluations straddle a kink are skipped; they must stay a small minority.
  const int n = static_cast<int>(t.n_params());
  int skipped = 0;
  EXPECT_LT(t.gradcheck(0, &skipped), 1e-3) << act_info(a).name << " at init";
  EXPECT_LT(skipped, n / 5) << act_info(a).name;
  t.step_epochs(3);
  EXPECT_LT(t.gradcheck(0, &skipped), 1e-3) << act_info(a).name << " after 3 epochs";
  EXPECT_LT(skipped, n / 5) << act_info(a).name;
}

std::vector<int> elementwise_ids() {
  std::vector<int> ids;
  for (int i = 0; i < kNumElementwiseActs; ++i) ids.push_back(i);
  return ids;
}
INSTANTIATE_TEST_SUITE_P(Catalogue, GradcheckEveryActivation, ::testing::ValuesIn(elementwise_ids()),
                         [](const ::testing::TestParamInfo<int>& p) {
                           return std::string(act_info(static_cast<Act>(p.param)).name);
                         });

struct HeadCase {
  const char* name;
  Output out;
  DatasetKind data;
  int classes;
};
class GradcheckEveryHead : public ::testing::TestWithParam<HeadCase> {};

TEST_P(GradcheckEveryHead, BackpropMatchesCentralDifferences) {
  const HeadCase& c = GetParam();
  Rig s(c.data, {6}, Act::tanh, c.out);
  s.data.classes = c.classes;
  s.net.n_out =
      (c.out == Output::softmax || c.out == Output::log_softmax || c.out == Output::softmin) ? c.classes : 1;
  if (c.data == DatasetKind::sine1d) s.net.features = 1u << static_cast<int>(Feature::x);
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  EXPECT_LT(t.gradcheck(), 1e-3);
  t.step_epochs(2);
  EXPECT_LT(t.gradcheck(), 1e-3);
}
INSTANTIATE_TEST_SUITE_P(
    Heads, GradcheckEveryHead,
    ::testing::Values(HeadCase{"tanh_squared", Output::tanh, DatasetKind::circle, 2},
                      HeadCase{"sigmoid_bce", Output::sigmoid, DatasetKind::circle, 2},
                      HeadCase{"softmax_ce", Output::softmax, DatasetKind::spiral, 3},
                      HeadCase{"log_softmax_nll", Output::log_softmax, DatasetKind::spiral, 4},
                      HeadCase{"softmin_ce", Output::softmin, DatasetKind::spiral, 5},
                      HeadCase{"identity_mse", Output::identity, DatasetKind::plane, 0},
                      HeadCase{"tanh_regression", Output::tanh, DatasetKind::sine1d, 0}),
    [](const ::testing::TestParamInfo<HeadCase>& p) { return std::string(p.param.name); });

TEST(Gradcheck, MaxoutLearnableParamsPenaltiesAndAllFeatures) {
  Rig s(DatasetKind::spiral, {6, 5, 4}, Act::tanh);
  s.acts({Act::maxout, Act::prelu, Act::swish});
  s.net.hidden[0].maxout_k = 3;
  s.net.hidden[2].learn_params = true;  // swish beta, learnt per unit
  s.net.features = 0x7f;
  s.train.l1 = 0.001f;
  s.train.l2 = 0.01f;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  t.step_epochs(2);
  EXPECT_LT(t.gradcheck(), 1e-3);
}

// The negative control of the gradient-check lesson: a backprop that counts the first hidden layer's
// f' twice is caught with a relative error of (2g - g) / 2g = 0.5, at init and after training.
TEST(Gradcheck, CatchesTheDeliberatelyWrongDerivative) {
  Rig s(DatasetKind::spiral, {8, 8}, Act::tanh);
  s.train.wrong_derivative = true;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  EXPECT_NEAR(t.gradcheck(), 0.5, 1e-3);
  t.step_epochs(2);
  EXPECT_NEAR(t.gradcheck(), 0.5, 1e-3);
  s.train.wrong_derivative = false;  // the same weights with the right derivative pass
  ASSERT_EQ(t.set_train_config(s.train), "");
  EXPECT_LT(t.gradcheck(), 1e-3);
}

TEST(Gradcheck, DeepNetworksAtEveryInit) {
  for (int i = 0; i < 7; ++i) {
    const Init init = static_cast<Init>(i);
    if (init == Init::zeros) continue;  // symmetric: checked elsewhere
    Rig s(DatasetKind::circle, {8, 8, 8, 8, 8}, Act::elu);
    s.net.init = init;
    Trainer t;
    ASSERT_EQ(s.into(t), "");
    EXPECT_LT(t.gradcheck(200), 1e-3) << init_name(init);
  }
}

// ---- the float SIMD network against the double reference network ----------------------------------

TEST(Network, FloatForwardMatchesDoubleReference) {
  Rig s(DatasetKind::spiral, {16, 12, 8}, Act::tanh, Output::softmax);
  s.acts({Act::gelu, Act::maxout, Act::prelu});
  s.data.classes = 3;
  s.net.n_out = 3;
  s.net.features = 0x7f;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  t.step_epochs(5);
  std::vector<LayerShape> layers;
  plan_layers(t.net(), t.n_inputs(), &layers);
  RefNet ref(layers, t.net().output, 0, 0);
  std::vector<double> theta(t.params(), t.params() + t.n_params());
  const Dataset& d = t.data();
  const int n = 37;
  std::vector<float> out(static_cast<size_t>(3 * n));
  t.predict(d.x.data(), d.y.data(), n, out.data());
  for (int i = 0; i < n; ++i) {
    const double x = d.x[static_cast<size_t>(i)], y = d.y[static_cast<size_t>(i)];
    const double feats[7] = {x, y, x * x, y * y, x * y, std::sin(x), std::sin(y)};
    double o[3];
    ref.forward(theta.data(), feats, o);
    for (int k = 0; k < 3; ++k) EXPECT_NEAR(out[static_cast<size_t>(k * n + i)], o[k], 1e-5) << i << "," << k;
  }
}

// ---- determinism --------------------------------------------------------------------------------

TEST(Trainer, SameSeedSameRun) {
  Rig s(DatasetKind::spiral, {8, 8}, Act::relu);
  s.train.optimizer = Optimizer::adam;
  s.train.lr = 0.01f;
  s.train.dropout = 0.2f;
  Trainer a, b;
  ASSERT_EQ(s.into(a), "");
  ASSERT_EQ(s.into(b), "");
  a.step_epochs(20);
  b.step_epochs(20);
  ASSERT_EQ(a.n_params(), b.n_params());
  for (size_t i = 0; i < a.n_params(); ++i) ASSERT_EQ(a.params()[i], b.params()[i]) << i;
  s.train.seed = 2;
  Trainer c;
  ASSERT_EQ(s.into(c), "");
  c.step_epochs(20);
  int same = 0;
  for (size_t i = 0; i < a.n_params(); ++i) same += a.params()[i] == c.params()[i];
  EXPECT_LT(same, static_cast<int>(a.n_params()) / 10);
}

TEST(Trainer, ResetRepeatsTheRunReinitChangesIt) {
  Rig s(DatasetKind::xor_, {4}, Act::tanh);
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  const std::vector<float> init(t.params(), t.params() + t.n_params());
  t.step_epochs(3);
  const std::vector<float> after(t.params(), t.params() + t.n_params());
  t.reset();
  EXPECT_EQ(t.epoch(), 0);
  EXPECT_EQ(std::vector<float>(t.params(), t.params() + t.n_params()), init);
  t.step_epochs(3);
  EXPECT_EQ(std::vector<float>(t.params(), t.params() + t.n_params()), after);
  t.reinit(77);
  EXPECT_NE(std::vector<float>(t.params(), t.params() + t.n_params()), init);
}

TEST(Trainer, ContinuesElsewhereFromParamsAndCounters) {
  // What the page does when its worker dies: a fresh trainer, the same configuration, the last
  // snapshot's parameters and counters.
  Rig s(DatasetKind::spiral, {8, 8}, Act::relu);
  s.train.batch = 7;
  Trainer a;
  ASSERT_EQ(s.into(a), "");
  a.step_epochs(3);
  a.step_batches(5);  // mid-epoch
  const std::vector<float> p(a.params(), a.params() + a.n_params());
  const float loss = a.measure().train_loss;
  Trainer b;
  ASSERT_EQ(s.into(b), "");
  EXPECT_EQ(b.epoch(), 0);
  ASSERT_EQ(b.set_params(p.data(), p.size()), "");
  ASSERT_EQ(b.set_counters(a.epoch(), a.step()), "");
  EXPECT_EQ(b.epoch(), 3);
  EXPECT_EQ(b.step(), a.step());
  const Metrics& m = b.measure();
  EXPECT_EQ(m.epoch, 3);
  EXPECT_EQ(m.train_loss, loss);  // the same weights on the same data
  // The next epoch is a whole one: it starts a fresh order.
  const int per_epoch = (b.data().n_train + s.train.batch - 1) / s.train.batch;
  ASSERT_EQ(b.step_epochs(1), 1);
  EXPECT_EQ(b.epoch(), 4);
  EXPECT_EQ(b.step(), a.step() + per_epoch);
  EXPECT_NE(b.set_counters(-1, 0), "");
  EXPECT_NE(b.set_counters(0, -1), "");
  EXPECT_EQ(b.epoch(), 4);  // refused: unchanged
}

// ---- metrics ------------------------------------------------------------------------------------

TEST(Metrics, EpochZeroIsMeasuredBeforeAnyUpdate) {
  Rig s(DatasetKind::circle, {8, 8}, Act::tanh);
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  const std::vector<float> before(t.params(), t.params() + t.n_params());
  const Metrics& m = t.measure();
  EXPECT_EQ(m.epoch, 0);
  EXPECT_EQ(m.step, 0);
  EXPECT_EQ(std::vector<float>(t.params(), t.params() + t.n_params()), before);
  EXPECT_EQ(m.n_layers, 3);
  for (int l = 0; l < 3; ++l) {
    EXPECT_GT(m.layers[l].grad_norm, 0.0f);
    EXPECT_GT(m.layers[l].weight_norm, 0.0f);
    EXPECT_EQ(m.layers[l].update_ratio, 0.0f);
  }
  EXPECT_TRUE(std::isfinite(m.train_loss));
}

TEST(Metrics, GradNormIsTheFullTrainingSetGradient) {
  // The reported norm must equal the norm of the central-difference gradient of the mean loss.
  Rig s(DatasetKind::gauss, {3}, Act::tanh);
  s.data.points = 40;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  t.step_epochs(2);
  const Metrics m = t.measure();
  std::vector<LayerShape> layers;
  plan_layers(t.net(), t.n_inputs(), &layers);
  RefNet ref(layers, t.net().output, 0, 0);
  const Dataset& d = t.data();
  const int n = d.n_train;
  std::vector<double> X(static_cast<size_t>(2 * n)), tg(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    X[static_cast<size_t>(i)] = d.x[static_cast<size_t>(i)];
    X[static_cast<size_t>(n + i)] = d.y[static_cast<size_t>(i)];
    tg[static_cast<size_t>(i)] = d.label[static_cast<size_t>(i)] > 0.5f ? 1.0 : -1.0;
  }
  std::vector<double> th(t.params(), t.params() + t.n_params());
  for (int l = 0; l < 2; ++l) {
    double sq = 0;
    for (size_t i = layers[static_cast<size_t>(l)].w_off; i < layers[static_cast<size_t>(l)].b_off; ++i) {
      const double keep = th[i];
      th[i] = keep + 1e-6;
      const double lp = ref.loss(th.data(), X.data(), tg.data(), n);
      th[i] = keep - 1e-6;
      const double lm = ref.loss(th.data(), X.data(), tg.data(), n);
      th[i] = keep;
      const double g = (lp - lm) / 2e-6;
      sq += g * g;
    }
    EXPECT_NEAR(m.layers[l].grad_norm, std::sqrt(sq), 1e-4 * (1 + std::sqrt(sq))) << "layer " << l;
  }
}

TEST(Metrics, DeadUnitsGetNoGradientOnAnySample) {
  // Push every first-layer bias far negative: all relu units output 0 everywhere -> all dead.
  Rig s(DatasetKind::circle, {6}, Act::relu);
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  std::vector<float> p(t.params(), t.params() + t.n_params());
  for (int u = 0; u < 6; ++u) p[t.bias_offset(0) + static_cast<size_t>(u)] = -100.0f;
  p[t.bias_offset(0)] = 100.0f;  // ... except unit 0, alive everywhere
  ASSERT_EQ(t.set_params(p.data(), p.size()), "");
  const Metrics& m = t.measure();
  EXPECT_NEAR(m.layers[0].dead_fraction, 5.0 / 6.0, 1e-6);
  EXPECT_NEAR(m.layers[0].saturated_fraction, 5.0 / 6.0, 1e-6);  // f' = 0 on the dead ones
  // Dead is what a unit does, not a catalogue flag: tanh with these biases (+-100) has f' rounding to
  // exactly 0 on every sample on both sides (tanh(100) is 1.0f), so all 6 are dead; at z = -7 for every sample
  // (weights 0) f' = 3e-6: saturated, yet a gradient still flows — not dead.
  Rig s2(DatasetKind::circle, {6}, Act::tanh);
  Trainer t2;
  ASSERT_EQ(s2.into(t2), "");
  ASSERT_EQ(t2.set_params(p.data(), p.size()), "");
  EXPECT_EQ(t2.measure().layers[0].dead_fraction, 1.0f);
  for (size_t i = t2.weight_offset(0); i < t2.bias_offset(0); ++i) p[i] = 0.0f;
  for (int u = 0; u < 6; ++u) p[t2.bias_offset(0) + static_cast<size_t>(u)] = -7.0f;
  ASSERT_EQ(t2.set_params(p.data(), p.size()), "");
  const Metrics& m2 = t2.measure();
  EXPECT_EQ(m2.layers[0].dead_fraction, 0.0f);
  EXPECT_NEAR(m2.layers[0].saturated_fraction, 1.0, 1e-6);
  // leaky_relu with slope 0 is relu: it can die; with its default slope 0.01 it cannot.
  Rig s3(DatasetKind::circle, {6}, Act::leaky_relu);
  s3.net.hidden[0].act_params[0] = 0.0f;
  Trainer t3;
  ASSERT_EQ(s3.into(t3), "");
  for (int u = 0; u < 6; ++u) p[t3.bias_offset(0) + static_cast<size_t>(u)] = -100.0f;
  ASSERT_EQ(t3.set_params(p.data(), p.size()), "");
  EXPECT_EQ(t3.measure().layers[0].dead_fraction, 1.0f);
  s3.net.hidden[0].act_params[0] = 0.01f;
  Trainer t4;
  ASSERT_EQ(s3.into(t4), "");
  ASSERT_EQ(t4.set_params(p.data(), p.size()), "");
  EXPECT_EQ(t4.measure().layers[0].dead_fraction, 0.0f);
}

TEST(Metrics, PreactivationHistogramCountsEverySample) {
  Rig s(DatasetKind::spiral, {8, 8}, Act::tanh);
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  std::vector<float> counts(20);
  t.preact_histogram(1, 20, -3.0f, 3.0f, counts.data());
  double total = 0;
  for (float c : counts) total += c;
  EXPECT_EQ(total, 8.0 * t.data().n_train);
}

// The first layer's histogram against pre-activations computed here from params(), before and after
// a step (the kept pre-activations must follow the weights).
TEST(Metrics, PreactivationHistogramMatchesTheWeights) {
  Rig s(DatasetKind::gauss, {5, 3}, Act::relu);
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  auto expected = [&t](int bins, float lo, float hi) {
    std::vector<float> counts(static_cast<size_t>(bins), 0.0f);
    const float* p = t.params();
    const Dataset& d = t.data();
    for (int u = 0; u < 5; ++u)
      for (int i = 0; i < d.n_train; ++i) {
        const float z = p[t.bias_offset(0) + static_cast<size_t>(u)] +
                        p[t.weight_offset(0) + static_cast<size_t>(2 * u)] * d.x[static_cast<size_t>(i)] +
                        p[t.weight_offset(0) + static_cast<size_t>(2 * u + 1)] * d.y[static_cast<size_t>(i)];
        const int b = std::clamp(static_cast<int>(std::floor((z - lo) / (hi - lo) * bins)), 0, bins - 1);
        counts[static_cast<size_t>(b)] += 1.0f;
      }
    return counts;
  };
  for (int round = 0; round < 3; ++round) {
    if (round == 1) t.measure();
    if (round == 2) t.step_batches(7);
    std::vector<float> got(16);
    t.preact_histogram(0, 16, -4.0f, 4.0f, got.data());
    const auto want = expected(16, -4.0f, 4.0f);
    int moved = 0;  // samples within float rounding of a bin edge may land next door
    for (int b = 0; b < 16; ++b)
      moved += static_cast<int>(std::fabs(got[static_cast<size_t>(b)] - want[static_cast<size_t>(b)]));
    EXPECT_LE(moved, 2) << "round " << round;
  }
}

// Mean unit output per layer against a forward pass written here in double from params(): ELU
// (alpha 1) and ReLU by their formulas, the tanh head by RefNet. Before and after training.
TEST(Metrics, ActivationMeanIsTheMeanUnitOutput) {
  for (Act a : {Act::elu, Act::relu}) {
    Rig s(DatasetKind::gauss, {5, 3}, a);
    s.data.points = 60;
    Trainer t;
    ASSERT_EQ(s.into(t), "");
    ASSERT_EQ(t.n_inputs(), 2);
    auto f = [a](double z) { return z > 0 ? z : a == Act::elu ? std::expm1(z) : 0.0; };
    std::vector<LayerShape> layers;
    plan_layers(t.net(), t.n_inputs(), &layers);
    RefNet ref(layers, t.net().output, 0, 0);
    for (int round = 0; round < 2; ++round) {
      if (round == 1) t.step_epochs(3);
      const Metrics m = t.measure();
      const std::vector<double> p(t.params(), t.params() + t.n_params());
      const Dataset& d = t.data();
      double sum[3] = {0, 0, 0};
      for (int i = 0; i < d.n_train; ++i) {
        const double xy[2] = {d.x[static_cast<size_t>(i)], d.y[static_cast<size_t>(i)]};
        std::vector<double> in(xy, xy + 2);
        for (int l = 0; l < 2; ++l) {
          const int nin = t.layer_in(l), nout = t.layer_out(l);
          std::vector<double> out(static_cast<size_t>(nout));
          for (int u = 0; u < nout; ++u) {
            double z = p[t.bias_offset(l) + static_cast<size_t>(u)];
            for (int k = 0; k < nin; ++k)
              z += p[t.weight_offset(l) + static_cast<size_t>(u * nin + k)] * in[static_cast<size_t>(k)];
            out[static_cast<size_t>(u)] = f(z);
            sum[l] += out[static_cast<size_t>(u)];
          }
          in = out;
        }
        double y = 0;
        ref.forward(p.data(), xy, &y);
        sum[2] += y;
      }
      const int units[3] = {5, 3, 1};
      for (int l = 0; l < 3; ++l) {
        const double want = sum[l] / (double(d.n_train) * units[l]);
        EXPECT_NEAR(m.layers[l].act_mean, want, 1e-5 * (1 + std::fabs(want)))
            << "layer " << l << ", round " << round;
      }
      if (a == Act::relu) {
        EXPECT_GT(m.layers[0].act_mean, 0.0f);  // relu's outputs are never negative
      }
    }
  }
}

TEST(Metrics, ZerosInitNeverBreaksSymmetry) {
  Rig s(DatasetKind::circle, {5}, Act::tanh);
  s.net.init = Init::zeros;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  t.step_epochs(10);
  const float* p = t.params();
  const int in = t.layer_in(0);
  for (int u = 1; u < 5; ++u)
    for (int i = 0; i < in; ++i)
      EXPECT_EQ(p[t.weight_offset(0) + static_cast<size_t>(u * in + i)],
                p[t.weight_offset(0) + static_cast<size_t>(i)]);
}

// ---- grid ---------------------------------------------------------------------------------------

TEST(Grid, GridEqualsPredictionsAtTheGridPoints) {
  Rig s(DatasetKind::spiral, {8, 8}, Act::tanh);
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  t.step_epochs(3);
  const int W = 13, H = 7;
  std::vector<float> grid(static_cast<size_t>(W * H)), units(static_cast<size_t>(t.total_units() * W * H));
  t.eval_grid(W, H, -6, 6, -5, 5, grid.data());
  t.eval_grid_units(W, H, -6, 6, -5, 5, units.data());
  std::vector<float> xs, ys;
  for (int r = 0; r < H; ++r)
    for (int c = 0; c < W; ++c) {
      xs.push_back(-6.0f + 12.0f * c / (W - 1));
      ys.push_back(5.0f - 10.0f * r / (H - 1));  // row 0 at the top
    }
  std::vector<float> pred(static_cast<size_t>(W * H));
  t.predict(xs.data(), ys.data(), W * H, pred.data());
  const size_t out_unit = static_cast<size_t>(t.total_units() - 1);
  for (int i = 0; i < W * H; ++i) {
    EXPECT_NEAR(grid[static_cast<size_t>(i)], pred[static_cast<size_t>(i)], 1e-6);
    EXPECT_EQ(units[out_unit * W * H + static_cast<size_t>(i)], grid[static_cast<size_t>(i)]);
  }
}

// ---- divergence ---------------------------------------------------------------------------------

TEST(Divergence, HighLearningRateIsCaughtExplainedAndRecoverable) {
  Rig s(DatasetKind::plane, {8, 8}, Act::relu, Output::identity);
  s.train.lr = 10.0f;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  t.measure();  // a good state to come back to
  const std::vector<float> good(t.params(), t.params() + t.n_params());
  const int ran = t.step_epochs(50);
  EXPECT_LT(ran, 50);
  EXPECT_TRUE(t.diverged());
  const Metrics& m = t.measure();
  EXPECT_TRUE(m.diverged);
  EXPECT_NE(m.divergence.find("learning rate"), std::string::npos) << m.divergence;
  EXPECT_EQ(t.step_batches(5), 0);  // paused until recovered
  ASSERT_TRUE(t.restore_last_good());
  EXPECT_FALSE(t.diverged());
  EXPECT_EQ(std::vector<float>(t.params(), t.params() + t.n_params()), good);
  TrainConfig lower = t.train();
  lower.lr = 0.01f;
  ASSERT_EQ(t.set_train_config(lower), "");
  EXPECT_EQ(t.step_epochs(5), 5);
  EXPECT_TRUE(std::isfinite(t.measure().train_loss));
}

// Every entry point is safe before configure() and with out-of-range arguments (embind passes plain
// ints from JavaScript): nothing crashes, nothing is written where nothing exists.
TEST(Trainer, SafeBeforeConfigureAndWithBadArguments) {
  Trainer t;
  EXPECT_EQ(t.step_batches(3), 0);
  EXPECT_EQ(t.step_epochs(2), 0);
  EXPECT_EQ(t.measure().n_layers, 0);
  t.reset();
  t.reinit(5);
  EXPECT_FALSE(t.restore_last_good());
  EXPECT_EQ(t.gradcheck(), 0.0);
  EXPECT_NE(t.set_train_config(TrainConfig()), "");
  EXPECT_EQ(t.n_params(), 0u);
  float out[4] = {7, 7, 7, 7};
  t.eval_grid(2, 2, -1, 1, -1, 1, out);
  t.preact_histogram(0, 4, -1, 1, out);
  EXPECT_EQ(out[0], 0.0f);  // histogram zeroed, nothing counted
  EXPECT_EQ(t.weight_offset(3), 0u);

  Rig s(DatasetKind::xor_, {4}, Act::tanh);
  ASSERT_EQ(s.into(t), "");
  EXPECT_EQ(t.weight_offset(-1), 0u);
  EXPECT_EQ(t.layer_out(99), 0);
  float grid[4] = {7, 7, 7, 7};
  t.eval_grid(0, 2, -1, 1, -1, 1, grid);
  t.eval_grid(2, -3, -1, 1, -1, 1, grid);
  EXPECT_EQ(grid[0], 7.0f);
  t.preact_histogram(9, 4, -1, 1, grid);
  EXPECT_EQ(grid[0], 0.0f);
  // Enum values from outside the tables are configuration errors, not crashes.
  Rig bad = s;
  bad.net.output = static_cast<Output>(77);
  EXPECT_NE(bad.into(t), "");
  bad = s;
  bad.net.init = static_cast<Init>(77);
  EXPECT_NE(bad.into(t), "");
  bad = s;
  bad.train.optimizer = static_cast<Optimizer>(77);
  EXPECT_NE(bad.into(t), "");
  bad = s;
  bad.net.hidden[0].act = static_cast<Act>(200);
  EXPECT_NE(bad.into(t), "");
  bad = s;
  bad.data.kind = static_cast<DatasetKind>(42);
  EXPECT_NE(bad.into(t), "");
  EXPECT_EQ(t.step_batches(2), 2);  // the good configuration is still there
}

TEST(Trainer, BadConfigurationIsRejectedAndKeepsTheOldOne) {
  Rig s(DatasetKind::xor_, {4}, Act::tanh);
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  const size_t n = t.n_params();
  Rig bad = s;
  bad.net.hidden[0].units = 0;
  EXPECT_NE(bad.into(t), "");
  EXPECT_EQ(t.n_params(), n);
  EXPECT_EQ(t.step_batches(3), 3);
  EXPECT_NE(t.set_params(t.params(), n + 1), "");
}

}  // namespace
}  // namespace actlab
