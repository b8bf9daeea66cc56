// The URL codec: one schema table drives decode and encode. Round trips over many generated states,
// every kind of bad value (default + warning, the rest of the link still applied), and real
// TensorFlow Playground links. The vocabulary is the real core catalogue (Node build of the module).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../web/src/engine/types';
import { hashSeed } from '../../web/src/state/codecs';
import { UNCHECKED, decodeState, encodeState, readParams, reconcile } from '../../web/src/state/codec';
import {
  defaultLayer,
  defaultState,
  headAllowed,
  effectiveClasses,
  resolvedOutput,
} from '../../web/src/state/defaults';
import { HIDEABLE, hiddenActivations } from '../../web/src/state/schema';
import type { AppState, FormulaCheck } from '../../web/src/state/types';
import { loadCatalogue, loadFormulaCheck } from './node-module';

let cat: Catalogue;
let check: FormulaCheck;
beforeAll(async () => {
  cat = await loadCatalogue();
  check = await loadFormulaCheck();
});

const decode = (hash: string, search = '') => decodeState(readParams(search, hash), cat, undefined, check);

/** A small deterministic PRNG (mulberry32) so generated states are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  const v = list[Math.floor(r() * list.length)];
  if (v === undefined) throw new Error('empty list');
  return v;
}

/** A random state the app could be in (then normalised as the store does). */
function randomState(seed: number): AppState {
  const r = rng(seed);
  const s = defaultState(cat);
  s.dataset = pick(r, cat.datasets).name;
  s.noise = pick(r, [0, 5, 10, 25, 50]);
  s.points = pick(r, [100, 200, 500, 1000]);
  s.percTrainData = pick(r, [10, 30, 50, 70, 90]);
  s.classes = pick(r, [2, 3, 4, 5]);
  s.seed = Math.floor(r() * 0xffffffff);
  s.features = cat.features.filter(() => r() < 0.5);
  const acts = hiddenActivations(cat);
  s.layers = Array.from({ length: Math.floor(r() * 5) }, () => {
    const act = pick(r, acts);
    const layer = defaultLayer(cat, 1 + Math.floor(r() * 16), act);
    const meta = cat.activations.find((a) => a.name === act);
    if (meta && meta.params.length > 0 && r() < 0.5)
      layer.params = meta.params.map((p) => Number((p.lo + (p.hi - p.lo) * r()).toFixed(3)));
    if (meta?.params.some((p) => p.learnable) && r() < 0.5) layer.learn = !layer.learn;
    if (act === 'maxout') layer.maxoutK = 2 + Math.floor(r() * 3);
    return layer;
  });
  const heads = cat.outputs.map((o) => o.name).filter((o) => headAllowed(o, effectiveClasses(cat, s)));
  s.output = r() < 0.5 ? null : pick(r, heads);
  s.init = pick(r, cat.inits);
  s.initScale = pick(r, [0.1, 0.5, 1, 2]);
  s.optimizer = pick(r, cat.optimizers);
  s.learningRate = pick(r, [0.00001, 0.003, 0.03, 1, 10]);
  s.batchSize = pick(r, [1, 5, 10, 30]);
  s.regularization = pick(r, ['none', 'L1', 'L2'] as const);
  s.regularizationRate = pick(r, [0, 0.001, 0.3]);
  s.dropout = pick(r, [0, 0.1, 0.5]);
  s.clip = pick(r, [0, 1, 5]);
  s.initSeed = Math.floor(r() * 0xffffffff);
  s.showTestData = r() < 0.5;
  s.discretize = r() < 0.5;
  s.speed = pick(r, [
    { per: 'epoch', n: 1 },
    { per: 'epoch', n: 0.5 },
    { per: 'step', n: 5 },
    { per: 'max' },
  ] as const);
  s.lang = pick(r, ['en', 'ko'] as const);
  s.embed = r() < 0.3;
  s.hide = HIDEABLE.filter(() => r() < 0.1).sort();
  s.simd = r() < 0.8;
  s.res = r() < 0.5 ? null : pick(r, [16, 64, 200, 256]);
  s.bench = r() < 0.2;
  reconcile(s, { cat, checkFormula: UNCHECKED, warn: () => undefined, scratch: { present: new Set() } });
  return s;
}

describe('defaults', () => {
  it('an empty link is the default lesson with no warnings', () => {
    const { state, warnings } = decode('');
    expect(warnings).toEqual([]);
    expect(state).toEqual(defaultState(cat));
    expect(state.dataset).toBe('xor');
    expect(state.layers.map((l) => l.act)).toEqual(['tanh', 'tanh']);
  });

  it('the default state encodes to the version and language only', () => {
    expect(encodeState(defaultState(cat), cat)).toBe('v=2&lang=en');
  });
});

describe('round trips', () => {
  it('decode(encode(s)) = s for 300 generated states, without warnings', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const s = randomState(seed);
      const hash = encodeState(s, cat);
      const { state, warnings } = decode(hash);
      expect(warnings, `seed ${seed}: ${hash}`).toEqual([]);
      expect(state, `seed ${seed}: ${hash}`).toEqual(s);
    }
  });

  it('encoding is stable: encode(decode(encode(s))) = encode(s)', () => {
    for (let seed = 1000; seed < 1100; seed++) {
      const hash = encodeState(randomState(seed), cat);
      expect(encodeState(decode(hash).state, cat)).toBe(hash);
    }
  });

  it('a per-layer activation list, parameters and learn flags survive', () => {
    const leaky = cat.activations.find((a) => a.name === 'leaky_relu');
    const slope = leaky?.params[0];
    expect(slope).toBeDefined();
    const value = ((slope?.lo ?? 0) + (slope?.hi ?? 1)) / 2;
    const { state, warnings } = decode(
      `networkShape=3,2&activation=leaky_relu,prelu&actParams=${value};&learn=01`,
    );
    expect(warnings).toEqual([]);
    expect(state.layers).toEqual([
      { units: 3, act: 'leaky_relu', params: [value], learn: false, maxoutK: 2 },
      { units: 2, act: 'prelu', params: [], learn: true, maxoutK: 2 },
    ]);
    expect(decode(encodeState(state, cat)).state).toEqual(state);
  });

  it('res (boundary resolution) and bench: valid values, auto, and only non-defaults written', () => {
    const { state, warnings } = decode('res=200&bench=1');
    expect(warnings).toEqual([]);
    expect([state.res, state.bench]).toEqual([200, true]);
    expect(encodeState(state, cat)).toBe('v=2&lang=en&res=200&bench=true');
    for (const [text, want] of [
      ['16', 16],
      ['256', 256],
      ['auto', null],
    ] as const) {
      const d = decode(`res=${text}`);
      expect(d.warnings).toEqual([]);
      expect(d.state.res).toBe(want);
    }
    expect(encodeState(decode('res=auto').state, cat)).toBe('v=2&lang=en');
  });

  it('the hash wins over the query string', () => {
    const { state } = decode('learningRate=0.3', '?learningRate=0.1&noise=10');
    expect(state.learningRate).toBe(0.3);
    expect(state.noise).toBe(10);
  });
});

describe('bad values become the default, with a warning naming the key', () => {
  const cases: [string, string, (s: AppState) => unknown][] = [
    ['learningRate=abc', 'learningRate', (s) => s.learningRate],
    ['learningRate=0', 'learningRate', (s) => s.learningRate],
    ['learningRate=-1', 'learningRate', (s) => s.learningRate],
    ['learningRate=1000', 'learningRate', (s) => s.learningRate],
    ['learningRate=Infinity', 'learningRate', (s) => s.learningRate],
    ['learningRate=0x10', 'learningRate', (s) => s.learningRate],
    ['noise=80', 'noise', (s) => s.noise],
    ['batchSize=0', 'batchSize', (s) => s.batchSize],
    ['batchSize=2.5', 'batchSize', (s) => s.batchSize],
    ['networkShape=4,x', 'networkShape', (s) => s.layers],
    ['networkShape=100', 'networkShape', (s) => s.layers],
    ['networkShape=1,1,1,1,1,1,1,1,1', 'networkShape', (s) => s.layers],
    ['activation=nope', 'activation', (s) => s.layers],
    ['activation=softmax', 'activation', (s) => s.layers],
    ['dataset=mnist', 'dataset', (s) => s.dataset],
    ['showTestData=maybe', 'showTestData', (s) => s.showTestData],
    ['x=yes', 'x', (s) => s.features],
    ['regularization=L3', 'regularization', (s) => s.regularization],
    ['optimizer=lbfgs', 'optimizer', (s) => s.optimizer],
    ['lang=fr', 'lang', (s) => s.lang],
    ['percTrainData=95', 'percTrainData', (s) => s.percTrainData],
    ['dropout=1', 'dropout', (s) => s.dropout],
    ['actParams=5;5', 'actParams', (s) => s.layers],
    ['learn=2', 'learn', (s) => s.layers],
    ['seed=', 'seed', (s) => s.seed],
    ['res=15', 'res', (s) => s.res],
    ['res=257', 'res', (s) => s.res],
    ['res=100.5', 'res', (s) => s.res],
    ['res=big', 'res', (s) => s.res],
    ['bench=maybe', 'bench', (s) => s.bench],
  ];
  for (const [query, key, get] of cases) {
    it(query, () => {
      const { state, warnings } = decode(`${query}&speed=7`);
      expect(warnings.map((w) => [w.code, w.key])).toEqual([['badValue', key]]);
      const expected = defaultState(cat);
      expected.speed = { per: 'epoch', n: 7 };
      expect(get(state)).toEqual(get(expected));
      expect(state.speed).toEqual({ per: 'epoch', n: 7 });
    });
  }

  it('an unknown key is reported and ignored', () => {
    const { state, warnings } = decode('fooBar=1&learningRate=0.1');
    expect(warnings.map((w) => [w.code, w.key])).toEqual([['unknownKey', 'fooBar']]);
    expect(state.learningRate).toBe(0.1);
  });

  it('long and markup-like values are kept as plain text and shortened', () => {
    const evil = '<img src=x onerror=alert(1)>'.repeat(5);
    const { warnings } = decode(`dataset=${encodeURIComponent(evil)}`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.value.length).toBeLessThanOrEqual(41);
    expect(evil.startsWith(warnings[0]?.value.slice(0, 40) ?? '!')).toBe(true);
  });

  it('a batch larger than the training set is adjusted', () => {
    const { state, warnings } = decode('batchSize=300&points=100&percTrainData=50');
    expect(warnings.map((w) => [w.code, w.key])).toEqual([['adjusted', 'batchSize']]);
    expect(state.batchSize).toBe(10);
  });

  it('a head that does not fit the data is adjusted', () => {
    const { state, warnings } = decode('dataset=plane&output=softmax');
    expect(warnings.map((w) => [w.code, w.key])).toEqual([['adjusted', 'output']]);
    expect(resolvedOutput(cat, state)).toBe('identity');
  });

  it('speed: epochs per frame, steps per frame or max; the default max is not written', () => {
    expect(decode('speed=2').state.speed).toEqual({ per: 'epoch', n: 2 });
    expect(decode('speed=0.5').state.speed).toEqual({ per: 'epoch', n: 0.5 });
    expect(decode('speed=3steps').state.speed).toEqual({ per: 'step', n: 3 });
    expect(decode('speed=1step').state.speed).toEqual({ per: 'step', n: 1 });
    expect(decode('speed=max').state.speed).toEqual({ per: 'max' });
    expect(decode('').state.speed).toEqual({ per: 'max' });
    expect(encodeState(decode('speed=max').state, cat)).toBe('v=2&lang=en');
    expect(encodeState(decode('speed=2steps').state, cat)).toBe('v=2&lang=en&speed=2steps');
    for (const bad of ['0', '51', '1.5steps', '0steps', 'fast', '-1']) {
      const { state, warnings } = decode(`speed=${bad}`);
      expect(
        warnings.map((w) => [w.code, w.key]),
        bad,
      ).toEqual([['badValue', 'speed']]);
      expect(state.speed).toEqual({ per: 'max' });
    }
  });

  it('an older link (v=1) counted speed in steps per frame: kept up to 2, else epochs with a notice', () => {
    // XOR default: 250 training points, batch 10 = 25 steps per epoch
    const slow = decode('v=1&speed=2');
    expect(slow.state.speed).toEqual({ per: 'step', n: 2 });
    expect(slow.warnings).toEqual([]);
    const old = decode('v=1&speed=50');
    expect(old.state.speed).toEqual({ per: 'epoch', n: 2 });
    expect(old.warnings.map((w) => [w.code, w.key, w.value, w.allowed])).toEqual([
      ['olderSpeed', 'speed', '50', '2'],
    ]);
    // 5 steps (the old default) was a fifth of an epoch: now at least TF Playground's one epoch per frame
    expect(decode('v=1&speed=5').state.speed).toEqual({ per: 'epoch', n: 1 });
    // the same text in a current link means epochs per frame
    expect(decode('v=2&speed=50').state.speed).toEqual({ per: 'epoch', n: 50 });
    expect(decode('speed=50').warnings).toEqual([]);
  });

  it('a link from a newer version warns but decodes', () => {
    const { state, warnings } = decode('v=99&noise=5');
    expect(warnings.map((w) => w.code)).toEqual(['newerVersion']);
    expect(state.noise).toBe(5);
  });

  it('1-D data keeps only the 1-D features, and names those the link asked for', () => {
    const { state, warnings } = decode('dataset=sine1d&x=true&y=true&sinX=true');
    expect(state.features).toEqual(['x', 'sinX']);
    expect(warnings.map((w) => [w.code, w.key])).toEqual([['adjusted', 'y']]);
    // Features it only inherited (the default x, y) are dropped quietly.
    expect(decode('dataset=sine1d').warnings).toEqual([]);
  });

  // Found by the property tests (codec.prop.test.ts) and by issue #12.
  it('a version that is not one is rejected once, not also "from a newer ActLab"', () => {
    for (const v of ['4294967296', '1e400', '-1', '2.5', 'NaN']) {
      expect(
        decode(`v=${v}`).warnings.map((w) => [w.code, w.key, w.value]),
        v,
      ).toEqual([['badValue', 'v', v]]);
    }
    expect(decode('v=3').warnings.map((w) => [w.code, w.value])).toEqual([['newerVersion', '3']]);
  });

  it('an open lower bound holds in float32: learningRate=5e-324 would reach the core as 0', () => {
    for (const [key, value] of [
      ['learningRate', '5e-324'],
      ['initScale', '1e-46'],
    ]) {
      const { state, warnings } = decode(`${key}=${value}`);
      expect(warnings.map((w) => [w.code, w.key])).toEqual([['badValue', key]]);
      expect(state).toEqual(defaultState(cat));
    }
    expect(decode('learningRate=1e-40').state.learningRate).toBe(1e-40); // a float32 subnormal: > 0
  });

  it('"-0" decodes as 0, so the state survives encoding', () => {
    const { state } = decode('noise=-0&dropout=-0');
    expect(Object.is(state.noise, 0) && Object.is(state.dropout, 0)).toBe(true);
    expect(decode(encodeState(state, cat)).state).toEqual(state);
  });
});

describe('TensorFlow Playground links', () => {
  // The hash TF Playground writes for its default classification page (all keys present).
  const TF_DEFAULT =
    'activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0' +
    '&networkShape=4,2&seed=0.52143&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false' +
    '&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification' +
    '&initZero=false&hideText=false';

  it('the default TF page decodes without warnings', () => {
    const { state, warnings } = decode(TF_DEFAULT);
    expect(warnings).toEqual([]);
    expect(state.dataset).toBe('circle');
    expect(state.layers.map((l) => [l.units, l.act])).toEqual([
      [4, 'tanh'],
      [2, 'tanh'],
    ]);
    expect(state.features).toEqual(['x', 'y']);
    expect(state.seed).toBe(hashSeed('0.52143'));
    expect(state.learningRate).toBe(0.03);
    expect(state.regularization).toBe('none');
  });

  it('a TF spiral link with relu, L2 and more features', () => {
    const { state, warnings } = decode(
      'activation=relu&regularization=L2&batchSize=3&dataset=spiral&learningRate=0.01&regularizationRate=0.001&noise=15' +
        '&networkShape=8,8,5&seed=0.1&showTestData=true&discretize=true&percTrainData=70&x=true&y=true&xTimesY=true' +
        '&xSquared=true&ySquared=true&sinX=true&sinY=true',
    );
    expect(warnings).toEqual([]);
    expect(state).toMatchObject({
      dataset: 'spiral',
      noise: 15,
      percTrainData: 70,
      batchSize: 3,
      learningRate: 0.01,
      regularization: 'L2',
      regularizationRate: 0.001,
      showTestData: true,
      discretize: true,
    });
    expect(state.layers.map((l) => [l.units, l.act])).toEqual([
      [8, 'relu'],
      [8, 'relu'],
      [5, 'relu'],
    ]);
    expect(state.features).toEqual(cat.features);
  });

  it('TF regression links select the plane and a linear output', () => {
    const { state, warnings } = decode(
      'problem=regression&regDataset=reg-plane&dataset=circle&activation=linear&networkShape=',
    );
    expect(warnings).toEqual([]);
    expect(state.dataset).toBe('plane');
    expect(state.layers).toEqual([]);
    expect(resolvedOutput(cat, state)).toBe('identity');
  });

  it('TF datasets ActLab does not have are reported and replaced', () => {
    const { state, warnings } = decode('problem=regression&regDataset=reg-gauss');
    expect(warnings.map((w) => [w.code, w.key])).toEqual([['unsupported', 'regDataset']]);
    expect(state.dataset).toBe('plane');
  });

  it('cosX=true is reported; initZero picks the zeros init; hide flags are kept', () => {
    const { state, warnings } = decode(
      'cosX=true&initZero=true&learningRate_hide=true&x_hide=true&hideText=true&numHiddenLayers_hide=false',
    );
    expect(warnings.map((w) => [w.code, w.key])).toEqual([['unsupported', 'cosX']]);
    expect(state.init).toBe('zeros');
    expect(state.hide).toEqual(['learningRate', 'text', 'x']);
  });

  it('a hide flag for something that does not exist is an unknown key', () => {
    const { warnings } = decode('nothing_hide=true');
    expect(warnings.map((w) => [w.code, w.key])).toEqual([['unknownKey', 'nothing_hide']]);
  });
});
