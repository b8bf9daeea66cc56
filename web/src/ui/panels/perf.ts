// perf.ts — the benchmark page (URL bench=1): an overlay that says how the real page keeps up while
// training — frames drawn per second, optimiser steps per second, the worker's milliseconds per frame
// (steps, then building the snapshot), the main thread's drawing time per frame and its long tasks.
// It measures the app's own path (worker, snapshots, canvas drawing); it draws nothing else.
//
// Live figures cover the last second. Totals since the last reset (the `perf-reset` button) are also
// written to data-* attributes, which bench/browser.mjs reads. A developer tool: English only.
import type { Snapshot } from '../../worker/protocol';
import { h } from '../dom';

/** The performance mark set when the first boundary frame has been drawn (read by bench/browser.mjs). */
export const FIRST_FRAME_MARK = 'actlab:first-frame';

interface Sample {
  at: number;
  steps: number;
  work: number;
  draw: number;
}

interface Totals {
  since: number;
  last: number;
  frames: number;
  steps: number;
  /** Epochs trained (the snapshots' progress, fractions of an epoch included). */
  epochs: number;
  trainMs: number;
  snapshotMs: number;
  drawMs: number;
  maxDrawMs: number;
  longTasks: number;
  longestTaskMs: number;
}

const WINDOW_MS = 1000;
const REFRESH_MS = 500;

function zero(now: number): Totals {
  return {
    since: now,
    last: now,
    frames: 0,
    steps: 0,
    epochs: 0,
    trainMs: 0,
    snapshotMs: 0,
    drawMs: 0,
    maxDrawMs: 0,
    longTasks: 0,
    longestTaskMs: 0,
  };
}

export class PerfOverlay {
  readonly el: HTMLElement;
  private readonly fps = h('output', { 'data-testid': 'perf-fps' }, '–');
  private readonly steps = h('output', { 'data-testid': 'perf-steps' }, '–');
  private readonly worker = h('output', { 'data-testid': 'perf-worker-ms' }, '–');
  private readonly draw = h('output', { 'data-testid': 'perf-draw-ms' }, '–');
  private readonly longTask = h('output', { 'data-testid': 'perf-longtask' }, 'none');
  private readonly firstRender = h('output', { 'data-testid': 'perf-first-render' }, '–');
  private readonly grid = h('output', { 'data-testid': 'perf-grid' }, '–');
  private recent: Sample[] = [];
  private totals = zero(performance.now());
  private lastStep = 0;
  private lastProgress = 0;
  private shownAt = 0;

  constructor() {
    const reset = h(
      'button',
      { type: 'button', class: 'btn btn-ghost', 'data-testid': 'perf-reset' },
      'reset totals',
    );
    reset.addEventListener('click', () => this.reset());
    const row = (name: string, value: HTMLElement) => {
      const dd = h('dd', {}, value);
      dd.style.margin = '0';
      const r = h('div', {}, h('dt', {}, name), dd);
      Object.assign(r.style, { display: 'flex', justifyContent: 'space-between', gap: '16px' });
      return r;
    };
    const list = h(
      'dl',
      {},
      row('frames/s', this.fps),
      row('steps/s', this.steps),
      row('worker ms/frame (steps + snapshot)', this.worker),
      row('draw ms/frame (mean, max)', this.draw),
      row('longest task ≥ 50 ms', this.longTask),
      row('first render', this.firstRender),
      row('boundary, thumbnails', this.grid),
    );
    list.style.margin = '0 0 6px';
    this.el = h(
      'aside',
      { class: 'perf-overlay', 'data-testid': 'perf', 'aria-label': 'performance' },
      list,
      reset,
    );
    Object.assign(this.el.style, {
      position: 'fixed',
      right: '8px',
      bottom: '8px',
      zIndex: '50',
      padding: '6px 10px',
      background: 'rgba(255,255,255,0.92)',
      border: '1px solid rgba(31,36,48,0.2)',
      borderRadius: '6px',
      font: '12px/1.35 ui-monospace, monospace',
    });
    if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
      new PerformanceObserver((entries) => {
        for (const e of entries.getEntries()) {
          this.totals.longTasks += 1;
          this.totals.longestTaskMs = Math.max(this.totals.longestTaskMs, e.duration);
        }
      }).observe({ type: 'longtask' });
    } else this.longTask.textContent = 'not reported by this browser';
    this.reset();
  }

  /** Zeroes the totals (the harness calls this once training runs, to skip the start-up). */
  reset(): void {
    this.totals = zero(performance.now());
    this.publish();
  }

  /** The page drew `snap`; drawing took `drawMs` on the main thread. */
  frameDrawn(snap: Snapshot, drawMs: number): void {
    const now = performance.now();
    const step = snap.metrics.step;
    const steps = step >= this.lastStep ? step - this.lastStep : step; // a restart counts from 0
    this.lastStep = step;
    const p = snap.progress;
    const epochs = p >= this.lastProgress ? p - this.lastProgress : p;
    this.lastProgress = p;
    const work = snap.workMs.train + snap.workMs.snapshot;
    const t = this.totals;
    t.last = now;
    t.frames += 1;
    t.steps += steps;
    t.epochs += epochs;
    t.trainMs += snap.workMs.train;
    t.snapshotMs += snap.workMs.snapshot;
    t.drawMs += drawMs;
    t.maxDrawMs = Math.max(t.maxDrawMs, drawMs);
    this.recent.push({ at: now, steps, work, draw: drawMs });
    while ((this.recent[0]?.at ?? now) < now - WINDOW_MS) this.recent.shift();
    this.grid.textContent = `${snap.gridSize}×${snap.gridSize}, ${snap.unitGridSize}×${snap.unitGridSize}`;
    this.el.dataset['grid'] = String(snap.gridSize);
    this.el.dataset['unitGrid'] = String(snap.unitGridSize);
    this.el.dataset['wasmBytes'] = String(snap.memory.wasmBytes);
    this.el.dataset['wasmInUse'] = String(snap.memory.inUse);
    this.publish();
    if (now - this.shownAt >= REFRESH_MS) this.show(now);
  }

  private publish(): void {
    const t = this.totals;
    const d = this.el.dataset;
    d['seconds'] = String((t.last - t.since) / 1000);
    d['frames'] = String(t.frames);
    d['steps'] = String(t.steps);
    d['epochs'] = String(t.epochs);
    d['trainMs'] = String(t.trainMs);
    d['snapshotMs'] = String(t.snapshotMs);
    d['drawMs'] = String(t.drawMs);
    d['maxDrawMs'] = String(t.maxDrawMs);
    d['longTasks'] = String(t.longTasks);
    d['longestTaskMs'] = String(t.longestTaskMs);
  }

  private show(now: number): void {
    this.shownAt = now;
    const r = this.recent;
    const span = r.length > 1 ? ((r.at(-1)?.at ?? now) - (r[0]?.at ?? now)) / 1000 : 0;
    const per = (k: 'work' | 'draw') => r.reduce((a, s) => a + s[k], 0) / Math.max(1, r.length);
    // n frames in the window span n - 1 intervals; the first frame's steps happened before the span.
    this.fps.textContent = span > 0 ? ((r.length - 1) / span).toFixed(1) : '–';
    this.steps.textContent =
      span > 0 ? Math.round(r.slice(1).reduce((a, s) => a + s.steps, 0) / span).toString() : '–';
    this.worker.textContent = per('work').toFixed(2);
    this.draw.textContent = `${per('draw').toFixed(2)}, ${Math.max(0, ...r.map((s) => s.draw)).toFixed(1)}`;
    const t = this.totals;
    this.longTask.textContent =
      t.longTasks > 0 ? `${t.longestTaskMs.toFixed(0)} ms (${t.longTasks} since reset)` : 'none since reset';
    const mark = performance.getEntriesByName(FIRST_FRAME_MARK, 'mark')[0];
    if (mark) {
      this.firstRender.textContent = `${mark.startTime.toFixed(0)} ms`;
      this.el.dataset['firstRenderMs'] = String(mark.startTime);
    }
  }
}
