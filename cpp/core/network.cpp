#include "network.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>
#include <limits>

#include "activations.h"
#include "gemm.h"
#include "layer_ops.h"
#include "simd.h"

namespace actlab {

Act head_activation(Output o) {
  switch (o) {
    case Output::tanh: return Act::tanh;
    case Output::sigmoid: return Act::sigmoid;
    case Output::identity: return Act::identity;
    case Output::softmax: return Act::softmax;
    case Output::log_softmax: return Act::log_softmax;
    case Output::softmin: return Act::softmin;
  }
  return Act::identity;
}

int padded(int n) { return (n + simd::kLanes - 1) / simd::kLanes * simd::kLanes; }

size_t plan_layers(const NetConfig& net, int n_inputs, std::vector<LayerShape>* layers) {
  layers->clear();
  std::shared_ptr<const Formula> formula;
  for (int l = 0; l < net.n_hidden && !formula; ++l) {
    if (net.hidden[l].act != Act::formula) continue;
    auto f = std::make_shared<Formula>();
    const bool terminated = std::memchr(net.formula, 0, sizeof net.formula) != nullptr;
    if (terminated && formula_compile(net.formula, FormulaVars::x, f.get()).empty()) formula = f;
  }
  size_t off = 0;
  int in = n_inputs;
  for (int l = 0; l <= net.n_hidden; ++l) {
    LayerShape s;
    s.in = in;
    s.hidden = l < net.n_hidden;
    if (s.hidden) {
      const LayerSpec& spec = net.hidden[l];
      s.out = spec.units;
      s.act = spec.act;
      s.pieces = spec.act == Act::maxout ? spec.maxout_k : 1;
      s.np = act_info(spec.act).elementwise ? act_info(spec.act).n_params : 0;
      for (int k = 0; k < kMaxActParams; ++k) s.fixed[k] = spec.act_params[k];
      if (spec.act == Act::formula) {  // its parameters are the formula's: act_params, NaN = declared default
        s.formula = formula;
        s.np = formula ? formula->n_params : 0;
        for (int k = 0; k < kMaxActParams; ++k) {
          const float given = spec.act_params[k];
          s.fixed[k] = k >= s.np ? 0.0f : std::isnan(given) ? formula->params[k].def : given;
        }
      }
      s.learn = spec.learn_params && s.np > 0;
    } else {
      s.out = net.n_out;
      s.act = head_activation(net.output);
    }
    s.rows = s.out * s.pieces;
    s.w_off = off;
    off += static_cast<size_t>(s.rows) * s.in;
    s.b_off = off;
    off += static_cast<size_t>(s.rows);
    s.p_off = off;
    if (s.learn) off += static_cast<size_t>(s.out) * s.np;
    s.end = off;
    layers->push_back(s);
    in = s.out;
  }
  return off;
}

void init_params(const NetConfig& net, const std::vector<LayerShape>& layers, uint64_t seed, float* theta) {
  Rng rng(seed);
  for (const LayerShape& s : layers) {
    const double fan_in = s.in, fan_out = s.out;
    const size_t nw = static_cast<size_t>(s.rows) * s.in;
    float* w = theta + s.w_off;
    for (size_t i = 0; i < nw; ++i) {
      double v = 0;
      switch (net.init) {
        case Init::xavier_uniform: v = rng.uniform(-1.0, 1.0) * std::sqrt(6.0 / (fan_in + fan_out)); break;
        case Init::xavier_normal: v = rng.normal() * std::sqrt(2.0 / (fan_in + fan_out)); break;
        case Init::he_uniform: v = rng.uniform(-1.0, 1.0) * std::sqrt(6.0 / fan_in); break;
        case Init::he_normal: v = rng.normal() * std::sqrt(2.0 / fan_in); break;
        case Init::lecun_normal: v = rng.normal() * std::sqrt(1.0 / fan_in); break;
        case Init::uniform: v = rng.uniform(-1.0, 1.0) * net.init_scale; break;
        case Init::zeros: v = 0; break;
      }
      w[i] = static_cast<float>(v);
    }
    std::fill(theta + s.b_off, theta + s.p_off, 0.0f);
    for (int u = 0; s.learn && u < s.out; ++u)
      for (int k = 0; k < s.np; ++k) theta[s.p_off + static_cast<size_t>(u) * s.np + k] = s.fixed[k];
  }
}

void Workspace::resize(const std::vector<LayerShape>& layers, int n_inputs, int capacity) {
  cap = capacity;
  const size_t c = static_cast<size_t>(cap);
  x.assign(static_cast<size_t>(n_inputs) * c, 0.0f);
  const size_t nl = layers.size();
  z.resize(nl);
  h.resize(nl);
  a.resize(nl);
  arg.resize(nl);
  mask.resize(nl);
  size_t widest = static_cast<size_t>(n_inputs);
  for (size_t l = 0; l < nl; ++l) {
    const LayerShape& s = layers[l];
    z[l].assign(static_cast<size_t>(s.rows) * c, 0.0f);
    h[l].assign(static_cast<size_t>(s.out) * c, 0.0f);
    a[l].assign(static_cast<size_t>(s.out) * c, 0.0f);
    mask[l].assign(static_cast<size_t>(s.out) * c, 1.0f);
    arg[l].assign(s.pieces > 1 ? static_cast<size_t>(s.out) * c : 0, 0);
    widest = std::max(widest, static_cast<size_t>(s.rows));
  }
  g0.assign(widest * c, 0.0f);
  g1.assign(widest * c, 0.0f);
  g2.assign(widest * c, 0.0f);
}

void layer_act_forward(const LayerShape& s, const float* params, const float* x, float* y, size_t n) {
  if (s.act != Act::formula) return act_forward(s.act, params, x, y, n);
  if (!s.formula) return std::fill(y, y + n, std::numeric_limits<float>::quiet_NaN());
  formula_eval(*s.formula, params, x, nullptr, y, n);
}
void layer_act_backward(const LayerShape& s, const float* params, const float* x, const float* y,
                        const float* dy, float* dx, size_t n) {
  if (s.act != Act::formula) return act_backward(s.act, params, x, y, dy, dx, n);
  if (!s.formula) return std::fill(dx, dx + n, std::numeric_limits<float>::quiet_NaN());
  formula_backward(*s.formula, params, x, dy, dx, n);
}
void layer_act_derivative(const LayerShape& s, const float* params, const float* x, const float* y, float* d,
                          size_t n) {
  if (s.act != Act::formula) return act_derivative(s.act, params, x, y, d, n);
  if (!s.formula) return std::fill(d, d + n, std::numeric_limits<float>::quiet_NaN());
  formula_eval_tangent(*s.formula, params, x, nullptr, 0, nullptr, d, n);
}
void layer_act_param_grad(const LayerShape& s, const float* params, const float* x, const float* y,
                          const float* dy, size_t n, float* dparams) {
  if (s.act != Act::formula) return act_param_grad(s.act, params, x, y, dy, n, dparams);
  if (s.formula) formula_param_grad(*s.formula, params, x, dy, n, dparams);
}

namespace {

// Element-wise activation of a layer: one call for the whole (out, ld) block, or one per unit when
// each unit has its own learnt parameters.
void activate(const LayerShape& s, const float* theta, const float* z, float* h, int ld) {
  if (s.learn) {
    for (int u = 0; u < s.out; ++u)
      layer_act_forward(s, theta + s.p_off + static_cast<size_t>(u) * s.np, z + static_cast<size_t>(u) * ld,
                        h + static_cast<size_t>(u) * ld, static_cast<size_t>(ld));
  } else {
    layer_act_forward(s, s.fixed, z, h, static_cast<size_t>(s.out) * ld);
  }
}

}  // namespace

void forward(const std::vector<LayerShape>& layers, const float* theta, Workspace& ws, int ld, float dropout,
             int B, Rng* rng) {
  assert(ld <= ws.cap && ld % simd::kLanes == 0);
  const float* in = ws.x.data();
  for (size_t l = 0; l < layers.size(); ++l) {
    const LayerShape& s = layers[l];
    float* z = ws.z[l].data();
    float* h = ws.h[l].data();
    gemm_forward(theta + s.w_off, theta + s.b_off, in, z, s.rows, s.in, ld);
    if (act_info(s.act).elementwise) activate(s, theta, z, h, ld);
    else layer_op(s.act).forward(z, h, ws.arg[l].data(), s.out, s.pieces, ld, ld);
    in = h;
    if (s.hidden && dropout > 0.0f && rng) {
      // Inverted dropout: keep with probability 1-p and scale by 1/(1-p), so evaluation needs no change.
      float* m = ws.mask[l].data();
      float* a = ws.a[l].data();
      const float keep = 1.0f / (1.0f - dropout);
      for (int u = 0; u < s.out; ++u) {
        float* mu = m + static_cast<size_t>(u) * ld;
        for (int b = 0; b < ld; ++b) mu[b] = (b < B && rng->uniform() >= dropout) ? keep : 0.0f;
      }
      const size_t n = static_cast<size_t>(s.out) * ld;
      for (size_t i = 0; i < n; ++i) a[i] = h[i] * m[i];
      in = a;
    }
  }
}

const float* layer_input(const std::vector<LayerShape>& layers, const Workspace& ws, int l, bool dropout) {
  if (l == 0) return ws.x.data();
  return (dropout && layers[l - 1].hidden) ? ws.a[l - 1].data() : ws.h[l - 1].data();
}

void backward(const std::vector<LayerShape>& layers, const float* theta, Workspace& ws, int ld, bool dropout,
              float* grad) {
  // dz holds dL/dz of layer l; da receives dL/d(output of layer l-1); nz its dL/dz. They rotate
  // through g0..g2 (act_backward may write in place, maxout cannot: its dz has k rows per unit).
  float* dz = ws.g0.data();
  float* da = ws.g1.data();
  float* nz = ws.g2.data();
  for (int l = static_cast<int>(layers.size()) - 1; l >= 0; --l) {
    const LayerShape& s = layers[static_cast<size_t>(l)];
    gemm_backward_weights(dz, layer_input(layers, ws, l, dropout), grad + s.w_off, grad + s.b_off, s.rows,
                          s.in, ld);
    if (l == 0) break;
    const LayerShape& p = layers[static_cast<size_t>(l) - 1];
    gemm_backward_input(theta + s.w_off, dz, da, s.rows, s.in, ld);
    const size_t n = static_cast<size_t>(p.out) * ld;
    if (dropout) {
      const float* m = ws.mask[static_cast<size_t>(l) - 1].data();
      for (size_t i = 0; i < n; ++i) da[i] *= m[i];
    }
    const float* pz = ws.z[static_cast<size_t>(l) - 1].data();
    const float* ph = ws.h[static_cast<size_t>(l) - 1].data();
    if (!act_info(p.act).elementwise) {
      layer_op(p.act).backward(ph, ws.arg[static_cast<size_t>(l) - 1].data(), da, nz, p.out, p.pieces, ld,
                               ld);
    } else if (p.learn) {
      for (int u = 0; u < p.out; ++u) {
        const size_t o = static_cast<size_t>(u) * ld;
        const float* pu = theta + p.p_off + static_cast<size_t>(u) * p.np;
        layer_act_param_grad(p, pu, pz + o, ph + o, da + o, static_cast<size_t>(ld),
                             grad + p.p_off + static_cast<size_t>(u) * p.np);
        layer_act_backward(p, pu, pz + o, ph + o, da + o, nz + o, static_cast<size_t>(ld));
      }
    } else {
      layer_act_backward(p, p.fixed, pz, ph, da, nz, n);
    }
    std::swap(dz, nz);
  }
}

}  // namespace actlab
