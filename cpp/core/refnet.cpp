#include "refnet.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "activations.h"

namespace actlab {

RefNet::RefNet(const std::vector<LayerShape>& layers, Output head, float l1, float l2)
    : layers_(layers), head_(head), l1_(l1), l2_(l2) {}

void RefNet::forward(const double* theta, const double* x, double* out) const {
  std::vector<double> in(x, x + layers_.front().in), z, h;
  for (const LayerShape& s : layers_) {
    z.assign(static_cast<size_t>(s.rows), 0.0);
    for (int r = 0; r < s.rows; ++r) {
      double acc = theta[s.b_off + static_cast<size_t>(r)];
      for (int i = 0; i < s.in; ++i) acc += theta[s.w_off + static_cast<size_t>(r) * s.in + i] * in[static_cast<size_t>(i)];
      z[static_cast<size_t>(r)] = acc;
    }
    h.assign(static_cast<size_t>(s.out), 0.0);
    if (s.act == Act::maxout) {
      for (int u = 0; u < s.out; ++u) {
        double m = z[static_cast<size_t>(u) * s.pieces];
        for (int p = 1; p < s.pieces; ++p) m = std::max(m, z[static_cast<size_t>(u) * s.pieces + p]);
        h[static_cast<size_t>(u)] = m;
      }
    } else if (s.act == Act::softmax || s.act == Act::softmin || s.act == Act::log_softmax) {
      const double sign = s.act == Act::softmin ? -1.0 : 1.0;
      double m = -std::numeric_limits<double>::infinity(), se = 0;
      for (double v : z) m = std::max(m, sign * v);
      for (double v : z) se += std::exp(sign * v - m);
      for (int u = 0; u < s.out; ++u) {
        const double lp = sign * z[static_cast<size_t>(u)] - m - std::log(se);
        h[static_cast<size_t>(u)] = s.act == Act::log_softmax ? lp : std::exp(lp);
      }
    } else {
      for (int u = 0; u < s.out; ++u) {
        double p[kMaxActParams] = {s.fixed[0], s.fixed[1]};
        if (s.learn)
          for (int k = 0; k < s.np; ++k) p[k] = theta[s.p_off + static_cast<size_t>(u) * s.np + k];
        h[static_cast<size_t>(u)] = act_ref_forward<double>(s.act, p, z[static_cast<size_t>(u)]);
      }
    }
    in.swap(h);
  }
  std::copy(in.begin(), in.end(), out);
}

double RefNet::loss(const double* theta, const double* X, const double* t, int n) const {
  const int n_in = layers_.front().in;
  const int K = layers_.back().out;
  std::vector<double> x(static_cast<size_t>(n_in)), o(static_cast<size_t>(K));
  double total = 0;
  for (int s = 0; s < n; ++s) {
    for (int f = 0; f < n_in; ++f) x[static_cast<size_t>(f)] = X[static_cast<size_t>(f) * n + s];
    forward(theta, x.data(), o.data());
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
    for (size_t i = s.w_off; i < s.b_off; ++i) pen += l1_ * std::fabs(theta[i]) + 0.5 * l2_ * theta[i] * theta[i];
  return total / n + pen;
}

}  // namespace actlab
