// beyond.ts — extrapolation, measured: the network's output beyond the range its data came from.
// sine1d draws x from [-6, 6] with target sin(x) (cpp/core/dataset.cpp, gen_sine1d), so training and
// test points both lie inside that range. BEYOND_XS lie outside it, one period on each side
// ([-6 - 2π, -6) and (6, 6 + 2π]), where the truth is still sin(x): the mean squared error there says
// whether the network continues the pattern. Other datasets have no known truth outside their range.
// The lesson draws the network along protocol.ts' LINE_XS (the data's range and both periods beyond).
import type { Engine } from '../../engine/engine';
import type { DataSettings } from '../../engine/types';
import { LINE_XS } from './protocol';

/** Half of the x values beyond the training range on each side. */
const PER_SIDE = 32;
const EDGE = 6;
const PERIOD = 2 * Math.PI;

/** x beyond [-6, 6]: PER_SIDE evenly spaced points on each side, one period wide, edges excluded. */
export const BEYOND_XS: Float32Array = Float32Array.from({ length: 2 * PER_SIDE }, (_, i) => {
  const k = (i % PER_SIDE) + 1;
  const x = EDGE + (k * PERIOD) / PER_SIDE;
  return i < PER_SIDE ? -x : x;
});

/** The target function beyond the data, or null when the dataset has none there. */
export function truthBeyond(data: DataSettings): ((x: number) => number) | null {
  return data.dataset === 'sine1d' ? Math.sin : null;
}

/**
 * Mean squared error of the network's output against the truth at BEYOND_XS, or null when the
 * dataset has no truth beyond its range.
 */
export function beyondError(engine: Engine, data: DataSettings): number | null {
  const truth = truthBeyond(data);
  if (truth === null) return null;
  const out = engine.predict(BEYOND_XS, new Float32Array(BEYOND_XS.length));
  let sum = 0;
  BEYOND_XS.forEach((x, i) => {
    const d = (out[i] ?? NaN) - truth(x);
    sum += d * d;
  });
  return sum / BEYOND_XS.length;
}

/** The network's output along LINE_XS, or null when the dataset has no truth beyond its range. */
export function beyondLine(engine: Engine, data: DataSettings): Float32Array | null {
  if (truthBeyond(data) === null) return null;
  return engine.predict(LINE_XS, new Float32Array(LINE_XS.length));
}
