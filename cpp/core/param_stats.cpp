// param_stats.cpp — see param_stats.h.
#include "param_stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace actlab {

std::vector<ParamBlock> param_blocks(const Trainer& t) {
  const int n_layers = t.net().n_hidden + 1;
  std::vector<ParamBlock> blocks;
  blocks.reserve(static_cast<size_t>(n_layers));
  for (int l = 0; l < n_layers; ++l) {
    ParamBlock b;
    b.weights = t.weight_offset(l);
    b.biases = t.bias_offset(l);
    b.act_params = t.act_param_offset(l);
    b.end = l + 1 < n_layers ? t.weight_offset(l + 1) : t.n_params();
    b.units = t.layer_out(l);
    b.act_per_unit =
        b.units > 0 ? static_cast<int>((b.end - b.act_params) / static_cast<size_t>(b.units)) : 0;
    blocks.push_back(b);
  }
  return blocks;
}

namespace {

// max and min that keep a NaN once seen (as JavaScript's Math.max/min): a diverged buffer shows as NaN.
float max_nan(float a, float b) { return std::isnan(a) || (!std::isnan(b) && a >= b) ? a : b; }
float min_nan(float a, float b) { return std::isnan(a) || (!std::isnan(b) && a <= b) ? a : b; }

// max over u in [1, units) of max_i |p[at + u*width + i] - p[at + i]|: units consecutive blocks of width.
float unit_spread(const float* p, size_t at, int units, size_t width) {
  float spread = 0;
  for (int u = 1; u < units; ++u)
    for (size_t i = 0; i < width; ++i)
      spread = max_nan(spread, std::fabs(p[at + static_cast<size_t>(u) * width + i] - p[at + i]));
  return spread;
}

}  // namespace

LayerParamStats layer_param_stats(const ParamBlock& b, const float* p, const float* p0) {
  LayerParamStats s;
  for (size_t i = b.weights; i < b.biases; ++i) s.drift = max_nan(s.drift, std::fabs(p[i] - p0[i]));
  // Maxout layers have `pieces` rows per unit: a unit's block width comes from the offsets.
  const int units = std::max(1, b.units);
  const size_t nu = static_cast<size_t>(units);
  s.spread = max_nan(unit_spread(p, b.weights, units, (b.biases - b.weights) / nu),
                     unit_spread(p, b.biases, units, (b.act_params - b.biases) / nu));
  for (int k = 0; k < b.act_per_unit; ++k) {
    ParamRange r{std::numeric_limits<float>::infinity(), 0, -std::numeric_limits<float>::infinity()};
    double sum = 0;
    for (int u = 0; u < b.units; ++u) {
      const float v = p[b.act_params + static_cast<size_t>(u * b.act_per_unit + k)];
      r.min = min_nan(r.min, v);
      r.max = max_nan(r.max, v);
      sum += v;
    }
    r.mean = static_cast<float>(sum / b.units);
    s.learnt.push_back(r);
  }
  return s;
}

std::vector<LayerParamStats> param_stats(const Trainer& t, const float* p0) {
  std::vector<LayerParamStats> out;
  for (const ParamBlock& b : param_blocks(t)) out.push_back(layer_param_stats(b, t.params(), p0));
  return out;
}

}  // namespace actlab
