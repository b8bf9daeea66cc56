// baseline.mjs — the scalar-JavaScript baseline: what a TypeScript playground does (TF Playground's
// nn.ts, one sample at a time), written with Float32Array storage instead of objects per node and link.
//
// Semantics are TF Playground's: for every training point forward, backward, accumulate dE/dw; every
// `batch` points w -= lr · (accumulated dE/dw) / (points accumulated). Error 0.5·(o − t)², tanh
// everywhere (tanh' = 1 − y², from the stored output: the forward is never recomputed). Points are
// visited in their stored order, as TF Playground's oneStep() does.

import { countParams, layerViews } from './workload.mjs';

export class ScalarMlp {
  /** sizes: [n_in, hidden..., n_out]; params: flat buffer (workload.mjs layout), copied. */
  constructor(sizes, params) {
    this.sizes = sizes;
    this.params = new Float32Array(countParams(sizes));
    this.grads = new Float32Array(this.params.length);
    this.layers = layerViews(sizes, this.params);
    this.gradLayers = layerViews(sizes, this.grads);
    this.out = sizes.map((n) => new Float32Array(n)); // out[0] is the input, out[l] layer l's outputs
    this.delta = sizes.map((n) => new Float32Array(n)); // dE/d(pre-activation) per unit
    this.accumulated = 0;
    this.reset(params);
  }

  reset(params) {
    this.params.set(params);
    this.grads.fill(0);
    this.accumulated = 0;
  }

  /** Forward pass of sample i of row-major inputs x; leaves every unit's output in this.out. */
  forward(x, i) {
    const input = this.out[0];
    const nIn = input.length;
    for (let k = 0; k < nIn; k++) input[k] = x[i * nIn + k];
    for (let l = 0; l < this.layers.length; l++) {
      const { W, b, nIn: fanIn, nOut } = this.layers[l];
      const prev = this.out[l],
        cur = this.out[l + 1];
      for (let j = 0; j < nOut; j++) {
        let s = b[j];
        const row = j * fanIn;
        for (let k = 0; k < fanIn; k++) s += W[row + k] * prev[k];
        cur[j] = Math.tanh(s);
      }
    }
    return this.out[this.out.length - 1][0];
  }

  /** Backward pass for the last forward(), target t; accumulates dE/dW and dE/db. */
  backward(t) {
    const L = this.layers.length;
    const o = this.out[L][0];
    this.delta[L][0] = (o - t) * (1 - o * o);
    for (let l = L; l >= 1; l--) {
      const { W, nIn, nOut } = this.layers[l - 1];
      const { W: gW, b: gb } = this.gradLayers[l - 1];
      const d = this.delta[l],
        prev = this.out[l - 1];
      for (let j = 0; j < nOut; j++) {
        const dj = d[j];
        const row = j * nIn;
        for (let k = 0; k < nIn; k++) gW[row + k] += dj * prev[k];
        gb[j] += dj;
      }
      if (l === 1) break;
      const dPrev = this.delta[l - 1];
      for (let k = 0; k < nIn; k++) {
        let s = 0;
        for (let j = 0; j < nOut; j++) s += W[j * nIn + k] * d[j];
        dPrev[k] = s * (1 - prev[k] * prev[k]);
      }
    }
    this.accumulated++;
  }

  /** w -= lr · mean accumulated gradient; clears the accumulators. */
  update(lr) {
    if (this.accumulated === 0) return;
    const scale = lr / this.accumulated;
    const p = this.params,
      g = this.grads;
    for (let i = 0; i < p.length; i++) {
      p[i] -= scale * g[i];
      g[i] = 0;
    }
    this.accumulated = 0;
  }

  /** One epoch over n samples (TF Playground's oneStep without the loss). */
  trainEpoch(x, label, n, lr, batch) {
    for (let i = 0; i < n; i++) {
      this.forward(x, i);
      this.backward(label[i]);
      if ((i + 1) % batch === 0) this.update(lr);
    }
  }

  /** Network output for n samples into out (n). */
  predict(x, n, out) {
    for (let i = 0; i < n; i++) out[i] = this.forward(x, i);
    return out;
  }

  /** Every unit's output (hidden layers first, then the output unit) for n samples: out (units, n). */
  predictUnits(x, n, out) {
    for (let i = 0; i < n; i++) {
      this.forward(x, i);
      let u = 0;
      for (let l = 1; l < this.out.length; l++) {
        const layer = this.out[l];
        for (let j = 0; j < layer.length; j++) out[(u + j) * n + i] = layer[j];
        u += layer.length;
      }
    }
    return out;
  }
}
