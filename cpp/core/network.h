// network.h — the MLP itself: shapes, the flat parameter layout, initialisation, and forward/backward
// over one padded batch in feature-major layout. Trainer (trainer.h) owns data and the training loop.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "config.h"
#include "rng.h"

namespace actlab {

// One weight layer. Hidden layers apply their activation; the last layer applies the output head.
struct LayerShape {
  int in = 0, out = 0;  // fan-in, units
  int pieces = 1;       // maxout pieces per unit (1 otherwise)
  int rows = 0;         // rows of W = out * pieces
  bool hidden = true;
  Act act = Act::tanh;                  // hidden: its activation; output: the head's activation
  int np = 0;                           // element-wise parameters of act
  bool learn = false;                   // per-unit learnable activation parameters live in the flat buffer
  float fixed[kMaxActParams] = {0, 0};  // the parameters when not learnt (and their initial value)
  size_t w_off = 0, b_off = 0, p_off = 0, end = 0;  // blocks in the flat buffer
  // act == Act::formula: the compiled NetConfig::formula (shared by the layers that use it; null if it
  // does not compile, and then the activation gives NaN, which the trainer reports as divergence).
  std::shared_ptr<const Formula> formula;
};

// The element-wise activation of a layer, whether catalogue row or formula: the act_* kernels of
// activations.h with the layer's function (params = n_params floats of one unit, or s.fixed).
void layer_act_forward(const LayerShape& s, const float* params, const float* x, float* y, size_t n);
void layer_act_backward(const LayerShape& s, const float* params, const float* x, const float* y,
                        const float* dy, float* dx, size_t n);
void layer_act_derivative(const LayerShape& s, const float* params, const float* x, const float* y, float* d,
                          size_t n);
void layer_act_param_grad(const LayerShape& s, const float* params, const float* x, const float* y,
                          const float* dy, size_t n, float* dparams);

// Activation function of an output head (element-wise for tanh/sigmoid/identity).
Act head_activation(Output o);

// Shapes and offsets for a network; returns the total parameter count.
size_t plan_layers(const NetConfig& net, int n_inputs, std::vector<LayerShape>* layers);

// Fills theta with initial weights (biases 0, activation parameters at their initial value).
void init_params(const NetConfig& net, const std::vector<LayerShape>& layers, uint64_t seed, float* theta);

// Scratch and activation buffers for batches of up to `cap` samples (cap a multiple of the SIMD width).
struct Workspace {
  int cap = 0;
  std::vector<float> x;  // (n_inputs, cap)
  // per layer: pre-activation z (rows), h = f(z) (out), a = h after dropout (out)
  std::vector<std::vector<float>> z, h, a;
  std::vector<std::vector<int32_t>> arg;  // maxout winners (out)
  std::vector<std::vector<float>> mask;   // dropout multipliers (out): 0 or 1/(1-p)
  std::vector<float> g0, g1, g2;          // backward scratch (max rows, cap)
  void resize(const std::vector<LayerShape>& layers, int n_inputs, int capacity);
};

// Rounds a batch size up to the SIMD width: the ld of a batch.
int padded(int n);

// Forward over the ld columns of ws.x; with dropout > 0, hidden outputs are masked with masks drawn
// from rng for the first B columns (inverted dropout).
void forward(const std::vector<LayerShape>& layers, const float* theta, Workspace& ws, int ld,
             float dropout = 0.0f, int B = 0, Rng* rng = nullptr);
// The input to weight layer l during the last forward (ws.x or the previous layer's output).
const float* layer_input(const std::vector<LayerShape>& layers, const Workspace& ws, int l, bool dropout);
// Backward from ws.g0 = dL/dz of the output layer (n_out, ld), zero in padded columns:
// accumulates dL/dtheta into grad. Clobbers ws.g0..g2.
void backward(const std::vector<LayerShape>& layers, const float* theta, Workspace& ws, int ld, bool dropout,
              float* grad);

}  // namespace actlab
