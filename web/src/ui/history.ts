// history.ts — a bounded series for charts over time. Capacity is fixed; when it fills, every other
// point is dropped and only every 2nd (4th, ...) new sample is kept, so a long run still shows its
// whole history at an even resolution while memory and redraw cost stay constant. The newest sample
// is always the last point (a provisional one between kept samples), so the chart ends "now".

export interface Point {
  x: number;
  y: number;
}

export class History {
  readonly points: Point[] = [];
  private stride = 1;
  private seen = 0;
  private provisional = false;

  constructor(private readonly capacity = 400) {}

  push(x: number, y: number): void {
    if (this.provisional) {
      this.points.pop();
      this.provisional = false;
    }
    const newest = { x, y };
    this.points.push(newest);
    if (this.seen++ % this.stride !== 0) {
      this.provisional = true;
      return;
    }
    if (this.points.length < this.capacity) return;
    let w = 0;
    for (let r = 0; r < this.points.length; r += 2) {
      const p = this.points[r];
      if (p) this.points[w++] = p;
    }
    this.points.length = w;
    this.stride *= 2;
    if (this.points[w - 1] !== newest) {
      this.points.push(newest);
      this.provisional = true;
    }
  }

  /** Drops the points after x (a restored state: the divergence leaves the chart). */
  truncateAfter(x: number): void {
    while (this.points.length > 0 && (this.points[this.points.length - 1]?.x ?? 0) > x) this.points.pop();
    this.provisional = false;
  }

  clear(): void {
    this.points.length = 0;
    this.stride = 1;
    this.seen = 0;
    this.provisional = false;
  }

  get last(): Point | undefined {
    return this.points[this.points.length - 1];
  }
}
