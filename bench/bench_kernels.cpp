// bench_kernels.cpp — elements/s of every element-wise activation, generated from the catalogue:
//   act/forward/<token>       act_forward       (the SIMD kernels; V = float in an ACTLAB_SIMD=OFF build)
//   act/forward_ref/<token>   act_forward_ref   (tier-2 scalar libm reference, one call per element)
//   act/backward/<token>      act_backward      (reads x and/or y, never recomputes f)
//   act/backward_ref/<token>  act_backward_ref  (f' from x with libm)
// 4096 elements per call (three buffers stay in L1/L2), inputs uniform in [-6, 6] where the
// activations are interesting.
//   build/<dir>/bench/actlab_bench --benchmark_filter='act/(forward|forward_ref)/(tanh|sigmoid|gelu)$'
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/activations.h"
#include "core/simd.h"

namespace actlab {
namespace {

constexpr size_t kN = 4096;

struct Buffers {
  std::vector<float> x, y, dy, dx;
  float params[kMaxActParams];
  explicit Buffers(Act a) : x(kN), y(kN), dy(kN), dx(kN) {
    uint32_t s = 12345;
    for (size_t i = 0; i < kN; ++i) {
      s = s * 1664525u + 1013904223u;
      x[i] = -6.0f + 12.0f * static_cast<float>(s >> 8) * 0x1p-24f;
      dy[i] = 1.0f - 0.5f * x[i] / 6.0f;
    }
    act_default_params(a, params);
    act_forward(a, params, x.data(), y.data(), kN);
  }
};

enum class Kind { forward, forward_ref, backward, backward_ref };

void run(benchmark::State& state, Act a, Kind kind) {
  Buffers b(a);
  for (auto _ : state) {
    switch (kind) {
      case Kind::forward: act_forward(a, b.params, b.x.data(), b.y.data(), kN); break;
      case Kind::forward_ref: act_forward_ref(a, b.params, b.x.data(), b.y.data(), kN); break;
      case Kind::backward:
        act_backward(a, b.params, b.x.data(), b.y.data(), b.dy.data(), b.dx.data(), kN);
        break;
      case Kind::backward_ref:
        act_backward_ref(a, b.params, b.x.data(), b.y.data(), b.dy.data(), b.dx.data(), kN);
        break;
    }
    benchmark::DoNotOptimize(b.y.data());
    benchmark::DoNotOptimize(b.dx.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(kN));
  state.SetLabel(simd::backend_name());
}

int register_all() {
  const std::pair<Kind, const char*> kinds[] = {{Kind::forward, "forward"},
                                                {Kind::forward_ref, "forward_ref"},
                                                {Kind::backward, "backward"},
                                                {Kind::backward_ref, "backward_ref"}};
  for (const auto& [kind, label] : kinds) {
    for (int i = 0; i < kNumElementwiseActs; ++i) {
      const Act a = static_cast<Act>(i);
      const std::string name = std::string("act/") + label + "/" + act_info(a).name;
      benchmark::RegisterBenchmark(name.c_str(),
                                   [a, kind = kind](benchmark::State& st) { run(st, a, kind); });
    }
  }
  return 0;
}
const int registered = register_all();

}  // namespace
}  // namespace actlab
