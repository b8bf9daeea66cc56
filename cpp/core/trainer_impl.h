// trainer_impl.h — the state behind Trainer (private to the core's trainer_*.cpp files).
//
// One concept per file, all on this one state:
//   trainer.cpp         configuration, the training loop (one_step), the divergence policy, accessors
//   loss_head.{h,cpp}   each output head's loss as a forward/backward pair (pure functions)
//   layer_metrics.{h,cpp}  each per-layer metric as a named function (pure functions)
//   measure.cpp         Trainer::measure(): one pass over train and test feeding those functions
//   preact_cache.cpp    the pre-activations of the training set kept per layer, and their histogram
//   grid_eval.cpp       the network on a grid or on arbitrary points (boundary, unit maps, predict)
//   gradcheck.cpp       backprop against central differences of the double reference network
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "network.h"
#include "optimizer.h"
#include "trainer.h"

namespace actlab {

constexpr int kChunk = 256;  // samples per chunk in measure() / grid evaluation

struct Trainer::Impl {
  DataConfig dcfg;
  Dataset data;
  NetConfig net;
  TrainConfig tc;
  bool configured = false;

  std::vector<Feature> feats;  // enabled input features in order
  std::vector<LayerShape> layers;
  std::vector<float> feat_all;  // (n_in, n_points) feature-major, all points
  size_t n_points = 0;
  std::vector<float> target;  // per point: head target (±1, 0/1, class index or value)

  std::vector<float> theta, grad, theta_prev;
  // The state restore_last_good() brings back: the last measure() whose loss and weights were sane
  // and whose loss was not already running away (at most twice the best measured loss), with its
  // epoch and step. A run that blows up within a few frames restores to where it was still fine.
  std::vector<float> good_theta;
  int64_t good_epoch = -1, good_step = 0;
  double best_measured = 0, best_batch_loss = 0;
  // The mean training-set loss at the run's initial weights (NaN until the first step measures it):
  // the floor of the blow-up rule's reference. One batch is no reference: at batch 1 a single
  // well-fitted point's loss (1e-5) made the next ordinary point (0.4) a "divergence".
  double initial_loss = 0;
  OptimizerState opt;
  Workspace ws;              // training batches
  Workspace mws;             // measure / grid chunks
  std::vector<float> mgrad;  // full-training-set gradient of the last measure()
  Rng shuffle_rng, dropout_rng;
  std::vector<uint32_t> order;  // training order of the current epoch
  size_t pos = 0;               // next index in order
  int64_t epoch = 0, step = 0;
  // Pre-activations of every layer on the training set, (rows, n_train) per layer, valid while
  // zcache_version == version. version changes with every change of the parameters.
  std::vector<std::vector<float>> zcache;
  uint64_t version = 1, zcache_version = 0;
  bool diverged = false;
  std::string why;
  DivergenceCause cause;  // why's facts
  Metrics metrics;

  int n_in() const { return static_cast<int>(feats.size()); }
  const LayerShape& out_layer() const { return layers.back(); }
  bool regression() const { return data.classes == 0; }

  // ---- data (trainer.cpp) -----------------------------------------------------------------------
  // Features of n points (xs, ys) into X (n_in, ld), columns [0, n); columns n..ld zeroed.
  void features(const float* xs, const float* ys, int n, int ld, float* X) const;
  void prepare_data();
  // Gathers points idx[0..n) into w.x columns; returns ld.
  int gather(Workspace& w, const uint32_t* idx, int n) const;
  // The full-batch gradient of the loss on the samples in w (after forward): head backward, backprop,
  // the wrong-derivative lesson bug. Accumulates into g; scale multiplies dL/dz (1/n for a mean).
  void loss_gradient(Workspace& w, const uint32_t* idx, int n, int ld, float scale, bool dropout,
                     float* g) const;

  // ---- training and divergence (trainer.cpp) ----------------------------------------------------
  void new_epoch_order();
  void restart(uint64_t seed);
  bool one_step();
  // The mean loss over the whole training set at the current weights; nothing moves (measure.cpp).
  double train_set_loss();
  // what: the phenomenon in plain words, e.g. "The training loss became NaN/Inf", of kind `kind`. The
  // explanation (why, cause) names the activation formula when it made the NaN/inf (formula_fault,
  // kind formula), else the learning rate.
  void flag_divergence(DivergenceCause::Kind kind, const std::string& what);
  // Not diverged: the flag, its explanation and its facts, here and in `metrics`, all cleared.
  void clear_divergence();
  // A formula layer that turned a finite pre-activation into NaN or inf.
  struct FormulaFault {
    int layer = -1;  // hidden layer, 0-based
    float x = 0, y = 0;
    std::string text;  // the formula; empty: none found
  };
  // The first such point over the training set at the weights w (with finite own parameters).
  bool formula_fault(const float* w, FormulaFault* out) const;
  // After an optimiser step with mean batch loss `loss`: "" or what diverged (its kind in *kind).
  std::string divergence_after_step(double loss, DivergenceCause::Kind* kind);
  // After a measure(): flags a divergence the steps missed, and keeps the last good state.
  void check_measured(Metrics& m);

  // ---- measurement (measure.cpp) ----------------------------------------------------------------
  void measure();

  // ---- pre-activation cache (preact_cache.cpp) --------------------------------------------------
  // Copies the pre-activations of training samples [c0, c0 + n) from the last forward into zcache.
  void keep_preacts(int c0, int n, int ld);
  // Makes zcache current: one forward pass over the training set for all layers (none after measure()).
  void refresh_preacts();
};

// TrainConfig::wrong_derivative: the first hidden layer's f' counted twice. dL/dz of that layer is
// da * f'(z), and only W_0 and b_0 are computed from it, so doubling their gradient is exactly that bug.
void apply_wrong_derivative(const TrainConfig& tc, const std::vector<LayerShape>& layers, float* grad);

}  // namespace actlab
