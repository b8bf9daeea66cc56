// heatmap.ts — network outputs on a grid -> pixels. One output: the diverging scale (confidence =
// saturation); K outputs: the winning class's colour, faded towards white when unsure.
import { CLASS_COLOURS, diverging, hexToRgb, type RGB } from '../palette';

export type HeadKind = 'signed' | 'probability' | 'logprob' | 'classes' | 'regression';

export interface HeatmapOptions {
  /** How to read the values: tanh (-1..1), sigmoid (0..1), softmax family (K planes), regression. */
  head: HeadKind;
  /** Number of output planes in `values` (1, or K classes). */
  planes: number;
  discretize: boolean;
}

const CLASS_RGB: RGB[] = CLASS_COLOURS.map(hexToRgb);
const WHITE: RGB = [246, 246, 244];

/** Fills img (w x h) from values laid out (planes, h, w). Non-finite values draw mid-grey. */
export function fillHeatmap(img: ImageData, values: Float32Array, opt: HeatmapOptions): void {
  const n = img.width * img.height;
  const px = img.data;
  const rgb: RGB = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    let r: number, g: number, b: number;
    if (opt.planes <= 1) {
      let v = values[i] ?? 0;
      if (opt.head === 'probability' || opt.head === 'classes') v = 2 * v - 1;
      else if (opt.head === 'logprob') v = 2 * Math.exp(v) - 1;
      if (opt.discretize) v = v > 0 ? 1 : v < 0 ? -1 : 0;
      if (!Number.isFinite(v)) [r, g, b] = [150, 150, 150];
      else {
        diverging(v, rgb);
        [r, g, b] = rgb;
      }
    } else {
      let best = 0;
      let bestV = -Infinity;
      let sum = 0;
      for (let k = 0; k < opt.planes; k++) {
        let v = values[k * n + i] ?? 0;
        if (opt.head === 'logprob') v = Math.exp(v);
        sum += v;
        if (v > bestV) {
          bestV = v;
          best = k;
        }
      }
      const p = sum > 0 ? bestV / sum : 0;
      const floor = 1 / opt.planes;
      const conf = opt.discretize ? 1 : Math.max(0, Math.min(1, (p - floor) / (1 - floor)));
      const c = CLASS_RGB[best % CLASS_RGB.length] ?? WHITE;
      if (!Number.isFinite(p)) [r, g, b] = [150, 150, 150];
      else {
        const a = 0.15 + 0.75 * conf;
        r = WHITE[0] + (c[0] - WHITE[0]) * a;
        g = WHITE[1] + (c[1] - WHITE[1]) * a;
        b = WHITE[2] + (c[2] - WHITE[2]) * a;
      }
    }
    const k = 4 * i;
    px[k] = r;
    px[k + 1] = g;
    px[k + 2] = b;
    px[k + 3] = 255;
  }
}

/** The way a head's outputs are read. */
export function headKind(output: string): HeadKind {
  switch (output) {
    case 'sigmoid':
      return 'probability';
    case 'softmax':
    case 'softmin':
      return 'classes';
    case 'log_softmax':
      return 'logprob';
    case 'identity':
      return 'regression';
    default:
      return 'signed';
  }
}

/** Draws values (planes, h, w) as a smooth image into the whole of a context's w x h box. */
export function drawHeatmap(
  g: CanvasRenderingContext2D,
  scratch: HTMLCanvasElement | OffscreenCanvas,
  values: Float32Array,
  size: number,
  opt: HeatmapOptions,
  w: number,
  h: number,
): void {
  if (scratch.width !== size || scratch.height !== size) {
    scratch.width = size;
    scratch.height = size;
  }
  const sg = scratch.getContext('2d');
  if (sg === null) return;
  const img = sg.createImageData(size, size);
  fillHeatmap(img, values, opt);
  sg.putImageData(img, 0, 0);
  g.imageSmoothingEnabled = true;
  g.imageSmoothingQuality = 'high';
  g.drawImage(scratch, 0, 0, w, h);
}
