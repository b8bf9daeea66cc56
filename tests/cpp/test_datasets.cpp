// test_datasets.cpp — the generators against rules derived independently of their code: TF
// Playground's label definitions, the closed-form curves each point must lie on at noise 0, counts
// and split sizes, determinism, and every rejected configuration.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/dataset.h"

namespace actlab {
namespace {

constexpr double kPi = 3.14159265358979323846;

Dataset make(DatasetKind kind, int points = 500, float noise = 0.0f, float ratio = 0.5f, int classes = 2,
             uint64_t seed = 1) {
  DataConfig c;
  c.kind = kind;
  c.points = points;
  c.noise = noise;
  c.train_ratio = ratio;
  c.classes = classes;
  c.seed = seed;
  Dataset d;
  const std::string err = make_dataset(c, &d);
  EXPECT_EQ(err, "") << dataset_info(kind).name;
  return d;
}

int total(const Dataset& d) { return d.n_train + d.n_test; }

std::vector<DatasetKind> all_kinds() {
  std::vector<DatasetKind> v;
  for (int i = 0; i < kNumDatasets; ++i) v.push_back(static_cast<DatasetKind>(i));
  return v;
}

// Number of points TF's loops generate: per-class loops `i < points / K` give ceil(points / K) each.
int expected_total(DatasetKind k, int points, int classes) {
  switch (k) {
    case DatasetKind::xor4: return 4;
    case DatasetKind::spiral: return classes * ((points + classes - 1) / classes);
    case DatasetKind::circle:
    case DatasetKind::gauss: return 2 * ((points + 1) / 2);
    default: return points;
  }
}

std::vector<int> class_counts(const Dataset& d, int from, int to) {
  std::vector<int> n(static_cast<size_t>(d.classes), 0);
  for (int i = from; i < to; ++i) {
    const float l = d.label[static_cast<size_t>(i)];
    EXPECT_EQ(l, std::floor(l));
    EXPECT_GE(l, 0);
    EXPECT_LT(l, d.classes);
    if (l >= 0 && l < d.classes) ++n[static_cast<size_t>(l)];
  }
  return n;
}

TEST(Datasets, InfoTableAndParseRoundTrip) {
  for (DatasetKind k : all_kinds()) {
    const DatasetInfo& info = dataset_info(k);
    EXPECT_EQ(info.kind, k);
    DatasetKind parsed = DatasetKind::xor4;
    if (k == DatasetKind::xor4) parsed = DatasetKind::xor_;
    ASSERT_TRUE(dataset_parse(info.name, &parsed)) << info.name;
    EXPECT_EQ(parsed, k);
    EXPECT_GT(std::string(info.display).size(), 0u);
    EXPECT_GT(std::string(info.display_ko).size(), 0u);
  }
  DatasetKind untouched = DatasetKind::moons;
  EXPECT_FALSE(dataset_parse("spirals", &untouched));
  EXPECT_FALSE(dataset_parse("", &untouched));
  EXPECT_FALSE(dataset_parse(nullptr, &untouched));
  EXPECT_EQ(untouched, DatasetKind::moons);
  EXPECT_TRUE(dataset_info(DatasetKind::plane).regression);
  EXPECT_TRUE(dataset_info(DatasetKind::sine1d).regression);
  EXPECT_EQ(dataset_info(DatasetKind::sine1d).dims, 1);
  EXPECT_EQ(dataset_info(DatasetKind::spiral).max_classes, 5);
}

TEST(Datasets, SameSeedSameDataDifferentSeedDifferentData) {
  for (DatasetKind k : all_kinds()) {
    const Dataset a = make(k, 300, 0.2f, 0.5f, 2, 7), b = make(k, 300, 0.2f, 0.5f, 2, 7);
    EXPECT_EQ(a.x, b.x) << dataset_info(k).name;
    EXPECT_EQ(a.y, b.y) << dataset_info(k).name;
    EXPECT_EQ(a.label, b.label) << dataset_info(k).name;
    if (k == DatasetKind::xor4) continue;  // four fixed points, nothing random
    const Dataset c = make(k, 300, 0.2f, 0.5f, 2, 8);
    EXPECT_NE(a.x, c.x) << dataset_info(k).name;
  }
}

TEST(Datasets, CountsSizesAndSplit) {
  for (DatasetKind k : all_kinds()) {
    for (int points : {4, 5, 101, 500}) {
      for (float ratio : {0.1f, 0.3f, 0.5f, 0.7f, 0.9f}) {
        const Dataset d = make(k, points, 0.1f, ratio);
        const std::string what = std::string(dataset_info(k).name) + " points " + std::to_string(points) +
                                 " ratio " + std::to_string(ratio);
        if (k == DatasetKind::xor4) {
          EXPECT_EQ(d.n_train, 4) << what;
          EXPECT_EQ(d.n_test, 4) << what;
          continue;
        }
        const int n = expected_total(k, points, 2);
        ASSERT_EQ(total(d), n) << what;
        // TF: splitIndex = floor(n * percent / 100), percent an integer; at least one point each side.
        const int percent = static_cast<int>(std::lround(ratio * 100));
        int want = n * percent / 100;
        want = want < 1 ? 1 : want > n - 1 ? n - 1 : want;
        EXPECT_EQ(d.n_train, want) << what;
        EXPECT_EQ(d.x.size(), static_cast<size_t>(n)) << what;
        EXPECT_EQ(d.y.size(), static_cast<size_t>(n)) << what;
        EXPECT_EQ(d.label.size(), static_cast<size_t>(n)) << what;
      }
    }
  }
}

TEST(Datasets, DomainsAndKinds) {
  for (DatasetKind k : all_kinds()) {
    const Dataset d = make(k);
    const DatasetInfo& info = dataset_info(k);
    EXPECT_EQ(d.dims, info.dims);
    EXPECT_EQ(d.classes, info.regression ? 0 : 2);
    EXPECT_EQ(d.x_min, -6);
    EXPECT_EQ(d.x_max, 6);
    EXPECT_EQ(d.y_min, info.dims == 1 ? -1.5f : -6.0f);  // 1-D: the targets' range, at least [-1.5, 1.5]
    EXPECT_EQ(d.y_max, info.dims == 1 ? 1.5f : 6.0f);
    for (int i = 0; i < total(d); ++i) {
      const size_t s = static_cast<size_t>(i);
      ASSERT_TRUE(std::isfinite(d.x[s]) && std::isfinite(d.y[s]) && std::isfinite(d.label[s]));
      EXPECT_GE(d.x[s], d.x_min) << info.name;
      EXPECT_LE(d.x[s], d.x_max) << info.name;
      if (info.dims == 1) {
        EXPECT_EQ(d.y[s], 0.0f);
        EXPECT_GE(d.label[s], d.y_min);
        EXPECT_LE(d.label[s], d.y_max);
      } else {
        EXPECT_GE(d.y[s], d.y_min) << info.name;
        EXPECT_LE(d.y[s], d.y_max) << info.name;
      }
    }
  }
}

TEST(Datasets, XorLabelsAndPaddingAtNoiseZero) {
  const Dataset d = make(DatasetKind::xor_, 1000);
  for (int i = 0; i < total(d); ++i) {
    const size_t s = static_cast<size_t>(i);
    const float x = d.x[s], y = d.y[s];
    EXPECT_GE(std::fabs(x), 0.3f - 1e-6f);
    EXPECT_LE(std::fabs(x), 5.3f + 1e-6f);
    EXPECT_GE(std::fabs(y), 0.3f - 1e-6f);
    EXPECT_LE(std::fabs(y), 5.3f + 1e-6f);
    EXPECT_EQ(d.label[s], x * y >= 0 ? 1.0f : 0.0f);
  }
  const std::vector<int> n = class_counts(d, 0, total(d));
  EXPECT_NEAR(n[0], 500, 60);  // Binomial(1000, 1/2): sd 16
}

TEST(Datasets, XorNoiseFlipsLabelsButNotPositions) {
  const Dataset d = make(DatasetKind::xor_, 1000, 0.5f);
  int flipped = 0;
  for (int i = 0; i < total(d); ++i) {
    const size_t s = static_cast<size_t>(i);
    EXPECT_GE(std::fabs(d.x[s]), 0.3f - 1e-6f);
    EXPECT_LE(std::fabs(d.x[s]), 5.3f + 1e-6f);
    flipped += d.label[s] != (d.x[s] * d.y[s] >= 0 ? 1.0f : 0.0f);
  }
  EXPECT_GT(flipped, 50);
  EXPECT_LT(flipped, 450);
}

TEST(Datasets, Xor4IsTheFourCornersForTrainAndTest) {
  const Dataset d = make(DatasetKind::xor4, 500, 0.3f);
  ASSERT_EQ(d.x.size(), 8u);
  int seen = 0;
  for (int i = 0; i < 4; ++i) {
    const size_t s = static_cast<size_t>(i);
    EXPECT_EQ(std::fabs(d.x[s]), 3.0f);
    EXPECT_EQ(std::fabs(d.y[s]), 3.0f);
    EXPECT_EQ(d.label[s], d.x[s] * d.y[s] > 0 ? 1.0f : 0.0f);
    seen |= 1 << ((d.x[s] > 0) * 2 + (d.y[s] > 0));
    EXPECT_EQ(d.x[s + 4], d.x[s]);
    EXPECT_EQ(d.y[s + 4], d.y[s]);
    EXPECT_EQ(d.label[s + 4], d.label[s]);
  }
  EXPECT_EQ(seen, 0b1111);
}

// At noise 0 a point of class c at radius r lies at angle t = 1.75 * 2pi * r/5 + 2pi c/K + pi
// (x = r sin t, y = r cos t), TF's spiral with the arms spread evenly.
void expect_spiral_arms(const Dataset& d, int K) {
  for (int i = 0; i < total(d); ++i) {
    const size_t s = static_cast<size_t>(i);
    const double x = d.x[s], y = d.y[s], r = std::hypot(x, y);
    EXPECT_LE(r, 5.0 + 1e-5);
    if (r < 0.05) continue;  // the angle of the centre points is ill-conditioned
    const double want = 1.75 * 2 * kPi * r / 5 + 2 * kPi * d.label[s] / K + kPi;
    double diff = std::remainder(std::atan2(x, y) - want, 2 * kPi);
    EXPECT_LT(std::fabs(diff), 1e-4) << "point " << i << " class " << d.label[s];
  }
}

TEST(Datasets, SpiralTwoArmsFollowTfFormula) {
  const Dataset d = make(DatasetKind::spiral, 500);
  expect_spiral_arms(d, 2);
  const std::vector<int> n = class_counts(d, 0, total(d));
  EXPECT_EQ(n[0], 250);
  EXPECT_EQ(n[1], 250);  // class 1 = TF's positive arm, deltaT = 2pi = 0 (checked by the angle rule)
}

TEST(Datasets, SpiralKArms) {
  for (int K = 2; K <= 5; ++K) {
    const Dataset d = make(DatasetKind::spiral, 501, 0.0f, 0.5f, K);
    EXPECT_EQ(d.classes, K);
    EXPECT_EQ(total(d), K * ((501 + K - 1) / K));
    expect_spiral_arms(d, K);
    const std::vector<int> n = class_counts(d, 0, total(d));
    for (int c = 0; c < K; ++c) EXPECT_EQ(n[static_cast<size_t>(c)], (501 + K - 1) / K) << "K " << K;
  }
}

TEST(Datasets, SpiralNoiseMovesPoints) {
  const Dataset b = make(DatasetKind::spiral, 500, 0.5f);
  double max_r = 0;
  for (int i = 0; i < total(b); ++i) {
    max_r =
        std::max(max_r, std::hypot(double{b.x[static_cast<size_t>(i)]}, double{b.y[static_cast<size_t>(i)]}));
  }
  EXPECT_GT(max_r, 5.0);  // noise U(-1,1)*0.5 per coordinate pushes outer points beyond r = 5
  EXPECT_LE(max_r, 5.0 + 0.5 * std::sqrt(2.0) + 1e-5);
}

TEST(Datasets, CircleRingsAndLabels) {
  const Dataset d = make(DatasetKind::circle, 600);
  for (int i = 0; i < total(d); ++i) {
    const size_t s = static_cast<size_t>(i);
    const double r = std::hypot(double{d.x[s]}, double{d.y[s]});
    if (d.label[s] == 1) {
      EXPECT_LT(r, 2.5);
    } else {
      EXPECT_GE(r, 3.5 - 1e-5);
      EXPECT_LE(r, 5.0 + 1e-5);
    }
  }
  const std::vector<int> n = class_counts(d, 0, total(d));
  EXPECT_EQ(n[0], 300);
  EXPECT_EQ(n[1], 300);
  // With noise the positions keep their rings and only labels change (TF: noise enters getCircleLabel).
  const Dataset noisy = make(DatasetKind::circle, 600, 0.5f);
  int inner = 0, flipped = 0;
  for (int i = 0; i < total(noisy); ++i) {
    const size_t s = static_cast<size_t>(i);
    const double r = std::hypot(double{noisy.x[s]}, double{noisy.y[s]});
    EXPECT_TRUE(r < 2.5 || (r >= 3.5 - 1e-5 && r <= 5 + 1e-5));
    inner += r < 2.5;
    flipped += (r < 2.5) != (noisy.label[s] == 1);
  }
  EXPECT_EQ(inner, 300);
  EXPECT_GT(flipped, 20);
}

TEST(Datasets, GaussCentresAndVarianceFromNoise) {
  for (float noise : {0.0f, 0.5f}) {
    const Dataset d = make(DatasetKind::gauss, 4000, noise);
    double sum[2][2] = {{0, 0}, {0, 0}}, sq[2] = {0, 0};
    int n[2] = {0, 0};
    for (int i = 0; i < total(d); ++i) {
      const size_t s = static_cast<size_t>(i);
      const int c = static_cast<int>(d.label[s]);
      sum[c][0] += d.x[s];
      sum[c][1] += d.y[s];
      ++n[c];
    }
    EXPECT_EQ(n[0], 2000);
    EXPECT_EQ(n[1], 2000);
    const double cx[2] = {sum[0][0] / n[0], sum[1][0] / n[1]}, cy[2] = {sum[0][1] / n[0], sum[1][1] / n[1]};
    EXPECT_NEAR(cx[0], -2, 0.1);
    EXPECT_NEAR(cy[0], -2, 0.1);
    EXPECT_NEAR(cx[1], 2, 0.1);
    EXPECT_NEAR(cy[1], 2, 0.1);
    for (int i = 0; i < total(d); ++i) {
      const size_t s = static_cast<size_t>(i);
      const int c = static_cast<int>(d.label[s]);
      sq[c] += (d.x[s] - cx[c]) * (d.x[s] - cx[c]);
    }
    // TF: variance = d3.scale.linear().domain([0, .5]).range([0.5, 4])(noise)
    const double variance = 0.5 + noise * 7;
    EXPECT_NEAR(sq[0] / n[0], variance, 0.1 * variance);
    EXPECT_NEAR(sq[1] / n[1], variance, 0.1 * variance);
  }
}

TEST(Datasets, MoonsLieOnTheirHalfCircles) {
  const Dataset d = make(DatasetKind::moons, 400);
  const std::vector<int> n = class_counts(d, 0, total(d));
  EXPECT_EQ(n[0], 200);
  EXPECT_EQ(n[1], 200);
  for (int i = 0; i < total(d); ++i) {
    const size_t s = static_cast<size_t>(i);
    // Undo the documented centring/scaling back to make_moons coordinates.
    const double u = d.x[s] / 3.5 + 0.5, v = d.y[s] / 3.5 + 0.25;
    if (d.label[s] == 0) {  // upper half of the unit circle
      EXPECT_NEAR(u * u + v * v, 1.0, 1e-5);
      EXPECT_GE(v, -1e-6);
    } else {  // lower half of the circle centred at (1, 0.5)
      EXPECT_NEAR((u - 1) * (u - 1) + (v - 0.5) * (v - 0.5), 1.0, 1e-5);
      EXPECT_LE(v, 0.5 + 1e-6);
    }
  }
}

TEST(Datasets, CheckerboardCells) {
  const Dataset d = make(DatasetKind::checkerboard, 2000);
  for (int i = 0; i < total(d); ++i) {
    const size_t s = static_cast<size_t>(i);
    int col = 0, row = 0;  // cells [-6,-3) [-3,0) [0,3) [3,6]
    for (float edge : {-3.0f, 0.0f, 3.0f}) {
      col += d.x[s] >= edge;
      row += d.y[s] >= edge;
    }
    EXPECT_EQ(d.label[s], (col + row) % 2 == 1 ? 1.0f : 0.0f) << d.x[s] << "," << d.y[s];
  }
  const std::vector<int> n = class_counts(d, 0, total(d));
  EXPECT_NEAR(n[0], 1000, 100);
}

TEST(Datasets, PlaneTargets) {
  const Dataset d = make(DatasetKind::plane, 500);
  EXPECT_EQ(d.classes, 0);
  for (int i = 0; i < total(d); ++i) {
    const size_t s = static_cast<size_t>(i);
    const double want = std::max(-1.0, std::min(1.0, (double{d.x[s]} + d.y[s]) / 10));
    EXPECT_NEAR(d.label[s], want, 1e-6);
  }
  const Dataset noisy = make(DatasetKind::plane, 500, 0.5f);
  double max_dev = 0;
  for (int i = 0; i < total(noisy); ++i) {
    const size_t s = static_cast<size_t>(i);
    EXPECT_GE(noisy.label[s], -1.0f);
    EXPECT_LE(noisy.label[s], 1.0f);
    max_dev = std::max(max_dev, std::fabs(noisy.label[s] - (double{noisy.x[s]} + noisy.y[s]) / 10));
  }
  EXPECT_GT(max_dev, 0.1);
}

TEST(Datasets, Sine1dTargets) {
  const Dataset d = make(DatasetKind::sine1d, 500);
  for (int i = 0; i < total(d); ++i) {
    const size_t s = static_cast<size_t>(i);
    EXPECT_NEAR(d.label[s], std::sin(double{d.x[s]}), 1e-6);
  }
  const Dataset noisy = make(DatasetKind::sine1d, 2000, 0.3f);
  double sq = 0;
  for (int i = 0; i < total(noisy); ++i) {
    const size_t s = static_cast<size_t>(i);
    const double e = noisy.label[s] - std::sin(double{noisy.x[s]});
    sq += e * e;
  }
  EXPECT_NEAR(std::sqrt(sq / total(noisy)), 0.3, 0.03);
}

TEST(Datasets, ShuffledTrainAndTestBothHoldEveryClass) {
  const Dataset d = make(DatasetKind::spiral, 500, 0.0f, 0.5f, 3);
  const std::vector<int> tr = class_counts(d, 0, d.n_train), te = class_counts(d, d.n_train, total(d));
  for (int c = 0; c < 3; ++c) {
    EXPECT_GT(tr[static_cast<size_t>(c)], 50);
    EXPECT_GT(te[static_cast<size_t>(c)], 50);
  }
}

struct BadCase {
  DataConfig cfg;
  const char* field;
  const char* allowed;
};

TEST(Datasets, EveryBadFieldIsOneLineNamingFieldAndRange) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  std::vector<BadCase> cases;
  auto with = [](auto edit) {
    DataConfig c;
    c.kind = DatasetKind::spiral;
    edit(c);
    return c;
  };
  cases.push_back({with([](DataConfig& c) { c.points = 3; }), "points", "4 .. 5000"});
  cases.push_back({with([](DataConfig& c) { c.points = 5001; }), "points", "4 .. 5000"});
  cases.push_back({with([](DataConfig& c) { c.points = -1; }), "points", "4 .. 5000"});
  cases.push_back({with([](DataConfig& c) { c.noise = -0.01f; }), "noise", "0 .. 0.5"});
  cases.push_back({with([](DataConfig& c) { c.noise = 0.51f; }), "noise", "0 .. 0.5"});
  cases.push_back({with([nan](DataConfig& c) { c.noise = nan; }), "noise", "0 .. 0.5"});
  cases.push_back({with([](DataConfig& c) { c.train_ratio = 0.05f; }), "train_ratio", "0.1 .. 0.9"});
  cases.push_back({with([](DataConfig& c) { c.train_ratio = 0.95f; }), "train_ratio", "0.1 .. 0.9"});
  cases.push_back({with([nan](DataConfig& c) { c.train_ratio = nan; }), "train_ratio", "0.1 .. 0.9"});
  cases.push_back({with([](DataConfig& c) { c.classes = 1; }), "classes", "2 .. 5"});
  cases.push_back({with([](DataConfig& c) { c.classes = 6; }), "classes", "2 .. 5"});
  cases.push_back(
      {with([](DataConfig& c) { c.kind = DatasetKind::xor_, c.classes = 3; }), "classes", "2 .. 2"});
  cases.push_back(
      {with([](DataConfig& c) { c.kind = DatasetKind::moons, c.classes = 4; }), "classes", "2 .. 2"});
  cases.push_back({with([](DataConfig& c) { c.kind = static_cast<DatasetKind>(99); }), "dataset", "spiral"});
  for (const BadCase& bc : cases) {
    Dataset d;
    d.n_train = 123;
    const std::string e = make_dataset(bc.cfg, &d);
    EXPECT_NE(e.find(bc.field), std::string::npos) << e;
    EXPECT_NE(e.find(bc.allowed), std::string::npos) << e;
    EXPECT_EQ(e.find('\n'), std::string::npos) << e;
    EXPECT_EQ(d.n_train, 123) << "output must be untouched on error: " << e;
  }
  // Edges are allowed.
  for (DataConfig c :
       {with([](DataConfig& x) { x.points = 4; }), with([](DataConfig& x) { x.points = 5000; }),
        with([](DataConfig& x) { x.noise = 0.5f; }), with([](DataConfig& x) { x.classes = 5; }),
        with([](DataConfig& x) { x.train_ratio = 0.1f; }),
        with([](DataConfig& x) { x.train_ratio = 0.9f; })}) {
    Dataset d;
    EXPECT_EQ(make_dataset(c, &d), "");
  }
  // Regression datasets have no classes: the field is ignored there.
  DataConfig plane;
  plane.kind = DatasetKind::plane;
  plane.classes = 5;
  Dataset d;
  EXPECT_EQ(make_dataset(plane, &d), "");
  EXPECT_EQ(d.classes, 0);
}

// Found by tests/fuzz/fuzz_run_config: a regression set's unchecked `classes` fed a size computation,
// so a negative count made make_dataset() throw std::length_error (an abort in the exception-free
// WASM build). Whatever the ignored field holds, the set is the same as with classes = 0.
TEST(Datasets, RegressionSetsIgnoreAnyClassCount) {
  for (DatasetKind kind : {DatasetKind::plane, DatasetKind::sine1d}) {
    DataConfig ref;
    ref.kind = kind;
    ref.points = 40;
    ref.classes = 0;
    Dataset want;
    ASSERT_EQ(make_dataset(ref, &want), "");
    for (int classes : {-1, -1000, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()}) {
      DataConfig c = ref;
      c.classes = classes;
      Dataset d;
      ASSERT_EQ(make_dataset(c, &d), "") << classes;
      EXPECT_EQ(d.classes, 0);
      EXPECT_EQ(d.n_train + d.n_test, 40) << classes;
      EXPECT_EQ(d.x, want.x) << classes;
      EXPECT_EQ(d.label, want.label) << classes;
    }
  }
}

// total_points() is what the UI's trainPoints() reads (through embind rules()): it must be what
// make_dataset draws, for every dataset, count and class count (spiral 5 arms of 4 points: 5).
TEST(Datasets, TotalPointsIsWhatMakeDatasetDraws) {
  int differs = 0;
  for (int k = 0; k < kNumDatasets; ++k) {
    for (int points : {4, 5, 7, 10, 99, 501}) {
      for (int classes : {2, 3, 5}) {
        DataConfig c;
        c.kind = static_cast<DatasetKind>(k);
        c.points = points;
        c.classes = dataset_info(c.kind).max_classes > 2 ? classes : 2;
        Dataset d;
        ASSERT_EQ(make_dataset(c, &d), "");
        const int drawn = dataset_info(c.kind).fixed_points > 0 ? d.n_train : d.n_train + d.n_test;
        EXPECT_EQ(total_points(c), drawn) << dataset_info(c.kind).name << " " << points << " " << c.classes;
        differs += total_points(c) != points;
      }
    }
  }
  EXPECT_GT(differs, 0);  // the rounding to whole classes does happen
}

}  // namespace
}  // namespace actlab
