// trainer.h — an MLP and its training loop on one dataset: the object the CLI, the embind module and
// the benchmarks drive.
//
// Layout (llm.c style): every trainable number lives in one flat buffer `params()`; per weight layer l
// the block is W_l (out, in) row-major, then b_l (out), then the layer's learnable activation
// parameters (units * n_params, unit-major) when it has any. Gradients and optimiser state mirror it.
// Activations are feature-major (units, ld) with the batch padded to the SIMD width (layer_ops.h).
//
// Errors never cross this API as exceptions: configure() returns a message, stepping stops on a
// divergence and reports it in Metrics::diverged.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "config.h"
#include "dataset.h"

namespace actlab {

struct LayerMetrics {
  float grad_norm = 0;       // ||dL/dW||_2 on the whole training set at the current weights
  float bias_grad_norm = 0;  // ||dL/db||_2
  float mean_abs_grad = 0;   // mean |dL/dW|
  float weight_norm = 0;     // ||W||_2 (Frobenius)
  float update_ratio = 0;    // ||W_t - W_{t-1}|| / ||W_t|| of the last optimiser step (0 before any)
  // Units whose derivative f'(z) (with the unit's actual parameters) is exactly 0 on every training
  // sample: no gradient reaches their weights, whatever the activation (relu below 0, leaky_relu with
  // slope 0, tanh or elu so far out that f' rounds to 0 in float).
  float dead_fraction = 0;
  float saturated_fraction = 0;  // units with |f'(z)| < 0.01 on more than half the training samples
  float preact_mean = 0, preact_std = 0;
  float act_mean = 0;  // mean unit output f(z) over units and training samples (the head's, last layer)
};

// Why a run diverged, as facts: Metrics::divergence says them in English (the CLI prints it), a front
// end in its own language (the web UI's Korean notice). Set with that text, cleared with it.
struct DivergenceCause {
  enum class Kind : uint8_t {
    none,
    loss_growth,        // a batch loss ten thousand times its best, still finite
    non_finite,         // the training loss became NaN/Inf
    weights_too_large,  // a weight beyond 1e8 (or NaN/Inf)
    formula,            // the activation formula gave NaN/inf from a finite input (the fields below)
  };
  Kind kind = Kind::none;
  // kind formula: the formula `formula` gave `value` (NaN, inf or -inf) at the finite pre-activation x
  // in hidden layer `layer` (1-based), at the initial weights (before any update) or later. Plain
  // values: std::string fields cost 2.5 KB more per WASM module (measured; the bundle budget is tight).
  char formula[kFormulaMaxText + 1] = {0};
  float value = 0, x = 0;
  int layer = 0;
  bool at_initial_weights = false;  // then the formula is the cause, not the learning rate
};

struct Metrics {
  int64_t epoch = 0;                            // completed epochs
  int64_t step = 0;                             // completed optimiser steps (mini-batches)
  float train_loss = 0, test_loss = 0;          // data loss (no penalty), mean over samples
  float train_accuracy = 0, test_accuracy = 0;  // classification only (regression: NaN)
  int n_layers = 0;                             // weight layers = n_hidden + 1, input side first
  LayerMetrics layers[kMaxHidden + 1];
  bool diverged = false;   // the run diverged (Trainer::restore_last_good); training is paused
  std::string divergence;  // plain-words explanation when diverged
  DivergenceCause divergence_cause;
};

class Trainer {
 public:
  Trainer();
  ~Trainer();
  Trainer(const Trainer&) = delete;
  Trainer& operator=(const Trainer&) = delete;

  // Builds data, network and optimiser; initialises weights from train.seed. "" or an error line
  // (the previous configuration is kept on error).
  std::string configure(const DataConfig& data, const NetConfig& net, const TrainConfig& train);
  // Same as configure() but keeps the current dataset (changes of network or training only).
  std::string reconfigure(const NetConfig& net, const TrainConfig& train);

  void reset();  // the same initial weights again (same seed), optimiser state cleared
  // Divergence is the core's call, one policy for every front end: training stops when a loss or a
  // parameter is NaN/Inf, a parameter exceeds 1e8, or a batch loss grows ten thousand times over its
  // best; Metrics::divergence explains it in plain words, Metrics::divergence_cause states its facts.
  // restore_last_good(): back to the parameters, epoch and step of the last measure() whose loss and
  // weights were sane and whose loss was at most twice the best measured (the state a student saw
  // last before the run ran away); optimiser state cleared. False if there is none.
  bool restore_last_good();
  int64_t last_good_epoch() const;  // the epoch restore_last_good() would return to; -1 if none
  void reinit(uint64_t seed);       // new initial weights from `seed`
  // Changes of the training config that keep weights and optimiser state (lr, l1/l2, dropout, clip,
  // batch, optimiser hyper-parameters). Changing the optimiser kind clears its state.
  std::string set_train_config(const TrainConfig& train);

  // Runs up to n optimiser steps (mini-batches); returns how many ran. Stops early on divergence.
  int step_batches(int n);
  // Runs up to n whole epochs; returns how many ran.
  int step_epochs(int n);

  // Measures loss, accuracy and every per-layer metric on the whole train (and test) set at the
  // current weights, without updating anything. Epoch 0 = before any update.
  const Metrics& measure();
  const Metrics& last_metrics() const;
  int64_t epoch() const;
  int64_t step() const;
  bool diverged() const;

  // Pre-activation histogram of weight layer `layer` over the training set at the current weights:
  // `bins` counts over [lo, hi] (values outside are clamped into the end bins). The pre-activations
  // of all layers are kept from the last measure() (or one forward pass when the weights changed
  // since), so a histogram per layer per frame costs no extra forward pass.
  void preact_histogram(int layer, int bins, float lo, float hi, float* counts) const;

  // Decision-boundary grid: W x H points over [x0,x1] x [y0,y1], row 0 at y1 (top), column 0 at x0.
  // out: (n_out, H, W). For a 1-output head this is the network output itself. Nothing is written
  // for w or h <= 0 or before the first successful configure().
  void eval_grid(int w, int h, float x0, float x1, float y0, float y1, float* out);
  // Every hidden unit's output (and the output layer's) on the grid: (total_units, H, W) where
  // total_units = sum of hidden units + n_out, hidden layers first.
  void eval_grid_units(int w, int h, float x0, float x1, float y0, float y1, float* out);
  // Network output for arbitrary inputs (x, y coordinates), out: (n_out, n).
  void predict(const float* x, const float* y, int n, float* out);

  // Central-difference gradient check of the full-training-set loss at the current weights:
  // backprop (float, the SIMD path) against double-precision central differences of a double
  // reference network. Returns the max relative error over the checked parameters (at most
  // max_params of them, evenly spaced; 0 = all). Samples: the first 64 training points; loss: mean
  // data loss + L1/L2 penalty, no dropout. A parameter whose ±h evaluations straddle a kink of the
  // network (relu at 0, a maxout winner changing ...) has no derivative to compare and is skipped;
  // *skipped receives how many were. The relative error's denominator is floored at 1e-3 of the
  // largest gradient in the same weight layer (float sums of larger per-sample terms carry their rounding).
  double gradcheck(int max_params = 0, int* skipped = nullptr);

  // Parameters: one flat buffer.
  size_t n_params() const;
  const float* params() const;
  std::string set_params(const float* p, size_t n);
  // A run continued elsewhere (the page restarting a crashed worker from its last snapshot) keeps its
  // counters: epoch() and step() continue from these, the next step starts a fresh epoch order.
  // Negative counters are refused with an error line.
  std::string set_counters(int64_t epoch, int64_t step);
  // Offsets into params() of weight layer l's W (out*in), b (out) and activation params (units*np).
  size_t weight_offset(int layer) const;
  size_t bias_offset(int layer) const;
  size_t act_param_offset(int layer) const;  // == next block when the layer has none
  int layer_in(int layer) const;             // fan-in of weight layer l (rows of W = layer_out * pieces)
  int layer_out(int layer) const;            // units of weight layer l (n_out for the last)
  int total_units() const;                   // hidden units + n_out

  const Dataset& data() const;
  const NetConfig& net() const;
  const TrainConfig& train() const;
  int n_inputs() const;  // enabled features

  // The state behind this API, one file per concept (trainer_impl.h): opaque outside the core.
  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace actlab
