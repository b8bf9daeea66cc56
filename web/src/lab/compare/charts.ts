// charts.ts — the comparison's overlaid charts: loss of every run (test solid, training dashed) and
// the gradient norm of every layer of every run (log scale: colour = run, line = depth), plus the
// learnt-slope chart of the PReLU lesson. Each chart reads the runs' histories; nothing is computed
// here but what is drawn.
import type { ChartDataset } from 'chart.js';
import { onLang, t, type MessageKey } from '../../i18n';
import { Chart, lineOptions } from '../../ui/charts/chartjs';
import { h, ht } from '../../ui/dom';
import { fmtLoss, fmtParam } from '../../ui/format';
import { History } from '../../ui/history';
import { LiveLabel } from '../../ui/live-label';
import { runColour } from '../platform/labels';
import type { Sample } from '../platform/record';

/**
 * Lines only, every point radius fixed at 0 from the first update (hover still shows a point): a
 * radius that changes with the number of samples is cached by Chart.js and would stick. Chart-wide
 * plugins that adjust point radii are switched off for these charts.
 */
function linesOnly<T extends { elements?: unknown; plugins?: unknown }>(options: T): T {
  const plugins = { ...(options.plugins as Record<string, unknown> | undefined) };
  delete plugins['lonePoints'];
  return {
    ...options,
    plugins,
    elements: { point: { radius: 0, hoverRadius: 3 }, line: { borderWidth: 2, tension: 0 } },
  };
}

/** Gradients below this draw at the floor of the log axis (0 cannot be drawn on it). */
/** The x axis title ("epoch"), in the current language. */
function titleEpochs(chart: Chart<'line'>): void {
  const x = chart.options.scales?.['x'];
  if (x) x.title = { display: true, text: t('charts.epoch') };
}

const FLOOR = 1e-10;

export function chartCard(
  title: MessageKey,
  desc: MessageKey,
  testid: string,
  height: number,
): { el: HTMLElement; box: HTMLElement; canvas: HTMLCanvasElement; label: LiveLabel } {
  const canvas = h('canvas', { role: 'img' });
  const box = h('div', { class: 'chart-box', 'data-testid': testid }, canvas);
  box.style.height = `${height}px`;
  // The canvas's text alternative: the title, then what the chart shows now (set by its owner).
  const label = new LiveLabel(canvas, () => t(title));
  onLang(() => label.relabel());
  const el = h(
    'section',
    { class: 'panel panel-chart' },
    ht('h2', title, {}, { class: 'panel-title' }),
    ht('p', desc, {}, { class: 'hint' }),
    box,
  );
  return { el, box, canvas, label };
}

/** "run: …" for every run with a sample, for a chart's text alternative. */
function perRun(
  labels: readonly string[],
  samples: readonly (Sample | undefined)[],
  fn: (s: Sample) => string,
): string {
  const parts: string[] = [];
  samples.forEach((s, i) => {
    if (s) parts.push(`${labels[i] ?? i + 1}: ${fn(s)}`);
  });
  return parts.join('; ');
}

type LineSet = ChartDataset<'line', { x: number; y: number }[]>;
const NO_POINTS = { pointRadius: 0, pointHoverRadius: 3 } as const;

/** Test hook: the box carries data-points (run 1's training-loss points kept) and data-from (the first
 * one's epoch), so a test can tell a continued history from a restarted one. */
export class LossOverlay {
  readonly el: HTMLElement;
  private readonly box: HTMLElement;
  private readonly chart: Chart<'line'>;
  private series: { train: History; test: History }[] = [];
  private readonly label: LiveLabel;
  private labels: readonly string[] = [];

  constructor() {
    const card = chartCard('cmp.lossChart', 'cmp.lossDesc', 'cmp-loss-chart', 230);
    this.el = card.el;
    this.box = card.box;
    this.label = card.label;
    const options = linesOnly(lineOptions('linear'));
    options.scales = { ...options.scales, y: { ...options.scales?.['y'], min: 0 } };
    if (options.plugins?.legend) options.plugins.legend.display = false;
    this.chart = new Chart(card.canvas, { type: 'line', data: { datasets: [] }, options });
    onLang(() => {
      titleEpochs(this.chart);
      this.chart.update('none');
    });
  }

  reset(labels: readonly string[]): void {
    this.labels = labels;
    this.label.update(null);
    this.series = labels.map(() => ({ train: new History(), test: new History() }));
    const sets: LineSet[] = [];
    this.series.forEach((s, i) => {
      const c = runColour(i);
      sets.push({
        ...NO_POINTS,
        label: `${labels[i] ?? ''} · test`,
        data: s.test.points,
        borderColor: c,
        backgroundColor: c,
        borderWidth: 2.2,
      });
      sets.push({
        ...NO_POINTS,
        label: `${labels[i] ?? ''} · train`,
        data: s.train.points,
        borderColor: c,
        backgroundColor: c,
        borderWidth: 1.4,
        borderDash: [5, 4],
      });
    });
    this.chart.data.datasets = sets;
    this.mark();
    this.chart.update('none');
  }

  private mark(): void {
    const train = this.series[0]?.train.points ?? [];
    this.box.dataset['points'] = String(train.length);
    this.box.dataset['from'] = String(train[0]?.x ?? '');
  }

  push(samples: readonly (Sample | undefined)[]): void {
    const labels = this.labels;
    this.label.update(() =>
      t('a11y.cmpNow', {
        epoch: samples.find((s) => s)?.epoch ?? 0,
        values: perRun(
          labels,
          samples,
          (s) => `${t('charts.train')} ${fmtLoss(s.trainLoss)}, ${t('charts.test')} ${fmtLoss(s.testLoss)}`,
        ),
      }),
    );
    let latest = 0;
    samples.forEach((s, i) => {
      const series = this.series[i];
      if (!s || !series) return;
      if (Number.isFinite(s.trainLoss)) series.train.push(s.progress, s.trainLoss);
      if (Number.isFinite(s.testLoss)) series.test.push(s.progress, s.testLoss);
      latest = Math.max(
        latest,
        Number.isFinite(s.testLoss) ? s.testLoss : 0,
        Number.isFinite(s.trainLoss) ? s.trainLoss : 0,
      );
    });
    // One run's huge first loss (or a divergence) must not flatten everyone else's curve: the axis stops
    // at the larger of 3x the largest current loss and the typical starting loss; higher lines run off
    // the top.
    let top = 0;
    for (const s of this.series)
      for (const p of [...s.train.points, ...s.test.points]) top = Math.max(top, p.y);
    const starts = this.series.map((s) => s.train.points[0]?.y ?? 0).sort((a, b) => a - b);
    const cap = niceCeil(Math.max(3 * latest, 1.15 * (starts[starts.length >> 1] ?? 0)));
    const y = this.chart.options.scales?.['y'];
    if (y) y.max = cap > 0 && top > cap ? cap : undefined;
    this.mark();
    this.chart.update('none');
  }
}

export class GradOverlay {
  readonly el: HTMLElement;
  readonly box: HTMLElement;
  private readonly chart: Chart<'line'>;
  private series: History[][] = [];
  private readonly label: LiveLabel;
  private labels: readonly string[] = [];

  constructor() {
    const card = chartCard('cmp.gradChart', 'cmp.gradDesc', 'cmp-grad-chart', 260);
    this.el = card.el;
    this.box = card.box;
    this.label = card.label;
    const options = linesOnly(lineOptions('logarithmic'));
    if (options.plugins?.legend) options.plugins.legend.display = false;
    this.chart = new Chart(card.canvas, { type: 'line', data: { datasets: [] }, options });
    onLang(() => {
      titleEpochs(this.chart);
      this.chart.update('none');
    });
  }

  /** layers[i] = weight layers of run i (hidden + output). */
  reset(labels: readonly string[], layers: readonly number[]): void {
    this.labels = labels;
    this.label.update(null);
    this.series = layers.map((n) => Array.from({ length: n }, () => new History(300)));
    const sets: LineSet[] = [];
    this.series.forEach((run, i) => {
      const c = runColour(i);
      run.forEach((s, l) => {
        const n = run.length;
        const last = l === n - 1;
        const depth = n <= 1 ? 0 : l / (n - 1);
        sets.push({
          ...NO_POINTS,
          label: `${labels[i] ?? ''} · ${last ? t('charts.outputName') : t('charts.layerName', { n: l + 1 })}`,
          data: s.points,
          borderColor: alpha(c, last ? 0.9 : 1 - 0.55 * depth),
          backgroundColor: c,
          borderWidth: l === 0 ? 2.8 : last ? 1.6 : 1.3,
          borderDash: last ? [6, 4] : [],
        });
      });
    });
    this.chart.data.datasets = sets;
    this.box.dataset['series'] = String(sets.length);
    this.chart.update('none');
  }

  push(samples: readonly (Sample | undefined)[]): void {
    const last: string[] = [];
    samples.forEach((s, i) => {
      s?.layers.forEach((l, k) => {
        last.push(String(l.gradNorm));
        // Exactly 0 (a step layer, a dead layer) has no place on a log axis: the line stops there.
        if (Number.isFinite(l.gradNorm) && l.gradNorm > 0)
          this.series[i]?.[k]?.push(s.progress, Math.max(FLOOR, l.gradNorm));
      });
    });
    this.box.dataset['last'] = last.join(',');
    const labels = this.labels;
    this.label.update(() =>
      t('a11y.cmpNow', {
        epoch: samples.find((s) => s)?.epoch ?? 0,
        values: perRun(labels, samples, (s) =>
          s.layers
            .map((l, k) => {
              const name =
                k === s.layers.length - 1 ? t('charts.outputName') : t('charts.layerName', { n: k + 1 });
              return `${name} ${fmtParam(l.gradNorm)}`;
            })
            .join(', '),
        ),
      }),
    );
    this.chart.update('none');
  }
}

/** PReLU lesson: per hidden layer, the mean learnt slope with the min..max band over its units. */
export class SlopesChart {
  readonly el: HTMLElement;
  private readonly chart: Chart<'line'>;
  private series: { min: History; mean: History; max: History }[] = [];

  constructor() {
    const card = chartCard('cmp.slopesChart', 'cmp.slopesDesc', 'cmp-slopes-chart', 230);
    this.el = card.el;
    const options = linesOnly(lineOptions('linear'));
    if (options.plugins?.legend)
      options.plugins.legend.labels = {
        ...options.plugins.legend.labels,
        filter: (item) => !item.text.endsWith('·'),
      };
    this.chart = new Chart(card.canvas, { type: 'line', data: { datasets: [] }, options });
    onLang(() => {
      this.relabel();
      titleEpochs(this.chart);
      const y = this.chart.options.scales?.['y'];
      if (y) y.title = { display: true, text: t('cmp.slopeAxis') };
      this.chart.update('none');
    });
  }

  private relabel(): void {
    this.chart.data.datasets.forEach((d, i) => {
      const layer = Math.floor(i / 3) + 1;
      d.label = i % 3 === 1 ? t('cmp.slopeMean', { n: layer }) : `${t('charts.layerName', { n: layer })} ·`;
    });
  }

  reset(hiddenLayers: number): void {
    this.series = Array.from({ length: hiddenLayers }, () => ({
      min: new History(),
      mean: new History(),
      max: new History(),
    }));
    const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'];
    const sets: LineSet[] = [];
    this.series.forEach((s, l) => {
      const c = palette[l % palette.length] ?? '#444';
      sets.push({
        ...NO_POINTS,
        label: '',
        data: s.min.points,
        borderColor: alpha(c, 0.55),
        backgroundColor: c,
        borderWidth: 1.2,
        borderDash: [3, 3],
      });
      sets.push({
        ...NO_POINTS,
        label: '',
        data: s.mean.points,
        borderColor: c,
        backgroundColor: c,
        borderWidth: 2.6,
      });
      sets.push({
        ...NO_POINTS,
        label: '',
        data: s.max.points,
        borderColor: alpha(c, 0.55),
        backgroundColor: c,
        borderWidth: 1.2,
        borderDash: [3, 3],
      });
    });
    this.chart.data.datasets = sets;
    this.relabel();
    this.chart.update('none');
  }

  push(s: Sample | undefined): void {
    if (!s) return;
    this.series.forEach((series, l) => {
      const a = s.layers[l]?.learnt[0];
      if (!a) return;
      series.min.push(s.progress, a.min);
      series.mean.push(s.progress, a.mean);
      series.max.push(s.progress, a.max);
    });
    this.chart.update('none');
  }
}

/** The next of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten (axis ends that tick well). */
export function niceCeil(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return v;
  const e = 10 ** Math.floor(Math.log10(v));
  const m = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((x) => x * e >= v * (1 - 1e-9)) ?? 10;
  return m * e;
}

/** '#0072B2' with opacity a -> 'rgba(...)'. */
export function alpha(hex: string, a: number): string {
  const v = parseInt(hex.slice(1), 16);
  return `rgba(${(v >> 16) & 255}, ${(v >> 8) & 255}, ${v & 255}, ${a.toFixed(3)})`;
}
