// Google Benchmark: the playground's hot paths on the standard workload (TF Playground's spiral,
// 500 points, 2-8-8-1 tanh, squared error, SGD 0.03, batch 10) and on the largest playground network.
// Build the native-scalar preset (ACTLAB_SIMD=OFF) to measure the same code without SIMD.
#include <benchmark/benchmark.h>

#include <vector>

#include "core/config.h"
#include "core/simd.h"
#include "core/trainer.h"

namespace actlab {
namespace {

void standard(Trainer& t) {
  DataConfig d;
  d.kind = DatasetKind::spiral;
  d.points = 500;
  NetConfig n;
  n.n_hidden = 2;
  n.hidden[0] = make_layer(8, Act::tanh);
  n.hidden[1] = make_layer(8, Act::tanh);
  TrainConfig c;  // sgd 0.03, batch 10
  if (!t.configure(d, n, c).empty()) std::abort();
}

void largest(Trainer& t) {
  DataConfig d;
  d.kind = DatasetKind::spiral;
  d.points = 500;
  NetConfig n;
  n.features = 0x7f;  // all 7 features
  n.n_hidden = 6;
  for (int l = 0; l < 6; ++l) n.hidden[l] = make_layer(8, Act::tanh);
  TrainConfig c;
  if (!t.configure(d, n, c).empty()) std::abort();
}

void BM_TrainStandard(benchmark::State& state) {
  Trainer t;
  standard(t);
  for (auto _ : state) t.step_epochs(1);
  state.SetItemsProcessed(state.iterations() * t.data().n_train);
  state.SetLabel(simd::backend_name());
}
BENCHMARK(BM_TrainStandard);

void BM_GridStandard(benchmark::State& state) {
  Trainer t;
  standard(t);
  std::vector<float> out(100 * 100);
  for (auto _ : state) {
    t.eval_grid(100, 100, -6, 6, -6, 6, out.data());
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations() * 100 * 100);
  state.SetLabel(simd::backend_name());
}
BENCHMARK(BM_GridStandard);

// Largest playground network: one epoch + the 100x100 output grid + every unit's thumbnail.
void BM_FrameLargest(benchmark::State& state) {
  Trainer t;
  largest(t);
  std::vector<float> units(static_cast<size_t>(t.total_units()) * 100 * 100);
  for (auto _ : state) {
    t.step_epochs(1);
    t.eval_grid_units(100, 100, -6, 6, -6, 6, units.data());  // includes the output unit's grid
    benchmark::DoNotOptimize(units.data());
  }
  state.SetLabel(simd::backend_name());
}
BENCHMARK(BM_FrameLargest)->Unit(benchmark::kMillisecond);

void BM_MeasureStandard(benchmark::State& state) {
  Trainer t;
  standard(t);
  for (auto _ : state) benchmark::DoNotOptimize(t.measure().train_loss);
}
BENCHMARK(BM_MeasureStandard)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace actlab
