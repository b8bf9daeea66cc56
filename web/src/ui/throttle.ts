// throttle.ts — "draw this at most every `ms`, and never leave the latest request undrawn". For
// panels whose picture changes little from one frame to the next (charts over time, histograms): the
// boundary and the unit thumbnails still follow every frame, these follow at most 1000/ms times a
// second, which saves a large share of each frame's main-thread time in software rendering. Given the
// element it draws into, a Throttle also holds its drawing while the element is off screen and runs
// the latest one when it scrolls into view (on-screen.ts).
import { onScreen } from './on-screen';

export class Throttle {
  private last = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: (() => void) | null = null;
  /** Milliseconds the last run took. */
  private cost = 0;

  /**
   * duty > 0: runs are also at least `duty` times their own last cost apart, so a costly redraw (a
   * chart on a slow or loaded machine) takes at most 1/duty of the thread's time.
   */
  private readonly watch: ReturnType<typeof onScreen> | null;

  constructor(
    private readonly ms: number,
    private readonly duty = 0,
    el: Element | null = null,
  ) {
    this.watch = el ? onScreen(el) : null;
    this.watch?.onShow.add(() => {
      const next = this.pending;
      this.pending = null;
      if (next) this.run(next);
    });
  }

  private get period(): number {
    return Math.max(this.ms, this.duty * this.cost);
  }

  /**
   * Like run, but never now: fn runs a period from now (the latest request wins; run() calls until
   * then join it). For a redraw that must keep out of the current frame.
   */
  later(fn: () => void): void {
    this.last = performance.now();
    this.run(fn);
  }

  /** Runs fn now if the last run is at least a period ago, else once when it is due (the latest wins). */
  run(fn: () => void): void {
    if (this.watch && !this.watch.visible) {
      this.pending = fn; // drawn when the element comes into view
      return;
    }
    const now = performance.now();
    if (now - this.last >= this.period) {
      this.pending = null;
      this.last = now;
      fn();
      this.cost = performance.now() - now;
      return;
    }
    this.pending = fn;
    this.timer ??= setTimeout(
      () => {
        this.timer = null;
        const next = this.pending;
        this.pending = null;
        if (next) this.run(next);
      },
      this.period - (now - this.last),
    );
  }
}

/** Redraw period of the panels that follow training over time (charts, activation histograms). */
export const SLOW_PANEL_MS = 50;
