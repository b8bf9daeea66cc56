// The engine facade (web/src/engine/engine.ts) in Node against the real WASM module, with the
// configuration the state layer produces. Numbers are checked against independent references
// (Math.tanh, closed forms, sums that must hold), never against recorded outputs.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../web/src/engine/engine';
import type { EngineConfig } from '../../web/src/engine/types';
import { decodeState, readParams } from '../../web/src/state/codec';
import { defaultState } from '../../web/src/state/defaults';
import { engineConfig } from '../../web/src/state/engine-config';
import { loadModule } from './node-module';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine(await loadModule());
});

const configFor = (hash: string): EngineConfig => {
  const { state, warnings } = decodeState(readParams('', hash), engine.catalogue);
  expect(warnings).toEqual([]);
  return engineConfig(state, engine.catalogue);
};

describe('Engine facade', () => {
  it('configures the default lesson and trains XOR with tanh below 0.05 test loss', () => {
    const cfg = engineConfig(defaultState(engine.catalogue), engine.catalogue);
    expect(engine.configure(cfg)).toBe('');
    const before = engine.measure();
    expect(before.epoch).toBe(0);
    expect(before.layers).toHaveLength(3);
    engine.stepEpochs(150);
    const after = engine.measure();
    expect(after.epoch).toBe(150);
    expect(after.testLoss).toBeLessThan(0.05);
    expect(after.testLoss).toBeLessThan(before.testLoss);
    expect(after.testAccuracy).toBeGreaterThan(0.95);
  });

  it('exports a playground run as a NumPy script that prints the engine losses', () => {
    // The real Python (Debian's /usr/bin/python3 with python3-numpy; scripts/setup.sh) runs the script.
    const cfg = configFor('activation=prelu&networkShape=4,3&dataset=spiral&learningRate=0.03&batchSize=10');
    expect(engine.configure(cfg)).toBe('');
    const losses = [engine.measure().trainLoss];
    for (let e = 0; e < 3; ++e) {
      engine.stepEpochs(1);
      losses.push(engine.measure().trainLoss);
    }
    const exported = engine.exportCode('numpy', cfg, 3);
    if (typeof exported === 'string') throw new Error(exported);
    const out = execFileSync('/usr/bin/python3', ['-'], { input: exported.code, encoding: 'utf8' });
    const got = out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { train_loss: number }).train_loss);
    expect(got).toHaveLength(4);
    got.forEach((v, i) => expect(Math.abs(v - losses[i]!) / losses[i]!).toBeLessThan(1e-3));
    expect(losses[3]).not.toBeCloseTo(losses[0]!, 3); // it trained
    expect(engine.exportCode('numpy', { ...cfg, train: { ...cfg.train, lr: -1 } }, 3)).toMatch(/^lr = -1/);
  });

  it('reports an unknown token as a one-line error and keeps the previous configuration', () => {
    expect(engine.configure(configFor(''))).toBe('');
    const bad = configFor('');
    bad.net.layers[0] = { ...bad.net.layers[0]!, act: 'nope' };
    expect(engine.configure(bad)).toMatch(/^activation = nope is not allowed/);
    expect(engine.layout().layers).toHaveLength(3);
    const range = configFor('');
    range.train.lr = -1;
    expect(engine.configure(range)).toMatch(/lr/);
  });

  it('lays out the flat parameter buffer consistently', () => {
    expect(engine.configure(configFor('networkShape=3,5&activation=prelu&x=true&y=true&xSquared=true'))).toBe(
      '',
    );
    const layout = engine.layout();
    expect(layout.nInputs).toBe(3);
    expect(layout.totalUnits).toBe(3 + 5 + 1);
    let offset = 0;
    for (const l of layout.layers) {
      expect(l.weightOffset).toBe(offset);
      expect(l.biasOffset).toBe(offset + l.fanIn * l.units);
      expect(l.actParamOffset).toBe(l.biasOffset + l.units);
      offset = l.actParamOffset + l.units * l.actParamsPerUnit;
    }
    expect(offset).toBe(layout.nParams);
    expect(engine.params()).toHaveLength(layout.nParams);
    // PReLU learns one slope per unit, initialised to the catalogue default.
    const prelu = engine.catalogue.activations.find((a) => a.name === 'prelu');
    const first = layout.layers[0]!;
    expect(first.actParamsPerUnit).toBe(1);
    const slopes = engine.params().subarray(first.actParamOffset, first.actParamOffset + first.units);
    slopes.forEach((v) => expect(v).toBeCloseTo(prelu?.params[0]?.def ?? NaN, 6));
  });

  it('evaluates the grid and the units with the right shapes; softmax planes sum to 1', () => {
    expect(engine.configure(configFor('dataset=spiral&classes=3&networkShape=6'))).toBe('');
    const d = engine.dataset();
    expect(d.classes).toBe(3);
    const g = engine.grid(7, 5, d.domain);
    expect(g).toHaveLength(3 * 35);
    for (let i = 0; i < 35; i++) expect((g[i] ?? 0) + (g[35 + i] ?? 0) + (g[70 + i] ?? 0)).toBeCloseTo(1, 5);
    expect(engine.gridUnits(7, 5, d.domain)).toHaveLength((6 + 3) * 35);
  });

  it('draws activation curves from the core kernels (checked against closed forms)', () => {
    const xs = new Float32Array([-2, -0.5, 0, 1, 3]);
    const tanh = engine.curve('tanh', [], xs);
    tanh.f.forEach((v, i) => expect(v).toBeCloseTo(Math.tanh(xs[i] ?? 0), 5));
    const prelu = engine.curve('prelu', [0.1], xs);
    prelu.f.forEach((v, i) => {
      const x = xs[i] ?? 0;
      expect(v).toBeCloseTo(x > 0 ? x : 0.1 * x, 6);
    });
    prelu.df.forEach((v, i) => expect(v).toBeCloseTo((xs[i] ?? 0) > 0 ? 1 : 0.1, 6));
    expect(() => engine.curve('nope', [], xs)).toThrow(/activation = nope/);
  });

  it('makes standalone datasets, or returns the core error', () => {
    const ok = engine.makeDataset({
      dataset: 'circle',
      points: 100,
      noise: 0,
      trainRatio: 0.5,
      classes: 2,
      seed: 1,
    });
    expect(typeof ok).not.toBe('string');
    if (typeof ok !== 'string') {
      expect(ok.nTrain + ok.nTest).toBe(100);
      // The circle's classes: inside radius ~2.5 one class, outside the other.
      for (let i = 0; i < 100; i++) {
        const r = Math.hypot(ok.x[i] ?? 0, ok.y[i] ?? 0);
        if (r < 2)
          expect(ok.label[i]).toBe(ok.label.find((_, j) => Math.hypot(ok.x[j] ?? 0, ok.y[j] ?? 0) < 2));
      }
    }
    expect(
      engine.makeDataset({ dataset: 'circle', points: 1, noise: 0, trainRatio: 0.5, classes: 2, seed: 1 }),
    ).toMatch(/points/);
    expect(
      engine.makeDataset({ dataset: 'nope', points: 100, noise: 0, trainRatio: 0.5, classes: 2, seed: 1 }),
    ).toMatch(/dataset = nope/);
  });

  it('histograms count every training point once per unit', () => {
    expect(engine.configure(configFor('networkShape=3'))).toBe('');
    engine.measure();
    const h = engine.histogram(0, 16, -4, 4);
    expect(h.reduce((a, b) => a + b, 0)).toBe(engine.dataset().nTrain * 3);
  });

  it('predict matches the grid at the same points', () => {
    const d = engine.dataset();
    const g = engine.grid(3, 3, d.domain);
    const xs = new Float32Array([d.domain.x0, (d.domain.x0 + d.domain.x1) / 2, d.domain.x1]);
    const p = engine.predict(xs, new Float32Array([d.domain.y1, d.domain.y1, d.domain.y1]));
    expect(Array.from(p)).toEqual(Array.from(g.subarray(0, 3)));
  });

  it('set_params restores weights exactly and clears a divergence', () => {
    expect(engine.configure(configFor('problem=regression&regDataset=reg-plane&learningRate=10'))).toBe('');
    engine.measure();
    const good = engine.params();
    engine.stepEpochs(30);
    expect(engine.diverged).toBe(true);
    expect(engine.measure().divergence.length).toBeGreaterThan(10);
    expect(engine.setParams(good)).toBe('');
    expect(engine.diverged).toBe(false);
    expect(Array.from(engine.params())).toEqual(Array.from(good));
    expect(Number.isFinite(engine.measure().trainLoss)).toBe(true);
    expect(engine.gradcheck(20).maxRelError).toBeLessThan(1e-2);
  });
});
