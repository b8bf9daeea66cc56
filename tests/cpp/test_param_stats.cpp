// Per-layer parameter statistics (core/param_stats.h) against an independent computation: the layout
// is written out here from trainer.h's documented order (W rows, b, learnt activation parameters), not
// read from the trainer's offsets, and every statistic is recomputed in double from that layout.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/param_stats.h"
#include "trainer_fixtures.h"

namespace actlab {
namespace {

using testing::Rig;

// Deterministic values in [-1, 1): a plain LCG, so the test needs no RNG of the core.
std::vector<float> values(size_t n, uint32_t seed) {
  std::vector<float> v(n);
  for (float& x : v) {
    seed = seed * 1664525u + 1013904223u;
    x = static_cast<float>(seed >> 8) / static_cast<float>(1u << 23) - 1.0f;
  }
  return v;
}

// One weight layer as the test derives it: `rows` rows of `fan_in` weights, `rows` biases,
// `units * np` activation parameters, consecutive.
struct Expect {
  size_t at;
  int units, rows, fan_in, np;
  size_t w() const { return at; }
  size_t b() const { return at + static_cast<size_t>(rows * fan_in); }
  size_t a() const { return b() + static_cast<size_t>(rows); }
  size_t end() const { return a() + static_cast<size_t>(units * np); }
};

double oracle_drift(const Expect& e, const std::vector<float>& p, const std::vector<float>& p0) {
  double d = 0;
  for (size_t i = e.w(); i < e.b(); ++i) d = std::max(d, std::fabs(double(p[i]) - double(p0[i])));
  return d;
}

double oracle_spread(const Expect& e, const std::vector<float>& p) {
  const int per = e.rows / e.units;  // rows per unit (maxout pieces)
  double s = 0;
  for (int u = 1; u < e.units; ++u) {
    for (int r = 0; r < per; ++r)
      for (int i = 0; i < e.fan_in; ++i) {
        const size_t k = static_cast<size_t>(r * e.fan_in + i);
        const size_t unit = static_cast<size_t>(u * per * e.fan_in);
        s = std::max(s, std::fabs(double(p[e.w() + unit + k]) - double(p[e.w() + k])));
      }
    for (int r = 0; r < per; ++r) {
      const size_t k = static_cast<size_t>(u * per + r);
      s = std::max(s, std::fabs(double(p[e.b() + k]) - double(p[e.b() + static_cast<size_t>(r)])));
    }
  }
  return s;
}

class ParamStatsTest : public ::testing::Test {
 protected:
  // x, y -> 3 PReLU units (slope learnt per unit) -> 2 tanh units -> 1 tanh output.
  void SetUp() override {
    Rig s(DatasetKind::circle, {3, 2}, Act::tanh);
    s.acts({Act::prelu, Act::tanh});
    s.net.hidden[0].learn_params = true;
    s.net.features = 0b11;
    ASSERT_EQ(s.into(t), "");
    ASSERT_EQ(t.n_params(), layers.back().end());
  }
  void set(const std::vector<float>& p) { ASSERT_EQ(t.set_params(p.data(), p.size()), ""); }

  Trainer t;
  std::vector<Expect> layers{{0, 3, 3, 2, 1}, {12, 2, 2, 3, 0}, {20, 1, 1, 2, 0}};
};

TEST_F(ParamStatsTest, BlocksFollowTheDocumentedLayout) {
  const auto blocks = param_blocks(t);
  ASSERT_EQ(blocks.size(), layers.size());
  for (size_t l = 0; l < layers.size(); ++l) {
    EXPECT_EQ(blocks[l].weights, layers[l].w()) << l;
    EXPECT_EQ(blocks[l].biases, layers[l].b()) << l;
    EXPECT_EQ(blocks[l].act_params, layers[l].a()) << l;
    EXPECT_EQ(blocks[l].end, layers[l].end()) << l;
    EXPECT_EQ(blocks[l].units, layers[l].units) << l;
    EXPECT_EQ(blocks[l].act_per_unit, layers[l].np) << l;
  }
}

TEST_F(ParamStatsTest, DriftSpreadAndLearntMatchTheOracle) {
  const auto p = values(t.n_params(), 7);
  const auto p0 = values(t.n_params(), 11);
  set(p);
  const auto stats = param_stats(t, p0.data());
  ASSERT_EQ(stats.size(), layers.size());
  for (size_t l = 0; l < layers.size(); ++l) {
    const Expect& e = layers[l];
    EXPECT_FLOAT_EQ(stats[l].drift, static_cast<float>(oracle_drift(e, p, p0))) << l;
    EXPECT_GT(stats[l].drift, 0.0f) << l;
    EXPECT_FLOAT_EQ(stats[l].spread, static_cast<float>(oracle_spread(e, p))) << l;
    ASSERT_EQ(stats[l].learnt.size(), static_cast<size_t>(e.np)) << l;
    for (int k = 0; k < e.np; ++k) {
      double lo = INFINITY, hi = -INFINITY, sum = 0;
      for (int u = 0; u < e.units; ++u) {
        const double v = p[e.a() + static_cast<size_t>(u * e.np + k)];
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        sum += v;
      }
      EXPECT_FLOAT_EQ(stats[l].learnt[static_cast<size_t>(k)].min, static_cast<float>(lo));
      EXPECT_FLOAT_EQ(stats[l].learnt[static_cast<size_t>(k)].max, static_cast<float>(hi));
      EXPECT_NEAR(stats[l].learnt[static_cast<size_t>(k)].mean, sum / e.units, 1e-6);
      EXPECT_LT(lo, hi);  // the three units differ: min < mean < max is a real range
    }
  }
}

TEST_F(ParamStatsTest, NoDriftAtStepZero) {
  const auto p = values(t.n_params(), 3);
  set(p);
  for (const auto& s : param_stats(t, p.data())) EXPECT_EQ(s.drift, 0.0f);
}

TEST_F(ParamStatsTest, IdenticalUnitsHaveNoSpreadAndOneChangedWeightShowsExactly) {
  auto p = values(t.n_params(), 5);
  const Expect& e = layers[1];  // 2 units, 3 inputs each
  for (int i = 0; i < e.fan_in; ++i)
    p[e.w() + 3 + static_cast<size_t>(i)] = p[e.w() + static_cast<size_t>(i)];
  p[e.b() + 1] = p[e.b()];
  set(p);
  EXPECT_EQ(param_stats(t, p.data())[1].spread, 0.0f);
  // Counterfactual: the second unit's last weight moved by 0.25 (exact in float).
  p[e.w() + 5] = p[e.w() + 2] + 0.25f;
  set(p);
  EXPECT_FLOAT_EQ(param_stats(t, p.data())[1].spread, 0.25f);
  EXPECT_GT(param_stats(t, p.data())[0].spread, 0.0f);  // layer 0's units were never made equal
}

TEST_F(ParamStatsTest, ANonFiniteWeightShowsAsNaNInItsLayerOnly) {
  auto p = values(t.n_params(), 9);
  const auto p0 = p;
  p[layers[1].w() + 4] = std::numeric_limits<float>::quiet_NaN();
  set(p);  // set_params takes the buffer as it is (the product restores finite ones)
  const auto stats = param_stats(t, p0.data());
  EXPECT_TRUE(std::isnan(stats[1].drift));
  EXPECT_TRUE(std::isnan(stats[1].spread));
  EXPECT_EQ(stats[0].drift, 0.0f);
  EXPECT_EQ(stats[2].drift, 0.0f);
}

TEST(ParamStats, MaxoutUnitsSpanAllTheirPieces) {
  Rig s(DatasetKind::circle, {4}, Act::maxout);
  s.net.hidden[0].maxout_k = 3;
  s.net.features = 0b11;
  Trainer t;
  ASSERT_EQ(s.into(t), "");
  const Expect e{0, 4, 12, 2, 0};  // 4 units x 3 pieces = 12 rows of 2 weights, 12 biases
  const auto blocks = param_blocks(t);
  ASSERT_EQ(blocks[0].biases, e.b());
  ASSERT_EQ(blocks[0].act_params, e.a());
  // Every unit the same 3 distinct pieces: identical units, although the pieces differ.
  auto p = values(t.n_params(), 13);
  for (int u = 1; u < 4; ++u) {
    for (size_t i = 0; i < 6; ++i) p[static_cast<size_t>(u) * 6 + i] = p[i];
    for (size_t r = 0; r < 3; ++r) p[e.b() + static_cast<size_t>(u) * 3 + r] = p[e.b() + r];
  }
  ASSERT_EQ(t.set_params(p.data(), p.size()), "");
  EXPECT_EQ(param_stats(t, p.data())[0].spread, 0.0f);
  p[e.b() + 3 * 3 + 2] += 0.5f;  // unit 3's third piece's bias
  ASSERT_EQ(t.set_params(p.data(), p.size()), "");
  EXPECT_FLOAT_EQ(param_stats(t, p.data())[0].spread, static_cast<float>(oracle_spread(e, p)));
  EXPECT_GT(param_stats(t, p.data())[0].spread, 0.0f);
}

}  // namespace
}  // namespace actlab
