// normal-mean.ts — "zero-centred" by measurement, one meaning everywhere: the mean output E f(Z) for
// standard-normal input Z, i.e. what a zero-mean input becomes on average. The catalogue's zeroCentred
// flag is |E f(Z)| < ZERO_CENTRED_TOL at the default parameters (tests/cpp/test_activations.cpp holds
// every row to it); the explorer measures it at the sliders' values with the engine's own f.

export const ZERO_CENTRED_TOL = 0.05;

const STEP = 1 / 40;
const HALF_WIDTH = 8; // the normal density beyond |x| = 8 is below 1e-14

/** Where f is evaluated: [-8, 8] in steps of 1/40. */
export const NORMAL_XS: Float32Array = Float32Array.from(
  { length: 2 * HALF_WIDTH * 40 + 1 },
  (_, i) => -HALF_WIDTH + i * STEP,
);

/** E f(Z), Z ~ N(0, 1), from f at NORMAL_XS (a Riemann sum; f grows at most polynomially). */
export function normalMean(f: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < NORMAL_XS.length; i++) {
    const x = NORMAL_XS[i] ?? 0;
    sum += (f[i] ?? NaN) * Math.exp(-0.5 * x * x);
  }
  return (sum * STEP) / Math.sqrt(2 * Math.PI);
}
