// run_config.cpp — `train` / `gradcheck` flags -> DataConfig, NetConfig, TrainConfig.
#include "run_config.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace actlab::cli {

namespace {

std::string table_names(const char* (*name)(int), int n) {
  std::vector<std::string> v;
  for (int i = 0; i < n; ++i) v.push_back(name(i));
  return join(v);
}
std::string feature_names() {
  return table_names([](int i) { return feature_name(static_cast<Feature>(i)); }, kNumFeatures);
}
std::string dataset_names() {
  return table_names([](int i) { return dataset_info(static_cast<DatasetKind>(i)).name; }, kNumDatasets);
}
// Output, init and optimizer tables end where the name table answers "?".
template <class E> std::string enum_names(const char* (*name)(E)) {
  std::vector<std::string> v;
  for (int i = 0; std::string(name(static_cast<E>(i))) != "?"; ++i) v.push_back(name(static_cast<E>(i)));
  return join(v);
}
template <class E>
std::string parse_enum(const char* what, const std::string& text, bool (*parse)(const char*, E*),
                       const char* (*name)(E), E* out) {
  if (parse(text.c_str(), out)) return "";
  return std::string("unknown ") + what + " " + quoted(text) + " (allowed: " + enum_names(name) + ")";
}

// Raw text of the structural flags, resolved after all flags are read (they depend on each other).
// `given` tells an empty value ("--features ''": an error) from an absent flag (the default).
struct Text {
  std::string value;
  bool given = false;
};
struct Raw {
  Text dataset{"spiral"}, layers{"8,8"}, activation, activations, features, output, init, optimizer,
      learn_params, maxout_k, formula, data_formula;
  bool classes_given = false;
};

}  // namespace

std::string parse_run_config(const Options& o, bool gradcheck, RunConfig* out) {
  RunConfig rc;
  rc.epochs = gradcheck ? 0 : 200;
  Raw raw;
  using Setter = std::function<std::string(const std::string&)>;
  auto text = [](Text* dst) {
    return Setter([dst](const std::string& v) {
      *dst = {v, true};
      return std::string();
    });
  };
  auto f32 = [](const char* flag, float* dst) {
    return Setter([flag, dst](const std::string& v) { return parse_float(flag, v, dst); });
  };
  auto i32 = [](const char* flag, int* dst, long long lo, long long hi) {
    return Setter([=](const std::string& v) { return parse_int(flag, v, lo, hi, dst); });
  };
  auto u64 = [](const char* flag, uint64_t* dst) {
    return Setter([flag, dst](const std::string& v) { return parse_u64(flag, v, dst); });
  };
  bool batch_given = false;
  const long long kIntMin = -2147483647LL - 1, kIntMax = 2147483647LL;
  struct Flag {
    const char* name;  // normalised (underscores)
    Setter set;
  };
  std::vector<Flag> flags = {
      {"dataset", text(&raw.dataset)},
      {"points", i32("--points", &rc.data.points, kIntMin, kIntMax)},
      {"noise", f32("--noise", &rc.data.noise)},
      {"train_ratio", f32("--train-ratio", &rc.data.train_ratio)},
      {"classes",
       [&](const std::string& v) {
         raw.classes_given = true;
         return parse_int("--classes", v, kIntMin, kIntMax, &rc.data.classes);
       }},
      {"data_seed", u64("--data-seed", &rc.data.seed)},
      {"data_formula", text(&raw.data_formula)},
      {"seed", u64("--seed", &rc.train.seed)},
      {"features", text(&raw.features)},
      {"layers", text(&raw.layers)},
      {"activation", text(&raw.activation)},
      {"activations", text(&raw.activations)},
      {"formula", text(&raw.formula)},
      {"learn_params", text(&raw.learn_params)},
      {"maxout_k", text(&raw.maxout_k)},
      {"output", text(&raw.output)},
      {"init", text(&raw.init)},
      {"init_scale", f32("--init-scale", &rc.net.init_scale)},
      {"optimizer", text(&raw.optimizer)},
      {"lr", f32("--lr", &rc.train.lr)},
      {"batch",
       [&](const std::string& v) {
         batch_given = true;
         return parse_int("--batch", v, kIntMin, kIntMax, &rc.train.batch);
       }},
      {"epochs", i32("--epochs", &rc.epochs, 0, 1000000)},
      {"momentum", f32("--momentum", &rc.train.momentum)},
      {"beta1", f32("--beta1", &rc.train.beta1)},
      {"beta2", f32("--beta2", &rc.train.beta2)},
      {"rho", f32("--rho", &rc.train.rho)},
      {"eps", f32("--eps", &rc.train.eps)},
      {"l1", f32("--l1", &rc.train.l1)},
      {"l2", f32("--l2", &rc.train.l2)},
      {"dropout", f32("--dropout", &rc.train.dropout)},
      {"clip", f32("--clip", &rc.train.clip)},
  };
  if (gradcheck) flags.push_back({"max_params", i32("--max-params", &rc.max_params, 0, kIntMax)});

  // Pass 1: the command's own flags; the rest may be parameters of the chosen activation(s).
  std::vector<const Option*> act_flags;
  for (const Option& f : o.flags) {
    const Flag* hit = nullptr;
    for (const Flag& fl : flags) {
      if (f.name == fl.name) hit = &fl;
    }
    if (hit == nullptr) {
      act_flags.push_back(&f);
    } else if (auto e = hit->set(f.value); !e.empty()) {
      return e;
    }
  }
  if (!o.positional.empty())
    return "unexpected argument " + quoted(o.positional[0]) + " (flags are written --name VALUE)";

  // Dataset and the classes it implies.
  if (!dataset_parse(raw.dataset.value.c_str(), &rc.data.kind)) {
    return "unknown dataset " + quoted(raw.dataset.value) + " (allowed: " + dataset_names() + ")";
  }
  const DatasetInfo& dinfo = dataset_info(rc.data.kind);
  if (dinfo.regression && raw.classes_given) {
    return std::string("--classes does not apply to the regression dataset ") + dinfo.name;
  }
  const int classes = dinfo.regression ? 0 : rc.data.classes;
  // The formula of a custom dataset (checked by make_dataset(), column and all).
  if (raw.data_formula.given) {
    if (rc.data.kind != DatasetKind::custom && rc.data.kind != DatasetKind::custom1d) {
      return std::string("--data-formula applies to the custom and custom1d datasets only (not ") +
             dinfo.name + ")";
    }
    if (raw.data_formula.value.size() > static_cast<size_t>(kFormulaMaxText)) {
      return "--data-formula is " + std::to_string(raw.data_formula.value.size()) +
             " characters long; at most " + std::to_string(kFormulaMaxText) + " allowed";
    }
    if (raw.data_formula.value.empty()) return "--data-formula is empty (e.g. --data-formula 'y - 3*sin(x)')";
    std::snprintf(rc.data.formula, sizeof rc.data.formula, "%s", raw.data_formula.value.c_str());
  }

  // Hidden layers and their activations.
  std::vector<std::string> units = split_commas(raw.layers.value);
  if (units.size() == 1 && units[0] == "0") units.clear();
  if (units.size() > static_cast<size_t>(kMaxHidden)) {
    return "--layers: " + std::to_string(units.size()) + " hidden layers (allowed: 0 .. " +
           std::to_string(kMaxHidden) + ")";
  }
  if (raw.activation.given && raw.activations.given)
    return "give either --activation or --activations, not both";
  std::vector<std::string> acts = split_commas(raw.activations.value);
  if (raw.activations.given && acts.size() != units.size()) {
    return "--activations lists " + std::to_string(acts.size()) + " activations for " +
           std::to_string(units.size()) + " hidden layers (--layers " + quoted(raw.layers.value) + ")";
  }
  if (!raw.activations.given) acts.assign(units.size(), raw.activation.given ? raw.activation.value : "tanh");
  if (raw.activation.given) {
    Act a;
    if (!act_parse(raw.activation.value.c_str(), &a)) {
      return "unknown activation " + quoted(raw.activation.value) + " (allowed: " + activation_names() + ")";
    }
  }
  rc.net.n_hidden = static_cast<int>(units.size());
  for (size_t i = 0; i < units.size(); ++i) {
    int n = 0;
    if (auto e = parse_int("--layers item " + std::to_string(i + 1), units[i], kIntMin, kIntMax, &n);
        !e.empty()) {
      return e;
    }
    Act a;
    if (!act_parse(acts[i].c_str(), &a)) {
      return "unknown activation " + quoted(acts[i]) + " (allowed: " + activation_names() + ")";
    }
    rc.net.hidden[i] = make_layer(n, a);
  }
  LayerSpec* const hidden = rc.net.hidden;
  const int nh = rc.net.n_hidden;
  // The formula activation: its text in --formula (checked by validate(), column and all).
  bool uses_formula = false;
  for (int i = 0; i < nh; ++i) uses_formula = uses_formula || hidden[i].act == Act::formula;
  if (uses_formula && !raw.formula.given) {
    return "the formula activation needs --formula EXPR, e.g. --formula 'x*tanh(softplus(x))'";
  }
  if (raw.formula.given && !uses_formula)
    return "--formula applies to formula layers only (none in this network)";
  if (raw.formula.value.size() > static_cast<size_t>(kFormulaMaxText)) {
    return "--formula is " + std::to_string(raw.formula.value.size()) + " characters long; at most " +
           std::to_string(kFormulaMaxText) + " allowed";
  }
  std::snprintf(rc.net.formula, sizeof rc.net.formula, "%s", raw.formula.value.c_str());
  if (raw.learn_params.given) {
    if (raw.learn_params.value != "on" && raw.learn_params.value != "off") {
      return "--learn-params: " + quoted(raw.learn_params.value) + " (allowed: on, off)";
    }
    for (int i = 0; i < nh; ++i) hidden[i].learn_params = raw.learn_params.value == "on";
  }
  if (raw.maxout_k.given) {
    int k = 0;
    if (auto e = parse_int("--maxout-k", raw.maxout_k.value, kIntMin, kIntMax, &k); !e.empty()) return e;
    bool any = false;
    for (int i = 0; i < nh; ++i) {
      if (hidden[i].act == Act::maxout) hidden[i].maxout_k = k, any = true;
    }
    if (!any) return "--maxout-k applies to maxout layers only (none in this network)";
  }

  // Pass 2: activation parameters, applied to every hidden layer whose activation has that parameter
  // (a formula layer has the ones its text declares: --a 2 for `...; a = 1 in [0, 5]`; a formula that
  // does not compile declares none here and is reported by validate()).
  Formula formula;
  if (!uses_formula || !formula_compile(rc.net.formula, FormulaVars::x, &formula).empty())
    formula.n_params = 0;
  for (const Option* f : act_flags) {
    bool used = false;
    std::vector<std::string> allowed;
    for (int i = 0; i < nh; ++i) {
      const bool own = hidden[i].act == Act::formula;
      const int np = own ? formula.n_params : act_info(hidden[i].act).n_params;
      for (int k = 0; k < np; ++k) {
        const std::string name = own ? formula.params[k].name : act_info(hidden[i].act).params[k].name;
        allowed.push_back("--" + name);
        if (normalise_flag(name) != f->name) continue;
        if (auto e = parse_float("--" + name, f->value, &hidden[i].act_params[k]); !e.empty()) return e;
        used = true;
      }
    }
    if (!used) {
      std::vector<std::string> own;
      for (const Flag& fl : flags) {
        std::string dashed = fl.name;
        for (char& c : dashed) c = c == '_' ? '-' : c;
        own.push_back("--" + dashed);
      }
      own.insert(own.end(), allowed.begin(), allowed.end());
      return "unknown flag " + quoted("--" + f->name) + " (allowed: " + join(own) + ")";
    }
  }

  // Inputs, head, initialisation, optimiser.
  if (!raw.features.given) raw.features.value = dinfo.dims == 1 ? "x" : "x,y";
  rc.net.features = 0;
  for (const std::string& name : split_commas(raw.features.value)) {
    Feature feat;
    if (!feature_parse(name.c_str(), &feat)) {
      return "unknown feature " + quoted(name) + " (allowed: " + feature_names() + ")";
    }
    rc.net.features |= 1u << static_cast<int>(feat);
  }
  if (!raw.output.given) raw.output.value = output_name(natural_output(classes));
  if (auto e = parse_enum("output", raw.output.value, output_parse, output_name, &rc.net.output); !e.empty())
    return e;
  rc.net.n_out = is_softmax_family(rc.net.output) ? classes : 1;
  if (raw.init.given) {
    if (auto e = parse_enum("init", raw.init.value, init_parse, init_name, &rc.net.init); !e.empty())
      return e;
  }
  if (raw.optimizer.given) {
    if (auto e = parse_enum("optimizer", raw.optimizer.value, optimizer_parse, optimizer_name,
                            &rc.train.optimizer);
        !e.empty()) {
      return e;
    }
  }
  // The default batch of 10 shrinks to the training set when that is smaller (xor4 has 4 points).
  if (!batch_given) {
    Dataset d;
    if (make_dataset(rc.data, &d).empty()) rc.train.batch = std::min(rc.train.batch, d.n_train);
  }
  *out = rc;
  return "";
}

}  // namespace actlab::cli
