// loss-chart.ts — training and test loss over epochs (bounded history, no animation). The y axis
// stops at 1.5x the starting loss, so a divergence shoots off the top instead of flattening the
// rest of the curve, and a restore rewinds the lines to the restored state.
// Test hook: the box carries data-points (training-loss points kept) and data-from (the first one's
// epoch), so a test can tell a continued history from a restarted one.
import { onLang, t } from '../../i18n';
import type { Frame, Panel } from '../context';
import { fmtLoss } from '../format';
import { History } from '../history';
import { LiveLabel } from '../live-label';
import { OKABE_ITO } from '../palette';
import { Chart, lineOptions, redrawAfterRestart, redrawSoon } from './chartjs';
import { chartBox, chartPanel } from './chart-panel';

export class LossChart implements Panel {
  readonly el: HTMLElement;
  private readonly chart: Chart<'line'>;
  private readonly train = new History();
  private readonly test = new History();
  private cap = Infinity;
  private readonly box: HTMLElement;
  /** The canvas's text alternative: the current losses and the lowest test loss. */
  private readonly label: LiveLabel;
  private best = Infinity;

  constructor() {
    const { box, canvas } = chartBox('loss-chart', 170);
    this.box = box;
    this.label = new LiveLabel(canvas, () => t('charts.loss'));
    this.el = chartPanel(
      {
        title: 'charts.loss',
        desc: 'charts.lossDesc',
        hide: 'lossChart',
        testid: 'loss-chart',
        extraClass: 'panel-loss',
      },
      box,
    );
    const options = lineOptions('linear');
    options.scales = { ...options.scales, y: { ...options.scales?.['y'], min: 0 } };
    this.chart = new Chart(canvas, {
      type: 'line',
      data: {
        datasets: [
          {
            label: '',
            data: this.test.points,
            borderColor: OKABE_ITO.black,
            backgroundColor: OKABE_ITO.black,
          },
          {
            label: '',
            data: this.train.points,
            borderColor: OKABE_ITO.skyBlue,
            backgroundColor: OKABE_ITO.skyBlue,
            borderDash: [5, 3],
          },
        ],
      },
      options,
    });
    onLang(() => {
      const [test, train] = this.chart.data.datasets;
      if (test) test.label = t('charts.test');
      if (train) train.label = t('charts.train');
      const x = this.chart.options.scales?.['x'];
      if (x) x.title = { display: true, text: t('charts.epoch') };
      this.chart.update('none');
      this.label.relabel();
    });
  }

  onFrame(f: Frame): void {
    // Stale metrics (a big network's measurement refreshes less often than frames) add no point.
    if (!f.snap.fresh.metrics) return;
    const m = f.snap.metrics;
    if (this.train.points.length === 0 && Number.isFinite(m.trainLoss) && Number.isFinite(m.testLoss)) {
      this.cap = 1.5 * Math.max(m.trainLoss, m.testLoss, 1e-6);
    }
    if (Number.isFinite(m.trainLoss)) this.train.push(f.snap.progress, m.trainLoss);
    if (Number.isFinite(m.testLoss)) this.test.push(f.snap.progress, m.testLoss);
    if (m.testLoss < this.best) this.best = m.testLoss;
    const best = this.best;
    this.label.update(() =>
      t('a11y.lossNow', {
        epoch: m.epoch,
        train: fmtLoss(m.trainLoss),
        test: fmtLoss(m.testLoss),
        best: fmtLoss(best),
      }),
    );
    let top = 0;
    for (const p of this.train.points) top = Math.max(top, p.y);
    for (const p of this.test.points) top = Math.max(top, p.y);
    const y = this.chart.options.scales?.['y'];
    if (y) y.max = top > this.cap ? this.cap : undefined;
    this.mark();
    redrawSoon(this.chart);
  }

  private mark(): void {
    this.box.dataset['points'] = String(this.train.points.length);
    this.box.dataset['from'] = String(this.train.points[0]?.x ?? '');
  }

  onRestart(): void {
    this.train.clear();
    this.test.clear();
    this.cap = Infinity;
    this.best = Infinity;
    this.label.update(null);
    this.mark();
    redrawAfterRestart(this.chart);
  }

  onRewind(progress: number): void {
    this.train.truncateAfter(progress);
    this.test.truncateAfter(progress);
    this.best = Math.min(Infinity, ...this.test.points.map((p) => p.y));
    this.mark();
    this.chart.update('none');
  }
}
