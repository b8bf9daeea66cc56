// types.ts — plain data shared by the engine, the worker and the UI. No behaviour, no DOM, no WASM:
// everything here can be structured-cloned through postMessage.

/** One parameter of an activation (PReLU's slope, ELU's alpha ...), from the core catalogue. */
export interface ActParamMeta {
  name: string;
  def: number;
  lo: number;
  hi: number;
  learnable: boolean;
}

/** One row of the core's activation catalogue (cpp/core/activations.h). */
export interface ActivationMeta {
  id: number;
  name: string;
  display: string;
  latex: string;
  latexD: string;
  /** The family token ("rectifier"), and its names: one table in the core (ACTLAB_FAMILIES). */
  family: string;
  familyEn: string;
  familyKo: string;
  range: string;
  elementwise: boolean;
  monotonic: boolean;
  zeroCentred: boolean;
  smooth: boolean;
  saturating: boolean;
  hasDeadZone: boolean;
  learnableDefault: boolean;
  params: ActParamMeta[];
  descEn: string;
  descKo: string;
  source: string;
  year: number;
}

export interface DatasetMeta {
  id: number;
  name: string;
  display: string;
  displayKo: string;
  regression: boolean;
  dims: number;
  minClasses: number;
  maxClasses: number;
  /** xor4: always this many points, used for training and test; 0: the chosen count. */
  fixedPoints: number;
  /** custom, custom1d: the formula the data is drawn from when none is typed; "" for the others. */
  formula: string;
}

export interface OutputMeta {
  id: number;
  name: string;
  loss: string;
  /** One output per class (the softmax family): nOut = classes. */
  perClass: boolean;
}

export interface Limits {
  maxHidden: number;
  maxUnits: number;
  maxClasses: number;
  maxMaxoutPieces: number;
  maxActParams: number;
}

/** An allowed range: min <= v <= max (min < v when minOpen). */
export interface Range {
  min: number;
  max: number;
  minOpen: boolean;
}

/**
 * The core's rules for a configuration (cpp/wasm/bindings.cpp rules(), from config.h, dataset.h and
 * validate() itself): ranges in the core's units (noise and trainRatio as fractions), the config
 * structs' defaults, the heads validate() accepts per kind of data, and the features of 1-D data.
 */
export interface EngineRules {
  ranges: {
    points: Range;
    noise: Range;
    trainRatio: Range;
    classes: Range;
    hidden: Range;
    units: Range;
    maxoutPieces: Range;
    lr: Range;
    batch: Range;
    penalty: Range;
    dropout: Range;
    initScale: Range;
  };
  defaults: {
    data: { points: number; noise: number; trainRatio: number; classes: number; seed: number };
    net: { init: string; initScale: number };
    train: TrainSettings;
  };
  /** The heads validate() accepts, and the natural one (what a link without `output` gets). */
  heads: {
    regression: string[];
    binary: string[];
    multiclass: string[];
    natural: { regression: string; binary: string; multiclass: string };
  };
  /**
   * How many points each dataset draws (dataset.cpp total_points): `fixed` (xor4: 4, used for
   * training and test) or the chosen count, rounded up to whole classes when drawn per class.
   */
  points: Record<string, { fixed: number; perClass: boolean; minClasses: number; maxClasses: number }>;
  oneDFeatures: string[];
}

/** f and f' of an activation sampled on `xs` (the picker thumbnails and the activation plot). */
export interface Curve {
  xs: Float32Array;
  f: Float32Array;
  df: Float32Array;
}

/** Which variables a formula may use: an activation's x only, a dataset's x and y (formula.h). */
export type FormulaVars = 'x' | 'xy';

/** A parameter a formula declares (`a = 1 in [0.1, 5]`). */
export interface FormulaParamMeta {
  name: string;
  def: number;
  lo: number;
  hi: number;
}

/** Everything the core knows by name. Index in each list = the core's enum value. */
export interface Catalogue {
  activations: ActivationMeta[];
  datasets: DatasetMeta[];
  outputs: OutputMeta[];
  inits: string[];
  optimizers: string[];
  features: string[];
  limits: Limits;
}

// ---- Configuration by token (what the state layer produces and the facade translates) ----------

export interface LayerConfig {
  units: number;
  act: string;
  /** Initial activation parameters; missing entries take the catalogue default. */
  params: number[];
  /** Train the activation's learnable parameters per unit. */
  learn: boolean;
  maxoutK: number;
}

export interface DataSettings {
  dataset: string;
  points: number;
  /** 0 .. 0.5 */
  noise: number;
  /** 0.1 .. 0.9 */
  trainRatio: number;
  classes: number;
  seed: number;
  /** custom (label = [f(x, y) > 0]) and custom1d (target = f(x)): the formula; absent = the dataset's own. */
  formula?: string;
}

export interface NetSettings {
  features: string[];
  layers: LayerConfig[];
  output: string;
  /** 1 for tanh/sigmoid/identity heads, the number of classes for the softmax family. */
  nOut: number;
  init: string;
  initScale: number;
  /** The function of x of the layers whose act is 'formula', e.g. 'x*tanh(softplus(x))'. */
  formula?: string;
}

export interface TrainSettings {
  optimizer: string;
  lr: number;
  batch: number;
  l1: number;
  l2: number;
  dropout: number;
  clip: number;
  /** The gradient-check lesson's deliberate bug: backprop doubles the first hidden layer's f′. */
  wrongDerivative: boolean;
  momentum: number;
  beta1: number;
  beta2: number;
  rho: number;
  eps: number;
  seed: number;
}

export interface EngineConfig {
  data: DataSettings;
  net: NetSettings;
  train: TrainSettings;
}

// ---- Results --------------------------------------------------------------------------------------

export interface DatasetSnapshot {
  nTrain: number;
  nTest: number;
  /** 0 for regression. */
  classes: number;
  dims: number;
  /** Points: train first, then test. */
  x: Float32Array;
  y: Float32Array;
  label: Float32Array;
  domain: Domain;
}

export interface Domain {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** How one weight layer's parameters stand (core param_stats.h): what the lessons watch move. */
export interface LayerParamStats {
  /** max |W - W(step 0)| over the layer's weights. */
  drift: number;
  /** How different the units are: max over units u of max |row_u - row_0| of (W, b); 0 = identical. */
  spread: number;
  /** Learnt activation parameters: per parameter k, min/mean/max over units (empty when not learnt). */
  learnt: { min: number; mean: number; max: number }[];
}

export interface LayerMetrics {
  gradNorm: number;
  biasGradNorm: number;
  meanAbsGrad: number;
  weightNorm: number;
  updateRatio: number;
  deadFraction: number;
  saturatedFraction: number;
  preactMean: number;
  preactStd: number;
  /** Mean unit output f(z) over the layer's units and the training set (the head's for the output layer). */
  actMean: number;
}

/** Script formats of the core's exporter (cpp/core/export_code.h). */
export type ExportFormat = 'numpy' | 'pytorch';

/** What made a run diverge (cpp/core/trainer.h DivergenceCause::Kind); 'none' while it has not. */
export type DivergenceKind = 'none' | 'loss-growth' | 'non-finite' | 'weights-too-large' | 'formula';

/** Why a run diverged, as facts: Metrics.divergence says them in English, the page in its language. */
export interface DivergenceCause {
  kind: DivergenceKind;
  /** kind 'formula': the formula's text, what it gave ('NaN', 'inf' or '-inf'; '' for the other
   * kinds) at the finite input x in hidden layer `layer` (1-based), and whether at the initial weights
   * (before any update). */
  formula: string;
  value: string;
  x: number;
  layer: number;
  atInitialWeights: boolean;
}

export interface Metrics {
  epoch: number;
  step: number;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  /** Weight layers, input side first (hidden layers + the output layer). */
  layers: LayerMetrics[];
  diverged: boolean;
  divergence: string;
  divergenceCause: DivergenceCause;
}

/** Where each weight layer lives in the flat parameter buffer (see cpp/core/trainer.h). */
export interface LayerLayout {
  fanIn: number;
  units: number;
  weightOffset: number;
  biasOffset: number;
  actParamOffset: number;
  /** Learnable activation parameters per unit (0 when the layer trains none). */
  actParamsPerUnit: number;
  /** The names of the layer's activation parameters (a formula layer: the ones its text declares). */
  actParamNames: string[];
}

export interface NetLayout {
  layers: LayerLayout[];
  nInputs: number;
  totalUnits: number;
  nParams: number;
}
