// cmd_eval.cpp — `actlab eval NAME [--PARAM VALUE]...`: f and f' of the numbers on stdin through the
// SIMD kernels, one CSV line "x,y,dy" each (printf %.9g; every NaN is printed as "nan" so native and
// WASM print the same text whatever the NaN's sign bit).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "cli.h"
#include "core/activations.h"
#include "core/formula.h"
#include "core/layer_ops.h"
#include "core/range_error.h"

namespace actlab::cli {

namespace {

// softmax-family vectors are evaluated as a (K, B) batch of K one-hot probes (O(K^2)): keep K sane.
constexpr int kMaxVector = 4096;

std::string fmt9(float v) {
  if (std::isnan(v)) return "nan";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.9g", static_cast<double>(v));
  return buf;
}

void print_rows(const std::vector<float>& x, const std::vector<float>& y, const std::vector<float>& d) {
  std::string out;
  for (size_t i = 0; i < x.size(); ++i) out += fmt9(x[i]) + "," + fmt9(y[i]) + "," + fmt9(d[i]) + "\n";
  std::fputs(out.c_str(), stdout);
}

std::string read_stdin(std::vector<float>* xs) {
  std::string text;
  char buf[65536];
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, got);
  size_t i = 0;
  long long count = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i >= text.size()) break;
    const size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    ++count;
    double v = 0;
    const std::string what = "stdin number " + std::to_string(count);
    if (auto e = parse_any_double(what, text.substr(start, i - start), &v); !e.empty()) return e;
    // Beyond the float range the nearest float is ±inf (what a float parser would give).
    if (std::fabs(v) > std::numeric_limits<float>::max()) v = std::copysign(HUGE_VAL, v);
    xs->push_back(static_cast<float>(v));
  }
  return "";
}

// y = layer(z) and dy_i/dz_i: column b of the batch holds z with the one-hot upstream gradient e_b,
// so the backward kernel's dz[b][b] is the diagonal of the Jacobian.
void eval_layer(const LayerOp& op, const std::vector<float>& z, std::vector<float>* y,
                std::vector<float>* diag) {
  const int K = static_cast<int>(z.size());
  const int ld = 64;
  std::vector<float> zb(static_cast<size_t>(K) * ld), yb(zb.size()), dyb(zb.size()), dzb(zb.size());
  y->assign(z.size(), 0.0f);
  diag->assign(z.size(), 0.0f);
  for (int b0 = 0; b0 < K; b0 += ld) {
    const int B = std::min(ld, K - b0);
    for (int k = 0; k < K; ++k) {
      for (int b = 0; b < ld; ++b) {
        const size_t at = static_cast<size_t>(k) * ld + b;
        zb[at] = z[static_cast<size_t>(k)];
        dyb[at] = (k == b0 + b) ? 1.0f : 0.0f;
      }
    }
    op.forward(zb.data(), yb.data(), nullptr, K, 1, B, ld);
    op.backward(yb.data(), nullptr, dyb.data(), dzb.data(), K, 1, B, ld);
    for (int b = 0; b < B; ++b) {
      const int i = b0 + b;
      (*diag)[static_cast<size_t>(i)] = dzb[static_cast<size_t>(i) * ld + b];
    }
  }
  for (int k = 0; k < K && K > 0; ++k) (*y)[static_cast<size_t>(k)] = yb[static_cast<size_t>(k) * ld];
}

// `eval --formula EXPR [--NAME VALUE]...`: the student's own function, its declared parameters set
// by name (within their declared ranges), f' by the formula's automatic differentiation.
int eval_formula(const Options& o, const std::string& text) {
  if (!o.positional.empty() && o.positional[0] != "formula") {
    return usage_error("eval takes either an activation name or --formula, got also " +
                       quoted(o.positional[0]));
  }
  if (o.positional.size() > 1) {
    return usage_error("eval --formula takes no other argument, got " + quoted(o.positional[1]) +
                       " (the numbers go on stdin)");
  }
  static Formula f;  // ~3 KB, off the stack
  if (auto e = formula_compile(text.c_str(), FormulaVars::x, &f); !e.empty())
    return usage_error("--formula: " + e);
  float params[kFormulaMaxParams] = {0, 0};
  std::vector<std::string> allowed;
  for (int k = 0; k < f.n_params; ++k) {
    params[k] = f.params[k].def;
    allowed.push_back(std::string("--") + f.params[k].name);
  }
  for (const Option& flag : o.flags) {
    if (flag.name == "formula") continue;
    int k = 0;
    while (k < f.n_params && normalise_flag(f.params[k].name) != flag.name) ++k;
    if (k == f.n_params) {
      return usage_error("unknown parameter " + quoted("--" + flag.name) + " for the formula" +
                         (allowed.empty() ? std::string(" (it declares no parameters)")
                                          : " (allowed: " + join(allowed) + ")"));
    }
    float v = 0;
    if (auto e = parse_float("--" + flag.name, flag.value, &v); !e.empty()) return usage_error(e);
    if (auto e = detail::check_closed(f.params[k].name, v, f.params[k].lo, f.params[k].hi); !e.empty()) {
      return usage_error(e);
    }
    params[k] = v;
  }
  std::vector<float> x;
  if (auto e = read_stdin(&x); !e.empty()) return usage_error(e);
  std::vector<float> y(x.size()), d(x.size());
  formula_eval_tangent(f, params, x.data(), nullptr, 0, y.data(), d.data(), x.size());
  print_rows(x, y, d);
  return kExitOk;
}

}  // namespace

int cmd_eval(int argc, char** argv, int first) {
  Options o;
  if (auto e = split_options(argc, argv, first, {}, &o); !e.empty()) return usage_error(e);
  if (o.help) return cmd_help("eval");
  for (auto it = o.flags.rbegin(); it != o.flags.rend(); ++it) {
    if (it->name == "formula") return eval_formula(o, it->value);
  }
  if (o.positional.empty())
    return usage_error("eval needs an activation name (allowed: " + activation_names() + ")");
  if (o.positional.size() > 1) {
    return usage_error("eval takes one activation name, got also '" + o.positional[1] +
                       "' (the numbers go on stdin)");
  }
  Act act;
  if (!act_parse(o.positional[0].c_str(), &act)) {
    return usage_error("unknown activation " + quoted(o.positional[0]) + " (allowed: " + activation_names() +
                       ")");
  }
  if (act == Act::formula)
    return usage_error("eval formula needs --formula EXPR, e.g. --formula 'x*tanh(softplus(x))'");
  const ActInfo& info = act_info(act);
  if (!info.elementwise && !layer_op(act).across_units) {
    return usage_error(std::string(info.name) +
                       " has no element-wise form (it is the max over k pieces of a layer's "
                       "units): use it in train --activation " +
                       info.name);
  }

  float params[kMaxActParams];
  act_default_params(act, params);
  std::vector<std::string> allowed;
  for (int k = 0; k < info.n_params; ++k) allowed.push_back(std::string("--") + info.params[k].name);
  for (const Option& f : o.flags) {
    int k = 0;
    while (k < info.n_params && normalise_flag(info.params[k].name) != f.name) ++k;
    if (k == info.n_params) {
      return usage_error(
          "unknown parameter " + quoted("--" + f.name) + " for " + info.name +
          (allowed.empty() ? std::string(" (it has no parameters)") : " (allowed: " + join(allowed) + ")"));
    }
    float v = 0;
    if (auto e = parse_float(std::string("--") + info.params[k].name, f.value, &v); !e.empty())
      return usage_error(e);
    const ActParam& p = info.params[k];
    if (auto e = detail::check_closed(p.name, v, p.lo, p.hi); !e.empty()) return usage_error(e);
    params[k] = v;
  }

  std::vector<float> x;
  if (auto e = read_stdin(&x); !e.empty()) return usage_error(e);
  std::vector<float> y(x.size()), d(x.size());
  if (info.elementwise) {
    act_forward(act, params, x.data(), y.data(), x.size());
    act_derivative(act, params, x.data(), y.data(), d.data(), x.size());
  } else {
    if (x.size() > static_cast<size_t>(kMaxVector)) {
      return usage_error(std::string(info.name) + " treats stdin as one vector: at most " +
                         std::to_string(kMaxVector) + " numbers (got " + std::to_string(x.size()) + ")");
    }
    eval_layer(layer_op(act), x, &y, &d);
  }
  print_rows(x, y, d);
  return kExitOk;
}

}  // namespace actlab::cli
