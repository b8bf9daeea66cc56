// convnetjs 0.3: Net + Trainer (method 'sgd', momentum 0, batch_size 10: it sums gradients and divides
// by the batch, as TF Playground does). Layers are built from convnetjs's own classes rather than
// makeLayers(), because makeLayers() puts an extra linear fc layer in front of every regression
// layer; this gives exactly fc-tanh-fc-tanh-fc-tanh + RegressionLayer (loss 0.5·(o − t)²).

import { createRequire } from 'node:module';
import { layerViews } from '../workload.mjs';

const convnetjs = createRequire(import.meta.url)('convnetjs');

export async function create(problem) {
  const { sizes, train, grid, lr, batch } = problem;
  const net = new convnetjs.Net();
  const shape = (depth) => ({ in_sx: 1, in_sy: 1, in_depth: depth });
  net.layers = [new convnetjs.InputLayer({ out_sx: 1, out_sy: 1, out_depth: sizes[0] })];
  const fc = [];
  for (let l = 1; l < sizes.length; l++) {
    const layer = new convnetjs.FullyConnLayer({ num_neurons: sizes[l], ...shape(sizes[l - 1]) });
    fc.push(layer);
    net.layers.push(layer, new convnetjs.TanhLayer(shape(sizes[l])));
  }
  net.layers.push(new convnetjs.RegressionLayer(shape(1)));
  const trainer = new convnetjs.Trainer(net, {
    method: 'sgd',
    learning_rate: lr,
    momentum: 0,
    batch_size: batch,
    l2_decay: 0,
  });

  const vols = (x, n) =>
    Array.from({ length: n }, (_, i) => {
      const v = new convnetjs.Vol(1, 1, sizes[0], 0);
      v.w.set(x.subarray(i * sizes[0], (i + 1) * sizes[0]));
      return v;
    });
  const trainVols = vols(train.x, train.n);
  const targets = Array.from(train.label, (t) => [t]);
  const inputs = { grid: vols(grid.x, grid.n), test: vols(problem.test.x, problem.test.n) };
  const out = { grid: new Float32Array(grid.n), test: new Float32Array(problem.test.n) };
  const units = new Float32Array(problem.totalUnits * grid.n);
  const tanhLayers = net.layers.filter((layer) => layer.layer_type === 'tanh');

  const reset = () => {
    layerViews(sizes, problem.params0).forEach(({ W, b, nIn }, l) => {
      fc[l].filters.forEach((f, j) => {
        f.w.set(W.subarray(j * nIn, (j + 1) * nIn));
        f.dw.fill(0);
      });
      fc[l].biases.w.set(b);
      fc[l].biases.dw.fill(0);
    });
    trainer.k = 0;
  };
  reset();
  return {
    reset,
    trainEpochs(n) {
      for (let e = 0; e < n; e++) for (let i = 0; i < train.n; i++) trainer.train(trainVols[i], targets[i]);
    },
    predict(which) {
      const o = out[which];
      inputs[which].forEach((v, i) => (o[i] = net.forward(v, false).w[0]));
      return o;
    },
    predictUnits() {
      const n = grid.n;
      inputs.grid.forEach((v, i) => {
        net.forward(v, false);
        let u = 0;
        for (const layer of tanhLayers) {
          const w = layer.out_act.w;
          for (let j = 0; j < w.length; j++) units[(u + j) * n + i] = w[j];
          u += w.length;
        }
      });
      return units;
    },
  };
}
