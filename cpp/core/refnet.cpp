#include "refnet.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "activations.h"

namespace actlab {

namespace {

// The points where activation a (with parameters p) is not differentiable; returns how many.
int kinks_of(Act a, const double* p, double* k) {
  switch (a) {
    case Act::step: case Act::relu: case Act::leaky_relu: case Act::prelu: case Act::selu:
      k[0] = 0; return 1;
    case Act::threshold: k[0] = p[0]; return 1;
    case Act::relu6: k[0] = 0; k[1] = 6; return 2;
    case Act::hardtanh: k[0] = p[0]; k[1] = p[1]; return 2;
    case Act::hardsigmoid: case Act::hardswish: k[0] = -3; k[1] = 3; return 2;
    case Act::softshrink: case Act::hardshrink: k[0] = -p[0]; k[1] = p[0]; return 2;
    case Act::elu: case Act::celu: k[0] = 0; return p[0] == 1.0 ? 0 : 1;  // C1 only when alpha = 1
    default: return 0;
  }
}

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
      for (int i = 0; i < s.in; ++i) acc += theta[s.w_off + static_cast<size_t>(r) * s.in + i] * in[static_cast<size_t>(i)];
      z[static_cast<size_t>(r)] = acc;
    }
    h.assign(static_cast<size_t>(s.out), 0.0);
    if (s.act == Act::maxout) {
      for (int u = 0; u < s.out; ++u) {
        double m = z[static_cast<size_t>(u) * s.pieces];
        int best = 0;
        for (int p = 1; p < s.pieces; ++p)
          if (z[static_cast<size_t>(u) * s.pieces + p] > m) m = z[static_cast<size_t>(u) * s.pieces + (best = p)];
        h[static_cast<size_t>(u)] = m;
        mix(kinks, static_cast<uint64_t>(best));
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
        const double zu = z[static_cast<size_t>(u)];
        h[static_cast<size_t>(u)] = act_ref_forward<double>(s.act, p, zu);
        double k[2];
        for (int i = 0, nk = kinks_of(s.act, p, k); i < nk; ++i) mix(kinks, zu < k[i] ? 1 : zu > k[i] ? 2 : 3);
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
    for (size_t i = s.w_off; i < s.b_off; ++i) pen += l1_ * std::fabs(theta[i]) + 0.5 * l2_ * theta[i] * theta[i];
  return total / n + pen;
}

}  // namespace actlab
