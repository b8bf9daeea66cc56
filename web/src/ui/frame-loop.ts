// frame-loop.ts — the page's half of the pacing (worker/pacer.ts): a snapshot is drawn on the next
// animation frame (the newest wins if two arrive first), then acknowledged with `ack`, which lets the
// worker post the next one. The playground (ui/app.ts) and the comparison (lab/compare/view.ts) draw
// through one of these.

export class FrameLoop<S> {
  private pending: S | null = null;
  private scheduled = false;

  constructor(
    private readonly draw: (snap: S) => void,
    private readonly ack: () => void,
  ) {}

  push(snap: S): void {
    this.pending = snap;
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const snap = this.pending;
    this.pending = null;
    if (snap === null) return;
    this.draw(snap);
    this.ack();
  }
}
