// types.ts — the application state: everything a shared link reproduces. Plain data, no behaviour.
// To add a setting: add a field here, its default in defaults.ts and one row in schema.ts.

import type { FormulaParamMeta } from '../engine/types';
import type { Speed } from './speed';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

export type Regularization = 'none' | 'L1' | 'L2';
export const REGULARIZATIONS: readonly Regularization[] = ['none', 'L1', 'L2'];

export interface LayerState {
  units: number;
  /** Activation token of the core catalogue (element-wise, or maxout). */
  act: string;
  /** Initial activation parameters; [] = the catalogue defaults (a formula layer: its declared ones). */
  params: number[];
  /** Train the activation's learnable parameters (PReLU slope ...) per unit. */
  learn: boolean;
  /** Pieces per unit when act = maxout. */
  maxoutK: number;
}

export interface AppState {
  // data
  dataset: string;
  /** 0 .. 50 (percent, TensorFlow Playground's unit). */
  noise: number;
  points: number;
  /** 10 .. 90 (percent of points used for training). */
  percTrainData: number;
  /** Spiral arms 2..5 (other datasets have their own fixed count). */
  classes: number;
  /** Data seed (shuffles and noise). */
  seed: number;
  /** custom (label = [f(x, y) > 0]) and custom1d (target = f(x)): the formula; '' = the dataset's own. */
  dataFormula: string;
  // input features (tokens of the core's feature table)
  features: string[];
  // network
  layers: LayerState[];
  /** The function of x of every layer whose act is 'formula' (cpp/core/formula.h), e.g. x*tanh(softplus(x)). */
  formula: string;
  /** Output head token; null = the natural head for the dataset. */
  output: string | null;
  init: string;
  initScale: number;
  // training
  optimizer: string;
  learningRate: number;
  batchSize: number;
  regularization: Regularization;
  regularizationRate: number;
  dropout: number;
  /** Gradient-norm clipping (0 = off). */
  clip: number;
  /** A deliberate backprop bug (2·f′ in the first hidden layer) the gradient check must catch. */
  wrongDerivative: boolean;
  /** Seed of the initial weights, shuffles and dropout (re-init draws a new one). */
  initSeed: number;
  // view
  showTestData: boolean;
  discretize: boolean;
  /** Epochs or optimiser steps per displayed frame, or max (state/speed.ts). */
  speed: Speed;
  lang: Lang;
  embed: boolean;
  /** Hidden controls and panels (TensorFlow Playground's `<name>_hide` flags), sorted. */
  hide: string[];
  /** false forces the non-SIMD engine (URL simd=0, for testing the fallback). */
  simd: boolean;
  /** Decision boundary resolution n (n x n grid); null = automatic (80, coarser for big networks). */
  res: number | null;
  /** The benchmark page: a performance overlay (frames/s, steps/s, worker and draw ms). */
  bench: boolean;
}

/** A problem found while decoding a link: the value is replaced by the default and reported. */
export interface Warning {
  code: 'badValue' | 'badFormula' | 'unknownKey' | 'unsupported' | 'newerVersion' | 'adjusted' | 'olderSpeed';
  key: string;
  /** The offending text from the URL (display with textContent only). */
  value: string;
  /** What is allowed, language-neutral (numbers and tokens); for badFormula the core's message. */
  allowed: string;
}

/**
 * The core's verdict on a formula (cpp/core/formula.h): error "" when it compiles (params: the
 * parameters it declares, `a = 1 in [0, 5]`), else its one-line message naming the column.
 */
export interface FormulaVerdict {
  error: string;
  params: readonly FormulaParamMeta[];
}

/**
 * Pages ask the worker for a link's formulas before decoding it (ui/formula-checks.ts); decoding
 * itself stays synchronous and engine-free.
 */
export type FormulaCheck = (text: string, vars: 'x' | 'xy') => FormulaVerdict;
