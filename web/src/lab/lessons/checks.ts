// checks.ts — did the lesson's phenomenon actually happen in THIS run? Each check is a pure function
// of the runs' metric histories (compare/record.ts): engine metrics and functions of the engine's
// parameters, never time or a script. It returns `done` and the measured facts that justify it, which
// the lesson panel shows beside the check mark. Thresholds were chosen from real runs of the engine
// (tests/web/lessons.test.ts runs every lesson against the WASM module, and each check also against
// a run where the phenomenon does not happen).
import {
  epochsTo,
  hiddenMean,
  latest,
  median,
  traceDirections,
  type RunHistory,
  type Sample,
} from '../platform/record';
import type { LessonKey } from '../../i18n/lessons.en';

export interface Fact {
  /** The run the fact is about (its label and colour are shown); undefined: the whole lesson. */
  run?: number;
  key: LessonKey;
  values?: Record<string, string | number>;
  /** Whether this fact is on the lesson's side yet (drawn as met / not yet). */
  ok: boolean;
}

export interface CheckResult {
  done: boolean;
  facts: Fact[];
}

export type Check = (runs: readonly RunHistory[]) => CheckResult;

const pct = (v: number) => `${(100 * v).toFixed(0)}%`;
const num = (v: number) =>
  v === 0
    ? '0'
    : Number.isFinite(v)
      ? Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4
        ? String(Number(v.toPrecision(3)))
        : v.toExponential(1)
      : String(v);
const empty: CheckResult = { done: false, facts: [] };

/** The latest sample of every run, or null while one has none. */
function latestAll(runs: readonly RunHistory[]): Sample[] | null {
  const out: Sample[] = [];
  for (const r of runs) {
    const s = latest(r);
    if (s === undefined) return null;
    out.push(s);
  }
  return out;
}

/** 1. A linear network cannot separate XOR however deep; tanh can (same shape, same data). */
export function checkNonlinearity(minEpochs: number, solved: number, linearMax: number): Check {
  return (runs) => {
    const now = latestAll(runs);
    const [lin, tanh] = now ?? [];
    if (!lin || !tanh) return empty;
    const linOk = lin.testAcc < linearMax;
    const tanhOk = tanh.testAcc >= solved;
    return {
      done: tanh.epoch >= minEpochs && linOk && tanhOk,
      facts: [
        { run: 0, key: 'fact.testAcc', values: { v: pct(lin.testAcc) }, ok: linOk && lin.epoch >= minEpochs },
        { run: 1, key: 'fact.testAcc', values: { v: pct(tanh.testAcc) }, ok: tanhOk },
      ],
    };
  };
}

/** 2. Below a step layer no gradient arrives: layer 1's gradient is exactly 0 and its weights never move. */
export function checkStep(minEpochs: number): Check {
  return (runs) => {
    const [step, smooth] = runs;
    const s = step && latest(step);
    const o = smooth && latest(smooth);
    if (!step || !s || !o) return empty;
    const frozen = step.samples.every((x) => x.layers[0]?.gradNorm === 0 && x.layers[0]?.drift === 0);
    const topMoved = (s.layers[s.layers.length - 1]?.drift ?? 0) > 0;
    const otherMoved = (o.layers[0]?.drift ?? 0) > 0;
    return {
      done: s.epoch >= minEpochs && frozen && topMoved && otherMoved,
      facts: [
        {
          run: 0,
          key: 'fact.frozen',
          values: { g: num(s.layers[0]?.gradNorm ?? NaN), d: num(s.layers[0]?.drift ?? NaN) },
          ok: frozen && s.epoch >= minEpochs,
        },
        {
          run: 0,
          key: 'fact.outputMoved',
          values: { d: num(s.layers[s.layers.length - 1]?.drift ?? 0) },
          ok: topMoved,
        },
        { run: 1, key: 'fact.firstMoved', values: { d: num(o.layers[0]?.drift ?? 0) }, ok: otherMoved },
      ],
    };
  };
}

/** Gradient norm of the first weight layer over the last one's. */
export function firstToLast(s: Sample): number {
  const first = s.layers[0]?.gradNorm ?? NaN;
  const last = s.layers[s.layers.length - 1]?.gradNorm ?? NaN;
  return first / last;
}

/** 3. Deep sigmoid: the first layer gets < 1/100 of the last layer's gradient; ReLU + He stays within 10x. */
export function checkVanishing(minEpochs: number, minSamples: number): Check {
  return (runs) => {
    const [sig, relu] = runs;
    const now = latestAll(runs);
    if (!sig || !relu || !now) return empty;
    const rs = median(sig.samples.map(firstToLast));
    const rr = median(relu.samples.map(firstToLast));
    const enough = sig.samples.length >= minSamples && (now[0]?.epoch ?? 0) >= minEpochs;
    const sigOk = rs < 0.01;
    const reluOk = rr > 0.1 && rr < 10;
    return {
      done: enough && sigOk && reluOk,
      facts: [
        { run: 0, key: 'fact.gradRatio', values: { v: num(rs) }, ok: enough && sigOk },
        { run: 1, key: 'fact.gradRatio', values: { v: num(rr) }, ok: enough && reluOk },
      ],
    };
  };
}

/**
 * 4. Sigmoid outputs are all positive, so with one example per step both weights into a unit move the
 * same way every time (updates only towards quadrants 1 and 3); with tanh they also move oppositely.
 */
export function checkZigzag(minUpdates: number, minOpposite: number): Check {
  return (runs) => {
    const [sig, tanh] = runs;
    if (!sig || !tanh) return empty;
    const a = traceDirections(sig.trace);
    const b = traceDirections(tanh.trace);
    const na = a.same + a.opposite;
    const nb = b.same + b.opposite;
    const sigOk = na >= minUpdates && a.opposite === 0;
    const tanhOk = nb >= minUpdates && b.opposite >= minOpposite * nb;
    return {
      done: sigOk && tanhOk,
      facts: [
        {
          run: 0,
          key: 'fact.sameWay',
          values: { same: a.same, n: na, v: na > 0 ? pct(a.same / na) : '–' },
          ok: sigOk,
        },
        {
          run: 1,
          key: 'fact.sameWay',
          values: { same: b.same, n: nb, v: nb > 0 ? pct(b.same / nb) : '–' },
          ok: tanhOk,
        },
      ],
    };
  };
}

function reachFact(run: number, h: RunHistory, target: number, ok: boolean): Fact {
  const e = epochsTo(h, target);
  const now = latest(h)?.epoch ?? 0;
  return e === null
    ? { run, key: 'fact.notReached', values: { target: num(target), e: now }, ok }
    : { run, key: 'fact.reached', values: { target: num(target), e }, ok };
}

/** 5. tanh reaches the target loss in at most half the epochs sigmoid needs. */
export function checkFaster(target: number, factor: number): Check {
  return (runs) => {
    const [fast, slow] = runs;
    const now = latestAll(runs);
    if (!fast || !slow || !now) return empty;
    const ef = epochsTo(fast, target);
    const es = epochsTo(slow, target);
    const epoch = now[0]?.epoch ?? 0;
    const slowOk = ef !== null && (es === null ? epoch >= factor * ef : es >= factor * ef);
    return {
      done: ef !== null && slowOk,
      facts: [reachFact(0, fast, target, ef !== null), reachFact(1, slow, target, slowOk)],
    };
  };
}

/** 6. A high learning rate kills most ReLU units; the other runs (no dead zone) keep every unit. */
export function checkDying(minDead: number): Check {
  return (runs) => {
    const now = latestAll(runs);
    if (!now || now.length < 2) return empty;
    const dead = now.map((s) => hiddenMean(s, (l) => l.dead));
    const reluOk = (dead[0] ?? 0) > minDead;
    const othersOk = dead.slice(1).every((d) => d === 0);
    return {
      done: (now[0]?.epoch ?? 0) >= 1 && reluOk && othersOk,
      facts: dead.map((d, i) => ({
        run: i,
        key: 'fact.dead',
        values: { v: pct(d) },
        ok: i === 0 ? reluOk : d === 0,
      })),
    };
  };
}

/** 7. PReLU's slopes move away from where they started, and differently for different units. */
export function checkSlopes(minMove: number, minSpread: number, minEpochs: number): Check {
  return (runs) => {
    const h = runs[0];
    const first = h?.samples[0];
    const s = h && latest(h);
    if (!first || !s) return empty;
    let move = 0;
    let spread = 0;
    let lo = Infinity;
    let hi = -Infinity;
    s.layers.forEach((l, i) => {
      const start = first.layers[i]?.learnt[0]?.mean;
      const a = l.learnt[0];
      if (a === undefined || start === undefined) return;
      move = Math.max(move, Math.abs(a.max - start), Math.abs(a.min - start));
      spread = Math.max(spread, a.max - a.min);
      lo = Math.min(lo, a.min);
      hi = Math.max(hi, a.max);
    });
    const start = first.layers[0]?.learnt[0]?.mean ?? NaN;
    const ok = s.epoch >= minEpochs && move >= minMove && spread >= minSpread;
    return {
      done: ok,
      facts: [{ run: 0, key: 'fact.slopes', values: { start: num(start), min: num(lo), max: num(hi) }, ok }],
    };
  };
}

/**
 * Run a reached the target loss before run b. Samples are taken at drawn frames, so at high speed two
 * runs can first be seen below the target in the same frame: then the lower loss in that frame counts
 * as having got there first (the runs are in lock-step, so that frame is the same step for both).
 */
export function reachedBefore(a: RunHistory, b: RunHistory, target: number): boolean {
  const i = a.samples.findIndex((s) => s.trainLoss <= target);
  if (i < 0) return false;
  const j = b.samples.findIndex((s) => s.trainLoss <= target);
  if (j < 0) return true;
  const ea = a.samples[i]?.epoch ?? 0;
  const eb = b.samples[j]?.epoch ?? 0;
  if (ea !== eb) return ea < eb;
  return (a.samples[i]?.trainLoss ?? Infinity) < (b.samples[j]?.trainLoss ?? -Infinity);
}

/** 8. At least `minFaster` of the smooth units (runs 1..) reach the target loss before ReLU (run 0). */
export function checkSmooth(target: number, minFaster: number): Check {
  return (runs) => {
    const [relu, ...smooth] = runs;
    if (!relu || latestAll(runs) === null) return empty;
    const faster = smooth.map((h) => reachedBefore(h, relu, target));
    const done = faster.filter(Boolean).length >= minFaster;
    return {
      done,
      facts: [
        reachFact(0, relu, target, done),
        ...smooth.map((h, i) => reachFact(i + 1, h, target, faster[i] === true)),
      ],
    };
  };
}

/** 9. One sine or NCU unit separates the four XOR points; one tanh unit cannot (at most 3 of 4). */
export function checkOscillating(): Check {
  return (runs) => {
    const now = latestAll(runs);
    if (!now || now.length < 3) return empty;
    const ok = now.map((s, i) => (i < now.length - 1 ? s.trainAcc === 1 : s.trainAcc <= 0.75));
    return {
      done: ok.every(Boolean),
      facts: now.map((s, i) => ({
        run: i,
        key: 'fact.xorPoints',
        values: { k: Math.round(4 * s.trainAcc) },
        ok: ok[i] === true,
      })),
    };
  };
}

/** 10. Softmax heads learn 3 and 5 classes: every run reaches the test accuracy `minAcc`. */
export function checkSoftmax(minAcc: number): Check {
  return (runs) => {
    const now = latestAll(runs);
    if (!now) return empty;
    const ok = now.map((s) => s.testAcc >= minAcc);
    return {
      done: ok.every(Boolean),
      facts: now.map((s, i) => ({
        run: i,
        key: 'fact.testAcc',
        values: { v: pct(s.testAcc) },
        ok: ok[i] === true,
      })),
    };
  };
}

/**
 * 11. Initialisation: zeros keep every unit of a layer identical (symmetry never breaks); too large
 * weights saturate most tanh units; Xavier and He both reach the target loss. Runs: zeros, large,
 * xavier, he.
 */
export function checkInit(target: number, minEpochs: number, minSaturated: number): Check {
  return (runs) => {
    const [zeros, large, ...good] = runs;
    const now = latestAll(runs);
    if (!zeros || !large || !now) return empty;
    const z = now[0];
    const spread = z ? Math.max(...z.layers.slice(0, -1).map((l) => l.spread)) : NaN;
    const symOk = (z?.epoch ?? 0) >= minEpochs && spread === 0;
    const sat = Math.max(...large.samples.map((s) => hiddenMean(s, (l) => l.saturated)));
    const satOk = sat >= minSaturated;
    const reached = good.map((h) => epochsTo(h, target) !== null);
    return {
      done: symOk && satOk && reached.every(Boolean),
      facts: [
        { run: 0, key: 'fact.symmetric', values: { v: num(spread) }, ok: symOk },
        { run: 1, key: 'fact.saturated', values: { v: pct(sat) }, ok: satOk },
        ...good.map((h, i) => reachFact(i + 2, h, target, reached[i] === true)),
      ],
    };
  };
}

/** 12. Momentum and Adam (runs 1, 2) reach the target loss while SGD (run 0) has not yet. */
export function checkOptimizers(target: number): Check {
  return (runs) => {
    const [sgd, ...others] = runs;
    if (!sgd || latestAll(runs) === null) return empty;
    const ok = others.map((h) => reachedBefore(h, sgd, target));
    const done = ok.every(Boolean);
    return {
      done,
      facts: [
        reachFact(0, sgd, target, done),
        ...others.map((h, i) => reachFact(i + 1, h, target, ok[i] === true)),
      ],
    };
  };
}

/**
 * 13. Overfitting: without regularisation the test loss climbs to `rise` x its best while the training
 * loss goes below `fit`; dropout and L2 (runs 1, 2) keep the train/test gap below `gapRatio` of it.
 */
export function checkOverfitting(minEpochs: number, fit: number, rise: number, gapRatios: number[]): Check {
  return (runs) => {
    const [plain] = runs;
    const now = latestAll(runs);
    if (!plain || !now) return empty;
    const p = now[0];
    if (!p) return empty;
    const best = Math.min(...plain.samples.map((s) => s.testLoss));
    const overfit = p.epoch >= minEpochs && p.trainLoss < fit && p.testLoss >= rise * best;
    const gap = (s: Sample) => s.testLoss - s.trainLoss;
    const gp = gap(p);
    const ok = now.slice(1).map((s, i) => overfit && gap(s) < (gapRatios[i] ?? 1) * gp);
    return {
      done: overfit && ok.every(Boolean),
      facts: now.map((s, i) => ({
        run: i,
        key: 'fact.gap',
        values: { train: num(s.trainLoss), test: num(s.testLoss), gap: num(gap(s)) },
        ok: i === 0 ? overfit : ok[i - 1] === true,
      })),
    };
  };
}

/** 14. Backprop agrees with central differences: every check so far below `tol`, some after training. */
export function checkGradients(tol: number, minChecks: number, minEpoch: number): Check {
  return (runs) => {
    if (runs.length === 0) return empty;
    const per = runs.map((h) => {
      const worst = Math.max(...h.gradchecks.map((g) => g.maxRelError));
      const trained = h.gradchecks.some((g) => g.epoch >= minEpoch);
      return {
        worst,
        n: h.gradchecks.length,
        ok: h.gradchecks.length >= minChecks && trained && worst < tol,
      };
    });
    return {
      done: per.every((r) => r.ok),
      facts: per.map((r, i) => ({
        run: i,
        key: 'fact.gradcheck',
        values: { v: r.n > 0 ? num(r.worst) : '–', n: r.n },
        ok: r.ok,
      })),
    };
  };
}
