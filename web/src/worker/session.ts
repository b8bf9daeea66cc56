// session.ts — owns the Engine in the worker: runs training continuously at the page's speed
// (state/speed.ts: epochs or steps per displayed frame, or max), posts one snapshot per frame the
// page has drawn, pauses on divergence and keeps the last finite weights to restore. No DOM, no
// worker globals: `post` and `schedule` are injected, so tests drive it in Node against the real
// module.
import type { Engine } from '../engine/engine';
import type { Curve, DataSettings, EngineConfig, Metrics, NetLayout } from '../engine/types';
import { actMeta } from '../state/defaults';
import type { WorkerHost } from './host';
import { Pacer } from './pacer';
import { EpochProgress } from './progress';
import {
  DEFAULT_VIEW,
  type FromWorker,
  type LayerView,
  type Snapshot,
  type ToWorker,
  type ViewRequest,
} from './protocol';

/** Histogram/curve ranges: the smallest of these covering mean ± 3 std of the pre-activations. */
const RANGES = [4, 8, 16, 32, 64, 128];
/** Refresh period of slow histograms (deep, wide networks). */
const HIST_EVERY_MS = 200;
/**
 * While training runs, a heavy view (the boundary grid, the unit thumbnails: a forward pass per point)
 * is recomputed at most every VIEW_DUTY times what it last cost, so it takes at most 1/VIEW_DUTY of the
 * worker's time: the 8 x 64 network's 48 x 48 boundary (10-35 ms) refreshes at 5-20 Hz and training
 * gets the rest. Views cheaper than CHEAP_VIEW_MS, and every view of a paused network, are fresh in
 * every snapshot; a snapshot in between carries the last one (Snapshot.fresh says which).
 */
const VIEW_DUTY = 4;
const CHEAP_VIEW_MS = 2;

/** A new run's first snapshot goes without a view (coarse boundary, no metrics) costlier than this (putOff). */
const COARSE_FIRST_MS = 6;

/** Histograms cost a forward pass per layer: cheaper than CHEAP_HIST_MS they are fresh every time. */
const CHEAP_HIST_MS = 4;

/** One costly view's last result, what it was computed for, its cost, and whether it was put off. */
interface ViewCache<T = unknown> {
  value: T;
  key: string;
  at: number;
  ms: number;
  deferred: boolean;
}

/** When a costly view is recomputed: for another key, when paused, when cheap, or when due. */
interface ViewPolicy {
  cheapMs: number;
  /** Milliseconds between recomputations while training, from the last one's cost. */
  period: (ms: number) => number;
  /**
   * One at a time: while training, a snapshot recomputes at most one such view because it is due (a
   * view put off goes first in the next snapshot), so no single frame pays for all of them at once.
   */
  single: boolean;
}
const HEAVY_VIEW: ViewPolicy = { cheapMs: CHEAP_VIEW_MS, period: (ms) => VIEW_DUTY * ms, single: true };
const HISTOGRAMS: ViewPolicy = { cheapMs: CHEAP_HIST_MS, period: () => HIST_EVERY_MS, single: false };

export function linspace(lo: number, hi: number, n: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = n === 1 ? lo : lo + ((hi - lo) * i) / (n - 1);
  return out;
}

export class Session {
  private config: EngineConfig | null = null;
  private configId = 0;
  private layout: NetLayout | null = null;
  /** Training points of the configured data (steps per epoch = ceil(nTrain / batch)). */
  private nTrain = 0;
  private runId = 0;
  private seq = 0;
  private view: ViewRequest = DEFAULT_VIEW;
  private readonly pacer: Pacer;
  // Divergence and the state `restore` brings back are the core's (Trainer::restore_last_good):
  // this class only pauses, reports and asks the engine to restore.
  private readonly epochs = new EpochProgress();
  private readonly views = new Map<'grid' | 'units' | 'hist' | 'metrics', ViewCache>();
  /** The run whose divergence was reported (once per run). */
  private reportedRun = -1;
  /** For each view, the weights (run or configuration) whose first snapshot went without it (putOff). */
  private readonly putOffFor = new Map<'grid' | 'metrics' | 'hist', string>();
  /** A `single` view was recomputed for the snapshot being built. */
  private singleSpent = false;

  constructor(
    private readonly engine: Engine,
    private readonly host: WorkerHost<FromWorker>,
  ) {
    this.pacer = new Pacer(host, {
      ready: () => this.config !== null,
      stepsPerEpoch: () => Math.ceil(this.nTrain / Math.max(1, this.config?.train.batch ?? 1)),
      advance: (n) => this.steps(n),
      snapshot: () => this.snapshot(),
    });
  }

  handle(msg: ToWorker): void {
    switch (msg.kind) {
      case 'init':
      case 'ping':
        return; // the worker entry answers these (module load, pong) before the session sees them
      case 'formula':
        return; // answered by the worker entry (entry.ts), which never passes it on
      case 'configure':
        return this.configure(msg.configId, msg.config, msg.keepData, msg.resume);
      case 'train': {
        const error = this.engine.setTrain(msg.train);
        if (error !== '') this.host.post({ kind: 'error', message: error });
        else if (this.config) this.config = { ...this.config, train: msg.train };
        return;
      }
      case 'run': {
        const run = msg.running && this.config !== null && !this.engine.diverged;
        this.pacer.setRunning(run);
        // The page shows a click on play at once; a refused one is answered so that it turns back.
        if (msg.running && !run) this.host.post({ kind: 'running', running: false });
        return;
      }
      case 'step':
        this.pacer.setRunning(false);
        if (this.config === null || this.engine.diverged) return;
        this.engine.stepEpochs(1);
        if (this.engine.diverged) this.onDiverged();
        return this.pacer.touch();
      case 'reset':
        this.engine.reset();
        return this.restart();
      case 'reinit':
        this.engine.reinit(msg.seed);
        if (this.config) this.config = { ...this.config, train: { ...this.config.train, seed: msg.seed } };
        return this.restart();
      case 'speed':
        this.pacer.speed = msg.speed;
        return;
      case 'view':
        this.view = msg.view;
        return this.pacer.touch();
      case 'frame':
        return this.pacer.frame();
      case 'restore':
        return this.restore();
      case 'thumbnails':
        return this.thumbnails(msg.data);
      case 'export': {
        if (this.config === null)
          return this.host.post({ kind: 'exported', id: msg.id, code: '', error: 'not configured' });
        const r = this.engine.exportCode(msg.format, this.config, msg.epochs);
        return this.host.post({
          kind: 'exported',
          id: msg.id,
          code: typeof r === 'string' ? '' : r.code,
          error: typeof r === 'string' ? r : '',
        });
      }
      default: {
        const never: never = msg;
        throw new Error(`unknown message ${JSON.stringify(never)}`);
      }
    }
  }

  private configure(
    configId: number,
    config: EngineConfig,
    keepData: boolean,
    resume?: { params: Float32Array; epoch: number; step: number },
  ): void {
    const error =
      keepData && this.config !== null
        ? this.engine.reconfigure(config.net, config.train)
        : this.engine.configure(config);
    // A snapshot that does not fit (it cannot, short of a bug): the run starts again, and says why.
    const lost = error === '' && resume ? this.engine.resume(resume.params, resume.epoch, resume.step) : '';
    if (lost !== '') this.host.post({ kind: 'error', message: lost });
    if (error !== '') {
      this.host.post({ kind: 'configured', configId, error, dataset: null, layout: null });
      return;
    }
    this.config = config;
    this.configId = configId;
    this.layout = this.engine.layout();
    const dataset = this.engine.dataset();
    this.nTrain = dataset.nTrain;
    this.host.post({ kind: 'configured', configId, error: '', dataset, layout: this.layout });
    this.restart();
  }

  /**
   * Weights start again: histories restart, the last good state is forgotten. The next snapshot shows
   * them before any step (as the lab's do): a change of data or network is on screen one snapshot
   * after it, not after a frame's training as well (the 8 x 64 network's noise slider: ~20 ms sooner).
   */
  private restart(): void {
    this.runId++;
    this.pacer.restart();
  }

  /** n optimiser steps; returns how many ran. Stops running when the weights diverge. */
  private steps(n: number): number {
    const ran = this.engine.stepBatches(n);
    if (this.engine.diverged) this.onDiverged();
    return ran;
  }

  /** Stops the run and reports the divergence; `measured`: metrics of the current weights, if at hand. */
  private onDiverged(measured?: Metrics): void {
    this.reportedRun = this.runId;
    this.pacer.stop();
    const m = measured ?? this.engine.measure();
    this.host.post({
      kind: 'diverged',
      runId: this.runId,
      epoch: m.epoch,
      step: m.step,
      detail: m.divergence,
      cause: m.divergenceCause,
      trainLoss: m.trainLoss,
      lastGoodEpoch: this.engine.lastGoodEpoch,
    });
  }

  private restore(): void {
    if (!this.engine.restoreLastGood()) {
      // Nothing good was ever measured: the initial weights are the last good state.
      this.engine.reset();
      this.runId++;
    }
    const m = this.engine.measure();
    this.host.post({
      kind: 'restored',
      epoch: m.epoch,
      progress: this.progress(m, this.engine.dataset().nTrain),
    });
    this.pacer.touch();
  }

  /** Builds the snapshot of the current state; the pacer posts it when the page is ready. */
  private snapshot(): () => void {
    const now = this.host.now();
    const stepsPerSec = this.pacer.stepsPerSec(now);
    this.singleSpent = false;
    const run = `${this.configId}/${this.runId}`;
    // The metrics (losses, accuracy, per-layer statistics: a forward pass over every point and a
    // backward pass) are a heavy view too: the 8 x 64 network's cost 10-15 ms. Stale ones carry the
    // current epoch and step; the charts add a point only for fresh ones.
    const last = this.views.get('metrics') as ViewCache<Metrics> | undefined;
    const unmeasured = last !== undefined && this.putOff('metrics', run);
    const measured = unmeasured
      ? { value: { ...last.value, diverged: false }, fresh: false }
      : this.costlyView('metrics', run, now, HEAVY_VIEW, () => this.engine.measure());
    const metrics = measured.fresh
      ? measured.value
      : { ...measured.value, epoch: this.engine.epoch, step: this.engine.step };
    // Diverged without a step: an activation formula not finite at the initial weights is found by the
    // first measurement. Said once per run, as a step's divergence is (else play is refused in silence).
    if (!unmeasured && metrics.diverged && this.reportedRun !== this.runId)
      this.onDiverged(measured.fresh ? measured.value : undefined);
    const params = this.engine.params();
    const data = this.engine.dataset();
    const progress = this.progress(metrics, data.nTrain);
    const g = this.gridSizeNow(run);
    const u = this.view.unitGridSize;
    const grid = this.costlyView('grid', `${run}/${g}`, now, HEAVY_VIEW, () => [
      this.engine.grid(g, g, data.domain),
    ]);
    const units = this.costlyView('units', `${run}/${u}`, now, HEAVY_VIEW, () => [
      u > 0 ? this.engine.gridUnits(u, u, data.domain) : new Float32Array(0),
    ]);
    const snap: Snapshot = {
      kind: 'snapshot',
      seq: ++this.seq,
      configId: this.configId,
      runId: this.runId,
      running: this.pacer.running,
      metrics,
      progress,
      stepsPerSec,
      gridSize: g,
      grid: grid.value[0]?.slice() ?? new Float32Array(0),
      unitGridSize: u,
      units: units.value[0]?.slice() ?? new Float32Array(0),
      fresh: { grid: grid.fresh, units: units.fresh, metrics: measured.fresh },
      measured: !unmeasured,
      params,
      memory: this.engine.memory(),
      layers: this.layerViews(metrics, params),
      fit: data.dims === 1 ? this.fit(data.domain.x0, data.domain.x1) : null,
      workMs: { train: this.pacer.trainMs, snapshot: 0 },
    };
    snap.workMs.snapshot = this.host.now() - now;
    return () => this.host.post(snap);
  }

  /**
   * The boundary's resolution for this snapshot: the page's, except in a running network's first
   * snapshot of new weights (a change of data or network) when the last boundary took more than
   * COARSE_FIRST_MS. That one is drawn at half the resolution (a quarter of the cost), and the full one
   * comes in the next snapshot, a frame later: the change is on screen sooner (the 8 x 64 network's
   * noise slider: ~12 ms less of the worker's part before the first frame of the new data).
   */
  private gridSizeNow(run: string): number {
    const g = this.view.gridSize;
    return this.putOff('grid', run) ? Math.ceil(g / 2) : g;
  }

  /**
   * Whether this snapshot, a running network's first of new weights (`current`: the run, or for the
   * histograms the configuration), goes without a fresh `name` view because that view last took more
   * than COARSE_FIRST_MS. Once per view and weights: the next snapshot computes it. The boundary is then
   * drawn coarse (gridSizeNow); the metrics (Snapshot.measured) and the histograms wait a frame. At the
   * 8 x 64 network the first snapshot of a noise change took 20-28 ms, mostly these; the 8-ms rest
   * stands between the change and its first frame.
   */
  private putOff(name: 'grid' | 'metrics' | 'hist', current: string): boolean {
    const last = this.views.get(name);
    // (the grid's key is `${run}/${size}`, the histograms' `${configId}/${layers}`, the metrics' the run)
    const other = last !== undefined && last.key !== current && !last.key.startsWith(`${current}/`);
    if (!other || !this.pacer.running || last.ms <= COARSE_FIRST_MS) return false;
    if (this.putOffFor.get(name) === current) return false;
    this.putOffFor.set(name, current);
    return true;
  }

  /**
   * A costly view for this snapshot, recomputed when computed for another key (weights, sizes), when
   * the network is paused, when cheap, or when due (and, for a `single` one, no other was due first);
   * else the last one (the caller copies what it transfers: the cache keeps its own).
   */
  private costlyView<T>(
    name: 'grid' | 'units' | 'hist' | 'metrics',
    key: string,
    now: number,
    policy: ViewPolicy,
    compute: () => T,
  ): { value: T; fresh: boolean } {
    const c = this.views.get(name) as ViewCache<T> | undefined;
    const must = c === undefined || c.key !== key || !this.pacer.running || c.ms < policy.cheapMs;
    if (!must) {
      if (now - c.at < policy.period(c.ms)) return { value: c.value, fresh: false };
      if (policy.single) {
        if (this.singleSpent && !c.deferred) {
          c.deferred = true;
          return { value: c.value, fresh: false };
        }
        this.singleSpent = true;
      }
    }
    const t0 = this.host.now();
    const value = compute();
    this.views.set(name, { value, key, at: now, ms: this.host.now() - t0, deferred: false });
    return { value, fresh: true };
  }

  private progress(m: Metrics, nTrain: number): number {
    return this.epochs.at(m.epoch, m.step, nTrain, this.config?.train.batch ?? 1);
  }

  private fit(x0: number, x1: number): { xs: Float32Array; ys: Float32Array } {
    const xs = linspace(x0, x1, this.view.fitPoints);
    return { xs, ys: this.engine.predict(xs, new Float32Array(xs.length)) };
  }

  /** Pre-activation histograms over [-range, range] per hidden layer, recomputed when cheap or due. */
  private histograms(ranges: number[]): Float32Array[] {
    const last = this.views.get('hist') as ViewCache<Float32Array[]> | undefined;
    const old = last?.value.length === ranges.length && this.putOff('hist', String(this.configId));
    const hists = old
      ? last.value
      : this.costlyView('hist', `${this.configId}/${ranges.length}`, this.host.now(), HISTOGRAMS, () =>
          ranges.map((r, l) => this.engine.histogram(l, this.view.histBins, -r, r)),
        ).value;
    return hists.map((h) => h.slice());
  }

  private layerViews(metrics: Metrics, params: Float32Array): LayerView[] {
    const cfg = this.config;
    const layout = this.layout;
    if (cfg === null || layout === null) return [];
    const ranges = cfg.net.layers.map((_, l) => {
      const lm = metrics.layers[l];
      const spread = lm ? Math.abs(lm.preactMean) + 3 * lm.preactStd : 0;
      return RANGES.find((r) => r >= spread) ?? RANGES[RANGES.length - 1] ?? 4;
    });
    const hists = this.histograms(ranges);
    const formula = cfg.net.formula ?? '';
    // A formula layer's parameters are the ones its text declares (`a = 1 in [0.1, 5]`).
    const declared = cfg.net.layers.some((l) => l.act === 'formula')
      ? this.engine.formulaCurve(formula, new Float32Array(0))
      : null;
    const formulaParams = declared && 'params' in declared ? declared.params : [];
    // Learnt activation parameters (min/mean/max over units) are the core's statistics of the buffer.
    const stats = this.engine.paramStats(params);
    return cfg.net.layers.map((layer, l) => {
      const range = ranges[l] ?? 4;
      const meta = actMeta(this.engine.catalogue, layer.act);
      const specs = layer.act === 'formula' ? formulaParams : (meta?.params ?? []);
      const nParams = specs.length;
      const learnt = (layout.layers[l]?.actParamsPerUnit ?? 0) > 0 ? (stats[l]?.learnt ?? []) : [];
      const mean: number[] = [];
      const min: number[] = [];
      const max: number[] = [];
      for (let k = 0; k < nParams; k++) {
        const r = learnt[k];
        if (r === undefined) {
          mean.push(layer.act === 'formula' ? (specs[k]?.def ?? 0) : (layer.params[k] ?? specs[k]?.def ?? 0));
          continue;
        }
        mean.push(r.mean);
        min.push(r.min);
        max.push(r.max);
      }
      const xs = linspace(-range, range, this.view.curvePoints);
      let curve: Curve | null = null;
      if (mean.every(Number.isFinite)) {
        if (layer.act === 'formula') {
          const c = this.engine.formulaCurve(formula, xs, 'x', mean);
          curve = 'f' in c ? { xs: c.xs, f: c.f, df: c.df } : null;
        } else if (meta?.elementwise === true) curve = this.engine.curve(layer.act, mean, xs);
      }
      return {
        range,
        hist: hists[l] ?? new Float32Array(this.view.histBins),
        curve,
        actParams: mean,
        actParamMin: min,
        actParamMax: max,
      };
    });
  }

  private thumbnails(data: DataSettings): void {
    const items = [];
    for (const d of this.engine.catalogue.datasets) {
      const classes = Math.min(d.maxClasses, Math.max(d.minClasses, data.classes));
      // The typed formula draws the chosen dataset's thumbnail; the other formula dataset shows its own.
      const snap = this.engine.makeDataset({
        ...data,
        dataset: d.name,
        classes: classes === 0 ? 2 : classes,
        formula: d.name === data.dataset ? data.formula : undefined,
      });
      if (typeof snap !== 'string') items.push({ name: d.name, data: snap });
    }
    this.host.post({ kind: 'thumbnails', items });
  }
}
