// brain.js 1.6 NeuralNetwork: its own tanh MLP, trained with its train() loop.
// Deviation it cannot avoid: brain.js updates after every sample (no mini-batches), so it runs SGD
// with batch 1 at the same learning rate. It also refuses momentum 0 ("out of normal training
// range"), so momentum is Number.MIN_VALUE, which makes the momentum term exactly 0 in float64.

import { createRequire } from 'node:module';
import { layerViews } from '../workload.mjs';

const brain = createRequire(import.meta.url)('brain.js');

export async function create(problem) {
  const { sizes, train, grid, lr } = problem;
  const net = new brain.NeuralNetwork({ hiddenLayers: sizes.slice(1, -1), activation: 'tanh' });
  net.sizes = sizes.slice();
  net.initialize();
  const rows = (x, n) =>
    Array.from({ length: n }, (_, i) => Array.from(x.subarray(i * sizes[0], (i + 1) * sizes[0])));
  const data = rows(train.x, train.n).map((input, i) => ({ input, output: [train.label[i]] }));
  const inputs = { grid: rows(grid.x, grid.n), test: rows(problem.test.x, problem.test.n) };
  const out = { grid: new Float32Array(grid.n), test: new Float32Array(problem.test.n) };
  const units = new Float32Array(problem.totalUnits * grid.n);
  const options = {
    iterations: 1,
    errorThresh: Number.MIN_VALUE,
    learningRate: lr,
    momentum: Number.MIN_VALUE,
    log: false,
  };

  const reset = () => {
    layerViews(sizes, problem.params0).forEach(({ W, b, nIn, nOut }, l) => {
      for (let j = 0; j < nOut; j++) {
        net.weights[l + 1][j].set(W.subarray(j * nIn, (j + 1) * nIn));
        net.changes[l + 1][j].fill(0);
      }
      net.biases[l + 1].set(b);
    });
  };
  reset();
  return {
    reset,
    trainEpochs(n) {
      net.train(data, { ...options, iterations: n });
    },
    predict(which) {
      const o = out[which];
      inputs[which].forEach((input, i) => (o[i] = net.run(input)[0]));
      return o;
    },
    predictUnits() {
      const n = grid.n;
      inputs.grid.forEach((input, i) => {
        net.run(input);
        let u = 0;
        for (let l = 1; l < sizes.length; l++) {
          const layer = net.outputs[l];
          for (let j = 0; j < layer.length; j++) units[(u + j) * n + i] = layer[j];
          u += layer.length;
        }
      });
      return units;
    },
  };
}
