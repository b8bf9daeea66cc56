// features.ts — pictures of the input features over the default domain, for the features panel and
// the input column of the network diagram (display only).

/** Each feature scaled to about [-1, 1] over [-6, 6]². */
export const FEATURE_PICTURES: Record<string, (x: number, y: number) => number> = {
  x: (x) => x / 6,
  y: (_, y) => y / 6,
  xSquared: (x) => (x * x) / 18 - 1,
  ySquared: (_, y) => (y * y) / 18 - 1,
  xTimesY: (x, y) => (x * y) / 18,
  sinX: (x) => Math.sin(x),
  sinY: (_, y) => Math.sin(y),
};

/** The feature as a size x size grid (row 0 at the top), ready for fillHeatmap. */
export function featureGrid(name: string, size: number): Float32Array {
  const f = FEATURE_PICTURES[name] ?? (() => 0);
  const out = new Float32Array(size * size);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      out[j * size + i] = f(-6 + (12 * (i + 0.5)) / size, 6 - (12 * (j + 0.5)) / size);
    }
  }
  return out;
}
