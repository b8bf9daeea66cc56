// defaults.ts — the default lesson (XOR, tanh, ready to press play) and the layer/output rules
// that depend on the core catalogue.
import type { ActivationMeta, Catalogue, DatasetMeta } from '../engine/types';
import type { AppState, LayerState } from './types';

/** Format version of links; bump when a key changes meaning. */
export const STATE_VERSION = 1;

export const LIMITS = {
  points: { min: 4, max: 5000 },
  noise: { min: 0, max: 50 },
  percTrainData: { min: 10, max: 90 },
  classes: { min: 2, max: 5 },
  speed: { min: 1, max: 500 },
  learningRate: { min: 0, max: 100 },
  batchSize: { min: 1, max: 5000 },
  rate: { min: 0, max: 10 },
  dropout: { min: 0, max: 0.9 },
  clip: { min: 0, max: 1000 },
  initScale: { min: 0, max: 10 },
  seed: { min: 0, max: 0xffffffff },
  res: { min: 16, max: 256 },
} as const;

export const SOFTMAX_HEADS: readonly string[] = ['softmax', 'log_softmax', 'softmin'];

/** The catalogue row of an activation token (undefined for an unknown token). */
export function actMeta(cat: Catalogue, name: string): ActivationMeta | undefined {
  return cat.activations.find((a) => a.name === name);
}

export function defaultLayer(cat: Catalogue, units: number, act: string): LayerState {
  const meta = actMeta(cat, act);
  return { units, act, params: [], learn: meta?.learnableDefault ?? false, maxoutK: 2 };
}

export function defaultState(cat: Catalogue): AppState {
  return {
    dataset: 'xor',
    noise: 0,
    points: 500,
    percTrainData: 50,
    classes: 2,
    seed: 1,
    features: ['x', 'y'],
    layers: [defaultLayer(cat, 4, 'tanh'), defaultLayer(cat, 2, 'tanh')],
    output: null,
    init: 'xavier_uniform',
    initScale: 0.5,
    optimizer: 'sgd',
    learningRate: 0.03,
    batchSize: 10,
    regularization: 'none',
    regularizationRate: 0,
    dropout: 0,
    clip: 0,
    initSeed: 1,
    showTestData: false,
    discretize: false,
    speed: 5,
    lang: 'en',
    embed: false,
    hide: [],
    simd: true,
    res: null,
    bench: false,
  };
}

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

/** The natural output head: identity for regression, tanh for 2 classes, softmax for more. */
export function naturalOutput(classes: number): string {
  if (classes === 0) return 'identity';
  return classes === 2 ? 'tanh' : 'softmax';
}

/** Heads the core accepts for data with `classes` classes (0 = regression), mirroring validate(). */
export function headAllowed(output: string, classes: number): boolean {
  if (classes === 0) return output === 'identity' || output === 'tanh';
  if (output === 'identity') return false;
  if (output === 'tanh' || output === 'sigmoid') return classes === 2;
  return SOFTMAX_HEADS.includes(output);
}

export function resolvedOutput(cat: Catalogue, s: AppState): string {
  const classes = effectiveClasses(cat, s);
  return s.output !== null && headAllowed(s.output, classes) ? s.output : naturalOutput(classes);
}

/** Training points the core will use: xor4 always has 4 (used for train and test). */
export function trainPoints(s: AppState): number {
  if (s.dataset === 'xor4') return 4;
  return Math.max(1, Math.floor((s.points * s.percTrainData) / 100));
}

/** Features usable with 1-D data. */
export const ONE_D_FEATURES: readonly string[] = ['x', 'xSquared', 'sinX'];
