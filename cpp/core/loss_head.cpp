#include "loss_head.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "activations.h"

namespace actlab {

namespace {

size_t at(int k, int ld, int i) {
  return static_cast<size_t>(k) * static_cast<size_t>(ld) + static_cast<size_t>(i);
}

// ---- squared error (tanh: 1/2 (o - t)^2, TF Playground's; identity: (o - t)^2, MSE) ----------------
double squared_error_forward(bool half, const HeadChunk& c) {
  double loss = 0;
  for (int i = 0; i < c.n; ++i) {
    const float t = c.target[c.idx[i]];
    const double e = double(c.o[i]) - t;
    loss += half ? 0.5 * e * e : e * e;
  }
  return loss;
}
void squared_error_backward(bool half, const LayerShape& out, const HeadChunk& c, float scale, float* dz) {
  for (int i = 0; i < c.n; ++i) {
    const float t = c.target[c.idx[i]];
    const double e = double(c.o[i]) - t;
    dz[i] = static_cast<float>(half ? e : 2.0 * e) * scale;  // dL/do, then through f' below
  }
  act_backward(out.act, out.fixed, c.z, c.o, dz, dz, static_cast<size_t>(c.ld));
}

// ---- binary cross-entropy from the logit, stably: max(z,0) - t z + log1p(exp(-|z|)) ----------------
double bce_forward(const HeadChunk& c) {
  double loss = 0;
  for (int i = 0; i < c.n; ++i) {
    const double t = c.target[c.idx[i]], zi = c.z[i];
    loss += std::max(zi, 0.0) - t * zi + std::log1p(std::exp(-std::fabs(zi)));
  }
  return loss;
}
void bce_backward(const HeadChunk& c, float scale, float* dz) {
  for (int i = 0; i < c.n; ++i) {
    const double t = c.target[c.idx[i]];
    dz[i] = static_cast<float>(double(c.o[i]) - t) * scale;  // dL/dz = o - t
  }
}

// ---- cross-entropy / NLL of the softmax family (sign -1: softmin = softmax of -z) ------------------
double cross_entropy_forward(double sign, const HeadChunk& c) {
  double loss = 0;
  for (int i = 0; i < c.n; ++i) {
    const int t = static_cast<int>(c.target[c.idx[i]]);
    double m = -std::numeric_limits<double>::infinity();
    for (int k = 0; k < c.K; ++k) m = std::max(m, sign * c.z[at(k, c.ld, i)]);
    double se = 0;
    for (int k = 0; k < c.K; ++k) se += std::exp(sign * c.z[at(k, c.ld, i)] - m);
    loss += m + std::log(se) - sign * c.z[at(t, c.ld, i)];  // logsumexp - z_t
  }
  return loss;
}
// The fused gradient from the outputs: p - onehot (softmax), exp(o) - onehot (log_softmax, o = log p),
// -(p - onehot) (softmin).
void cross_entropy_backward(double sign, bool log_output, const HeadChunk& c, float scale, float* dz) {
  for (int i = 0; i < c.n; ++i) {
    const int t = static_cast<int>(c.target[c.idx[i]]);
    for (int k = 0; k < c.K; ++k) {
      const size_t o = at(k, c.ld, i);
      const double pk = log_output ? std::exp(double(c.o[o])) : double(c.o[o]);
      dz[o] = static_cast<float>(sign * (pk - (k == t ? 1.0 : 0.0))) * scale;
    }
  }
}

}  // namespace

double head_loss(Output head, const HeadChunk& c) {
  switch (head) {
    case Output::tanh: return squared_error_forward(true, c);
    case Output::identity: return squared_error_forward(false, c);
    case Output::sigmoid: return bce_forward(c);
    case Output::softmax:
    case Output::log_softmax: return cross_entropy_forward(1.0, c);
    case Output::softmin: return cross_entropy_forward(-1.0, c);
  }
  return 0.0;
}

void head_loss_backward(Output head, const LayerShape& out, const HeadChunk& c, float scale, float* dz) {
  std::fill(dz, dz + static_cast<size_t>(out.rows) * static_cast<size_t>(c.ld), 0.0f);
  switch (head) {
    case Output::tanh: squared_error_backward(true, out, c, scale, dz); break;
    case Output::identity: squared_error_backward(false, out, c, scale, dz); break;
    case Output::sigmoid: bce_backward(c, scale, dz); break;
    case Output::softmax: cross_entropy_backward(1.0, false, c, scale, dz); break;
    case Output::log_softmax: cross_entropy_backward(1.0, true, c, scale, dz); break;
    case Output::softmin: cross_entropy_backward(-1.0, false, c, scale, dz); break;
  }
}

int head_correct(Output head, const HeadChunk& c) {
  int ok = 0;
  switch (head) {
    case Output::tanh:
    case Output::identity:
      for (int i = 0; i < c.n; ++i) ok += ((c.o[i] >= 0.0f) == (c.target[c.idx[i]] > 0.0f));
      break;
    case Output::sigmoid:
      for (int i = 0; i < c.n; ++i) ok += ((c.o[i] >= 0.5f) == (double(c.target[c.idx[i]]) > 0.5));
      break;
    case Output::softmax:
    case Output::log_softmax:
    case Output::softmin:
      for (int i = 0; i < c.n; ++i) {
        int best = 0;
        for (int k = 1; k < c.K; ++k)
          if (c.o[at(k, c.ld, i)] > c.o[at(best, c.ld, i)]) best = k;
        ok += best == static_cast<int>(c.target[c.idx[i]]);
      }
      break;
  }
  return ok;
}

}  // namespace actlab
