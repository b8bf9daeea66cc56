// param-chart.ts — learnt activation parameters (PReLU slope ...) over time: the mean over units of
// each learnable parameter of each layer that trains them.
import { onLang, t } from '../../i18n';
import type { Frame, Panel } from '../context';
import { h } from '../dom';
import { History } from '../history';
import { layerColour } from '../palette';
import { Chart, lineOptions, redrawAfterRestart, redrawSoon } from './chartjs';
import { chartBox, chartPanel } from './chart-panel';

export class ParamChart implements Panel {
  readonly el: HTMLElement;
  private readonly chart: Chart<'line'>;
  private readonly empty: HTMLElement;
  private readonly box: HTMLElement;
  private keys: string[] = [];
  private series: History[] = [];

  constructor() {
    const { box, canvas } = chartBox('param-chart', 200);
    this.box = box;
    this.empty = h('p', { class: 'empty muted' });
    onLang(() => (this.empty.textContent = t('charts.paramsNone')));
    const body = h('div', {}, box, this.empty);
    this.el = chartPanel(
      {
        title: 'charts.params',
        desc: 'charts.paramsDesc',
        hide: 'paramChart',
        testid: 'param-chart',
        extraClass: 'panel-params',
      },
      body,
    );
    this.chart = new Chart(canvas, { type: 'line', data: { datasets: [] }, options: lineOptions('linear') });
    onLang(() => this.relabel());
  }

  private relabel(): void {
    this.chart.data.datasets.forEach((d, i) => {
      const [layer, name] = (this.keys[i] ?? '0:').split(':');
      d.label = `${t('charts.layerName', { n: Number(layer) + 1 })} · ${name ?? ''}`;
    });
    const x = this.chart.options.scales?.['x'];
    if (x) x.title = { display: true, text: t('charts.epoch') };
    this.chart.update('none');
  }

  onFrame(f: Frame): void {
    const keys: string[] = [];
    const values: number[] = [];
    f.config.net.layers.forEach((_, l) => {
      const view = f.snap.layers[l];
      const lay = f.layout.layers[l];
      if (!view || !lay || lay.actParamsPerUnit === 0) return;
      view.actParams.forEach((v, k) => {
        keys.push(`${l}:${lay.actParamNames[k] ?? `p${k}`}`);
        values.push(v);
      });
    });
    if (keys.join('|') !== this.keys.join('|')) {
      this.keys = keys;
      this.series = keys.map(() => new History());
      this.chart.data.datasets = this.series.map((s, i) => ({
        label: '',
        data: s.points,
        borderColor: layerColour(Number(keys[i]?.split(':')[0]), f.config.net.layers.length + 1),
      }));
      this.relabel();
    }
    this.box.hidden = keys.length === 0;
    this.empty.hidden = keys.length > 0;
    values.forEach((v, i) => {
      if (Number.isFinite(v)) this.series[i]?.push(f.snap.progress, v);
    });
    if (keys.length > 0) redrawSoon(this.chart);
  }

  onRewind(progress: number): void {
    for (const s of this.series) s.truncateAfter(progress);
    this.chart.update('none');
  }

  onRestart(): void {
    for (const s of this.series) s.clear();
    redrawAfterRestart(this.chart);
  }
}
