// Property-based tests (fast-check) of the URL codec: whatever a link holds — any string, or pairs
// built from every real key with hostile values — decoding never throws, every value lands inside
// its limits and is a configuration the real core accepts, a warning names each rejected key, and
// decode∘encode∘decode = decode. The limits below are written from the documented ranges
// (web/src/state/types.ts, defaults.ts, the core's catalogue), not read from the codec's own table.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../web/src/engine/engine';
import type { Catalogue } from '../../web/src/engine/types';
import { decodeState, encodeState, readParams, type Decoded } from '../../web/src/state/codec';
import { STATE_VERSION, datasetMeta, effectiveClasses, headAllowed } from '../../web/src/state/defaults';
import { engineConfig } from '../../web/src/state/engine-config';
import { HIDEABLE, hiddenActivations, makeSchema } from '../../web/src/state/schema';
import type { AppState } from '../../web/src/state/types';
import { loadModule } from './node-module';

let engine: Engine;
let cat: Catalogue;
beforeAll(async () => {
  engine = new Engine(await loadModule());
  cat = engine.catalogue;
});
afterAll(() => engine.dispose());

// Reproducible by default; FC_SEED=<n> replays another run, FC_RUNS=<n> runs longer by hand.
const RUNS = Number(process.env['FC_RUNS'] ?? 200);
const params = (numRuns = RUNS): fc.Parameters<unknown> => ({
  numRuns,
  seed: Number(process.env['FC_SEED'] ?? 20261130),
});

const decode = (hash: string, search = ''): Decoded => decodeState(readParams(search, hash), cat);

// ---- arbitraries -------------------------------------------------------------------------------------

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
const nasty = fc.constantFrom(...NASTY);
const numberText = fc.oneof(
  fc.integer({ min: -10, max: 6000 }).map(String),
  fc.double().map(String),
  fc.double({ min: -2, max: 200, noNaN: true }).map(String),
);
const anyValue = fc.oneof(
  nasty,
  numberText,
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Every key the playground reads: row keys, aliases, `<name>_hide`. */
function knownKeys(): string[] {
  const keys = makeSchema(cat).flatMap((r) => [r.key, ...(r.aliases ?? [])]);
  return [...keys.filter((k) => k !== '_hide'), ...HIDEABLE.map((h) => `${h}_hide`)];
}
/** Plausible values for a known key (so the valid paths are reached, not only the rejections). */
function plausible(): fc.Arbitrary<string> {
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
function pairsArb(): fc.Arbitrary<[string, string][]> {
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...knownKeys()) },
    fc.string({ maxLength: 12 }),
  );
  const value = fc.oneof(plausible(), anyValue);
  return fc.array(fc.tuple(key, value), { maxLength: 25 });
}
const toHash = (pairs: readonly [string, string][]): string =>
  pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

// ---- the invariant every decoded state satisfies -------------------------------------------------------

function within(v: number, lo: number, hi: number, opts: { int?: boolean; loOpen?: boolean } = {}): boolean {
  if (!Number.isFinite(v) || (opts.int === true && !Number.isInteger(v))) return false;
  return (opts.loOpen === true ? v > lo : v >= lo) && v <= hi;
}

/** The names of the fields of `s` outside their documented limits ([] when all are inside). */
function outOfLimits(s: AppState): string[] {
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
    check(`layers[${i}].act`, hidden.includes(l.act) && meta !== undefined);
    check(
      `layers[${i}].params`,
      l.params.length <= (meta?.params.length ?? 0) &&
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
  const nTrain = s.dataset === 'xor4' ? 4 : Math.max(1, Math.floor((s.points * s.percTrainData) / 100));
  check('batchSize', within(s.batchSize, 1, nTrain, { int: true }));
  check('regularization', ['none', 'L1', 'L2'].includes(s.regularization));
  check('regularizationRate', within(s.regularizationRate, 0, 10));
  check('dropout', within(s.dropout, 0, 0.9));
  check('clip', within(s.clip, 0, 1000));
  check('speed', within(s.speed, 1, 500, { int: true }));
  check('lang', s.lang === 'en' || s.lang === 'ko');
  check('res', s.res === null || within(s.res, 16, 256, { int: true }));
  check('hide', s.hide.every((h) => HIDEABLE.includes(h)) && [...s.hide].sort().join() === s.hide.join());
  for (const b of ['showTestData', 'discretize', 'embed', 'simd', 'bench'] as const)
    check(b, typeof s[b] === 'boolean');
  return bad;
}

function expectSane(hash: string, { state, warnings }: Decoded): void {
  expect(outOfLimits(state), hash).toEqual([]);
  for (const w of warnings) {
    expect(typeof w.key, hash).toBe('string');
    expect(w.value.length, hash).toBeLessThanOrEqual(41); // shown(): 40 characters and an ellipsis
  }
}

// ---- properties ---------------------------------------------------------------------------------------

describe('decode never throws and every value lands inside its limits', () => {
  it('for any string as the hash (and as the query)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ maxLength: 60 }),
        (hash, search) => {
          expectSane(hash, decode(hash, search));
        },
      ),
      params(),
    );
  });

  it('for links built from every real key with hostile values', () => {
    fc.assert(
      fc.property(pairsArb(), (pairs) => {
        const hash = toHash(pairs);
        expectSane(hash, decode(hash));
      }),
      params(),
    );
  });

  it('and the real core accepts every decoded state (Trainer::configure returns no error)', () => {
    fc.assert(
      fc.property(pairsArb(), (pairs) => {
        const hash = toHash(pairs);
        const { state } = decode(hash);
        expect(engine.configure(engineConfig(state, cat)), hash).toBe('');
      }),
      params(Math.min(RUNS, 120)),
    );
  });
});

// A model of the plain keys, written from their documented ranges: each generated value is known to be
// allowed or not before the codec sees it.
interface Plain {
  key: string;
  valid: fc.Arbitrary<string>;
  invalid: fc.Arbitrary<string>;
  /** The value a valid text must produce in the state. */
  expected(text: string): unknown;
  read(s: AppState): unknown;
}
const GARBAGE = fc.oneof(
  fc.constantFrom('', 'NaN', 'Infinity', '1e400', '0x10', '1,2', 'abc', '--1', '1e', '.', '+', 'e5', '1 2'),
  fc.string({ maxLength: 8 }).map((t) => `x${t}`),
);
function numberKey(
  key: keyof AppState,
  lo: number,
  hi: number,
  opts: { int?: boolean; loOpen?: boolean } = {},
): Plain {
  const valid =
    opts.int === true
      ? fc.integer({ min: lo, max: hi }).map(String)
      : fc
          .double({ min: lo, max: hi, noNaN: true })
          // The core holds float32: an open bound must still be exceeded after rounding.
          .filter((v) => opts.loOpen !== true || Math.fround(v) > lo)
          .map(String);
  const outside = fc.oneof(
    fc.double({ min: hi, max: 1e300, noNaN: true, minExcluded: true }).map(String),
    fc.double({ min: -1e300, max: lo, noNaN: true, maxExcluded: opts.loOpen !== true }).map(String),
    // Above an open bound in double, at it in float32.
    ...(opts.loOpen === true ? [fc.constantFrom('1e-46', '5e-324')] : []),
  );
  const fractional = fc
    .double({ min: lo, max: hi, noNaN: true })
    .filter((v) => !Number.isInteger(v))
    .map(String);
  return {
    key,
    valid,
    invalid: opts.int === true ? fc.oneof(outside, fractional, GARBAGE) : fc.oneof(outside, GARBAGE),
    expected: Number,
    read: (s) => s[key],
  };
}
function tokenKey(key: keyof AppState, tokens: () => readonly string[]): Plain {
  return {
    key,
    valid: fc.constant(null).chain(() => fc.constantFrom(...tokens())),
    invalid: fc.oneof(GARBAGE, fc.constantFrom('__proto__', 'constructor', 'TANH', ' x ', 'relu,relu')),
    expected: (t) => t,
    read: (s) => s[key],
  };
}
function boolKey(key: keyof AppState): Plain {
  return {
    key,
    valid: fc.constantFrom('true', 'false', '1', '0'),
    invalid: fc.oneof(GARBAGE, fc.constantFrom('yes', 'no', '2', 'TRUE!')),
    expected: (t) => t === 'true' || t === '1',
    read: (s) => s[key],
  };
}
function plainKeys(): Plain[] {
  return [
    numberKey('noise', 0, 50),
    numberKey('points', 4, 5000, { int: true }),
    numberKey('percTrainData', 10, 90),
    numberKey('classes', 2, 5, { int: true }),
    numberKey('initScale', 0, 10, { loOpen: true }),
    numberKey('learningRate', 0, 100, { loOpen: true }),
    numberKey('batchSize', 1, 5000, { int: true }),
    numberKey('regularizationRate', 0, 10),
    numberKey('dropout', 0, 0.9),
    numberKey('clip', 0, 1000),
    numberKey('speed', 1, 500, { int: true }),
    tokenKey('dataset', () => cat.datasets.map((d) => d.name)),
    tokenKey('init', () => cat.inits),
    tokenKey('optimizer', () => cat.optimizers),
    tokenKey('regularization', () => ['none', 'L1', 'L2']),
    tokenKey('lang', () => ['en', 'ko']),
    boolKey('showTestData'),
    boolKey('discretize'),
    boolKey('embed'),
    boolKey('simd'),
    boolKey('bench'),
  ];
}

describe('a warning names each rejected key', () => {
  it('a value outside its documented range or syntax warns with its key; a valid one is applied', () => {
    const keys = plainKeys();
    const entry = fc.oneof(
      ...keys.map((k) =>
        fc
          .tuple(fc.constant(k), fc.boolean())
          .chain(([spec, ok]) => (ok ? spec.valid : spec.invalid).map((text) => ({ spec, ok, text }))),
      ),
    );
    // Unknown keys: anything that is not a real key.
    const unknown = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((k) => !knownKeys().includes(k) && !/^r\d/.test(k));
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { maxLength: 8, selector: (e) => e.spec.key }),
        fc.uniqueArray(fc.tuple(unknown, anyValue), { maxLength: 3, selector: ([k]) => k }),
        (entries, strangers) => {
          const hash = toHash([...entries.map((e): [string, string] => [e.spec.key, e.text]), ...strangers]);
          const { state, warnings } = decode(hash);
          const named = (key: string) => warnings.some((w) => w.key === key);
          for (const e of entries) {
            if (!e.ok)
              expect(named(e.spec.key), `${hash}: ${e.spec.key}=${e.text} rejected silently`).toBe(true);
            // A valid value is applied, unless a cross-field rule changed it — and said so.
            else if (!named(e.spec.key))
              expect(e.spec.read(state), `${hash}: ${e.spec.key}=${e.text}`).toEqual(e.spec.expected(e.text));
          }
          for (const [k] of strangers) {
            const shown = k.length > 40 ? `${k.slice(0, 40)}…` : k;
            expect(
              warnings.some((w) => w.code === 'unknownKey' && w.key === shown),
              `${hash}: unknown key ${k} not reported`,
            ).toBe(true);
          }
        },
      ),
      params(),
    );
  });

  it('features a link turns on are kept, or a warning names them', () => {
    const feature = fc.constantFrom(...cat.features);
    fc.assert(
      fc.property(
        fc.constantFrom(...cat.datasets.map((d) => d.name)),
        fc.uniqueArray(feature, { minLength: 1, maxLength: 7 }),
        (dataset, on) => {
          const hash = toHash([['dataset', dataset], ...on.map((f): [string, string] => [f, 'true'])]);
          const { state, warnings } = decode(hash);
          for (const f of on) {
            const kept = state.features.includes(f);
            expect(kept || warnings.some((w) => w.key === f), `${hash}: ${f} dropped silently`).toBe(true);
          }
          expect(datasetMeta(cat, state.dataset).name).toBe(dataset);
        },
      ),
      params(100),
    );
  });
});

describe('the version key', () => {
  it('gives one notice at most, quoting the link: rejected, or from a newer ActLab, never both', () => {
    const newer = fc.integer({ min: STATE_VERSION + 1, max: 1e6 }).map(String);
    const notVersion = fc.oneof(
      nasty.filter((t) => t !== '+1'),
      fc.integer({ min: 1e6 + 1 }).map(String),
      fc.integer({ max: 0 }).map(String),
      fc
        .double({ noNaN: false })
        .filter((v) => !Number.isInteger(v) || v > 1e6 || v < 1)
        .map(String),
      GARBAGE,
    );
    fc.assert(
      fc.property(
        fc.oneof(
          newer.map((t) => ({ t, kind: 'newer' })),
          notVersion.map((t) => ({ t, kind: 'bad' })),
        ),
        ({ t, kind }) => {
          const hash = toHash([
            ['v', t],
            ['noise', '5'],
          ]);
          const { state, warnings } = decode(hash);
          const shown = t.length > 40 ? `${t.slice(0, 40)}…` : t;
          expect(warnings, hash).toEqual([
            kind === 'newer'
              ? { code: 'newerVersion', key: 'v', value: t, allowed: String(STATE_VERSION) }
              : { code: 'badValue', key: 'v', value: shown, allowed: expect.any(String) as string },
          ]);
          expect(state.noise, hash).toBe(5); // the rest of the link still applies
        },
      ),
      params(),
    );
    expect(decode(`v=${STATE_VERSION}`).warnings).toEqual([]);
  });
});

describe('encode∘decode is stable', () => {
  it('decode(encode(decode(s))) = decode(s), and the link ActLab writes decodes without warnings', () => {
    fc.assert(
      fc.property(fc.oneof(pairsArb().map(toHash), fc.string({ unit: 'binary', maxLength: 120 })), (hash) => {
        const first = decode(hash);
        const written = encodeState(first.state, cat);
        const again = decode(written);
        expect(again.state, `${hash} -> ${written}`).toEqual(first.state);
        expect(again.warnings, `${hash} -> ${written}`).toEqual([]);
        expect(encodeState(again.state, cat), hash).toBe(written);
      }),
      params(),
    );
  });
});
