// param_stats.h — statistics of the flat parameter buffer per weight layer, for the lessons that watch
// how weights move: how far a layer's weights have drifted from step 0, whether its units are still
// identical (a symmetric start never breaks), and where its learnt activation parameters went.
// Plain functions of the buffer (trainer.h's layout): no training state, no allocation per value.
#pragma once

#include <cstddef>
#include <vector>

#include "trainer.h"

namespace actlab {

// One weight layer's slice of params(): W (rows x fan-in, `pieces` rows per unit for maxout), then
// b (one per row), then `act_per_unit` learnt activation parameters per unit (unit-major), then `end`.
struct ParamBlock {
  size_t weights = 0;
  size_t biases = 0;
  size_t act_params = 0;
  size_t end = 0;
  int units = 0;
  int act_per_unit = 0;
};

struct ParamRange {
  float min = 0;
  float mean = 0;
  float max = 0;
};

struct LayerParamStats {
  float drift = 0;   // max |W - W(step 0)| over the layer's weights (biases excluded)
  float spread = 0;  // max over units u of max |block_u - block_0|, of W's rows and of b: 0 = identical units
  std::vector<ParamRange> learnt;  // per learnt activation parameter k: min/mean/max over the units
};

// The blocks of t's weight layers, hidden layers first, then the output layer.
std::vector<ParamBlock> param_blocks(const Trainer& t);

// Statistics of one block of p; p0 holds the same buffer at step 0 (the drift's reference).
LayerParamStats layer_param_stats(const ParamBlock& b, const float* p, const float* p0);

// Every weight layer of t at its current parameters; p0: t.n_params() floats at step 0.
std::vector<LayerParamStats> param_stats(const Trainer& t, const float* p0);

}  // namespace actlab
