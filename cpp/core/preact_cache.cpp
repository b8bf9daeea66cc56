// preact_cache.cpp — the pre-activations of every layer on the training set, kept from the last
// measure() (or one forward pass when the weights changed since), so a histogram per layer per
// frame costs no extra forward pass.
#include <algorithm>
#include <cstring>

#include "trainer_impl.h"

namespace actlab {

void Trainer::Impl::keep_preacts(int c0, int n, int ld) {
  const size_t N = static_cast<size_t>(data.n_train);
  zcache.resize(layers.size());
  for (size_t l = 0; l < layers.size(); ++l) {
    const int rows = layers[l].rows;
    zcache[l].resize(static_cast<size_t>(rows) * N);
    for (int r = 0; r < rows; ++r)
      std::memcpy(&zcache[l][static_cast<size_t>(r) * N + static_cast<size_t>(c0)],
                  mws.z[l].data() + static_cast<size_t>(r) * ld, sizeof(float) * static_cast<size_t>(n));
  }
}

void Trainer::Impl::refresh_preacts() {
  if (zcache_version == version) return;
  std::vector<uint32_t> idx(kChunk);
  for (int c0 = 0; c0 < data.n_train; c0 += kChunk) {
    const int n = std::min(kChunk, data.n_train - c0);
    for (int i = 0; i < n; ++i) idx[static_cast<size_t>(i)] = static_cast<uint32_t>(c0 + i);
    const int ld = gather(mws, idx.data(), n);
    forward(layers, theta.data(), mws, ld);
    keep_preacts(c0, n, ld);
  }
  zcache_version = version;
}

void Trainer::preact_histogram(int layer, int bins, float lo, float hi, float* counts) const {
  Impl& m = *impl_;
  std::fill(counts, counts + std::max(0, bins), 0.0f);
  if (layer < 0 || layer >= static_cast<int>(m.layers.size()) || bins <= 0 || !(hi > lo)) return;
  m.refresh_preacts();
  const std::vector<float>& z = m.zcache[static_cast<size_t>(layer)];
  const float scale = static_cast<float>(bins) / (hi - lo);
  for (const float v : z) {
    if (v != v) continue;
    const float fb = (v - lo) * scale;
    const int b = fb <= 0.0f ? 0 : (fb >= static_cast<float>(bins - 1) ? bins - 1 : static_cast<int>(fb));
    counts[b] += 1.0f;
  }
}

}  // namespace actlab
