// pacer.ts — the frame pacing both worker sessions share (playground and lab): while running, run
// the `speed`'s steps per displayed frame (epochs per frame x steps per epoch, or a few steps) in
// slices of at most SLICE_MS, post a snapshot only once the page has drawn the last one, and measure
// steps per second. At speed max there is no step count: the worker trains until the page has drawn
// the last snapshot, so every frame carries as much training as fits in the frame budget. What a step
// and a snapshot are is the session's business (PacedWork). No worker globals: `schedule` and `now`
// are injected.
import { stepsPerFrame, type Speed } from '../state/speed';
import type { WorkerHost } from './host';

/** Longest the worker computes before it looks at its messages again (pause must feel instant). */
const SLICE_MS = 12;

/** Both protocols tell the page that running changed with this message. */
type Running = { kind: 'running'; running: boolean };

export interface PacedWork {
  /** False while there is nothing to train or show (not configured). */
  ready(): boolean;
  /** Optimiser steps in one epoch (of the run that needs the most, in the lab). */
  stepsPerEpoch(): number;
  /** Runs n steps and returns how many ran; may end the run with `setRunning(false)` or `stop()`. */
  advance(n: number): number;
  /** Posts a snapshot (the page acknowledges it with `frame()`). */
  snapshot(): void;
}

export class Pacer {
  private isRunning = false;
  /** TF Playground's pace until the page says otherwise (the page's default is max). */
  speed: Speed = { per: 'epoch', n: 1 };
  /** Steps still to run before the next snapshot. */
  private pending = 0;
  /** The page drew the last snapshot. */
  private acked = true;
  /** Something changed since the last snapshot. */
  private dirty = false;
  private scheduled = false;
  /** Smoothed milliseconds per step, sizes the chunks of a slice. */
  private msPerStep = 0.05;
  /** Milliseconds spent in `advance` since the last snapshot. */
  trainMs = 0;
  private rate = { steps: 0, since: 0, value: 0 };

  constructor(
    private readonly host: WorkerHost<Running>,
    private readonly work: PacedWork,
  ) {}

  /** Steps per frame at the current speed (Infinity at max). */
  private get stepsPerFrame(): number {
    return stepsPerFrame(this.speed, this.work.ready() ? this.work.stepsPerEpoch() : 1);
  }

  get running(): boolean {
    return this.isRunning;
  }

  setRunning(running: boolean): void {
    if (running === this.isRunning) return;
    this.isRunning = running;
    this.pending = running ? this.stepsPerFrame : 0;
    this.rate = { steps: 0, since: this.host.now(), value: 0 };
    this.host.post({ kind: 'running', running });
    this.touch();
  }

  /** Ends the run without a new rate or a wake-up (the current slice posts what it has). */
  stop(): void {
    this.isRunning = false;
    this.pending = 0;
    this.host.post({ kind: 'running', running: false });
    this.dirty = true;
  }

  /** New weights: `stepNow` starts the next frame's steps at once when running (else after a snapshot). */
  restart(stepNow: boolean): void {
    this.pending = stepNow && this.isRunning ? this.stepsPerFrame : 0;
    this.touch();
  }

  /** Something the page shows changed: snapshot when it is ready. */
  touch(): void {
    this.dirty = true;
    this.wake();
  }

  /** The page drew the last snapshot. */
  frame(): void {
    this.acked = true;
    this.pump();
  }

  /** Steps per second for a snapshot taken at `now` (0 when paused), updated every 250 ms. */
  stepsPerSec(now: number): number {
    const elapsed = now - this.rate.since;
    if (elapsed > 250) {
      this.rate.value = this.isRunning ? (1000 * this.rate.steps) / elapsed : 0;
      this.rate = { steps: 0, since: now, value: this.rate.value };
    }
    return this.isRunning ? this.rate.value : 0;
  }

  private wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.host.schedule(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  /** One slice of work: steps for at most SLICE_MS, then a snapshot if the page is ready. */
  private pump(): void {
    if (!this.work.ready()) return;
    // At max, a drawn frame is answered at once; the steps run while the page draws.
    const fill = this.pending === Infinity;
    if (this.isRunning && this.pending > 0 && !(fill && this.acked && this.dirty)) {
      const t0 = this.host.now();
      while (this.pending > 0 && this.host.now() - t0 < SLICE_MS) {
        const n = Math.max(1, Math.min(this.pending, Math.floor(2 / this.msPerStep)));
        this.pending -= n; // before advance(), which may stop the run (pending = 0)
        const t1 = this.host.now();
        const ran = this.work.advance(n);
        const dt = this.host.now() - t1;
        this.trainMs += dt;
        if (ran > 0) this.msPerStep = 0.7 * this.msPerStep + 0.3 * Math.max(1e-4, dt / ran);
        this.rate.steps += ran;
        this.dirty = true;
      }
      if (this.isRunning && this.pending > 0 && !(fill && this.acked)) return this.wake();
    }
    if (this.acked && this.dirty) {
      this.work.snapshot();
      this.trainMs = 0;
      this.acked = false;
      this.dirty = false;
      if (this.isRunning) {
        this.pending = this.stepsPerFrame;
        this.wake();
      }
    }
  }
}
