#include "layer_metrics.h"

#include <algorithm>
#include <cmath>

#include "activations.h"

namespace actlab {

namespace {

size_t n_weights(const LayerShape& s) { return static_cast<size_t>(s.rows) * static_cast<size_t>(s.in); }

double sq_norm(const float* p, size_t n) {
  double s = 0;
  for (size_t i = 0; i < n; ++i) s += double(p[i]) * p[i];
  return s;
}

}  // namespace

float grad_norm(const LayerShape& s, const float* g) {
  return static_cast<float>(std::sqrt(sq_norm(g + s.w_off, n_weights(s))));
}

float bias_grad_norm(const LayerShape& s, const float* g) {
  return static_cast<float>(std::sqrt(sq_norm(g + s.b_off, static_cast<size_t>(s.rows))));
}

float mean_abs_grad(const LayerShape& s, const float* g) {
  const size_t nw = n_weights(s);
  double sa = 0;
  for (size_t i = 0; i < nw; ++i) sa += std::fabs(double(g[s.w_off + i]));
  return static_cast<float>(nw ? sa / double(nw) : 0.0);
}

float weight_norm(const LayerShape& s, const float* theta) {
  return static_cast<float>(std::sqrt(sq_norm(theta + s.w_off, n_weights(s))));
}

float update_ratio(const LayerShape& s, const float* theta, const float* theta_prev) {
  const size_t nw = n_weights(s);
  const double wn = sq_norm(theta + s.w_off, nw);
  double dn = 0;
  for (size_t i = 0; i < nw; ++i) {
    const double d = double(theta[s.w_off + i]) - theta_prev[s.w_off + i];
    dn += d * d;
  }
  return wn > 0 ? static_cast<float>(std::sqrt(dn / wn)) : 0.0f;
}

void PreactMoments::add(const LayerShape& s, const float* z, int n, int ld) {
  for (int r = 0; r < s.rows; ++r)
    for (int i = 0; i < n; ++i) {
      const double v = z[static_cast<size_t>(r) * ld + i];
      sum_ += v;
      sq_ += v * v;
    }
  count_ += double(n) * s.rows;
}

float PreactMoments::mean() const { return static_cast<float>(sum_ / std::max(1.0, count_)); }

float PreactMoments::stddev() const {
  const double cnt = std::max(1.0, count_);
  const double mean = sum_ / cnt;
  return static_cast<float>(std::sqrt(std::max(0.0, sq_ / cnt - mean * mean)));
}

void ActMean::add(const LayerShape& s, const float* h, int n, int ld) {
  for (int u = 0; u < s.out; ++u)
    for (int i = 0; i < n; ++i) sum_ += h[static_cast<size_t>(u) * ld + i];
  count_ += double(n) * s.out;
}

float ActMean::value() const { return static_cast<float>(sum_ / std::max(1.0, count_)); }

UnitSlopes::UnitSlopes(const LayerShape& s)
    : elementwise_(act_info(s.act).elementwise),
      alive_(static_cast<size_t>(s.out), 0),
      saturated_(static_cast<size_t>(s.out), 0) {}

void UnitSlopes::add(const LayerShape& s, const float* theta, const float* z, const float* h, int n, int ld,
                     float* scratch) {
  samples_ += n;
  if (!elementwise_) return;
  for (int u = 0; u < s.out; ++u) {
    const size_t o = static_cast<size_t>(u) * ld;
    const float* pu = s.learn ? theta + s.p_off + static_cast<size_t>(u) * s.np : s.fixed;
    layer_act_derivative(s, pu, z + o, h + o, scratch, static_cast<size_t>(ld));
    for (int i = 0; i < n; ++i) {
      const float d = std::fabs(scratch[static_cast<size_t>(i)]);
      if (d != 0.0f) alive_[static_cast<size_t>(u)] = 1;  // a gradient can flow through u
      if (d < kSaturatedSlope) ++saturated_[static_cast<size_t>(u)];
    }
  }
}

float UnitSlopes::dead_fraction() const {
  if (!elementwise_ || samples_ == 0 || alive_.empty()) return 0.0f;
  const auto dead = std::count(alive_.begin(), alive_.end(), uint8_t{0});
  return static_cast<float>(dead) / static_cast<float>(alive_.size());
}

float UnitSlopes::saturated_fraction() const {
  if (!elementwise_ || samples_ == 0 || saturated_.empty()) return 0.0f;
  const auto sat =
      std::count_if(saturated_.begin(), saturated_.end(), [&](int c) { return 2 * c > samples_; });
  return static_cast<float>(sat) / static_cast<float>(saturated_.size());
}

}  // namespace actlab
