// test_layer_ops.cpp — softmax / log_softmax / softmin and maxout (layer_ops.h) against double
// oracles: values, stability at large logits, JVPs against central differences, feature-major
// layout with ld > B (padding untouched), NaN confined to its sample, maxout routing.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "core/layer_ops.h"
#include "oracle.h"
#include "tolerance.h"

namespace actlab {
namespace {

enum class Kind { softmax, log_softmax, softmin };
const char* name_of(Kind k) {
  return k == Kind::softmax ? "softmax" : k == Kind::log_softmax ? "log_softmax" : "softmin";
}

// Double oracle over one sample's K logits (log-sum-exp with the max subtracted, in double).
std::vector<double> oracle_layer(Kind kind, const std::vector<double>& z) {
  const double s = kind == Kind::softmin ? -1.0 : 1.0;
  double m = -std::numeric_limits<double>::infinity();
  for (double v : z) m = std::max(m, s * v);
  double sum = 0;
  for (double v : z) sum += std::exp(s * v - m);
  std::vector<double> y;
  for (double v : z)
    y.push_back(kind == Kind::log_softmax ? (v - m) - std::log(sum) : std::exp(s * v - m) / sum);
  return y;
}

void forward(Kind kind, const float* z, float* y, int K, int B, int ld) {
  if (kind == Kind::softmax) softmax_forward(z, y, K, B, ld);
  if (kind == Kind::log_softmax) log_softmax_forward(z, y, K, B, ld);
  if (kind == Kind::softmin) softmin_forward(z, y, K, B, ld);
}
void backward(Kind kind, const float* y, const float* dy, float* dz, int K, int B, int ld) {
  if (kind == Kind::softmax) softmax_backward(y, dy, dz, K, B, ld);
  if (kind == Kind::log_softmax) log_softmax_backward(y, dy, dz, K, B, ld);
  if (kind == Kind::softmin) softmin_backward(y, dy, dz, K, B, ld);
}

uint32_t lcg(uint32_t& s) { return s = s * 1664525u + 1013904223u; }
float uniform(uint32_t& s, float lo, float hi) {
  return lo + (hi - lo) * static_cast<float>(lcg(s) >> 8) * 0x1p-24f;
}

constexpr float kGuard = -7777.0f;

struct Case {
  int K, B, ld;
  float scale;  // logits uniform in [-scale, scale]
};
std::vector<Case> cases() {
  std::vector<Case> v;
  for (int K : {1, 2, 3, 5, 8})
    for (int B : {1, 3, 4, 5, 8, 11})
      for (float scale : {3.0f, 60.0f, 1000.0f}) {
        v.push_back({K, B, B, scale});
        v.push_back({K, B, (B + 3) / 4 * 4 + 4, scale});
      }
  return v;
}

std::vector<double> column(const std::vector<float>& buf, int K, int ld, int b) {
  std::vector<double> c;
  for (int k = 0; k < K; ++k) c.push_back(buf[static_cast<size_t>(k) * ld + b]);
  return c;
}

TEST(LayerOps, ForwardMatchesDoubleOracleAndLeavesPaddingAlone) {
  for (Kind kind : {Kind::softmax, Kind::log_softmax, Kind::softmin}) {
    for (const Case& c : cases()) {
      uint32_t s = 17u + static_cast<uint32_t>(c.K * 100 + c.B);
      std::vector<float> z(static_cast<size_t>(c.K) * c.ld, kGuard), y(z.size(), kGuard);
      for (int k = 0; k < c.K; ++k)
        for (int b = 0; b < c.B; ++b) z[static_cast<size_t>(k) * c.ld + b] = uniform(s, -c.scale, c.scale);
      forward(kind, z.data(), y.data(), c.K, c.B, c.ld);
      for (int b = 0; b < c.B; ++b) {
        const std::vector<double> want = oracle_layer(kind, column(z, c.K, c.ld, b));
        double total = 0;
        for (int k = 0; k < c.K; ++k) {
          const float got = y[static_cast<size_t>(k) * c.ld + b];
          ASSERT_TRUE(std::isfinite(got))
              << name_of(kind) << " K=" << c.K << " B=" << c.B << " scale=" << c.scale;
          EXPECT_TRUE(tol::within(got, want[k], tol::kLayerValue))
              << name_of(kind) << " K=" << c.K << " B=" << c.B << " b=" << b << " k=" << k << ": " << got
              << " vs " << want[k];
          total += kind == Kind::log_softmax ? std::exp(got) : got;
        }
        EXPECT_NEAR(total, 1.0, 2e-6) << name_of(kind);
      }
      for (int k = 0; k < c.K; ++k)
        for (int b = c.B; b < c.ld; ++b)
          ASSERT_EQ(y[static_cast<size_t>(k) * c.ld + b], kGuard) << "padding written";
    }
  }
}

// dz = J^T dy must be the gradient of L(z) = <dy, f(z)>; compared with central differences of L
// built from the double oracle.
TEST(LayerOps, JacobianVectorProductsMatchCentralDifferences) {
  for (Kind kind : {Kind::softmax, Kind::log_softmax, Kind::softmin}) {
    for (const Case& c : cases()) {
      if (c.scale > 60) continue;  // central differences need a smooth neighbourhood in double
      uint32_t s = 5u + static_cast<uint32_t>(c.K * 31 + c.B);
      const size_t size = static_cast<size_t>(c.K) * c.ld;
      std::vector<float> z(size, kGuard), y(size, kGuard), dy(size, kGuard), dz(size, kGuard);
      for (int k = 0; k < c.K; ++k)
        for (int b = 0; b < c.B; ++b) {
          z[static_cast<size_t>(k) * c.ld + b] = uniform(s, -c.scale, c.scale) * 0.1f;
          dy[static_cast<size_t>(k) * c.ld + b] = uniform(s, -1.0f, 1.0f);
        }
      forward(kind, z.data(), y.data(), c.K, c.B, c.ld);
      backward(kind, y.data(), dy.data(), dz.data(), c.K, c.B, c.ld);
      for (int b = 0; b < c.B; ++b) {
        const std::vector<double> zc = column(z, c.K, c.ld, b), dyc = column(dy, c.K, c.ld, b);
        for (int j = 0; j < c.K; ++j) {
          auto L = [&](double t) {
            std::vector<double> zz = zc;
            zz[j] = t;
            const std::vector<double> f = oracle_layer(kind, zz);
            double acc = 0;
            for (int k = 0; k < c.K; ++k) acc += dyc[k] * f[k];
            return acc;
          };
          const double want = oracle::central_diff(L, zc[j], 1e-3);
          const float got = dz[static_cast<size_t>(j) * c.ld + b];
          EXPECT_TRUE(tol::within(got, want, tol::kLayerJvp))
              << name_of(kind) << " K=" << c.K << " B=" << c.B << " b=" << b << " j=" << j << ": " << got
              << " vs " << want;
        }
      }
      for (int k = 0; k < c.K; ++k)
        for (int b = c.B; b < c.ld; ++b)
          ASSERT_EQ(dz[static_cast<size_t>(k) * c.ld + b], kGuard) << "padding written";
    }
  }
}

TEST(LayerOps, HugeLogitsStayFinite) {
  const int K = 3, B = 2, ld = 2;
  const float z[K * ld] = {1000.0f, -1000.0f, 999.0f, -1001.0f, -1000.0f, 88.0f};
  float y[K * ld];
  softmax_forward(z, y, K, B, ld);
  EXPECT_NEAR(y[0], 1.0 / (1.0 + std::exp(-1.0)), 1e-6);
  EXPECT_NEAR(y[2], std::exp(-1.0) / (1.0 + std::exp(-1.0)), 1e-6);
  EXPECT_EQ(y[4], 0.0f);
  EXPECT_NEAR(y[5], 1.0, 1e-6);
  log_softmax_forward(z, y, K, B, ld);
  EXPECT_NEAR(y[4], -2000.0 - std::log1p(std::exp(-1.0)), 1e-3);
  EXPECT_TRUE(std::isfinite(y[1]) && std::isfinite(y[3]));
  softmin_forward(z, y, K, B, ld);
  EXPECT_NEAR(y[4], 1.0, 1e-6);
}

TEST(LayerOps, NanStaysInItsSample) {
  const int K = 3, B = 5, ld = 8;
  std::vector<float> z(K * ld, 0.5f), y(K * ld), dy(K * ld, 1.0f), dz(K * ld);
  z[1 * ld + 2] = std::numeric_limits<float>::quiet_NaN();  // unit 1 of sample 2
  for (Kind kind : {Kind::softmax, Kind::log_softmax, Kind::softmin}) {
    forward(kind, z.data(), y.data(), K, B, ld);
    backward(kind, y.data(), dy.data(), dz.data(), K, B, ld);
    for (int k = 0; k < K; ++k)
      for (int b = 0; b < B; ++b) {
        const size_t o = static_cast<size_t>(k) * ld + b;
        EXPECT_EQ(std::isnan(y[o]), b == 2) << name_of(kind) << " k=" << k << " b=" << b;
        EXPECT_EQ(std::isnan(dz[o]), b == 2) << name_of(kind) << " k=" << k << " b=" << b;
      }
  }
}

TEST(LayerOps, MaxoutRoutesToTheFirstWinningPiece) {
  for (int k : {2, 3, 4}) {
    const int units = 3, B = 7, ld = 8;
    uint32_t s = 11u + static_cast<uint32_t>(k);
    std::vector<float> z(static_cast<size_t>(units) * k * ld, kGuard),
        dy(static_cast<size_t>(units) * ld, kGuard);
    for (int j = 0; j < units; ++j)
      for (int b = 0; b < B; ++b) {
        for (int p = 0; p < k; ++p)
          z[(static_cast<size_t>(j) * k + p) * ld + b] = std::round(uniform(s, -3.0f, 3.0f));  // many ties
        dy[static_cast<size_t>(j) * ld + b] = uniform(s, -1.0f, 1.0f);
      }
    z[(static_cast<size_t>(1) * k + (k - 1)) * ld + 4] = std::numeric_limits<float>::quiet_NaN();
    std::vector<float> y(static_cast<size_t>(units) * ld, kGuard), dz(z.size(), kGuard);
    std::vector<int32_t> arg(static_cast<size_t>(units) * ld, -1);
    maxout_forward(z.data(), y.data(), arg.data(), units, k, B, ld);
    maxout_backward(arg.data(), dy.data(), dz.data(), units, k, B, ld);
    for (int j = 0; j < units; ++j)
      for (int b = 0; b < B; ++b) {
        int win = 0;
        bool nan = false;
        for (int p = 0; p < k; ++p) {
          const float v = z[(static_cast<size_t>(j) * k + p) * ld + b];
          if (v != v) {
            win = p;
            nan = true;
            break;
          }
          if (v > z[(static_cast<size_t>(j) * k + win) * ld + b]) win = p;
        }
        const size_t o = static_cast<size_t>(j) * ld + b;
        EXPECT_EQ(arg[o], win) << "k=" << k << " unit " << j << " sample " << b;
        if (nan) EXPECT_TRUE(std::isnan(y[o]));
        else EXPECT_EQ(y[o], z[(static_cast<size_t>(j) * k + win) * ld + b]);
        for (int p = 0; p < k; ++p)
          EXPECT_EQ(dz[(static_cast<size_t>(j) * k + p) * ld + b], p == win ? dy[o] : 0.0f);
      }
    for (int j = 0; j < units; ++j) {
      EXPECT_EQ(y[static_cast<size_t>(j) * ld + B], kGuard);
      EXPECT_EQ(arg[static_cast<size_t>(j) * ld + B], -1);
    }
  }
}

// The explorer's picture of a softmax-family row: the first output of op([x, 0, 0]) and dy1/dx from the
// row's forward and backward, against the closed forms p1 = e^{sx} / (e^{sx} + 2) (s = -1 for
// softmin), dp1/dx = s p1 (1 - p1); log_softmax: log p1 and 1 - p1. Maxout has no such curve.
TEST(LayerOps, CurveOfOneInputMatchesClosedForm) {
  const std::vector<float> xs = {-30.0f, -4.0f, -1.5f, -0.25f, 0.0f, 0.5f, 1.0f, 3.0f, 12.0f};
  const size_t n = xs.size();
  for (const Act a : {Act::softmax, Act::log_softmax, Act::softmin}) {
    std::vector<float> f(n), df(n);
    ASSERT_TRUE(layer_op_curve(a, 3, xs.data(), f.data(), df.data(), n));
    const double s = a == Act::softmin ? -1.0 : 1.0;
    for (size_t i = 0; i < n; ++i) {
      const double p = 1.0 / (1.0 + 2.0 * std::exp(-s * xs[i]));
      const double want_f = a == Act::log_softmax ? -std::log1p(2.0 * std::exp(-s * xs[i])) : p;
      const double want_df = a == Act::log_softmax ? 1.0 - p : s * p * (1.0 - p);
      EXPECT_NEAR(f[i], want_f, 1e-6 * std::max(1.0, std::fabs(want_f)))
          << act_info(a).name << " x=" << xs[i];
      EXPECT_NEAR(df[i], want_df, 1e-6) << act_info(a).name << " x=" << xs[i];
    }
  }
  std::vector<float> f(n, 7.0f), df(n, 7.0f);
  EXPECT_FALSE(layer_op_curve(Act::maxout, 3, xs.data(), f.data(), df.data(), n));
  EXPECT_FALSE(layer_op_curve(Act::tanh, 3, xs.data(), f.data(), df.data(), n));
  EXPECT_EQ(f[0], 7.0f);  // nothing written
}

}  // namespace
}  // namespace actlab
