// config.cpp — name tables of the configuration enums (generated from the X-macros in config.h),
// layer defaults from the activation catalogue, and validate(): the single place that knows every
// allowed range, so the CLI, the embind module and the URL codec report the same one-line errors.
#include "config.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "range_error.h"

namespace actlab {

namespace {

constexpr const char* kFeatureNames[] = {
#define ACTLAB_FEATURE_NAME(id, token) token,
    ACTLAB_FEATURES(ACTLAB_FEATURE_NAME)
#undef ACTLAB_FEATURE_NAME
};
constexpr const char* kOutputNames[] = {
#define ACTLAB_OUTPUT_NAME(id, token, loss) token,
    ACTLAB_OUTPUTS(ACTLAB_OUTPUT_NAME)
#undef ACTLAB_OUTPUT_NAME
};
constexpr const char* kInitNames[] = {
#define ACTLAB_INIT_NAME(id) #id,
    ACTLAB_INITS(ACTLAB_INIT_NAME)
#undef ACTLAB_INIT_NAME
};
constexpr const char* kOptimizerNames[] = {
#define ACTLAB_OPT_NAME(id) #id,
    ACTLAB_OPTIMIZERS(ACTLAB_OPT_NAME)
#undef ACTLAB_OPT_NAME
};
static_assert(sizeof(kFeatureNames) / sizeof(*kFeatureNames) == kNumFeatures, "kNumFeatures is stale");

template <size_t N> const char* table_name(const char* const (&table)[N], size_t i) {
  return i < N ? table[i] : "?";
}
template <class E, size_t N> bool table_parse(const char* const (&table)[N], const char* name, E* out) {
  if (name == nullptr) return false;
  for (size_t i = 0; i < N; ++i) {
    if (std::strcmp(table[i], name) == 0) {
      *out = static_cast<E>(i);
      return true;
    }
  }
  return false;
}
template <size_t N> std::string table_list(const char* const (&table)[N]) {
  std::string s;
  for (size_t i = 0; i < N; ++i) s += (i ? ", " : "") + std::string(table[i]);
  return s;
}

using detail::check_closed;
using detail::check_int;
using detail::fmt_number;
using detail::not_allowed;
// [0, 1): momentum, betas, rho.
std::string check_unit_open(const std::string& field, double v) {
  return v >= kUnitOpenRange.min && v < kUnitOpenRange.max
             ? ""
             : not_allowed(field, fmt_number(v), "0 <= value < 1");
}

std::string validate_layer(int i, const LayerSpec& l) {
  const std::string f = "hidden[" + std::to_string(i) + "]";
  if (auto e = check_int(f + ".units", l.units, 1, kMaxUnits); !e.empty()) return e;
  if (static_cast<int>(l.act) >= kNumActs && l.act != Act::formula) {
    return not_allowed(f + ".act", std::to_string(static_cast<int>(l.act)), "an activation of the catalogue");
  }
  if (l.act == Act::formula) return "";  // its text is checked once, in validate_net
  const ActInfo& info = act_info(l.act);
  if (!info.elementwise && l.act != Act::maxout) {
    return not_allowed(
        f + ".act", info.name,
        "an element-wise activation or maxout; " + std::string(info.name) + " is an output head only");
  }
  if (l.act == Act::maxout) {
    // The piece count lives in maxout_k; the catalogue row's parameter "k" gives its range.
    const ActParam& k = info.params[0];
    return check_int(f + ".maxout_k", l.maxout_k, static_cast<long long>(k.lo), static_cast<long long>(k.hi));
  }
  for (int k = 0; k < info.n_params && k < kMaxActParams; ++k) {
    const ActParam& p = info.params[k];
    if (auto e = check_closed(f + "." + p.name, l.act_params[k], p.lo, p.hi); !e.empty()) return e;
  }
  return "";
}

std::string validate_net(const NetConfig& net, const Dataset& data) {
  const uint32_t all = (1u << kNumFeatures) - 1;
  if (net.features == 0 || (net.features & ~all) != 0) {
    return not_allowed("features", net.features == 0 ? "none" : "bit mask " + std::to_string(net.features),
                       "a non-empty set of " + table_list(kFeatureNames));
  }
  if (data.dims == 1) {
    const uint32_t one_d = (1u << static_cast<int>(Feature::x)) |
                           (1u << static_cast<int>(Feature::x_squared)) |
                           (1u << static_cast<int>(Feature::sin_x));
    for (int i = 0; i < kNumFeatures; ++i) {
      if ((net.features >> i & 1u) && !(one_d >> i & 1u)) {
        return not_allowed("features", kFeatureNames[i], "x, xSquared, sinX for 1-D data");
      }
    }
  }
  if (auto e = check_int("n_hidden", net.n_hidden, 0, kMaxHidden); !e.empty()) return e;
  bool uses_formula = false;
  for (int i = 0; i < net.n_hidden; ++i) {
    if (auto e = validate_layer(i, net.hidden[i]); !e.empty()) return e;
    uses_formula = uses_formula || net.hidden[i].act == Act::formula;
  }
  if (uses_formula) {
    Formula f;
    if (!std::memchr(net.formula, 0, sizeof net.formula))
      return "formula: longer than " + std::to_string(kFormulaMaxText) + " characters";
    if (auto e = formula_compile(net.formula, FormulaVars::x, &f); !e.empty()) return "formula: " + e;
    // Start values of the declared parameters (NaN = the declared default) lie in their ranges.
    for (int i = 0; i < net.n_hidden; ++i) {
      if (net.hidden[i].act != Act::formula) continue;
      for (int k = 0; k < f.n_params; ++k) {
        const float v = net.hidden[i].act_params[k];
        const FormulaParam& p = f.params[k];
        const std::string field = "hidden[" + std::to_string(i) + "]." + p.name;
        if (auto e = check_closed(field, v, p.lo, p.hi); !std::isnan(v) && !e.empty()) return e;
      }
    }
  }

  const size_t n_outputs = sizeof(kOutputNames) / sizeof(*kOutputNames);
  if (static_cast<size_t>(net.output) >= n_outputs) {
    return not_allowed("output", std::to_string(static_cast<int>(net.output)), table_list(kOutputNames));
  }
  const char* head = output_name(net.output);
  const bool regression = data.classes == 0;
  if (net.output == Output::identity && !regression) {
    return not_allowed("output", head,
                       "a classification head (tanh, sigmoid, softmax, log_softmax, softmin) for " +
                           std::to_string(data.classes) + "-class data");
  }
  if (net.output == Output::sigmoid || is_softmax_family(net.output)) {
    if (regression) return not_allowed("output", head, "identity or tanh for regression data");
  }
  if ((net.output == Output::tanh || net.output == Output::sigmoid) && !regression && data.classes != 2) {
    return not_allowed("output", head,
                       "softmax, log_softmax or softmin for " + std::to_string(data.classes) + "-class data");
  }
  if (is_softmax_family(net.output)) {
    if (net.n_out != data.classes) {
      return not_allowed("n_out", std::to_string(net.n_out),
                         std::to_string(data.classes) + " (the number of classes) for a " + head + " head");
    }
  } else if (net.n_out != 1) {
    return not_allowed("n_out", std::to_string(net.n_out), std::string("1 for a ") + head + " head");
  }

  const size_t n_inits = sizeof(kInitNames) / sizeof(*kInitNames);
  if (static_cast<size_t>(net.init) >= n_inits) {
    return not_allowed("init", std::to_string(static_cast<int>(net.init)), table_list(kInitNames));
  }
  if (auto e = detail::check_range("init_scale", net.init_scale, kInitScaleRange); !e.empty()) return e;
  return "";
}

std::string validate_train(const TrainConfig& t, const Dataset& data) {
  const size_t n_opts = sizeof(kOptimizerNames) / sizeof(*kOptimizerNames);
  if (static_cast<size_t>(t.optimizer) >= n_opts) {
    return not_allowed("optimizer", std::to_string(static_cast<int>(t.optimizer)),
                       table_list(kOptimizerNames));
  }
  if (auto e = detail::check_range("lr", t.lr, kLrRange); !e.empty()) return e;
  if (data.n_train < 1)
    return not_allowed("n_train", std::to_string(data.n_train), "at least 1 training point");
  if (auto e = check_int("batch", t.batch, 1, data.n_train); !e.empty()) return e;
  if (auto e = detail::check_range("l1", t.l1, kPenaltyRange); !e.empty()) return e;
  if (auto e = detail::check_range("l2", t.l2, kPenaltyRange); !e.empty()) return e;
  if (auto e = detail::check_range("dropout", t.dropout, kDropoutRange); !e.empty()) return e;
  if (!(t.clip >= 0 && std::isfinite(t.clip)))
    return not_allowed("clip", fmt_number(t.clip), "value >= 0 (0 = off)");
  if (auto e = check_unit_open("momentum", t.momentum); !e.empty()) return e;
  if (auto e = check_unit_open("beta1", t.beta1); !e.empty()) return e;
  if (auto e = check_unit_open("beta2", t.beta2); !e.empty()) return e;
  if (auto e = check_unit_open("rho", t.rho); !e.empty()) return e;
  if (!(t.eps > 0 && std::isfinite(t.eps))) return not_allowed("eps", fmt_number(t.eps), "value > 0");
  return "";
}

}  // namespace

bool is_softmax_family(Output o) {
  return o == Output::softmax || o == Output::log_softmax || o == Output::softmin;
}

Output natural_output(int classes) {
  return classes == 0 ? Output::identity : classes > 2 ? Output::softmax : Output::tanh;
}

const char* feature_name(Feature f) { return table_name(kFeatureNames, static_cast<size_t>(f)); }
bool feature_parse(const char* name, Feature* out) { return table_parse(kFeatureNames, name, out); }
const char* output_name(Output o) { return table_name(kOutputNames, static_cast<size_t>(o)); }
bool output_parse(const char* name, Output* out) { return table_parse(kOutputNames, name, out); }
const char* init_name(Init i) { return table_name(kInitNames, static_cast<size_t>(i)); }
bool init_parse(const char* name, Init* out) { return table_parse(kInitNames, name, out); }
const char* optimizer_name(Optimizer o) { return table_name(kOptimizerNames, static_cast<size_t>(o)); }
bool optimizer_parse(const char* name, Optimizer* out) { return table_parse(kOptimizerNames, name, out); }

LayerSpec make_layer(int units, Act a) {
  LayerSpec l;
  l.units = units;
  l.act = a;
  act_default_params(a, l.act_params);
  if (a == Act::formula) std::fill(l.act_params, l.act_params + kMaxActParams, std::nanf(""));
  l.learn_params = act_info(a).learnable_default;
  l.maxout_k = static_cast<int>(act_info(Act::maxout).params[0].def);
  return l;
}

std::string validate(const NetConfig& net, const TrainConfig& train, const Dataset& data) {
  if (auto e = validate_net(net, data); !e.empty()) return e;
  return validate_train(train, data);
}

}  // namespace actlab
