// session.ts — the lab worker's training loop: 1..MAX_RUNS trainers (one Engine each, one module)
// stepped in lock-step. Per displayed frame every live run makes the same `stepsPerFrame` optimiser
// steps, then one snapshot carries all of them, so curves compared side by side are compared at the
// same step. No DOM, no worker globals: `post`, `schedule` and `now` are injected, so tests drive it
// in Node against the real module (tests/web/lessons*.test.ts).
import type { Engine } from '../../engine/engine';
import type { Domain, EngineConfig, NetLayout } from '../../engine/types';
import type { WorkerHost } from '../../worker/host';
import { Pacer } from '../../worker/pacer';
import { EpochProgress } from '../../worker/progress';
import { beyondError, beyondLine } from './beyond';
import {
  MAX_RUNS,
  type ActCost,
  type FromLab,
  type GradcheckResult,
  type RunFrame,
  type RunResume,
  type ToLab,
  type TraceSpec,
} from './protocol';

/** Traced points kept between two snapshots at most (the page keeps the path, not the worker). */
const TRACE_CAP = 100_000;

/** One trainer and what the snapshots need to know about it. */
class Run {
  /** Absolute parameter indices of the two traced weights. */
  readonly traceAt: [number, number] | null;
  trace: number[] = [];
  private readonly epochs = new EpochProgress();
  /** Smoothed cost of this run's optimiser steps (ms per step); 0 before any. */
  private cost = 0;
  /** Epoch of the last gradient check (-1: none since the weights started). */
  lastCheckEpoch = -1;
  /** The parameters at step 0 (what the core measures drift from). */
  initial: Float32Array = new Float32Array(0);

  constructor(
    readonly engine: Engine,
    readonly config: EngineConfig,
    readonly layout: NetLayout,
    readonly domain: Domain,
    readonly nTrain: number,
    trace: TraceSpec | null,
    /** Timed once here (the configuration, and so the cost, does not change until the next configure). */
    readonly actCost: ActCost | null = null,
  ) {
    this.traceAt = trace === null ? null : traceIndices(layout, trace);
    this.restart();
  }

  restart(): void {
    this.trace = [];
    this.epochs.reset();
    this.cost = 0;
    this.lastCheckEpoch = -1;
    this.initial = this.engine.params();
    this.record();
  }

  get live(): boolean {
    return !this.engine.diverged;
  }

  /** n optimiser steps (one at a time when two weights are traced); returns how many ran. */
  advance(n: number, now: () => number): number {
    const t0 = now();
    let ran = 0;
    if (this.traceAt === null) ran = this.engine.stepBatches(n);
    else {
      for (let i = 0; i < n && this.live; i++) {
        ran += this.engine.stepBatches(1);
        this.record();
      }
    }
    this.measured(now() - t0, ran);
    return ran;
  }

  /** The rest of the current epoch (one whole epoch from an epoch boundary). */
  advanceEpoch(now: () => number): void {
    if (this.traceAt === null) {
      const t0 = now();
      const before = this.engine.step;
      this.engine.stepEpochs(1);
      this.measured(now() - t0, this.engine.step - before);
      return;
    }
    const epoch = this.engine.epoch;
    while (this.live && this.engine.epoch === epoch) this.advance(1, now);
  }

  private record(): void {
    if (this.traceAt === null || this.trace.length >= 2 * TRACE_CAP) return;
    const p = this.engine.params();
    this.trace.push(p[this.traceAt[0]] ?? NaN, p[this.traceAt[1]] ?? NaN);
  }

  progress(epoch: number, step: number): number {
    return this.epochs.at(epoch, step, this.nTrain, this.config.train.batch);
  }

  /** A moving average, so the module's warm-up (first calls are slower) fades out of the figure. */
  private measured(ms: number, steps: number): void {
    if (steps <= 0) return;
    const perStep = ms / steps;
    this.cost = this.cost === 0 ? perStep : 0.9 * this.cost + 0.1 * perStep;
  }

  get msPer1000Steps(): number {
    return 1000 * this.cost;
  }
}

/**
 * A run's activations timed in the engine's kernels: ns per element (forward + backward) of each
 * hidden layer's function, weighted by its units; per step, x batch. null when a layer has no
 * element-wise kernel (maxout, a formula) or the module cannot time it.
 */
export function measureActCost(engine: Engine, cfg: EngineConfig): ActCost | null {
  const layers = cfg.net.layers;
  const units = layers.reduce((n, l) => n + l.units, 0);
  if (units === 0) return null;
  const seen = new Map<string, number | null>();
  let ns = 0;
  for (const l of layers) {
    const id = `${l.act}|${l.params.join(',')}`;
    if (!seen.has(id)) seen.set(id, engine.actCost(l.act, l.params));
    const c = seen.get(id) ?? null;
    if (c === null) return null;
    ns += c * l.units;
  }
  return { nsPerElement: ns / units, msPer1000Steps: (ns * cfg.train.batch * 1000) / 1e6 };
}

/** Where W[unit, input] of weight layer `layer` (-1 = output) lives in the flat buffer. */
export function traceIndices(layout: NetLayout, t: TraceSpec): [number, number] | null {
  const l = t.layer < 0 ? layout.layers.length + t.layer : t.layer;
  const lay = layout.layers[l];
  if (lay === undefined || t.unit >= lay.units || t.inputs.some((i) => i < 0 || i >= lay.fanIn)) return null;
  const row = lay.weightOffset + t.unit * lay.fanIn;
  return [row + t.inputs[0], row + t.inputs[1]];
}

export class LabSession {
  private readonly pool: Engine[] = [];
  private runs: Run[] = [];
  private configId = 0;
  private runId = 0;
  private seq = 0;
  private gridSize = 48;
  private gradcheck = false;
  /** Lock-step rounds so far (which run starts the next one). */
  private round = 0;
  /** Paces lock-step rounds: a "step" is one step of every live run. */
  private readonly pacer: Pacer;

  constructor(
    private readonly makeEngine: () => Engine,
    private readonly host: WorkerHost<FromLab>,
  ) {
    this.pacer = new Pacer(host, {
      ready: () => this.runs.length > 0,
      stepsPerEpoch: () =>
        Math.max(1, ...this.runs.map((r) => Math.ceil(r.nTrain / Math.max(1, r.config.train.batch)))),
      advance: (n) => this.rounds(n),
      snapshot: () => this.snapshot(),
    });
  }

  handle(msg: ToLab): void {
    switch (msg.kind) {
      case 'init':
      case 'ping':
        return; // the worker entry answers these (module load, pong) before the session sees them
      case 'formula':
        return; // answered by the worker entry (entry.ts), which never passes it on
      case 'configure':
        return this.configure(
          msg.configId,
          msg.runs,
          msg.trace,
          msg.gradcheck,
          msg.gridSize,
          msg.resume,
          msg.actCost,
        );
      case 'run':
        return this.pacer.setRunning(msg.running && this.runs.some((r) => r.live));
      case 'step':
        this.pacer.setRunning(false);
        for (const r of this.runs) if (r.live) r.advanceEpoch(() => this.host.now());
        return this.pacer.touch();
      case 'reset':
        for (const r of this.runs) {
          r.engine.reset();
          r.restart();
        }
        return this.restart();
      case 'speed':
        this.pacer.speed = msg.speed;
        return;
      case 'frame':
        return this.pacer.frame();
      case 'curve':
        return this.curve(msg.id, msg.act, msg.params, msg.xs);
      case 'export': {
        const run = this.runs[msg.run];
        const r = run ? run.engine.exportCode(msg.format, run.config, msg.epochs) : `no run ${msg.run + 1}`;
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
    configs: EngineConfig[],
    trace: TraceSpec | null,
    gradcheck: boolean,
    gridSize: number,
    resume?: RunResume[],
    actCost = false,
  ): void {
    const errors = configs.slice(0, MAX_RUNS).map((c, i) => this.engineAt(i).configure(c));
    if (configs.length === 0 || configs.length > MAX_RUNS)
      errors.push(`runs = ${configs.length} is not allowed (allowed: 1 .. ${MAX_RUNS})`);
    this.configId = configId;
    if (errors.some((e) => e !== '')) {
      this.runs = [];
      this.pacer.setRunning(false);
      this.host.post({
        kind: 'configured',
        configId,
        errors,
        datasets: configs.map(() => null),
        layouts: configs.map(() => null),
        resumed: false,
        resumeError: '',
      });
      return;
    }
    const resumeError = resume ? this.resume(configs.length, resume) : '';
    this.gradcheck = gradcheck;
    this.gridSize = Math.max(8, Math.min(128, Math.floor(gridSize)));
    this.runs = configs.map((c, i) => {
      const engine = this.engineAt(i);
      const data = engine.dataset();
      const cost = actCost ? measureActCost(engine, c) : null;
      return new Run(engine, c, engine.layout(), data.domain, data.nTrain, trace, cost);
    });
    this.host.post({
      kind: 'configured',
      configId,
      errors,
      datasets: this.runs.map((r) => r.engine.dataset()),
      layouts: this.runs.map((r) => r.layout),
      resumed: resume !== undefined && resumeError === '',
      resumeError,
    });
    this.restart();
  }

  /** Sets the n configured engines to the snapshots; '' or why one did not fit (then all start afresh,
   * so the runs stay in lock-step). */
  private resume(n: number, from: RunResume[]): string {
    const lost =
      from.length !== n
        ? `${from.length} snapshots for ${n} runs`
        : from.map((r, i) => this.engineAt(i).resume(r.params, r.epoch, r.step)).find((e) => e !== '');
    if (lost === undefined || lost === '') return '';
    for (let i = 0; i < n; i++) this.engineAt(i).reset();
    return lost;
  }

  /** New weights: the next snapshot shows them before any step (histories start at step 0). */
  private restart(): void {
    this.runId++;
    this.pacer.restart();
  }

  /** n lock-step rounds; returns n. Stops running when no run is live any more. */
  private rounds(n: number): number {
    const now = () => this.host.now();
    // Rotate who goes first, so no run's measured cost carries the round's start-up (caches, timers).
    const k0 = this.round++ % this.runs.length;
    for (let k = 0; k < this.runs.length; k++) {
      const r = this.runs[(k0 + k) % this.runs.length];
      if (r?.live) r.advance(n, now);
    }
    if (!this.runs.some((r) => r.live)) this.pacer.setRunning(false);
    return n;
  }

  /**
   * Builds the snapshot of every run; the pacer posts it when the page is ready. What a snapshot hands
   * over once (the traced points, a gradient check per new epoch) is taken when it is posted, so a
   * snapshot the pacer drops loses nothing (no step runs between building and posting).
   */
  private snapshot(): () => void {
    const stepsPerSec = this.pacer.stepsPerSec(this.host.now());
    const g = this.gridSize;
    const built = this.runs.map((r) => {
      const metrics = r.engine.measure();
      return {
        run: r,
        frame: {
          metrics,
          progress: r.progress(metrics.epoch, metrics.step),
          grid: r.engine.grid(g, g, r.domain),
          params: r.engine.params(),
          stats: r.engine.paramStats(r.initial),
          diverged: r.engine.diverged,
          msPer1000Steps: r.msPer1000Steps,
          actCost: r.actCost,
          beyond: beyondError(r.engine, r.config.data),
          line: beyondLine(r.engine, r.config.data),
        },
      };
    });
    const running = this.pacer.running;
    return () => {
      const runs: RunFrame[] = built.map(({ run: r, frame }) => {
        const trace = Float32Array.from(r.trace);
        r.trace = [];
        return { ...frame, trace, gradcheck: this.maybeGradcheck(r, frame.metrics.epoch) };
      });
      this.host.post({
        kind: 'snapshot',
        seq: ++this.seq,
        configId: this.configId,
        runId: this.runId,
        running,
        stepsPerSec,
        gridSize: g,
        runs,
      });
    };
  }

  /** A gradient check of the current weights when the run reached an epoch not checked yet. */
  private maybeGradcheck(r: Run, epoch: number): GradcheckResult | null {
    if (!this.gradcheck || !r.live || epoch <= r.lastCheckEpoch) return null;
    const g = r.engine.gradcheck(0);
    r.lastCheckEpoch = epoch;
    return { epoch, maxRelError: g.maxRelError, skipped: g.skipped };
  }

  /** The i-th trainer, created on first use and kept (configure reuses it). */
  private engineAt(i: number): Engine {
    const engine = this.pool[i] ?? this.makeEngine();
    this.pool[i] = engine;
    return engine;
  }

  private curve(id: number, act: string, params: number[], xs: Float32Array): void {
    try {
      this.host.post({ kind: 'curve', id, curve: this.engineAt(0).curve(act, params, xs), error: '' });
    } catch (e) {
      // A trap is the engine's death, not a bad request: it must reach the page's watchdog, which
      // restarts the worker (an answered error would leave a broken engine serving the page).
      if (e instanceof WebAssembly.RuntimeError) throw e;
      this.host.post({ kind: 'curve', id, curve: null, error: e instanceof Error ? e.message : String(e) });
    }
  }
}
