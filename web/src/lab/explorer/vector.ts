// vector.ts — a picture for the functions that act on a whole vector (the softmax heads): the first
// output as the first logit x varies while the other two logits stay 0, with its derivative
// d p1 / d x. Closed forms, for illustration only (the engine computes the heads when training).
import type { Curve } from '../../engine/types';

/** p1 of softmax([x, 0, 0]) (softmin: of [-x, 0, 0]; log_softmax: log p1); null for other names. */
export function vectorCurve(name: string, xs: Float32Array): Curve | null {
  const f = new Float32Array(xs.length);
  const df = new Float32Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? 0;
    const z = name === 'softmin' ? -x : x;
    const p = 1 / (1 + 2 * Math.exp(-z)); // e^z / (e^z + e^0 + e^0)
    const dp = p * (1 - p) * (name === 'softmin' ? -1 : 1);
    if (name === 'softmax' || name === 'softmin') {
      f[i] = p;
      df[i] = dp;
    } else if (name === 'log_softmax') {
      f[i] = Math.log(p);
      df[i] = 1 - p;
    } else return null;
  }
  return { xs, f, df };
}
