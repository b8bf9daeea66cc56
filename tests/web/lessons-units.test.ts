// The pure pieces under the lessons, on synthetic histories and links: the history recorder's derived
// quantities (drift, unit spread, learnt slopes, trace directions), each check's thresholds on both
// sides, and the comparison link codec (shared keys, rK.<key>, warnings, round trips).
import { describe, expect, it } from 'vitest';
import type { Metrics, NetLayout } from '../../web/src/engine/types';
import type { GradcheckResult, RunFrame } from '../../web/src/lab/worker/protocol';
import {
  epochsTo,
  headOnGrid,
  median,
  newHistory,
  recordFrame,
  traceDirections,
  type RunHistory,
  pathRatio,
} from '../../web/src/lab/platform/record';
import {
  decodeComparison,
  differingKeys,
  encodeComparison,
  parsePairs,
  splitPairs,
} from '../../web/src/lab/platform/runs';
import {
  checkFaster,
  checkMix,
  checkTanhSigmoid,
  checkGradients,
  checkNonlinearity,
  checkOverfitting,
  checkPeriodic,
  checkSlopes,
  checkSmooth,
  meanLossTo,
  checkZigzag,
  falloff,
  reachedByMargin,
} from '../../web/src/lab/lessons/checks';
import { labCatalogue } from './lessons-harness';
import { NORMAL_XS, ZERO_CENTRED_TOL, normalMean } from '../../web/src/lab/explorer/normal-mean';
import { Engine } from '../../web/src/engine/engine';
import { loadModule } from './node-module';
import { BEYOND_XS, beyondError, beyondLine } from '../../web/src/lab/worker/beyond';
import { LINE_XS } from '../../web/src/lab/worker/protocol';
import { measureActCost } from '../../web/src/lab/worker/session';
import { decodeState, readParams } from '../../web/src/state/codec';
import { engineConfig } from '../../web/src/state/engine-config';

/** 2 inputs -> 2 hidden units (with 1 learnt parameter each) -> 1 output. */
const LAYOUT: NetLayout = {
  nInputs: 2,
  totalUnits: 3,
  nParams: 11,
  layers: [
    {
      fanIn: 2,
      units: 2,
      weightOffset: 0,
      biasOffset: 4,
      actParamOffset: 6,
      actParamsPerUnit: 1,
      actParamNames: ['a'],
    },
    {
      fanIn: 2,
      units: 1,
      weightOffset: 8,
      biasOffset: 10,
      actParamOffset: 11,
      actParamsPerUnit: 0,
      actParamNames: [],
    },
  ],
};

function metrics(epoch: number, trainLoss: number, testLoss: number, acc = 0.5): Metrics {
  const layer = {
    gradNorm: 1,
    biasGradNorm: 0,
    meanAbsGrad: 0,
    weightNorm: 0,
    updateRatio: 0,
    deadFraction: 0,
    saturatedFraction: 0,
    preactMean: 0,
    preactStd: 1,
    actMean: 0,
  };
  return {
    epoch,
    step: epoch * 10,
    trainLoss,
    testLoss,
    trainAccuracy: acc,
    testAccuracy: acc,
    layers: [layer, { ...layer }],
    diverged: false,
    divergence: '',
    divergenceCause: { kind: 'none', formula: '', value: '', x: 0, layer: 0, atInitialWeights: false },
  };
}

function frame(m: Metrics, extra: Partial<RunFrame> = {}): RunFrame {
  return {
    metrics: m,
    progress: m.epoch,
    grid: new Float32Array(0),
    params: new Float32Array(0),
    stats: [],
    trace: new Float32Array(0),
    gradcheck: null,
    diverged: false,
    msPer1000Steps: 1,
    actCost: null,
    beyond: null,
    line: null,
    ...extra,
  };
}

/** A history with one sample per (epoch, trainLoss, testLoss, acc). */
function history(points: [number, number, number, number?][]): RunHistory {
  const h = newHistory(LAYOUT);
  for (const [e, tr, te, acc] of points) recordFrame(h, frame(metrics(e, tr, te, acc)));
  return h;
}

describe('record', () => {
  it("records each layer's parameter statistics as the core computed them (param_stats.h)", () => {
    // The statistics themselves are tested against an oracle in tests/cpp/test_param_stats.cpp and on
    // the module in module.test.ts; the page only files them with the layer they belong to.
    const h = newHistory(LAYOUT);
    const learnt = [{ min: 0.2, mean: 0.4, max: 0.6 }];
    const s = recordFrame(
      h,
      frame(metrics(1, 1, 1), {
        stats: [
          { drift: 0.5, spread: 0.25, learnt },
          { drift: 0, spread: 0, learnt: [] },
        ],
      }),
    );
    expect(s.layers.map((l) => [l.drift, l.spread])).toEqual([
      [0.5, 0.25],
      [0, 0],
    ]);
    expect(s.layers[0]?.learnt).toEqual(learnt);
    expect(s.layers[1]?.learnt).toEqual([]);
    expect(s.layers[0]?.gradNorm).toBe(1); // beside the engine's metrics of the same layer
  });

  it('counts same-way and opposite moves of a traced pair, skipping steps that move only one', () => {
    //             start   ++      --     +-     0+     -+
    const trace = [0, 0, 1, 1, 0.5, 0.2, 0.7, 0.1, 0.7, 0.3, 0.6, 0.9];
    expect(traceDirections(trace)).toEqual({ same: 2, opposite: 2 });
  });

  it('epochsTo and median', () => {
    const h = history([
      [0, 1, 1],
      [1, 0.5, 0.5],
      [2, 0.09, 0.2],
      [3, 0.2, 0.2],
    ]);
    expect(epochsTo(h, 0.1)).toBe(2);
    expect(epochsTo(h, 0.01)).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('checks on synthetic histories', () => {
  it('nonlinearity needs both: the linear run below 80% and tanh solved, after 20 epochs', () => {
    const c = checkNonlinearity(20, 0.95, 0.8);
    // The linear run's weights moved (from all 0 at epoch 0 to 0.1): it learns, it just stays linear.
    const moving = (e: number, acc: number) => {
      const h = newHistory(LAYOUT);
      const moved = (drift: number) => ({ drift, spread: 0, learnt: [] });
      recordFrame(h, frame(metrics(0, 1, 1, 0.5), { stats: [moved(0), moved(0)] }));
      recordFrame(h, frame(metrics(e, 0.5, 0.5, acc), { stats: [moved(0.1), moved(0.1)] }));
      return h;
    };
    expect(c([moving(20, 0.7), history([[20, 0, 0, 0.99]])]).done).toBe(true);
    // A linear run whose weights never moved is not the lesson's claim.
    expect(c([history([[20, 0.5, 0.5, 0.7]]), history([[20, 0, 0, 0.99]])]).done).toBe(false);
    expect(c([history([[19, 0.5, 0.5, 0.7]]), history([[19, 0, 0, 0.99]])]).done).toBe(false);
    expect(c([history([[20, 0.5, 0.5, 0.85]]), history([[20, 0, 0, 0.99]])]).done).toBe(false);
    expect(c([history([[20, 0.5, 0.5, 0.7]]), history([[20, 0, 0, 0.9]])]).done).toBe(false);
  });

  it('tanh vs sigmoid: the slope effect (σ − ½ vs tanh) is required, the centring effect only shown', () => {
    const run = (reach: number) =>
      history([
        [0, 1, 1],
        [reach, 0.09, 0.09],
        [60, 0.05, 0.05],
      ]);
    const c = checkTanhSigmoid(0.1, 2, 2);
    const ok = c([run(10), run(30), run(25)]);
    expect(ok.done).toBe(true);
    expect(ok.facts.find((f) => f.key === 'fact.slopeEffect')?.values).toEqual({ v: '2.5' });
    expect(ok.facts.find((f) => f.key === 'fact.centreEffect')?.values).toEqual({ v: '1.2' });
    // σ − ½ as fast as tanh: the slope is not what made tanh fast — not done.
    expect(c([run(10), run(30), run(12)]).done).toBe(false);
    // sigmoid as fast as tanh: not done either.
    expect(c([run(10), run(12), run(25)]).done).toBe(false);
  });

  it('path ratio: 1 for a straight path, the L1/L2 ratio for a staircase', () => {
    expect(pathRatio([0, 0, 1, 1, 2, 2, 3, 3])).toBeCloseTo(1);
    expect(pathRatio([0, 0, 1, 0, 1, 1, 2, 1, 2, 2])).toBeCloseTo(4 / Math.hypot(2, 2));
    expect(pathRatio([0, 0])).toBeNaN();
  });

  it('faster: the slow run must need at least twice the epochs (or not have arrived by then)', () => {
    const c = checkFaster(0.1, 2);
    const fast = history([
      [0, 1, 1],
      [10, 0.05, 0.05],
      [20, 0.04, 0.04],
    ]);
    expect(
      c([
        fast,
        history([
          [0, 1, 1],
          [10, 0.5, 0.5],
          [20, 0.3, 0.3],
        ]),
      ]).done,
    ).toBe(true);
    expect(
      c([
        fast,
        history([
          [0, 1, 1],
          [10, 0.5, 0.5],
          [15, 0.09, 0.3],
        ]),
      ]).done,
    ).toBe(false);
    const early = history([
      [0, 1, 1],
      [10, 0.05, 0.05],
      [15, 0.04, 0.04],
    ]);
    expect(
      c([
        early,
        history([
          [0, 1, 1],
          [10, 0.5, 0.5],
          [15, 0.3, 0.3],
        ]),
      ]).done,
    ).toBe(false); // not yet 2x
  });

  it('reachedByMargin: a clear lead only (at most margin x the epochs, or the other far behind)', () => {
    const at = (e: number) =>
      history([
        [0, 1, 1],
        [e, 0.08, 0.1],
        [200, 0.01, 0.1],
      ]);
    const never = (upTo: number) =>
      history([
        [0, 1, 1],
        [upTo, 0.5, 0.5],
      ]);
    expect(reachedByMargin(at(40), at(50), 0.1, 0.8)).toBe(true);
    expect(reachedByMargin(at(41), at(50), 0.1, 0.8)).toBe(false); // a one-frame lead is not enough
    expect(reachedByMargin(at(50), at(40), 0.1, 0.8)).toBe(false);
    expect(reachedByMargin(at(40), never(50), 0.1, 0.8)).toBe(true);
    expect(reachedByMargin(at(40), never(49), 0.1, 0.8)).toBe(false); // not yet 40 / 0.8 epochs
    expect(reachedByMargin(never(50), at(40), 0.1, 0.8)).toBe(false);
  });

  it('meanLossTo: the area under the training loss over its steps, once the epoch is reached', () => {
    // steps are 10 per epoch (metrics() above); trapezoids: (1 + 0.5) / 2 x 40 + (0.5 + 0.5) / 2 x 60
    const h = history([
      [0, 1, 1],
      [4, 0.5, 0.5],
      [10, 0.5, 0.5],
      [20, 0.1, 0.1],
    ]);
    expect(meanLossTo(h, 10)).toBeCloseTo((30 + 30) / 100, 12);
    expect(meanLossTo(h, 21)).toBeNull(); // not there yet
    // Sampled twice as often on the same straight segments: the same mean (the pace does not move it).
    const fine = history([
      [0, 1, 1],
      [2, 0.75, 0.75],
      [4, 0.5, 0.5],
      [10, 0.5, 0.5],
    ]);
    expect(meanLossTo(fine, 10)).toBeCloseTo(0.6, 12);
  });

  it('smooth: at least two smooth runs lower over the whole curve by the margin, not one', () => {
    const c = checkSmooth(10, 0.1, 2, 0.8);
    const curve = (k: number) =>
      history([
        [0, 1, 1],
        [5, 0.5 * k, 1],
        [10, 0.2 * k, 1],
      ]);
    const relu = curve(1);
    expect(c([relu, curve(0.5), curve(0.6), curve(1)]).done).toBe(true);
    expect(c([relu, curve(0.5), curve(1), curve(1)]).done).toBe(false); // only one
    expect(c([relu, relu, relu, relu]).done).toBe(false); // ReLU four times: ratio 1
    // Faster near the end only (one late frame below the target) is not a lower curve.
    const late = history([
      [0, 1, 1],
      [5, 0.5, 1],
      [9, 0.3, 1],
      [10, 0.05, 1],
    ]);
    expect(c([relu, late, late, relu]).done).toBe(false);
    expect(c([relu, curve(0.5), curve(0.5)]).facts.some((f) => f.key === 'fact.meanLossRatio')).toBe(true);
  });

  it('headOnGrid: probabilities sum to 1 and every class owning a region; log-probabilities do not', () => {
    // 2 classes x 3 grid points, class-major
    const p = headOnGrid(Float32Array.from([0.9, 0.2, 0.5, 0.1, 0.8, 0.5]), 2);
    expect(p?.sumError).toBeCloseTo(0, 6);
    expect(p?.min).toBeCloseTo(0.1);
    expect(p?.regions).toBe(2);
    const onlyOne = headOnGrid(Float32Array.from([0.9, 0.7, 0.1, 0.3]), 2);
    expect(onlyOne?.regions).toBe(1);
    const logs = headOnGrid(Float32Array.from([Math.log(0.9), Math.log(0.1)]), 2);
    expect(logs?.sumError).toBeGreaterThan(1);
    expect(logs?.expSumError).toBeCloseTo(0, 6); // exp of log-probabilities sums to 1
    expect(logs?.max).toBeCloseTo(Math.log(0.9), 6);
    expect(p?.expSumError).toBeGreaterThan(0.5);
    expect(logs?.min).toBeLessThan(0);
    expect(headOnGrid(Float32Array.from([0.3, 0.4]), 1)).toBeNull();
  });

  it('falloff: the median gradient per layer, whether it falls at every layer, the factor per layer', () => {
    const h = newHistory(LAYOUT);
    const withGrads = (g: [number, number]) => {
      const m = metrics(1, 1, 1);
      m.layers = m.layers.map((l, i) => ({ ...l, gradNorm: g[i] ?? 0 }));
      return frame(m);
    };
    recordFrame(h, withGrads([0.01, 1]));
    recordFrame(h, withGrads([0.03, 1]));
    recordFrame(h, withGrads([0.02, 1]));
    expect(falloff(h)).toEqual({
      ratio: expect.closeTo(0.02),
      perLayer: expect.closeTo(0.02),
      everyLayer: true,
    });
    const up = newHistory(LAYOUT);
    recordFrame(up, withGrads([2, 1]));
    expect(falloff(up).everyLayer).toBe(false);
  });

  it('mix: each mix at most 1/5 of ReLU’s first-layer share AND at least 10x sigmoid’s, after 3 epochs', () => {
    // One run: 2 weight layers whose median gradients give the first/output ratio `r`, at `epoch`.
    const run = (r: number, epoch = 3) => {
      const h = newHistory(LAYOUT);
      const m = metrics(epoch, 0.5, 0.5);
      m.layers = m.layers.map((l, i) => ({ ...l, gradNorm: i === 0 ? r : 1 }));
      recordFrame(h, frame(m));
      return h;
    };
    const check = checkMix(3, 0.2, 10);
    // ReLU 1, sigmoid 1e-5, blend 0.01, alternating 0.005: ticks.
    const ok = check([run(1), run(1e-5), run(0.01), run(0.005)]);
    expect(ok.done).toBe(true);
    expect(ok.facts.filter((f) => f.key === 'fact.mixShare').map((f) => f.ok)).toEqual([true, true]);
    // Costs and losses are shown, never marks; sigmoid's own falloff is shown too.
    expect(
      ok.facts.filter((f) => f.key === 'fact.cost' || f.key === 'fact.loss').every((f) => f.ok === null),
    ).toBe(true);
    expect(ok.facts.find((f) => f.run === 1)?.ok).toBeNull();
    // A mix that keeps the gradient (ReLU's share): not diluted enough.
    expect(check([run(1), run(1e-5), run(0.5), run(0.005)]).done).toBe(false);
    // A mix as weak as sigmoid alone: not "between".
    expect(check([run(1), run(1e-5), run(0.01), run(5e-5)]).done).toBe(false);
    // ReLU itself losing the gradient: no reference.
    expect(check([run(0.05), run(1e-5), run(0.001), run(0.001)]).done).toBe(false);
    // Too early.
    expect(check([run(1, 2), run(1e-5, 2), run(0.01, 2), run(0.005, 2)]).done).toBe(false);
  });

  it('zigzag: one opposite move of the sigmoid pair fails it, so does a zero-centred run that never has one', () => {
    const c = checkZigzag(3, 0.1, 0.2);
    const h = (trace: number[]) => Object.assign(history([[0, 1, 1]]), { trace });
    const allSame = h([0, 0, 1, 1, 2, 2, 1, 1]);
    const mixed = h([0, 0, 1, -1, 2, 0, 1, 1]);
    expect(c([allSame, mixed, mixed]).done).toBe(true);
    expect(c([allSame, mixed]).done).toBe(true);
    expect(c([h([0, 0, 1, 1, 2, 2, 3, 1]), mixed, mixed]).done).toBe(false);
    expect(c([allSame, mixed, allSame]).done).toBe(false); // σ(x) − ½ replaced by sigmoid
    expect(c([allSame, allSame, mixed]).done).toBe(false);
    expect(c([h([0, 0, 1, 1]), mixed, mixed]).done).toBe(false); // too few updates
    expect(c([allSame]).done).toBe(false);
    // Every run's path length over displacement is shown: 3 steps of length √2, 1 √2 from the start.
    const paths = c([allSame, mixed, mixed]).facts.filter((f) => f.key === 'fact.pathRatio');
    expect(paths.map((f) => f.run)).toEqual([0, 1, 2]);
    expect(paths[0]?.values?.['v']).toBe('3');
    // Every run's epochs to the loss target are shown, never required: a run that has not reached it
    // says so and the check still ticks; one that has gives its epoch.
    const reach = (runs: RunHistory[]) =>
      c(runs).facts.filter((f) => f.key === 'fact.reached' || f.key === 'fact.notReached');
    const slow = Object.assign(
      history([
        [0, 1, 1],
        [5, 0.5, 0.5],
      ]),
      { trace: allSame.trace },
    );
    const fast = Object.assign(
      history([
        [0, 1, 1],
        [3, 0.15, 0.2],
        [5, 0.1, 0.1],
      ]),
      { trace: mixed.trace },
    );
    expect(reach([slow, fast, fast]).map((f) => [f.run, f.key, f.values?.['e'], f.ok])).toEqual([
      // shown, not required: no mark, whether reached or not
      [0, 'fact.notReached', 5, null],
      [1, 'fact.reached', 3, null],
      [2, 'fact.reached', 3, null],
    ]);
    expect(c([slow, fast, fast]).done).toBe(true);
  });

  it('overfitting: the baseline must blow up and both regularised gaps stay smaller', () => {
    const c = checkOverfitting(30, 0.1, 2, [0.6, 0.75]);
    const plain = history([
      [0, 0.7, 0.7],
      [10, 0.3, 0.4],
      [30, 0.01, 1.2],
    ]);
    const small = history([
      [0, 0.7, 0.7],
      [30, 0.2, 0.4],
    ]);
    expect(c([plain, small, small]).done).toBe(true);
    expect(c([plain, small, plain]).done).toBe(false);
    expect(
      c([
        history([
          [0, 0.7, 0.7],
          [10, 0.3, 0.4],
          [30, 0.01, 0.6],
        ]),
        small,
        small,
      ]).done,
    ).toBe(false);
  });

  it('prelu: slopes apart AND a lower loss than the fixed slope, after 30 epochs', () => {
    const c = checkSlopes(0.1, 30, 0.95);
    // The core's statistics of layer 0's learnt slope (one parameter per unit, two units).
    const stats = ([a, b]: [number, number]) => [
      { drift: 0, spread: 0, learnt: [{ min: Math.min(a, b), mean: (a + b) / 2, max: Math.max(a, b) }] },
      { drift: 0, spread: 0, learnt: [] },
    ];
    const run = (epoch: number, loss: number, slopes: [number, number]) => {
      const h = newHistory(LAYOUT);
      recordFrame(h, frame(metrics(0, 1, 1), { stats: stats([0.25, 0.25]) }));
      recordFrame(h, frame(metrics(epoch, loss, loss), { stats: stats(slopes) }));
      return h;
    };
    const fixed = run(30, 0.4, [0.25, 0.25]);
    expect(c([run(30, 0.3, [0.1, 0.6]), fixed]).done).toBe(true);
    expect(c([run(30, 0.39, [0.1, 0.6]), fixed]).done).toBe(false); // apart, but bought nothing
    expect(c([run(30, 0.3, [0.3, 0.6]), fixed]).done).toBe(true); // both up, yet apart
    expect(c([run(30, 0.3, [0.24, 0.26]), fixed]).done).toBe(false); // barely apart
    expect(c([run(29, 0.3, [0.1, 0.6]), fixed]).done).toBe(false); // too early
  });

  it('periodic: the sine run must win inside the data range AND beyond it', () => {
    const c = checkPeriodic(20, 0.01, 0.1, 0.1);
    // (testLoss, error beyond the data) of one run at epoch 20
    const run = (test: number, beyond: number) => {
      const h = newHistory(LAYOUT);
      recordFrame(h, frame(metrics(20, test, test), { beyond }));
      return h;
    };
    expect(c([run(0.001, 0.02), run(0.1, 2), run(0.05, 1.5)]).done).toBe(true);
    // fits inside as well as before, yet does not continue the wave beyond the data: not done
    expect(c([run(0.001, 0.5), run(0.1, 2), run(0.05, 1.5)]).done).toBe(false);
    // extrapolates, but another run extrapolates almost as well (not 10x worse)
    expect(c([run(0.001, 0.02), run(0.1, 0.1), run(0.05, 1.5)]).done).toBe(false);
    // beyond fine, inside not
    expect(c([run(0.02, 0.02), run(0.1, 2), run(0.05, 1.5)]).done).toBe(false);
    // no truth beyond the data (another dataset): never done
    expect(c([run(0.001, NaN), run(0.1, 2), run(0.05, 1.5)]).done).toBe(false);
  });

  it('gradcheck: every check below 1e-3, at least 3 of them, one after 5 epochs', () => {
    const c = checkGradients(1e-3, 3, 5);
    const with_ = (checks: GradcheckResult[]) => Object.assign(history([[0, 1, 1]]), { gradchecks: checks });
    const good = with_([0, 3, 6].map((epoch) => ({ epoch, maxRelError: 2e-5, skipped: 0 })));
    expect(c([good]).done).toBe(true);
    expect(
      c([with_([0, 3, 6].map((epoch, i) => ({ epoch, maxRelError: i === 1 ? 0.02 : 2e-5, skipped: 0 })))])
        .done,
    ).toBe(false);
    expect(c([with_([0, 1, 2].map((epoch) => ({ epoch, maxRelError: 2e-5, skipped: 0 })))]).done).toBe(false);
    expect(c([with_([{ epoch: 6, maxRelError: NaN, skipped: 0 }, ...good.gradchecks])]).done).toBe(false);
  });
});

describe('activation cost (worker measureActCost)', () => {
  it('weights each layer’s kernel cost by its units, x batch per step; null without an element-wise kernel', async () => {
    const cat = await labCatalogue();
    const engine = new Engine(await loadModule());
    const cfg = (link: string) => {
      const d = decodeState(parsePairs(link), cat);
      expect(d.warnings).toEqual([]);
      return engineConfig(d.state, cat);
    };
    const c = measureActCost(engine, cfg('networkShape=8,4&activation=relu,sigmoid&batchSize=10'));
    if (c === null) throw new Error('relu and sigmoid have kernels');
    expect(c.nsPerElement).toBeGreaterThan(0);
    // Per step: (8 x ns(relu) + 4 x ns(sigmoid)) x batch 10, in ms per 1000 steps.
    expect(c.msPer1000Steps).toBeCloseTo((c.nsPerElement * 12 * 10) / 1000, 9);
    // Counterfactuals: maxout has no element-wise kernel, nor has a formula layer.
    expect(measureActCost(engine, cfg('networkShape=8&activation=maxout'))).toBeNull();
    const formula = cfg('networkShape=8&activation=tanh');
    formula.net.layers = formula.net.layers.map((l) => ({ ...l, act: 'formula' }));
    expect(measureActCost(engine, formula)).toBeNull();
    engine.dispose();
  });
});

describe('comparison links', () => {
  it('shares the common keys and prefixes the rest per run; decoding gives the runs back', async () => {
    const cat = await labCatalogue();
    const c = decodeComparison(
      parsePairs(
        'compare=3&dataset=spiral&networkShape=8,8&r1.activation=relu&r2.activation=elu&r3.activation=gelu&r3.learningRate=0.1',
      ),
      cat,
      3,
    );
    expect(c.warnings).toEqual([]);
    expect(c.runs.map((s) => s.layers.map((l) => l.act))).toEqual([
      ['relu', 'relu'],
      ['elu', 'elu'],
      ['gelu', 'gelu'],
    ]);
    expect(c.runs.map((s) => s.dataset)).toEqual(['spiral', 'spiral', 'spiral']);
    expect(c.runs.map((s) => s.learningRate)).toEqual([0.03, 0.03, 0.1]);
    const text = encodeComparison(c, cat);
    expect(text).toContain('compare=3');
    expect(text).toContain('dataset=spiral');
    expect(text).toContain('r3.learningRate=0.1');
    expect(text).not.toContain('r1.dataset');
    const again = decodeComparison(parsePairs(text), cat, 3);
    expect(again.runs).toEqual(c.runs);
    expect(differingKeys(c.runs, cat).sort()).toEqual(['activation', 'learningRate']);
  });

  it('warns about bad values, unknown keys and runs that do not exist, and keeps going', async () => {
    const cat = await labCatalogue();
    const c = decodeComparison(
      parsePairs('r1.activation=nope&r5.activation=relu&target=-1&r2.bogus=1'),
      cat,
      2,
    );
    const codes = c.warnings.map((w) => `${w.code}:${w.key}`).sort();
    expect(codes).toEqual([
      'badValue:activation',
      'badValue:target',
      'unknownKey:bogus',
      'unknownKey:r5.activation',
    ]);
    expect(c.runs[0]?.layers[0]?.act).toBe('tanh');
    expect(c.target).toBe(0.1);
  });

  it('a link overrides the lesson it is laid over; speed and language are the page’s', async () => {
    const cat = await labCatalogue();
    const c = decodeComparison(
      parsePairs('learningRate=0.05&r2.speed=7&speed=20&lang=ko'),
      cat,
      2,
      parsePairs('learningRate=0.1&r1.activation=relu'),
    );
    expect(c.runs.map((s) => s.learningRate)).toEqual([0.05, 0.05]);
    // speed=20 is 20 epochs per frame (state/speed.ts); r2.speed is the page's, so ignored.
    expect(c.runs.map((s) => s.speed)).toEqual([
      { per: 'epoch', n: 20 },
      { per: 'epoch', n: 20 },
    ]);
    expect(c.runs.map((s) => s.lang)).toEqual(['ko', 'ko']);
    expect(splitPairs(parsePairs('lesson=step&x=true&r1.y=false'), 1).route.get('lesson')).toBe('step');
  });
});

describe('zero-centred, by measurement', () => {
  it('the mean output for standard-normal input matches closed forms', () => {
    expect(normalMean(NORMAL_XS)).toBeCloseTo(0, 6);
    expect(normalMean(Array.from(NORMAL_XS, (x) => Math.max(0, x)))).toBeCloseTo(
      1 / Math.sqrt(2 * Math.PI),
      4,
    );
    expect(normalMean(Array.from(NORMAL_XS, (x) => x * x))).toBeCloseTo(1, 5);
  });

  it('the catalogue flag is |E f(Z)| < 0.05 for every element-wise activation (the engine’s own f)', async () => {
    const engine = new Engine(await loadModule());
    const cat = engine.catalogue;
    for (const a of cat.activations.filter((x) => x.elementwise)) {
      const m = normalMean(
        engine.curve(
          a.name,
          a.params.map((p) => p.def),
          NORMAL_XS,
        ).f,
      );
      expect(Math.abs(m) < ZERO_CENTRED_TOL, `${a.name}: ${m}`).toBe(a.zeroCentred);
    }
    // LeakyReLU, GELU and SiLU take both signs with f(0) = 0, yet are not zero-centred
    for (const name of ['leaky_relu', 'gelu', 'silu'])
      expect(cat.activations.find((x) => x.name === name)?.zeroCentred).toBe(false);
  });
});

describe('extrapolation beyond the data (sine1d)', () => {
  it('the points lie one period beyond [-6, 6] on each side', () => {
    expect(BEYOND_XS.length).toBe(64);
    for (const x of BEYOND_XS) {
      expect(Math.abs(x)).toBeGreaterThan(6);
      expect(Math.abs(x)).toBeLessThanOrEqual(6 + 2 * Math.PI + 1e-5);
    }
    expect(BEYOND_XS.filter((x) => x < 0).length).toBe(32);
  });

  it('is 0 for a network that is sin(x) and ½ (mean of sin² over a period) for one that is 0', async () => {
    const engine = new Engine(await loadModule());
    const { state, warnings } = decodeState(
      readParams('', 'dataset=sine1d&networkShape=1&activation=sine'),
      engine.catalogue,
    );
    expect(warnings).toEqual([]);
    const cfg = engineConfig(state, engine.catalogue);
    expect(engine.configure(cfg)).toBe('');
    const layout = engine.layout();
    const [hidden, out] = layout.layers;
    if (!hidden || !out) throw new Error('no layers');
    expect(hidden.fanIn).toBe(1); // x only
    // sin(1·x + 0), then 1·h + 0: the network is sin(x) exactly
    const p = new Float32Array(layout.nParams);
    p[hidden.weightOffset] = 1;
    p[out.weightOffset] = 1;
    expect(engine.setParams(p)).toBe('');
    expect(beyondError(engine, cfg.data)).toBeLessThan(1e-10);
    // the drawn line: the same network along -6 - 2π .. 6 + 2π
    const line = beyondLine(engine, cfg.data);
    expect(line?.length).toBe(LINE_XS.length);
    expect(LINE_XS[0]).toBeCloseTo(-6 - 2 * Math.PI, 5);
    expect(LINE_XS[LINE_XS.length - 1]).toBeCloseTo(6 + 2 * Math.PI, 5);
    LINE_XS.forEach((x, i) => expect(line?.[i]).toBeCloseTo(Math.sin(x), 5));
    p[out.weightOffset] = 0;
    expect(engine.setParams(p)).toBe('');
    expect(beyondError(engine, cfg.data)).toBeCloseTo(0.5, 6);
    expect(beyondError(engine, { ...cfg.data, dataset: 'circle' })).toBeNull();
    expect(beyondLine(engine, { ...cfg.data, dataset: 'circle' })).toBeNull();
    engine.dispose();
  });
});
