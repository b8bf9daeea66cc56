// palette.ts — colours, all colour-blind safe: Okabe–Ito for categories, a blue–orange diverging
// scale for signed values (TF Playground's convention: orange negative, blue positive) and viridis
// for ordered things (layers by depth).

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

/** Class colours: class 0 orange and class 1 blue (as the diverging scale's ends), then more. */
export const CLASS_COLOURS: readonly string[] = ['#E69F00', '#0072B2', '#009E73', '#CC79A7', '#D55E00'];

export type RGB = [number, number, number];

export function hexToRgb(hex: string): RGB {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

const NEG: RGB = [230, 145, 0];
const MID: RGB = [246, 246, 244];
const POS: RGB = [0, 114, 178];

/** v in [-1, 1] -> orange .. light grey .. blue. */
export function diverging(v: number, out: RGB = [0, 0, 0]): RGB {
  const t = Math.max(-1, Math.min(1, Number.isFinite(v) ? v : 0));
  const end = t < 0 ? NEG : POS;
  const a = Math.abs(t);
  out[0] = MID[0] + (end[0] - MID[0]) * a;
  out[1] = MID[1] + (end[1] - MID[1]) * a;
  out[2] = MID[2] + (end[2] - MID[2]) * a;
  return out;
}

/** Viridis stops (dark purple .. green-yellow, the palest yellow left out for contrast on white). */
const VIRIDIS: readonly RGB[] = [
  [68, 1, 84],
  [72, 40, 120],
  [62, 74, 137],
  [49, 104, 142],
  [38, 130, 142],
  [31, 158, 137],
  [53, 183, 121],
  [109, 205, 89],
  [180, 222, 44],
];

/** Colour of layer i of n (input side dark, output side bright). */
export function layerColour(i: number, n: number): string {
  const t = n <= 1 ? 0 : i / (n - 1);
  const x = t * (VIRIDIS.length - 1);
  const lo = Math.floor(x);
  const hi = Math.min(VIRIDIS.length - 1, lo + 1);
  const f = x - lo;
  const a = VIRIDIS[lo] ?? VIRIDIS[0];
  const b = VIRIDIS[hi] ?? a;
  if (a === undefined || b === undefined) return '#444';
  const c = a.map((v, k) => Math.round(v + ((b[k] ?? v) - v) * f));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

export const INK = '#1f2430';
export const MUTED = '#6b7280';
export const GRID = 'rgba(31, 36, 48, 0.08)';
