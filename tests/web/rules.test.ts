// The core's configuration rules as the page reads them: the generated actlab_rules.json must be what
// the module reports (a stale build fails here), the link's limits and helpers must agree with the
// module's datasets, and every link the codec decodes must be a configuration the core accepts.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import rulesJson from 'actlab-wasm/actlab_rules.json';
import { Engine } from '../../web/src/engine/engine';
import type { ActlabModule } from '../../web/src/engine/actlab-module';
import type { Catalogue } from '../../web/src/engine/types';
import { decodeState } from '../../web/src/state/codec';
import { LIMITS, ONE_D_FEATURES, defaultState, headAllowed, trainPoints } from '../../web/src/state/defaults';
import { engineConfig } from '../../web/src/state/engine-config';
import { loadModule } from './node-module';

let mod: ActlabModule;
let engine: Engine;
let cat: Catalogue;
beforeAll(async () => {
  mod = await loadModule();
  engine = new Engine(mod);
  cat = engine.catalogue;
});

describe('the core rules the page imports', () => {
  it('actlab_rules.json is what the module reports', () => {
    expect(rulesJson).toEqual(JSON.parse(JSON.stringify(mod.rules())));
  });

  it('limits in link units are the core ranges', () => {
    const r = mod.rules().ranges;
    expect(LIMITS.points).toEqual(r.points);
    expect(LIMITS.noise).toEqual({ min: 0, max: 50, minOpen: false });
    expect(LIMITS.percTrainData).toEqual({ min: 10, max: 90, minOpen: false });
    expect(LIMITS.learningRate).toEqual(r.lr);
  });

  it('the default state is a configuration the core accepts, with its optimiser defaults', () => {
    const cfg = engineConfig(defaultState(cat), cat);
    expect(engine.validate(cfg)).toBe('');
    const t = mod.rules().defaults.train;
    expect([cfg.train.momentum, cfg.train.beta2, cfg.train.eps]).toEqual([t.momentum, t.beta2, t.eps]);
  });

  it('trainPoints is the number of training points make_dataset really draws', () => {
    let compared = 0;
    for (const d of cat.datasets) {
      for (const points of [4, 5, 7, 10, 99, 500, 5000]) {
        for (const perc of [10, 33, 50, 70, 90]) {
          const s = {
            ...defaultState(cat),
            dataset: d.name,
            points,
            percTrainData: perc,
            classes: d.maxClasses,
          };
          const made = engine.makeDataset(engineConfig(s, cat).data);
          if (typeof made === 'string') throw new Error(made);
          expect(trainPoints(s), `${d.name} ${points} ${perc}%`).toBe(made.nTrain);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('heads and 1-D features follow validate(); a rejected head is rejected by the core too', () => {
    for (const classes of [0, 2, 3]) {
      for (const o of cat.outputs) {
        const dataset = classes === 0 ? 'plane' : classes === 2 ? 'xor' : 'spiral';
        const s = { ...defaultState(cat), dataset, classes: classes || 2, output: o.name };
        const cfg = engineConfig(s, cat);
        cfg.net.output = o.name; // bypass resolvedOutput: ask the core itself
        cfg.net.nOut = o.perClass ? classes : 1;
        expect(engine.validate(cfg) === '', `${o.name} for ${classes} classes`).toBe(
          headAllowed(o.name, classes),
        );
      }
    }
    expect(ONE_D_FEATURES).toEqual(['x', 'xSquared', 'sinX']);
  });

  it('every decoded link is a configuration the core accepts (random links inside and outside the limits)', () => {
    const datasets = cat.datasets.map((d) => d.name);
    const acts = cat.activations.filter((a) => a.elementwise || a.name === 'maxout').map((a) => a.name);
    const outputs = cat.outputs.map((o) => o.name);
    const value = (lo: number, hi: number) =>
      fc.oneof(
        fc.double({ min: lo, max: hi, noNaN: true }),
        fc.integer({ min: Math.floor(lo), max: Math.ceil(hi) }),
      );
    const link = fc.record({
      dataset: fc.constantFrom(...datasets),
      activation: fc.constantFrom(...acts),
      output: fc.constantFrom(...outputs),
      points: value(-10, 6000),
      percTrainData: value(0, 100),
      noise: value(-5, 60),
      classes: value(0, 7),
      learningRate: value(-1, 120),
      batchSize: value(0, 6000),
      regularizationRate: value(-1, 12),
      regularization: fc.constantFrom('L1', 'L2', 'none'),
      dropout: value(-0.1, 1),
      initScale: value(-1, 12),
      networkShape: fc.array(fc.integer({ min: 0, max: 70 }), { maxLength: 10 }).map((a) => a.join(',')),
      features: fc.subarray(cat.features).map((f) => f.join(',')),
    });
    fc.assert(
      fc.property(link, (l) => {
        const pairs = Object.entries(l).map(([k, v]): [string, string] => [k, String(v)]);
        const { state } = decodeState(pairs, cat);
        const err = engine.validate(engineConfig(state, cat));
        expect(err, JSON.stringify(l)).toBe('');
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});
