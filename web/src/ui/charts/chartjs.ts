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
} from 'chart.js';
import { GRID, INK, MUTED } from '../palette';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, BarController, BarElement, CategoryScale, Tooltip, Legend, Filler);
Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'system-ui, sans-serif';
Chart.defaults.font.size = 11;
Chart.defaults.color = MUTED;

export { Chart };

/** Options for a line chart over epochs (x linear). */
export function lineOptions(yType: 'linear' | 'logarithmic'): ChartOptions<'line'> {
  return {
    parsing: false,
    normalized: true,
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    spanGaps: true,
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    // Points stay hidden except while a series has a single sample (epoch 0 would show nothing).
    elements: { point: { radius: (c) => ((c.dataset.data?.length ?? 0) < 2 ? 3 : 0), hoverRadius: 3 }, line: { borderWidth: 2, tension: 0 } },
    scales: {
      x: { type: 'linear', min: 0, grid: { color: GRID }, ticks: { maxTicksLimit: 6, color: MUTED }, border: { color: GRID } },
      y: { type: yType, grid: { color: GRID }, ticks: { maxTicksLimit: 6, color: MUTED }, border: { color: GRID } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 2, color: INK, padding: 10 } },
      tooltip: { enabled: true, mode: 'nearest', axis: 'x', intersect: false },
    },
  };
}
