// beyond-plot.ts — the sine-periodic lesson's picture: every run's network output along x from
// -6 - 2π to 6 + 2π (worker/protocol.ts LINE_XS), over sin(x) dashed, with the range the data came
// from shaded. Inside the shade the networks were trained; outside it the student sees which one
// continues the wave. Drawn on a canvas from the latest snapshot; no computation here.
import { onLang, t } from '../../i18n';
import { fitCanvas, h, ht } from '../../ui/dom';
import { GRID, MUTED } from '../../ui/palette';
import { runColour } from '../platform/labels';
import { LINE_HALF_WIDTH, LINE_XS } from '../worker/protocol';

const W = 640;
const H = 240;
const PAD = 28;
const Y_MAX = 2;
const DATA_EDGE = 6;

export class BeyondPlot {
  readonly el: HTMLElement;
  private readonly canvas = h('canvas', { class: 'beyond-canvas', 'data-testid': 'cmp-beyond', role: 'img' });

  constructor() {
    this.el = h(
      'section',
      { class: 'panel panel-beyond' },
      ht('h2', 'cmp.beyondTitle', {}, { class: 'panel-title' }),
      ht('p', 'cmp.beyondDesc', {}, { class: 'hint' }),
      this.canvas,
    );
    onLang(() => this.canvas.setAttribute('aria-label', t('cmp.beyondTitle')));
  }

  /** `lines[r]`: run r's output along LINE_XS (null: none, another dataset). */
  draw(lines: readonly (Float32Array | null)[]): void {
    const g = fitCanvas(this.canvas, W, H);
    g.clearRect(0, 0, W, H);
    const X = (x: number) => PAD + ((x + LINE_HALF_WIDTH) / (2 * LINE_HALF_WIDTH)) * (W - 2 * PAD);
    const Y = (y: number) => H / 2 - (Math.max(-Y_MAX, Math.min(Y_MAX, y)) / Y_MAX) * (H / 2 - PAD / 2);
    g.fillStyle = 'rgba(120, 120, 120, 0.12)';
    g.fillRect(X(-DATA_EDGE), PAD / 2, X(DATA_EDGE) - X(-DATA_EDGE), H - PAD);
    g.strokeStyle = GRID;
    g.lineWidth = 1;
    g.strokeRect(PAD, PAD / 2, W - 2 * PAD, H - PAD);
    g.fillStyle = MUTED;
    g.font = '11px system-ui, sans-serif';
    g.textAlign = 'center';
    g.fillText(t('cmp.beyondData'), X(0), H - PAD / 2 - 4);
    g.fillText(t('cmp.beyondOutside'), X(-DATA_EDGE - Math.PI), H - PAD / 2 - 4);
    g.fillText(t('cmp.beyondOutside'), X(DATA_EDGE + Math.PI), H - PAD / 2 - 4);
    g.fillText('x', W / 2, H - 2);
    const curve = (ys: (i: number) => number) => {
      g.beginPath();
      LINE_XS.forEach((x, i) => (i === 0 ? g.moveTo(X(x), Y(ys(i))) : g.lineTo(X(x), Y(ys(i)))));
      g.stroke();
    };
    g.strokeStyle = MUTED;
    g.setLineDash([5, 4]);
    g.lineWidth = 1.5;
    curve((i) => Math.sin(LINE_XS[i] ?? 0));
    g.setLineDash([]);
    g.lineWidth = 2;
    let drawn = 0;
    lines.forEach((line, r) => {
      if (line === null || line.length !== LINE_XS.length) return;
      g.strokeStyle = runColour(r);
      curve((i) => line[i] ?? NaN);
      drawn++;
    });
    this.canvas.dataset['runs'] = String(drawn);
  }
}
