// The hand-written declarations (web/src/engine/actlab-module.d.ts) against the real module: every
// declared member is called and its result checked, and the module exposes nothing undeclared.
// The check tables are typed as "one entry per declared member", so adding a member to the .d.ts
// without a check (or dropping one) is a compile error, and a member missing from bindings.cpp a
// test failure.
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ActlabModule,
  RawDataConfig,
  RawDataset,
  RawDivergenceCause,
  RawLayerMetrics,
  RawMetrics,
  RawNetConfig,
  RawTrainConfig,
  RawTrainer,
} from '../../web/src/engine/actlab-module';
import type {
  ActivationMeta,
  ActParamMeta,
  DatasetMeta,
  Limits,
  OutputMeta,
} from '../../web/src/engine/types';
import { loadModule } from './node-module';

/** One check per member of T. */
type Checks<T> = { [K in keyof T]-?: (x: T) => void };

/** Exactly the keys of T (a missing key fails to compile). */
function keysOf<T>() {
  return <const K extends readonly (keyof T)[]>(
    k: K & ([keyof T] extends [K[number]] ? unknown : 'a key is missing'),
  ) => [...k].map(String).sort();
}

const ACT_KEYS = keysOf<ActivationMeta>()([
  'id',
  'name',
  'display',
  'latex',
  'latexD',
  'family',
  'familyEn',
  'familyKo',
  'range',
  'elementwise',
  'monotonic',
  'zeroCentred',
  'smooth',
  'saturating',
  'hasDeadZone',
  'learnableDefault',
  'params',
  'descEn',
  'descKo',
  'source',
  'year',
]);
const PARAM_KEYS = keysOf<ActParamMeta>()(['name', 'def', 'lo', 'hi', 'learnable']);
const DATASET_KEYS = keysOf<DatasetMeta>()([
  'id',
  'name',
  'display',
  'displayKo',
  'regression',
  'dims',
  'minClasses',
  'maxClasses',
  'fixedPoints',
  'formula',
]);
const OUTPUT_KEYS = keysOf<OutputMeta>()(['id', 'name', 'loss', 'perClass']);
const LIMIT_KEYS = keysOf<Limits>()([
  'maxHidden',
  'maxUnits',
  'maxClasses',
  'maxMaxoutPieces',
  'maxActParams',
]);
const RAW_DATASET_KEYS = keysOf<RawDataset>()([
  'error',
  'nTrain',
  'nTest',
  'classes',
  'dims',
  'x',
  'y',
  'label',
  'xMin',
  'xMax',
  'yMin',
  'yMax',
]);
const METRICS_KEYS = keysOf<RawMetrics>()([
  'epoch',
  'step',
  'trainLoss',
  'testLoss',
  'trainAccuracy',
  'testAccuracy',
  'nLayers',
  'layers',
  'diverged',
  'divergence',
  'divergenceCause',
]);
const CAUSE_KEYS = keysOf<RawDivergenceCause>()([
  'kind',
  'formula',
  'value',
  'x',
  'layer',
  'atInitialWeights',
]);
const LAYER_METRICS_KEYS = keysOf<RawLayerMetrics>()([
  'gradNorm',
  'biasGradNorm',
  'meanAbsGrad',
  'weightNorm',
  'updateRatio',
  'deadFraction',
  'saturatedFraction',
  'preactMean',
  'preactStd',
  'actMean',
]);
const NET_KEYS = keysOf<RawNetConfig>()([
  'features',
  'nHidden',
  'hidden',
  'output',
  'nOut',
  'init',
  'initScale',
  'formula',
]);
const TRAIN_KEYS = keysOf<RawTrainConfig>()([
  'optimizer',
  'lr',
  'momentum',
  'beta1',
  'beta2',
  'rho',
  'eps',
  'batch',
  'l1',
  'l2',
  'dropout',
  'clip',
  'wrongDerivative',
  'seed',
]);

const sorted = (o: object) => Object.keys(o).sort();

let mod: ActlabModule;
beforeAll(async () => {
  mod = await loadModule();
});

const index = (list: { name: string }[], name: string) => list.findIndex((r) => r.name === name);

function xorConfig(m: ActlabModule): [RawDataConfig, RawNetConfig, RawTrainConfig] {
  const tanh = index(m.activations(), 'tanh');
  const hidden = Array.from({ length: m.limits().maxHidden }, () => ({
    units: 4,
    act: tanh,
    actParams: [0, 0] as [number, number],
    learnParams: false,
    maxoutK: 2,
  }));
  return [
    {
      kind: index(m.datasets(), 'xor'),
      points: 200,
      noise: 0,
      trainRatio: 0.5,
      classes: 2,
      seed: 3,
      formula: '',
    },
    {
      features: 0b11,
      nHidden: 2,
      hidden,
      output: index(m.outputs(), 'tanh'),
      nOut: 1,
      init: 0,
      initScale: 0.5,
      formula: '',
    },
    {
      optimizer: 0,
      lr: 0.03,
      momentum: 0.9,
      beta1: 0.9,
      beta2: 0.999,
      rho: 0.9,
      eps: 1e-8,
      batch: 10,
      l1: 0,
      l2: 0,
      dropout: 0,
      clip: 0,
      wrongDerivative: false,
      seed: 5,
    },
  ];
}

const moduleChecks: Checks<ActlabModule> = {
  activations: (m) => {
    const rows = m.activations();
    expect(rows.length).toBeGreaterThan(20);
    rows.forEach((a, i) => {
      expect(sorted(a)).toEqual(ACT_KEYS);
      expect(a.id).toBe(i);
      for (const p of a.params) {
        expect(sorted(p)).toEqual(PARAM_KEYS);
        expect(p.lo).toBeLessThanOrEqual(p.def);
        expect(p.def).toBeLessThanOrEqual(p.hi);
      }
    });
    expect(rows.map((a) => a.name)).toEqual(
      expect.arrayContaining(['tanh', 'relu', 'sigmoid', 'prelu', 'maxout', 'softmax']),
    );
    for (const a of rows.filter((r) => r.elementwise)) expect(a.descKo, a.name).toMatch(/[\uac00-\ud7a3]/);
  },
  datasets: (m) => {
    const rows = m.datasets();
    rows.forEach((d, i) => {
      expect(sorted(d)).toEqual(DATASET_KEYS);
      expect(d.id).toBe(i);
    });
    expect(rows.map((d) => d.name)).toEqual(
      expect.arrayContaining(['xor', 'spiral', 'circle', 'gauss', 'plane', 'sine1d']),
    );
    // UTF-8 text arrives intact (a const char* would be decoded as Latin-1).
    for (const d of rows)
      expect(d.displayKo, d.name).toMatch(/^[^\u00c0-\u00ff]*[\uac00-\ud7a3][^\u00c0-\u00ff]*$/);
  },
  outputs: (m) => {
    const rows = m.outputs();
    rows.forEach((o, i) => {
      expect(sorted(o)).toEqual(OUTPUT_KEYS);
      expect(o.id).toBe(i);
      expect(o.loss.length).toBeGreaterThan(5);
    });
    expect(rows.filter((o) => o.perClass).map((o) => o.name)).toEqual(['softmax', 'log_softmax', 'softmin']);
  },
  inits: (m) => expect(m.inits()).toEqual(expect.arrayContaining(['xavier_uniform', 'he_normal', 'zeros'])),
  optimizers: (m) => expect(m.optimizers()).toEqual(expect.arrayContaining(['sgd', 'adam'])),
  features: (m) =>
    expect(m.features()).toEqual(['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY']),
  limits: (m) => {
    const l = m.limits();
    expect(sorted(l)).toEqual(LIMIT_KEYS);
    expect(l.maxActParams).toBe(2);
    expect(l.maxHidden).toBeGreaterThanOrEqual(1);
  },
  rules: (m) => {
    const r = m.rules();
    expect(Object.keys(r).sort()).toEqual(['defaults', 'heads', 'oneDFeatures', 'points', 'ranges']);
    expect(r.ranges.hidden.max).toBe(m.limits().maxHidden);
    expect(r.ranges.lr).toEqual({ min: 0, max: 100, minOpen: true });
    expect(r.defaults.train.lr).toBe(0.03); // the float default as its decimal
    expect(r.heads.regression).toEqual(['tanh', 'identity']);
    expect(r.points['xor4']?.fixed).toBe(4);
  },
  validate: (m) => {
    const [data, net, train] = xorConfig(m);
    expect(m.validate(data, net, train)).toBe('');
    expect(m.validate(data, net, { ...train, lr: 0 })).toMatch(/^lr = 0 is not allowed/);
    expect(m.validate({ ...data, points: 2 }, net, train)).toMatch(/^points = 2/);
  },
  actCurve: (m) => {
    // Independent reference: Math.tanh in double precision.
    const xs = new Float32Array([-3, -0.5, 0, 0.25, 2]);
    const { f, df } = m.actCurve(index(m.activations(), 'tanh'), [0, 0], xs);
    expect(f).toBeInstanceOf(Float32Array);
    f.forEach((v, i) => expect(v).toBeCloseTo(Math.tanh(xs[i] ?? 0), 5));
    df.forEach((v, i) => expect(v).toBeCloseTo(1 - Math.tanh(xs[i] ?? 0) ** 2, 5));
    // A parameter: leaky_relu's slope applies below 0.
    const leaky = m.actCurve(index(m.activations(), 'leaky_relu'), [0.2, 0], xs);
    leaky.f.forEach((v, i) => expect(v).toBeCloseTo((xs[i] ?? 0) > 0 ? (xs[i] ?? 0) : 0.2 * (xs[i] ?? 0), 6));
  },
  actCost: (m) => {
    // A timing, so no figure is asserted: positive and finite for element-wise rows; NaN for a row
    // with no element-wise kernel (maxout, softmax) and for no elements at all.
    for (const name of ['relu', 'sigmoid', 'tanh']) {
      const ns = m.actCost(index(m.activations(), name), [0, 0], 4096, 0.5);
      expect(ns, name).toBeGreaterThan(0);
      expect(Number.isFinite(ns), name).toBe(true);
    }
    expect(m.actCost(index(m.activations(), 'maxout'), [0, 0], 4096, 0.5)).toBeNaN();
    expect(m.actCost(index(m.activations(), 'softmax'), [0, 0], 4096, 0.5)).toBeNaN();
    expect(m.actCost(index(m.activations(), 'relu'), [0, 0], 0, 0.5)).toBeNaN();
  },
  vectorCurve: (m) => {
    // Independent reference: the closed forms in double precision, p1 = e^(sx) / (e^(sx) + 2).
    const xs = new Float32Array([-6, -1, 0, 0.5, 3]);
    const p1 = (x: number) => 1 / (1 + 2 * Math.exp(-x));
    const soft = m.vectorCurve(index(m.activations(), 'softmax'), xs);
    soft?.f.forEach((v, i) => expect(v).toBeCloseTo(p1(xs[i] ?? 0), 6));
    soft?.df.forEach((v, i) => expect(v).toBeCloseTo(p1(xs[i] ?? 0) * (1 - p1(xs[i] ?? 0)), 6));
    const min = m.vectorCurve(index(m.activations(), 'softmin'), xs);
    min?.df.forEach((v, i) => expect(v).toBeCloseTo(-p1(-(xs[i] ?? 0)) * (1 - p1(-(xs[i] ?? 0))), 6));
    const log = m.vectorCurve(index(m.activations(), 'log_softmax'), xs);
    log?.f.forEach((v, i) => expect(v).toBeCloseTo(Math.log(p1(xs[i] ?? 0)), 5));
    log?.df.forEach((v, i) => expect(v).toBeCloseTo(1 - p1(xs[i] ?? 0), 6));
    expect([soft, min, log].every((c) => c?.f.length === xs.length)).toBe(true);
    expect(m.vectorCurve(index(m.activations(), 'maxout'), xs)).toBeNull();
    expect(m.vectorCurve(index(m.activations(), 'tanh'), xs)).toBeNull();
  },
  formulaCurve: (m) => {
    // Independent reference: mish and its derivative in double precision.
    const xs = new Float32Array([-3, -0.5, 0, 0.25, 2]);
    const sp = (u: number) => Math.log1p(Math.exp(u));
    const sig = (u: number) => 1 / (1 + Math.exp(-u));
    const r = m.formulaCurve('x*tanh(softplus(x))', xs, false, []);
    expect(r.error).toBe('');
    expect(r.params).toEqual([]);
    r.f.forEach((v, i) => expect(v).toBeCloseTo((xs[i] ?? 0) * Math.tanh(sp(xs[i] ?? 0)), 6));
    r.df.forEach((v, i) => {
      const x = xs[i] ?? 0;
      const t = Math.tanh(sp(x));
      expect(v).toBeCloseTo(t + x * (1 - t * t) * sig(x), 5);
    });
    const bad = m.formulaCurve('x*sinh(x)', xs, false, []);
    expect(bad.error).toMatch(/^unknown function 'sinh' at column 3; allowed: exp, /);
    const withParam = m.formulaCurve('x*sigmoid(a*x); a = 2 in [0, 5]', new Float32Array([1]), false, []);
    expect(withParam.params).toEqual([{ name: 'a', def: 2, lo: 0, hi: 5 }]);
    expect(withParam.f[0]).toBeCloseTo(sig(2), 6);
    // A parameter's value given (`at`), and a dataset formula of x and y (sampled along y = 0).
    expect(
      m.formulaCurve('x*sigmoid(a*x); a = 2 in [0, 5]', new Float32Array([1]), false, [3]).f[0],
    ).toBeCloseTo(sig(3), 6);
    const xyCurve = m.formulaCurve('y - sin(x)', xs, true, []);
    expect(xyCurve.error).toBe('');
    xyCurve.f.forEach((v, i) => expect(v).toBeCloseTo(-Math.sin(xs[i] ?? 0), 6));
    expect(m.formulaCurve('y - sin(x)', xs, false, []).error).toMatch(
      /^'y' at column 1 is only allowed in dataset formulas/,
    );
    // The formula activation trains: a network whose hidden layers use it.
    const [data, net, train] = xorConfig(m);
    const t = new m.Trainer();
    const hidden = net.hidden.map((l) => ({ ...l, act: m.formulaAct() }));
    expect(t.configure(data, { ...net, hidden, formula: 'x*tanh(softplus(x))' }, train)).toBe('');
    expect(t.net().formula).toBe('x*tanh(softplus(x))');
    expect(t.configure(data, { ...net, hidden, formula: 'tanh(x' }, train)).toMatch(
      /missing '\)' at column 7/,
    );
    expect(t.configure(data, { ...net, hidden, formula: 'x+'.repeat(200) + 'x' }, train)).toMatch(
      /longer than 256/,
    );
    t.delete();
  },
  formulaAct: (m) => {
    // Not a catalogue row: the index just past the catalogue.
    expect(m.formulaAct()).toBe(m.activations().length);
  },
  heapInUse: (m) => {
    // A byte count that follows allocation: a live trainer's buffers in, deleted ones out.
    const before = m.heapInUse();
    expect(Number.isInteger(before) && before > 0).toBe(true);
    const t = new m.Trainer();
    const [data, net, train] = xorConfig(m);
    expect(t.configure(data, net, train)).toBe('');
    expect(m.heapInUse()).toBeGreaterThan(before);
    t.delete();
    expect(m.heapInUse()).toBe(before);
  },
  makeDataset: (m) => {
    const [data] = xorConfig(m);
    const d = m.makeDataset(data);
    expect(sorted(d)).toEqual(RAW_DATASET_KEYS);
    expect(d.error).toBe('');
    expect(d.nTrain + d.nTest).toBe(200);
    expect(d.x).toHaveLength(200);
    expect(m.makeDataset({ ...data, points: 2 }).error).toMatch(/points/);
  },
  exportCode: (m) => {
    // The scripts themselves run against the CLI in tests/cli/export_test.mjs; here: the embind path.
    const cfg = xorConfig(m);
    const numpy = m.exportCode('numpy', ...cfg, 20);
    expect(numpy.error).toBe('');
    expect(numpy.code).toMatch(/^import numpy as np/m);
    expect(numpy.code).toMatch(/^DATA_SEED = 3$/m);
    expect(numpy.code).toMatch(/^EPOCHS = 20$/m);
    const torch = m.exportCode('pytorch', ...cfg, 20);
    expect(torch.code).toMatch(/^import torch/m);
    expect(torch.code).not.toMatch(/numpy/);
    expect(m.exportCode('jax', ...cfg, 20)).toEqual({
      error: expect.stringMatching(/unknown format 'jax'/),
      code: '',
    });
    const [data, net, train] = cfg;
    expect(m.exportCode('numpy', data, net, { ...train, lr: -1 }, 20).error).toMatch(/^lr = -1/);
  },
  Trainer: (m) => {
    const t = new m.Trainer();
    expect(t.configure(...xorConfig(m))).toBe('');
    t.delete();
  },
};

/** Runs in this order on one trainer (configure first). */
const trainerChecks: Checks<RawTrainer> = {
  configure: (t) => {
    const [data, net, train] = xorConfig(mod);
    expect(t.configure(data, { ...net, nHidden: 99 }, train)).toMatch(/n_hidden/);
    // The module reads exactly RawTrainConfig's fields: without any one of them it refuses the object
    // (and a field the declaration lacked would make every call above throw).
    for (const k of TRAIN_KEYS) {
      const partial: Partial<RawTrainConfig> = { ...train };
      delete partial[k as keyof RawTrainConfig];
      expect(() => t.configure(data, net, partial as RawTrainConfig), k).toThrow(
        new RegExp(`Missing field: +"${k}"`),
      );
    }
    expect(t.configure(data, net, train)).toBe('');
  },
  net: (t) => {
    const n = t.net();
    expect(sorted(n)).toEqual(NET_KEYS);
    expect(n.nHidden).toBe(2);
    expect(n.hidden).toHaveLength(mod.limits().maxHidden);
    expect(n.hidden[0]?.actParams).toHaveLength(2);
  },
  nInputs: (t) => expect(t.nInputs()).toBe(2),
  totalUnits: (t) => expect(t.totalUnits()).toBe(4 + 4 + 1),
  layerIn: (t) => expect([t.layerIn(0), t.layerIn(1), t.layerIn(2)]).toEqual([2, 4, 4]),
  layerOut: (t) => expect([t.layerOut(0), t.layerOut(1), t.layerOut(2)]).toEqual([4, 4, 1]),
  paramStats: (t) => {
    const p = t.params();
    const at0 = t.paramStats(p);
    expect(at0.map((s) => [s.drift, s.learnt.length])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(at0[0]?.spread).toBeGreaterThan(0); // random initial weights: the units differ
    const moved = t.paramStats(p.map((v) => v - 0.5)); // as if every weight had moved by +0.5
    for (const s of moved) expect(s.drift).toBeCloseTo(0.5, 5);
    expect(t.paramStats(new Float32Array(3))).toEqual([]);
  },
  weightOffset: (t) => expect(t.weightOffset(0)).toBe(0),
  biasOffset: (t) => expect(t.biasOffset(0)).toBe(2 * 4),
  actParamOffset: (t) => expect(t.actParamOffset(0)).toBe(t.weightOffset(1)),
  nParams: (t) => expect(t.nParams()).toBe(2 * 4 + 4 + 4 * 4 + 4 + 4 + 1),
  params: (t) => {
    const p = t.params();
    expect(p).toBeInstanceOf(Float32Array);
    expect(p).toHaveLength(t.nParams());
    expect(p.some((v) => v !== 0)).toBe(true);
  },
  data: (t) => {
    const d = t.data();
    expect(sorted(d)).toEqual(RAW_DATASET_KEYS);
    expect(d.nTrain).toBe(100);
  },
  measure: (t) => {
    const m = t.measure();
    expect(sorted(m)).toEqual(METRICS_KEYS);
    expect(m.nLayers).toBe(3);
    expect(m.layers).toHaveLength(mod.limits().maxHidden + 1);
    expect(sorted(m.layers[0] ?? {})).toEqual(LAYER_METRICS_KEYS);
    expect(sorted(m.divergenceCause)).toEqual(CAUSE_KEYS);
    expect(m.divergenceCause.kind).toBe(0); // none: not diverged
    expect(m.epoch).toBe(0);
    expect(Number.isFinite(m.trainLoss)).toBe(true);
  },
  stepBatches: (t) => {
    expect(t.stepBatches(3)).toBe(3);
    expect(t.step()).toBe(3);
  },
  stepEpochs: (t) => {
    expect(t.stepEpochs(2)).toBe(2);
    expect(t.epoch()).toBe(2);
  },
  epoch: (t) => expect(t.epoch()).toBe(t.measure().epoch),
  step: (t) => expect(t.step()).toBe(t.measure().step),
  diverged: (t) => expect(t.diverged()).toBe(false),
  preactHistogram: (t) => {
    t.measure();
    const h = t.preactHistogram(0, 20, -5, 5);
    expect(h).toHaveLength(20);
    // Every training point lands in one bin for each of the layer's 4 units.
    expect(h.reduce((a, b) => a + b, 0)).toBe(100 * 4);
    expect(t.preactHistogram(0, 1 << 20, -5, 5)).toHaveLength(0); // absurd bin counts: empty, no abort
  },
  evalGrid: (t) => {
    const g = t.evalGrid(5, 3, -6, 6, -6, 6);
    expect(g).toHaveLength(15);
    g.forEach((v) => expect(Math.abs(v)).toBeLessThanOrEqual(1));
    // Sizes beyond what a page can use return an empty array instead of exhausting WASM memory.
    expect(t.evalGrid(1 << 15, 1 << 15, -6, 6, -6, 6)).toHaveLength(0);
    expect(t.evalGrid(-4, 3, -6, 6, -6, 6)).toHaveLength(0);
  },
  evalGridUnits: (t) => {
    const u = t.evalGridUnits(5, 3, -6, 6, -6, 6);
    expect(u).toHaveLength(9 * 15);
    // The last plane (the output unit) is the network output itself.
    expect(Array.from(u.subarray(8 * 15))).toEqual(Array.from(t.evalGrid(5, 3, -6, 6, -6, 6)));
  },
  predict: (t) => {
    const g = t.evalGrid(2, 2, -6, 6, -6, 6);
    // Grid corners, row 0 at the top (y = 6).
    const p = t.predict(new Float32Array([-6, 6, -6, 6]), new Float32Array([6, 6, -6, -6]));
    expect(Array.from(p)).toEqual(Array.from(g));
  },
  gradcheck: (t) => {
    const r = t.gradcheck(40);
    expect(r.maxRelError).toBeLessThan(1e-2);
    expect(r.skipped).toBeGreaterThanOrEqual(0);
  },
  setParams: (t) => {
    const p = t.params();
    expect(t.setParams(new Float32Array(3))).toMatch(/set_params/);
    const q = p.map((v) => v * 0.5);
    expect(t.setParams(q)).toBe('');
    expect(Array.from(t.params())).toEqual(Array.from(q));
  },
  setCounters: (t) => {
    expect(t.setCounters(7, 123)).toBe('');
    expect([t.epoch(), t.step()]).toEqual([7, 123]);
    for (const bad of [-1, NaN, Infinity, 2 ** 60]) expect(t.setCounters(bad, 0)).toMatch(/set_counters/);
    expect([t.epoch(), t.step()]).toEqual([7, 123]);
  },
  setTrainConfig: (t) => {
    const [data, net, train] = xorConfig(mod);
    expect(t.configure(data, net, train)).toBe('');
    // The weights stay and the next step uses the new settings: the step of a run configured with them.
    const other = new mod.Trainer();
    expect(other.configure(data, net, { ...train, lr: 0.1 })).toBe('');
    expect(t.setTrainConfig({ ...train, lr: 0.1 })).toBe('');
    expect(Array.from(t.params())).toEqual(Array.from(other.params()));
    t.stepBatches(1);
    other.stepBatches(1);
    expect(Array.from(t.params())).toEqual(Array.from(other.params()));
    expect(t.setTrainConfig({ ...train, lr: -1 })).toMatch(/lr/);
    other.delete();
  },
  reconfigure: (t) => {
    const [, net, train] = xorConfig(mod);
    expect(t.reconfigure({ ...net, nHidden: 1 }, train)).toBe('');
    expect(t.totalUnits()).toBe(4 + 1);
    expect(t.data().nTrain).toBe(100);
  },
  reset: (t) => {
    const first = t.params();
    t.stepEpochs(1);
    t.reset();
    expect(Array.from(t.params())).toEqual(Array.from(first));
    expect(t.epoch()).toBe(0);
  },
  reinit: (t) => {
    const before = t.params();
    t.reinit(12345);
    expect(Array.from(t.params())).not.toEqual(Array.from(before));
    // the weights of a run configured with that seed (the worker's "new weights")
    const [data, net, train] = xorConfig(mod);
    const fresh = new mod.Trainer();
    expect(fresh.configure(data, { ...net, nHidden: 1 }, { ...train, seed: 12345 })).toBe('');
    expect(Array.from(t.params())).toEqual(Array.from(fresh.params()));
    fresh.delete();
  },
  restoreLastGood: (t) => {
    // A regression head with a huge learning rate diverges within a few steps.
    const [data, net, train] = xorConfig(mod);
    const plane = { ...data, kind: index(mod.datasets(), 'plane') };
    expect(
      t.configure(plane, { ...net, output: index(mod.outputs(), 'identity') }, { ...train, lr: 50 }),
    ).toBe('');
    t.measure();
    const good = t.params();
    t.stepEpochs(20);
    expect(t.diverged()).toBe(true);
    expect(t.measure().diverged).toBe(true);
    expect(t.lastGoodEpoch()).toBe(0);
    expect(t.restoreLastGood()).toBe(true);
    expect(t.diverged()).toBe(false);
    expect(t.epoch()).toBe(0);
    expect(Array.from(t.params())).toEqual(Array.from(good));
  },
  lastGoodEpoch: (t) => {
    t.reset();
    expect(t.lastGoodEpoch()).toBe(-1); // nothing measured since the restart
    t.measure();
    expect(t.lastGoodEpoch()).toBe(t.epoch());
  },
  delete: (t) => t.delete(),
};

describe('the embind module matches actlab-module.d.ts', () => {
  it('exports exactly the declared functions', () => {
    const exported = Object.keys(mod)
      .filter((k) => {
        const v = (mod as unknown as Record<string, unknown>)[k];
        return typeof v === 'function' && 'argCount' in v;
      })
      .sort();
    expect(exported).toEqual(Object.keys(moduleChecks).sort());
  });

  it('Trainer has exactly the declared methods', () => {
    const proto = Object.getOwnPropertyNames(mod.Trainer.prototype).filter((k) => k !== 'constructor');
    expect([...proto, 'delete'].sort()).toEqual(Object.keys(trainerChecks).sort());
  });

  for (const [name, check] of Object.entries(moduleChecks)) {
    it(`module.${name}`, () => check(mod));
  }

  it('every Trainer method, in order, on one trainer', () => {
    const t = new mod.Trainer();
    for (const [name, check] of Object.entries(trainerChecks)) {
      try {
        check(t);
      } catch (e) {
        throw new Error(`Trainer.${name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
    }
  });
});
