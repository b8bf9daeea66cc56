// path-plot.ts — the zig-zag lesson's picture: the path of two weights of the output unit, one point
// per optimiser step, for every run; and beside it where the steps went (same way: quadrants 1 and 3
// of the update; opposite: 2 and 4). Drawn on a canvas with equal scales on both axes.
import { onLang, t } from '../../i18n';
import { fitCanvas, h, ht } from '../../ui/dom';
import { GRID, INK, MUTED } from '../../ui/palette';
import { alpha } from './charts';
import { runColour } from '../platform/labels';
import { traceDirections, type RunHistory } from '../platform/record';

const W = 320;
const H = 320;

export class PathPlot {
  readonly el: HTMLElement;
  private readonly canvas = h('canvas', { class: 'path-canvas', 'data-testid': 'cmp-path', role: 'img' });
  private readonly counts = h('div', { class: 'path-counts' });
  private labels: readonly string[] = [];

  constructor() {
    this.el = h(
      'section',
      { class: 'panel panel-path' },
      ht('h2', 'cmp.pathTitle', {}, { class: 'panel-title' }),
      ht('p', 'cmp.pathDesc', {}, { class: 'hint' }),
      h('div', { class: 'path-body' }, this.canvas, this.counts),
    );
    onLang(() => this.canvas.setAttribute('aria-label', t('cmp.pathTitle')));
  }

  reset(labels: readonly string[]): void {
    this.labels = labels;
  }

  draw(histories: readonly RunHistory[]): void {
    const g = fitCanvas(this.canvas, W, H);
    g.clearRect(0, 0, W, H);
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const hist of histories) {
      for (let i = 0; i + 1 < hist.trace.length; i += 2) {
        const a = hist.trace[i] ?? NaN;
        const b = hist.trace[i + 1] ?? NaN;
        if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
        x0 = Math.min(x0, a);
        x1 = Math.max(x1, a);
        y0 = Math.min(y0, b);
        y1 = Math.max(y1, b);
      }
    }
    if (!Number.isFinite(x0)) return;
    const span = Math.max(x1 - x0, y1 - y0, 1e-3) * 1.15;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const pad = 28;
    const X = (v: number) => pad + ((v - (cx - span / 2)) / span) * (W - 2 * pad);
    const Y = (v: number) => H - pad - ((v - (cy - span / 2)) / span) * (H - 2 * pad);
    g.strokeStyle = GRID;
    g.lineWidth = 1;
    g.strokeRect(pad, pad, W - 2 * pad, H - 2 * pad);
    g.fillStyle = MUTED;
    g.font = '11px system-ui, sans-serif';
    g.fillText(t('cmp.pathX'), pad, H - 8);
    g.save();
    g.translate(12, H - pad);
    g.rotate(-Math.PI / 2);
    g.fillText(t('cmp.pathY'), 0, 0);
    g.restore();
    const rows: HTMLElement[] = [];
    histories.forEach((hist, r) => {
      const c = runColour(r);
      g.strokeStyle = alpha(c, 0.85);
      g.lineWidth = 1.2;
      g.beginPath();
      let started = false;
      for (let i = 0; i + 1 < hist.trace.length; i += 2) {
        const px = X(hist.trace[i] ?? 0);
        const py = Y(hist.trace[i + 1] ?? 0);
        if (started) g.lineTo(px, py);
        else g.moveTo(px, py);
        started = true;
      }
      g.stroke();
      const n = hist.trace.length;
      if (n >= 2) {
        g.fillStyle = '#fff';
        g.strokeStyle = c;
        g.lineWidth = 2;
        g.beginPath();
        g.arc(X(hist.trace[0] ?? 0), Y(hist.trace[1] ?? 0), 4, 0, 2 * Math.PI);
        g.fill();
        g.stroke();
        g.fillStyle = c;
        g.beginPath();
        g.arc(X(hist.trace[n - 2] ?? 0), Y(hist.trace[n - 1] ?? 0), 4, 0, 2 * Math.PI);
        g.fill();
      }
      const d = traceDirections(hist.trace);
      const total = Math.max(1, d.same + d.opposite);
      const chip = h('span', { class: 'run-chip' });
      chip.style.background = c;
      const bar = h(
        'div',
        { class: 'dir-bar' },
        h('span', { class: 'dir-same' }),
        h('span', { class: 'dir-opposite' }),
      );
      (bar.children[0] as HTMLElement).style.width = `${(100 * d.same) / total}%`;
      (bar.children[1] as HTMLElement).style.width = `${(100 * d.opposite) / total}%`;
      rows.push(
        h(
          'div',
          {
            class: 'dir-row',
            'data-testid': `cmp-directions-${r}`,
            'data-same': d.same,
            'data-opposite': d.opposite,
          },
          h('div', { class: 'dir-name' }, chip, ' ', this.labels[r] ?? ''),
          bar,
          h(
            'div',
            { class: 'dir-text small muted' },
            t('cmp.directions', { same: d.same, opposite: d.opposite }),
          ),
        ),
      );
    });
    g.fillStyle = INK;
    this.counts.replaceChildren(ht('p', 'cmp.dirLegend', {}, { class: 'small' }), ...rows);
  }
}
