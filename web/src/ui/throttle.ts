// throttle.ts — "draw this at most every `ms`, and never leave the latest request undrawn". For
// panels whose picture changes little from one frame to the next (charts over time, histograms): the
// boundary and the unit thumbnails still follow every frame, these follow at most 1000/ms times a
// second, which saves a large share of each frame's main-thread time in software rendering.

export class Throttle {
  private last = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: (() => void) | null = null;

  constructor(private readonly ms: number) {}

  /** Runs fn now if the last run is at least `ms` ago, else once when it is due (the latest fn wins). */
  run(fn: () => void): void {
    const now = performance.now();
    if (now - this.last >= this.ms) {
      this.pending = null;
      this.last = now;
      fn();
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
      this.ms - (now - this.last),
    );
  }
}

/** Redraw period of the panels that follow training over time (charts, activation histograms). */
export const SLOW_PANEL_MS = 50;
