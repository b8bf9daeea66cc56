// measure.cpp — Trainer::measure(): loss and accuracy on the training and test sets, and every
// per-layer metric (layer_metrics.h) at the current weights, in one pass over the data by chunks.
// The same pass keeps the pre-activations (preact_cache.cpp) and the full-training-set gradient.
#include <algorithm>
#include <limits>

#include "layer_metrics.h"
#include "loss_head.h"
#include "trainer_impl.h"

namespace actlab {

namespace {

// Summed loss and correct count of the points [first, first + count) at the current weights; calls
// per_chunk(c0, idx, n, ld) after each chunk's forward pass (c0: the chunk's offset in the split).
template <class PerChunk>
double split_loss(Trainer::Impl& m, int first, int count, int* correct, PerChunk&& per_chunk) {
  std::vector<uint32_t> idx(kChunk);
  const size_t last = m.layers.size() - 1;
  double loss = 0;
  int ok = 0;
  for (int c0 = 0; c0 < count; c0 += kChunk) {
    const int n = std::min(kChunk, count - c0);
    for (int i = 0; i < n; ++i) idx[static_cast<size_t>(i)] = static_cast<uint32_t>(first + c0 + i);
    const int ld = m.gather(m.mws, idx.data(), n);
    forward(m.layers, m.theta.data(), m.mws, ld);
    const HeadChunk c{m.mws.z[last].data(), m.mws.h[last].data(), m.target.data(), idx.data(), n, ld,
                      m.out_layer().out};
    loss += head_loss(m.net.output, c);
    ok += head_correct(m.net.output, c);
    per_chunk(c0, idx.data(), n, ld);
  }
  *correct = ok;
  return loss;
}

}  // namespace

double Trainer::Impl::train_set_loss() {
  int ok = 0;
  const int N = data.n_train;
  return split_loss(*this, 0, N, &ok, [](int, const uint32_t*, int, int) {}) / std::max(1, N);
}

void Trainer::Impl::measure() {
  Metrics m;
  m.epoch = epoch;
  m.step = step;
  m.n_layers = static_cast<int>(layers.size());
  const size_t nl = layers.size();
  const int N = data.n_train, T = data.n_test;

  // Training set: loss, accuracy, gradient, pre-activation moments and unit slopes.
  std::fill(mgrad.begin(), mgrad.end(), 0.0f);
  std::vector<PreactMoments> moments(nl);
  std::vector<ActMean> act_means(nl);
  std::vector<UnitSlopes> slopes;
  for (const LayerShape& s : layers) slopes.emplace_back(s);
  std::vector<float> scratch(static_cast<size_t>(padded(kChunk)));
  int train_ok = 0;
  const double train_loss =
      split_loss(*this, 0, N, &train_ok, [&](int c0, const uint32_t* idx, int n, int ld) {
        keep_preacts(c0, n, ld);
        loss_gradient(mws, idx, n, ld, 1.0f / static_cast<float>(N), false, mgrad.data());
        for (size_t l = 0; l < nl; ++l) {
          moments[l].add(layers[l], mws.z[l].data(), n, ld);
          act_means[l].add(layers[l], mws.h[l].data(), n, ld);
          slopes[l].add(layers[l], theta.data(), mws.z[l].data(), mws.h[l].data(), n, ld, scratch.data());
        }
      });
  // Test set: loss and accuracy only.
  int test_ok = 0;
  const double test_loss = split_loss(*this, N, T, &test_ok, [](int, const uint32_t*, int, int) {});

  m.train_loss = static_cast<float>(train_loss / std::max(1, N));
  m.test_loss = static_cast<float>(test_loss / std::max(1, T));
  const float nan = std::numeric_limits<float>::quiet_NaN();
  m.train_accuracy = regression() ? nan : static_cast<float>(train_ok) / static_cast<float>(std::max(1, N));
  m.test_accuracy = regression() ? nan : static_cast<float>(test_ok) / static_cast<float>(std::max(1, T));
  for (size_t l = 0; l < nl; ++l) {
    const LayerShape& s = layers[l];
    LayerMetrics& lm = m.layers[l];
    lm.grad_norm = grad_norm(s, mgrad.data());
    lm.bias_grad_norm = bias_grad_norm(s, mgrad.data());
    lm.mean_abs_grad = mean_abs_grad(s, mgrad.data());
    lm.weight_norm = weight_norm(s, theta.data());
    lm.update_ratio = update_ratio(s, theta.data(), theta_prev.data());
    lm.dead_fraction = slopes[l].dead_fraction();
    lm.saturated_fraction = slopes[l].saturated_fraction();
    lm.preact_mean = moments[l].mean();
    lm.preact_std = moments[l].stddev();
    lm.act_mean = act_means[l].value();
  }
  zcache_version = version;
  check_measured(m);
  metrics = m;
}

}  // namespace actlab
