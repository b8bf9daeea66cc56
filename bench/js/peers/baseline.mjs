// The scalar-JavaScript baseline (../baseline.mjs) behind the common peer interface (./index.mjs).

import { ScalarMlp } from '../baseline.mjs';

export async function create(problem) {
  const net = new ScalarMlp(problem.sizes, problem.params0);
  const { train, test, grid, lr, batch } = problem;
  const out = { grid: new Float32Array(grid.n), test: new Float32Array(test.n) };
  const units = new Float32Array(problem.totalUnits * grid.n);
  return {
    reset: () => net.reset(problem.params0),
    trainEpochs(n) {
      for (let e = 0; e < n; e++) net.trainEpoch(train.x, train.label, train.n, lr, batch);
    },
    predict: (which) => net.predict(problem[which].x, problem[which].n, out[which]),
    predictUnits: () => net.predictUnits(grid.x, grid.n, units),
  };
}
