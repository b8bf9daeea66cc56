// bindings.cpp — the embind surface of the core for the browser worker and for Node (vitest).
// Plain structs in, typed arrays out, no logic. Read top to bottom:
//   1. helpers      enum <-> int, 64-bit <-> double, float buffers <-> Float32Array (always copies)
//   2. catalogue    activations, datasets, heads, inits, optimisers, features, limits (core tables)
//   3. configs      DataConfig, LayerSpec, NetConfig, TrainConfig, Metrics, DivergenceCause as value objects
//   4. Trainer      the training object, one method per core method
// Enums cross as their index in catalogue order; the TypeScript facade (web/src/engine/engine.ts)
// maps tokens to indices. Every array returned is a fresh Float32Array: nothing refers to WASM memory
// after the call, so memory growth can never leave a stale view. The declarations live in
// web/src/engine/actlab-module.d.ts; tests/web/module.test.ts calls every member.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "core/activations.h"
#include "core/config.h"
#include "core/dataset.h"
#include "core/export_code.h"
#include "core/formula.h"
#include "core/layer_ops.h"
#include "core/param_stats.h"
#include "core/trainer.h"

using emscripten::val;
using namespace actlab;

namespace {

// ---- 1. helpers -----------------------------------------------------------------------------------
template <class S, class E, E S::*M> int get_enum(const S& s) { return static_cast<int>(s.*M); }
template <class S, class E, E S::*M> void set_enum(S& s, int v) { s.*M = static_cast<E>(v); }
template <class S, uint64_t S::*M> double get_u64(const S& s) { return static_cast<double>(s.*M); }
template <class S, uint64_t S::*M> void set_u64(S& s, double v) { s.*M = static_cast<uint64_t>(v); }
template <class S, int64_t S::*M> double get_i64(const S& s) { return static_cast<double>(s.*M); }
template <class S> void read_only(S&, double) {}

val f32_copy(const float* p, size_t n) {
  return val::global("Float32Array").new_(emscripten::typed_memory_view(n, p));
}
std::vector<float> f32_in(const val& a) { return emscripten::convertJSArrayToNumberVector<float>(a); }

// {k1: v1, k2: v2, ...}
template <class... KV> val obj(KV&&... kv) {
  val o = val::object();
  (o.set(kv.first, kv.second), ...);
  return o;
}
template <class V> std::pair<const char*, V> kv(const char* k, V v) { return {k, v}; }
// Text goes through std::string, which embind decodes as UTF-8 (a bare const char* would be read
// as Latin-1 and break the Korean names).
std::pair<const char*, std::string> kv(const char* k, const char* v) { return {k, v ? v : ""}; }

// [row(0), ..., row(n - 1)]
template <class F> val array_of(int n, F row) {
  val rows = val::array();
  for (int i = 0; i < n; ++i) rows.call<void>("push", row(i));
  return rows;
}

template <class T, size_t N, size_t... I> void register_array(const char* name, std::index_sequence<I...>) {
  auto arr = emscripten::value_array<std::array<T, N>>(name);
  (arr.element(emscripten::index<I>()), ...);
}

// ---- 2. catalogue ---------------------------------------------------------------------------------
val activations() {
  return array_of(kNumActs, [](int i) {
    const ActInfo& a = act_catalogue()[i];
    val params = array_of(a.n_params, [&](int k) {
      const ActParam& p = a.params[k];
      return obj(kv("name", p.name), kv("def", p.def), kv("lo", p.lo), kv("hi", p.hi),
                 kv("learnable", p.learnable));
    });
    return obj(kv("id", static_cast<int>(a.id)), kv("name", a.name), kv("display", a.display),
               kv("latex", a.latex), kv("latexD", a.latex_d), kv("family", family_info(a.family).token),
               kv("familyEn", family_info(a.family).name_en), kv("familyKo", family_info(a.family).name_ko),
               kv("range", a.range), kv("elementwise", a.elementwise), kv("monotonic", a.monotonic),
               kv("zeroCentred", a.zero_centred), kv("smooth", a.smooth), kv("saturating", a.saturating),
               kv("hasDeadZone", a.has_dead_zone), kv("learnableDefault", a.learnable_default),
               kv("params", params), kv("descEn", a.desc_en), kv("descKo", a.desc_ko), kv("source", a.source),
               kv("year", a.year));
  });
}

val datasets() {
  return array_of(kNumDatasets, [](int i) {
    const DatasetInfo& d = dataset_info(static_cast<DatasetKind>(i));
    return obj(kv("id", i), kv("name", d.name), kv("display", d.display), kv("displayKo", d.display_ko),
               kv("regression", d.regression), kv("dims", d.dims), kv("minClasses", d.min_classes),
               kv("maxClasses", d.max_classes), kv("fixedPoints", d.fixed_points),
               kv("formula", std::string(d.formula)));
  });
}

val outputs() {
  val rows = val::array();
#define ACTLAB_OUTPUT_ROW(id, token, loss)                                                                 \
  rows.call<void>("push", obj(kv("id", static_cast<int>(Output::id)), kv("name", token), kv("loss", loss), \
                              kv("perClass", is_softmax_family(Output::id))));
  ACTLAB_OUTPUTS(ACTLAB_OUTPUT_ROW)
#undef ACTLAB_OUTPUT_ROW
  return rows;
}

#define ACTLAB_COUNT(id) +1
constexpr size_t kNumInits = 0 ACTLAB_INITS(ACTLAB_COUNT);
constexpr size_t kNumOptimizers = 0 ACTLAB_OPTIMIZERS(ACTLAB_COUNT);
#undef ACTLAB_COUNT
template <class E, const char* (*Name)(E), size_t N> val names() {
  return array_of(N, [](int i) { return std::string(Name(static_cast<E>(i))); });
}

val limits() {
  return obj(kv("maxHidden", kMaxHidden), kv("maxUnits", kMaxUnits), kv("maxClasses", kMaxClasses),
             kv("maxMaxoutPieces", kMaxMaxoutPieces), kv("maxActParams", kMaxActParams));
}

// The rules of a configuration: every range validate() and make_dataset() enforce, the defaults of
// the config structs, and the allowed combinations — asked of validate() itself, so they cannot
// disagree with it. web/scripts/copy-wasm.mjs writes them to the UI's generated rules.json.
val range_js(const Range& r) { return obj(kv("min", r.min), kv("max", r.max), kv("minOpen", r.min_open)); }
// A float default as the shortest decimal that rounds back to it (0.03f -> 0.03, not 0.0299999993).
double decimal(float v) {
  char buf[32];
  for (int digits = 6; digits < 9; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, static_cast<double>(v));
    if (std::strtof(buf, nullptr) == v) break;
  }
  return std::strtod(buf, nullptr);
}
bool accepted(const NetConfig& net, int classes, int dims) {
  Dataset data;
  data.classes = classes;
  data.dims = dims;
  data.n_train = data.n_test = 100;
  return validate(net, TrainConfig{}, data).empty();
}
val heads_for(int classes) {
  val names = val::array();
  for (int o = 0; std::string(output_name(static_cast<Output>(o))) != "?"; ++o) {
    NetConfig net;
    net.output = static_cast<Output>(o);
    net.n_out = is_softmax_family(net.output) ? classes : 1;
    if (accepted(net, classes, 2)) names.call<void>("push", std::string(output_name(net.output)));
  }
  return names;
}
val rules() {
  const DataConfig d;
  const NetConfig n;
  const TrainConfig t;
  val one_d = val::array();
  for (int f = 0; f < kNumFeatures; ++f) {
    NetConfig net;
    net.features = 1u << f;
    net.output = Output::identity;
    if (accepted(net, 0, 1)) one_d.call<void>("push", std::string(feature_name(static_cast<Feature>(f))));
  }
  const val ranges =
      obj(kv("points", range_js(kPointsRange)), kv("noise", range_js(kNoiseRange)),
          kv("trainRatio", range_js(kTrainRatioRange)), kv("classes", range_js({2, kMaxClasses})),
          kv("hidden", range_js({0, kMaxHidden})), kv("units", range_js({1, kMaxUnits})),
          kv("maxoutPieces", range_js({2, kMaxMaxoutPieces})), kv("lr", range_js(kLrRange)),
          kv("batch", range_js({1, kPointsRange.max})), kv("penalty", range_js(kPenaltyRange)),
          kv("dropout", range_js(kDropoutRange)), kv("initScale", range_js(kInitScaleRange)));
  const val defaults =
      obj(kv("data", obj(kv("points", d.points), kv("noise", decimal(d.noise)),
                         kv("trainRatio", decimal(d.train_ratio)), kv("classes", d.classes),
                         kv("seed", static_cast<double>(d.seed)))),
          kv("net", obj(kv("init", init_name(n.init)), kv("initScale", decimal(n.init_scale)))),
          kv("train", obj(kv("optimizer", optimizer_name(t.optimizer)), kv("lr", decimal(t.lr)),
                          kv("momentum", decimal(t.momentum)), kv("beta1", decimal(t.beta1)),
                          kv("beta2", decimal(t.beta2)), kv("rho", decimal(t.rho)), kv("eps", decimal(t.eps)),
                          kv("batch", t.batch), kv("l1", decimal(t.l1)), kv("l2", decimal(t.l2)),
                          kv("dropout", decimal(t.dropout)), kv("clip", decimal(t.clip)),
                          kv("seed", static_cast<double>(t.seed)))));
  const val natural =
      obj(kv("regression", output_name(natural_output(0))), kv("binary", output_name(natural_output(2))),
          kv("multiclass", output_name(natural_output(3))));
  const val heads = obj(kv("regression", heads_for(0)), kv("binary", heads_for(2)),
                        kv("multiclass", heads_for(3)), kv("natural", natural));
  val points = val::object();  // what make_dataset draws: total_points() (dataset.cpp)
  for (int i = 0; i < kNumDatasets; ++i) {
    const DatasetInfo& info = dataset_info(static_cast<DatasetKind>(i));
    points.set(info.name, obj(kv("fixed", info.fixed_points), kv("perClass", info.per_class_draw),
                              kv("minClasses", info.min_classes), kv("maxClasses", info.max_classes)));
  }
  return obj(kv("ranges", ranges), kv("defaults", defaults), kv("heads", heads), kv("points", points),
             kv("oneDFeatures", one_d));
}

// "" when the core accepts this configuration (the dataset is built to check it), else the error.
std::string validate_js(const DataConfig& data_cfg, const NetConfig& net, const TrainConfig& train) {
  Dataset data;
  if (auto e = make_dataset(data_cfg, &data); !e.empty()) return e;
  return validate(net, train, data);
}

// {f, df}: f(x) and f'(x) of an element-wise activation with the SIMD kernels (curves in the UI).
val act_curve_js(int act, const std::array<float, kMaxActParams>& p, const val& xs) {
  std::vector<float> x = f32_in(xs), y(x.size()), d(x.size());
  act_forward(static_cast<Act>(act), p.data(), x.data(), y.data(), x.size());
  act_derivative(static_cast<Act>(act), p.data(), x.data(), y.data(), d.data(), x.size());
  return obj(kv("f", f32_copy(y.data(), y.size())), kv("df", f32_copy(d.data(), d.size())));
}

// What one element costs in the kernels training runs: act_forward then act_backward (dy = 1) over
// n inputs spread on [-6, 6], repeated until at least min_ms have passed; the best of 3 such
// measurements, in nanoseconds per element (forward + backward). NaN for a row that is not
// element-wise. Timed inside the module, so the copies between JS and the module (which dominate
// act_curve_js: about 8 ns per element whatever the function) are not counted. The lab's cost
// facts (lessons relu-speed) show it; nothing checks it: timings depend on the machine.
volatile float g_cost_sink = 0;

double act_cost_js(int act, const std::array<float, kMaxActParams>& p, int n, double min_ms) {
  if (act < 0 || act >= kNumElementwiseActs || n <= 0) return std::nan("");
  const Act a = static_cast<Act>(act);
  const size_t m = static_cast<size_t>(n);
  std::vector<float> x(m), y(m), dy(m, 1.0f), dx(m);
  for (size_t i = 0; i < m; ++i) x[i] = -6.0f + 12.0f * static_cast<float>(i) / static_cast<float>(m);
  float sink = 0;
  double best = INFINITY;
  for (int r = 0; r < 3; ++r) {
    const double t0 = emscripten_get_now();
    double elapsed = 0;
    size_t done = 0;
    do {
      act_forward(a, p.data(), x.data(), y.data(), m);
      act_backward(a, p.data(), x.data(), y.data(), dy.data(), dx.data(), m);
      sink += y[m / 2] + dx[m / 3];
      done += m;
      elapsed = emscripten_get_now() - t0;
    } while (elapsed < min_ms);
    best = std::min(best, elapsed * 1e6 / static_cast<double>(done));
  }
  g_cost_sink = g_cost_sink + sink;  // observable, so no loop can be dropped
  return best;
}

// {f, df}: a softmax-family row as a function of one input (the first of 3 outputs on (x, 0, 0) and its
// derivative, layer_ops.h layer_op_curve); null for every other row.
val vector_curve_js(int act, const val& xs) {
  std::vector<float> x = f32_in(xs), y(x.size()), d(x.size());
  if (act < 0 || act >= kNumActs ||
      !layer_op_curve(static_cast<Act>(act), 3, x.data(), y.data(), d.data(), x.size()))
    return val::null();
  return obj(kv("f", f32_copy(y.data(), y.size())), kv("df", f32_copy(d.data(), d.size())));
}

// {error, f, df, params}: a formula checked and evaluated for the picker's live validation and its
// f / f' preview (cpp/core/formula.h; error is "" or the one-line message with its column). xs may be
// empty (check only). xy: a dataset formula (x and y allowed; the curve is then along y = 0). at: the
// parameters' values (missing ones: their declared defaults). params: the declared parameters
// [{name, def, lo, hi}].
val formula_curve_js(const std::string& text, const val& xs, bool xy, const val& at) {
  Formula f;
  const std::string error = formula_compile(text.c_str(), xy ? FormulaVars::xy : FormulaVars::x, &f);
  std::vector<float> x = f32_in(xs), y(x.size()), d(x.size()), zeros(x.size(), 0.0f), given = f32_in(at);
  float at_p[kFormulaMaxParams] = {0, 0};
  for (int k = 0; k < f.n_params; ++k) {
    at_p[k] = k < static_cast<int>(given.size()) ? given[k] : f.params[k].def;
  }
  if (error.empty()) formula_eval_tangent(f, at_p, x.data(), zeros.data(), 0, y.data(), d.data(), x.size());
  val params = val::array();
  for (int k = 0; k < f.n_params; ++k) {
    const FormulaParam& p = f.params[k];
    params.call<void>("push",
                      obj(kv("name", std::string(p.name)), kv("def", p.def), kv("lo", p.lo), kv("hi", p.hi)));
  }
  return obj(kv("error", error), kv("f", f32_copy(y.data(), y.size())),
             kv("df", f32_copy(d.data(), d.size())), kv("params", params));
}
int formula_act_js() { return static_cast<int>(Act::formula); }
// Bytes malloc has handed out and not had back (dlmalloc's mallinfo): the soak's leak probe. The WASM
// memory's size only grows in 64 KB pages, so a leak that fits in free memory would not show there.
double heap_in_use_js() { return static_cast<double>(mallinfo().uordblks); }
// NetConfig::formula and DataConfig::formula as strings.
template <class T> std::string get_formula(const T& n) {
  const void* end = std::memchr(n.formula, 0, sizeof n.formula);
  return std::string(n.formula, end ? static_cast<const char*>(end) - n.formula : sizeof n.formula);
}
template <class T> void set_formula(T& n, const std::string& v) {
  // A text beyond the limit fills the buffer without its terminator, which validate() refuses.
  const size_t len = std::min(v.size(), sizeof n.formula);
  std::memcpy(n.formula, v.data(), len);
  if (len < sizeof n.formula) n.formula[len] = '\0';
}

val dataset_js(const Dataset& d, const std::string& error) {
  return obj(kv("error", error), kv("nTrain", d.n_train), kv("nTest", d.n_test), kv("classes", d.classes),
             kv("dims", d.dims), kv("x", f32_copy(d.x.data(), d.x.size())),
             kv("y", f32_copy(d.y.data(), d.y.size())), kv("label", f32_copy(d.label.data(), d.label.size())),
             kv("xMin", d.x_min), kv("xMax", d.x_max), kv("yMin", d.y_min), kv("yMax", d.y_max));
}
val make_dataset_js(const DataConfig& cfg) {
  Dataset d;
  return dataset_js(d, make_dataset(cfg, &d));
}

// {error, code}: the experiment as a self-contained Python script, format "numpy" or "pytorch"
// (cpp/core/export_code.h; the same text as `actlab export`).
val export_code_js(const std::string& format, const DataConfig& d, const NetConfig& n, const TrainConfig& t,
                   int epochs) {
  ExportFormat f;
  std::string code;
  const std::string err = export_format_parse(format.c_str(), &f)
                              ? export_code(f, d, n, t, epochs, &code)
                              : "unknown format '" + format + "' (allowed: " + export_format_names() + ")";
  return obj(kv("error", err), kv("code", code));
}

// ---- 4. Trainer (free functions whose first argument is the object) --------------------------------
Metrics measure_js(Trainer& t) { return t.measure(); }
// 64-bit counts and sizes cross as double (exact below 2^53).
template <class R, R (Trainer::*F)() const> double count_js(const Trainer& t) {
  return static_cast<double>((t.*F)());
}
template <size_t (Trainer::*F)(int) const> double offset_js(const Trainer& t, int l) {
  return static_cast<double>((t.*F)(l));
}
void reinit_js(Trainer& t, double seed) { t.reinit(static_cast<uint64_t>(seed)); }
// Sizes from JavaScript are bounded here: an absurd request returns an empty array instead of
// exhausting WASM memory (which aborts the module).
constexpr int kMaxBins = 1 << 16;
constexpr long long kMaxGridPoints = 1 << 22;  // e.g. 2048 x 2048
val histogram_js(const Trainer& t, int layer, int bins, float lo, float hi) {
  std::vector<float> counts(static_cast<size_t>(bins > 0 && bins <= kMaxBins ? bins : 0));
  if (!counts.empty()) t.preact_histogram(layer, bins, lo, hi, counts.data());
  return f32_copy(counts.data(), counts.size());
}
// eval_grid (planes = n_out) and eval_grid_units (planes = total_units): (planes, h, w).
template <void (Trainer::*Eval)(int, int, float, float, float, float, float*), bool Units>
val grid_js(Trainer& t, int w, int h, float x0, float x1, float y0, float y1) {
  if (w <= 0 || h <= 0 || static_cast<long long>(w) * h > kMaxGridPoints) return f32_copy(nullptr, 0);
  std::vector<float> out(static_cast<size_t>(Units ? t.total_units() : t.net().n_out) * w * h);
  (t.*Eval)(w, h, x0, x1, y0, y1, out.data());
  return f32_copy(out.data(), out.size());
}
val predict_js(Trainer& t, const val& xs, const val& ys) {
  std::vector<float> x = f32_in(xs), y = f32_in(ys);
  const int n = static_cast<int>(std::min(x.size(), y.size()));
  std::vector<float> out(static_cast<size_t>(t.net().n_out) * n);
  t.predict(x.data(), y.data(), n, out.data());
  return f32_copy(out.data(), out.size());
}
val gradcheck_js(Trainer& t, int max_params) {
  int skipped = 0;
  const double err = t.gradcheck(max_params, &skipped);
  return obj(kv("maxRelError", err), kv("skipped", skipped));
}
val params_js(const Trainer& t) { return f32_copy(t.params(), t.n_params()); }
std::string set_params_js(Trainer& t, const val& p) {
  const std::vector<float> v = f32_in(p);
  return t.set_params(v.data(), v.size());
}
// Counters cross embind as doubles (exact below 2^53; int64 would need BigInt).
std::string set_counters_js(Trainer& t, double epoch, double step) {
  constexpr double kMax = 9007199254740992.0;  // 2^53
  if (!(epoch >= 0 && epoch < kMax && step >= 0 && step < kMax))
    return "set_counters: epoch and step must be whole numbers >= 0";
  return t.set_counters(static_cast<int64_t>(epoch), static_cast<int64_t>(step));
}
// Per weight layer {drift, spread, learnt: Float32Array (min, mean, max) per learnt parameter} against
// `initial` (the buffer at step 0); [] when initial is not n_params() long.
val param_stats_js(const Trainer& t, const val& initial) {
  const std::vector<float> p0 = f32_in(initial);
  val out = val::array();
  if (p0.size() != t.n_params()) return out;
  for (const LayerParamStats& s : param_stats(t, p0.data())) {
    std::vector<float> learnt;
    for (const ParamRange& r : s.learnt) learnt.insert(learnt.end(), {r.min, r.mean, r.max});
    out.call<void>("push", obj(kv("drift", s.drift), kv("spread", s.spread),
                               kv("learnt", f32_copy(learnt.data(), learnt.size()))));
  }
  return out;
}
val data_js(const Trainer& t) { return dataset_js(t.data(), ""); }
NetConfig net_js(const Trainer& t) { return t.net(); }

}  // namespace

EMSCRIPTEN_BINDINGS(actlab) {
  using namespace emscripten;

  // ---- 2. catalogue ----
  function("activations", &activations);
  function("datasets", &datasets);
  function("outputs", &outputs);
  function("inits", &names<Init, &init_name, kNumInits>);
  function("optimizers", &names<Optimizer, &optimizer_name, kNumOptimizers>);
  function("features", &names<Feature, &feature_name, kNumFeatures>);
  function("limits", &limits);
  function("rules", &rules);
  function("validate", &validate_js);
  function("actCurve", &act_curve_js);
  function("vectorCurve", &vector_curve_js);
  function("actCost", &act_cost_js);
  function("formulaCurve", &formula_curve_js);
  function("formulaAct", &formula_act_js);
  function("heapInUse", &heap_in_use_js);
  function("makeDataset", &make_dataset_js);
  function("exportCode", &export_code_js);

  // ---- 3. configs ----
  register_array<float, kMaxActParams>("ActParams", std::make_index_sequence<kMaxActParams>());
  register_array<LayerSpec, kMaxHidden>("HiddenLayers", std::make_index_sequence<kMaxHidden>());
  register_array<LayerMetrics, kMaxHidden + 1>("LayerMetricsArray",
                                               std::make_index_sequence<kMaxHidden + 1>());
  value_object<DataConfig>("DataConfig")
      .field("kind", &get_enum<DataConfig, DatasetKind, &DataConfig::kind>,
             &set_enum<DataConfig, DatasetKind, &DataConfig::kind>)
      .field("points", &DataConfig::points)
      .field("noise", &DataConfig::noise)
      .field("trainRatio", &DataConfig::train_ratio)
      .field("classes", &DataConfig::classes)
      .field("seed", &get_u64<DataConfig, &DataConfig::seed>, &set_u64<DataConfig, &DataConfig::seed>)
      .field("formula", &get_formula<DataConfig>, &set_formula<DataConfig>);
  value_object<LayerSpec>("LayerSpec")
      .field("units", &LayerSpec::units)
      .field("act", &get_enum<LayerSpec, Act, &LayerSpec::act>, &set_enum<LayerSpec, Act, &LayerSpec::act>)
      .field("actParams", &LayerSpec::act_params)
      .field("learnParams", &LayerSpec::learn_params)
      .field("maxoutK", &LayerSpec::maxout_k);
  value_object<NetConfig>("NetConfig")
      .field("features", &NetConfig::features)
      .field("nHidden", &NetConfig::n_hidden)
      .field("hidden", &NetConfig::hidden)
      .field("output", &get_enum<NetConfig, Output, &NetConfig::output>,
             &set_enum<NetConfig, Output, &NetConfig::output>)
      .field("nOut", &NetConfig::n_out)
      .field("init", &get_enum<NetConfig, Init, &NetConfig::init>,
             &set_enum<NetConfig, Init, &NetConfig::init>)
      .field("initScale", &NetConfig::init_scale)
      .field("formula", &get_formula<NetConfig>, &set_formula<NetConfig>);
  value_object<TrainConfig>("TrainConfig")
      .field("optimizer", &get_enum<TrainConfig, Optimizer, &TrainConfig::optimizer>,
             &set_enum<TrainConfig, Optimizer, &TrainConfig::optimizer>)
      .field("lr", &TrainConfig::lr)
      .field("momentum", &TrainConfig::momentum)
      .field("beta1", &TrainConfig::beta1)
      .field("beta2", &TrainConfig::beta2)
      .field("rho", &TrainConfig::rho)
      .field("eps", &TrainConfig::eps)
      .field("batch", &TrainConfig::batch)
      .field("l1", &TrainConfig::l1)
      .field("l2", &TrainConfig::l2)
      .field("dropout", &TrainConfig::dropout)
      .field("clip", &TrainConfig::clip)
      .field("wrongDerivative", &TrainConfig::wrong_derivative)
      .field("seed", &get_u64<TrainConfig, &TrainConfig::seed>, &set_u64<TrainConfig, &TrainConfig::seed>);
  value_object<LayerMetrics>("LayerMetrics")
      .field("gradNorm", &LayerMetrics::grad_norm)
      .field("biasGradNorm", &LayerMetrics::bias_grad_norm)
      .field("meanAbsGrad", &LayerMetrics::mean_abs_grad)
      .field("weightNorm", &LayerMetrics::weight_norm)
      .field("updateRatio", &LayerMetrics::update_ratio)
      .field("deadFraction", &LayerMetrics::dead_fraction)
      .field("saturatedFraction", &LayerMetrics::saturated_fraction)
      .field("preactMean", &LayerMetrics::preact_mean)
      .field("preactStd", &LayerMetrics::preact_std)
      .field("actMean", &LayerMetrics::act_mean);
  value_object<DivergenceCause>("DivergenceCause")
      .field("kind", &get_enum<DivergenceCause, DivergenceCause::Kind, &DivergenceCause::kind>,
             &set_enum<DivergenceCause, DivergenceCause::Kind, &DivergenceCause::kind>)
      .field("formula", &get_formula<DivergenceCause>, &set_formula<DivergenceCause>)
      .field("value", &DivergenceCause::value)
      .field("x", &DivergenceCause::x)
      .field("layer", &DivergenceCause::layer)
      .field("atInitialWeights", &DivergenceCause::at_initial_weights);
  value_object<Metrics>("Metrics")
      .field("epoch", &get_i64<Metrics, &Metrics::epoch>, &read_only<Metrics>)
      .field("step", &get_i64<Metrics, &Metrics::step>, &read_only<Metrics>)
      .field("trainLoss", &Metrics::train_loss)
      .field("testLoss", &Metrics::test_loss)
      .field("trainAccuracy", &Metrics::train_accuracy)
      .field("testAccuracy", &Metrics::test_accuracy)
      .field("nLayers", &Metrics::n_layers)
      .field("layers", &Metrics::layers)
      .field("diverged", &Metrics::diverged)
      .field("divergence", &Metrics::divergence)
      .field("divergenceCause", &Metrics::divergence_cause);

  // ---- 4. Trainer ----
  class_<Trainer>("Trainer")
      .constructor<>()
      // configuration
      .function("configure", &Trainer::configure)
      .function("reconfigure", &Trainer::reconfigure)
      .function("setTrainConfig", &Trainer::set_train_config)
      .function("net", &net_js)
      .function("data", &data_js)
      .function("nInputs", &Trainer::n_inputs)
      // weights
      .function("reset", &Trainer::reset)
      .function("reinit", &reinit_js)
      .function("restoreLastGood", &Trainer::restore_last_good)
      .function("lastGoodEpoch", &count_js<int64_t, &Trainer::last_good_epoch>)
      .function("nParams", &count_js<size_t, &Trainer::n_params>)
      .function("params", &params_js)
      .function("setParams", &set_params_js)
      .function("setCounters", &set_counters_js)
      .function("weightOffset", &offset_js<&Trainer::weight_offset>)
      .function("biasOffset", &offset_js<&Trainer::bias_offset>)
      .function("actParamOffset", &offset_js<&Trainer::act_param_offset>)
      .function("layerIn", &Trainer::layer_in)
      .function("layerOut", &Trainer::layer_out)
      .function("totalUnits", &Trainer::total_units)
      .function("paramStats", &param_stats_js)
      // training and measurement
      .function("stepBatches", &Trainer::step_batches)
      .function("stepEpochs", &Trainer::step_epochs)
      .function("measure", &measure_js)
      .function("epoch", &count_js<int64_t, &Trainer::epoch>)
      .function("step", &count_js<int64_t, &Trainer::step>)
      .function("diverged", &Trainer::diverged)
      .function("preactHistogram", &histogram_js)
      .function("gradcheck", &gradcheck_js)
      // evaluation
      .function("evalGrid", &grid_js<&Trainer::eval_grid, false>)
      .function("evalGridUnits", &grid_js<&Trainer::eval_grid_units, true>)
      .function("predict", &predict_js);
}
