// The MLP's dense kernels against a naive double-precision product, for every block shape and tail.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/gemm.h"
#include "core/network.h"
#include "core/rng.h"

namespace actlab {
namespace {

std::vector<float> random_vec(Rng& rng, size_t n) {
  std::vector<float> v(n);
  for (float& x : v) x = static_cast<float>(rng.uniform(-1.0, 1.0));
  return v;
}

class GemmShapes : public ::testing::TestWithParam<std::tuple<int, int, int>> {};

TEST_P(GemmShapes, MatchDoubleProducts) {
  const auto [out, in, cols] = GetParam();
  const int ld = padded(cols);
  Rng rng(static_cast<uint64_t>(out * 1000 + in * 10 + cols));
  const auto W = random_vec(rng, static_cast<size_t>(out) * in);
  const auto b = random_vec(rng, static_cast<size_t>(out));
  auto x = random_vec(rng, static_cast<size_t>(in) * ld);
  auto dz = random_vec(rng, static_cast<size_t>(out) * ld);
  for (int r = 0; r < out; ++r)  // padded columns of dz must be zero for the weight gradient
    for (int c = cols; c < ld; ++c) dz[static_cast<size_t>(r) * ld + c] = 0.0f;

  std::vector<float> z(static_cast<size_t>(out) * ld), dx(static_cast<size_t>(in) * ld);
  std::vector<float> dW(static_cast<size_t>(out) * in, 0.5f), db(static_cast<size_t>(out), 0.25f);
  gemm_forward(W.data(), b.data(), x.data(), z.data(), out, in, ld);
  gemm_backward_input(W.data(), dz.data(), dx.data(), out, in, ld);
  gemm_backward_weights(dz.data(), x.data(), dW.data(), db.data(), out, in, ld);

  const double tol = 1e-5 * (in + ld);
  for (int r = 0; r < out; ++r)
    for (int c = 0; c < ld; ++c) {
      double ref = b[static_cast<size_t>(r)];
      for (int k = 0; k < in; ++k)
        ref += double(W[static_cast<size_t>(r) * in + k]) * x[static_cast<size_t>(k) * ld + c];
      EXPECT_NEAR(z[static_cast<size_t>(r) * ld + c], ref, tol) << "z[" << r << "," << c << "]";
    }
  for (int k = 0; k < in; ++k)
    for (int c = 0; c < ld; ++c) {
      double ref = 0;
      for (int r = 0; r < out; ++r)
        ref += double(W[static_cast<size_t>(r) * in + k]) * dz[static_cast<size_t>(r) * ld + c];
      EXPECT_NEAR(dx[static_cast<size_t>(k) * ld + c], ref, tol) << "dx[" << k << "," << c << "]";
    }
  for (int r = 0; r < out; ++r) {
    double sb = 0.25;
    for (int c = 0; c < ld; ++c) sb += dz[static_cast<size_t>(r) * ld + c];
    EXPECT_NEAR(db[static_cast<size_t>(r)], sb, tol);
    for (int k = 0; k < in; ++k) {
      double ref = 0.5;  // accumulates into the existing value
      for (int c = 0; c < ld; ++c)
        ref += double(dz[static_cast<size_t>(r) * ld + c]) * x[static_cast<size_t>(k) * ld + c];
      EXPECT_NEAR(dW[static_cast<size_t>(r) * in + k], ref, tol) << "dW[" << r << "," << k << "]";
    }
  }
}

// Row counts 1..9 cover the 4/2/1 row blocks; column counts cover the 2-vector blocks and their tails;
// inner sizes cover the 4-wide input blocks of the weight gradient and their remainders.
INSTANTIATE_TEST_SUITE_P(Blocks, GemmShapes,
                         ::testing::Combine(::testing::Values(1, 2, 3, 4, 5, 7, 8, 9, 64),
                                            ::testing::Values(1, 2, 3, 4, 5, 8, 13),
                                            ::testing::Values(1, 3, 4, 7, 8, 9, 10, 16, 33, 256)));

}  // namespace
}  // namespace actlab
