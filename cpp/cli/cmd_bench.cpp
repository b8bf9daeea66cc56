// cmd_bench.cpp — `actlab bench [--json] [--min-time S]`: the standard workload (TF Playground's
// spiral, 500 points, 2-8-8-1 tanh, tanh head, SGD 0.03, batch 10) in training samples/s and grid
// points/s, and every element-wise kernel against its scalar reference in elements/s.
// Formula rows: the same training with the hidden activation typed as a formula (tanh(x), x*sigmoid(x),
// x*tanh(softplus(x))) against the built-in row, in training samples/s (issue target: ratio >= 1/3).
// Each figure is the median of 3 runs of at least --min-time seconds (kernels: a twentieth of it).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "cli.h"
#include "core/activations.h"
#include "core/simd.h"
#include "core/trainer.h"
#include "json.h"

namespace actlab::cli {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Runs `work` (which returns the items it processed) until min_s have passed; items per second.
template <class F> double rate(double min_s, F work) {
  double items = 0;
  const auto t0 = Clock::now();
  double elapsed = 0;
  do {
    items += work();
    elapsed = seconds_since(t0);
  } while (elapsed < min_s);
  return items / elapsed;
}

template <class F> double median_of_3(F run) {
  double r[3] = {run(), run(), run()};
  std::sort(r, r + 3);
  return r[1];
}

struct KernelRate {
  const char* name;
  double simd, ref;
};

struct FormulaRate {
  const char* builtin;
  const char* formula;
  double builtin_rate, formula_rate;  // training samples/s
};

struct Results {
  double train_samples_per_s = 0, grid_points_per_s = 0;
  std::vector<KernelRate> kernels;
  std::vector<FormulaRate> formulas;
};

// The standard workload; `act` for both hidden layers (with `formula` when act is Act::formula).
std::string standard_workload(Trainer* t, Act act = Act::tanh, const char* formula = "") {
  DataConfig data;
  data.kind = DatasetKind::spiral;
  data.points = 500;
  data.noise = 0;
  NetConfig net;
  net.features = 0b11;
  net.n_hidden = 2;
  net.hidden[0] = make_layer(8, act);
  net.hidden[1] = make_layer(8, act);
  std::snprintf(net.formula, sizeof net.formula, "%s", formula);
  net.output = Output::tanh;
  net.n_out = 1;
  TrainConfig train;
  train.optimizer = Optimizer::sgd;
  train.lr = 0.03f;
  train.batch = 10;
  return t->configure(data, net, train);
}

volatile float g_sink = 0;  // the kernels' results are observable, so no loop can be dropped

Results run_all(double min_s) {
  Results r;
  Trainer t;
  const std::string err = standard_workload(&t);
  if (!err.empty()) {
    std::fprintf(stderr, "actlab: bench workload rejected: %s\n", err.c_str());
    return r;
  }
  const double per_epoch = t.data().n_train;
  r.train_samples_per_s = median_of_3([&] {
    t.reset();
    return rate(min_s, [&] { return t.step_epochs(1) * per_epoch; });
  });
  const int w = 100, h = 100;
  std::vector<float> grid(static_cast<size_t>(w) * h * static_cast<size_t>(t.net().n_out));
  r.grid_points_per_s = median_of_3([&] {
    return rate(min_s / 2, [&] {
      t.eval_grid(w, h, -6, 6, -6, 6, grid.data());
      g_sink = g_sink + grid[0];
      return double(w) * h;
    });
  });

  const size_t n = 4096;
  std::vector<float> x(n), y(n);
  for (size_t i = 0; i < n; ++i) x[i] = -6.0f + 12.0f * static_cast<float>(i) / static_cast<float>(n - 1);
  for (int a = 0; a < kNumElementwiseActs; ++a) {
    const Act act = static_cast<Act>(a);
    float params[kMaxActParams];
    act_default_params(act, params);
    KernelRate k{act_info(act).name, 0, 0};
    k.simd = median_of_3([&] {
      return rate(min_s / 20, [&] {
        act_forward(act, params, x.data(), y.data(), n);
        g_sink = g_sink + y[n / 2];
        return double(n);
      });
    });
    k.ref = median_of_3([&] {
      return rate(min_s / 20, [&] {
        act_forward_ref(act, params, x.data(), y.data(), n);
        g_sink = g_sink + y[n / 2];
        return double(n);
      });
    });
    r.kernels.push_back(k);
  }

  // The same training with the activation as a formula, against the built-in.
  const struct {
    Act act;
    const char* formula;
  } pairs[] = {{Act::tanh, "tanh(x)"}, {Act::silu, "x*sigmoid(x)"}, {Act::mish, "x*tanh(softplus(x))"}};
  auto train_rate = [&](Act act, const char* formula) {
    Trainer tr;
    if (!standard_workload(&tr, act, formula).empty()) return 0.0;
    return median_of_3([&] {
      tr.reset();
      return rate(min_s / 2, [&] { return tr.step_epochs(1) * per_epoch; });
    });
  };
  for (const auto& p : pairs) {
    r.formulas.push_back(
        {act_info(p.act).name, p.formula, train_rate(p.act, ""), train_rate(Act::formula, p.formula)});
  }
  return r;
}

const char* const kWorkload =
    "spiral, 500 points, noise 0, 2-8-8-1 tanh, tanh output (squared error), SGD lr 0.03, batch 10";

void print_json(const Results& r, double min_s) {
  Json j;
  j.begin_object();
  j.field_str("backend", simd::backend_name()).field_int("lanes", simd::kLanes);
  j.field_str("workload", kWorkload).field("min_time_s", min_s);
  j.field("train_samples_per_s", r.train_samples_per_s).field("grid_points_per_s", r.grid_points_per_s);
  j.key("activations").begin_array();
  for (const KernelRate& k : r.kernels) {
    j.begin_object()
        .field_str("name", k.name)
        .field("simd_elems_per_s", k.simd)
        .field("ref_elems_per_s", k.ref);
    j.field("speedup", k.simd / k.ref).end_object();
  }
  j.end_array();
  j.key("formulas").begin_array();
  for (const FormulaRate& f : r.formulas) {
    j.begin_object().field_str("formula", f.formula).field_str("builtin", f.builtin);
    j.field("formula_samples_per_s", f.formula_rate).field("builtin_samples_per_s", f.builtin_rate);
    j.field("ratio", f.formula_rate / f.builtin_rate).end_object();
  }
  j.end_array().end_object();
  std::printf("%s\n", j.text().c_str());
}

void print_table(const Results& r) {
  std::printf("backend            %s (%d lanes)\n", simd::backend_name(), simd::kLanes);
  std::printf("workload           %s\n", kWorkload);
  std::printf("training           %10.3f M samples/s  (median of 3)\n", r.train_samples_per_s / 1e6);
  std::printf("grid evaluation    %10.3f M points/s   (100x100 over [-6,6]^2, median of 3)\n",
              r.grid_points_per_s / 1e6);
  std::printf("\n%-14s %14s %14s %9s\n", "act_forward", "simd M elem/s", "ref M elem/s", "speedup");
  for (const KernelRate& k : r.kernels) {
    std::printf("%-14s %14.1f %14.1f %8.2fx\n", k.name, k.simd / 1e6, k.ref / 1e6, k.simd / k.ref);
  }
  std::printf("\n%-22s %-10s %16s %16s %7s\n", "training with formula", "built-in", "formula M smp/s",
              "built-in M smp/s", "ratio");
  for (const FormulaRate& f : r.formulas) {
    std::printf("%-22s %-10s %16.3f %16.3f %6.2fx\n", f.formula, f.builtin, f.formula_rate / 1e6,
                f.builtin_rate / 1e6, f.formula_rate / f.builtin_rate);
  }
}

}  // namespace

int cmd_bench(int argc, char** argv, int first) {
  Options o;
  if (auto e = split_options(argc, argv, first, {"json"}, &o); !e.empty()) return usage_error(e);
  if (o.help) return cmd_help("bench");
  if (!o.positional.empty()) return usage_error("bench takes no arguments, got " + quoted(o.positional[0]));
  bool json = false;
  double min_s = 1.0;
  for (const Option& f : o.flags) {
    if (f.name == "json") {
      json = true;
    } else if (f.name == "min_time") {
      if (auto e = parse_double("--min-time", f.value, &min_s); !e.empty()) return usage_error(e);
      if (!(min_s >= 0.001 && min_s <= 60)) {
        return usage_error("--min-time: " + f.value + " is out of range (allowed: 0.001 .. 60 seconds)");
      }
    } else {
      return usage_error("unknown flag " + quoted("--" + f.name) +
                         " for bench (allowed: --json, --min-time)");
    }
  }
  const Results r = run_all(min_s);
  if (r.kernels.empty()) return kExitUsage;
  if (json) {
    print_json(r, min_s);
  } else {
    print_table(r);
  }
  return kExitOk;
}

}  // namespace actlab::cli
