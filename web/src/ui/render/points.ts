// points.ts — drawing data points: class colours for classification, the diverging scale for
// regression targets. Pure functions over a 2-D context.
import type { DatasetSnapshot } from '../../engine/types';
import { CLASS_COLOURS, diverging } from '../palette';

export interface PointStyle {
  radius: number;
  /** Test points are drawn hollow-ish with a dark ring. */
  stroke: string;
  lineWidth: number;
}

export function pointColour(d: DatasetSnapshot, i: number): string {
  const label = d.label[i] ?? 0;
  if (d.classes === 0) {
    const [r, g, b] = diverging(label);
    return `rgb(${r | 0}, ${g | 0}, ${b | 0})`;
  }
  return CLASS_COLOURS[label | 0] ?? '#444';
}

/** Draws points [from, to) of d mapped into a w x h box. */
export function drawPoints(
  ctx: CanvasRenderingContext2D,
  d: DatasetSnapshot,
  from: number,
  to: number,
  w: number,
  h: number,
  style: PointStyle,
): void {
  const { x0, x1, y0, y1 } = d.domain;
  ctx.lineWidth = style.lineWidth;
  ctx.strokeStyle = style.stroke;
  for (let i = from; i < to; i++) {
    const px = (((d.x[i] ?? 0) - x0) / (x1 - x0)) * w;
    const yv = d.dims === 1 ? (d.label[i] ?? 0) : (d.y[i] ?? 0);
    const py = (1 - (yv - y0) / (y1 - y0)) * h;
    ctx.beginPath();
    ctx.arc(px, py, style.radius, 0, 2 * Math.PI);
    ctx.fillStyle = d.dims === 1 ? '#1f2430' : pointColour(d, i);
    ctx.fill();
    if (style.lineWidth > 0) ctx.stroke();
  }
}
