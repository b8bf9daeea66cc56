// format.ts — numbers as people read them.

export function fmtLoss(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e4)) return v.toExponential(2);
  return v.toFixed(3);
}

export function fmtPercent(v: number): string {
  return Number.isFinite(v) ? `${(100 * v).toFixed(1)}%` : '–';
}

export function fmtRate(v: number): string {
  if (v >= 10000) return `${(v / 1000).toFixed(0)}k`;
  if (v >= 1000) return `${(v / 1000).toFixed(1)}k`;
  return v.toFixed(0);
}

/** Short form of a parameter value: 0.01, 1.5, 1e-4. */
export function fmtParam(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e4)) return v.toExponential(1);
  return String(Number(v.toPrecision(3)));
}
