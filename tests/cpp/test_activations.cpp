// test_activations.cpp — every element-wise activation against the double oracle (oracle.h), the
// catalogue's claims against the math, tails and in-place calls, and the math_approx.h contracts.
// The same suite runs natively and under Node on the WASM SIMD128 build.
//
// ACTLAB_TOL_REPORT=1 (or --gtest_also_run_disabled_tests, which also reaches the WASM build under
// Node, where the environment is not forwarded) prints the measured errors behind tolerance.h.
#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "core/activations.h"
#include "core/layer_ops.h"
#include "core/math_approx.h"
#include "core/simd.h"
#include "oracle.h"
#include "tolerance.h"

namespace actlab {
namespace {

using tol::TolMixed;

constexpr float kInfF = std::numeric_limits<float>::infinity();
constexpr float kNaNF = std::numeric_limits<float>::quiet_NaN();

// ---- measured-error report (ACTLAB_TOL_REPORT=1) -------------------------------------------------
enum Check { kValue, kSlope, kParam, kRefValue, kRefSlope, kRefParam, kNumChecks };
const char* const kCheckNames[kNumChecks] = {"value",     "slope",     "param",
                                             "ref value", "ref slope", "ref param"};
struct Stat {
  double abs_small = 0;  // max |err| where |ref| <= 1
  double rel_big = 0;    // max |err|/|ref| where |ref| > 1
};
Stat g_stats[kNumElementwiseActs][kNumChecks];

void record(Act a, Check c, double got, double ref) {
  if (!std::isfinite(ref) || !std::isfinite(got)) return;
  Stat& s = g_stats[static_cast<int>(a)][c];
  const double err = std::fabs(got - ref);
  if (std::fabs(ref) <= 1) s.abs_small = std::max(s.abs_small, err);
  else s.rel_big = std::max(s.rel_big, err / std::fabs(ref));
}

bool report_wanted() { return std::getenv("ACTLAB_TOL_REPORT") || GTEST_FLAG_GET(also_run_disabled_tests); }

class ReportEnvironment : public ::testing::Environment {
 public:
  void TearDown() override {
    if (!report_wanted()) return;
    std::printf("measured errors vs the double oracle (%s): abs where |ref|<=1 / rel where |ref|>1\n",
                act_kernel_backend());
    for (int i = 0; i < kNumElementwiseActs; ++i) {
      std::printf("%-12s", act_catalogue()[i].name);
      for (int c = 0; c < kNumChecks; ++c)
        std::printf("  %s %.2g/%.2g", kCheckNames[c], g_stats[i][c].abs_small, g_stats[i][c].rel_big);
      std::printf("\n");
    }
  }
};
const auto* const g_report_env = ::testing::AddGlobalTestEnvironment(new ReportEnvironment);

// ---- inputs -------------------------------------------------------------------------------------
std::vector<Act> elementwise_acts() {
  std::vector<Act> v;
  for (int i = 0; i < kNumElementwiseActs; ++i) v.push_back(static_cast<Act>(i));
  return v;
}

struct ParamSet {
  std::string label;
  float p[kMaxActParams];
  double d[kMaxActParams];
};

// Defaults, and every parameter at its low end, at a quarter of its range and at its high end.
std::vector<ParamSet> param_sets(Act a) {
  const ActInfo& info = act_info(a);
  std::vector<ParamSet> sets;
  auto add = [&](const char* label, auto value_of) {
    ParamSet s{label, {0, 0}, {0, 0}};
    for (int i = 0; i < info.n_params; ++i) {
      s.p[i] = value_of(info.params[i]);
      s.d[i] = s.p[i];
    }
    sets.push_back(s);
  };
  add("default", [](const ActParam& q) { return q.def; });
  if (info.n_params > 0) {
    add("low", [](const ActParam& q) { return q.lo; });
    add("quarter", [](const ActParam& q) { return q.lo + 0.25f * (q.hi - q.lo); });
    add("high", [](const ActParam& q) { return q.hi; });
  }
  return sets;
}

uint32_t lcg(uint32_t& s) { return s = s * 1664525u + 1013904223u; }
float uniform(uint32_t& s, float lo, float hi) {
  return lo + (hi - lo) * static_cast<float>(lcg(s) >> 8) * 0x1p-24f;
}

// The catalogue's kinks (every order) for parameters p. Test Kinks.* measures them on the oracle.
std::vector<double> kinks(Act a, const double* p) {
  ActKink k[kMaxKinks];
  const int n = act_info(a).kinks(p, k);
  std::vector<double> v;
  for (int i = 0; i < n; ++i) v.push_back(k[i].at);
  return v;
}

std::vector<float> kink_points(Act a, const double* p) {
  std::vector<float> v;
  for (double kd : kinks(a, p)) {
    const float k = static_cast<float>(kd);
    for (float x :
         {k, std::nextafter(k, kInfF), std::nextafter(k, -kInfF), k + 1e-3f, k - 1e-3f, k + 0.25f, k - 0.25f})
      v.push_back(x);
  }
  return v;
}

// The sweep: special values, a dense grid over [-100, 100] (step 1/128), off-grid random points, and
// points at and around every kink of this parameter set.
std::vector<float> sweep(Act a, const double* p) {
  std::vector<float> v = {0.0f,     -0.0f,   kInfF,    -kInfF,  kNaNF,    150.0f,  -150.0f,  1e30f,
                          -1e30f,   FLT_MAX, -FLT_MAX, FLT_MIN, -FLT_MIN, 1e-45f,  -1e-45f,  1e-30f,
                          -1e-30f,  1e-7f,   -1e-7f,   1e4f,    -1e4f,    8192.0f, -8192.0f, 8193.0f,
                          -8193.0f, 1e6f,    -1e6f,    88.7f,   -88.7f,   104.0f,  -104.0f,  7e12f,
                          -7e12f,   2e19f,   -2e19f,   9.0f,    -9.0f,    17.5f,   -17.5f,   30.0f};
  for (int i = -12800; i <= 12800; ++i) v.push_back(static_cast<float>(i) / 128.0f);
  uint32_t s = 12345;
  for (int i = 0; i < 4000; ++i) v.push_back(uniform(s, -100.0f, 100.0f));
  for (int i = 0; i < 500; ++i)
    v.push_back(uniform(s, -1.0f, 1.0f) * std::pow(10.0f, uniform(s, -30.0f, 2.0f)));
  for (float k : kink_points(a, p)) v.push_back(k);
  return v;
}

std::string describe(Act a, const ParamSet& ps, float x) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%s params(%s: %g, %g) x=%.9g", act_info(a).name, ps.label.c_str(), ps.p[0],
                ps.p[1], x);
  return buf;
}

bool same_bits(float a, float b) { return std::memcmp(&a, &b, sizeof(float)) == 0 || (a != a && b != b); }

class ActTest : public ::testing::TestWithParam<Act> {};

std::string act_test_name(const ::testing::TestParamInfo<Act>& p) { return act_info(p.param).name; }

INSTANTIATE_TEST_SUITE_P(Catalogue, ActTest, ::testing::ValuesIn(elementwise_acts()), act_test_name);

// ---- tier 3 against the oracle ------------------------------------------------------------------
TEST_P(ActTest, KernelValuesAndSlopesMatchOracle) {
  const Act a = GetParam();
  const tol::ActTol& t = tol::act_tol(a);
  for (const ParamSet& ps : param_sets(a)) {
    const std::vector<float> x = sweep(a, ps.d);
    const size_t n = x.size();
    std::vector<float> y(n), d(n), dy(n), dx(n);
    uint32_t s = 7;
    for (size_t i = 0; i < n; ++i) dy[i] = (i % 2 ? -1.0f : 1.0f) * uniform(s, 0.5f, 2.0f);
    act_forward(a, ps.p, x.data(), y.data(), n);
    act_derivative(a, ps.p, x.data(), y.data(), d.data(), n);
    act_backward(a, ps.p, x.data(), y.data(), dy.data(), dx.data(), n);
    int failures = 0;
    for (size_t i = 0; i < n; ++i) {
      const double rf = oracle::f(a, ps.d, x[i]);
      const double rd = oracle::df(a, ps.d, x[i]);
      record(a, kValue, y[i], rf);
      record(a, kSlope, d[i], rd);
      bool ok = true;
      if (!tol::within(y[i], rf, t.value)) {
        ADD_FAILURE() << describe(a, ps, x[i]) << ": f = " << y[i] << ", oracle " << rf;
        ok = false;
      }
      if (!tol::within(d[i], rd, t.slope)) {
        ADD_FAILURE() << describe(a, ps, x[i]) << ": f' = " << d[i] << ", oracle " << rd;
        ok = false;
      }
      if (std::isfinite(x[i]) && !(std::isfinite(y[i]) && std::isfinite(d[i]))) {
        ADD_FAILURE() << describe(a, ps, x[i]) << ": finite x gave f = " << y[i] << ", f' = " << d[i];
        ok = false;
      }
      // backward is exactly dy * f' (the same slope), and NaN in -> NaN out everywhere.
      if (!same_bits(dx[i], dy[i] * d[i])) {
        ADD_FAILURE() << describe(a, ps, x[i]) << ": backward " << dx[i] << " != dy * f' = " << dy[i] * d[i];
        ok = false;
      }
      if (std::isnan(x[i]) && !(std::isnan(y[i]) && std::isnan(d[i]) && std::isnan(dx[i]))) {
        ADD_FAILURE() << describe(a, ps, x[i]) << ": NaN not propagated";
        ok = false;
      }
      failures += ok ? 0 : 1;
      if (failures >= 10) break;
    }
  }
}

TEST_P(ActTest, KernelParamDerivativesMatchOracle) {
  const Act a = GetParam();
  const int np = act_info(a).n_params;
  if (np == 0) {
    // Nothing to accumulate: the call must leave dparams alone.
    float x = 1.0f, y = 0.0f, dy = 1.0f, dp[kMaxActParams] = {7.0f, 7.0f};
    act_forward(a, nullptr, &x, &y, 1);
    act_param_grad(a, nullptr, &x, &y, &dy, 1, dp);
    EXPECT_EQ(dp[0], 7.0f);
    return;
  }
  const tol::ActTol& t = tol::act_tol(a);
  for (const ParamSet& ps : param_sets(a)) {
    int failures = 0;
    for (float x : sweep(a, ps.d)) {
      float y = 0.0f, one = 1.0f, dp[kMaxActParams] = {0.0f, 0.0f};
      act_forward(a, ps.p, &x, &y, 1);
      act_param_grad(a, ps.p, &x, &y, &one, 1, dp);
      for (int k = 0; k < np; ++k) {
        const double r = oracle::dp(a, ps.d, x, k);
        record(a, kParam, dp[k], r);
        if (!tol::within(dp[k], r, t.param) && ++failures <= 10)
          ADD_FAILURE() << describe(a, ps, x) << ": df/dparam" << k << " = " << dp[k] << ", oracle " << r;
      }
    }
  }
}

// ---- tier 2 against the oracle ------------------------------------------------------------------
bool near_softplus_switch(Act a, const double* p, double x) {
  return a == Act::softplus && std::fabs(x - p[1] / p[0]) < 1e-5 * (1 + std::fabs(p[1] / p[0]));
}

TEST_P(ActTest, ReferenceMatchesOracle) {
  const Act a = GetParam();
  const tol::ActTol& t = tol::act_tol(a);
  const int np = act_info(a).n_params;
  for (const ParamSet& ps : param_sets(a)) {
    int failures = 0;
    for (float x : sweep(a, ps.d)) {
      const double rf = oracle::f(a, ps.d, x), rd = oracle::df(a, ps.d, x);
      const float yf = act_ref_forward<float>(a, ps.p, x), df = act_ref_derivative<float>(a, ps.p, x);
      record(a, kRefValue, yf, rf);
      record(a, kRefSlope, df, rd);
      bool ok = tol::within(yf, rf, t.ref_value) && tol::within(df, rd, t.ref_slope);
      if (std::isfinite(x) && !(std::isfinite(yf) && std::isfinite(df))) ok = false;
      for (int k = 0; k < np; ++k) {
        const double rp = oracle::dp(a, ps.d, x, k);
        const float pf = act_ref_param_derivative<float>(a, ps.p, x, k);
        record(a, kRefParam, pf, rp);
        ok = ok && tol::within(pf, rp, t.ref_param);
      }
      // double reference: what the trainer's gradient check differentiates
      if (!near_softplus_switch(a, ps.d, x)) {
        ok = ok && tol::within(act_ref_forward<double>(a, ps.d, x), rf, tol::kRefDouble) &&
             tol::within(act_ref_derivative<double>(a, ps.d, x), rd, tol::kRefDouble);
        for (int k = 0; k < np; ++k)
          ok = ok && tol::within(act_ref_param_derivative<double>(a, ps.d, x, k), oracle::dp(a, ps.d, x, k),
                                 tol::kRefDouble);
      }
      if (!ok && ++failures <= 10) {
        ADD_FAILURE() << describe(a, ps, x) << ": reference f = " << yf << " (double "
                      << act_ref_forward<double>(a, ps.d, x) << "), f' = " << df << " (double "
                      << act_ref_derivative<double>(a, ps.d, x) << "); oracle " << rf << ", " << rd;
      }
    }
  }
}

TEST_P(ActTest, ReferenceLoopsAgreeWithScalarReferenceAndKernels) {
  const Act a = GetParam();
  const tol::ActTol& t = tol::act_tol(a);
  const ParamSet ps = param_sets(a)[0];
  const std::vector<float> x = sweep(a, ps.d);
  const size_t n = x.size();
  std::vector<float> yr(n), yk(n), dy(n, 1.5f), dxr(n), dxk(n);
  act_forward_ref(a, ps.p, x.data(), yr.data(), n);
  act_forward(a, ps.p, x.data(), yk.data(), n);
  act_backward_ref(a, ps.p, x.data(), yr.data(), dy.data(), dxr.data(), n);
  act_backward(a, ps.p, x.data(), yk.data(), dy.data(), dxk.data(), n);
  const TolMixed vt{t.value.abs + t.ref_value.abs, t.value.rel + t.ref_value.rel};
  const TolMixed st{1.5 * (t.slope.abs + t.ref_slope.abs), t.slope.rel + t.ref_slope.rel};
  int failures = 0;
  for (size_t i = 0; i < n && failures < 10; ++i) {
    bool ok = same_bits(yr[i], act_ref_forward<float>(a, ps.p, x[i])) &&
              same_bits(dxr[i], 1.5f * act_ref_derivative<float>(a, ps.p, x[i]));
    ok = ok && tol::within(yk[i], yr[i], vt) && tol::within(dxk[i], dxr[i], st);
    if (!ok) {
      ADD_FAILURE() << describe(a, ps, x[i]) << ": kernel f " << yk[i] << " f' " << dxk[i] / 1.5f
                    << " vs reference " << yr[i] << ", " << dxr[i] / 1.5f;
      ++failures;
    }
  }
}

// ---- the oracle's own slopes against central differences ----------------------------------------
bool away_from_kinks(Act a, const double* p, double x, double margin) {
  for (double k : kinks(a, p))
    if (std::fabs(x - k) < margin) return false;
  return true;
}

TEST_P(ActTest, OracleSlopesMatchCentralDifferences) {
  const Act a = GetParam();
  const int np = act_info(a).n_params;
  const double h = 1e-3;
  for (const ParamSet& ps : param_sets(a)) {
    int failures = 0;
    for (int i = -2000; i <= 2000 && failures < 10; ++i) {
      const double x = i * 0.05 + 0.0123;  // [-100, 100], off the kinks' usual grid
      if (!away_from_kinks(a, ps.d, x, 4 * h)) continue;
      const double cd = oracle::cd_x(a, ps.d, x, h);
      const double scale = std::max(1.0, std::fabs(oracle::f(a, ps.d, x)));  // cancellation in the stencil
      if (!tol::within(oracle::df(a, ps.d, x), cd,
                       {tol::kOracleVsCentralDiff.abs * scale, tol::kOracleVsCentralDiff.rel})) {
        ADD_FAILURE() << describe(a, ps, static_cast<float>(x)) << ": oracle f' " << oracle::df(a, ps.d, x)
                      << " vs central difference " << cd;
        ++failures;
      }
      for (int k = 0; k < np; ++k) {
        // a parameter that moves a kink: stay away from where the kink can be during the stencil
        double q[kMaxActParams] = {ps.d[0], ps.d[1]};
        bool clear = true;
        for (double dq : {-2 * h, 2 * h}) {
          q[k] = ps.d[k] + dq;
          clear = clear && away_from_kinks(a, q, x, 4 * h);
        }
        if (!clear || !away_from_kinks(a, ps.d, x, 0.05)) continue;
        if (a == Act::celu && k == 0 && ps.d[0] - 2 * h <= 0) continue;
        // f depends on beta x or x / alpha: scale h with the parameter and with x
        const double hp = h * std::max(0.05, std::fabs(ps.d[k])) / (1 + std::fabs(x));
        const double cp = oracle::cd_param(a, ps.d, x, k, hp);
        if (!tol::within(oracle::dp(a, ps.d, x, k), cp,
                         {tol::kOracleVsCentralDiff.abs * scale, tol::kOracleVsCentralDiff.rel})) {
          ADD_FAILURE() << describe(a, ps, static_cast<float>(x)) << ": oracle df/dparam" << k << " "
                        << oracle::dp(a, ps.d, x, k) << " vs central difference " << cp;
          ++failures;
        }
      }
    }
  }
}

// act_param_grad sums over a whole array (vector path, both unrolled accumulators and the tail)
// against the double sum of dy * (central difference in the parameter). Rows with parameters only.
class ActWithParamsTest : public ::testing::TestWithParam<Act> {};
std::vector<Act> acts_with_params() {
  std::vector<Act> v;
  for (Act a : elementwise_acts())
    if (act_info(a).n_params > 0) v.push_back(a);
  return v;
}
INSTANTIATE_TEST_SUITE_P(Catalogue, ActWithParamsTest, ::testing::ValuesIn(acts_with_params()),
                         act_test_name);

TEST_P(ActWithParamsTest, ParamGradMatchesCentralDifferencesInTheParameter) {
  const Act a = GetParam();
  const int np = act_info(a).n_params;
  for (const ParamSet& ps : param_sets(a)) {
    for (size_t n : {size_t{1}, size_t{7}, size_t{8}, size_t{13}, size_t{1000}}) {
      std::vector<float> x, dy;
      uint32_t s = 99 + static_cast<uint32_t>(n);
      while (x.size() < n) {
        const float v = uniform(s, -6.0f, 6.0f);
        if (!away_from_kinks(a, ps.d, v, 0.05)) continue;
        x.push_back(v);
        dy.push_back(uniform(s, -1.0f, 1.0f));
      }
      std::vector<float> y(n);
      act_forward(a, ps.p, x.data(), y.data(), n);
      float got[kMaxActParams] = {0.5f, -0.25f};  // accumulates: start from non-zero
      act_param_grad(a, ps.p, x.data(), y.data(), dy.data(), n, got);
      for (int k = 0; k < np; ++k) {
        double want = 0, mag = 0;
        for (size_t i = 0; i < n; ++i) {
          const double g =
              (a == Act::celu && ps.d[0] <= 0.1)
                  ? oracle::dp(a, ps.d, x[i], k)
                  : oracle::cd_param(a, ps.d, x[i], k,
                                     1e-4 * std::max(0.05, std::fabs(ps.d[k])) / (1 + std::fabs(x[i])));
          want += dy[i] * g;
          mag += std::fabs(dy[i] * g);
        }
        const double start = k == 0 ? 0.5 : -0.25;
        EXPECT_NEAR(got[k] - start, want, tol::kParamGradSumRel * mag + 1e-6)
            << act_info(a).name << " " << ps.label << " n=" << n << " param " << k;
      }
    }
  }
}

// ---- tails, in-place, no writes past n ----------------------------------------------------------
TEST_P(ActTest, EveryTailLengthAndInPlace) {
  const Act a = GetParam();
  for (const ParamSet& ps : param_sets(a)) {
    constexpr size_t kMax = 33;  // covers every tail of lanes * unroll up to 16
    std::vector<float> x(kMax), dy(kMax);
    uint32_t s = 3;
    for (size_t i = 0; i < kMax; ++i) {
      x[i] = uniform(s, -8.0f, 8.0f);
      dy[i] = uniform(s, -1.0f, 1.0f);
    }
    x[5] = kNaNF;
    x[11] = -kInfF;
    x[20] = 0.0f;
    std::vector<float> y_all(kMax), dx_all(kMax), d_all(kMax);
    act_forward(a, ps.p, x.data(), y_all.data(), kMax);
    act_backward(a, ps.p, x.data(), y_all.data(), dy.data(), dx_all.data(), kMax);
    act_derivative(a, ps.p, x.data(), y_all.data(), d_all.data(), kMax);
    for (size_t n = 0; n <= kMax; ++n) {
      constexpr float kGuard = 12345.0f;
      std::vector<float> y(kMax + 1, kGuard), dx(kMax + 1, kGuard), d(kMax + 1, kGuard);
      act_forward(a, ps.p, x.data(), y.data(), n);
      act_backward(a, ps.p, x.data(), y_all.data(), dy.data(), dx.data(), n);
      act_derivative(a, ps.p, x.data(), y_all.data(), d.data(), n);
      std::vector<float> inplace(x.begin(), x.begin() + n), dx_inplace(dy.begin(), dy.begin() + n);
      act_forward(a, ps.p, inplace.data(), inplace.data(), n);
      act_backward(a, ps.p, x.data(), y_all.data(), dx_inplace.data(), dx_inplace.data(), n);
      for (size_t i = 0; i < n; ++i) {
        ASSERT_TRUE(same_bits(y[i], y_all[i])) << act_info(a).name << " n=" << n << " i=" << i;
        ASSERT_TRUE(same_bits(dx[i], dx_all[i])) << act_info(a).name << " n=" << n << " i=" << i;
        ASSERT_TRUE(same_bits(d[i], d_all[i])) << act_info(a).name << " n=" << n << " i=" << i;
        ASSERT_TRUE(same_bits(inplace[i], y_all[i]))
            << act_info(a).name << " in place, n=" << n << " i=" << i;
        ASSERT_TRUE(same_bits(dx_inplace[i], dx_all[i])) << act_info(a).name << " in place, n=" << n;
      }
      ASSERT_EQ(y[n], kGuard) << act_info(a).name << ": forward wrote past n=" << n;
      ASSERT_EQ(dx[n], kGuard) << act_info(a).name << ": backward wrote past n=" << n;
      ASSERT_EQ(d[n], kGuard) << act_info(a).name << ": derivative wrote past n=" << n;
    }
  }
}

// ---- the catalogue's property flags against the math ---------------------------------------------
TEST_P(ActTest, PropertyFlagsMatchTheOracle) {
  const Act a = GetParam();
  const ActInfo& info = act_info(a);
  double p[kMaxActParams] = {0, 0};
  for (int i = 0; i < info.n_params; ++i) p[i] = info.params[i].def;
  auto F = [&](double x) { return oracle::f(a, p, x); };
  auto D = [&](double x) { return oracle::df(a, p, x); };

  bool nondecreasing = true, nonincreasing = true;
  double prev = F(-100), mean = 0;
  for (int i = -19999; i <= 20000; ++i) {
    const double x = i * 0.005, v = F(x);
    nondecreasing = nondecreasing && v >= prev;
    nonincreasing = nonincreasing && v <= prev;
    mean += v * std::exp(-0.5 * x * x) * 0.005 * 0.3989422804014327;  // E f(Z), Z ~ N(0, 1): 1/sqrt(2 pi)
    prev = v;
  }
  EXPECT_EQ(info.monotonic, nondecreasing || nonincreasing) << info.name;
  // zero-centred by measurement: the mean output for zero-mean (standard normal) input. Every row is
  // either within 1e-3 of 0 or at least 0.16 away (ELU), so the 0.05 line is not a close call.
  EXPECT_EQ(info.zero_centred, std::fabs(mean) < 0.05) << info.name << " mean " << mean;
  // saturating: f' -> 0 on at least one side
  EXPECT_EQ(info.saturating, std::fabs(D(-1e4)) < 1e-6 || std::fabs(D(1e4)) < 1e-6) << info.name;
  // dead zone: exactly 0 output with exactly 0 slope on a half-line
  auto dead = [&](double s) { return F(4 * s) == 0 && D(4 * s) == 0 && F(20 * s) == 0 && D(20 * s) == 0; };
  EXPECT_EQ(info.has_dead_zone, dead(-1) || dead(1)) << info.name;
  // smooth (C^1): no jump in f or f' anywhere on a fine grid
  // (a jump in f shows as F(x+e) - F(x-e) far from 2e f'(x); a jump in f' as D(x+e) != D(x-e))
  auto continuous = [&](double x, double e) {
    const double jump_f = std::fabs(F(x + e) - F(x - e) - 2 * e * D(x));
    const double jump_d = std::fabs(D(x + e) - D(x - e));
    return jump_f < 1e-6 * (1 + std::fabs(F(x))) && jump_d < 1e-4 * (1 + std::fabs(D(x)));
  };
  bool c1 = true;
  for (int i = -40000; i <= 40000 && c1; ++i) c1 = continuous(i * 0.00025, 1e-7);
  for (double k : kinks(a, p)) c1 = c1 && continuous(k, 1e-9);
  EXPECT_EQ(info.smooth, c1) << info.name;
}

// ---- the catalogue ------------------------------------------------------------------------------
bool has_hangul(const char* s) {
  // Hangul syllables U+AC00..U+D7A3 are 3-byte UTF-8 sequences with a lead byte EA..ED.
  for (const unsigned char* p = reinterpret_cast<const unsigned char*>(s); *p; ++p)
    if (*p >= 0xEA && *p <= 0xED && p[1] >= 0x80 && p[2] >= 0x80) return true;
  return false;
}

TEST(Catalogue, RowsAreInEnumOrderWithUniqueTokensThatParseBack) {
  std::set<std::string> tokens;
  for (int i = 0; i < kNumActs; ++i) {
    const ActInfo& row = act_catalogue()[i];
    EXPECT_EQ(static_cast<int>(row.id), i);
    EXPECT_EQ(&act_info(row.id), &row);
    EXPECT_TRUE(tokens.insert(row.name).second) << "duplicate token " << row.name;
    Act parsed = Act::identity;
    ASSERT_TRUE(act_parse(row.name, &parsed)) << row.name;
    EXPECT_EQ(parsed, row.id);
    EXPECT_EQ(row.elementwise, i < kNumElementwiseActs) << row.name;
  }
  EXPECT_EQ(static_cast<int>(tokens.size()), kNumActs);
}

TEST(Catalogue, UnknownNamesAreRejectedAndLeaveTheOutputAlone) {
  for (const char* bad : {"", "ReLU", "relu ", " relu", "soft max", "gelu2", "tan", "swish\n", "maxout2"}) {
    Act out = Act::gaussian;
    EXPECT_FALSE(act_parse(bad, &out)) << '"' << bad << '"';
    EXPECT_EQ(out, Act::gaussian);
  }
  Act out = Act::gaussian;
  EXPECT_FALSE(act_parse(nullptr, &out));
}

TEST(Catalogue, EveryTextFieldIsFilledInBothLanguages) {
  for (int i = 0; i < kNumActs; ++i) {
    const ActInfo& r = act_catalogue()[i];
    for (const char* field :
         {r.name, r.display, r.latex, r.latex_d, r.range, r.desc_en, r.desc_ko, r.source, r.grad_reads}) {
      ASSERT_NE(field, nullptr) << r.name;
      EXPECT_GT(std::strlen(field), 0u) << r.name;
    }
    EXPECT_TRUE(has_hangul(r.desc_ko)) << r.name << ": Korean description has no Hangul";
    EXPECT_FALSE(has_hangul(r.desc_en)) << r.name << ": English description contains Hangul";
    EXPECT_GE(r.year, 1940) << r.name;
    EXPECT_LE(r.year, 2025) << r.name;
    const std::string reads = r.grad_reads;
    EXPECT_TRUE(reads == "x" || reads == "y" || reads == "x,y") << r.name;
    EXPECT_LT(static_cast<int>(r.family), kNumFamilies) << r.name;
  }
}

// The exported script's expressions live in the row: every element-wise row has NumPy f, f', df/dp and
// a PyTorch f (and a PyTorch f for learnt parameters exactly when it has parameters); layer-level rows
// have none (the export writes them from the layer code). tests/cli/export_test.mjs runs them.
TEST(Catalogue, EveryElementwiseRowCarriesItsPython) {
  for (int i = 0; i < kNumActs; ++i) {
    const ActInfo& r = act_catalogue()[i];
    const ActPython& py = r.python;
    if (!r.elementwise) {
      EXPECT_EQ(py.np_f, nullptr) << r.name;
      continue;
    }
    for (const char* field : {py.np_f, py.np_df, py.np_dp, py.torch_fixed}) {
      ASSERT_NE(field, nullptr) << r.name;
      EXPECT_GT(std::strlen(field), 0u) << r.name;
    }
    EXPECT_EQ(py.torch_learn != nullptr, r.n_params > 0) << r.name;
  }
}

TEST(Catalogue, EveryFamilyHasATokenAndNamesInBothLanguagesAndIsUsed) {
  std::set<std::string> tokens;
  for (int f = 0; f < kNumFamilies; ++f) {
    const FamilyInfo& fam = family_info(static_cast<Family>(f));
    EXPECT_EQ(static_cast<int>(fam.id), f);
    ASSERT_TRUE(fam.token && fam.name_en && fam.name_ko);
    EXPECT_TRUE(tokens.insert(fam.token).second) << "duplicate family token " << fam.token;
    EXPECT_GT(std::strlen(fam.name_en), 0u) << fam.token;
    EXPECT_FALSE(has_hangul(fam.name_en)) << fam.token;
    EXPECT_TRUE(has_hangul(fam.name_ko)) << fam.token << ": Korean name has no Hangul";
    bool used = false;
    for (int i = 0; i < kNumActs; ++i) used = used || act_catalogue()[i].family == fam.id;
    used = used || act_info(Act::formula).family == fam.id;  // the student's own row
    EXPECT_TRUE(used) << "family " << fam.token << " has no activation";
  }
}

TEST(Catalogue, TheFormulaRowHasItsOwnFamilyNoCatalogueRowShares) {
  EXPECT_EQ(act_info(Act::formula).family, Family::custom);
  EXPECT_STREQ(family_info(Family::custom).token, "custom");
  for (int i = 0; i < kNumActs; ++i) {
    EXPECT_NE(act_catalogue()[i].family, Family::custom) << act_catalogue()[i].name;
  }
}

// What adding an activation must bring, checked for every token: its strings (above), a double
// oracle (oracle.h), a measured tolerance row (tolerance.h) and its kinks (the row) — or, for a
// layer-level token, its LayerOp row (layer_ops.cpp).
TEST(Catalogue, EveryTokenHasItsOracleToleranceKinksOrLayerOp) {
  for (int i = 0; i < kNumActs; ++i) {
    const ActInfo& r = act_catalogue()[i];
    if (!r.elementwise) {
      EXPECT_EQ(r.kinks, nullptr) << r.name << ": a layer-level row has no scalar kinks";
      EXPECT_EQ(layer_op(r.id).act, r.id) << r.name << ": no LayerOp row";
      continue;
    }
    ASSERT_NE(r.kinks, nullptr) << r.name << ": no kinks function (kinks_none if it is smooth)";
    double p[kMaxActParams] = {0, 0};
    for (int k = 0; k < r.n_params; ++k) p[k] = r.params[k].def;
    for (double x : {-2.5, -0.3, 0.7, 4.0}) {
      EXPECT_FALSE(std::isnan(oracle::f(r.id, p, x))) << r.name << ": no oracle f at " << x;
      EXPECT_FALSE(std::isnan(oracle::df(r.id, p, x))) << r.name << ": no oracle f' at " << x;
      for (int k = 0; k < r.n_params; ++k)
        EXPECT_FALSE(std::isnan(oracle::dp(r.id, p, x, k)))
            << r.name << ": no oracle df/dp" << k << " at " << x;
    }
    ASSERT_LT(i, static_cast<int>(sizeof(tol::kActTol) / sizeof(tol::kActTol[0])));
    EXPECT_EQ(tol::kActTol[i].act, r.id) << r.name << ": no tolerance row";
  }
}

// ---- kinks: the catalogue's against where the oracle's f, f' and f'' measurably jump --------------
// A jump of g in [a, b] survives bisection: halving towards the half that is less linear (the
// larger second difference: a jump of J shows there as ~J whatever the trend, a smooth g as
// g''(w/4)^2) keeps a difference of the jump's size, while a continuous g's difference halves with
// the interval. After 27 and 32 halvings a jump's difference stays (ratio ~1); a smooth change
// shrinks 32 times. Curvature can hide a jump much smaller than g''(w/4)^2 on the way down, so the
// sweep below is sure to see jumps above ~1e-4 (Kinks.TheJumpDetector...), and the check at a listed
// kink, in a window of 2e-4, far smaller ones (softplus' 2e-9).
struct Jump {
  bool found;
  double at;
};
template <class G> Jump bisect_jump(G g, double a, double b) {
  double ga = g(a), gb = g(b), gm = g(0.5 * (a + b)), d27 = 0;
  for (int level = 1; level <= 32; ++level) {
    const double m = 0.5 * (a + b), q1 = 0.5 * (a + m), q3 = 0.5 * (m + b);
    const double g1 = g(q1), g3 = g(q3);
    if (std::fabs(ga - 2 * g1 + gm) >= std::fabs(gm - 2 * g3 + gb)) b = m, gb = gm, gm = g1;
    else a = m, ga = gm, gm = g3;
    if (level == 27) d27 = std::fabs(gb - ga);
  }
  const double d32 = std::fabs(gb - ga);
  return {d32 > 1e-12 * (1 + std::fabs(ga)) && d32 > 0.5 * d27, 0.5 * (a + b)};
}

// Every jump of g on [-32, 32]: each cell of 1/64 bisected.
template <class G> std::vector<double> jumps_on_grid(G g) {
  std::vector<double> found;
  const double h = 1.0 / 64, x0 = -32 + 0.0031;
  for (int i = 0; i < 64 * 64; ++i) {
    const Jump j = bisect_jump(g, x0 + i * h, x0 + (i + 1) * h);
    if (j.found) found.push_back(j.at);
  }
  return found;
}

// f'' jumps at k: the one-sided second derivatives (differences of the oracle's f') differ, by the
// same amount at two step sizes.
bool second_derivative_jumps(Act a, const double* p, double k) {
  auto side = [&](double e, int s) {
    return (oracle::df(a, p, k + 2 * s * e) - oracle::df(a, p, k + s * e)) / (s * e);
  };
  auto gap = [&](double e) { return std::fabs(side(e, 1) - side(e, -1)); };
  const double e = 1e-5 * std::max(1.0, std::fabs(k));
  const double scale = 1 + std::fabs(side(e, 1)) + std::fabs(side(e, -1));
  return gap(e) > 1e-3 * scale && gap(e / 10) > 1e-3 * scale;
}

std::vector<ParamSet> kink_param_sets(Act a) {
  std::vector<ParamSet> sets = param_sets(a);
  if (a == Act::threshold) sets.push_back({"value == threshold", {1.5f, 1.5f}, {1.5, 1.5}});  // continuous
  if (a == Act::elu) sets.push_back({"alpha 2", {2, 0}, {2, 0}});
  if (a == Act::leaky_relu) sets.push_back({"slope 1", {1, 0}, {1, 0}});
  return sets;
}

TEST_P(ActTest, KinksAreWhereTheOracleJumps) {
  const Act a = GetParam();
  for (const ParamSet& ps : kink_param_sets(a)) {
    ActKink k[kMaxKinks];
    const int n = act_info(a).kinks(ps.d, k);
    ASSERT_GE(n, 0);
    ASSERT_LE(n, kMaxKinks);
    auto F = [&](double x) { return oracle::f(a, ps.d, x); };
    auto D = [&](double x) { return oracle::df(a, ps.d, x); };
    auto listed = [&](double x, int max_order) {
      for (int i = 0; i < n; ++i)
        if (k[i].order <= max_order && std::fabs(x - k[i].at) <= 1e-5 * std::max(1.0, std::fabs(k[i].at)))
          return true;
      return false;
    };
    // 1. every measured jump of f is an order-0 kink, every jump of f' one of order <= 1
    for (double x : jumps_on_grid(F))
      EXPECT_TRUE(listed(x, 0)) << describe(a, ps, x) << ": f jumps, not listed";
    for (double x : jumps_on_grid(D))
      EXPECT_TRUE(listed(x, 1)) << describe(a, ps, x) << ": f' jumps, not listed";
    // 2. every listed kink is one, of exactly its order
    for (int i = 0; i < n; ++i) {
      const double at = k[i].at,
                   w = 1e-4 * std::max(1.0, std::fabs(at));  // softplus' float switch is ~1e-6 off
      const bool f_jumps = bisect_jump(F, at - w, at + w).found;
      const bool d_jumps = bisect_jump(D, at - w, at + w).found;
      const std::string where =
          describe(a, ps, static_cast<float>(at)) + " (order " + std::to_string(k[i].order) + ")";
      EXPECT_EQ(f_jumps, k[i].order == 0) << where << ": f jumps? " << f_jumps;
      if (k[i].order == 1) { EXPECT_TRUE(d_jumps) << where << ": f' does not jump"; }
      if (k[i].order == 2) {
        EXPECT_FALSE(d_jumps) << where << ": f' jumps";
        EXPECT_TRUE(second_derivative_jumps(a, ps.d, at)) << where << ": f'' does not jump";
      }
    }
  }
}

// The counterfactual: the detector finds a jump where there is one and none where there is none.
TEST(Kinks, TheJumpDetectorSeesJumpsOfEverySizeAndNothingOnSmoothCurves) {
  for (double size : {1.0, -1e-3, 1e-4, -1e-4}) {
    auto g = [&](double x) { return std::sin(x) + (x > 1.2345 ? size : 0.0); };
    const std::vector<double> j = jumps_on_grid(g);
    ASSERT_EQ(j.size(), 1u) << size;
    EXPECT_NEAR(j[0], 1.2345, 1e-9);
  }
  EXPECT_TRUE(jumps_on_grid([](double x) { return std::exp(-x * x) + x * x * x * 1e-3; }).empty());
  EXPECT_TRUE(jumps_on_grid([](double x) { return std::fabs(x - 0.5); }).empty());  // a kink, not a jump
  const double p[kMaxActParams] = {0, 0};
  EXPECT_TRUE(second_derivative_jumps(Act::softsign, p, 0.0));
  EXPECT_FALSE(second_derivative_jumps(Act::tanh, p, 0.0));
}

TEST(Catalogue, ParametersHaveNamesAndDefaultsInsideTheirRanges) {
  for (int i = 0; i < kNumActs; ++i) {
    const ActInfo& r = act_catalogue()[i];
    ASSERT_GE(r.n_params, 0);
    ASSERT_LE(r.n_params, kMaxActParams);
    float defs[kMaxActParams] = {-1, -1};
    act_default_params(r.id, defs);
    for (int k = 0; k < kMaxActParams; ++k) {
      if (k >= r.n_params) {
        EXPECT_EQ(defs[k], 0.0f) << r.name;
        continue;
      }
      const ActParam& q = r.params[k];
      ASSERT_NE(q.name, nullptr) << r.name;
      EXPECT_GT(std::strlen(q.name), 0u);
      EXPECT_LE(q.lo, q.def) << r.name << "." << q.name;
      EXPECT_LE(q.def, q.hi) << r.name << "." << q.name;
      EXPECT_LT(q.lo, q.hi) << r.name << "." << q.name;
      EXPECT_EQ(defs[k], q.def);
    }
  }
}

TEST(Catalogue, IssueFacts) {
  auto param = [](Act a, int k) { return act_info(a).params[k]; };
  EXPECT_FLOAT_EQ(param(Act::leaky_relu, 0).def, 0.01f);
  EXPECT_FLOAT_EQ(param(Act::prelu, 0).def, 0.25f);
  EXPECT_TRUE(param(Act::prelu, 0).learnable);
  EXPECT_TRUE(act_info(Act::prelu).learnable_default);
  EXPECT_TRUE(param(Act::swish, 0).learnable);
  EXPECT_FALSE(act_info(Act::swish).learnable_default);
  EXPECT_FLOAT_EQ(param(Act::elu, 0).def, 1.0f);
  EXPECT_FLOAT_EQ(param(Act::celu, 0).def, 1.0f);
  EXPECT_FLOAT_EQ(param(Act::softplus, 0).def, 1.0f);
  EXPECT_FLOAT_EQ(param(Act::softplus, 1).def, 20.0f);
  EXPECT_FLOAT_EQ(param(Act::hardtanh, 0).def, -1.0f);
  EXPECT_FLOAT_EQ(param(Act::hardtanh, 1).def, 1.0f);
  EXPECT_FLOAT_EQ(param(Act::softshrink, 0).def, 0.5f);
  EXPECT_FLOAT_EQ(param(Act::hardshrink, 0).def, 0.5f);
  EXPECT_FLOAT_EQ(param(Act::threshold, 0).def, 0.0f);
  EXPECT_FLOAT_EQ(param(Act::threshold, 1).def, -5.0f);
  const ActParam k = param(Act::maxout, 0);
  EXPECT_STREQ(k.name, "k");
  EXPECT_EQ(k.def, 2.0f);
  EXPECT_EQ(k.lo, 2.0f);
  EXPECT_EQ(k.hi, 4.0f);
  const std::set<Act> dead = {Act::relu, Act::relu6, Act::hardsigmoid, Act::hardswish, Act::step};
  int learnable_rows = 0;
  for (int i = 0; i < kNumActs; ++i) {
    const ActInfo& r = act_catalogue()[i];
    EXPECT_EQ(r.has_dead_zone, dead.count(r.id) == 1) << r.name;
    learnable_rows += r.learnable_default ? 1 : 0;
  }
  EXPECT_EQ(learnable_rows, 1);
  EXPECT_EQ(act_info(Act::gelu).year, 2016);
  EXPECT_EQ(act_info(Act::swish).year, 2017);
  EXPECT_NE(std::string(act_info(Act::gelu).source).find("Hendrycks"), std::string::npos);
  EXPECT_NE(std::string(act_info(Act::ncu).source).find("Noel"), std::string::npos);
}

TEST(Catalogue, NullParamsMeanDefaults) {
  for (int i = 0; i < kNumElementwiseActs; ++i) {
    const Act a = static_cast<Act>(i);
    float defs[kMaxActParams];
    act_default_params(a, defs);
    const float x[5] = {-2.5f, -0.3f, 0.0f, 0.7f, 4.0f};
    float y1[5], y2[5];
    act_forward(a, nullptr, x, y1, 5);
    act_forward(a, defs, x, y2, 5);
    for (int j = 0; j < 5; ++j) EXPECT_TRUE(same_bits(y1[j], y2[j])) << act_info(a).name;
    EXPECT_EQ(act_ref_forward<float>(a, nullptr, 0.7f), act_ref_forward<float>(a, defs, 0.7f));
  }
}

TEST(Tolerance, TableWithinIssueBound) {
  for (const tol::ActTol& t : tol::kActTol) {
    for (const TolMixed& m : {t.value, t.slope, t.param, t.ref_value, t.ref_slope, t.ref_param}) {
      EXPECT_LE(m.abs, tol::kIssueBound.abs) << act_info(t.act).name;
      EXPECT_LE(m.rel, tol::kIssueBound.rel) << act_info(t.act).name;
    }
  }
  for (int i = 0; i < kNumElementwiseActs; ++i) EXPECT_EQ(static_cast<int>(tol::kActTol[i].act), i);
}

// ---- math_approx.h contracts (sampled floats, every 97th representable value in range) ----------
double ulp_of(double ref) {
  if (ref == 0) return std::ldexp(1.0, -149);
  int e;
  std::frexp(std::fabs(ref), &e);
  return std::max(std::ldexp(1.0, e - 24), std::ldexp(1.0, -149));
}

template <class F, class R>
void scan_ulp(const char* what, float lo, float hi, F fn, R ref, double max_ulp, double max_abs = -1) {
  using V = simd::vf;
  constexpr int L = simd::kLanes;
  double worst = 0, worst_abs = 0;
  float worst_x = 0;
  float xs[L], out[L];
  int k = 0;
  auto flush = [&]() {
    for (int i = k; i < L; ++i) xs[i] = xs[0];
    simd::store(out, fn(simd::load<V>(xs)));
    for (int i = 0; i < k; ++i) {
      const double r = ref(static_cast<double>(xs[i])), err = std::fabs(out[i] - r);
      if (err / ulp_of(r) > worst) {
        worst = err / ulp_of(r);
        worst_x = xs[i];
      }
      worst_abs = std::max(worst_abs, err);
    }
    k = 0;
  };
  // Walk the floats in order through their sign-magnitude keys, about 2 million samples per range.
  auto key = [](float f) -> int64_t {
    int32_t b;
    std::memcpy(&b, &f, 4);
    return b >= 0 ? int64_t{b} : -int64_t{b & 0x7fffffff};
  };
  auto from_key = [](int64_t kk) -> float {
    const uint32_t b = kk >= 0 ? static_cast<uint32_t>(kk) : (static_cast<uint32_t>(-kk) | 0x80000000u);
    float f;
    std::memcpy(&f, &b, 4);
    return f;
  };
  const int64_t k0 = key(lo), k1 = key(hi), stride = std::max<int64_t>(1, (k1 - k0) / 2000000);
  for (int64_t kk = k0; kk <= k1; kk += stride) {
    xs[k++] = from_key(kk);
    if (k == L) flush();
  }
  if (k) flush();
  if (max_abs >= 0) EXPECT_LE(worst_abs, max_abs) << what << " worst at x=" << worst_x;
  else EXPECT_LE(worst, max_ulp) << what << " worst at x=" << worst_x;
  if (report_wanted())
    std::printf("%-12s [%g, %g]: max %.2f ulp at x=%.9g, max abs %.3g\n", what, lo, hi, worst, worst_x,
                worst_abs);
}

TEST(MathApprox, ContractsHoldOnSampledFloats) {
  using V = simd::vf;
  scan_ulp(
      "exp", -87.3f, 88.72f, [](V x) { return vmath::exp(x); }, [](double x) { return std::exp(x); },
      tol::kUlpExp);
  scan_ulp(
      "expm1", -17.4f, 0.0f, [](V x) { return vmath::expm1_nonpos(x); },
      [](double x) { return std::expm1(x); }, tol::kUlpExpm1);
  scan_ulp(
      "log1p", 0.0f, 1.0f, [](V x) { return vmath::log1p_unit(x); }, [](double x) { return std::log1p(x); },
      tol::kUlpLog);
  scan_ulp(
      "log", FLT_MIN, FLT_MAX, [](V x) { return vmath::log(x); }, [](double x) { return std::log(x); },
      tol::kUlpLog);
  scan_ulp(
      "sigmoid", -87.0f, 30.0f, [](V x) { return vmath::sigmoid(x); },
      [](double x) { return oracle::sig(x); }, tol::kUlpSigmoid);
  scan_ulp(
      "tanh", -12.0f, 12.0f, [](V x) { return vmath::tanh(x); }, [](double x) { return std::tanh(x); },
      tol::kUlpTanh);
  scan_ulp(
      "sin", -8192.0f, 8192.0f, [](V x) { return vmath::sin(x); }, [](double x) { return std::sin(x); }, 0,
      tol::kAbsSinCos);
  scan_ulp(
      "cos", -8192.0f, 8192.0f, [](V x) { return vmath::cos(x); }, [](double x) { return std::cos(x); }, 0,
      tol::kAbsSinCos);
  scan_ulp(
      "normal_cdf", -14.0f, 10.0f,
      [](V x) {
        V pdf;
        return vmath::normal_cdf(x, &pdf);
      },
      [](double x) { return oracle::Phi(x); }, 0, tol::kAbsNormalCdf);
}

TEST(MathApprox, EdgeValues) {
  using V = simd::vf;
  auto one = [](auto fn, float x) {
    float xs[simd::kLanes], out[simd::kLanes];
    for (float& v : xs) v = x;
    simd::store(out, fn(simd::load<V>(xs)));
    return out[0];
  };
  auto vexp = [](V x) { return vmath::exp(x); };
  EXPECT_EQ(one(vexp, -kInfF), 0.0f);
  EXPECT_EQ(one(vexp, kInfF), kInfF);
  EXPECT_EQ(one(vexp, 89.0f), kInfF);
  EXPECT_EQ(one(vexp, -104.0f), 0.0f);
  EXPECT_GT(one(vexp, -103.0f), 0.0f);  // denormal, not flushed
  EXPECT_TRUE(std::isnan(one(vexp, kNaNF)));
  EXPECT_EQ(one([](V x) { return vmath::expm1_nonpos(x); }, -kInfF), -1.0f);
  EXPECT_EQ(one([](V x) { return vmath::tanh(x); }, 9.1f), 1.0f);
  EXPECT_EQ(one([](V x) { return vmath::log(x); }, kInfF), kInfF);
  EXPECT_TRUE(std::isnan(one([](V x) { return vmath::sin(x); }, kInfF)));
  EXPECT_NEAR(one([](V x) { return vmath::sin(x); }, 1e30f), std::sin(1e30f), 1e-7);
}

}  // namespace
}  // namespace actlab
