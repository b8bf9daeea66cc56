// test_divergence.cpp — one divergence policy, the core's (trainer.h): a run that explodes while
// staying finite is caught for every optimiser and for relu, sigmoid and tanh; restore brings back
// the last good weights with their epoch and the network's shape; and the counterfactual: the same
// networks at an ordinary learning rate are never flagged.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/trainer.h"
#include "trainer_fixtures.h"

namespace actlab {
namespace {

using testing::Rig;

struct Case {
  Optimizer opt;
  Act act;
};
std::vector<Case> all_cases() {
  std::vector<Case> v;
  for (Optimizer o : {Optimizer::sgd, Optimizer::momentum, Optimizer::nesterov, Optimizer::rmsprop,
                      Optimizer::adam, Optimizer::adagrad})
    for (Act a : {Act::relu, Act::sigmoid, Act::tanh}) v.push_back({o, a});
  return v;
}
std::string case_name(const ::testing::TestParamInfo<Case>& info) {
  return std::string(optimizer_name(info.param.opt)) + "_" + act_info(info.param.act).name;
}

// The regression plane with an identity head: nothing bounds the output, so a too-large step
// grows the loss geometrically (the 1.5e12 with relu, SGD, lr 1).
Rig plane_rig(const Case& c, float lr) {
  Rig r(DatasetKind::plane, {8, 8}, c.act, Output::identity);
  r.train.optimizer = c.opt;
  r.train.lr = lr;
  r.train.batch = 10;
  return r;
}

// The kind of the structured cause agrees with the English text's opening phenomenon.
void expect_kind_matches_text(const Metrics& m) {
  using K = DivergenceCause::Kind;
  const K k = m.divergence_cause.kind;
  const char* opening = k == K::loss_growth         ? "The training loss grew to "
                        : k == K::non_finite        ? "The training loss became NaN/Inf at "
                        : k == K::weights_too_large ? "A weight grew beyond 1e8 (or became NaN/Inf) at "
                                                    : "(no such kind)";
  EXPECT_EQ(m.divergence.rfind(opening, 0), 0u) << static_cast<int>(k) << ": " << m.divergence;
  EXPECT_STREQ(m.divergence_cause.formula, "");
}

class DivergenceTest : public ::testing::TestWithParam<Case> {};
INSTANTIATE_TEST_SUITE_P(EveryOptimizerAndActivation, DivergenceTest, ::testing::ValuesIn(all_cases()),
                         case_name);

TEST_P(DivergenceTest, AnExplodingRunIsCaughtExplainedAndRestored) {
  const Case c = GetParam();
  Trainer t;
  ASSERT_EQ(plane_rig(c, 100.0f).into(t), "");
  t.measure();  // epoch 0: a good state
  const std::vector<float> good(t.params(), t.params() + t.n_params());
  const size_t n_params = t.n_params();
  const int ran = t.step_epochs(300);
  ASSERT_TRUE(t.diverged()) << "still training after " << ran << " epochs";
  EXPECT_LT(ran, 300);
  const Metrics& m = t.measure();
  EXPECT_TRUE(m.diverged);
  EXPECT_NE(m.divergence.find("learning rate"), std::string::npos) << m.divergence;
  expect_kind_matches_text(m);
  EXPECT_EQ(t.step_batches(5), 0);  // paused until restored
  const int64_t good_epoch = t.last_good_epoch();
  ASSERT_GE(good_epoch, 0);
  ASSERT_TRUE(t.restore_last_good());
  EXPECT_FALSE(t.diverged());
  EXPECT_EQ(t.last_metrics().divergence_cause.kind, DivergenceCause::Kind::none);
  EXPECT_EQ(t.epoch(), good_epoch);
  EXPECT_EQ(t.n_params(), n_params);  // the network's shape survives
  EXPECT_EQ(t.layer_out(0), 8);
  const std::vector<float> back(t.params(), t.params() + t.n_params());
  if (good_epoch == 0) { EXPECT_EQ(back, good); }
  for (float v : back) ASSERT_TRUE(std::isfinite(v) && std::fabs(v) < 1e8f);
}

// The counterfactual: an ordinary learning rate trains 200 epochs without a flag, and its loss ends
// well below where it started.
TEST_P(DivergenceTest, AnOrdinaryRunIsNeverFlagged) {
  const Case c = GetParam();
  const bool adaptive = c.opt == Optimizer::rmsprop || c.opt == Optimizer::adam;
  Trainer t;
  ASSERT_EQ(plane_rig(c, adaptive ? 0.003f : 0.03f).into(t), "");
  const float start = t.measure().train_loss;
  EXPECT_EQ(t.step_epochs(200), 200) << t.measure().divergence;
  EXPECT_FALSE(t.diverged());
  EXPECT_LT(t.measure().train_loss, start);
  EXPECT_EQ(t.measure().divergence_cause.kind, DivergenceCause::Kind::none);
}

// The finite explosions, caught while the loss is still a number.
TEST(Divergence, FiniteExplosionsAreCaught) {
  {  // the playground's regression plane (4, 2 relu), SGD, lr 1: sat at a loss of 1.5e12 unnoticed
    Rig r(DatasetKind::plane, {4, 2}, Act::relu, Output::identity);
    r.train.lr = 1.0f;
    Trainer t;
    ASSERT_EQ(r.into(t), "");
    t.step_epochs(500);
    ASSERT_TRUE(t.diverged());
    EXPECT_TRUE(std::isfinite(t.measure().train_loss)) << t.measure().divergence;
  }
  {  // 8 x 64, every feature, Adam lr 10 on the regression plane: sat at 1.2e38
    Rig r(DatasetKind::plane, {64, 64, 64, 64, 64, 64, 64, 64}, Act::relu, Output::identity);
    r.net.features = (1u << kNumFeatures) - 1;
    r.train.optimizer = Optimizer::adam;
    r.train.lr = 10.0f;
    Trainer t;
    ASSERT_EQ(r.into(t), "");
    t.step_epochs(50);
    ASSERT_TRUE(t.diverged());
    EXPECT_NE(t.measure().divergence.find("times its best"), std::string::npos) << t.measure().divergence;
    EXPECT_EQ(t.measure().divergence_cause.kind, DivergenceCause::Kind::loss_growth);
  }
}

// A run continued from a snapshot (a restarted browser worker sets the last drawn weights and
// counters on a fresh trainer) keeps the blow-up reference of its initial weights. Were the first
// batch after the resume the reference, a trained network's 1e-6 would make an ordinary batch of
// 0.01 a "ten thousand times its best" divergence, and the student's run would stop for nothing.
TEST(Divergence, AResumedRunIsJudgedByItsInitialWeights) {
  // The playground's default spiral (8, 8 tanh, SGD 0.03, batch 10), trained as long as the browser
  // test had run when its worker was killed: batch losses then range from 1e-5 to 0.2.
  Rig r(DatasetKind::spiral, {8, 8}, Act::tanh, Output::tanh);
  r.data.noise = 0.0f;
  r.train.lr = 0.03f;
  r.train.batch = 10;
  Trainer trained;
  ASSERT_EQ(r.into(trained), "");
  ASSERT_EQ(trained.step_epochs(2500), 2500) << trained.measure().divergence;
  const std::vector<float> theta(trained.params(), trained.params() + trained.n_params());

  Trainer resumed;
  ASSERT_EQ(r.into(resumed), "");
  ASSERT_EQ(resumed.set_params(theta.data(), theta.size()), "");
  ASSERT_EQ(resumed.set_counters(2500, 2500 * 25), "");
  EXPECT_EQ(resumed.step_epochs(200), 200) << resumed.measure().divergence;
  EXPECT_FALSE(resumed.diverged());
  EXPECT_EQ(resumed.measure().epoch, 2700);

  // The counterfactual: a real blow-up after a resume is still caught (the regression plane of
  // AnExplodingRunIsCaughtExplainedAndRestored, trained sanely first, then at learning rate 100).
  const Case c{Optimizer::sgd, Act::relu};
  Trainer before;
  ASSERT_EQ(plane_rig(c, 0.03f).into(before), "");
  ASSERT_EQ(before.step_epochs(50), 50);
  const std::vector<float> w(before.params(), before.params() + before.n_params());
  Trainer blown;
  ASSERT_EQ(plane_rig(c, 100.0f).into(blown), "");
  ASSERT_EQ(blown.set_params(w.data(), w.size()), "");
  EXPECT_LT(blown.step_epochs(300), 300);
  EXPECT_TRUE(blown.diverged());
}

// Weights handed in (a restarted worker's snapshot) that are not sane stop the run with their own
// explanation, not with the text and cause of a divergence before them.
TEST(Divergence, InsaneWeightsSetAreExplainedAsSuch) {
  // First a divergence of another kind: the plane (4, 2 relu), SGD, lr 1 blows up with a finite loss.
  Rig r(DatasetKind::plane, {4, 2}, Act::relu, Output::identity);
  r.train.lr = 1.0f;
  Trainer t;
  ASSERT_EQ(r.into(t), "");
  EXPECT_LT(t.step_epochs(500), 500);
  ASSERT_TRUE(t.diverged());
  ASSERT_EQ(t.last_metrics().divergence_cause.kind, DivergenceCause::Kind::loss_growth)
      << t.last_metrics().divergence;  // else this test could not tell the texts apart
  std::vector<float> w(t.n_params(), 0.1f);
  w[3] = 3e9f;
  ASSERT_EQ(t.set_params(w.data(), w.size()), "");
  EXPECT_TRUE(t.diverged());
  EXPECT_EQ(t.last_metrics().divergence_cause.kind, DivergenceCause::Kind::weights_too_large);
  EXPECT_NE(t.last_metrics().divergence.find("A weight set is beyond 1e8"), std::string::npos)
      << t.last_metrics().divergence;
  // The counterfactual: sane weights clear it all.
  w[3] = 0.1f;
  ASSERT_EQ(t.set_params(w.data(), w.size()), "");
  EXPECT_FALSE(t.diverged());
  EXPECT_EQ(t.last_metrics().divergence_cause.kind, DivergenceCause::Kind::none);
  EXPECT_EQ(t.last_metrics().divergence, "");
}

// At batch 1 one point is a batch, and a well-fitted point's loss is ~1e-5: were a batch the blow-up
// reference, the next ordinary point (0.4) would read as "ten thousand times its best" (the zigzag
// lesson's tanh run stopped at step 3 on init seed 6). The reference is the training-set loss at the
// initial weights, so every seed of the lesson's setting trains on.
TEST(Divergence, BatchOfOnePointIsNoFalseAlarm) {
  for (Act act : {Act::tanh, Act::sigmoid})
    for (uint64_t seed = 1; seed <= 10; ++seed) {
      Rig r(DatasetKind::xor_, {4}, act);
      r.train.batch = 1;
      r.train.lr = 0.03f;
      r.train.seed = seed;
      Trainer t;
      ASSERT_EQ(r.into(t), "");
      EXPECT_EQ(t.step_epochs(10), 10)
          << act_info(act).name << " seed " << seed << ": " << t.measure().divergence;
    }
  // The counterfactual: a real blow-up at batch 1 is still caught.
  Rig r = plane_rig({Optimizer::sgd, Act::relu}, 100.0f);
  r.train.batch = 1;
  Trainer t;
  ASSERT_EQ(r.into(t), "");
  EXPECT_LT(t.step_epochs(50), 50);
  EXPECT_TRUE(t.diverged());
}

}  // namespace
}  // namespace actlab
