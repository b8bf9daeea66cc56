// Property-based tests (fast-check) of the URL codec: whatever a link holds — any string, or pairs
// built from every real key with hostile values — decoding never throws, every value lands inside
// its limits and is a configuration the real core accepts, a warning names each rejected key, and
// decode∘encode∘decode = decode. The limits (url-arbitraries.ts) and the model of the plain keys below
// are written from the documented ranges, not read from the codec's own table.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../web/src/engine/engine';
import type { Catalogue } from '../../web/src/engine/types';
import { decodeState, encodeState, readParams, type Decoded } from '../../web/src/state/codec';
import { STATE_VERSION, datasetMeta } from '../../web/src/state/defaults';
import { engineConfig } from '../../web/src/state/engine-config';
import type { AppState, FormulaCheck } from '../../web/src/state/types';
import { loadFormulaCheck, loadModule } from './node-module';
import { RUNS, anyValue, knownKeys, nasty, outOfLimits, pairsArb, params, toHash } from './url-arbitraries';

let engine: Engine;
let cat: Catalogue;
let check: FormulaCheck;
beforeAll(async () => {
  engine = new Engine(await loadModule());
  cat = engine.catalogue;
  check = await loadFormulaCheck();
});
afterAll(() => engine.dispose());

const decode = (hash: string, search = ''): Decoded =>
  decodeState(readParams(search, hash), cat, undefined, check);

function expectSane(hash: string, { state, warnings }: Decoded): void {
  expect(outOfLimits(state, cat), hash).toEqual([]);
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
      fc.property(pairsArb(cat), (pairs) => {
        const hash = toHash(pairs);
        expectSane(hash, decode(hash));
      }),
      params(),
    );
  });

  it('and the real core accepts every decoded state (Trainer::configure returns no error)', () => {
    fc.assert(
      fc.property(pairsArb(cat), (pairs) => {
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
/** speed: epochs per frame (0.1 .. 50), `<n>steps` (1 .. 50) or max (state/speed.ts). */
function speedKey(): Plain {
  return {
    key: 'speed',
    valid: fc.oneof(
      fc.constant('max'),
      fc.integer({ min: 1, max: 500 }).map((k) => String(k / 10)),
      fc.integer({ min: 1, max: 50 }).map((n) => `${n}steps`),
    ),
    invalid: fc.constantFrom(
      '',
      'NaN',
      '1e400',
      'abc',
      '0',
      '0.05',
      '51',
      '0steps',
      '51steps',
      '1.5steps',
      '-1',
    ),
    expected: (t) =>
      t === 'max'
        ? { per: 'max' }
        : t.endsWith('steps')
          ? { per: 'step', n: Number(t.slice(0, -5)) }
          : { per: 'epoch', n: Number(t) },
    read: (s) => s.speed,
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
    speedKey(),
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
      .filter((k) => !knownKeys(cat).includes(k) && !/^r\d/.test(k));
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
      // (not the decimal spellings of a valid version: '+1', '5.')
      nasty.filter((t) => !/^\s*\+?\d+\.?0*\s*$/.test(t) || Number(t) < 1 || Number(t) > 1e6),
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
      fc.property(
        fc.oneof(pairsArb(cat).map(toHash), fc.string({ unit: 'binary', maxLength: 120 })),
        (hash) => {
          const first = decode(hash);
          const written = encodeState(first.state, cat);
          const again = decode(written);
          expect(again.state, `${hash} -> ${written}`).toEqual(first.state);
          expect(again.warnings, `${hash} -> ${written}`).toEqual([]);
          expect(encodeState(again.state, cat), hash).toBe(written);
        },
      ),
      params(),
    );
  });
});
