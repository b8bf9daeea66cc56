// @tensorflow/tfjs 4.22 with the wasm backend (SIMD; the .wasm files come from the npm package on
// disk) or the pure-JS cpu backend. A tf.layers Sequential model of dense tanh layers with the
// shared initial weights.
//
// Training: a custom step per mini-batch, optimizer.minimize(loss) on pre-built batch tensors, with
// loss = mean over the batch of 0.5·(o − t)² (TF Playground's error). This is the fastest honest
// way we found: model.fit({batchSize: 10, shuffle: false}) does the same updates but with callback,
// logging and per-batch slicing machinery around them (see bench/README.md for both figures; run
// `node bench/js/child.mjs tfjs-wasm standard --tfjs-fit` to measure fit).
// Grid: model.predict on one (10000, n_in) tensor with batchSize 10000, values read back with
// dataSync(). Thumbnails: a second tf.model sharing the layers, with every layer's output as an
// output, read back the same way (each as (points, units) row-major).

import { createRequire } from 'node:module';
import path from 'node:path';
import { layerViews } from '../workload.mjs';

const require = createRequire(import.meta.url);

/** Loads tfjs on `backend` ('wasm' | 'cpu'); for wasm, from the package's own dist/ on disk. */
async function loadTf(backend) {
  const tf = require('@tensorflow/tfjs');
  if (backend === 'wasm') {
    const { setWasmPaths } = require('@tensorflow/tfjs-backend-wasm');
    setWasmPaths(
      path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') +
        path.sep,
    );
  }
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend "${backend}" failed to initialise`);
  await tf.ready();
  if (backend === 'wasm' && !(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'))) {
    throw new Error('tfjs wasm backend: no WASM SIMD support in this runtime, it would run the scalar build');
  }
  return tf;
}

export async function create(problem, { backend = 'wasm', fit = false } = {}) {
  const tf = await loadTf(backend);
  const { sizes, train, grid, lr, batch } = problem;
  const model = tf.sequential();
  sizes
    .slice(1)
    .forEach((units, l) =>
      model.add(
        tf.layers.dense({ units, activation: 'tanh', ...(l === 0 ? { inputShape: [sizes[0]] } : {}) }),
      ),
    );
  const unitsModel = tf.model({ inputs: model.inputs, outputs: model.layers.map((layer) => layer.output) });

  // Initial weights: our W is (out, in); a dense kernel is (in, out).
  const initial = layerViews(sizes, problem.params0).flatMap(({ W, b, nIn, nOut }) => [
    tf.tensor2d(W, [nOut, nIn]).transpose(),
    tf.tensor1d(b),
  ]);
  const optimizer = tf.train.sgd(lr);
  const loss = (target, output) => output.sub(target).square().mean().mul(0.5);
  model.compile({ optimizer, loss });

  const xTrain = tf.tensor2d(train.x, [train.n, sizes[0]]);
  const yTrain = tf.tensor2d(train.label, [train.n, 1]);
  const batches = [];
  for (let i = 0; i < train.n; i += batch) {
    const size = Math.min(batch, train.n - i);
    batches.push([xTrain.slice([i, 0], [size, sizes[0]]), yTrain.slice([i, 0], [size, 1])]);
  }
  const inputs = {
    grid: tf.tensor2d(grid.x, [grid.n, sizes[0]]),
    test: tf.tensor2d(problem.test.x, [problem.test.n, sizes[0]]),
  };

  const trainEpochs = fit
    ? async (n) => {
        await model.fit(xTrain, yTrain, { batchSize: batch, epochs: n, shuffle: false, verbose: 0 });
      }
    : (n) => {
        for (let e = 0; e < n; e++) {
          for (const [x, y] of batches) optimizer.minimize(() => loss(y, model.apply(x, { training: true })));
        }
      };
  const reset = () => model.setWeights(initial);
  reset();
  return {
    reset,
    trainEpochs,
    predict(which) {
      const y = model.predict(inputs[which], { batchSize: problem[which].n });
      const values = y.dataSync();
      y.dispose();
      return values;
    },
    predictUnits() {
      const ys = unitsModel.predict(inputs.grid, { batchSize: grid.n });
      const values = ys.map((y) => y.dataSync());
      tf.dispose(ys);
      return values;
    },
    tensors: () => tf.memory().numTensors,
  };
}
