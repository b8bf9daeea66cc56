// Divergence as the student meets it, for every optimiser and for relu, sigmoid and tanh: the worker's
// Session (real module, hand-cranked frames) pauses by itself, the notice the page shows explains it
// (ui/divergence.ts), restore brings back a sane state, and the epoch count and the network's shape
// survive. The counterfactual: the same network at a sane learning rate is never paused.
// The recipe diverges with every optimiser (probed): a regression plane, two hidden layers of 64 (a
// wide layer lets even Adam's bounded steps add up at the output), learning rate 10.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../web/src/engine/engine';
import { setLang } from '../../web/src/i18n';
import { decodeState, readParams } from '../../web/src/state/codec';
import { engineConfig } from '../../web/src/state/engine-config';
import type { AppState } from '../../web/src/state/types';
import { divergenceLines } from '../../web/src/ui/divergence';
import { DEFAULT_VIEW } from '../../web/src/worker/protocol';
import { engineFormulaCheck } from './formula-check';
import { loadModule } from './node-module';
import { sessionHarness } from './session-harness';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine(await loadModule());
  setLang('en');
});

const ACTS = ['relu', 'sigmoid', 'tanh'];
const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam', 'adagrad'];
const SHAPE = [64, 64];

const harness = () => sessionHarness(engine);

function state(opt: string, act: string, lr: number): AppState {
  const hash = `problem=regression&regDataset=reg-plane&networkShape=${SHAPE.join(',')}&activation=${act}&optimizer=${opt}&learningRate=${lr}`;
  const { state: s, warnings } = decodeState(readParams('', hash), engine.catalogue);
  expect(warnings).toEqual([]);
  return s;
}

/** Configures, runs up to `frames` frames of 5 steps; the session's posts. */
function train(s: AppState, frames: number) {
  const h = harness();
  h.send({ kind: 'speed', speed: { per: 'step', n: 5 } });
  // Small pictures: this is about training, not drawing.
  h.send({ kind: 'view', view: { ...DEFAULT_VIEW, gridSize: 8, unitGridSize: 0 } });
  h.send({ kind: 'configure', configId: 1, config: engineConfig(s, engine.catalogue), keepData: false });
  h.frame();
  h.send({ kind: 'run', running: true });
  for (let i = 0; i < frames && !h.posted.some((m) => m.kind === 'diverged'); i++) h.frame();
  return h;
}

describe('divergence in the playground', () => {
  it('every optimiser of the catalogue is tested', () => {
    expect([...engine.catalogue.optimizers].sort()).toEqual([...OPTIMIZERS].sort());
  });

  for (const opt of OPTIMIZERS) {
    for (const act of ACTS) {
      it(`${opt} + ${act} at learning rate 10: pauses, explains, restores; epoch and shape survive`, () => {
        expect(engine.catalogue.optimizers).toContain(opt);
        const s = state(opt, act, 10);
        const h = train(s, 400);
        const report = h.posted.find((m) => m.kind === 'diverged');
        expect(report, 'never paused').toBeDefined();
        if (report?.kind !== 'diverged') return;
        // Paused by the worker itself: running went false, and no snapshot after it says running.
        expect(h.posted.filter((m) => m.kind === 'running').at(-1)).toEqual({
          kind: 'running',
          running: false,
        });
        h.frame();
        const paused = h.snapshots().at(-1)!;
        expect(paused.running).toBe(false);
        expect(paused.metrics.diverged).toBe(true);
        // The epoch count is where the run stopped, not reset.
        expect(paused.metrics.epoch).toBe(report.epoch);
        expect(paused.metrics.step).toBe(report.step);
        // The notice explains in plain words: where, what the loss did, why (this lr, this activation),
        // what to do — and never calls a finite loss infinite.
        const lines = divergenceLines(report, s, engine.catalogue).map((l) => l());
        expect(lines[0]).toContain(`Training stopped at epoch ${report.epoch}`);
        if (Number.isFinite(report.trainLoss)) expect(lines[0]).toMatch(/still a number, but running away/);
        else expect(lines[0]).toMatch(/infinite|NaN/);
        expect(lines[1]).toContain('learning rate 10');
        expect(lines[1]?.toLowerCase()).toContain(act === 'relu' ? 'relu' : act);
        expect(lines[2]).toMatch(/Restore/);
        expect(report.detail.length).toBeGreaterThan(10);
        // Step and play do nothing while diverged.
        h.send({ kind: 'run', running: true });
        h.frame();
        expect(h.snapshots().at(-1)!.metrics.step).toBe(report.step);
        // Restore: the last good state, sane, at the epoch the report named; the same network.
        h.send({ kind: 'restore' });
        h.frame();
        const restored = h.posted.find((m) => m.kind === 'restored');
        expect(restored).toBeDefined();
        const after = h.snapshots().at(-1)!;
        expect(after.metrics.diverged).toBe(false);
        expect(Number.isFinite(after.metrics.trainLoss)).toBe(true);
        expect(after.metrics.epoch).toBe(report.lastGoodEpoch ?? 0);
        expect(after.metrics.epoch).toBeLessThanOrEqual(report.epoch);
        expect(engine.layout().layers.map((l) => l.units)).toEqual([...SHAPE, 1]); // + the output
        expect(after.params).toHaveLength(paused.params.length);
        expect(after.layers).toHaveLength(SHAPE.length);
      });
    }
  }

  it('the counterfactual: at learning rate 0.001 no optimiser and no activation is ever paused', () => {
    for (const opt of engine.catalogue.optimizers) {
      for (const act of ACTS) {
        const h = train(state(opt, act, 0.001), 60);
        expect(
          h.posted.some((m) => m.kind === 'diverged'),
          `${opt} + ${act}`,
        ).toBe(false);
        const last = h.snapshots().at(-1)!;
        expect(last.running).toBe(true);
        expect(last.metrics.step).toBeGreaterThan(250);
        expect(Number.isFinite(last.metrics.trainLoss)).toBe(true);
      }
    }
  });

  it('a formula that is not finite at the start is blamed, not the learning rate; one that overflows later offers both', () => {
    const formula = (f: string, lr: number, shape = '4', data = 'dataset=xor') => {
      const hash = `${data}&networkShape=${shape}&activation=formula&formula=${encodeURIComponent(f)}&learningRate=${lr}`;
      // the page checks a link's formula with the engine (ui/formula-checks.ts), as here
      const { state: s, warnings } = decodeState(
        readParams('', hash),
        engine.catalogue,
        undefined,
        engineFormulaCheck(engine),
      );
      expect(warnings).toEqual([]);
      return s;
    };
    const say = (s: AppState) => {
      const report = train(s, 400).posted.find((m) => m.kind === 'diverged');
      if (report?.kind !== 'diverged') throw new Error('never paused');
      return divergenceLines(report, s, engine.catalogue).map((l) => l());
    };
    // log(x) of the negative pre-activations of the initial weights, at a sane rate.
    const atStart = say(formula('log(x)', 0.03));
    expect(atStart).toHaveLength(2);
    expect(atStart[1]).toMatch(
      /^The activation formula log\(x\) gives NaN at x = -[\d.]+ \(hidden layer 1\) already at the initial weights: the formula, not the learning rate/,
    );
    // exp(x) is finite at the start; a huge rate drives its inputs to overflow.
    const later = say(formula('exp(x)', 10, '64', 'problem=regression&regDataset=reg-plane'));
    expect(later[1]).toMatch(
      /^The activation formula exp\(x\) gave inf at x = [\d.e+]+ \(hidden layer \d\): either .* or the learning rate 10 drove/,
    );
    expect(later[2]).toMatch(/Restore/);
    // The counterfactual: a finite formula blown up by the rate keeps the learning-rate explanation.
    const finite = say({
      ...state('sgd', 'tanh', 10),
      layers: formula('tanh(x)', 10, '64,64').layers,
      formula: 'tanh(x)',
    });
    expect(finite[1]).toContain('learning rate 10');
    expect(finite.join(' ')).not.toMatch(/activation formula/);
  });
});
