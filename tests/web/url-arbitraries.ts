// url-arbitraries.ts — what the URL property tests share: fast-check generators of hostile links built
// from every real key, and the documented limits every decoded state must lie inside (written from
// web/src/state/types.ts, defaults.ts and the core's catalogue, not read from the codec's own table).
import fc from 'fast-check';
import type { Catalogue } from '../../web/src/engine/types';
import { effectiveClasses, headAllowed, trainPoints } from '../../web/src/state/defaults';
import { HIDEABLE, hiddenActivations, makeSchema } from '../../web/src/state/schema';
import type { AppState } from '../../web/src/state/types';

/** Reproducible by default; FC_SEED=<n> replays another run, FC_RUNS=<n> runs longer by hand. */
export const RUNS = Number(process.env['FC_RUNS'] ?? 200);
export const params = (numRuns = RUNS): fc.Parameters<unknown> => ({
  numRuns,
  seed: Number(process.env['FC_SEED'] ?? 20261130),
});

/** Texts a hostile or careless link puts in a value. */
const NASTY = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-1e400',
  '1e-400',
  '0x10',
  '0b1',
  '1,2',
  '1;2',
  '-0',
  '+1',
  '.5',
  '5.',
  '1e',
  'e5',
  '--1',
  '4294967296',
  '9007199254740993',
  'true',
  'auto',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  '<img src=x onerror=alert(1)>',
  '%',
  '%zz',
  '\u0000',
  '\u202e',
  '한국어',
  '😀',
];
export const nasty = fc.constantFrom(...NASTY);
const numberText = fc.oneof(
  fc.integer({ min: -10, max: 6000 }).map(String),
  fc.double().map(String),
  fc.double({ min: -2, max: 200, noNaN: true }).map(String),
);
export const anyValue = fc.oneof(
  nasty,
  numberText,
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Every key the playground reads: row keys, aliases, `<name>_hide`. */
export function knownKeys(cat: Catalogue): string[] {
  const keys = makeSchema(cat).flatMap((r) => [r.key, ...(r.aliases ?? [])]);
  return [...keys.filter((k) => k !== '_hide'), ...HIDEABLE.map((h) => `${h}_hide`)];
}
/** Plausible values for a known key (so the valid paths are reached, not only the rejections). */
function plausible(cat: Catalogue): fc.Arbitrary<string> {
  const tokens = [
    ...cat.datasets.map((d) => d.name),
    ...hiddenActivations(cat),
    ...cat.outputs.map((o) => o.name),
    ...cat.inits,
    ...cat.optimizers,
    'none',
    'L1',
    'L2',
    'en',
    'ko',
    'regression',
    'classification',
  ];
  const shape = fc.array(fc.integer({ min: 0, max: 70 }), { maxLength: 10 }).map((a) => a.join(','));
  const acts = fc.array(fc.constantFrom(...hiddenActivations(cat)), { maxLength: 9 }).map((a) => a.join(','));
  return fc.oneof(
    fc.constantFrom(...tokens),
    fc.constantFrom('true', 'false', '1', '0'),
    fc.integer({ min: 0, max: 300 }).map(String),
    shape,
    acts,
  );
}
export function pairsArb(cat: Catalogue): fc.Arbitrary<[string, string][]> {
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...knownKeys(cat)) },
    fc.string({ maxLength: 12 }),
  );
  const value = fc.oneof(plausible(cat), anyValue);
  return fc.array(fc.tuple(key, value), { maxLength: 25 });
}
export const toHash = (pairs: readonly [string, string][]): string =>
  pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

// ---- the invariant every decoded state satisfies ---------------------------------------------------

function within(v: number, lo: number, hi: number, opts: { int?: boolean; loOpen?: boolean } = {}): boolean {
  if (!Number.isFinite(v) || (opts.int === true && !Number.isInteger(v))) return false;
  return (opts.loOpen === true ? v > lo : v >= lo) && v <= hi;
}

/** The names of the fields of `s` outside their documented limits ([] when all are inside). */
export function outOfLimits(s: AppState, cat: Catalogue): string[] {
  const bad: string[] = [];
  const check = (name: string, ok: boolean) => {
    if (!ok) bad.push(name);
  };
  const d = cat.datasets.find((m) => m.name === s.dataset);
  check('dataset', d !== undefined);
  check('noise', within(s.noise, 0, 50));
  check('points', within(s.points, 4, 5000, { int: true }));
  check('percTrainData', within(s.percTrainData, 10, 90));
  check('classes', within(s.classes, 2, 5, { int: true }));
  check('seed', within(s.seed, 0, 2 ** 32 - 1, { int: true }));
  check('initSeed', within(s.initSeed, 0, 2 ** 32 - 1, { int: true }));
  const oneD = ['x', 'xSquared', 'sinX'];
  check(
    'features',
    s.features.length > 0 &&
      new Set(s.features).size === s.features.length &&
      s.features.every((f) => cat.features.includes(f) && (d?.dims !== 1 || oneD.includes(f))),
  );
  check('layers', s.layers.length <= cat.limits.maxHidden);
  const hidden = hiddenActivations(cat);
  s.layers.forEach((l, i) => {
    const meta = cat.activations.find((a) => a.name === l.act);
    check(`layers[${i}].units`, within(l.units, 1, cat.limits.maxUnits, { int: true }));
    // A formula layer (the student's, or a lesson's: mix) has no catalogue row; its parameters are the
    // ones its text declares, at most the engine's limit (the core checks their ranges).
    const formula = l.act === 'formula';
    check(`layers[${i}].act`, hidden.includes(l.act) && (formula || meta !== undefined));
    check(
      `layers[${i}].params`,
      formula
        ? l.params.length <= cat.limits.maxActParams && l.params.every(Number.isFinite)
        : l.params.length <= (meta?.params.length ?? 0) &&
            l.params.every((p, j) => within(p, meta?.params[j]?.lo ?? 0, meta?.params[j]?.hi ?? 0)),
    );
    check(`layers[${i}].maxoutK`, within(l.maxoutK, 2, cat.limits.maxMaxoutPieces, { int: true }));
    check(`layers[${i}].learn`, typeof l.learn === 'boolean');
  });
  check('output', s.output === null || headAllowed(s.output, effectiveClasses(cat, s)));
  check('init', cat.inits.includes(s.init));
  check('initScale', within(s.initScale, 0, 10, { loOpen: true }));
  check('optimizer', cat.optimizers.includes(s.optimizer));
  check('learningRate', within(s.learningRate, 0, 100, { loOpen: true }));
  // The real training-set size (per-class datasets round the point count up): trainPoints() is itself
  // checked against the module's count in tests/web/rules.test.ts, and the core accepts every run below.
  const nTrain = trainPoints(s);
  check('batchSize', within(s.batchSize, 1, nTrain, { int: true }));
  check('regularization', ['none', 'L1', 'L2'].includes(s.regularization));
  check('regularizationRate', within(s.regularizationRate, 0, 10));
  check('dropout', within(s.dropout, 0, 0.9));
  check('clip', within(s.clip, 0, 1000));
  check(
    'speed',
    s.speed.per === 'max' ||
      (s.speed.per === 'epoch' && within(s.speed.n, 0.1, 50)) ||
      (s.speed.per === 'step' && within(s.speed.n, 1, 50, { int: true })),
  );
  check('lang', s.lang === 'en' || s.lang === 'ko');
  check('res', s.res === null || within(s.res, 16, 256, { int: true }));
  check('hide', s.hide.every((h) => HIDEABLE.includes(h)) && [...s.hide].sort().join() === s.hide.join());
  for (const b of ['showTestData', 'discretize', 'embed', 'simd', 'bench'] as const)
    check(b, typeof s[b] === 'boolean');
  return bad;
}
