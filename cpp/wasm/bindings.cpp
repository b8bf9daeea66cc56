// bindings.cpp — the embind surface of the core for the browser worker and for Node (vitest).
//
// Plain structs in, typed arrays out, no logic. Read top to bottom:
//   1. helpers      enum <-> int, 64-bit <-> double, float buffers <-> Float32Array (always copies)
//   2. catalogue    activations, datasets, heads, inits, optimisers, features, limits (from core tables)
//   3. configs      DataConfig, LayerSpec, NetConfig, TrainConfig, Metrics as JS value objects
//   4. Trainer      the training object, one method per core method
// Enums cross as their index in catalogue order; the TypeScript facade (web/src/engine/engine.ts)
// maps tokens to indices. Every array returned is a fresh Float32Array: nothing refers to WASM memory
// after the call, so memory growth can never leave a stale view. The declarations live in
// web/src/engine/actlab-module.d.ts and tests/web/module.test.ts calls every member.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/activations.h"
#include "core/config.h"
#include "core/dataset.h"
#include "core/trainer.h"

using emscripten::val;
using namespace actlab;

namespace {

// ---- 1. helpers -----------------------------------------------------------------------------------
template <class S, class E, E S::*M> int get_enum(const S& s) { return static_cast<int>(s.*M); }
template <class S, class E, E S::*M> void set_enum(S& s, int v) { s.*M = static_cast<E>(v); }
template <class S, uint64_t S::*M> double get_u64(const S& s) { return static_cast<double>(s.*M); }
template <class S, uint64_t S::*M> void set_u64(S& s, double v) { s.*M = static_cast<uint64_t>(v); }
double metrics_epoch(const Metrics& m) { return static_cast<double>(m.epoch); }
double metrics_step(const Metrics& m) { return static_cast<double>(m.step); }
void ignore_i64(Metrics&, double) {}

val f32_copy(const float* p, size_t n) { return val::global("Float32Array").new_(emscripten::typed_memory_view(n, p)); }
std::vector<float> f32_in(const val& a) { return emscripten::convertJSArrayToNumberVector<float>(a); }

template <class T, size_t N, size_t... I>
void register_array(const char* name, std::index_sequence<I...>) {
  auto arr = emscripten::value_array<std::array<T, N>>(name);
  (arr.element(emscripten::index<I>()), ...);
}

// ---- 2. catalogue ---------------------------------------------------------------------------------
val activations() {
  val rows = val::array();
  for (int i = 0; i < kNumActs; ++i) {
    const ActInfo& a = act_catalogue()[i];
    val params = val::array();
    for (int k = 0; k < a.n_params; ++k) {
      val p = val::object();
      p.set("name", a.params[k].name);
      p.set("def", a.params[k].def);
      p.set("lo", a.params[k].lo);
      p.set("hi", a.params[k].hi);
      p.set("learnable", a.params[k].learnable);
      params.call<void>("push", p);
    }
    val r = val::object();
    r.set("id", static_cast<int>(a.id));
    r.set("name", a.name);
    r.set("display", a.display);
    r.set("latex", a.latex);
    r.set("latexD", a.latex_d);
    r.set("family", a.family);
    r.set("range", a.range);
    r.set("elementwise", a.elementwise);
    r.set("monotonic", a.monotonic);
    r.set("zeroCentred", a.zero_centred);
    r.set("smooth", a.smooth);
    r.set("saturating", a.saturating);
    r.set("hasDeadZone", a.has_dead_zone);
    r.set("learnableDefault", a.learnable_default);
    r.set("params", params);
    r.set("descEn", a.desc_en);
    r.set("descKo", a.desc_ko);
    r.set("source", a.source);
    r.set("year", a.year);
    rows.call<void>("push", r);
  }
  return rows;
}

val datasets() {
  val rows = val::array();
  for (int i = 0; i < kNumDatasets; ++i) {
    const DatasetInfo& d = dataset_info(static_cast<DatasetKind>(i));
    val r = val::object();
    r.set("id", i);
    r.set("name", d.name);
    r.set("display", d.display);
    r.set("displayKo", d.display_ko);
    r.set("regression", d.regression);
    r.set("dims", d.dims);
    r.set("minClasses", d.min_classes);
    r.set("maxClasses", d.max_classes);
    rows.call<void>("push", r);
  }
  return rows;
}

val outputs() {
  val rows = val::array();
#define ACTLAB_OUTPUT_ROW(id, token, loss)                      \
  {                                                             \
    val r = val::object();                                      \
    r.set("id", static_cast<int>(Output::id));                  \
    r.set("name", token);                                       \
    r.set("loss", loss);                                        \
    rows.call<void>("push", r);                                 \
  }
  ACTLAB_OUTPUTS(ACTLAB_OUTPUT_ROW)
#undef ACTLAB_OUTPUT_ROW
  return rows;
}

template <class E, const char* (*Name)(E), size_t N> val names() {
  val rows = val::array();
  for (size_t i = 0; i < N; ++i) rows.call<void>("push", std::string(Name(static_cast<E>(i))));
  return rows;
}
#define ACTLAB_COUNT1(id) +1
constexpr size_t kNumInits = 0 ACTLAB_INITS(ACTLAB_COUNT1);
constexpr size_t kNumOptimizers = 0 ACTLAB_OPTIMIZERS(ACTLAB_COUNT1);
#undef ACTLAB_COUNT1

val limits() {
  val r = val::object();
  r.set("maxHidden", kMaxHidden);
  r.set("maxUnits", kMaxUnits);
  r.set("maxClasses", kMaxClasses);
  r.set("maxMaxoutPieces", kMaxMaxoutPieces);
  r.set("maxActParams", kMaxActParams);
  return r;
}

// y = f(x) and f'(x) of an element-wise activation (the SIMD kernels), for curves in the UI.
val act_forward_js(int act, const std::array<float, kMaxActParams>& p, const val& xs) {
  std::vector<float> x = f32_in(xs), y(x.size());
  act_forward(static_cast<Act>(act), p.data(), x.data(), y.data(), x.size());
  return f32_copy(y.data(), y.size());
}
val act_derivative_js(int act, const std::array<float, kMaxActParams>& p, const val& xs) {
  std::vector<float> x = f32_in(xs), y(x.size()), d(x.size());
  act_forward(static_cast<Act>(act), p.data(), x.data(), y.data(), x.size());
  act_derivative(static_cast<Act>(act), p.data(), x.data(), y.data(), d.data(), x.size());
  return f32_copy(d.data(), d.size());
}

val dataset_js(const Dataset& d, const std::string& error) {
  val r = val::object();
  r.set("error", error);
  r.set("nTrain", d.n_train);
  r.set("nTest", d.n_test);
  r.set("classes", d.classes);
  r.set("dims", d.dims);
  r.set("x", f32_copy(d.x.data(), d.x.size()));
  r.set("y", f32_copy(d.y.data(), d.y.size()));
  r.set("label", f32_copy(d.label.data(), d.label.size()));
  r.set("xMin", d.x_min);
  r.set("xMax", d.x_max);
  r.set("yMin", d.y_min);
  r.set("yMax", d.y_max);
  return r;
}
val make_dataset_js(const DataConfig& cfg) {
  Dataset d;
  std::string error = make_dataset(cfg, &d);
  return dataset_js(d, error);
}

// ---- 4. Trainer (free functions whose first argument is the object) --------------------------------
Metrics measure_js(Trainer& t) { return t.measure(); }
Metrics last_metrics_js(const Trainer& t) { return t.last_metrics(); }
double epoch_js(const Trainer& t) { return static_cast<double>(t.epoch()); }
double step_js(const Trainer& t) { return static_cast<double>(t.step()); }
void reinit_js(Trainer& t, double seed) { t.reinit(static_cast<uint64_t>(seed)); }
val histogram_js(const Trainer& t, int layer, int bins, float lo, float hi) {
  std::vector<float> counts(bins > 0 ? static_cast<size_t>(bins) : 0);
  if (!counts.empty()) t.preact_histogram(layer, bins, lo, hi, counts.data());
  return f32_copy(counts.data(), counts.size());
}
val eval_grid_js(Trainer& t, int w, int h, float x0, float x1, float y0, float y1) {
  std::vector<float> out(static_cast<size_t>(t.net().n_out) * w * h);
  t.eval_grid(w, h, x0, x1, y0, y1, out.data());
  return f32_copy(out.data(), out.size());
}
val eval_grid_units_js(Trainer& t, int w, int h, float x0, float x1, float y0, float y1) {
  std::vector<float> out(static_cast<size_t>(t.total_units()) * w * h);
  t.eval_grid_units(w, h, x0, x1, y0, y1, out.data());
  return f32_copy(out.data(), out.size());
}
val predict_js(Trainer& t, const val& xs, const val& ys) {
  std::vector<float> x = f32_in(xs), y = f32_in(ys);
  const int n = static_cast<int>(std::min(x.size(), y.size()));
  std::vector<float> out(static_cast<size_t>(t.net().n_out) * n);
  t.predict(x.data(), y.data(), n, out.data());
  return f32_copy(out.data(), out.size());
}
val params_js(const Trainer& t) { return f32_copy(t.params(), t.n_params()); }
std::string set_params_js(Trainer& t, const val& p) {
  std::vector<float> v = f32_in(p);
  return t.set_params(v.data(), v.size());
}
double n_params_js(const Trainer& t) { return static_cast<double>(t.n_params()); }
double weight_offset_js(const Trainer& t, int l) { return static_cast<double>(t.weight_offset(l)); }
double bias_offset_js(const Trainer& t, int l) { return static_cast<double>(t.bias_offset(l)); }
double act_param_offset_js(const Trainer& t, int l) { return static_cast<double>(t.act_param_offset(l)); }
val data_js(const Trainer& t) { return dataset_js(t.data(), ""); }
NetConfig net_js(const Trainer& t) { return t.net(); }
TrainConfig train_js(const Trainer& t) { return t.train(); }

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
  function("actForward", &act_forward_js);
  function("actDerivative", &act_derivative_js);
  function("makeDataset", &make_dataset_js);

  // ---- 3. configs ----
  register_array<float, kMaxActParams>("ActParams", std::make_index_sequence<kMaxActParams>());
  register_array<LayerSpec, kMaxHidden>("HiddenLayers", std::make_index_sequence<kMaxHidden>());
  register_array<LayerMetrics, kMaxHidden + 1>("LayerMetricsArray", std::make_index_sequence<kMaxHidden + 1>());

  value_object<DataConfig>("DataConfig")
      .field("kind", &get_enum<DataConfig, DatasetKind, &DataConfig::kind>,
             &set_enum<DataConfig, DatasetKind, &DataConfig::kind>)
      .field("points", &DataConfig::points)
      .field("noise", &DataConfig::noise)
      .field("trainRatio", &DataConfig::train_ratio)
      .field("classes", &DataConfig::classes)
      .field("seed", &get_u64<DataConfig, &DataConfig::seed>, &set_u64<DataConfig, &DataConfig::seed>);

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
      .field("init", &get_enum<NetConfig, Init, &NetConfig::init>, &set_enum<NetConfig, Init, &NetConfig::init>)
      .field("initScale", &NetConfig::init_scale);

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
      .field("preactStd", &LayerMetrics::preact_std);

  value_object<Metrics>("Metrics")
      .field("epoch", &metrics_epoch, &ignore_i64)
      .field("step", &metrics_step, &ignore_i64)
      .field("trainLoss", &Metrics::train_loss)
      .field("testLoss", &Metrics::test_loss)
      .field("trainAccuracy", &Metrics::train_accuracy)
      .field("testAccuracy", &Metrics::test_accuracy)
      .field("nLayers", &Metrics::n_layers)
      .field("layers", &Metrics::layers)
      .field("diverged", &Metrics::diverged)
      .field("divergence", &Metrics::divergence);

  // ---- 4. Trainer ----
  class_<Trainer>("Trainer")
      .constructor<>()
      .function("configure", &Trainer::configure)
      .function("reconfigure", &Trainer::reconfigure)
      .function("setTrainConfig", &Trainer::set_train_config)
      .function("reset", &Trainer::reset)
      .function("reinit", &reinit_js)
      .function("stepBatches", &Trainer::step_batches)
      .function("stepEpochs", &Trainer::step_epochs)
      .function("measure", &measure_js)
      .function("lastMetrics", &last_metrics_js)
      .function("epoch", &epoch_js)
      .function("step", &step_js)
      .function("diverged", &Trainer::diverged)
      .function("preactHistogram", &histogram_js)
      .function("evalGrid", &eval_grid_js)
      .function("evalGridUnits", &eval_grid_units_js)
      .function("predict", &predict_js)
      .function("gradcheck", &Trainer::gradcheck)
      .function("nParams", &n_params_js)
      .function("params", &params_js)
      .function("setParams", &set_params_js)
      .function("weightOffset", &weight_offset_js)
      .function("biasOffset", &bias_offset_js)
      .function("actParamOffset", &act_param_offset_js)
      .function("layerIn", &Trainer::layer_in)
      .function("layerOut", &Trainer::layer_out)
      .function("totalUnits", &Trainer::total_units)
      .function("nInputs", &Trainer::n_inputs)
      .function("data", &data_js)
      .function("net", &net_js)
      .function("train", &train_js);
}
