#include "trainer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "activations.h"
#include "network.h"
#include "optimizer.h"
#include "range_error.h"
#include "refnet.h"
#include "simd.h"

namespace actlab {

namespace {

constexpr int kChunk = 256;            // samples per chunk in measure() / grid evaluation
constexpr float kSaturatedSlope = 0.01f;

// Divergence (one policy, here; the worker and the CLI only report it): a loss or a parameter that
// is NaN/Inf, a parameter beyond kSaneWeight (no ActLab input is larger than 36, so such a weight
// saturates or explodes everything after it), or a batch loss kBlowUp times its best so far (floored
// at 1 % of the first batch loss, so a run that converged to ~0 is not flagged by ordinary noise).
// Measured: the regression plane with ReLU, SGD, lr 1 sits at a loss of 1.5e12 and 8x64 Adam lr 10
// at 1.2e38 while finite; healthy runs stay within 100x of their best (tests/cpp/test_divergence.cpp).
constexpr float kSaneWeight = 1e8f;
constexpr double kBlowUp = 1e4;

bool all_sane(const float* p, size_t n) {
  // !(|v| <= kSaneWeight) also catches NaN. An integer OR vectorises (a float reduction would not
  // without -ffast-math) and runs once per optimiser step.
  uint32_t bad = 0;
  for (size_t i = 0; i < n; ++i) bad |= static_cast<uint32_t>(!(std::fabs(p[i]) <= kSaneWeight));
  return bad == 0;
}

// TrainConfig::wrong_derivative: the first hidden layer's f' counted twice. dL/dz of that layer is
// da * f'(z), and only W_0 and b_0 are computed from it, so doubling their gradient is exactly that bug.
void apply_wrong_derivative(const TrainConfig& tc, const std::vector<LayerShape>& layers, float* grad) {
  if (!tc.wrong_derivative || layers.size() < 2) return;
  const LayerShape& s = layers.front();
  for (size_t i = s.w_off; i < s.p_off; ++i) grad[i] *= 2.0f;
}

double sq_norm(const float* p, size_t n) {
  double s = 0;
  for (size_t i = 0; i < n; ++i) s += double(p[i]) * p[i];
  return s;
}

}  // namespace

struct Trainer::Impl {
  DataConfig dcfg;
  Dataset data;
  NetConfig net;
  TrainConfig tc;
  bool configured = false;

  std::vector<Feature> feats;          // enabled input features in order
  std::vector<LayerShape> layers;
  std::vector<float> feat_all;         // (n_in, n_points) feature-major, all points
  size_t n_points = 0;
  std::vector<float> target;           // per point: head target (±1, 0/1, class index or value)

  std::vector<float> theta, grad, theta_prev;
  // The state restore_last_good() brings back: the last measure() whose loss and weights were sane
  // and whose loss was not already running away (at most twice the best measured loss), with its
  // epoch and step. A run that blows up within a few frames restores to where it was still fine.
  std::vector<float> good_theta;
  int64_t good_epoch = -1, good_step = 0;
  double best_measured = 0, first_batch_loss = 0, best_batch_loss = 0;
  OptimizerState opt;
  Workspace ws;                        // training batches
  Workspace mws;                       // measure / grid chunks
  std::vector<float> mgrad;            // full-training-set gradient of the last measure()
  Rng shuffle_rng, dropout_rng;
  std::vector<uint32_t> order;         // training order of the current epoch
  size_t pos = 0;                      // next index in order
  int64_t epoch = 0, step = 0;
  // Pre-activations of every layer on the training set, (rows, n_train) per layer, valid while
  // zcache_version == version. version changes with every change of the parameters.
  std::vector<std::vector<float>> zcache;
  uint64_t version = 1, zcache_version = 0;
  bool diverged = false;
  std::string why;
  Metrics metrics;

  int n_in() const { return static_cast<int>(feats.size()); }
  const LayerShape& out_layer() const { return layers.back(); }
  bool regression() const { return data.classes == 0; }

  // ---- data -------------------------------------------------------------------------------------
  // Features of n points (xs, ys) into X (n_in, ld), columns [0, n); columns n..ld zeroed.
  void features(const float* xs, const float* ys, int n, int ld, float* X) const {
    for (int f = 0; f < n_in(); ++f) {
      float* row = X + static_cast<size_t>(f) * ld;
      switch (feats[static_cast<size_t>(f)]) {
        case Feature::x: std::memcpy(row, xs, sizeof(float) * n); break;
        case Feature::y: std::memcpy(row, ys, sizeof(float) * n); break;
        case Feature::x_squared: for (int i = 0; i < n; ++i) row[i] = xs[i] * xs[i]; break;
        case Feature::y_squared: for (int i = 0; i < n; ++i) row[i] = ys[i] * ys[i]; break;
        case Feature::xy: for (int i = 0; i < n; ++i) row[i] = xs[i] * ys[i]; break;
        case Feature::sin_x: act_forward(Act::sine, nullptr, xs, row, static_cast<size_t>(n)); break;
        case Feature::sin_y: act_forward(Act::sine, nullptr, ys, row, static_cast<size_t>(n)); break;
      }
      std::fill(row + n, row + ld, 0.0f);
    }
  }

  void prepare_data() {
    n_points = data.x.size();
    feat_all.assign(static_cast<size_t>(n_in()) * n_points, 0.0f);
    // Computed once with the SIMD feature code, then stored unpadded as the gather source.
    const int ldp = padded(static_cast<int>(n_points));
    std::vector<float> X(static_cast<size_t>(n_in()) * ldp);
    features(data.x.data(), data.y.data(), static_cast<int>(n_points), ldp, X.data());
    for (int f = 0; f < n_in(); ++f)
      std::memcpy(&feat_all[static_cast<size_t>(f) * n_points], &X[static_cast<size_t>(f) * ldp],
                  sizeof(float) * n_points);
    target.resize(n_points);
    for (size_t p = 0; p < n_points; ++p) {
      const float lab = data.label[p];
      switch (net.output) {
        case Output::tanh: target[p] = regression() ? lab : (lab > 0.5f ? 1.0f : -1.0f); break;
        default: target[p] = lab; break;
      }
    }
  }

  // Gathers points idx[0..n) into ws.x columns; returns ld.
  int gather(Workspace& w, const uint32_t* idx, int n) const {
    const int ld = padded(n);
    for (int f = 0; f < n_in(); ++f) {
      const float* src = &feat_all[static_cast<size_t>(f) * n_points];
      float* row = w.x.data() + static_cast<size_t>(f) * ld;
      for (int i = 0; i < n; ++i) row[i] = src[idx[i]];
      std::fill(row + n, row + ld, 0.0f);
    }
    return ld;
  }

  // ---- loss head --------------------------------------------------------------------------------
  // Writes dL/dz of the output layer into w.g0 (scaled by `scale`, zero in padded columns) and returns
  // the summed data loss of the n samples; counts correct predictions into *correct.
  double head(Workspace& w, const uint32_t* idx, int n, int ld, float scale, int* correct) const {
    const LayerShape& s = out_layer();
    const size_t last = layers.size() - 1;
    const float* z = w.z[last].data();
    const float* h = w.h[last].data();
    float* dz = w.g0.data();
    std::fill(dz, dz + static_cast<size_t>(s.rows) * ld, 0.0f);
    double loss = 0;
    int ok = 0;
    const int K = s.out;
    switch (net.output) {
      case Output::tanh:
      case Output::identity: {
        // tanh: TF Playground's squared error 1/2 (o - t)^2; identity: MSE (o - t)^2.
        const bool half = net.output == Output::tanh;
        for (int i = 0; i < n; ++i) {
          const float t = target[idx[i]];
          const double e = double(h[i]) - t;
          loss += half ? 0.5 * e * e : e * e;
          dz[i] = static_cast<float>(half ? e : 2.0 * e) * scale;  // dL/do, then through f' below
          if (!regression()) ok += ((h[i] >= 0.0f) == (t > 0.0f));
        }
        act_backward(s.act, s.fixed, z, h, dz, dz, static_cast<size_t>(ld));
        break;
      }
      case Output::sigmoid:
        // Binary cross-entropy from the logit, stably: max(z,0) - t z + log1p(exp(-|z|)); dL/dz = o - t.
        for (int i = 0; i < n; ++i) {
          const double t = target[idx[i]], zi = z[i];
          loss += std::max(zi, 0.0) - t * zi + std::log1p(std::exp(-std::fabs(zi)));
          dz[i] = static_cast<float>(double(h[i]) - t) * scale;
          ok += ((h[i] >= 0.5f) == (t > 0.5));
        }
        break;
      case Output::softmax:
      case Output::log_softmax:
      case Output::softmin: {
        // Cross-entropy / NLL with the fused gradient: softmax: p - onehot; softmin: -(p - onehot);
        // log_softmax (output = log p): exp(output) - onehot. Loss from logsumexp for stability.
        const double sign = net.output == Output::softmin ? -1.0 : 1.0;
        for (int i = 0; i < n; ++i) {
          const int t = static_cast<int>(target[idx[i]]);
          double m = -std::numeric_limits<double>::infinity();
          for (int k = 0; k < K; ++k) m = std::max(m, sign * z[static_cast<size_t>(k) * ld + i]);
          double se = 0;
          for (int k = 0; k < K; ++k) se += std::exp(sign * z[static_cast<size_t>(k) * ld + i] - m);
          loss += m + std::log(se) - sign * z[static_cast<size_t>(t) * ld + i];
          int best = 0;
          for (int k = 0; k < K; ++k) {
            const size_t o = static_cast<size_t>(k) * ld + i;
            const double pk = net.output == Output::log_softmax ? std::exp(double(h[o])) : double(h[o]);
            dz[o] = static_cast<float>(sign * (pk - (k == t ? 1.0 : 0.0))) * scale;
            if (h[o] > h[static_cast<size_t>(best) * ld + i]) best = k;
          }
          ok += best == t;
        }
        break;
      }
    }
    if (correct) *correct = ok;
    return loss;
  }

  // ---- training ---------------------------------------------------------------------------------
  void new_epoch_order() {
    order.resize(static_cast<size_t>(data.n_train));
    for (int i = 0; i < data.n_train; ++i) order[static_cast<size_t>(i)] = static_cast<uint32_t>(i);
    shuffle_rng.shuffle(order.data(), static_cast<uint32_t>(order.size()));
    pos = 0;
  }

  void restart(uint64_t seed) {
    tc.seed = seed;
    theta.assign(plan_layers(net, n_in(), &layers), 0.0f);
    init_params(net, layers, seed, theta.data());
    grad.assign(theta.size(), 0.0f);
    mgrad.assign(theta.size(), 0.0f);
    theta_prev = theta;
    good_theta.clear();
    good_epoch = -1;
    best_measured = best_batch_loss = std::numeric_limits<double>::infinity();
    first_batch_loss = std::numeric_limits<double>::quiet_NaN();
    ++version;
    opt.reset(theta.size());
    shuffle_rng.reseed(seed ^ 0x5348554646u);  // "SHUFF"
    dropout_rng.reseed(seed ^ 0x44524f50u);    // "DROP"
    epoch = step = 0;
    diverged = false;
    why.clear();
    metrics = Metrics();
    metrics.n_layers = static_cast<int>(layers.size());
    const int cap = padded(std::max(1, tc.batch));
    ws.resize(layers, n_in(), cap);
    mws.resize(layers, n_in(), kChunk);
    new_epoch_order();
  }

  // what: the phenomenon in plain words, e.g. "The training loss became NaN/Inf".
  void flag_divergence(const std::string& what) {
    diverged = true;
    const char* act = act_info(net.n_hidden > 0 ? net.hidden[0].act : Act::identity).name;
    why = what + " at epoch " + std::to_string(epoch) + ", step " + std::to_string(step) +
          ": the updates grew without bound. The learning rate (" + std::to_string(tc.lr) + ", optimizer " +
          optimizer_name(tc.optimizer) + ") is probably too high for this network (" + act +
          "). Restore the last good state, then lower the learning rate or clip gradients.";
    metrics.diverged = true;
    metrics.divergence = why;
  }

  // After an optimiser step with mean batch loss `loss`: "" or what diverged.
  std::string divergence_after_step(double loss) {
    if (!std::isfinite(loss)) return "The training loss became NaN/Inf";
    if (!all_sane(theta.data(), theta.size())) return "A weight grew beyond 1e8 (or became NaN/Inf)";
    if (std::isnan(first_batch_loss)) first_batch_loss = loss;
    const double ref = std::max(best_batch_loss, 0.01 * first_batch_loss);
    if (step > 1 && ref > 0 && loss > kBlowUp * ref) {
      return "The training loss grew to " + detail::fmt_number(loss) + ", over ten thousand times its best (" +
             detail::fmt_number(best_batch_loss) + ")";
    }
    best_batch_loss = std::min(best_batch_loss, loss);
    return "";
  }

  // One optimiser step on the next mini-batch; false when training is (or becomes) diverged.
  bool one_step() {
    if (diverged || !configured) return false;
    if (pos >= order.size()) new_epoch_order();
    const int n = static_cast<int>(std::min<size_t>(static_cast<size_t>(tc.batch), order.size() - pos));
    const uint32_t* idx = order.data() + pos;
    const int ld = gather(ws, idx, n);
    const bool drop = tc.dropout > 0.0f;
    forward(layers, theta.data(), ws, ld, tc.dropout, n, drop ? &dropout_rng : nullptr);
    std::fill(grad.begin(), grad.end(), 0.0f);
    const double loss = head(ws, idx, n, ld, 1.0f / static_cast<float>(n), nullptr);
    backward(layers, theta.data(), ws, ld, drop, grad.data());
    apply_wrong_derivative(tc, layers, grad.data());
    for (const LayerShape& s : layers)
      add_penalty_grad(tc.l1, tc.l2, theta.data() + s.w_off, grad.data() + s.w_off,
                       static_cast<size_t>(s.rows) * s.in);
    if (tc.clip > 0.0f) clip_grad_norm(grad.data(), grad.size(), tc.clip);
    theta_prev = theta;
    opt.step(tc, theta.data(), grad.data(), theta.size());
    ++step;
    ++version;
    pos += static_cast<size_t>(n);
    if (pos >= order.size()) ++epoch;
    if (const std::string what = divergence_after_step(loss / n); !what.empty()) {
      flag_divergence(what);
      return false;
    }
    return true;
  }

  // ---- measurement ------------------------------------------------------------------------------
  void measure() {
    Metrics m;
    m.epoch = epoch;
    m.step = step;
    m.n_layers = static_cast<int>(layers.size());
    std::fill(mgrad.begin(), mgrad.end(), 0.0f);
    const size_t nl = layers.size();
    std::vector<std::vector<uint8_t>> alive(nl);
    std::vector<std::vector<int>> sat(nl);
    std::vector<double> zsum(nl, 0.0), zsq(nl, 0.0), hsum(nl, 0.0);
    std::vector<float> deriv(static_cast<size_t>(kMaxUnits) * kChunk);
    for (size_t l = 0; l < nl; ++l) {
      alive[l].assign(static_cast<size_t>(layers[l].out), 0);
      sat[l].assign(static_cast<size_t>(layers[l].out), 0);
    }
    std::vector<uint32_t> idx(kChunk);
    double train_loss = 0;
    int train_ok = 0;
    const int N = data.n_train;
    for (int c0 = 0; c0 < N; c0 += kChunk) {
      const int n = std::min(kChunk, N - c0);
      for (int i = 0; i < n; ++i) idx[static_cast<size_t>(i)] = static_cast<uint32_t>(c0 + i);
      const int ld = gather(mws, idx.data(), n);
      forward(layers, theta.data(), mws, ld);
      int ok = 0;
      train_loss += head(mws, idx.data(), n, ld, 1.0f / static_cast<float>(N), &ok);
      train_ok += ok;
      keep_preacts(c0, n, ld);
      backward(layers, theta.data(), mws, ld, false, mgrad.data());
      apply_wrong_derivative(tc, layers, mgrad.data());
      for (size_t l = 0; l < nl; ++l) {
        const LayerShape& s = layers[l];
        const float* z = mws.z[l].data();
        const float* h = mws.h[l].data();
        for (int r = 0; r < s.rows; ++r)
          for (int i = 0; i < n; ++i) {
            const double v = z[static_cast<size_t>(r) * ld + i];
            zsum[l] += v;
            zsq[l] += v * v;
          }
        for (int u = 0; u < s.out; ++u)
          for (int i = 0; i < n; ++i) hsum[l] += h[static_cast<size_t>(u) * ld + i];
        if (!act_info(s.act).elementwise) continue;
        for (int u = 0; u < s.out; ++u) {
          const size_t o = static_cast<size_t>(u) * ld;
          const float* pu = s.learn ? theta.data() + s.p_off + static_cast<size_t>(u) * s.np : s.fixed;
          layer_act_derivative(s, pu, z + o, h + o, deriv.data(), static_cast<size_t>(ld));
          for (int i = 0; i < n; ++i) {
            const float d = std::fabs(deriv[static_cast<size_t>(i)]);
            if (d != 0.0f) alive[l][static_cast<size_t>(u)] = 1;  // a gradient can flow through u
            if (d < kSaturatedSlope) ++sat[l][static_cast<size_t>(u)];
          }
        }
      }
    }
    m.train_loss = static_cast<float>(train_loss / std::max(1, N));
    double test_loss = 0;
    int test_ok = 0;
    const int T = data.n_test;
    for (int c0 = 0; c0 < T; c0 += kChunk) {
      const int n = std::min(kChunk, T - c0);
      for (int i = 0; i < n; ++i) idx[static_cast<size_t>(i)] = static_cast<uint32_t>(data.n_train + c0 + i);
      const int ld = gather(mws, idx.data(), n);
      forward(layers, theta.data(), mws, ld);
      int ok = 0;
      test_loss += head(mws, idx.data(), n, ld, 1.0f, &ok);
      test_ok += ok;
    }
    m.test_loss = static_cast<float>(test_loss / std::max(1, T));
    const float nan = std::numeric_limits<float>::quiet_NaN();
    m.train_accuracy = regression() ? nan : static_cast<float>(train_ok) / static_cast<float>(std::max(1, N));
    m.test_accuracy = regression() ? nan : static_cast<float>(test_ok) / static_cast<float>(std::max(1, T));
    for (size_t l = 0; l < nl; ++l) {
      const LayerShape& s = layers[l];
      LayerMetrics& lm = m.layers[l];
      const size_t nw = static_cast<size_t>(s.rows) * s.in;
      const float* g = mgrad.data() + s.w_off;
      lm.grad_norm = static_cast<float>(std::sqrt(sq_norm(g, nw)));
      lm.bias_grad_norm = static_cast<float>(std::sqrt(sq_norm(mgrad.data() + s.b_off, static_cast<size_t>(s.rows))));
      double sa = 0;
      for (size_t i = 0; i < nw; ++i) sa += std::fabs(double(g[i]));
      lm.mean_abs_grad = static_cast<float>(nw ? sa / double(nw) : 0.0);
      const double wn = sq_norm(theta.data() + s.w_off, nw);
      lm.weight_norm = static_cast<float>(std::sqrt(wn));
      double dn = 0;
      for (size_t i = 0; i < nw; ++i) {
        const double d = double(theta[s.w_off + i]) - theta_prev[s.w_off + i];
        dn += d * d;
      }
      lm.update_ratio = wn > 0 ? static_cast<float>(std::sqrt(dn / wn)) : 0.0f;
      int dead = 0, saturated = 0;
      if (act_info(s.act).elementwise && N > 0) {
        for (int u = 0; u < s.out; ++u) {
          if (!alive[l][static_cast<size_t>(u)]) ++dead;
          if (2 * sat[l][static_cast<size_t>(u)] > N) ++saturated;
        }
      }
      lm.dead_fraction = static_cast<float>(dead) / static_cast<float>(s.out);
      lm.saturated_fraction = static_cast<float>(saturated) / static_cast<float>(s.out);
      const double cnt = double(std::max(1, N)) * s.rows;
      const double mean = zsum[l] / cnt;
      lm.preact_mean = static_cast<float>(mean);
      lm.preact_std = static_cast<float>(std::sqrt(std::max(0.0, zsq[l] / cnt - mean * mean)));
      lm.act_mean = static_cast<float>(hsum[l] / (double(std::max(1, N)) * s.out));
    }
    zcache_version = version;
    m.diverged = diverged;
    m.divergence = why;
    if (!diverged && !(std::isfinite(m.train_loss) && all_sane(theta.data(), theta.size()))) {
      flag_divergence(std::isfinite(m.train_loss) ? "A weight grew beyond 1e8 (or became NaN/Inf)"
                                                  : "The training loss became NaN/Inf");
      m.diverged = true;
      m.divergence = why;
    }
    if (!diverged && std::isfinite(m.test_loss)) {
      best_measured = std::min(best_measured, double(m.train_loss));
      if (m.train_loss <= 2 * best_measured) {
        good_theta = theta;
        good_epoch = epoch;
        good_step = step;
      }
    }
    metrics = m;
  }

  // Copies the pre-activations of training samples [c0, c0 + n) from the last forward into zcache.
  void keep_preacts(int c0, int n, int ld) {
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

  // Makes zcache current: one forward pass over the training set for all layers (none after measure()).
  void refresh_preacts() {
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

  // ---- evaluation on arbitrary points -----------------------------------------------------------
  // Calls sink(c0, n, ld) after each chunk's forward pass, points (xs, ys)[0..count).
  template <class Sink>
  void eval_points(const float* xs, const float* ys, int count, Sink&& sink) {
    for (int c0 = 0; c0 < count; c0 += kChunk) {
      const int n = std::min(kChunk, count - c0);
      const int ld = padded(n);
      features(xs + c0, ys + c0, n, ld, mws.x.data());
      forward(layers, theta.data(), mws, ld);
      sink(c0, n, ld);
    }
  }

  template <class Sink>
  void eval_grid(int w, int h, float x0, float x1, float y0, float y1, Sink&& sink) {
    if (w <= 0 || h <= 0) return;
    // Row 0 at the top (y1), column 0 at x0; points are cell corners spanning the full range.
    const size_t count = static_cast<size_t>(w) * static_cast<size_t>(h);
    std::vector<float> xs(count), ys(count);
    for (int r = 0; r < h; ++r) {
      const float yv = h > 1 ? y1 + (y0 - y1) * static_cast<float>(r) / static_cast<float>(h - 1) : 0.5f * (y0 + y1);
      for (int c = 0; c < w; ++c) {
        const size_t i = static_cast<size_t>(r) * w + c;
        xs[i] = w > 1 ? x0 + (x1 - x0) * static_cast<float>(c) / static_cast<float>(w - 1) : 0.5f * (x0 + x1);
        ys[i] = yv;
      }
    }
    eval_points(xs.data(), ys.data(), static_cast<int>(count), sink);
  }
};

// ---- public API -----------------------------------------------------------------------------------

Trainer::Trainer() : impl_(new Impl) {}
Trainer::~Trainer() = default;

std::string Trainer::configure(const DataConfig& data, const NetConfig& net, const TrainConfig& train) {
  Dataset d;
  std::string err = make_dataset(data, &d);
  if (!err.empty()) return err;
  err = validate(net, train, d);
  if (!err.empty()) return err;
  Impl& m = *impl_;
  m.dcfg = data;
  m.data = std::move(d);
  m.net = net;
  m.tc = train;
  m.feats.clear();
  for (int f = 0; f < kNumFeatures; ++f)
    if (net.features & (1u << f)) m.feats.push_back(static_cast<Feature>(f));
  m.prepare_data();
  m.restart(train.seed);
  m.configured = true;
  return "";
}

std::string Trainer::reconfigure(const NetConfig& net, const TrainConfig& train) {
  if (!impl_->configured) return "reconfigure: call configure() first";
  return configure(impl_->dcfg, net, train);
}

void Trainer::reset() {
  if (impl_->configured) impl_->restart(impl_->tc.seed);
}
void Trainer::reinit(uint64_t seed) {
  if (impl_->configured) impl_->restart(seed);
}

bool Trainer::restore_last_good() {
  Impl& m = *impl_;
  if (m.good_theta.empty() || m.good_theta.size() != m.theta.size()) return false;
  m.theta = m.good_theta;
  m.theta_prev = m.theta;
  m.epoch = m.good_epoch;  // the counters of the state the student saw last
  m.step = m.good_step;
  ++m.version;
  m.opt.reset(m.theta.size());
  m.diverged = false;
  m.why.clear();
  m.metrics.diverged = false;
  m.metrics.divergence.clear();
  return true;
}

std::string Trainer::set_train_config(const TrainConfig& train) {
  Impl& m = *impl_;
  if (!m.configured) return "set_train_config: call configure() first";
  const std::string err = validate(m.net, train, m.data);
  if (!err.empty()) return err;
  const bool new_kind = train.optimizer != m.tc.optimizer;
  const bool new_batch = train.batch != m.tc.batch;
  const uint64_t seed = m.tc.seed;  // the seed belongs to the current initialisation
  m.tc = train;
  m.tc.seed = seed;
  if (new_kind) m.opt.reset(m.theta.size());
  if (new_batch) m.ws.resize(m.layers, m.n_in(), padded(std::max(1, train.batch)));
  return "";
}

int Trainer::step_batches(int n) {
  int done = 0;
  while (done < n && impl_->one_step()) ++done;
  return done;
}

int Trainer::step_epochs(int n) {
  Impl& m = *impl_;
  int done = 0;
  for (; done < n; ++done) {
    const int64_t target = m.epoch + 1;
    while (m.epoch < target)
      if (!m.one_step()) return done;
  }
  return done;
}

const Metrics& Trainer::measure() {
  if (impl_->configured) impl_->measure();
  return impl_->metrics;
}
const Metrics& Trainer::last_metrics() const { return impl_->metrics; }
int64_t Trainer::epoch() const { return impl_->epoch; }
int64_t Trainer::step() const { return impl_->step; }
bool Trainer::diverged() const { return impl_->diverged; }
int64_t Trainer::last_good_epoch() const { return impl_->good_theta.empty() ? -1 : impl_->good_epoch; }

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

void Trainer::eval_grid(int w, int h, float x0, float x1, float y0, float y1, float* out) {
  Impl& m = *impl_;
  if (!m.configured) return;
  const size_t plane = static_cast<size_t>(w) * static_cast<size_t>(h);
  const size_t last = m.layers.size() - 1;
  const int K = m.out_layer().out;
  m.eval_grid(w, h, x0, x1, y0, y1, [&](int c0, int n, int ld) {
    for (int k = 0; k < K; ++k)
      std::memcpy(out + k * plane + static_cast<size_t>(c0), m.mws.h[last].data() + static_cast<size_t>(k) * ld,
                  sizeof(float) * static_cast<size_t>(n));
  });
}

void Trainer::eval_grid_units(int w, int h, float x0, float x1, float y0, float y1, float* out) {
  Impl& m = *impl_;
  if (!m.configured) return;
  const size_t plane = static_cast<size_t>(w) * static_cast<size_t>(h);
  m.eval_grid(w, h, x0, x1, y0, y1, [&](int c0, int n, int ld) {
    size_t unit = 0;
    for (size_t l = 0; l < m.layers.size(); ++l)
      for (int u = 0; u < m.layers[l].out; ++u, ++unit)
        std::memcpy(out + unit * plane + static_cast<size_t>(c0), m.mws.h[l].data() + static_cast<size_t>(u) * ld,
                    sizeof(float) * static_cast<size_t>(n));
  });
}

void Trainer::predict(const float* x, const float* y, int n, float* out) {
  Impl& m = *impl_;
  if (!m.configured) return;
  const size_t last = m.layers.size() - 1;
  const int K = m.out_layer().out;
  m.eval_points(x, y, n, [&](int c0, int cnt, int ld) {
    for (int k = 0; k < K; ++k)
      std::memcpy(out + static_cast<size_t>(k) * n + static_cast<size_t>(c0),
                  m.mws.h[last].data() + static_cast<size_t>(k) * ld, sizeof(float) * static_cast<size_t>(cnt));
  });
}

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
  m.head(w, idx.data(), n, ld, 1.0f / static_cast<float>(n), nullptr);
  backward(m.layers, m.theta.data(), w, ld, false, g.data());
  apply_wrong_derivative(m.tc, m.layers, g.data());
  for (const LayerShape& s : m.layers)
    add_penalty_grad(m.tc.l1, m.tc.l2, m.theta.data() + s.w_off, g.data() + s.w_off,
                     static_cast<size_t>(s.rows) * s.in);
  // Numerical gradient: central differences of a double-precision reference network.
  RefNet ref(m.layers, m.net.output, m.tc.l1, m.tc.l2);
  std::vector<double> th(m.theta.begin(), m.theta.end());
  std::vector<double> X(static_cast<size_t>(m.n_in()) * n), t(static_cast<size_t>(n));
  for (int f = 0; f < m.n_in(); ++f)
    for (int i = 0; i < n; ++i) X[static_cast<size_t>(f) * n + i] = m.feat_all[static_cast<size_t>(f) * m.n_points + idx[static_cast<size_t>(i)]];
  for (int i = 0; i < n; ++i) t[static_cast<size_t>(i)] = m.target[idx[static_cast<size_t>(i)]];
  const size_t P = th.size();
  const size_t count = (max_params <= 0 || static_cast<size_t>(max_params) >= P) ? P : static_cast<size_t>(max_params);
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

size_t Trainer::n_params() const { return impl_->theta.size(); }
const float* Trainer::params() const { return impl_->theta.data(); }

std::string Trainer::set_params(const float* p, size_t n) {
  Impl& m = *impl_;
  if (n != m.theta.size())
    return "set_params: expected " + std::to_string(m.theta.size()) + " values, got " + std::to_string(n);
  std::copy(p, p + n, m.theta.begin());
  m.theta_prev = m.theta;
  ++m.version;
  m.opt.reset(n);
  m.diverged = !all_sane(m.theta.data(), n);
  if (!m.diverged) {
    m.why.clear();
    m.metrics.diverged = false;
    m.metrics.divergence.clear();
  }
  return "";
}

std::string Trainer::set_counters(int64_t epoch, int64_t step) {
  Impl& m = *impl_;
  if (epoch < 0 || step < 0) return "set_counters: epoch and step must be >= 0";
  m.epoch = epoch;
  m.step = step;
  m.pos = m.order.size();
  return "";
}

// Layer accessors answer 0 for a layer that does not exist (callers across embind pass plain ints).
namespace {
const LayerShape& layer_or_empty(const std::vector<LayerShape>& layers, int layer) {
  static const LayerShape kNone;
  return layer >= 0 && static_cast<size_t>(layer) < layers.size() ? layers[static_cast<size_t>(layer)] : kNone;
}
}  // namespace
size_t Trainer::weight_offset(int layer) const { return layer_or_empty(impl_->layers, layer).w_off; }
size_t Trainer::bias_offset(int layer) const { return layer_or_empty(impl_->layers, layer).b_off; }
size_t Trainer::act_param_offset(int layer) const { return layer_or_empty(impl_->layers, layer).p_off; }
int Trainer::layer_in(int layer) const { return layer_or_empty(impl_->layers, layer).in; }
int Trainer::layer_out(int layer) const { return layer_or_empty(impl_->layers, layer).out; }
int Trainer::total_units() const {
  int t = 0;
  for (const LayerShape& s : impl_->layers) t += s.out;
  return t;
}
const Dataset& Trainer::data() const { return impl_->data; }
const NetConfig& Trainer::net() const { return impl_->net; }
const TrainConfig& Trainer::train() const { return impl_->tc; }
int Trainer::n_inputs() const { return impl_->n_in(); }

}  // namespace actlab
