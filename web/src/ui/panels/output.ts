// output.ts — the result: training and test loss, the decision boundary (confidence shading,
// discretised or not, K-class colours, data points) or, for 1-D data, the fitted curve.
import type { DatasetSnapshot, EngineConfig, NetLayout } from '../../engine/types';
import { onLang, setText, t } from '../../i18n';
import type { AppState } from '../../state/types';
import type { AppContext, Frame, Panel } from '../context';
import { fitCanvas, h, ht } from '../dom';
import { fmtLoss, fmtPercent } from '../format';
import { CLASS_COLOURS } from '../palette';
import { drawHeatmap, headKind } from '../render/heatmap';
import { drawPoints } from '../render/points';
import { LiveLabel } from '../live-label';
import type { Change } from '../store';

export class OutputPanel implements Panel {
  readonly el: HTMLElement;
  private readonly train = h('span', { class: 'loss-value', 'data-testid': 'train-loss' }, '–');
  private readonly test = h('span', { class: 'loss-value', 'data-testid': 'test-loss' }, '–');
  private readonly accuracy = h('div', { class: 'accuracy muted' });
  private readonly boundary: HTMLCanvasElement;
  private readonly fit: HTMLCanvasElement;
  private readonly legend = h('div', { class: 'legend' });
  private readonly scratch = document.createElement('canvas');
  /** The data points, drawn once per dataset, size, pixel ratio and test-data flag, then copied every frame. */
  private readonly pointLayer = document.createElement('canvas');
  private pointKey: [DatasetSnapshot | null, number, number, boolean] = [null, 0, 0, false];
  private readonly box: HTMLElement;
  private state: Readonly<AppState>;
  private last: Frame | null = null;
  private oneD = false;
  /** Fresh boundary grids drawn (test hook data-grids on the boundary). */
  private grids = 0;
  /** The boundary's and the fit's text alternatives: what they show now (accuracy, losses). */
  private readonly labels: LiveLabel[];

  constructor(ctx: AppContext) {
    this.state = ctx.store.state;
    // Focusable, so a keyboard user can land on the picture and hear what it shows now.
    this.boundary = h('canvas', { class: 'boundary', 'data-testid': 'boundary', role: 'img', tabindex: '0' });
    this.fit = h('canvas', {
      class: 'boundary fit',
      'data-testid': 'fit-plot',
      role: 'img',
      tabindex: '0',
      hidden: true,
    });
    this.labels = [
      new LiveLabel(this.boundary, () => t('output.boundary')),
      new LiveLabel(this.fit, () => t('output.fit')),
    ];
    onLang(() => this.labels.forEach((l) => l.relabel()));
    this.box = h('div', { class: 'boundary-box', 'data-hide': 'boundary' }, this.boundary, this.fit);
    new ResizeObserver(() => this.last && this.onFrame(this.last)).observe(this.box);
    this.el = h(
      'section',
      { class: 'panel panel-output', 'aria-labelledby': 'output-title' },
      ht('h2', 'output.title', {}, { id: 'output-title', class: 'panel-title' }),
      h(
        'div',
        { class: 'losses', 'aria-live': 'off' },
        h('div', { class: 'loss' }, ht('span', 'output.testLoss', {}, { class: 'loss-label' }), this.test),
        h('div', { class: 'loss' }, ht('span', 'output.trainLoss', {}, { class: 'loss-label' }), this.train),
      ),
      this.accuracy,
      this.box,
      this.legend,
    );
  }

  onState(s: Readonly<AppState>, change: Change): void {
    this.state = s;
    // How the last frame is drawn changed (discretized boundary, test points, language): draw it again.
    // New data or a new network is drawn by its own first frame: redrawing the old one first took
    // 3-5 ms of the noise slider's input handler on the smallest network, more on big ones.
    if (this.last && (change === 'view' || change === 'lang')) this.onFrame(this.last);
  }

  onConfigured(dataset: DatasetSnapshot, _layout: NetLayout, config: EngineConfig): void {
    this.oneD = dataset.dims === 1;
    this.boundary.hidden = this.oneD;
    this.fit.hidden = !this.oneD;
    this.legend.hidden = this.oneD;
    this.buildLegend(dataset, config.net.output);
  }

  onRestart(): void {
    this.train.textContent = '–';
    this.test.textContent = '–';
    this.accuracy.textContent = '';
    for (const l of this.labels) l.update(null);
  }

  onFrame(f: Frame): void {
    if (f !== this.last && f.snap.fresh.grid) this.boundary.dataset['grids'] = String(++this.grids);
    this.last = f;
    const max = this.state.embed ? 250 : 420;
    const size = Math.max(160, Math.min(this.box.clientWidth || 320, max));
    if (this.oneD) this.drawFit(f, size);
    else this.drawBoundary(f, size);
    // The first frame of new weights may come before their losses (Snapshot.measured): as onRestart.
    if (!f.snap.measured) return this.onRestart();
    const m = f.snap.metrics;
    this.train.textContent = fmtLoss(m.trainLoss);
    this.test.textContent = fmtLoss(m.testLoss);
    this.accuracy.textContent =
      f.dataset.classes > 0
        ? t('output.accuracy', { train: fmtPercent(m.trainAccuracy), test: fmtPercent(m.testAccuracy) })
        : '';
    const [boundaryLabel, fitLabel] = this.labels;
    const lossesOnly = this.oneD || f.dataset.classes === 0; // regression: no accuracy
    (this.oneD ? fitLabel : boundaryLabel)?.update(() =>
      lossesOnly
        ? t('a11y.fitNow', { epoch: m.epoch, test: fmtLoss(m.testLoss), train: fmtLoss(m.trainLoss) })
        : t('a11y.boundaryNow', {
            epoch: m.epoch,
            testAcc: fmtPercent(m.testAccuracy),
            trainAcc: fmtPercent(m.trainAccuracy),
            test: fmtLoss(m.testLoss),
            train: fmtLoss(m.trainLoss),
          }),
    );
  }

  private drawBoundary(f: Frame, size: number): void {
    const g = fitCanvas(this.boundary, size, size);
    const d = f.dataset;
    const planes = f.config.net.nOut;
    drawHeatmap(
      g,
      this.scratch,
      f.snap.grid,
      f.snap.gridSize,
      { head: headKind(f.config.net.output), planes, discretize: this.state.discretize },
      size,
      size,
    );
    g.drawImage(this.points(d, size), 0, 0, size, size);
    this.axes(g, size, size, d);
  }

  /** Hundreds of anti-aliased circles cost milliseconds per frame in software rendering; they change
   * only with the data, the size or the test-data flag. */
  private points(d: DatasetSnapshot, size: number): HTMLCanvasElement {
    const test = this.state.showTestData;
    const dpr = globalThis.devicePixelRatio;
    const [pd, ps, pr, pt] = this.pointKey;
    if (pd === d && ps === size && pr === dpr && pt === test) return this.pointLayer;
    this.pointKey = [d, size, dpr, test];
    const g = fitCanvas(this.pointLayer, size, size);
    g.clearRect(0, 0, size, size);
    drawPoints(g, d, 0, d.nTrain, size, size, { radius: 3, stroke: '#ffffff', lineWidth: 1 });
    if (test)
      drawPoints(g, d, d.nTrain, d.nTrain + d.nTest, size, size, {
        radius: 3,
        stroke: '#1f2430',
        lineWidth: 1.2,
      });
    return this.pointLayer;
  }

  private drawFit(f: Frame, size: number): void {
    const w = size;
    const hh = Math.round(size * 0.75);
    const g = fitCanvas(this.fit, w, hh);
    const d = f.dataset;
    g.fillStyle = '#f6f6f4';
    g.fillRect(0, 0, w, hh);
    this.axes(g, w, hh, d);
    drawPoints(g, d, 0, d.nTrain, w, hh, { radius: 2.5, stroke: '#ffffff', lineWidth: 0.8 });
    if (this.state.showTestData)
      drawPoints(g, d, d.nTrain, d.nTrain + d.nTest, w, hh, {
        radius: 2.5,
        stroke: '#E69F00',
        lineWidth: 1.2,
      });
    const fit = f.snap.fit;
    if (!fit) return;
    const { x0, x1, y0, y1 } = d.domain;
    g.strokeStyle = '#0072B2';
    g.lineWidth = 2.5;
    g.beginPath();
    let pen = false;
    for (let i = 0; i < fit.xs.length; i++) {
      const y = fit.ys[i] ?? NaN;
      if (!Number.isFinite(y)) {
        pen = false;
        continue;
      }
      const px = (((fit.xs[i] ?? 0) - x0) / (x1 - x0)) * w;
      const py = (1 - (y - y0) / (y1 - y0)) * hh;
      if (pen) g.lineTo(px, py);
      else g.moveTo(px, py);
      pen = true;
    }
    g.stroke();
  }

  private axes(g: CanvasRenderingContext2D, w: number, hh: number, d: DatasetSnapshot): void {
    const { x0, x1, y0, y1 } = d.domain;
    g.strokeStyle = 'rgba(31,36,48,0.25)';
    g.lineWidth = 1;
    g.beginPath();
    const X = ((0 - x0) / (x1 - x0)) * w;
    const Y = (1 - (0 - y0) / (y1 - y0)) * hh;
    if (X > 0 && X < w) {
      g.moveTo(X, 0);
      g.lineTo(X, hh);
    }
    if (Y > 0 && Y < hh) {
      g.moveTo(0, Y);
      g.lineTo(w, Y);
    }
    g.stroke();
    g.fillStyle = 'rgba(31,36,48,0.55)';
    g.font = '10px system-ui, sans-serif';
    g.fillText(String(x0), 3, hh - 4);
    const right = String(x1);
    g.fillText(right, w - 3 - g.measureText(right).width, hh - 4);
    g.fillText(String(y1), 3, 11);
  }

  private buildLegend(d: DatasetSnapshot, output: string): void {
    if (d.classes > 2) {
      this.legend.replaceChildren(
        ...Array.from({ length: d.classes }, (_, k) => {
          const chip = h('span', { class: 'chip' });
          chip.style.background = CLASS_COLOURS[k] ?? '#444';
          return h(
            'span',
            { class: 'legend-item' },
            chip,
            setText(h('span'), 'output.legendClass', { n: k }),
          );
        }),
      );
      return;
    }
    const bar = h('span', { class: 'legend-bar' });
    const lo = headKind(output) === 'probability' ? '0' : '−1';
    this.legend.replaceChildren(
      d.classes === 0
        ? h('span', { class: 'legend-num' }, lo)
        : setText(h('span', { class: 'legend-num' }), 'output.legendNeg'),
      bar,
      d.classes === 0
        ? h('span', { class: 'legend-num' }, '+1')
        : setText(h('span', { class: 'legend-num' }), 'output.legendPos'),
    );
  }
}
