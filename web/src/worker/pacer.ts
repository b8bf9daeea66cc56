// pacer.ts — the frame pacing both worker sessions share (playground and lab): while running, run one
// frame's training (the `speed`'s steps per displayed frame, or at max a time budget) in slices of at
// most SLICE_MS, then build the next snapshot at once and post it as soon as the page has drawn the
// last one; measure steps per second. What a step and a snapshot are is the session's business
// (PacedWork). No worker globals: `schedule` and `now` are injected.
//
// Speed max is time-budgeted: each frame trains for `budgetMs`, sized so that training plus building
// the snapshot fit the frame period — 60 frames/s while a snapshot is cheap, never slower than
// MAX_PERIOD_MS (30 frames/s) because of training. Because the next snapshot is built while the page
// draws the last one, a frame costs max(training + snapshot, drawing), not their sum. When frames still
// come slower than MAX_PERIOD_MS (the page's drawing or other load competes for the cores), the budget
// shrinks further; it grows back when frames come in time. Big networks thus get fewer steps per frame.
import { stepsPerFrame, type Speed } from '../state/speed';
import type { WorkerHost } from './host';

/** Longest the worker computes before it looks at its messages again (pause must feel instant). */
const SLICE_MS = 6;
/** Frame period at max when a snapshot is cheap (60 frames/s). */
export const FAST_PERIOD_MS = 1000 / 60;
/** Slowest frame period training may cause at max (30 frames/s, with a margin). */
export const MAX_PERIOD_MS = 30;
/** Training per frame at max never drops below this (at least one step runs in any case). */
export const MIN_BUDGET_MS = 0.5;
/**
 * Nor below this share of the measured frame period: when frames stay slow with training that small,
 * training is not what holds them back (an overloaded machine), and starving it would gain nothing.
 */
export const MIN_SHARE = 0.1;

/** Both protocols tell the page that running changed with this message. */
type Running = { kind: 'running'; running: boolean };

export interface PacedWork {
  /** False while there is nothing to train or show (not configured). */
  ready(): boolean;
  /** Optimiser steps in one epoch (of the run that needs the most, in the lab). */
  stepsPerEpoch(): number;
  /** Runs n steps and returns how many ran; may end the run with `setRunning(false)` or `stop()`. */
  advance(n: number): number;
  /**
   * Builds a snapshot of the current state and returns what posts it (the page acknowledges it with
   * `frame()`). It may be posted a frame later, or dropped when something changes first.
   */
  snapshot(): () => void;
}

export class Pacer {
  private isRunning = false;
  /** TF Playground's pace until the page says otherwise (the page's default is max). */
  speed: Speed = { per: 'epoch', n: 1 };
  /** Steps still to run in this frame (Infinity at max: the budget ends the frame). */
  private pending = 0;
  /** The page drew the last snapshot. */
  private acked = true;
  /** Something changed since the last snapshot was built. */
  private dirty = false;
  /** The next snapshot, built and waiting for the page to draw the last one. */
  private held: (() => void) | null = null;
  private scheduled = false;
  /** Smoothed milliseconds per step, sizes the chunks of a slice. */
  private msPerStep = 0.05;
  /** Smoothed milliseconds to build a snapshot. */
  private snapshotMs = 1;
  /** Milliseconds of training per frame at max, and the share of it that load leaves (see adapt). */
  private budget = FAST_PERIOD_MS;
  private squeeze = 1;
  /** When the last snapshot of a running max frame was posted (-1: none yet, or not at max). */
  private postedAt = -1;
  /** Smoothed frame period at max, ms. */
  private period = FAST_PERIOD_MS;
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

  /** Training milliseconds per frame at speed max, as last adapted. */
  get budgetMs(): number {
    return this.budget;
  }

  setRunning(running: boolean): void {
    if (running === this.isRunning) return;
    this.isRunning = running;
    this.pending = running ? this.stepsPerFrame : 0;
    this.trainMs = 0;
    this.postedAt = -1;
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
    this.held = null;
  }

  /**
   * New weights: the next snapshot shows them before any step, and goes out without waiting for the
   * page to draw the last one (the page draws the newest of two; at the 8 x 64 network the wait could
   * add a frame to a noise-slider change); training goes on after it.
   */
  restart(): void {
    this.pending = 0;
    this.acked = true;
    this.touch();
  }

  /** Something the page shows changed: a snapshot built before is stale; build one when ready. */
  touch(): void {
    this.dirty = true;
    this.held = null;
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

  /** This frame's training is done: its steps ran, or at max its time budget is spent. */
  private frameDone(): boolean {
    return this.pending === Infinity ? this.trainMs >= this.budget : this.pending <= 0;
  }

  /**
   * One slice of work: steps for at most SLICE_MS until the frame's training is done, then the next
   * snapshot is built, and posted once the page has drawn the last one.
   */
  private pump(): void {
    if (!this.work.ready()) return;
    if (this.isRunning && !this.frameDone()) {
      this.train();
      if (this.isRunning && !this.frameDone()) return this.wake();
    }
    if (this.held === null && this.dirty) {
      const t0 = this.host.now();
      this.held = this.work.snapshot();
      this.dirty = false;
      this.snapshotMs = 0.7 * this.snapshotMs + 0.3 * (this.host.now() - t0);
    }
    if (this.acked && this.held !== null) {
      const post = this.held;
      this.held = null;
      this.adapt();
      post();
      this.acked = false;
      this.trainMs = 0;
      if (this.isRunning) {
        this.pending = this.stepsPerFrame;
        this.wake();
      }
    }
  }

  /** Steps for at most SLICE_MS, in chunks of about 2 ms (at max: no further than the budget). */
  private train(): void {
    const fill = this.pending === Infinity;
    const t0 = this.host.now();
    while (this.pending > 0 && this.host.now() - t0 < SLICE_MS && !this.frameDone()) {
      let n = Math.max(1, Math.min(this.pending, Math.floor(2 / this.msPerStep)));
      if (fill) n = Math.max(1, Math.min(n, Math.floor((this.budget - this.trainMs) / this.msPerStep)));
      this.pending -= n; // before advance(), which may stop the run (pending = 0)
      const t1 = this.host.now();
      const ran = this.work.advance(n);
      const dt = this.host.now() - t1;
      this.trainMs += dt;
      if (ran > 0) this.msPerStep = 0.7 * this.msPerStep + 0.3 * Math.max(1e-4, dt / ran);
      this.rate.steps += ran;
      this.dirty = true;
    }
  }

  /**
   * At max, sizes the next frame's training budget as a snapshot is posted: the frame period aimed at
   * is 60 frames/s, or twice the snapshot's cost (training gets as much time as building the snapshot),
   * but no longer than MAX_PERIOD_MS; the budget is that minus the snapshot's cost. When the measured
   * period still exceeds MAX_PERIOD_MS (drawing or other load holds the frame back), a squeeze factor
   * shrinks the budget, down to MIN_SHARE of the period; it recovers while frames come in time.
   */
  private adapt(): void {
    const now = this.host.now();
    if (!this.isRunning || this.speed.per !== 'max') {
      this.postedAt = -1;
      return;
    }
    const target = Math.min(MAX_PERIOD_MS, Math.max(FAST_PERIOD_MS, 2 * this.snapshotMs));
    if (this.postedAt >= 0) {
      const period = now - this.postedAt;
      this.period = 0.7 * this.period + 0.3 * period;
      if (period > MAX_PERIOD_MS + 3) this.squeeze = Math.max(0.02, this.squeeze * 0.8);
      else if (period < target + 3) this.squeeze = Math.min(1, this.squeeze * 1.1);
    }
    const room = target - this.snapshotMs;
    // A snapshot dearer than the whole target (a big network on a loaded machine) still leaves training
    // its share of the period.
    const share = MIN_SHARE * this.period;
    const floor = Math.max(MIN_BUDGET_MS, room > share ? share : Math.max(room, share));
    this.budget = Math.max(floor, room * this.squeeze);
    this.postedAt = now;
  }
}
