// workload.mjs — the one definition of every benchmark workload, shared by the scalar-JS baseline and
// every peer: PRNG, TF Playground's spiral, train/test split, input features, the 100×100 grid and the
// initial weights. Whatever a peer measures, it measures it on exactly these numbers.
//
// Conventions (the same as cpp/core/trainer.h):
//   - layer sizes are [n_in, hidden..., 1]; parameters are one flat Float32Array, per weight layer
//     W (out, in) row-major then b (out);
//   - samples are row-major (n, n_in) Float32Arrays; labels are TF Playground's -1 / +1.

// ---- PRNG: xoshiro128** seeded through SplitMix64, a port of cpp/core/rng.h -----------------------
// Never Math.random: the same seed gives the same data and weights in every process, and drawing the
// spiral and its shuffle exactly as cpp/core/dataset.cpp does gives the same train/test split as
// ActLab's own make_dataset.
export class Rng {
  constructor(seed = 1) {
    const mask = (1n << 64n) - 1n;
    let z = BigInt(seed) & mask;
    const s = new Uint32Array(4);
    for (let i = 0; i < 4; i += 2) {
      z = (z + 0x9e3779b97f4a7c15n) & mask;
      let v = z;
      v = ((v ^ (v >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
      v = ((v ^ (v >> 27n)) * 0x94d049bb133111ebn) & mask;
      v ^= v >> 31n;
      s[i] = Number(v & 0xffffffffn);
      s[i + 1] = Number(v >> 32n);
    }
    if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 1;
    this.s = s;
  }

  nextU32() {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  }

  /** Uniform in [0, 1), 24-bit resolution (exactly representable as float32). */
  uniform() {
    return (this.nextU32() >>> 8) * 2 ** -24;
  }

  /** Uniform in [0, 1) as a double, 53-bit resolution (27 + 26 bits of two draws). */
  uniformD() {
    const hi = this.nextU32() >>> 5,
      lo = this.nextU32() >>> 6;
    return (hi * 2 ** 26 + lo) * 2 ** -53;
  }

  /** Uniform integer in [0, n): Lemire's multiply-shift, exact in double for n < 2^21. */
  below(n) {
    return Math.floor((this.nextU32() * n) / 2 ** 32);
  }

  /** Fisher–Yates, in place. */
  shuffle(array) {
    for (let i = array.length; i > 1; --i) {
      const j = this.below(i);
      const t = array[i - 1];
      array[i - 1] = array[j];
      array[j] = t;
    }
  }
}

function rotl(x, k) {
  return (x << k) | (x >>> (32 - k));
}

// ---- Data -----------------------------------------------------------------------------------------

/**
 * TF Playground's classifySpiralData (src/dataset.ts): two arms of n/2 points, r = i/n·5,
 * t = 1.75·i/n·2π + Δt, label +1 for Δt = 0 and -1 for Δt = π, uniform noise in [-1, 1]·noise.
 */
export function spiral(numSamples, noise, rng) {
  const points = [];
  const n = numSamples / 2;
  const arm = (deltaT, label) => {
    for (let i = 0; i < n; i++) {
      const r = (i / n) * 5;
      const t = ((1.75 * i) / n) * 2 * Math.PI + deltaT;
      const x = r * Math.sin(t) + randUniform(rng, -1, 1) * noise;
      const y = r * Math.cos(t) + randUniform(rng, -1, 1) * noise;
      points.push({ x, y, label });
    }
  };
  arm(0, 1);
  arm(Math.PI, -1);
  return points;
}

/** TF Playground's randUniform(a, b), drawing a double like Math.random() (and like the core). */
function randUniform(rng, a, b) {
  return rng.uniformD() * (b - a) + a;
}

/** TF Playground's input features (INPUTS in playground.ts), in its order. */
export const FEATURES = {
  x: (x) => x,
  y: (_x, y) => y,
  xSquared: (x) => x * x,
  ySquared: (_x, y) => y * y,
  xTimesY: (x, y) => x * y,
  sinX: (x) => Math.sin(x),
  sinY: (_x, y) => Math.sin(y),
};

/** Row-major (n, features.length) inputs for the given points. */
export function featurize(points, features) {
  const fns = features.map((name) => {
    const f = FEATURES[name];
    if (!f) throw new Error(`unknown feature "${name}" (allowed: ${Object.keys(FEATURES).join(', ')})`);
    return f;
  });
  const out = new Float32Array(points.length * fns.length);
  points.forEach((p, i) => fns.forEach((f, k) => (out[i * fns.length + k] = f(p.x, p.y))));
  return out;
}

/** A W×H grid over [lo, hi]², row 0 at the top (y = hi), column 0 at x = lo: ActLab's eval_grid order. */
export function gridPoints(w, h, lo, hi) {
  const points = [];
  for (let row = 0; row < h; row++) {
    for (let col = 0; col < w; col++) {
      points.push({ x: lo + ((hi - lo) * col) / (w - 1), y: hi - ((hi - lo) * row) / (h - 1) });
    }
  }
  return points;
}

/**
 * TF Playground's initialisation (nn.ts): every weight uniform in [-0.5, 0.5), every bias 0.1, drawn
 * from our seeded Rng. Flat layout: per weight layer W (out, in) row-major, then b (out).
 */
export function initialParams(sizes, seed) {
  const rng = new Rng(seed);
  const params = new Float32Array(countParams(sizes));
  let o = 0;
  for (let l = 1; l < sizes.length; l++) {
    for (let i = 0; i < sizes[l] * sizes[l - 1]; i++) params[o++] = rng.uniform() - 0.5;
    for (let i = 0; i < sizes[l]; i++) params[o++] = 0.1;
  }
  return params;
}

export function countParams(sizes) {
  let n = 0;
  for (let l = 1; l < sizes.length; l++) n += sizes[l] * (sizes[l - 1] + 1);
  return n;
}

/** [{W, b, nIn, nOut}] views into a flat parameter buffer (no copies). */
export function layerViews(sizes, params) {
  const layers = [];
  let o = 0;
  for (let l = 1; l < sizes.length; l++) {
    const nIn = sizes[l - 1],
      nOut = sizes[l];
    const W = params.subarray(o, o + nIn * nOut);
    o += nIn * nOut;
    const b = params.subarray(o, o + nOut);
    o += nOut;
    layers.push({ W, b, nIn, nOut });
  }
  return layers;
}

/** Fraction of outputs whose sign matches the ±1 label (TF Playground: output ≥ 0 is class +1). */
export function accuracy(outputs, labels) {
  let correct = 0;
  for (let i = 0; i < labels.length; i++) if ((outputs[i] >= 0 ? 1 : -1) === labels[i]) correct++;
  return correct / labels.length;
}

// ---- The workloads ---------------------------------------------------------------------------------

const DATA = { points: 500, noise: 0, trainRatio: 0.5, seed: 1 };
const GRID = { w: 100, h: 100, lo: -6, hi: 6 };
const TRAIN = { lr: 0.03, batch: 10 };

/** Workload 1: TF Playground's spiral on 2→8→8→1 tanh, tanh output, squared error. */
export const STANDARD = {
  name: 'standard',
  features: ['x', 'y'],
  hidden: [8, 8],
  ...TRAIN,
  // Epochs of the timed run whose test accuracy is reported (same for every peer).
  epochs: 1000,
};

/** Workload 2: the largest playground network, all 7 features, 6 hidden layers of 8 units. */
export const LARGEST = {
  name: 'largest',
  features: Object.keys(FEATURES),
  hidden: [8, 8, 8, 8, 8, 8],
  ...TRAIN,
};

/** Workload 3: the standard problem at every width × depth. */
export const SCALE = {
  widths: [8, 16, 32, 64],
  depths: [1, 2, 4, 8],
  spec: (width, depth) => ({ ...STANDARD, name: `w${width}d${depth}`, hidden: Array(depth).fill(width) }),
};

export const WORKLOADS = { standard: STANDARD, largest: LARGEST };

/**
 * Everything a peer needs for one network spec: layer sizes, initial weights, training and test data,
 * grid inputs. Built identically in every process.
 */
export function buildProblem(spec) {
  const rng = new Rng(DATA.seed);
  const points = spiral(DATA.points, DATA.noise, rng);
  rng.shuffle(points);
  const split = Math.floor(points.length * DATA.trainRatio);
  const train = points.slice(0, split);
  const test = points.slice(split);
  const nIn = spec.features.length;
  const sizes = [nIn, ...spec.hidden, 1];
  const grid = gridPoints(GRID.w, GRID.h, GRID.lo, GRID.hi);
  return {
    spec,
    sizes,
    nIn,
    params0: initialParams(sizes, DATA.seed),
    train: {
      x: featurize(train, spec.features),
      label: Float32Array.from(train, (p) => p.label),
      n: train.length,
    },
    test: {
      x: featurize(test, spec.features),
      label: Float32Array.from(test, (p) => p.label),
      n: test.length,
    },
    grid: { x: featurize(grid, spec.features), n: grid.length, w: GRID.w, h: GRID.h },
    lr: spec.lr,
    batch: spec.batch,
    /** Hidden units + the output unit: the thumbnails drawn every frame. */
    totalUnits: sizes.slice(1).reduce((a, b) => a + b, 0),
  };
}

export const DESCRIPTION = {
  data: `TF Playground spiral, ${DATA.points} points, noise ${DATA.noise}, ${DATA.trainRatio * 100}% train, seed ${DATA.seed}`,
  grid: `${GRID.w}×${GRID.h} over [${GRID.lo}, ${GRID.hi}]²`,
  train: `SGD lr ${TRAIN.lr}, batch ${TRAIN.batch}, tanh, tanh output, squared error, TF Playground init (U(-0.5, 0.5), bias 0.1)`,
};
