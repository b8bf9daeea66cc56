// record.ts — the metric history of one run, built from the worker's snapshots: what the charts, the
// summary table and the lesson checks read. Every per-layer number is the engine's: its metrics and its
// parameter statistics (how far a layer's weights moved, whether its units are still identical, the
// learnt activation parameters: core param_stats.h), recorded here, never recomputed. Pure: no DOM,
// no engine.
import type { LayerMetrics, LayerParamStats, NetLayout } from '../../engine/types';
import type { ActCost, GradcheckResult, RunFrame } from '../worker/protocol';

export interface LayerSample {
  gradNorm: number;
  dead: number;
  saturated: number;
  /** Standard deviation of the layer's pre-activations over the training set. */
  preactStd: number;
  /** Mean unit output f(z) over the layer's units and the training set (the engine's metric). */
  actMean: number;
  /** max |W - W(step 0)| over the layer's weights. */
  drift: number;
  /**
   * How different the layer's units are: max over units u of max |row_u - row_0| of (W, b).
   * 0 = every unit computes the same function (a symmetric layer).
   */
  spread: number;
  /** Learnt activation parameters: per parameter k, min/mean/max over units (empty when not learnt). */
  learnt: { min: number; mean: number; max: number }[];
}

export interface Sample {
  epoch: number;
  step: number;
  progress: number;
  trainLoss: number;
  testLoss: number;
  trainAcc: number;
  testAcc: number;
  diverged: boolean;
  /** Weight layers, input side first (hidden layers, then the output layer). */
  layers: LayerSample[];
  /** The K outputs over the boundary grid (K > 1 only, else null): see headOnGrid. */
  head: HeadOnGrid | null;
  /** Mean squared error beyond the data's range (extrapolation; worker/beyond.ts), or null. */
  beyond: number | null;
}

export interface HeadOnGrid {
  /** Largest |sum of the K outputs - 1| over the grid points (0 for probabilities). */
  sumError: number;
  /** Smallest output anywhere on the grid (probabilities are >= 0). */
  min: number;
  /** Largest output anywhere on the grid (log-probabilities are <= 0). */
  max: number;
  /** Largest |sum of exp(the K outputs) - 1| over the grid points (0 for log-probabilities). */
  expSumError: number;
  /** How many of the K classes are the largest output at some grid point (own a region). */
  regions: number;
}

export interface RunHistory {
  layout: NetLayout;
  samples: Sample[];
  /** The traced weight pair after every step since step 0, interleaved (w_a, w_b). */
  trace: number[];
  gradchecks: GradcheckResult[];
  /** Measured cost of this run (ms of optimiser work per 1000 steps), latest. */
  msPer1000Steps: number;
  /** Its activations' measured cost (worker/protocol.ts ActCost), when the lesson asked for it. */
  actCost: ActCost | null;
}

/** Samples kept at most; beyond, every other old sample is dropped (the newest always stay). */
const MAX_SAMPLES = 20_000;
const MAX_TRACE = 200_000;

export function newHistory(layout: NetLayout): RunHistory {
  return { layout, samples: [], trace: [], gradchecks: [], msPer1000Steps: 0, actCost: null };
}

export function recordFrame(h: RunHistory, f: RunFrame): Sample {
  const m = f.metrics;
  const sample: Sample = {
    epoch: m.epoch,
    step: m.step,
    progress: f.progress,
    trainLoss: m.trainLoss,
    testLoss: m.testLoss,
    trainAcc: m.trainAccuracy,
    testAcc: m.testAccuracy,
    diverged: f.diverged,
    layers: m.layers.map((lm, l) => layerSample(lm, f.stats[l])),
    head: headOnGrid(f.grid, h.layout.layers[h.layout.layers.length - 1]?.units ?? 1),
    beyond: f.beyond,
  };
  h.samples.push(sample);
  if (h.samples.length > MAX_SAMPLES) {
    const keep = h.samples.filter((_, i) => i % 2 === 0 || i > h.samples.length - 100);
    h.samples.length = 0;
    h.samples.push(...keep);
  }
  if (h.trace.length < MAX_TRACE) for (const v of f.trace) h.trace.push(v);
  if (f.gradcheck) h.gradchecks.push(f.gradcheck);
  h.msPer1000Steps = f.msPer1000Steps;
  h.actCost = f.actCost;
  return sample;
}

function layerSample(lm: LayerMetrics, ps: LayerParamStats | undefined): LayerSample {
  return {
    gradNorm: lm.gradNorm,
    dead: lm.deadFraction,
    saturated: lm.saturatedFraction,
    preactStd: lm.preactStd,
    actMean: lm.actMean,
    drift: ps?.drift ?? 0,
    spread: ps?.spread ?? 0,
    learnt: ps?.learnt ?? [],
  };
}

/** The multi-output head on the grid (nOut, gridSize, gridSize): sums, sign and argmax regions. */
export function headOnGrid(grid: Float32Array, nOut: number): HeadOnGrid | null {
  if (nOut < 2 || grid.length === 0) return null;
  const points = Math.floor(grid.length / nOut);
  const wins = new Uint8Array(nOut);
  let sumError = 0;
  let expSumError = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < points; i++) {
    let sum = 0;
    let expSum = 0;
    let best = 0;
    for (let k = 0; k < nOut; k++) {
      const v = grid[k * points + i] ?? NaN;
      sum += v;
      expSum += Math.exp(v);
      min = Math.min(min, v);
      max = Math.max(max, v);
      if (v > (grid[best * points + i] ?? NaN)) best = k;
    }
    sumError = Math.max(sumError, Math.abs(sum - 1));
    expSumError = Math.max(expSumError, Math.abs(expSum - 1));
    wins[best] = 1;
  }
  return { sumError, min, max, expSumError, regions: wins.reduce((a, b) => a + b, 0) };
}

// ---- reading a history ----------------------------------------------------------------------------

export function latest(h: RunHistory): Sample | undefined {
  return h.samples[h.samples.length - 1];
}

/** First epoch at which the training loss was at most `target` (null: not yet). */
export function epochsTo(h: RunHistory, target: number): number | null {
  const s = h.samples.find((x) => x.trainLoss <= target);
  return s === undefined ? null : s.epoch;
}

/** Mean over the hidden layers of a per-layer quantity (0 without hidden layers). */
export function hiddenMean(s: Sample, pick: (l: LayerSample) => number): number {
  const hidden = s.layers.slice(0, -1);
  return hidden.length === 0 ? 0 : hidden.reduce((a, l) => a + pick(l), 0) / hidden.length;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? (v[mid] ?? NaN) : ((v[mid - 1] ?? NaN) + (v[mid] ?? NaN)) / 2;
}

/** Steps of a traced weight pair that moved both weights, split by whether they moved the same way. */
export function traceDirections(trace: readonly number[]): { same: number; opposite: number } {
  let same = 0;
  let opposite = 0;
  for (let i = 2; i + 1 < trace.length; i += 2) {
    const da = (trace[i] ?? 0) - (trace[i - 2] ?? 0);
    const db = (trace[i + 1] ?? 0) - (trace[i - 1] ?? 0);
    if (da === 0 || db === 0 || !Number.isFinite(da) || !Number.isFinite(db)) continue;
    if (da > 0 === db > 0) same++;
    else opposite++;
  }
  return { same, opposite };
}

/**
 * How crooked the traced pair's path is: its length (sum of the steps' lengths) over the straight
 * distance from start to now. 1 = a straight line; a zig-zag is many times longer than it gets.
 */
export function pathRatio(trace: readonly number[]): number {
  let path = 0;
  for (let i = 2; i + 1 < trace.length; i += 2)
    path += Math.hypot((trace[i] ?? 0) - (trace[i - 2] ?? 0), (trace[i + 1] ?? 0) - (trace[i - 1] ?? 0));
  const n = trace.length;
  const disp = Math.hypot((trace[n - 2] ?? 0) - (trace[0] ?? 0), (trace[n - 1] ?? 0) - (trace[1] ?? 0));
  return n < 4 ? NaN : path / disp;
}

/** Median over the samples of each weight layer's gradient norm, input side first. */
export function medianGradients(h: RunHistory): number[] {
  const n = h.samples[0]?.layers.length ?? 0;
  return Array.from({ length: n }, (_, l) => median(h.samples.map((s) => s.layers[l]?.gradNorm ?? NaN)));
}
