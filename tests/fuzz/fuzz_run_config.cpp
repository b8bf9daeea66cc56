// fuzz_run_config.cpp — run-config validation: make_dataset() and validate() through
// Trainer::configure(), with every field of DataConfig, NetConfig and TrainConfig drawn from the input
// (any enum byte, any int, any float bit pattern: NaN, ±inf, subnormals), as the embind module receives
// them from JavaScript. Then the calls the worker makes on a live trainer: set_train_config() and
// reconfigure() with a second fuzzed config, which must either apply or leave the trainer as it was.
//
// Properties beyond "no sanitizer report": a rejection is one short line; an accepted configuration has
// every field inside the limits config.h documents (so validate() cannot let a bad value through), and
// builds a network with finite initial parameters; a rejected change keeps the previous network.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/activations.h"
#include "core/trainer.h"
#include "fuzz_check.h"

using namespace actlab;

namespace {

// Each field keeps its default (a valid configuration: an empty input is the default run) unless the
// input says to change it; a changed number is in a plausible range or, half the time, anything at all
// (any int, any float bit pattern, any enum byte), so both valid and hostile configurations are reached.
bool change(FuzzedDataProvider& in) { return in.ConsumeBool(); }
void draw(FuzzedDataProvider& in, int* v, int lo, int hi) {
  if (change(in)) *v = in.ConsumeBool() ? in.ConsumeIntegralInRange(lo, hi) : in.ConsumeIntegral<int>();
}
void draw(FuzzedDataProvider& in, float* v, float lo, float hi) {
  if (!change(in)) return;
  if (in.ConsumeBool()) {
    *v = in.ConsumeFloatingPointInRange(lo, hi);
  } else {
    const uint32_t bits = in.ConsumeIntegral<uint32_t>();
    std::memcpy(v, &bits, sizeof *v);
  }
}
template <class E> void draw_enum(FuzzedDataProvider& in, E* v, int n) {
  if (change(in)) {
    *v = static_cast<E>(in.ConsumeBool() ? in.ConsumeIntegralInRange(0, n - 1)
                                         : in.ConsumeIntegral<uint8_t>());
  }
}

DataConfig draw_data(FuzzedDataProvider& in) {
  DataConfig d;
  draw_enum(in, &d.kind, kNumDatasets);
  draw(in, &d.points, 0, 400);  // the generators are O(points): keep valid sets small
  draw(in, &d.noise, -0.1f, 0.6f);
  draw(in, &d.train_ratio, 0.0f, 1.0f);
  draw(in, &d.classes, -1, 6);
  if (change(in)) d.seed = in.ConsumeIntegral<uint64_t>();
  return d;
}

NetConfig draw_net(FuzzedDataProvider& in) {
  NetConfig n;
  if (change(in))
    n.features =
        in.ConsumeBool() ? in.ConsumeIntegralInRange<uint32_t>(0, 127) : in.ConsumeIntegral<uint32_t>();
  draw(in, &n.n_hidden, -1, kMaxHidden + 1);
  for (LayerSpec& l : n.hidden) {
    if (!change(in)) continue;
    Act act = Act::tanh;
    draw_enum(in, &act, kNumActs);
    int units = 8;
    draw(in, &units, 0, 12);
    if (change(in)) act = Act::formula;  // the student's own (NetConfig::formula, drawn below)
    l = make_layer(units, static_cast<int>(act) < kNumActs || act == Act::formula ? act : Act::tanh);
    l.act = act;  // out-of-catalogue bytes too: validate() must reject them
    for (float& p : l.act_params) draw(in, &p, -3.0f, 3.0f);
    if (change(in)) l.learn_params = !l.learn_params;
    draw(in, &l.maxout_k, 0, 5);
  }
  if (change(in)) {  // a formula with declared parameters (their start values drawn above), or any text
    static const char* const kTexts[] = {"x*sigmoid(a*x) + b; a = 1 in [0.1, 5], b = 0 in [-1, 1]",
                                         "x*tanh(softplus(x))", "log(x)", "a*x; a = 2",
                                         "x^b; b = 0.5 in [0, 1]"};
    const std::string text = in.ConsumeBool() ? kTexts[in.ConsumeIntegralInRange<size_t>(0, 4)]
                                              : in.ConsumeRandomLengthString(kFormulaMaxText + 8);
    std::snprintf(n.formula, sizeof n.formula, "%s", text.c_str());
  }
  draw_enum(in, &n.output, 6);
  draw(in, &n.n_out, 0, 6);
  draw_enum(in, &n.init, 7);
  draw(in, &n.init_scale, 0.0f, 11.0f);
  return n;
}

TrainConfig draw_train(FuzzedDataProvider& in) {
  TrainConfig t;
  draw_enum(in, &t.optimizer, 6);
  draw(in, &t.lr, 0.0f, 101.0f);
  draw(in, &t.momentum, 0.0f, 1.0f);
  draw(in, &t.beta1, 0.0f, 1.0f);
  draw(in, &t.beta2, 0.0f, 1.0f);
  draw(in, &t.rho, 0.0f, 1.0f);
  draw(in, &t.eps, 0.0f, 1e-3f);
  draw(in, &t.batch, 0, 64);
  draw(in, &t.l1, 0.0f, 0.1f);
  draw(in, &t.l2, 0.0f, 0.1f);
  draw(in, &t.dropout, 0.0f, 1.0f);
  draw(in, &t.clip, 0.0f, 5.0f);
  if (change(in)) t.seed = in.ConsumeIntegral<uint64_t>();
  return t;
}

bool in_closed(float v, double lo, double hi) { return v >= lo && v <= hi; }

// What config.h and dataset.h promise about a configuration that configure() accepted.
void check_accepted(const Trainer& t) {
  const NetConfig& n = t.net();
  const Dataset& d = t.data();
  if (n.features == 0 || n.features >= (1u << kNumFeatures)) fuzz::fail("accepted: features", "");
  if (n.n_hidden < 0 || n.n_hidden > kMaxHidden) fuzz::fail("accepted: n_hidden", std::to_string(n.n_hidden));
  for (int i = 0; i < n.n_hidden; ++i) {
    const LayerSpec& l = n.hidden[i];
    if (l.units < 1 || l.units > kMaxUnits) fuzz::fail("accepted: units", std::to_string(l.units));
    if (l.act == Act::formula) {  // the formula compiles; each start value is NaN (default) or in range
      Formula f;
      if (!formula_compile(n.formula, FormulaVars::x, &f).empty()) fuzz::fail("accepted: formula", n.formula);
      for (int k = 0; k < f.n_params; ++k) {
        const float v = l.act_params[k];
        if (!std::isnan(v) && !in_closed(v, f.params[k].lo, f.params[k].hi))
          fuzz::fail("accepted: formula parameter in range", f.params[k].name);
      }
      continue;
    }
    if (static_cast<int>(l.act) >= kNumActs) fuzz::fail("accepted: activation", "");
    const ActInfo& info = act_info(l.act);
    if (!info.elementwise && l.act != Act::maxout) fuzz::fail("accepted: hidden activation", info.name);
    for (int k = 0; l.act != Act::maxout && k < info.n_params; ++k) {
      if (!in_closed(l.act_params[k], info.params[k].lo, info.params[k].hi)) {
        fuzz::fail("accepted: activation parameter in range", info.params[k].name);
      }
    }
  }
  if (d.n_train < 1 || d.n_test < 0) fuzz::fail("accepted: dataset sizes", std::to_string(d.n_train));
  const TrainConfig& tc = t.train();
  if (tc.batch < 1 || tc.batch > d.n_train) fuzz::fail("accepted: batch", std::to_string(tc.batch));
  if (!(tc.lr > 0 && tc.lr <= 100) || !(tc.eps > 0) || !std::isfinite(tc.eps) ||
      !in_closed(tc.dropout, 0, 0.9)) {
    fuzz::fail("accepted: lr, eps, dropout", "");
  }
  for (size_t k = 0; k < t.n_params(); ++k) {
    if (!std::isfinite(t.params()[k])) fuzz::fail("accepted: finite initial parameters", std::to_string(k));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const DataConfig dc = draw_data(in);
  const NetConfig nc = draw_net(in);
  const TrainConfig tc = draw_train(in);

  Trainer t;
  const std::string e = t.configure(dc, nc, tc);
  fuzz::check_one_line("configure", e);
  if (!e.empty()) return 0;
  check_accepted(t);
  // Training runs when cheap (a rare 5000-point 8x64 draw would cost a second under ASan).
  const bool cheap = static_cast<double>(t.data().n_train) * static_cast<double>(t.n_params()) < 5e6;
  if (cheap) {
    t.step_batches(2);
    const Metrics& m = t.measure();
    if (!m.diverged && !std::isfinite(m.train_loss))
      fuzz::fail("a run not flagged diverged: finite loss", "");
  }

  // The worker's live changes: each either applies or keeps the trainer as it was.
  const size_t n_before = t.n_params();
  const std::string et = t.set_train_config(draw_train(in));
  fuzz::check_one_line("set_train_config", et);
  if (!et.empty() && t.n_params() != n_before)
    fuzz::fail("a rejected set_train_config keeps the network", et);
  const std::string er = t.reconfigure(draw_net(in), draw_train(in));
  fuzz::check_one_line("reconfigure", er);
  if (!er.empty() && t.n_params() != n_before) fuzz::fail("a rejected reconfigure keeps the network", er);
  check_accepted(t);
  if (cheap) t.step_batches(1);
  return 0;
}
