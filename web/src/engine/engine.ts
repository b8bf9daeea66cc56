// engine.ts — the typed facade over the embind module: tokens in, plain objects and copied typed
// arrays out. No DOM and no worker globals: it runs in the worker and in Node (vitest) alike.
import type {
  ActlabModule,
  RawActParams,
  RawDataConfig,
  RawDivergenceCause,
  RawLayerSpec,
  RawNetConfig,
  RawTrainConfig,
  RawTrainer,
} from './actlab-module';
import type {
  Catalogue,
  Curve,
  DataSettings,
  DatasetSnapshot,
  DivergenceCause,
  DivergenceKind,
  Domain,
  EngineConfig,
  ExportFormat,
  FormulaParamMeta,
  FormulaVars,
  LayerConfig,
  LayerParamStats,
  Metrics,
  NetLayout,
  NetSettings,
  TrainSettings,
} from './types';

/** Reads the whole catalogue once. */
export function readCatalogue(mod: ActlabModule): Catalogue {
  return {
    activations: mod.activations(),
    datasets: mod.datasets(),
    outputs: mod.outputs(),
    inits: mod.inits(),
    optimizers: mod.optimizers(),
    features: mod.features(),
    limits: mod.limits(),
  };
}

/** DivergenceCause::Kind in the core's order (cpp/core/trainer.h). */
export const DIVERGENCE_KINDS: readonly DivergenceKind[] = [
  'none',
  'loss-growth',
  'non-finite',
  'weights-too-large',
  'formula',
];

/** The core's cause with its kind as a token and the formula's value named as the core's text names it. */
function causeOf(c: RawDivergenceCause): DivergenceCause {
  const v = c.value;
  return {
    ...c,
    kind: DIVERGENCE_KINDS[c.kind] ?? 'none',
    value: Number.isNaN(v) ? 'NaN' : v === Infinity ? 'inf' : v === -Infinity ? '-inf' : '',
  };
}

/** Token -> catalogue index, or a one-line error naming the field. */
function indexOf(list: readonly string[], token: string, field: string): number {
  const i = list.indexOf(token);
  if (i < 0) throw new ConfigError(`${field} = ${token} is not allowed (allowed: ${list.join(', ')})`);
  return i;
}

/** A configuration the facade cannot translate (an unknown token). Never escapes the facade. */
class ConfigError extends Error {}

export class Engine {
  readonly catalogue: Catalogue;
  private readonly trainer: RawTrainer;
  private readonly actNames: string[];
  private readonly datasetNames: string[];
  private readonly outputNames: string[];

  constructor(private readonly mod: ActlabModule) {
    this.catalogue = readCatalogue(mod);
    this.trainer = new mod.Trainer();
    this.actNames = this.catalogue.activations.map((a) => a.name);
    this.datasetNames = this.catalogue.datasets.map((d) => d.name);
    this.outputNames = this.catalogue.outputs.map((o) => o.name);
  }

  dispose(): void {
    this.trainer.delete();
  }

  // ---- configuration ------------------------------------------------------------------------------

  /** Builds data, network and optimiser. "" or the core's one-line error (old config kept). */
  configure(cfg: EngineConfig): string {
    return this.guard(() =>
      this.trainer.configure(this.rawData(cfg.data), this.rawNet(cfg.net), this.rawTrain(cfg.train)),
    );
  }

  /** "" when the core would accept `cfg` (nothing is changed), else its one-line error. */
  validate(cfg: EngineConfig): string {
    return this.guard(() =>
      this.mod.validate(this.rawData(cfg.data), this.rawNet(cfg.net), this.rawTrain(cfg.train)),
    );
  }

  /** New network / training settings on the current dataset (weights re-initialised). */
  reconfigure(net: NetSettings, train: TrainSettings): string {
    return this.guard(() => this.trainer.reconfigure(this.rawNet(net), this.rawTrain(train)));
  }

  /** Training settings that keep the weights (lr, batch, penalties, dropout, optimiser). */
  setTrain(train: TrainSettings): string {
    return this.guard(() => this.trainer.setTrainConfig(this.rawTrain(train)));
  }

  reset(): void {
    this.trainer.reset();
  }

  /**
   * Back to the core's last good state (its weights, epoch and step; trainer.h has the policy);
   * false when there is none.
   */
  restoreLastGood(): boolean {
    return this.trainer.restoreLastGood();
  }

  /** The epoch restoreLastGood() returns to; null when there is no good state. */
  get lastGoodEpoch(): number | null {
    const e = this.trainer.lastGoodEpoch();
    return e < 0 ? null : e;
  }

  reinit(seed: number): void {
    this.trainer.reinit(seed);
  }

  // ---- training -----------------------------------------------------------------------------------

  stepBatches(n: number): number {
    return this.trainer.stepBatches(n);
  }

  stepEpochs(n: number): number {
    return this.trainer.stepEpochs(n);
  }

  get diverged(): boolean {
    return this.trainer.diverged();
  }

  /** The module's memory: the WebAssembly.Memory's size and the bytes malloc has handed out. */
  memory(): { wasmBytes: number; inUse: number } {
    const heap = (this.mod as unknown as { HEAP8?: Int8Array }).HEAP8;
    return { wasmBytes: heap?.length ?? 0, inUse: this.mod.heapInUse() };
  }

  get epoch(): number {
    return this.trainer.epoch();
  }

  get step(): number {
    return this.trainer.step();
  }

  /** Loss, accuracy and per-layer metrics on the whole data at the current weights. */
  measure(): Metrics {
    const m = this.trainer.measure();
    return {
      epoch: m.epoch,
      step: m.step,
      trainLoss: m.trainLoss,
      testLoss: m.testLoss,
      trainAccuracy: m.trainAccuracy,
      testAccuracy: m.testAccuracy,
      layers: m.layers.slice(0, m.nLayers),
      diverged: m.diverged,
      divergence: m.divergence,
      divergenceCause: causeOf(m.divergenceCause),
    };
  }

  // ---- views --------------------------------------------------------------------------------------

  histogram(hiddenLayer: number, bins: number, lo: number, hi: number): Float32Array {
    return this.trainer.preactHistogram(hiddenLayer, bins, lo, hi);
  }

  /** Network output on a w x h grid over `d`: (nOut, h, w), row 0 at the top (y1). */
  grid(w: number, h: number, d: Domain): Float32Array {
    return this.trainer.evalGrid(w, h, d.x0, d.x1, d.y0, d.y1);
  }

  /** Every unit's output on the grid: (totalUnits, h, w), hidden layers first. */
  gridUnits(w: number, h: number, d: Domain): Float32Array {
    return this.trainer.evalGridUnits(w, h, d.x0, d.x1, d.y0, d.y1);
  }

  predict(xs: Float32Array, ys: Float32Array): Float32Array {
    return this.trainer.predict(xs, ys);
  }

  /** Max relative error of backprop against central differences (kinks skipped). */
  gradcheck(maxParams = 0): { maxRelError: number; skipped: number } {
    return this.trainer.gradcheck(maxParams);
  }

  // ---- parameters ---------------------------------------------------------------------------------

  params(): Float32Array {
    return this.trainer.params();
  }

  setParams(p: Float32Array): string {
    return this.trainer.setParams(p);
  }

  /** Continue a run from a snapshot (its parameters, epoch and step): '' or the core's error line. */
  resume(p: Float32Array, epoch: number, step: number): string {
    return this.trainer.setParams(p) || this.trainer.setCounters(epoch, step);
  }

  /** Per weight layer: drift from `initial` (the parameters at step 0), unit spread, learnt parameters. */
  paramStats(initial: Float32Array): LayerParamStats[] {
    return this.trainer.paramStats(initial).map((s) => {
      const learnt = [];
      for (let k = 0; k + 2 < s.learnt.length; k += 3)
        learnt.push({ min: s.learnt[k] ?? NaN, mean: s.learnt[k + 1] ?? NaN, max: s.learnt[k + 2] ?? NaN });
      return { drift: s.drift, spread: s.spread, learnt };
    });
  }

  layout(): NetLayout {
    const t = this.trainer;
    const net = t.net();
    const nLayers = net.nHidden + 1;
    const formulaAct = this.mod.formulaAct();
    // A formula layer's parameter names are the ones its text declares.
    const declared = net.hidden.some((h, l) => l < net.nHidden && h.act === formulaAct)
      ? this.mod.formulaCurve(net.formula, new Float32Array(0), false, []).params.map((p) => p.name)
      : [];
    const layers = [];
    for (let l = 0; l < nLayers; l++) {
      const act = l < net.nHidden ? net.hidden[l]?.act : undefined;
      const units = t.layerOut(l);
      const actParamOffset = t.actParamOffset(l);
      const next = l + 1 < nLayers ? t.weightOffset(l + 1) : t.nParams();
      layers.push({
        fanIn: t.layerIn(l),
        units,
        weightOffset: t.weightOffset(l),
        biasOffset: t.biasOffset(l),
        actParamOffset,
        actParamsPerUnit: units > 0 ? (next - actParamOffset) / units : 0,
        actParamNames:
          act === undefined
            ? []
            : act === formulaAct
              ? declared
              : (this.catalogue.activations[act]?.params.map((p) => p.name) ?? []),
      });
    }
    return { layers, nInputs: t.nInputs(), totalUnits: t.totalUnits(), nParams: t.nParams() };
  }

  dataset(): DatasetSnapshot {
    const d = this.trainer.data();
    return snapshotOf(d);
  }

  /** A dataset on its own (the picker's thumbnails): the snapshot or the core's error line. */
  makeDataset(data: DataSettings): DatasetSnapshot | string {
    let raw;
    try {
      raw = this.mod.makeDataset(this.rawData(data));
    } catch (e) {
      return e instanceof ConfigError ? e.message : String(e);
    }
    return raw.error !== '' ? raw.error : snapshotOf(raw);
  }

  /** The run `cfg` for `epochs` epochs as one self-contained Python script (cpp/core/export_code.h:
   * the same data, initial weights, batch order and losses): the code, or the core's error line. */
  exportCode(format: ExportFormat, cfg: EngineConfig, epochs: number): { code: string } | string {
    let raw;
    try {
      raw = this.mod.exportCode(
        format,
        this.rawData(cfg.data),
        this.rawNet(cfg.net),
        this.rawTrain(cfg.train),
        epochs,
      );
    } catch (e) {
      return e instanceof ConfigError ? e.message : String(e);
    }
    return raw.error !== '' ? raw.error : { code: raw.code };
  }

  /**
   * f and f' of activation `act` with parameters `params` (defaults fill the rest) on xs. A softmax-
   * family row gives its first output on (x, 0, 0) and that output's derivative; maxout, no function
   * of one input, throws.
   */
  curve(act: string, params: readonly number[], xs: Float32Array): Curve {
    const id = indexOf(this.actNames, act, 'activation');
    if (this.catalogue.activations[id]?.elementwise === false) {
      const v = this.mod.vectorCurve(id, xs);
      if (v === null) throw new Error(`${act} has no curve of one input`);
      return { xs, ...v };
    }
    const p = this.actParams(id, params);
    return { xs, ...this.mod.actCurve(id, p, xs) };
  }

  /**
   * What one element of activation `act` costs in the training kernels, forward + backward, in ns
   * (timed inside the module over `n` inputs for at least `minMs`, best of 3: about 6 x minMs of work).
   * null for maxout, the softmax family and the formula (no element-wise kernel). A timing of this
   * machine: shown, never checked.
   */
  actCost(act: string, params: readonly number[] = [], n = 16384, minMs = 2): number | null {
    const id = this.actNames.indexOf(act);
    if (id < 0 || this.catalogue.activations[id]?.elementwise !== true) return null;
    const ns = this.mod.actCost(id, this.actParams(id, params), n, minMs);
    return Number.isFinite(ns) ? ns : null;
  }

  /** A formula checked and, when it compiles, f and f' on xs (for live validation and the preview):
   * the one-line error (with its column) or the curve and the declared parameters. vars 'xy': a
   * dataset formula (x and y; the curve runs along y = 0). at: parameter values (default: declared). */
  formulaCurve(
    text: string,
    xs: Float32Array,
    vars: FormulaVars = 'x',
    at: readonly number[] = [],
  ): { error: string } | (Curve & { params: FormulaParamMeta[] }) {
    const r = this.mod.formulaCurve(text, xs, vars === 'xy', at);
    return r.error !== '' ? { error: r.error } : { xs, f: r.f, df: r.df, params: r.params };
  }

  // ---- token -> raw struct ------------------------------------------------------------------------

  private guard(f: () => string): string {
    try {
      return f();
    } catch (e) {
      if (e instanceof ConfigError) return e.message;
      throw e;
    }
  }

  private rawData(d: DataSettings): RawDataConfig {
    return {
      kind: indexOf(this.datasetNames, d.dataset, 'dataset'),
      points: d.points,
      noise: d.noise,
      trainRatio: d.trainRatio,
      formula: d.formula ?? '',
      classes: d.classes,
      seed: d.seed,
    };
  }

  private actParams(act: number, given: readonly number[]): RawActParams {
    const meta = this.catalogue.activations[act];
    const p: RawActParams = [0, 0];
    meta?.params.forEach((param, k) => {
      p[k as 0 | 1] = given[k] ?? param.def;
    });
    return p;
  }

  private rawLayer(l: LayerConfig): RawLayerSpec {
    // 'formula' is not a catalogue row: its math is NetSettings.formula.
    const formula = l.act === 'formula';
    const act = formula ? this.mod.formulaAct() : indexOf(this.actNames, l.act, 'activation');
    return {
      units: l.units,
      act,
      // A formula layer's parameters: NaN = the default its text declares (LayerSpec::act_params).
      actParams: formula ? [l.params[0] ?? NaN, l.params[1] ?? NaN] : this.actParams(act, l.params),
      learnParams: l.learn,
      maxoutK: l.maxoutK,
    };
  }

  private rawNet(n: NetSettings): RawNetConfig {
    const max = this.catalogue.limits.maxHidden;
    if (n.layers.length > max)
      throw new ConfigError(`n_hidden = ${n.layers.length} is not allowed (allowed: 0 .. ${max})`);
    let features = 0;
    for (const f of n.features) features |= 1 << indexOf(this.catalogue.features, f, 'features');
    const filler: LayerConfig = { units: 1, act: 'identity', params: [], learn: false, maxoutK: 2 };
    const hidden = Array.from({ length: max }, (_, i) => this.rawLayer(n.layers[i] ?? filler));
    return {
      features,
      nHidden: n.layers.length,
      hidden,
      output: indexOf(this.outputNames, n.output, 'output'),
      nOut: n.nOut,
      init: indexOf(this.catalogue.inits, n.init, 'init'),
      initScale: n.initScale,
      formula: n.formula ?? '',
    };
  }

  private rawTrain(t: TrainSettings): RawTrainConfig {
    return {
      optimizer: indexOf(this.catalogue.optimizers, t.optimizer, 'optimizer'),
      lr: t.lr,
      momentum: t.momentum,
      beta1: t.beta1,
      beta2: t.beta2,
      rho: t.rho,
      eps: t.eps,
      batch: t.batch,
      l1: t.l1,
      l2: t.l2,
      dropout: t.dropout,
      clip: t.clip,
      wrongDerivative: t.wrongDerivative,
      seed: t.seed,
    };
  }
}

function snapshotOf(d: {
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
}): DatasetSnapshot {
  return {
    nTrain: d.nTrain,
    nTest: d.nTest,
    classes: d.classes,
    dims: d.dims,
    x: d.x,
    y: d.y,
    label: d.label,
    domain: { x0: d.xMin, x1: d.xMax, y0: d.yMin, y1: d.yMax },
  };
}
