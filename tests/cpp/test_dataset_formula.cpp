// The datasets drawn from the student's formula (dataset.h: custom, custom1d), checked against the
// same functions written directly in C++ with <cmath> (an independent computation: no formula code),
// with counterfactuals: both classes occur, noise flips labels but moves no point, the default formula
// is what an empty text means, and every bad formula is one line naming the problem.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "core/dataset.h"

namespace actlab {
namespace {

constexpr double kPi = 3.14159265358979323846;

DataConfig config(DatasetKind kind, const char* formula, int points = 1000, float noise = 0.0f) {
  DataConfig c;
  c.kind = kind;
  c.points = points;
  c.noise = noise;
  std::snprintf(c.formula, sizeof c.formula, "%s", formula);
  return c;
}

Dataset make(const DataConfig& c) {
  Dataset d;
  EXPECT_EQ(make_dataset(c, &d), "") << c.formula;
  return d;
}

int total(const Dataset& d) { return d.n_train + d.n_test; }

// Labels against f written in C++; points within `margin` of the boundary are skipped (the stored
// coordinates are the double ones rounded to float). Returns how many points have class 1.
template <class F> int expect_labels(const Dataset& d, F f, double margin = 1e-4) {
  int ones = 0, checked = 0;
  for (int i = 0; i < total(d); ++i) {
    const size_t s = static_cast<size_t>(i);
    const double v = f(double{d.x[s]}, double{d.y[s]});
    ones += d.label[s] == 1.0f;
    if (std::fabs(v) < margin) continue;
    ++checked;
    EXPECT_EQ(d.label[s], v > 0 ? 1.0f : 0.0f) << "x = " << d.x[s] << ", y = " << d.y[s];
  }
  EXPECT_GT(checked, total(d) * 9 / 10);
  return ones;
}

TEST(DatasetFormula, CustomLabelIsTheSignOfTheFormula) {
  const Dataset d = make(config(DatasetKind::custom, "y - 3*sin(x)"));
  EXPECT_EQ(d.classes, 2);
  EXPECT_EQ(d.dims, 2);
  EXPECT_EQ(total(d), 1000);
  const int ones = expect_labels(d, [](double x, double y) { return y - 3 * std::sin(x); });
  EXPECT_NEAR(ones, 500, 80);  // both classes occur (about half above the sine)
  for (int i = 0; i < total(d); ++i) {
    EXPECT_GE(d.x[static_cast<size_t>(i)], -6.0f);
    EXPECT_LE(d.y[static_cast<size_t>(i)], 6.0f);
  }

  // Another formula, with functions and a power: a disc of radius 3 is class 0.
  const Dataset disc = make(config(DatasetKind::custom, "x^2 + y^2 - 9"));
  const int outside = expect_labels(disc, [](double x, double y) { return x * x + y * y - 9; });
  EXPECT_NEAR(outside, 1000 * (1 - 9 * kPi / 144), 60);  // the disc's share of [-6, 6]^2: 9 pi / 144
}

TEST(DatasetFormula, EmptyTextMeansTheDatasetsOwnFormulaAndParametersKeepTheirDefaults) {
  const Dataset own = make(config(DatasetKind::custom, ""));
  const Dataset typed = make(config(DatasetKind::custom, dataset_info(DatasetKind::custom).formula));
  EXPECT_EQ(own.label, typed.label);
  EXPECT_EQ(own.x, typed.x);
  const Dataset param = make(config(DatasetKind::custom, "y - a*sin(x); a = 2 in [0, 5]"));
  expect_labels(param, [](double x, double y) { return y - 2 * std::sin(x); });
  // Counterfactual: a different formula on the same points gives different labels.
  const Dataset other = make(config(DatasetKind::custom, "y + 3*sin(x)"));
  EXPECT_EQ(other.x, typed.x);
  EXPECT_NE(other.label, typed.label);
}

TEST(DatasetFormula, NoiseFlipsLabelsButMovesNoPoint) {
  const Dataset clean = make(config(DatasetKind::custom, "x*y", 1000, 0.0f));
  const Dataset noisy = make(config(DatasetKind::custom, "x*y", 1000, 0.5f));
  EXPECT_EQ(clean.x, noisy.x);
  EXPECT_EQ(clean.y, noisy.y);
  int flipped = 0;
  for (size_t s = 0; s < clean.label.size(); ++s) flipped += clean.label[s] != noisy.label[s];
  EXPECT_GT(flipped, 50);
  EXPECT_LT(flipped, 450);
}

TEST(DatasetFormula, Custom1dTargetIsTheFormulaPlusGaussianNoise) {
  const Dataset d = make(config(DatasetKind::custom1d, "x*sin(x)/5", 500));
  EXPECT_EQ(d.classes, 0);
  EXPECT_EQ(d.dims, 1);
  for (int i = 0; i < total(d); ++i) {
    const size_t s = static_cast<size_t>(i);
    EXPECT_EQ(d.y[s], 0.0f);
    EXPECT_NEAR(d.label[s], double{d.x[s]} * std::sin(double{d.x[s]}) / 5, 1e-5);
  }
  const Dataset noisy = make(config(DatasetKind::custom1d, "x*sin(x)/5", 2000, 0.3f));
  double sq = 0;
  for (int i = 0; i < total(noisy); ++i) {
    const size_t s = static_cast<size_t>(i);
    const double e = noisy.label[s] - double{noisy.x[s]} * std::sin(double{noisy.x[s]}) / 5;
    sq += e * e;
  }
  EXPECT_NEAR(std::sqrt(sq / total(noisy)), 0.3, 0.03);
  // The domain covers the targets: 3x reaches +-18.
  const Dataset steep = make(config(DatasetKind::custom1d, "3*x", 500));
  for (float t : steep.label) {
    EXPECT_GE(t, steep.y_min);
    EXPECT_LE(t, steep.y_max);
  }
  EXPECT_LT(steep.y_min, -17.0f);
  EXPECT_EQ(make(config(DatasetKind::custom1d, "sin(x)", 50)).y_min, -1.5f);
}

TEST(DatasetFormula, BadFormulasAreOneLineNamingTheProblem) {
  auto error = [](const DataConfig& c) {
    Dataset d;
    return make_dataset(c, &d);
  };
  const std::string unknown = error(config(DatasetKind::custom, "sinh(x) - y"));
  EXPECT_EQ(unknown.rfind("data formula: unknown function 'sinh' at column 1; allowed: exp, log", 0), 0u)
      << unknown;
  EXPECT_EQ(error(config(DatasetKind::custom, "(x + y")).rfind("data formula: missing ')' at column", 0), 0u);
  EXPECT_EQ(error(config(DatasetKind::custom1d, "x + y")),
            "data formula: 'y' at column 5 is not allowed in custom1d (a 1-D dataset: target = f(x))");
  const std::string nan = error(config(DatasetKind::custom1d, "log(x)"));
  EXPECT_EQ(nan.rfind("data formula: f(-", 0), 0u) << nan;
  EXPECT_NE(nan.find(") = nan; custom1d needs a finite target"), std::string::npos) << nan;
  // A classification formula may be NaN somewhere: NaN > 0 is false (class 0), as the label rule says.
  EXPECT_EQ(error(config(DatasetKind::custom, "log(x) - y")), "");
  // A text without its terminator (longer than the limit) is refused, not read past.
  DataConfig full = config(DatasetKind::custom, "");
  for (char& c : full.formula) c = 'x';
  EXPECT_EQ(error(full), "data formula: longer than 256 characters");
  for (const std::string& e : {unknown, nan}) EXPECT_EQ(e.find('\n'), std::string::npos);
  // Other datasets ignore the field.
  EXPECT_EQ(error(config(DatasetKind::spiral, "sinh(")), "");
}

}  // namespace
}  // namespace actlab
