// protocol.ts — every message between the page and the engine worker, as discriminated unions.
// Add a message: a new member here, a case in session.ts (worker side) and in ui/engine-client.ts
// listeners. The compiler's exhaustiveness checks (never) point at every switch to update.
import type { Speed } from '../state/speed';
import type {
  Catalogue,
  Curve,
  DataSettings,
  DatasetSnapshot,
  DivergenceCause,
  EngineConfig,
  ExportFormat,
  FormulaParamMeta,
  FormulaVars,
  Metrics,
  NetLayout,
  TrainSettings,
} from '../engine/types';

/** What the page wants drawn; sizes the worker's per-frame work. */
export interface ViewRequest {
  /** Decision boundary resolution (gridSize x gridSize). */
  gridSize: number;
  /** Per-unit thumbnail resolution; 0 = no thumbnails. */
  unitGridSize: number;
  /** Bins of each hidden layer's pre-activation histogram. */
  histBins: number;
  /** Samples of f and f' per hidden layer. */
  curvePoints: number;
  /** Samples of the 1-D fit line (sine1d). */
  fitPoints: number;
}

export const DEFAULT_VIEW: ViewRequest = {
  gridSize: 80,
  unitGridSize: 20,
  histBins: 40,
  curvePoints: 121,
  fitPoints: 200,
};

// ---- how every worker starts (playground and lab; worker/entry.ts answers) ---------------------------

/** Load the module (simd=false forces the non-SIMD build). Sent once, first. */
export type Init = { kind: 'init'; simd: boolean };
/** The module is loaded: its catalogue, whether SIMD runs, the activations' default curves. */
export type Ready = {
  kind: 'ready';
  catalogue: Catalogue;
  simd: boolean;
  /** Why the SIMD build is not in use although the browser has SIMD ('' = it is, or no SIMD). */
  simdError: string;
  curves: Record<string, Curve>;
};
/** The module could not be loaded (or the worker failed): nothing will work. message '' = the worker
 * script itself failed to load (an error event without a message). */
export type Fatal = { kind: 'fatal'; message: string };
/**
 * A formula checked by the core's parser (cpp/core/formula.h) and, when it compiles, f and f' on xs
 * (xs may be empty: check only). Answered by the worker entry whatever the page, in order.
 */
/** at: the declared parameters' values for the curve (missing ones: their declared defaults). */
export type FormulaAsk = {
  kind: 'formula';
  id: number;
  text: string;
  vars: FormulaVars;
  xs: Float32Array;
  at?: number[];
};
/** error: "" or the core's one-line message naming the column; curve null unless it compiles. */
export type FormulaAnswer = {
  kind: 'formula';
  id: number;
  error: string;
  curve: Curve | null;
  params: FormulaParamMeta[];
};
/** Are you alive? The entry answers `pong` between two slices of work (ui/watchdog.ts). */
export type Ping = { kind: 'ping' };
export type Pong = { kind: 'pong' };

// ---- page -> worker -------------------------------------------------------------------------------

export type ToWorker =
  | Init
  | FormulaAsk
  | Ping
  /**
   * New data and/or network: weights start again. keepData: the dataset is unchanged. resume: a
   * restarted worker continues the run of the last snapshot the page drew (its parameters, epoch, step).
   */
  | {
      kind: 'configure';
      configId: number;
      config: EngineConfig;
      keepData: boolean;
      resume?: { params: Float32Array; epoch: number; step: number };
    }
  /** Training settings that keep the weights. */
  | { kind: 'train'; train: TrainSettings }
  | { kind: 'run'; running: boolean }
  /** One epoch (pauses first). */
  | { kind: 'step' }
  /** The same initial weights again. */
  | { kind: 'reset' }
  /** New initial weights from seed. */
  | { kind: 'reinit'; seed: number }
  | { kind: 'speed'; speed: Speed }
  | { kind: 'view'; view: ViewRequest }
  /** The page drew the last snapshot: the next one may be posted (display-rate pacing). */
  | { kind: 'frame' }
  /** Back to the last weights whose loss was finite (after a divergence). */
  | { kind: 'restore' }
  /** Small versions of every dataset for the picker. */
  | { kind: 'thumbnails'; data: DataSettings }
  /** The configured run for `epochs` epochs as a Python script (answered with 'exported'). */
  | { kind: 'export'; id: number; format: ExportFormat; epochs: number };

// ---- worker -> page -------------------------------------------------------------------------------

export interface LayerView {
  /** Range of the histogram and of the curves: [-range, range]. */
  range: number;
  /** Pre-activation counts over the training set. */
  hist: Float32Array;
  /** f and f' at the layer's current parameters (mean over units when learnt); null for maxout. */
  curve: Curve | null;
  /** Current activation parameters (mean over units when learnt). */
  actParams: number[];
  /** Min and max over units of the learnt parameters (empty when not learnt). */
  actParamMin: number[];
  actParamMax: number[];
}

/** A script (or the core's one-line error; then code is ""). Both workers answer 'export' with it. */
export interface Exported {
  kind: 'exported';
  id: number;
  code: string;
  error: string;
}

export interface Snapshot {
  kind: 'snapshot';
  seq: number;
  configId: number;
  /** Increments on configure, reset, re-init: histories restart. */
  runId: number;
  running: boolean;
  metrics: Metrics;
  /** Epochs as a real number (epoch + the fraction of the current one): the charts' x axis. */
  progress: number;
  /** Optimiser steps per second over the last frame(s); 0 when paused. */
  stepsPerSec: number;
  /** Worker milliseconds behind this snapshot: optimiser steps since the previous one, building this one. */
  workMs: { train: number; snapshot: number };
  gridSize: number;
  /** (nOut, gridSize, gridSize), row 0 at the top. */
  grid: Float32Array;
  unitGridSize: number;
  /** (totalUnits, u, u); empty when unitGridSize = 0. */
  units: Float32Array;
  /**
   * Whether grid, units and metrics were computed for this snapshot (else they repeat the last ones:
   * heavy views of a big network refresh less often than frames while training runs,
   * worker/session.ts). Stale metrics carry the current epoch and step; charts add points only for
   * fresh ones.
   */
  fresh: { grid: boolean; units: boolean; metrics: boolean };
  /**
   * False when `metrics` were not measured on these weights yet: a running network's first snapshot of
   * new weights (new data, a reset) when measuring costs more than a few ms (worker/session.ts). Only
   * their epoch and step are of this run; the losses and accuracy come with the next snapshot.
   */
  measured: boolean;
  params: Float32Array;
  /** The engine's memory (bytes): the WebAssembly.Memory's size and malloc's bytes in use (the browser
   * soak, bench/soak-browser.mjs, reads them from the benchmark overlay). */
  memory: { wasmBytes: number; inUse: number };
  /** One per hidden layer. */
  layers: LayerView[];
  /** 1-D datasets: the network's prediction along x. */
  fit: { xs: Float32Array; ys: Float32Array } | null;
}

export interface DivergenceReport {
  kind: 'diverged';
  /** The run (see Snapshot.runId) that diverged. */
  runId: number;
  epoch: number;
  step: number;
  /** The core's one-line explanation (English). */
  detail: string;
  /** The same, as facts (what the page says in its language). */
  cause: DivergenceCause;
  trainLoss: number;
  /** Epoch of the weights `restore` brings back; null when none was finite yet. */
  lastGoodEpoch: number | null;
}

export type FromWorker =
  | Ready
  | Fatal
  | FormulaAnswer
  | Pong
  | {
      kind: 'configured';
      configId: number;
      error: string;
      dataset: DatasetSnapshot | null;
      layout: NetLayout | null;
    }
  | { kind: 'error'; message: string }
  | { kind: 'running'; running: boolean }
  | Snapshot
  | DivergenceReport
  /** progress: the restored weights' place on the charts' x axis (epochs). */
  | { kind: 'restored'; epoch: number; progress: number }
  | { kind: 'thumbnails'; items: { name: string; data: DatasetSnapshot }[] }
  | Exported;

/** Buffers to transfer (not copy) with a message. */
export function transferables(msg: FromWorker): Transferable[] {
  switch (msg.kind) {
    case 'snapshot': {
      const list: ArrayBuffer[] = [
        msg.grid.buffer as ArrayBuffer,
        msg.units.buffer as ArrayBuffer,
        msg.params.buffer as ArrayBuffer,
      ];
      for (const l of msg.layers) {
        list.push(l.hist.buffer as ArrayBuffer);
        if (l.curve)
          list.push(
            l.curve.f.buffer as ArrayBuffer,
            l.curve.df.buffer as ArrayBuffer,
            l.curve.xs.buffer as ArrayBuffer,
          );
      }
      if (msg.fit) list.push(msg.fit.xs.buffer as ArrayBuffer, msg.fit.ys.buffer as ArrayBuffer);
      return [...new Set(list)];
    }
    case 'configured':
      return msg.dataset
        ? [
            msg.dataset.x.buffer as ArrayBuffer,
            msg.dataset.y.buffer as ArrayBuffer,
            msg.dataset.label.buffer as ArrayBuffer,
          ]
        : [];
    default:
      return [];
  }
}
