// live-label.ts — a canvas's text alternative that follows what it draws. A chart or a boundary is an
// image to a screen reader; its aria-label says what the image shows now (the boundary's accuracy,
// the losses, each layer's gradient). The label is rewritten at most every LABEL_EVERY_MS, not every
// frame (a name changing 60 times a second is noise and costs a DOM write per frame), and a change
// held back by that limit is written when the interval ends, so a paused run's label is its last
// frame's.

/** The slowest a text alternative lags behind the picture. */
export const LABEL_EVERY_MS = 500;

export class LiveLabel {
  private at = -Infinity;
  private detail: (() => string) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `name` says what the element is (called again when the language changes: see relabel). */
  constructor(
    private readonly el: Element,
    private readonly name: () => string,
  ) {
    el.removeAttribute('aria-labelledby'); // it would override aria-label
    el.setAttribute('aria-label', name());
  }

  /** What the picture shows now; computed only when the label is written. null: just the name. */
  update(detail: (() => string) | null): void {
    this.detail = detail;
    const wait = this.at + LABEL_EVERY_MS - performance.now();
    if (wait <= 0) this.write();
    else this.timer ??= setTimeout(() => this.write(), wait);
  }

  /** The language changed: the same detail in the new words, now. */
  relabel(): void {
    this.write();
  }

  private write(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.at = performance.now();
    const d = this.detail?.() ?? '';
    this.el.setAttribute('aria-label', d === '' ? this.name() : `${this.name()}. ${d}`);
  }
}
