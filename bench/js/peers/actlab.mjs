// ActLab's own core through its embind module for Node (build/wasm/actlab_node.mjs, WASM SIMD128):
// the Trainer object the playground's worker drives (declared in web/src/engine/actlab-module.d.ts).
//
// It trains on the core's own spiral (make_dataset with the same seed draws the same points and the
// same split as workload.mjs; checked below) from the shared initial weights (setParams). Grid and
// thumbnails are evalGrid / evalGridUnits, which return fresh Float32Array copies, as the page gets.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** The module's directory: $ACTLAB_WASM_DIR (set by bench/run.mjs) or build/wasm. */
export function moduleDir() {
  return path.resolve(process.env.ACTLAB_WASM_DIR || path.join(import.meta.dirname, '../../../build/wasm'));
}

let loading = null;
/** Loads the EXPORT_ES6 node build once; plain Node needs require/__dirname globals and wasmBinary. */
function loadModule() {
  loading ??= (async () => {
    const dir = moduleDir();
    const js = path.join(dir, 'actlab_node.mjs');
    if (!fs.existsSync(js)) throw new Error(`${path.relative(process.cwd(), js)} is not built`);
    globalThis.require ??= createRequire(js);
    globalThis.__dirname ??= dir;
    const factory = (await import(pathToFileURL(js).href)).default;
    return factory({ wasmBinary: fs.readFileSync(path.join(dir, 'actlab_node.wasm')) });
  })();
  return loading;
}

function indexOf(list, token, what) {
  const i = list.indexOf(token);
  if (i < 0) throw new Error(`ActLab module has no ${what} "${token}" (has: ${list.join(', ')})`);
  return i;
}

export async function create(problem) {
  const mod = await loadModule();
  const { spec, grid } = problem;
  const names = (rows) => rows.map((r) => r.name);
  const tanh = indexOf(names(mod.activations()), 'tanh', 'activation');
  const layer = (units) => ({ units, act: tanh, actParams: [0, 0], learnParams: false, maxoutK: 2 });
  const features = mod.features();
  const net = {
    features: spec.features.reduce((bits, f) => bits | (1 << indexOf(features, f, 'feature')), 0),
    nHidden: spec.hidden.length,
    hidden: Array.from({ length: mod.limits().maxHidden }, (_, l) => layer(spec.hidden[l] ?? 8)),
    output: indexOf(names(mod.outputs()), 'tanh', 'output head'),
    nOut: 1,
    init: 0,
    initScale: 0.5,
    formula: '', // no formula layer (embind's value_object wants every NetSpec field)
  };
  const train = {
    optimizer: indexOf(mod.optimizers(), 'sgd', 'optimizer'),
    lr: problem.lr,
    momentum: 0,
    beta1: 0.9,
    beta2: 0.999,
    rho: 0.9,
    eps: 1e-8,
    batch: problem.batch,
    l1: 0,
    l2: 0,
    dropout: 0,
    clip: 0,
    wrongDerivative: false,
    seed: 1,
  };
  const data = {
    kind: indexOf(names(mod.datasets()), 'spiral', 'dataset'),
    points: problem.train.n + problem.test.n,
    noise: 0,
    trainRatio: problem.train.n / (problem.train.n + problem.test.n),
    classes: 2,
    seed: 1,
    formula: '',
  };
  const trainer = new mod.Trainer();
  const error = trainer.configure(data, net, train);
  if (error) throw new Error(`ActLab configure: ${error}`);
  checkSameData(trainer.data(), problem);
  if (trainer.nParams() !== problem.params0.length) {
    throw new Error(`ActLab has ${trainer.nParams()} parameters, the workload ${problem.params0.length}`);
  }
  const reset = () => {
    trainer.reset();
    const e = trainer.setParams(problem.params0);
    if (e) throw new Error(`ActLab setParams: ${e}`);
  };
  reset();
  const { w, h } = grid;
  const [lo, hi] = [-6, 6];
  const test = trainer.data();
  const testX = test.x.slice(test.nTrain),
    testY = test.y.slice(test.nTrain);
  return {
    reset,
    trainEpochs(n) {
      if (trainer.stepEpochs(n) !== n)
        throw new Error(`ActLab stopped training: ${trainer.lastMetrics().divergence}`);
    },
    predict: (which) =>
      which === 'grid' ? trainer.evalGrid(w, h, lo, hi, lo, hi) : trainer.predict(testX, testY),
    predictUnits: () => trainer.evalGridUnits(w, h, lo, hi, lo, hi),
  };
}

/** The core's dataset must be the workload's, point for point (its labels are 0/1, ours -1/+1). */
function checkSameData(d, problem) {
  const nIn = problem.nIn;
  const sets = [problem.train, problem.test];
  if (d.nTrain !== sets[0].n || d.nTest !== sets[1].n)
    throw new Error('ActLab dataset: split differs from workload.mjs');
  let i = 0;
  for (const s of sets) {
    for (let k = 0; k < s.n; k++, i++) {
      const same =
        Math.abs(d.x[i] - s.x[k * nIn]) < 1e-5 &&
        Math.abs(d.y[i] - s.x[k * nIn + 1]) < 1e-5 &&
        (d.label[i] > 0.5 ? 1 : -1) === s.label[k];
      if (!same) throw new Error(`ActLab dataset: point ${i} differs from workload.mjs`);
    }
  }
}
