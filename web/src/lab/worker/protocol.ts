// protocol.ts — every message between a lab page (comparison, lesson, explorer) and the lab worker,
// as discriminated unions. The lab worker owns up to MAX_RUNS trainers and steps them in lock-step:
// every live run has made exactly the same number of optimiser steps when a snapshot is taken.
// Add a message: a member here, a case in worker/session.ts (the `never` check points at it).
import type {
  Curve,
  DatasetSnapshot,
  EngineConfig,
  ExportFormat,
  LayerParamStats,
  Metrics,
  NetLayout,
} from '../../engine/types';
import type { Speed } from '../../state/speed';
import type { Fatal, FormulaAnswer, FormulaAsk, Init, Ping, Pong, Ready } from '../../worker/protocol';

export const MAX_RUNS = 4;

/**
 * Two weights to follow step by step (the zig-zag lesson): W[unit, inputs[0]] and W[unit, inputs[1]]
 * of weight layer `layer` (0 = first hidden layer; -1 = the output layer).
 */
export interface TraceSpec {
  layer: number;
  unit: number;
  inputs: [number, number];
}

export interface GradcheckResult {
  /** Epoch of the weights that were checked. */
  epoch: number;
  maxRelError: number;
  /** Parameters skipped because their ±h evaluations straddle a kink (relu at 0 ...). */
  skipped: number;
}

/** Where a run continues from: its last drawn parameters, epoch and optimiser step. */
export interface RunResume {
  params: Float32Array;
  epoch: number;
  step: number;
}

/** Half the width of LINE_XS: the data's range (sine1d: [-6, 6]) and one period 2π beyond each side. */
export const LINE_HALF_WIDTH = 6 + 2 * Math.PI;

/** Evenly spaced x from -LINE_HALF_WIDTH to LINE_HALF_WIDTH, where RunFrame.line samples the network. */
export const LINE_XS: Float32Array = Float32Array.from(
  { length: 161 },
  (_, i) => -LINE_HALF_WIDTH + (2 * LINE_HALF_WIDTH * i) / 160,
);

// ---- page -> worker -------------------------------------------------------------------------------

export type ToLab =
  | Init
  | FormulaAsk
  | Ping
  /** New runs (data, network, training): weights start again. */
  | {
      kind: 'configure';
      configId: number;
      runs: EngineConfig[];
      trace: TraceSpec | null;
      gradcheck: boolean;
      gridSize: number;
      /** Time each run's activation kernels once (about 6 ms per distinct function; ActCost). */
      actCost?: boolean;
      /** Continue every run from these snapshots (a restarted worker, ui/watchdog.ts), one per run. */
      resume?: RunResume[];
    }
  | { kind: 'run'; running: boolean }
  /** One epoch for every run (pauses first). */
  | { kind: 'step' }
  /** The same initial weights again, for every run. */
  | { kind: 'reset' }
  | { kind: 'speed'; speed: Speed }
  /** The page drew the last snapshot: the next one may be posted (display-rate pacing). */
  | { kind: 'frame' }
  /** f and f' of one activation with the given parameters (the explorer's sliders). */
  | { kind: 'curve'; id: number; act: string; params: number[]; xs: Float32Array }
  /** Run `run` (0-based) for `epochs` epochs as a Python script (answered with 'exported'). */
  | { kind: 'export'; id: number; run: number; format: ExportFormat; epochs: number };

// ---- worker -> page -------------------------------------------------------------------------------

/**
 * What a run's activations cost, timed once when it was configured (engine.actCost): a timing of
 * this machine, shown beside the cost per step, never checked.
 */
export interface ActCost {
  /** ns per element, forward + backward, mean over the hidden units (each layer its own function). */
  nsPerElement: number;
  /** Of a step's cost, the activations' share in ms per 1000 steps: ns x batch x hidden units. */
  msPer1000Steps: number;
}

/** One run's state at a snapshot. Every array is a copy owned by the message. */
export interface RunFrame {
  metrics: Metrics;
  /** Epochs as a real number (epoch + the fraction of the current one). */
  progress: number;
  /** Network output on the grid: (nOut, gridSize, gridSize), row 0 at the top. */
  grid: Float32Array;
  /** The whole flat parameter buffer (see engine/types NetLayout for where each layer lives). */
  params: Float32Array;
  /** Per weight layer: drift from step 0, unit spread, learnt activation parameters (the core's). */
  stats: LayerParamStats[];
  /** Traced weight pairs since the previous snapshot, (w_a, w_b) interleaved; empty without a trace. */
  trace: Float32Array;
  /** A gradient check of the current weights, when one ran for this snapshot. */
  gradcheck: GradcheckResult | null;
  diverged: boolean;
  /** Milliseconds of optimiser work per 1000 steps of this run (its measured cost). */
  msPer1000Steps: number;
  /** Its activations' cost (when the configure asked for it and every layer has a kernel), or null. */
  actCost: ActCost | null;
  /** Mean squared error beyond the data's range (worker/beyond.ts); null: no truth there. */
  beyond: number | null;
  /** The network's output along LINE_XS (the data's range and beyond); null as for `beyond`. */
  line: Float32Array | null;
}

export interface LabSnapshot {
  kind: 'snapshot';
  seq: number;
  configId: number;
  /** Increments on configure and reset: histories restart. */
  runId: number;
  running: boolean;
  /** Optimiser steps per second of each run over the last frames; 0 when paused. */
  stepsPerSec: number;
  gridSize: number;
  runs: RunFrame[];
}

export type FromLab =
  | Ready
  | Fatal
  | FormulaAnswer
  | Pong
  | {
      kind: 'configured';
      configId: number;
      /** "" per run, or the core's one-line error. */
      errors: string[];
      datasets: (DatasetSnapshot | null)[];
      layouts: (NetLayout | null)[];
      /** Every run continues from the `resume` it was given; false: fresh weights (none given, or one
       * did not fit — then resumeError says why). */
      resumed: boolean;
      resumeError: string;
    }
  | { kind: 'running'; running: boolean }
  | LabSnapshot
  | { kind: 'curve'; id: number; curve: Curve | null; error: string }
  /** A script (or the core's one-line error; then code is ""), the answer to 'export'. */
  | { kind: 'exported'; id: number; code: string; error: string };

/** Buffers to transfer (not copy) with a message. */
export function labTransferables(msg: FromLab): Transferable[] {
  const list: ArrayBuffer[] = [];
  switch (msg.kind) {
    case 'snapshot':
      for (const r of msg.runs) {
        list.push(
          r.grid.buffer as ArrayBuffer,
          r.params.buffer as ArrayBuffer,
          r.trace.buffer as ArrayBuffer,
        );
        if (r.line) list.push(r.line.buffer as ArrayBuffer);
      }
      break;
    case 'configured':
      for (const d of msg.datasets)
        if (d) list.push(d.x.buffer as ArrayBuffer, d.y.buffer as ArrayBuffer, d.label.buffer as ArrayBuffer);
      break;
    case 'curve':
      if (msg.curve)
        list.push(
          msg.curve.xs.buffer as ArrayBuffer,
          msg.curve.f.buffer as ArrayBuffer,
          msg.curve.df.buffer as ArrayBuffer,
        );
      break;
    default:
      break;
  }
  return [...new Set(list)];
}
