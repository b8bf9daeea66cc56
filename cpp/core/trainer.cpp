// trainer.cpp — configuration, the training loop (one optimiser step per mini-batch), the divergence
// policy and the accessors. The other parts of Trainer live one concept per file (trainer_impl.h).
#include "trainer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "activations.h"
#include "loss_head.h"
#include "range_error.h"
#include "simd.h"
#include "trainer_impl.h"

namespace actlab {

namespace {

// Divergence (one policy, here; the worker and the CLI only report it): a loss or a parameter that
// is NaN/Inf, a parameter beyond kSaneWeight (no ActLab input is larger than 36, so such a weight
// saturates or explodes everything after it), or a batch loss kBlowUp times its best so far (floored
// at 1 % of the training-set loss at the initial weights, so a run that converged to ~0, or a batch of
// one well-fitted point, does not make ordinary noise a divergence).
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

}  // namespace

void apply_wrong_derivative(const TrainConfig& tc, const std::vector<LayerShape>& layers, float* grad) {
  if (!tc.wrong_derivative || layers.size() < 2) return;
  const LayerShape& s = layers.front();
  for (size_t i = s.w_off; i < s.p_off; ++i) grad[i] *= 2.0f;
}

// ---- data -----------------------------------------------------------------------------------------
void Trainer::Impl::features(const float* xs, const float* ys, int n, int ld, float* X) const {
  for (int f = 0; f < n_in(); ++f) {
    float* row = X + static_cast<size_t>(f) * ld;
    switch (feats[static_cast<size_t>(f)]) {
      case Feature::x: std::memcpy(row, xs, sizeof(float) * n); break;
      case Feature::y: std::memcpy(row, ys, sizeof(float) * n); break;
      case Feature::x_squared:
        for (int i = 0; i < n; ++i) row[i] = xs[i] * xs[i];
        break;
      case Feature::y_squared:
        for (int i = 0; i < n; ++i) row[i] = ys[i] * ys[i];
        break;
      case Feature::xy:
        for (int i = 0; i < n; ++i) row[i] = xs[i] * ys[i];
        break;
      case Feature::sin_x: act_forward(Act::sine, nullptr, xs, row, static_cast<size_t>(n)); break;
      case Feature::sin_y: act_forward(Act::sine, nullptr, ys, row, static_cast<size_t>(n)); break;
    }
    std::fill(row + n, row + ld, 0.0f);
  }
}

void Trainer::Impl::prepare_data() {
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

int Trainer::Impl::gather(Workspace& w, const uint32_t* idx, int n) const {
  const int ld = padded(n);
  for (int f = 0; f < n_in(); ++f) {
    const float* src = &feat_all[static_cast<size_t>(f) * n_points];
    float* row = w.x.data() + static_cast<size_t>(f) * ld;
    for (int i = 0; i < n; ++i) row[i] = src[idx[i]];
    std::fill(row + n, row + ld, 0.0f);
  }
  return ld;
}

void Trainer::Impl::loss_gradient(Workspace& w, const uint32_t* idx, int n, int ld, float scale, bool dropout,
                                  float* g) const {
  const size_t last = layers.size() - 1;
  const HeadChunk c{w.z[last].data(), w.h[last].data(), target.data(), idx, n, ld, out_layer().out};
  head_loss_backward(net.output, out_layer(), c, scale, w.g0.data());
  backward(layers, theta.data(), w, ld, dropout, g);
  apply_wrong_derivative(tc, layers, g);
}

// ---- training -------------------------------------------------------------------------------------
void Trainer::Impl::new_epoch_order() {
  order.resize(static_cast<size_t>(data.n_train));
  for (int i = 0; i < data.n_train; ++i) order[static_cast<size_t>(i)] = static_cast<uint32_t>(i);
  shuffle_rng.shuffle(order.data(), static_cast<uint32_t>(order.size()));
  pos = 0;
}

void Trainer::Impl::restart(uint64_t seed) {
  tc.seed = seed;
  theta.assign(plan_layers(net, n_in(), &layers), 0.0f);
  init_params(net, layers, seed, theta.data());
  grad.assign(theta.size(), 0.0f);
  mgrad.assign(theta.size(), 0.0f);
  theta_prev = theta;
  good_theta.clear();
  good_epoch = -1;
  best_measured = best_batch_loss = std::numeric_limits<double>::infinity();
  initial_loss = std::numeric_limits<double>::quiet_NaN();
  ++version;
  opt.reset(theta.size());
  shuffle_rng.reseed(seed ^ 0x5348554646u);  // "SHUFF"
  dropout_rng.reseed(seed ^ 0x44524f50u);    // "DROP"
  epoch = step = 0;
  clear_divergence();
  metrics = Metrics();
  metrics.n_layers = static_cast<int>(layers.size());
  const int cap = padded(std::max(1, tc.batch));
  ws.resize(layers, n_in(), cap);
  mws.resize(layers, n_in(), kChunk);
  new_epoch_order();
}

bool Trainer::Impl::formula_fault(const float* w, FormulaFault* out) const {
  if (std::none_of(layers.begin(), layers.end(),
                   [](const LayerShape& s) { return s.hidden && s.act == Act::formula && s.formula; }))
    return false;
  Workspace fw;
  fw.resize(layers, n_in(), kChunk);
  std::vector<uint32_t> idx(kChunk);
  for (int c0 = 0; c0 < data.n_train; c0 += kChunk) {
    const int n = std::min(kChunk, data.n_train - c0);
    for (int i = 0; i < n; ++i) idx[static_cast<size_t>(i)] = static_cast<uint32_t>(c0 + i);
    const int ld = gather(fw, idx.data(), n);
    forward(layers, w, fw, ld);
    for (size_t l = 0; l < layers.size(); ++l) {  // the first such layer: later ones only inherit NaN
      const LayerShape& s = layers[l];
      if (!s.hidden || s.act != Act::formula || !s.formula) continue;
      for (int u = 0; u < s.out; ++u) {
        // A learnt parameter that is itself NaN/inf is the weights' doing, not the formula's.
        const float* pu = s.learn ? w + s.p_off + static_cast<size_t>(u) * s.np : s.fixed;
        if (!std::all_of(pu, pu + s.np, [](float v) { return std::isfinite(v); })) continue;
        const float* z = fw.z[l].data() + static_cast<size_t>(u) * ld;
        const float* h = fw.h[l].data() + static_cast<size_t>(u) * ld;
        for (int i = 0; i < n; ++i) {
          if (std::isfinite(z[i]) && !std::isfinite(h[i])) {
            *out = {static_cast<int>(l), z[i], h[i], s.formula->text};
            return true;
          }
        }
      }
    }
  }
  return false;
}

void Trainer::Impl::flag_divergence(DivergenceCause::Kind kind, const std::string& what) {
  diverged = true;
  const std::string where = what + " at epoch " + std::to_string(epoch) + ", step " + std::to_string(step);
  const std::string lr = "(" + std::to_string(tc.lr) + ", optimizer " + optimizer_name(tc.optimizer) + ")";
  // Was it the activation formula? Its NaN/inf from a finite input, at the weights of the last
  // forward passes: those before the last step (training) and the current ones (measure()).
  FormulaFault ff;
  bool at_start = false;
  if (step > 0 && formula_fault(theta_prev.data(), &ff)) {
    at_start = step == 1;
  } else if (formula_fault(theta.data(), &ff)) {
    at_start = step == 0;
  }
  cause = {};
  cause.kind = kind;
  if (!ff.text.empty()) {
    cause.kind = DivergenceCause::Kind::formula;
    ff.text.copy(cause.formula, sizeof cause.formula - 1);
    cause.value = ff.y;
    cause.x = ff.x;
    cause.layer = ff.layer + 1;
    cause.at_initial_weights = at_start;
    const std::string gave = "the activation formula '" + ff.text + "' gave " +
                             (std::isnan(ff.y) ? "NaN" : (ff.y > 0 ? "inf" : "-inf")) +
                             " at x = " + detail::fmt_number(ff.x) + " (hidden layer " +
                             std::to_string(ff.layer + 1) + ")";
    if (at_start) {
      why = where + ": " + gave +
            " at the initial weights, before any update. The formula is not finite for inputs the network "
            "gives it (a logarithm or square root of a negative number, a division by zero, an overflow); "
            "the learning rate is not the cause. Change the formula so that it is finite for every x.";
    } else {
      why = where + ": " + gave +
            ". Either the formula is not finite for such inputs (change it so that it is finite for every "
            "x), or its inputs grew without bound: then restore the last good state and lower the learning "
            "rate " +
            lr + " or clip gradients.";
    }
  } else {
    const char* act = act_info(net.n_hidden > 0 ? net.hidden[0].act : Act::identity).name;
    why = where + ": the updates grew without bound. The learning rate " + lr +
          " is probably too high for this network (" + act +
          "). Restore the last good state, then lower the learning rate or clip gradients.";
  }
  metrics.diverged = true;
  metrics.divergence = why;
  metrics.divergence_cause = cause;
}

void Trainer::Impl::clear_divergence() {
  diverged = false;
  why.clear();
  cause = {};
  metrics.diverged = false;
  metrics.divergence.clear();
  metrics.divergence_cause = {};
}

std::string Trainer::Impl::divergence_after_step(double loss, DivergenceCause::Kind* kind) {
  using K = DivergenceCause::Kind;
  *kind = K::non_finite;
  if (!std::isfinite(loss)) return "The training loss became NaN/Inf";
  *kind = K::weights_too_large;
  if (!all_sane(theta.data(), theta.size())) return "A weight grew beyond 1e8 (or became NaN/Inf)";
  *kind = K::loss_growth;
  const double ref = std::max(best_batch_loss, 0.01 * initial_loss);
  if (step > 1 && ref > 0 && loss > kBlowUp * ref) {
    return "The training loss grew to " + detail::fmt_number(loss) + ", over ten thousand times its best (" +
           detail::fmt_number(best_batch_loss) + ")";
  }
  best_batch_loss = std::min(best_batch_loss, loss);
  return "";
}

// One optimiser step on the next mini-batch; false when training is (or becomes) diverged.
bool Trainer::Impl::one_step() {
  if (diverged || !configured) return false;
  if (pos >= order.size()) new_epoch_order();
  if (std::isnan(initial_loss)) initial_loss = train_set_loss();
  const int n = static_cast<int>(std::min<size_t>(static_cast<size_t>(tc.batch), order.size() - pos));
  const uint32_t* idx = order.data() + pos;
  const int ld = gather(ws, idx, n);
  const bool drop = tc.dropout > 0.0f;
  forward(layers, theta.data(), ws, ld, tc.dropout, n, drop ? &dropout_rng : nullptr);
  std::fill(grad.begin(), grad.end(), 0.0f);
  const size_t last = layers.size() - 1;
  const double loss = head_loss(
      net.output, {ws.z[last].data(), ws.h[last].data(), target.data(), idx, n, ld, out_layer().out});
  loss_gradient(ws, idx, n, ld, 1.0f / static_cast<float>(n), drop, grad.data());
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
  DivergenceCause::Kind kind;
  if (const std::string what = divergence_after_step(loss / n, &kind); !what.empty()) {
    flag_divergence(kind, what);
    return false;
  }
  return true;
}

void Trainer::Impl::check_measured(Metrics& m) {
  if (!diverged && !(std::isfinite(m.train_loss) && all_sane(theta.data(), theta.size()))) {
    const bool finite = std::isfinite(m.train_loss);
    flag_divergence(
        finite ? DivergenceCause::Kind::weights_too_large : DivergenceCause::Kind::non_finite,
        finite ? "A weight grew beyond 1e8 (or became NaN/Inf)" : "The training loss became NaN/Inf");
  }
  m.diverged = diverged;
  m.divergence = why;
  m.divergence_cause = cause;
  if (!diverged && std::isfinite(m.test_loss)) {
    best_measured = std::min(best_measured, double(m.train_loss));
    if (m.train_loss <= 2 * best_measured) {
      good_theta = theta;
      good_epoch = epoch;
      good_step = step;
    }
  }
}

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
  m.clear_divergence();
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

size_t Trainer::n_params() const { return impl_->theta.size(); }
const float* Trainer::params() const { return impl_->theta.data(); }

std::string Trainer::set_params(const float* p, size_t n) {
  Impl& m = *impl_;
  if (n != m.theta.size())
    return "set_params: expected " + std::to_string(m.theta.size()) + " values, got " + std::to_string(n);
  // Weights set before the first step (a restarted worker continuing a snapshot): the blow-up
  // reference stays that of the run's initial weights, as a fresh run would have measured it. A
  // trained network's loss (1e-5) would make any ordinary batch a divergence.
  if (m.configured && std::isnan(m.initial_loss)) m.initial_loss = m.train_set_loss();
  std::copy(p, p + n, m.theta.begin());
  m.theta_prev = m.theta;
  ++m.version;
  m.opt.reset(n);
  if (all_sane(m.theta.data(), n)) m.clear_divergence();
  else m.flag_divergence(DivergenceCause::Kind::weights_too_large, "A weight set is beyond 1e8 (or NaN/Inf)");
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
  return layer >= 0 && static_cast<size_t>(layer) < layers.size() ? layers[static_cast<size_t>(layer)]
                                                                  : kNone;
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
