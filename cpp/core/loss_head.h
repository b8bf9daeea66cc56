// loss_head.h — the loss of each output head as a forward/backward pair, plus its accuracy count.
//
// Every function reads one chunk of the output layer, feature-major: z (K, ld) pre-activations and
// o (K, ld) outputs o = f(z); sample i's target is target[idx[i]] (±1 for the tanh head on classes,
// 0/1 for sigmoid, the class index for the softmax family, the value for regression).
//
//   head                 loss (forward)                        dL/dz (backward)
//   tanh                 1/2 (o - t)^2  (TF Playground)        (o - t) f'(z)
//   identity             (o - t)^2      (MSE)                  2 (o - t)
//   sigmoid              BCE from the logit, stably            o - t
//   softmax              cross-entropy from logsumexp          p - onehot
//   log_softmax          NLL of o = log p                      exp(o) - onehot
//   softmin              cross-entropy of softmax(-z)          -(p - onehot)
// The backward reads the outputs o (never recomputes the forward); the squared-error heads go
// through the output activation's own derivative.
#pragma once

#include <cstdint>

#include "config.h"
#include "network.h"

namespace actlab {

struct HeadChunk {
  const float* z = nullptr;       // (K, ld) pre-activations of the output layer
  const float* o = nullptr;       // (K, ld) outputs
  const float* target = nullptr;  // per point
  const uint32_t* idx = nullptr;  // sample i is point idx[i]
  int n = 0, ld = 0, K = 1;
};

// Forward: the summed data loss of the n samples (double; no penalty).
double head_loss(Output head, const HeadChunk& c);

// Backward: dL/dz of the output layer (rows, ld) into dz, each sample's term times `scale` (1/n for
// a mean); padded columns and rows are zero. `out` is the output layer (its activation and fixed
// parameters, for the squared-error heads).
void head_loss_backward(Output head, const LayerShape& out, const HeadChunk& c, float scale, float* dz);

// Correct predictions among the n samples: sign (tanh, identity), o >= 0.5 (sigmoid), argmax (the
// softmax family). Meaningless for regression (the caller reports NaN accuracy).
int head_correct(Output head, const HeadChunk& c);

}  // namespace actlab
