#include "refnet.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "activations.h"
#include "layer_ops.h"

namespace actlab {

namespace {

void mix(uint64_t* h, uint64_t v) {
  if (h) *h = (*h ^ v) * 0x100000001b3ull;  // FNV-1a step
}

}  // namespace

RefNet::RefNet(const std::vector<LayerShape>& layers, Output head, float l1, float l2)
    : layers_(layers), head_(head), l1_(l1), l2_(l2) {}

void RefNet::forward(const double* theta, const double* x, double* out, uint64_t* kinks) const {
  std::vector<double> in(x, x + layers_.front().in), z, h;
  for (const LayerShape& s : layers_) {
    z.assign(static_cast<size_t>(s.rows), 0.0);
    for (int r = 0; r < s.rows; ++r) {
      double acc = theta[s.b_off + static_cast<size_t>(r)];
      for (int i = 0; i < s.in; ++i)
        acc += theta[s.w_off + static_cast<size_t>(r) * s.in + i] * in[static_cast<size_t>(i)];
      z[static_cast<size_t>(r)] = acc;
    }
    h.assign(static_cast<size_t>(s.out), 0.0);
    if (!act_info(s.act).elementwise) {
      std::vector<int32_t> arg(static_cast<size_t>(s.out), 0);
      layer_op(s.act).reference(z.data(), h.data(), arg.data(), s.out, s.pieces);
      if (s.pieces > 1)
        for (int32_t w : arg) mix(kinks, static_cast<uint64_t>(w));
    } else {
      for (int u = 0; u < s.out; ++u) {
        double p[kMaxActParams] = {s.fixed[0], s.fixed[1]};
        if (s.learn)
          for (int k = 0; k < s.np; ++k) p[k] = theta[s.p_off + static_cast<size_t>(u) * s.np + k];
        const double zu = z[static_cast<size_t>(u)];
        if (s.act == Act::formula) {  // the formula's libm twin; its kinks by the side of each switch
          h[static_cast<size_t>(u)] = s.formula ? formula_ref<double>(*s.formula, p, zu, 0.0) : NAN;
          if (s.formula) mix(kinks, formula_kink_signature(*s.formula, p, zu));
          continue;
        }
        h[static_cast<size_t>(u)] = act_ref_forward<double>(s.act, p, zu);
        // Only jumps of f or f' make a central difference meaningless (order 2 costs O(h) at most).
        ActKink k[kMaxKinks];
        for (int i = 0, nk = act_info(s.act).kinks(p, k); i < nk; ++i)
          if (k[i].order <= 1) mix(kinks, zu < k[i].at ? 1 : zu > k[i].at ? 2 : 3);
      }
    }
    in.swap(h);
  }
  std::copy(in.begin(), in.end(), out);
}

double RefNet::loss(const double* theta, const double* X, const double* t, int n, uint64_t* kinks) const {
  const int n_in = layers_.front().in;
  const int K = layers_.back().out;
  std::vector<double> x(static_cast<size_t>(n_in)), o(static_cast<size_t>(K));
  double total = 0;
  for (int s = 0; s < n; ++s) {
    for (int f = 0; f < n_in; ++f) x[static_cast<size_t>(f)] = X[static_cast<size_t>(f) * n + s];
    forward(theta, x.data(), o.data(), kinks);
    const double ts = t[s];
    switch (head_) {
      case Output::tanh: total += 0.5 * (o[0] - ts) * (o[0] - ts); break;
      case Output::identity: total += (o[0] - ts) * (o[0] - ts); break;
      case Output::sigmoid: total += -(ts * std::log(o[0]) + (1 - ts) * std::log1p(-o[0])); break;
      case Output::softmax:
      case Output::softmin: total += -std::log(o[static_cast<size_t>(ts)]); break;
      case Output::log_softmax: total += -o[static_cast<size_t>(ts)]; break;
    }
  }
  double pen = 0;
  for (const LayerShape& s : layers_)
    for (size_t i = s.w_off; i < s.b_off; ++i)
      pen += l1_ * std::fabs(theta[i]) + 0.5 * l2_ * theta[i] * theta[i];
  return total / n + pen;
}

}  // namespace actlab
