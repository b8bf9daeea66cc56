// Divergence as the student meets it, for every optimiser and for relu, sigmoid and tanh: the worker's
// Session (real module, hand-cranked frames) pauses by itself, the notice the page shows explains it
// (ui/divergence.ts), restore brings back a sane state, and the epoch count and the network's shape
// survive. The counterfactual: the same network at a sane learning rate is never paused.
// The notice is built from the core's structured cause (report.cause), never from its English text
// (report.detail, which the CLI prints): rewording that text changes no notice.
// The recipe diverges with every optimiser (probed): a regression plane, two hidden layers of 64 (a
// wide layer lets even Adam's bounded steps add up at the output), learning rate 10.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../web/src/engine/engine';
import { setLang } from '../../web/src/i18n';
import { decodeState, readParams } from '../../web/src/state/codec';
import { engineConfig } from '../../web/src/state/engine-config';
import type { AppState } from '../../web/src/state/types';
import { divergenceLines } from '../../web/src/ui/divergence';
import { DEFAULT_VIEW, type DivergenceReport } from '../../web/src/worker/protocol';
import { engineFormulaCheck } from './formula-check';
import { loadModule } from './node-module';
import { sessionHarness } from './session-harness';

let engine: Engine;
const g = globalThis as unknown as { document?: unknown };
const hadDocument = 'document' in g;
beforeAll(async () => {
  engine = new Engine(await loadModule());
  // setLang writes <html lang>; Node has no document.
  if (!hadDocument) g.document = { documentElement: { lang: 'en' } };
  setLang('en');
});
afterAll(() => {
  setLang('en');
  if (!hadDocument) delete g.document;
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
        // The structured cause: a blow-up, not the formula; its kind is the phenomenon the English text
        // opens with (the facade's kind table in the core's order).
        const opening = {
          'loss-growth': 'The training loss grew to ',
          'non-finite': 'The training loss became NaN/Inf at ',
          'weights-too-large': 'A weight grew beyond 1e8 (or became NaN/Inf) at ',
        } as Record<string, string>;
        expect(Object.keys(opening)).toContain(report.cause.kind);
        expect(report.detail.startsWith(opening[report.cause.kind] ?? '?'), report.detail).toBe(true);
        expect(report.cause.formula).toBe('');
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
        expect(after.metrics.divergenceCause.kind).toBe('none');
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
    const diverge = (s: AppState) => {
      const report = train(s, 400).posted.find((m) => m.kind === 'diverged');
      if (report?.kind !== 'diverged') throw new Error('never paused');
      return report;
    };
    const lines = (r: DivergenceReport, s: AppState) =>
      divergenceLines(r, s, engine.catalogue).map((l) => l());
    // The number the notice shows for x is the core's x.
    const shownX = (line: string | undefined) => Number(/x = (-?[\d.]+(?:e[+-]?\d+)?)/.exec(line ?? '')?.[1]);
    // log(x) of the negative pre-activations of the initial weights, at a sane rate.
    const logState = formula('log(x)', 0.03);
    const logReport = diverge(logState);
    expect(logReport.cause).toMatchObject({ kind: 'formula', formula: 'log(x)', value: 'NaN', layer: 1 });
    expect(logReport.cause.atInitialWeights).toBe(true);
    expect(logReport.cause.x).toBeLessThan(0);
    const atStart = lines(logReport, logState);
    expect(atStart).toHaveLength(2);
    expect(atStart[1]).toMatch(
      /^The activation formula log\(x\) gives NaN at x = -[\d.]+ \(hidden layer 1\) already at the initial weights: the formula, not the learning rate/,
    );
    expect(shownX(atStart[1])).toBeCloseTo(logReport.cause.x, 4);
    // exp(x) is finite at the start; a huge rate drives its inputs to overflow.
    const expState = formula('exp(x)', 10, '64', 'problem=regression&regDataset=reg-plane');
    const expReport = diverge(expState);
    expect(expReport.cause).toMatchObject({ kind: 'formula', formula: 'exp(x)', value: 'inf', layer: 1 });
    expect(expReport.cause.atInitialWeights).toBe(false);
    const later = lines(expReport, expState);
    expect(later[1]).toMatch(
      /^The activation formula exp\(x\) gave inf at x = [\d.e+]+ \(hidden layer \d\): either .* or the learning rate 10 drove/,
    );
    expect(shownX(later[1])).toBeCloseTo(expReport.cause.x, 0);
    expect(later[2]).toMatch(/Restore/);
    // The counterfactual: a finite formula blown up by the rate keeps the learning-rate explanation.
    const finiteState = {
      ...state('sgd', 'tanh', 10),
      layers: formula('tanh(x)', 10, '64,64').layers,
      formula: 'tanh(x)',
    };
    const finiteReport = diverge(finiteState);
    expect(finiteReport.cause.kind).not.toBe('formula');
    const finite = lines(finiteReport, finiteState);
    expect(finite[1]).toContain('learning rate 10');
    expect(finite.join(' ')).not.toMatch(/activation formula/);

    // The notice comes from the cause, not from the English text: on a Korean page, the core's
    // sentence reworded (or gone) still gives the formula notice, with the cause's facts ...
    setLang('ko');
    try {
      const reworded = { ...logReport, detail: 'Formula log(x) was NaN somewhere, sorry.' };
      const ko = lines(reworded, logState);
      expect(ko).toHaveLength(2);
      expect(ko[1]).toContain('활성화 함수 식 log(x)이(가) 초기 가중치에서 이미 x = ');
      expect(ko[1]).toContain('(은닉층 1)일 때 NaN을(를) 냅니다');
      expect(shownX(ko[1])).toBeCloseTo(logReport.cause.x, 4);
      const koLater = lines({ ...expReport, detail: '' }, expState);
      expect(koLater[1]).toContain('활성화 함수 식 exp(x)이(가) x = ');
      expect(koLater[1]).toContain('학습률 10 때문에');
      // ... and a learning-rate blow-up whose text reads like the formula's (what the old regex
      // matched) still gets the learning-rate notice.
      const posing = { ...finiteReport, detail: logReport.detail };
      const koFinite = lines(posing, finiteState);
      expect(koFinite.join(' ')).not.toContain('활성화 함수 식');
      expect(koFinite).toHaveLength(3);
    } finally {
      setLang('en');
    }
  });
});
