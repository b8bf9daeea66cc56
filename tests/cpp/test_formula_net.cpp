// test_formula_net.cpp — networks whose hidden layers use a formula activation (NetConfig::formula):
// backprop against central differences of the double network, the same training as the built-in
// where the formula is the built-in, learnable formula parameters, and bad formulas refused.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/trainer.h"
#include "trainer_fixtures.h"

namespace actlab {
namespace {

using testing::Rig;

// x as the core's English text writes it (printf %g).
std::string g(float x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", static_cast<double>(x));
  return buf;
}
bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

Rig formula_rig(const char* text, std::initializer_list<int> hidden = {5, 4}) {
  Rig s(DatasetKind::circle, hidden, Act::formula);
  s.data.points = 200;
  s.data.noise = 0.1f;
  s.train.optimizer = Optimizer::adam;
  s.train.lr = 0.01f;
  s.net.init = Init::xavier_normal;
  std::snprintf(s.net.formula, sizeof s.net.formula, "%s", text);
  return s;
}

TEST(FormulaNet, GradientCheckOfNetworksUsingFormulas) {
  for (const char* text : {"x*tanh(softplus(x))", "tanh(x)", "max(0, x) + 0.1*sin(3*x)", "x/(1 + abs(x))",
                           "exp(-x^2) + x*erf(x)", "log1p(x^2) - x"}) {
    Rig s = formula_rig(text);
    Trainer t;
    ASSERT_EQ(s.into(t), "") << text;
    const int n = static_cast<int>(t.n_params());
    int skipped = 0;
    EXPECT_LT(t.gradcheck(0, &skipped), 1e-3) << text << " at init";
    EXPECT_LT(skipped, n / 5) << text;
    t.step_epochs(3);
    EXPECT_LT(t.gradcheck(0, &skipped), 1e-3) << text << " after 3 epochs";
    EXPECT_LT(skipped, n / 5) << text;
  }
}

TEST(FormulaNet, MixedLayersAndLearnableFormulaParameters) {
  Rig s = formula_rig("x*sigmoid(a*x) + b; a = 1 in [0.1, 5], b = 0");
  s.acts({Act::formula, Act::relu});
  s.net.hidden[0].learn_params = true;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  // 2 parameters per unit of the first layer live in the flat buffer, starting at their defaults.
  const size_t off = t.act_param_offset(0);
  ASSERT_EQ(t.weight_offset(1) - off, 5u * 2u);
  EXPECT_EQ(t.params()[off], 1.0f);
  EXPECT_EQ(t.params()[off + 1], 0.0f);
  int skipped = 0;
  EXPECT_LT(t.gradcheck(0, &skipped), 1e-3);
  t.step_epochs(5);
  EXPECT_LT(t.gradcheck(0, &skipped), 1e-3);
  // ... and they are trained (the counterfactual: with learn_params off they stay where they are).
  bool moved = false;
  for (size_t i = off; i < off + 10; i += 2) moved = moved || t.params()[i] != 1.0f;
  EXPECT_TRUE(moved);
  s.net.hidden[0].learn_params = false;
  Trainer fixed;
  ASSERT_EQ(s.into(fixed), "");
  EXPECT_EQ(fixed.act_param_offset(0), fixed.weight_offset(1));  // no per-unit parameters
}

// A formula layer's act_params are the start values of its declared parameters (NaN = the declared
// default, what make_layer gives): the sliders, actParams= and --a of the pages and the CLI.
TEST(FormulaNet, ParameterStartValuesComeFromActParams) {
  Rig s = formula_rig("x*sigmoid(a*x) + b; a = 1 in [0.1, 5], b = 0 in [-1, 1]");
  s.acts({Act::formula, Act::formula});
  EXPECT_TRUE(std::isnan(s.net.hidden[0].act_params[0]));
  s.net.hidden[0].act_params[0] = 2.5f;  // layer 1: a = 2.5, b declared; layer 2: both declared
  s.net.hidden[0].learn_params = s.net.hidden[1].learn_params = true;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  const size_t off0 = t.act_param_offset(0), off1 = t.act_param_offset(1);
  for (int u = 0; u < 5; ++u) {
    EXPECT_EQ(t.params()[off0 + 2 * u], 2.5f);
    EXPECT_EQ(t.params()[off0 + 2 * u + 1], 0.0f);
  }
  EXPECT_EQ(t.params()[off1], 1.0f);
  // Away from the defaults the backprop still matches central differences of the double network.
  s.net.hidden[1].act_params[1] = -0.75f;
  Trainer away;
  ASSERT_EQ(s.into(away), "");
  EXPECT_EQ(away.params()[away.act_param_offset(1) + 1], -0.75f);
  int skipped = 0;
  EXPECT_LT(away.gradcheck(0, &skipped), 1e-3);
  away.step_epochs(3);
  EXPECT_LT(away.gradcheck(0, &skipped), 1e-3);
  EXPECT_LT(skipped, static_cast<int>(away.n_params()) / 5);
}

// Not learnt, a start value is the function: a = 2 set from outside trains bit for bit like the text
// declaring a = 2, and unlike the default a = 1 (the counterfactual).
TEST(FormulaNet, FixedParameterValueIsTheFunction) {
  auto losses = [](const char* text, float a) {
    Rig s = formula_rig(text);
    s.net.hidden[0].act_params[0] = s.net.hidden[1].act_params[0] = a;
    Trainer t;
    EXPECT_EQ(s.into(t), "");
    EXPECT_EQ(t.act_param_offset(0), t.weight_offset(1));  // nothing per unit: learn_params is off
    std::vector<float> v;
    for (int e = 0; e < 4; ++e) {
      t.step_epochs(1);
      v.push_back(t.measure().train_loss);
    }
    return v;
  };
  const float nan = std::nanf("");
  const std::vector<float> set = losses("x*sigmoid(a*x); a = 1 in [0, 5]", 2.0f);
  EXPECT_EQ(set, losses("x*sigmoid(a*x); a = 2 in [0, 5]", nan));
  EXPECT_NE(set, losses("x*sigmoid(a*x); a = 1 in [0, 5]", nan));
}

TEST(FormulaNet, ParameterStartValuesOutsideTheDeclaredRangeAreRefused) {
  Rig s = formula_rig("x*sigmoid(a*x); a = 1 in [0.1, 5]");
  s.net.hidden[1].act_params[0] = 7.0f;
  Trainer t;
  EXPECT_EQ(s.into(t), "hidden[1].a = 7 is not allowed (allowed: 0.1 .. 5)");
  s.net.hidden[1].act_params[0] = 5.0f;
  EXPECT_EQ(s.into(t), "");
}

// The formula runs the catalogue's kernels: `tanh(x)` trains exactly like the built-in tanh, to the bit.
TEST(FormulaNet, TanhFormulaTrainsLikeTheBuiltIn) {
  auto losses = [](bool as_formula, const char* text) {
    Rig s(DatasetKind::spiral, {8, 8}, as_formula ? Act::formula : Act::tanh);
    std::snprintf(s.net.formula, sizeof s.net.formula, "%s", text);
    Trainer t;
    EXPECT_EQ(s.into(t), "");
    std::vector<float> v;
    for (int e = 0; e < 5; ++e) {
      t.step_epochs(1);
      v.push_back(t.measure().train_loss);
    }
    return v;
  };
  const std::vector<float> builtin = losses(false, "");
  EXPECT_EQ(losses(true, "tanh(x)"), builtin);
  // Counterfactual: a slightly different function trains differently.
  EXPECT_NE(losses(true, "tanh(1.001*x)"), builtin);
}

TEST(FormulaNet, BadFormulasAreRefusedByValidate) {
  Rig s = formula_rig("x*sinh(x)");
  Trainer t;
  EXPECT_EQ(
      s.into(t),
      "formula: unknown function 'sinh' at column 3; allowed: exp, log, log1p, sqrt, abs, sin, cos, tan, "
      "tanh, sigmoid, softplus, erf, min, max, step");
  Rig empty = formula_rig("");
  EXPECT_EQ(empty.into(t).substr(0, 22), "formula: empty formula");
  Rig y = formula_rig("x + y");
  EXPECT_NE(y.into(t).find("only allowed in dataset formulas"), std::string::npos);
  // The text is ignored when no layer uses it.
  Rig unused(DatasetKind::circle, {4}, Act::tanh);
  std::snprintf(unused.net.formula, sizeof unused.net.formula, "%s", "((");
  EXPECT_EQ(unused.into(t), "");
}

TEST(FormulaNet, NanFromAFormulaIsDivergence) {
  Rig s = formula_rig("log(x)");  // NaN for every negative pre-activation
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  t.step_epochs(1);
  EXPECT_TRUE(t.diverged());
  Rig ok = formula_rig("log(1 + x^2)");
  Trainer u;
  ASSERT_EQ(ok.into(u), "");
  u.step_epochs(1);
  EXPECT_FALSE(u.diverged());
}

// The explanation names the cause. log(x) is NaN at the negative pre-activations of the initial
// weights: the formula, not the learning rate, whether a training step or measure() (which the CLI
// runs first) meets it, and in whichever hidden layer uses it.
TEST(FormulaNet, NanFromAFormulaIsExplainedAsTheFormulas) {
  for (int second : {0, 1}) {
    for (bool measure_first : {false, true}) {
      SCOPED_TRACE(std::string(second ? "second layer" : "first layer") +
                   (measure_first ? ", measure" : ", step"));
      Rig s = formula_rig("log(x)");
      if (second) s.acts({Act::tanh, Act::formula});
      Trainer t;
      ASSERT_EQ(s.into(t), "");
      if (measure_first) {
        t.measure();
      } else {
        t.step_epochs(1);
      }
      ASSERT_TRUE(t.diverged());
      const std::string why = t.measure().divergence;
      EXPECT_NE(why.find("the activation formula 'log(x)' gave "), std::string::npos) << why;
      EXPECT_NE(why.find(" at x = -"), std::string::npos) << why;  // a negative input
      EXPECT_NE(why.find(second ? "(hidden layer 2)" : "(hidden layer 1)"), std::string::npos) << why;
      EXPECT_NE(why.find("the learning rate is not the cause"), std::string::npos) << why;
      EXPECT_EQ(why.find("probably too high"), std::string::npos) << why;
      // The same facts, structured (what the web UI says in Korean), and the English text built from
      // them word for word as before they existed (the CLI prints it).
      const DivergenceCause& c = t.measure().divergence_cause;
      EXPECT_EQ(c.kind, DivergenceCause::Kind::formula);
      EXPECT_STREQ(c.formula, "log(x)");
      EXPECT_TRUE(std::isnan(c.value)) << c.value;  // log of a negative number
      EXPECT_LT(c.x, 0.0f);
      EXPECT_EQ(c.layer, second ? 2 : 1);
      EXPECT_TRUE(c.at_initial_weights);
      EXPECT_TRUE(
          ends_with(why, ": the activation formula 'log(x)' gave NaN at x = " + g(c.x) + " (hidden layer " +
                             std::to_string(c.layer) +
                             ") at the initial weights, before any update. The formula is not finite "
                             "for inputs the network gives it (a logarithm or square root of a negative "
                             "number, a division by zero, an overflow); the learning rate is not the "
                             "cause. Change the formula so that it is finite for every x."))
          << why;
      // Cleared with the text (no good state to restore: the initial weights again).
      t.reset();
      EXPECT_EQ(t.last_metrics().divergence, "");
      EXPECT_EQ(t.last_metrics().divergence_cause.kind, DivergenceCause::Kind::none);
    }
  }
}

// exp(x) is finite at the initial weights; a learning rate of 10 drives its inputs past 88.7, where it
// overflows: the formula is named, not at the initial weights, and the learning rate is offered too.
TEST(FormulaNet, AFormulaOverflowingLaterIsExplainedWithTheLearningRate) {
  Rig s(DatasetKind::plane, {64}, Act::formula, Output::identity);
  std::snprintf(s.net.formula, sizeof s.net.formula, "%s", "exp(x)");
  s.train.lr = 10.0f;
  s.train.batch = 10;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  EXPECT_FALSE(t.diverged()) << t.measure().divergence;  // finite at the start
  t.step_epochs(300);
  ASSERT_TRUE(t.diverged());
  const std::string why = t.measure().divergence;
  const DivergenceCause& c = t.measure().divergence_cause;
  EXPECT_EQ(c.kind, DivergenceCause::Kind::formula) << why;
  EXPECT_STREQ(c.formula, "exp(x)");
  EXPECT_EQ(c.value, INFINITY);
  EXPECT_GT(c.x, 88.0f);  // exp overflows the float range past 88.72
  EXPECT_EQ(c.layer, 1);
  EXPECT_FALSE(c.at_initial_weights);
  EXPECT_TRUE(
      ends_with(why, ": the activation formula 'exp(x)' gave inf at x = " + g(c.x) +
                         " (hidden layer 1). Either the formula is not finite for such inputs (change it so "
                         "that it is finite for every x), or its inputs grew without bound: then restore "
                         "the last good state and lower the learning rate (10.000000, optimizer sgd) or "
                         "clip gradients."))
      << why;
}

// The counterfactual: a formula that is finite everywhere, tanh(x), blown up by a learning rate of
// 100 on the regression plane (as test_divergence.cpp does with the built-in), is explained by the
// learning rate, and the formula is not blamed.
TEST(FormulaNet, ALearningRateBlowUpWithAFiniteFormulaBlamesTheLearningRate) {
  Rig s(DatasetKind::plane, {8, 8}, Act::formula, Output::identity);
  std::snprintf(s.net.formula, sizeof s.net.formula, "%s", "tanh(x)");
  s.train.lr = 100.0f;
  s.train.batch = 10;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  t.measure();
  t.step_epochs(300);
  ASSERT_TRUE(t.diverged());
  const std::string why = t.measure().divergence;
  EXPECT_NE(why.find("The learning rate (100.000000, optimizer sgd) is probably too high"), std::string::npos)
      << why;
  EXPECT_EQ(why.find("activation formula"), std::string::npos) << why;
  // The structured cause says the same: the kind of blow-up, no formula facts.
  const DivergenceCause& c = t.measure().divergence_cause;
  EXPECT_NE(c.kind, DivergenceCause::Kind::formula);
  EXPECT_NE(c.kind, DivergenceCause::Kind::none);
  EXPECT_STREQ(c.formula, "");
  EXPECT_EQ(c.value, 0.0f);
  EXPECT_EQ(c.layer, 0);
  EXPECT_FALSE(c.at_initial_weights);
}

}  // namespace
}  // namespace actlab
