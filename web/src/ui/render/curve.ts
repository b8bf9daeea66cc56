// curve.ts — f and f' of an activation on a small canvas (picker, gallery, activation plot).
import type { Curve } from '../../engine/types';
import { OKABE_ITO } from '../palette';

export interface CurveStyle {
  f: string;
  df: string;
  axes: string;
  lineWidth: number;
  /** y range shown; default: fit f and f' with a margin, at least [-1.2, 1.2]. */
  yRange?: [number, number];
  showDerivative: boolean;
}

/** f (blue) with f' (orange, dashed): the picker, the gallery, the formula preview and the activation
 * plot all draw a function and its derivative in these colours. */
export function withDerivative(axes: string, lineWidth = 2): CurveStyle {
  return { f: OKABE_ITO.blue, df: OKABE_ITO.orange, axes, lineWidth, showDerivative: true };
}

/** f alone on one fixed y range, so the thumbnails of a list compare at a glance (explorer, lessons). */
export function thumbnail(f: string, lineWidth: number): CurveStyle {
  return {
    f,
    df: 'transparent',
    axes: 'rgba(31,36,48,0.15)',
    lineWidth,
    showDerivative: false,
    yRange: [-1.6, 2.6],
  };
}

export function curveRange(c: Curve, withDerivative: boolean): [number, number] {
  let lo = -1.2;
  let hi = 1.2;
  const take = (a: Float32Array) => {
    for (const v of a) {
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  };
  take(c.f);
  if (withDerivative) take(c.df);
  const pad = 0.08 * (hi - lo);
  return [lo - pad, hi + pad];
}

/** Draws into the box (x, y, w, h) of g. */
export function drawCurve(
  g: CanvasRenderingContext2D,
  c: Curve,
  x: number,
  y: number,
  w: number,
  h: number,
  style: CurveStyle,
): void {
  const xs = c.xs;
  const x0 = xs[0] ?? -1;
  const x1 = xs[xs.length - 1] ?? 1;
  const [y0, y1] = style.yRange ?? curveRange(c, style.showDerivative);
  const X = (v: number) => x + ((v - x0) / (x1 - x0)) * w;
  const Y = (v: number) => y + (1 - (v - y0) / (y1 - y0)) * h;
  g.save();
  g.beginPath();
  g.rect(x, y, w, h);
  g.clip();
  g.strokeStyle = style.axes;
  g.lineWidth = 1;
  g.beginPath();
  if (y0 < 0 && y1 > 0) {
    g.moveTo(x, Y(0));
    g.lineTo(x + w, Y(0));
  }
  if (x0 < 0 && x1 > 0) {
    g.moveTo(X(0), y);
    g.lineTo(X(0), y + h);
  }
  g.stroke();
  const line = (a: Float32Array, colour: string, dash: number[]) => {
    g.strokeStyle = colour;
    g.lineWidth = style.lineWidth;
    g.setLineDash(dash);
    g.beginPath();
    let pen = false;
    for (let i = 0; i < a.length; i++) {
      const v = a[i] ?? NaN;
      if (!Number.isFinite(v)) {
        pen = false;
        continue;
      }
      const px = X(xs[i] ?? 0);
      const py = Y(Math.max(y0 - 10 * (y1 - y0), Math.min(y1 + 10 * (y1 - y0), v)));
      if (pen) g.lineTo(px, py);
      else g.moveTo(px, py);
      pen = true;
    }
    g.stroke();
  };
  if (style.showDerivative) line(c.df, style.df, [4, 3]);
  line(c.f, style.f, []);
  g.restore();
}
