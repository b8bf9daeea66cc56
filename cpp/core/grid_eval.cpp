// grid_eval.cpp — the network on points that are not the dataset's: the decision-boundary grid, every
// unit's map on it, and predict() on arbitrary inputs. Forward passes only, by chunks of kChunk.
#include <algorithm>
#include <cstring>

#include "trainer_impl.h"

namespace actlab {

namespace {

// Calls sink(c0, n, ld) after each chunk's forward pass, points (xs, ys)[0..count).
template <class Sink>
void eval_points(Trainer::Impl& m, const float* xs, const float* ys, int count, Sink&& sink) {
  for (int c0 = 0; c0 < count; c0 += kChunk) {
    const int n = std::min(kChunk, count - c0);
    const int ld = padded(n);
    m.features(xs + c0, ys + c0, n, ld, m.mws.x.data());
    forward(m.layers, m.theta.data(), m.mws, ld);
    sink(c0, n, ld);
  }
}

template <class Sink>
void eval_grid_points(Trainer::Impl& m, int w, int h, float x0, float x1, float y0, float y1, Sink&& sink) {
  if (w <= 0 || h <= 0) return;
  // Row 0 at the top (y1), column 0 at x0; points are cell corners spanning the full range.
  const size_t count = static_cast<size_t>(w) * static_cast<size_t>(h);
  std::vector<float> xs(count), ys(count);
  for (int r = 0; r < h; ++r) {
    const float yv =
        h > 1 ? y1 + (y0 - y1) * static_cast<float>(r) / static_cast<float>(h - 1) : 0.5f * (y0 + y1);
    for (int c = 0; c < w; ++c) {
      const size_t i = static_cast<size_t>(r) * w + c;
      xs[i] = w > 1 ? x0 + (x1 - x0) * static_cast<float>(c) / static_cast<float>(w - 1) : 0.5f * (x0 + x1);
      ys[i] = yv;
    }
  }
  eval_points(m, xs.data(), ys.data(), static_cast<int>(count), sink);
}

}  // namespace

void Trainer::eval_grid(int w, int h, float x0, float x1, float y0, float y1, float* out) {
  Impl& m = *impl_;
  if (!m.configured) return;
  const size_t plane = static_cast<size_t>(w) * static_cast<size_t>(h);
  const size_t last = m.layers.size() - 1;
  const int K = m.out_layer().out;
  eval_grid_points(m, w, h, x0, x1, y0, y1, [&](int c0, int n, int ld) {
    for (int k = 0; k < K; ++k)
      std::memcpy(out + k * plane + static_cast<size_t>(c0),
                  m.mws.h[last].data() + static_cast<size_t>(k) * ld, sizeof(float) * static_cast<size_t>(n));
  });
}

void Trainer::eval_grid_units(int w, int h, float x0, float x1, float y0, float y1, float* out) {
  Impl& m = *impl_;
  if (!m.configured) return;
  const size_t plane = static_cast<size_t>(w) * static_cast<size_t>(h);
  eval_grid_points(m, w, h, x0, x1, y0, y1, [&](int c0, int n, int ld) {
    size_t unit = 0;
    for (size_t l = 0; l < m.layers.size(); ++l)
      for (int u = 0; u < m.layers[l].out; ++u, ++unit)
        std::memcpy(out + unit * plane + static_cast<size_t>(c0),
                    m.mws.h[l].data() + static_cast<size_t>(u) * ld, sizeof(float) * static_cast<size_t>(n));
  });
}

void Trainer::predict(const float* x, const float* y, int n, float* out) {
  Impl& m = *impl_;
  if (!m.configured) return;
  const size_t last = m.layers.size() - 1;
  const int K = m.out_layer().out;
  eval_points(m, x, y, n, [&](int c0, int cnt, int ld) {
    for (int k = 0; k < K; ++k)
      std::memcpy(out + static_cast<size_t>(k) * n + static_cast<size_t>(c0),
                  m.mws.h[last].data() + static_cast<size_t>(k) * ld,
                  sizeof(float) * static_cast<size_t>(cnt));
  });
}

}  // namespace actlab
