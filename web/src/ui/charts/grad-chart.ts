// grad-chart.ts — THE chart: ‖∂L/∂W‖ of every weight layer over time, log scale, input side dark and
// output side bright. Parallel lines = healthy; a fan opening downwards towards the input =
// vanishing gradients; lines climbing = exploding. Lines are lightly smoothed (an exponential moving
// average in log space, as TensorBoard does) so mini-batch noise does not hide the trend.
// Test hook: the box carries data-series (number of layers) and data-last (latest raw values).
import { onLang, t } from '../../i18n';
import type { Frame, Panel } from '../context';
import { fmtParam } from '../format';
import { History } from '../history';
import { LiveLabel } from '../live-label';
import { layerColour } from '../palette';
import { Chart, lineOptions, redrawAfterRestart, redrawSoon } from './chartjs';
import { chartBox, chartPanel } from './chart-panel';

/** Gradients below this draw at the floor (log scales cannot show 0). */
const FLOOR = 1e-12;
/** Weight of the newest value in the moving average. */
const SMOOTH = 0.35;

export class GradChart implements Panel {
  readonly el: HTMLElement;
  private readonly chart: Chart<'line'>;
  private readonly box: HTMLElement;
  private series: History[] = [];
  private smoothed: number[] = [];
  /** The canvas's text alternative: every layer's current gradient norm. */
  private readonly label: LiveLabel;

  constructor() {
    const { box, canvas } = chartBox('grad-chart', 260);
    this.box = box;
    this.label = new LiveLabel(canvas, () => t('charts.grad'));
    this.el = chartPanel(
      {
        title: 'charts.grad',
        desc: 'charts.gradDesc',
        hide: 'gradChart',
        testid: 'grad-chart',
        extraClass: 'panel-grad',
      },
      box,
    );
    const options = lineOptions('logarithmic');
    this.chart = new Chart(canvas, { type: 'line', data: { datasets: [] }, options });
    onLang(() => this.relabel());
  }

  private relabel(): void {
    const n = this.chart.data.datasets.length;
    this.chart.data.datasets.forEach((d, i) => {
      d.label = i === n - 1 ? t('charts.outputName') : t('charts.layerName', { n: i + 1 });
    });
    const x = this.chart.options.scales?.['x'];
    if (x) x.title = { display: true, text: t('charts.epoch') };
    const y = this.chart.options.scales?.['y'];
    if (y) y.title = { display: true, text: t('charts.gradAxis') };
    this.chart.update('none');
    this.label.relabel();
  }

  private ensure(n: number): void {
    if (this.series.length === n) return;
    this.series = Array.from({ length: n }, () => new History());
    this.smoothed = [];
    this.chart.data.datasets = this.series.map((s, i) => ({
      label: '',
      data: s.points,
      borderColor: layerColour(i, n),
      backgroundColor: layerColour(i, n),
      borderWidth: i === n - 1 ? 2.5 : 2,
    }));
    this.relabel();
  }

  onFrame(f: Frame): void {
    if (!f.snap.fresh.metrics) return; // stale (see loss-chart.ts): no new point, no smoothing step
    const layers = f.snap.metrics.layers;
    this.ensure(layers.length);
    const last: string[] = [];
    layers.forEach((l, i) => {
      const v = l.gradNorm;
      last.push(String(v));
      if (!Number.isFinite(v)) return;
      const logv = Math.log(Math.max(FLOOR, v));
      const prev = this.smoothed[i];
      const s = prev === undefined ? logv : prev + SMOOTH * (logv - prev);
      this.smoothed[i] = s;
      this.series[i]?.push(f.snap.progress, Math.exp(s));
    });
    this.box.dataset['series'] = String(this.chart.data.datasets.length);
    this.box.dataset['last'] = last.join(',');
    const epoch = f.snap.metrics.epoch;
    this.label.update(() =>
      t('a11y.gradNow', {
        epoch,
        values: layers
          .map((l, i) => {
            const name =
              i === layers.length - 1 ? t('charts.outputName') : t('charts.layerName', { n: i + 1 });
            return `${name} ${fmtParam(l.gradNorm)}`;
          })
          .join(', '),
      }),
    );
    redrawSoon(this.chart);
  }

  onRestart(): void {
    for (const s of this.series) s.clear();
    this.smoothed = [];
    this.label.update(null);
    redrawAfterRestart(this.chart);
  }

  onRewind(progress: number): void {
    for (const s of this.series) s.truncateAfter(progress);
    this.smoothed = this.series.map((s) => Math.log(Math.max(FLOOR, s.last?.y ?? FLOOR)));
    this.chart.update('none');
  }
}
