// actlab-module.d.ts — hand-written declarations of the embind module built from cpp/wasm/bindings.cpp
// (Emscripten 3.1.6 cannot emit them). tests/web/module.test.ts loads the Node build and calls every
// member declared here, so a drift between this file and bindings.cpp fails a test.
//
// Enums cross the boundary as their index in catalogue order (see engine.ts for the token mapping).
// Every Float32Array returned is a fresh copy: it stays valid whatever WASM memory does afterwards.

import type {
  ActivationMeta,
  DatasetMeta,
  DivergenceCause,
  EngineRules,
  LayerMetrics,
  Limits,
  OutputMeta,
} from './types';

export interface RawDataConfig {
  kind: number;
  points: number;
  noise: number;
  trainRatio: number;
  classes: number;
  seed: number;
  /** custom / custom1d: the data formula ("" = the dataset's own, DatasetMeta.formula). */
  formula: string;
}

/** Exactly kMaxActParams (2) numbers. */
export type RawActParams = [number, number];

export interface RawLayerSpec {
  units: number;
  act: number;
  actParams: RawActParams;
  learnParams: boolean;
  maxoutK: number;
}

export interface RawNetConfig {
  /** Bit i enables feature i of features(). */
  features: number;
  nHidden: number;
  /** Exactly kMaxHidden (8) entries; those past nHidden are ignored. */
  hidden: RawLayerSpec[];
  output: number;
  nOut: number;
  init: number;
  initScale: number;
  /** The function of x of every hidden layer whose act is formulaAct (cpp/core/formula.h). */
  formula: string;
}

export interface RawTrainConfig {
  optimizer: number;
  lr: number;
  momentum: number;
  beta1: number;
  beta2: number;
  rho: number;
  eps: number;
  batch: number;
  l1: number;
  l2: number;
  dropout: number;
  clip: number;
  wrongDerivative: boolean;
  seed: number;
}

/** Per-layer metrics cross the boundary with exactly the facade's field names. */
export type RawLayerMetrics = LayerMetrics;

/** DivergenceCause with its kind as an index (engine.ts DIVERGENCE_KINDS) and its value as the number
 * the formula gave (NaN, Infinity or -Infinity; 0 for the other kinds). */
export type RawDivergenceCause = Omit<DivergenceCause, 'kind' | 'value'> & { kind: number; value: number };

export interface RawMetrics {
  epoch: number;
  step: number;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  nLayers: number;
  /** Always kMaxHidden + 1 (9) entries; the first nLayers are meaningful. */
  layers: RawLayerMetrics[];
  diverged: boolean;
  divergence: string;
  divergenceCause: RawDivergenceCause;
}

export interface RawDataset {
  /** "" or the core's one-line error. */
  error: string;
  nTrain: number;
  nTest: number;
  classes: number;
  dims: number;
  x: Float32Array;
  y: Float32Array;
  label: Float32Array;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** An embind object: its WASM memory is released only by delete(). */
export interface RawTrainer {
  /** "" or a one-line error (the previous configuration is kept). */
  configure(data: RawDataConfig, net: RawNetConfig, train: RawTrainConfig): string;
  reconfigure(net: RawNetConfig, train: RawTrainConfig): string;
  setTrainConfig(train: RawTrainConfig): string;
  reset(): void;
  /** Back to the weights of the last measure() whose loss and weights were finite; false if none. */
  restoreLastGood(): boolean;
  /** The epoch restoreLastGood() returns to; -1 when there is no good state. */
  lastGoodEpoch(): number;
  reinit(seed: number): void;
  stepBatches(n: number): number;
  stepEpochs(n: number): number;
  measure(): RawMetrics;
  epoch(): number;
  step(): number;
  diverged(): boolean;
  /** Weight layer `layer`'s pre-activation histogram on the training set: `bins` counts (empty for
   * bins outside 1..65536). */
  preactHistogram(layer: number, bins: number, lo: number, hi: number): Float32Array;
  /** (nOut, h, w), row 0 at y1. Empty for w or h <= 0 or w*h > 2^22. */
  evalGrid(w: number, h: number, x0: number, x1: number, y0: number, y1: number): Float32Array;
  /** (totalUnits, h, w), hidden layers first, then the output units. */
  evalGridUnits(w: number, h: number, x0: number, x1: number, y0: number, y1: number): Float32Array;
  /** (nOut, n) for n = min(xs.length, ys.length). */
  predict(xs: Float32Array, ys: Float32Array): Float32Array;
  /** Backprop vs double-precision central differences; parameters straddling a kink are skipped. */
  gradcheck(maxParams: number): { maxRelError: number; skipped: number };
  nParams(): number;
  params(): Float32Array;
  setParams(p: Float32Array): string;
  /** Epoch and step continue from these (a run resumed from a snapshot); '' or an error line. */
  setCounters(epoch: number, step: number): string;
  weightOffset(layer: number): number;
  biasOffset(layer: number): number;
  actParamOffset(layer: number): number;
  layerIn(layer: number): number;
  layerOut(layer: number): number;
  totalUnits(): number;
  /** Per weight layer against `initial` (the buffer at step 0; [] unless nParams() long): max |W - W0|,
   * the units' max difference, and (min, mean, max) per learnt activation parameter (param_stats.h). */
  paramStats(initial: Float32Array): { drift: number; spread: number; learnt: Float32Array }[];
  nInputs(): number;
  data(): RawDataset;
  net(): RawNetConfig;
  delete(): void;
}

export interface ActlabModule {
  Trainer: new () => RawTrainer;
  activations(): ActivationMeta[];
  datasets(): DatasetMeta[];
  outputs(): OutputMeta[];
  inits(): string[];
  optimizers(): string[];
  features(): string[];
  limits(): Limits;
  /** Every range, default and allowed combination of a configuration (also in actlab_rules.json). */
  rules(): EngineRules;
  /** "" when the core accepts the configuration (the dataset is built to check it), else the error. */
  validate(data: RawDataConfig, net: RawNetConfig, train: RawTrainConfig): string;
  /** f(x) and f'(x) on xs (element-wise activations only). */
  actCurve(act: number, params: RawActParams, xs: Float32Array): { f: Float32Array; df: Float32Array };
  /** ns per element of act_forward + act_backward over n inputs, timed in the module (best of 3 runs of
   * at least minMs); NaN for a row that is not element-wise. */
  actCost(act: number, params: RawActParams, n: number, minMs: number): number;
  /** A softmax-family row on one input: the first of 3 outputs on (x, 0, 0) and its derivative; null
   * for every other row (maxout, element-wise). */
  vectorCurve(act: number, xs: Float32Array): { f: Float32Array; df: Float32Array } | null;
  /** A formula checked and evaluated: error is "" or the one-line message naming its column; f and
   * f' (automatic differentiation) on xs when it compiles (xy: a dataset formula of x and y, sampled
   * along y = 0), with the parameters at `at` (missing ones: their defaults); its declared parameters. */
  formulaCurve(
    text: string,
    xs: Float32Array,
    xy: boolean,
    at: readonly number[],
  ): {
    error: string;
    f: Float32Array;
    df: Float32Array;
    params: { name: string; def: number; lo: number; hi: number }[];
  };
  /** The activation index of the formula activation (not a catalogue row). */
  formulaAct(): number;
  /** Bytes allocated by malloc and not yet freed (the soak test's leak probe). */
  heapInUse(): number;
  makeDataset(cfg: RawDataConfig): RawDataset;
  /** The run as one self-contained Python script (format 'numpy' or 'pytorch') that prints the
   * same per-epoch losses as `actlab train`; error is "" or the one-line reason (code is then ""). */
  exportCode(
    format: string,
    data: RawDataConfig,
    net: RawNetConfig,
    train: RawTrainConfig,
    epochs: number,
  ): { error: string; code: string };
}

export interface ActlabModuleOptions {
  locateFile?: (path: string, prefix: string) => string;
  wasmBinary?: ArrayBuffer | Uint8Array;
  print?: (text: string) => void;
  printErr?: (text: string) => void;
}

export type ActlabFactory = (options?: ActlabModuleOptions) => Promise<ActlabModule>;
