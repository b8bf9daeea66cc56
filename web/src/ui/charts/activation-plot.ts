// activation-plot.ts — per hidden layer: f (solid) and f' (dashed) of the layer's activation at its
// current parameters, and under them the histogram of the pre-activations z the layer receives
// right now: where z lands on f' is where the gradient lives or dies.
// Test hook: the box carries data-acts (the activations shown, comma-separated).
import type { Catalogue } from '../../engine/types';
import { t } from '../../i18n';
import { actMeta } from '../../state/defaults';
import type { Frame, Panel } from '../context';
import { actName } from '../act-names';
import { clear, fitCanvas, h, ht } from '../dom';
import { fmtParam, fmtPercent } from '../format';
import { drawCurve, withDerivative } from '../render/curve';
import { renderTex } from '../render/katex';
import { SLOW_PANEL_MS, Throttle } from '../throttle';
import { chartPanel } from './chart-panel';

interface Card {
  act: string;
  el: HTMLElement;
  title: HTMLElement;
  canvas: HTMLCanvasElement;
  caption: HTMLElement;
}

const W = 240;
const H = 150;
const CURVE_H = 100;

export class ActivationPlot implements Panel {
  readonly el: HTMLElement;
  private readonly box: HTMLElement;
  private cards: Card[] = [];
  /** The activations the cards show (null before the first frame). */
  private shown: string | null = null;
  /** The text (title, caption) follows at the slow-panel pace on or off screen; the canvases only on. */
  private readonly throttle: Throttle;
  private readonly textThrottle = new Throttle(SLOW_PANEL_MS);

  constructor(private readonly cat: Catalogue) {
    this.box = h('div', { class: 'act-plots', 'data-testid': 'activation-plot' });
    this.throttle = new Throttle(SLOW_PANEL_MS, 0, this.box);
    this.el = chartPanel(
      {
        title: 'charts.activation',
        desc: 'charts.activationDesc',
        hide: 'activationPlot',
        testid: 'activation-plot-panel',
        extraClass: 'panel-act',
      },
      this.box,
    );
  }

  private build(acts: string[]): void {
    clear(this.box);
    if (acts.length === 0) this.box.appendChild(ht('p', 'network.noUnits', {}, { class: 'empty muted' }));
    this.cards = acts.map((act) => {
      const meta = actMeta(this.cat, act);
      const title = h('div', { class: 'act-card-title' });
      const formula = h('div', { class: 'formula' });
      if (meta) renderTex(formula, meta.latex);
      const canvas = h('canvas', { class: 'act-canvas', role: 'img' });
      const caption = h('div', { class: 'act-caption muted' });
      const el = h('figure', { class: 'act-card' }, title, formula, canvas, caption);
      return { act, el, title, canvas, caption };
    });
    this.box.append(...this.cards.map((c) => c.el));
    this.shown = acts.join(',');
    this.box.dataset['acts'] = this.shown;
  }

  onFrame(f: Frame): void {
    const acts = f.config.net.layers.map((l) => l.act);
    if (acts.join(',') !== this.shown) this.build(acts);
    this.textThrottle.run(() => this.label(f));
    this.throttle.run(() => this.paint(f));
  }

  private label(f: Frame): void {
    this.cards.forEach((card, l) => {
      const view = f.snap.layers[l];
      const metrics = f.snap.metrics.layers[l];
      const params = view?.actParams.map(fmtParam).join(', ') ?? '';
      const title = `${t('charts.layerName', { n: l + 1 })} · ${actName(this.cat, card.act)}${params ? ` (${params})` : ''}`;
      if (card.title.textContent !== title) {
        card.title.textContent = title;
        card.canvas.setAttribute('aria-label', title);
      }
      card.caption.textContent = metrics
        ? `${t('charts.dead')} ${fmtPercent(metrics.deadFraction)} · ${t('charts.saturated')} ${fmtPercent(metrics.saturatedFraction)}`
        : '';
    });
  }

  private paint(f: Frame): void {
    this.cards.forEach((card, l) => {
      const view = f.snap.layers[l];
      const g = fitCanvas(card.canvas, W, H);
      g.clearRect(0, 0, W, H);
      if (!view) return;
      this.drawHistogram(g, view.hist, CURVE_H + 4, H - CURVE_H - 16);
      if (view.curve) {
        drawCurve(g, view.curve, 0, 0, W, CURVE_H, withDerivative('rgba(31,36,48,0.2)'));
      } else {
        g.fillStyle = '#6b7280';
        g.font = '12px system-ui, sans-serif';
        g.fillText(t('charts.maxout', { k: f.config.net.layers[l]?.maxoutK ?? 2 }), 6, CURVE_H / 2);
      }
      g.fillStyle = 'rgba(31,36,48,0.6)';
      g.font = '10px system-ui, sans-serif';
      g.fillText(`−${view.range}`, 2, H - 3);
      const right = `${view.range}`;
      g.fillText(right, W - 2 - g.measureText(right).width, H - 3);
      const mid = t('charts.preact');
      g.fillText(mid, (W - g.measureText(mid).width) / 2, H - 3);
    });
  }

  private drawHistogram(g: CanvasRenderingContext2D, hist: Float32Array, y: number, hh: number): void {
    let max = 0;
    for (const c of hist) max = Math.max(max, c);
    const bw = W / Math.max(1, hist.length);
    g.fillStyle = 'rgba(86, 180, 233, 0.55)';
    hist.forEach((c, i) => {
      if (max <= 0) return;
      const bh = (c / max) * hh;
      g.fillRect(i * bw + 0.5, y + hh - bh, Math.max(1, bw - 1), bh);
    });
    g.strokeStyle = 'rgba(31,36,48,0.2)';
    g.beginPath();
    g.moveTo(0, y + hh + 0.5);
    g.lineTo(W, y + hh + 0.5);
    g.stroke();
  }
}
