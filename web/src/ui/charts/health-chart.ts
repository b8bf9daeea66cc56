// health-chart.ts — dead and saturated fraction of each hidden layer's units, right now.
import { onLang, t } from '../../i18n';
import type { Frame, Panel } from '../context';
import { OKABE_ITO, GRID, MUTED } from '../palette';
import { h } from '../dom';
import { Chart, redrawSoon } from './chartjs';
import { chartBox, chartPanel } from './chart-panel';

export class HealthChart implements Panel {
  readonly el: HTMLElement;
  private readonly chart: Chart<'bar'>;
  private readonly summary = h('p', { class: 'chart-summary muted' });
  private healthy = false;

  constructor() {
    const { box, canvas } = chartBox('health-chart', 200);
    this.el = chartPanel(
      {
        title: 'charts.health',
        desc: 'charts.healthDesc',
        hide: 'healthChart',
        testid: 'health-chart',
        extraClass: 'panel-health',
      },
      h('div', {}, box, this.summary),
    );
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: [],
        datasets: [
          { label: '', data: [], backgroundColor: OKABE_ITO.vermillion },
          { label: '', data: [], backgroundColor: OKABE_ITO.skyBlue },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { grid: { display: false }, ticks: { color: MUTED } },
          y: {
            min: 0,
            max: 100,
            grid: { color: GRID },
            ticks: { callback: (v) => `${String(v)}%`, maxTicksLimit: 5, color: MUTED },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${Number(c.raw).toFixed(0)}%` } },
        },
      },
    });
    onLang(() => {
      const [dead, sat] = this.chart.data.datasets;
      if (dead) dead.label = t('charts.dead');
      if (sat) sat.label = t('charts.saturated');
      this.chart.data.labels = (this.chart.data.labels ?? []).map((_, i) =>
        t('charts.layerName', { n: i + 1 }),
      );
      this.summary.textContent = this.healthy ? t('charts.healthOk') : '';
      this.chart.update('none');
    });
  }

  onFrame(f: Frame): void {
    if (!f.snap.fresh.metrics) return; // the bars already show these
    const hidden = f.snap.metrics.layers.slice(0, f.config.net.layers.length);
    this.chart.data.labels = hidden.map((_, i) => t('charts.layerName', { n: i + 1 }));
    const [dead, sat] = this.chart.data.datasets;
    if (dead) dead.data = hidden.map((l) => 100 * l.deadFraction);
    if (sat) sat.data = hidden.map((l) => 100 * l.saturatedFraction);
    this.healthy =
      hidden.length > 0 && hidden.every((l) => l.deadFraction === 0 && l.saturatedFraction === 0);
    this.summary.textContent = this.healthy ? t('charts.healthOk') : '';
    redrawSoon(this.chart);
  }
}
