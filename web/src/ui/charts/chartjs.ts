// chartjs.ts — Chart.js with only the pieces used, and the options every chart shares: no parsing
// (data is already {x, y}), no animation, normalised data, small fonts.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  Tooltip,
  type ChartOptions,
  type ChartType,
  type Plugin,
} from 'chart.js';
import { GRID, INK, MUTED } from '../palette';
import { SLOW_PANEL_MS, Throttle } from '../throttle';

declare module 'chart.js' {
  // An augmentation repeats the interface's type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    /** lineOptions() charts: a series shows its points only while it has a single sample. */
    lonePoints?: { enabled: boolean };
  }
}

/**
 * Points show only while a series has a single sample (epoch 0 would show nothing otherwise). The radius
 * is set per dataset before each update, as a plain number: a scriptable `radius` makes Chart.js resolve
 * the options of every point of every series on every update (measured: ~80% of the page's drawing time
 * with the gradient chart's 7 series of up to 400 points), while a plain value is shared by all points.
 * Chart.js refreshes those shared options only in an update that is not mode 'none', so an update that
 * changes a radius is replaced by one in the default mode (no animation either way: animation is off).
 */
const lonePoints: Plugin<'line', { enabled?: boolean }> = {
  id: 'lonePoints',
  beforeUpdate(chart, args, opts) {
    if (opts.enabled !== true) return;
    let changed = false;
    for (const d of chart.data.datasets) {
      const r = (d.data?.length ?? 0) < 2 ? 3 : 0;
      if (d.pointRadius !== r) {
        d.pointRadius = r;
        changed = true;
      }
    }
    if (!changed || args.mode !== 'none') return;
    chart.update('default');
    return false;
  },
};

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  LogarithmicScale,
  BarController,
  BarElement,
  CategoryScale,
  Tooltip,
  Legend,
  Filler,
  lonePoints,
);
Chart.defaults.font.family =
  getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'system-ui, sans-serif';
Chart.defaults.font.size = 11;
Chart.defaults.color = MUTED;

export { Chart };

const throttles = new WeakMap<Chart, Throttle>();

/** A chart's redraw takes at most 1/CHART_DUTY of the main thread's time (a slow machine, big data). */
const CHART_DUTY = 10;

/**
 * A chart's redraw for a new frame: at most every SLOW_PANEL_MS and CHART_DUTY times its own cost, the
 * latest data always drawn.
 */
export function redrawSoon(chart: Chart): void {
  throttle(chart).run(() => chart.update('none'));
}

/**
 * A chart emptied because the weights started again (new data or network, reset): redrawn a period
 * later, with the new run's first points, not in the frame that shows the change. On the 8 x 64
 * network the three charts' redraws took 10-20 ms of that frame, delaying the new data on screen.
 */
export function redrawAfterRestart(chart: Chart): void {
  throttle(chart).later(() => chart.update('none'));
}

function throttle(chart: Chart): Throttle {
  let th = throttles.get(chart);
  if (!th) throttles.set(chart, (th = new Throttle(SLOW_PANEL_MS, CHART_DUTY, chart.canvas)));
  return th;
}

/** Options for a line chart over epochs (x linear). */
/** Log-axis labels at 1, 2 and 5 times powers of ten, or powers of ten only over many decades. */
function logTick(value: number | string, _index: number, ticks: { value: number }[]): string {
  const v = Number(value);
  if (!(v > 0)) return '';
  const e = Math.floor(Math.log10(v) + 1e-9);
  const m = Math.round(v / 10 ** e);
  const values = ticks.map((t) => t.value).filter((t) => t > 0);
  const decades = values.length > 1 ? Math.log10(Math.max(...values) / Math.min(...values)) : 0;
  const shown = decades > 3 ? [1] : [1, 2, 5];
  if (!shown.includes(m) || Math.abs(v / 10 ** e - m) > 1e-6) return '';
  return e >= -3 && e <= 3 ? String(Number(v.toPrecision(1))) : `${m}e${e}`;
}

export function lineOptions(yType: 'linear' | 'logarithmic'): ChartOptions<'line'> {
  return {
    parsing: false,
    normalized: true,
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    spanGaps: true,
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    // Points stay hidden except while a series has a single sample: see lonePoints.
    elements: { point: { radius: 0, hoverRadius: 3 }, line: { borderWidth: 2, tension: 0 } },
    scales: {
      x: {
        type: 'linear',
        min: 0,
        grid: { color: GRID },
        ticks: { maxTicksLimit: 6, color: MUTED },
        border: { color: GRID },
      },
      y: {
        type: yType,
        grid: { color: GRID },
        ticks:
          yType === 'logarithmic'
            ? { maxTicksLimit: 6, color: MUTED, autoSkip: false, callback: logTick }
            : { maxTicksLimit: 6, color: MUTED },
        border: { color: GRID },
      },
    },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 2, color: INK, padding: 10 } },
      tooltip: { enabled: true, mode: 'nearest', axis: 'x', intersect: false },
      lonePoints: { enabled: true },
    },
  };
}
