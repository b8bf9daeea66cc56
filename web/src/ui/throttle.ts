// throttle.ts — "draw this at most every `ms`, and never leave the latest request undrawn". For
// panels whose picture changes little from one frame to the next (charts over time, histograms): the
// boundary and the unit thumbnails still follow every frame, these follow at most 1000/ms times a
// second, which saves a large share of each frame's main-thread time in software rendering.

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
  constructor(
    private readonly ms: number,
    private readonly duty = 0,
  ) {}

  private get period(): number {
    return Math.max(this.ms, this.duty * this.cost);
  }

  /** Runs fn now if the last run is at least a period ago, else once when it is due (the latest wins). */
  run(fn: () => void): void {
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
