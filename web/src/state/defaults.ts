// defaults.ts — the default lesson (XOR, tanh, ready to press play) and the layer/output rules
// that depend on the core catalogue.
import rules from 'actlab-wasm/actlab_rules.json';
import type { ActivationMeta, Catalogue, DatasetMeta, FormulaParamMeta, Range } from '../engine/types';
import { DEFAULT_SPEED } from './speed';
import type { AppState, LayerState } from './types';

/** The core's rules of a configuration (ranges, defaults, allowed heads): see LIMITS. */
export const RULES = rules;
const R = rules.ranges;

/** Format version of links; bump when a key changes meaning. */
export const STATE_VERSION = 2;

/**
 * Every range of a link value. The engine's come from the core (actlab_rules.json, written from the
 * module at build time: config.h, dataset.h), converted to the link's units (percent for noise and
 * the training share); speed, res, seed and the clip bound are the page's own.
 */
export const LIMITS = {
  points: range(R.points),
  noise: percent(R.noise),
  percTrainData: percent(R.trainRatio),
  classes: range(R.classes),
  learningRate: range(R.lr),
  batchSize: range(R.batch),
  rate: range(R.penalty),
  dropout: range(R.dropout),
  clip: { min: 0, max: 1000 }, // the link's bound; the core takes any finite clip >= 0
  initScale: range(R.initScale),
  seed: { min: 0, max: 0xffffffff }, // links carry 32-bit seeds
  res: { min: 16, max: 256 }, // boundary resolution (the page's)
};

function range(r: Range): { min: number; max: number; minOpen: boolean } {
  return { min: r.min, max: r.max, minOpen: r.minOpen };
}
/** A fraction range of the core as the link's percent (0.1 -> 10, not 10.000000000000002). */
function percent(r: Range): { min: number; max: number; minOpen: boolean } {
  const pc = (v: number) => Number((v * 100).toPrecision(12));
  return { min: pc(r.min), max: pc(r.max), minOpen: r.minOpen };
}

/** The formula a hidden layer starts with when the student picks `formula` (Mish, typed). */
export const DEFAULT_FORMULA = 'x*tanh(softplus(x))';

/**
 * The initial parameters a formula layer keeps when the formula becomes one declaring `declared`:
 * its values when each lies in the new ranges, else [] (the declared defaults).
 */
export function fitFormulaParams(params: readonly number[], declared: readonly FormulaParamMeta[]): number[] {
  const fits =
    params.length <= declared.length &&
    params.every((v, k) => {
      const p = declared[k];
      return p !== undefined && v >= p.lo && v <= p.hi;
    });
  return fits ? [...params] : [];
}

/** The catalogue row of an activation token (undefined for an unknown token). */
export function actMeta(cat: Catalogue, name: string): ActivationMeta | undefined {
  return cat.activations.find((a) => a.name === name);
}

export function defaultLayer(cat: Catalogue, units: number, act: string): LayerState {
  const meta = actMeta(cat, act);
  const maxoutK = cat.activations.find((a) => a.name === 'maxout')?.params[0]?.def ?? R.maxoutPieces.min;
  return { units, act, params: [], learn: meta?.learnableDefault ?? false, maxoutK };
}

/** The default lesson: XOR with a 4-2 tanh network; every engine number is the core's default. */
export function defaultState(cat: Catalogue): AppState {
  const { data, net, train } = rules.defaults;
  return {
    dataset: 'xor',
    noise: percentOf(data.noise),
    points: data.points,
    percTrainData: percentOf(data.trainRatio),
    classes: data.classes,
    seed: data.seed,
    dataFormula: '',
    features: ['x', 'y'],
    layers: [defaultLayer(cat, 4, 'tanh'), defaultLayer(cat, 2, 'tanh')],
    formula: DEFAULT_FORMULA,
    output: null,
    init: net.init,
    initScale: net.initScale,
    optimizer: train.optimizer,
    learningRate: train.lr,
    batchSize: train.batch,
    regularization: 'none',
    regularizationRate: 0,
    dropout: train.dropout,
    clip: train.clip,
    wrongDerivative: false,
    initSeed: train.seed,
    showTestData: false,
    discretize: false,
    speed: DEFAULT_SPEED,
    lang: 'en',
    embed: false,
    hide: [],
    simd: true,
    res: null,
    bench: false,
  };
}

function percentOf(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

/** Datasets drawn from the student's formula (DataConfig::formula). */
export const FORMULA_DATASETS: readonly string[] = ['custom', 'custom1d'];

export function datasetMeta(cat: Catalogue, name: string): DatasetMeta {
  const d = cat.datasets.find((m) => m.name === name) ?? cat.datasets[0];
  if (!d) throw new Error('the core catalogue has no datasets');
  return d;
}

/** Classes the dataset will really have (spiral: the chosen arms; others: their fixed count). */
export function effectiveClasses(cat: Catalogue, s: AppState): number {
  const d = datasetMeta(cat, s.dataset);
  if (d.regression) return 0;
  return Math.min(d.maxClasses, Math.max(d.minClasses, s.classes));
}

/** The natural output head (the core's: identity for regression, tanh for 2 classes, softmax for more). */
export function naturalOutput(classes: number): string {
  const n = rules.heads.natural;
  return classes === 0 ? n.regression : classes === 2 ? n.binary : n.multiclass;
}

/** Heads the core accepts for data with `classes` classes (0 = regression): asked of validate(). */
export function headAllowed(output: string, classes: number): boolean {
  const h = rules.heads;
  return (classes === 0 ? h.regression : classes === 2 ? h.binary : h.multiclass).includes(output);
}

export function resolvedOutput(cat: Catalogue, s: AppState): string {
  const classes = effectiveClasses(cat, s);
  return s.output !== null && headAllowed(s.output, classes) ? s.output : naturalOutput(classes);
}

/**
 * Training points the core will use: a fixed-point dataset (xor4) trains on all of its points;
 * otherwise make_dataset's split of total_points(), floor(total x ratio + 1e-3) with the ratio in
 * float, kept inside 1 .. total - 1 (tests/web/rules.test.ts compares it with the module's datasets).
 */
export function trainPoints(s: AppState): number {
  const p = rules.points[s.dataset];
  if (p === undefined) return Math.max(1, s.points - 1);
  if (p.fixed > 0) return p.fixed;
  const k =
    p.maxClasses > p.minClasses ? Math.min(p.maxClasses, Math.max(p.minClasses, s.classes)) : p.minClasses;
  const total = p.perClass ? k * Math.ceil(s.points / k) : s.points;
  const split = Math.floor(total * Math.fround(s.percTrainData / 100) + 1e-3);
  return Math.min(total - 1, Math.max(1, split));
}

/** Features usable with 1-D data (the core's validate()). */
export const ONE_D_FEATURES: readonly string[] = rules.oneDFeatures;
