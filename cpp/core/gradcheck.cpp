// gradcheck.cpp — Trainer::gradcheck(): the float SIMD backprop used in training against
// double-precision central differences of the reference network (refnet.h) at the current weights.
#include <algorithm>
#include <cmath>
#include <limits>

#include "refnet.h"
#include "trainer_impl.h"

namespace actlab {

double Trainer::gradcheck(int max_params, int* skipped) {
  Impl& m = *impl_;
  if (skipped) *skipped = 0;
  if (!m.configured) return 0.0;
  // Samples: the first (up to) 64 training points; loss = mean data loss + L1/L2 penalty.
  const int n = std::min(64, m.data.n_train);
  std::vector<uint32_t> idx(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) idx[static_cast<size_t>(i)] = static_cast<uint32_t>(i);
  // Analytic gradient: the float SIMD backprop used in training (no dropout).
  Workspace w;
  w.resize(m.layers, m.n_in(), padded(std::max(1, n)));
  std::vector<float> g(m.theta.size(), 0.0f);
  const int ld = m.gather(w, idx.data(), n);
  forward(m.layers, m.theta.data(), w, ld);
  m.loss_gradient(w, idx.data(), n, ld, 1.0f / static_cast<float>(n), false, g.data());
  for (const LayerShape& s : m.layers)
    add_penalty_grad(m.tc.l1, m.tc.l2, m.theta.data() + s.w_off, g.data() + s.w_off,
                     static_cast<size_t>(s.rows) * s.in);
  // Numerical gradient: central differences of a double-precision reference network.
  RefNet ref(m.layers, m.net.output, m.tc.l1, m.tc.l2);
  std::vector<double> th(m.theta.begin(), m.theta.end());
  std::vector<double> X(static_cast<size_t>(m.n_in()) * n), t(static_cast<size_t>(n));
  for (int f = 0; f < m.n_in(); ++f)
    for (int i = 0; i < n; ++i)
      X[static_cast<size_t>(f) * n + i] =
          m.feat_all[static_cast<size_t>(f) * m.n_points + idx[static_cast<size_t>(i)]];
  for (int i = 0; i < n; ++i) t[static_cast<size_t>(i)] = m.target[idx[static_cast<size_t>(i)]];
  const size_t P = th.size();
  const size_t count =
      (max_params <= 0 || static_cast<size_t>(max_params) >= P) ? P : static_cast<size_t>(max_params);
  std::vector<size_t> checked;
  std::vector<double> numeric;
  int skip = 0;
  for (size_t j = 0; j < count; ++j) {
    const size_t i = count == P ? j : (j * P) / count;
    const double h = 1e-6 * std::max(1.0, std::fabs(th[i]));
    const double keep = th[i];
    uint64_t kp = 0, km = 0;
    th[i] = keep + h;
    const double lp = ref.loss(th.data(), X.data(), t.data(), n, &kp);
    th[i] = keep - h;
    const double lm = ref.loss(th.data(), X.data(), t.data(), n, &km);
    th[i] = keep;
    if (kp != km) {
      ++skip;
      continue;
    }
    checked.push_back(i);
    numeric.push_back((lp - lm) / (2 * h));
  }
  // Relative error |a - n| / max(|a|, |n|, floor). A float gradient that is a sum of much larger
  // per-sample terms carries their rounding (~1e-7 of the terms), so gradients far below the others
  // of their layer are compared at the layer's scale: floor = 1e-3 x the layer's largest |n| (>= 1e-7).
  // Per layer, so a vanishing first layer is still checked against its own gradients.
  std::vector<double> scale(m.layers.size(), 0.0);
  auto layer_of = [&](size_t i) {
    size_t l = 0;
    while (i >= m.layers[l].end) ++l;
    return l;
  };
  for (size_t j = 0; j < checked.size(); ++j)
    scale[layer_of(checked[j])] = std::max(scale[layer_of(checked[j])], std::fabs(numeric[j]));
  double worst = 0;
  for (size_t j = 0; j < checked.size(); ++j) {
    const double num = numeric[j], ana = g[checked[j]];
    const double floor = std::max(1e-7, 1e-3 * scale[layer_of(checked[j])]);
    const double err = std::fabs(num - ana) / std::max({std::fabs(num), std::fabs(ana), floor});
    worst = std::max(worst, std::isfinite(err) ? err : std::numeric_limits<double>::infinity());
  }
  if (skipped) *skipped = skip;
  return worst;
}

}  // namespace actlab
