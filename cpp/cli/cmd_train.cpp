// cmd_train.cpp — `actlab train` (one JSON object per epoch, then a summary) and `actlab gradcheck`.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>

#include "cli.h"
#include "core/trainer.h"
#include "json.h"
#include "run_config.h"

namespace actlab::cli {

namespace {

void print_line(const Json& j) {
  std::printf("%s\n", j.text().c_str());
  std::fflush(stdout);  // one line per epoch, visible as it happens when piped
}

// The learnable activation parameters of each hidden layer: [{"layer", "name", "values": per unit}]
// (a formula layer's: the parameters its text declares).
void write_act_params(const Trainer& t, const Metrics& m, Json* j) {
  Formula formula;
  if (!formula_compile(t.net().formula, FormulaVars::x, &formula).empty()) formula.n_params = 0;
  j->begin_array();
  for (int l = 0; l < m.n_layers && l < t.net().n_hidden; ++l) {
    const size_t off = t.act_param_offset(l);
    const size_t next = l + 1 < m.n_layers ? t.weight_offset(l + 1) : t.n_params();
    const bool own = t.net().hidden[l].act == Act::formula;
    const ActInfo& info = act_info(t.net().hidden[l].act);
    const size_t units = static_cast<size_t>(t.layer_out(l));
    const size_t np = static_cast<size_t>(own ? formula.n_params : info.n_params);
    if (next <= off || np == 0 || next - off != units * np) continue;  // none stored for this layer
    for (size_t k = 0; k < np; ++k) {
      j->begin_object()
          .field_int("layer", l)
          .field_str("name", own ? formula.params[k].name : info.params[k].name);
      j->key("values").begin_array();
      for (size_t u = 0; u < units; ++u) j->num(t.params()[off + u * np + k]);
      j->end_array().end_object();
    }
  }
  j->end_array();
}

// Accuracies are fractions k/n: 7 digits print 0.6 rather than the float's 0.600000024.
// NaN (regression) becomes null.
void write_accuracy(const Metrics& m, Json* j) {
  j->key("accuracy").num(m.test_accuracy, 7).key("train_accuracy").num(m.train_accuracy, 7);
}

void print_epoch(const Trainer& t, const Metrics& m) {
  Json j;
  j.begin_object();
  j.field_int("epoch", m.epoch).field_int("step", m.step);
  j.field("train_loss", m.train_loss).field("test_loss", m.test_loss);
  write_accuracy(m, &j);
  j.key("layers").begin_array();
  for (int l = 0; l < m.n_layers; ++l) {
    const LayerMetrics& lm = m.layers[l];
    j.begin_object().field_int("in", t.layer_in(l)).field_int("out", t.layer_out(l));
    j.field("grad_norm", lm.grad_norm).field("bias_grad_norm", lm.bias_grad_norm);
    j.field("mean_abs_grad", lm.mean_abs_grad).field("weight_norm", lm.weight_norm);
    j.field("update_ratio", lm.update_ratio).field("dead_fraction", lm.dead_fraction);
    j.field("saturated_fraction", lm.saturated_fraction);
    j.field("preact_mean", lm.preact_mean).field("preact_std", lm.preact_std);
    j.field("act_mean", lm.act_mean);
    j.end_object();
  }
  j.end_array();
  j.key("params");
  write_act_params(t, m, &j);
  j.end_object();
  print_line(j);
}

void print_summary(const Trainer& t, const Metrics& m, double seconds) {
  Json j;
  j.begin_object().field_bool("summary", true);
  j.field_int("epochs", t.epoch()).field_int("steps", t.step());
  j.field("train_loss", m.train_loss).field("test_loss", m.test_loss);
  write_accuracy(m, &j);
  j.field_bool("diverged", m.diverged).field_str("divergence", m.divergence);
  j.field_int("n_params", static_cast<long long>(t.n_params()));
  j.key("seconds").num(seconds, 6);
  j.end_object();
  print_line(j);
}

std::string configure(const RunConfig& rc, Trainer* t) {
  const std::string e = t->configure(rc.data, rc.net, rc.train);
  return e.empty() ? "" : "invalid configuration: " + e;
}

std::string one_line(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

}  // namespace

int cmd_train(int argc, char** argv, int first) {
  Options o;
  if (auto e = split_options(argc, argv, first, {}, &o); !e.empty()) return usage_error(e);
  if (o.help) return cmd_help("train");
  RunConfig rc;
  if (auto e = parse_run_config(o, false, &rc); !e.empty()) return usage_error(e);
  Trainer t;
  if (auto e = configure(rc, &t); !e.empty()) return usage_error(e);

  const auto start = std::chrono::steady_clock::now();
  const Metrics* m = &t.measure();  // epoch 0: before any update
  print_epoch(t, *m);
  for (int e = 0; e < rc.epochs && !t.diverged(); ++e) {
    t.step_epochs(1);
    m = &t.measure();
    print_epoch(t, *m);
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  print_summary(t, *m, seconds);
  if (t.diverged()) {
    std::fprintf(stderr, "actlab: training diverged: %s\n", one_line(m->divergence).c_str());
    return kExitDiverged;
  }
  return kExitOk;
}

int cmd_gradcheck(int argc, char** argv, int first) {
  Options o;
  if (auto e = split_options(argc, argv, first, {}, &o); !e.empty()) return usage_error(e);
  if (o.help) return cmd_help("gradcheck");
  RunConfig rc;
  if (auto e = parse_run_config(o, true, &rc); !e.empty()) return usage_error(e);
  Trainer t;
  if (auto e = configure(rc, &t); !e.empty()) return usage_error(e);
  if (rc.epochs > 0 && t.step_epochs(rc.epochs) < rc.epochs) {
    std::fprintf(stderr, "actlab: training diverged before the check: %s\n",
                 one_line(t.last_metrics().divergence).c_str());
    return kExitDiverged;
  }
  const double err = t.gradcheck(rc.max_params);
  constexpr double kTolerance = 1e-3;
  if (std::isnan(err)) {
    std::printf("max_rel_error nan\n");
  } else {
    std::printf("max_rel_error %.3g\n", err);
  }
  return err <= kTolerance ? kExitOk : kExitCheckFailed;  // NaN fails
}

}  // namespace actlab::cli
