// Property-based tests (fast-check) of the lab's links: `#compare=N` and `#lesson=ID` with per-run
// overrides `rK.<key>=<value>` (web/src/lab/platform/runs.ts). For any link: decoding never throws, the
// run count is 2..4 and a count that is not one is said, every run's state lies inside its limits and
// is accepted by the real core, a rejected override is named by a warning, and the link the page writes
// (the comparison editor's, also a lesson's "open in the editor") decodes back to the same runs.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../web/src/engine/engine';
import type { Catalogue } from '../../web/src/engine/types';
import { LESSONS } from '../../web/src/lab/lessons/defs';
import { lessonLink } from '../../web/src/lab/lessons/links';
import { PAGE_KEYS } from '../../web/src/lab/platform/runs';
import {
  decodeComparison,
  encodeComparison,
  parsePairs,
  runCount,
  type Comparison,
  type Pairs,
} from '../../web/src/lab/platform/runs';
import { hiddenActivations } from '../../web/src/state/schema';
import { engineConfig } from '../../web/src/state/engine-config';
import type { AppState, FormulaCheck } from '../../web/src/state/types';
import { loadFormulaCheck, loadModule } from './node-module';
import { anyValue, knownKeys, nasty, outOfLimits, pairsArb, params, RUNS, toHash } from './url-arbitraries';

let engine: Engine;
let cat: Catalogue;
let check: FormulaCheck;
beforeAll(async () => {
  engine = new Engine(await loadModule());
  cat = engine.catalogue;
  check = await loadFormulaCheck();
});
afterAll(() => engine.dispose());

const decodeCompare = (pairs: Pairs): Comparison => decodeComparison(pairs, cat, runCount(pairs), [], check);

/** A run's state without what belongs to the page (language, speed, seed, display). */
const runPart = (s: AppState | undefined) => ({
  ...s,
  lang: 'en',
  speed: 0,
  initSeed: 0,
  embed: false,
  simd: true,
  res: null,
  bench: false,
  hide: [],
});

/** A link's pairs with per-run overrides: rK.<key> for K = 0..6 (0, 5 and 6 name no run). */
function labPairs(): fc.Arbitrary<Pairs> {
  const override = fc
    .tuple(
      fc.integer({ min: 0, max: 6 }),
      fc.constantFrom(...knownKeys(cat)),
      fc.oneof(anyValue, fc.string()),
    )
    .map(([k, key, v]): [string, string] => [`r${k}.${key}`, v]);
  return fc
    .tuple(pairsArb(cat), fc.array(override, { maxLength: 8 }))
    .chain(([shared, own]) =>
      fc.shuffledSubarray([...shared, ...own], { minLength: shared.length + own.length }),
    );
}

function expectSane(link: string, c: Comparison, runs: number): void {
  expect(c.runs.length, link).toBe(runs);
  c.runs.forEach((s, k) => expect(outOfLimits(s, cat), `${link}: run ${k + 1}`).toEqual([]));
  expect(c.target > 0 && c.target <= 10, link).toBe(true);
  for (const w of c.warnings) {
    expect(w.key.length, link).toBeLessThanOrEqual(41);
    expect(w.value.length, link).toBeLessThanOrEqual(41);
  }
}

describe('#compare links', () => {
  it('any link: no throw, 2..4 runs inside their limits, and the real core accepts every run', () => {
    fc.assert(
      fc.property(labPairs(), fc.option(fc.oneof(nasty, fc.constantFrom('2', '3', '4'))), (pairs, count) => {
        const all: Pairs = count === null ? pairs : [['compare', count], ...pairs];
        const link = toHash(all);
        const runs = runCount(all);
        expect(runs >= 2 && runs <= 4, link).toBe(true);
        const c = decodeCompare(all);
        expectSane(link, c, runs);
        for (const s of c.runs) expect(engine.configure(engineConfig(s, cat)), link).toBe('');
      }),
      params(Math.min(RUNS, 100)),
    );
  });

  it('a count that is not 2..4 is said (5, 1, 0, -1, NaN, 2.5, 0x2, text, any string); 2..4 and a bare #compare are not', () => {
    const bad = fc.oneof(
      fc.constantFrom('5', '1', '0', '-1', 'NaN', '2.5', '0x2', 'two', 'Infinity', '1e400', '3,4'),
      fc
        .integer()
        .filter((n) => n < 2 || n > 4)
        .map(String),
      fc.string({ minLength: 1 }).filter((t) => !/^\s*\+?0*[234](\.0*)?\s*$/.test(t)),
    );
    fc.assert(
      fc.property(bad, (count) => {
        const c = decodeCompare([['compare', count]]);
        const shown = count.length > 40 ? `${count.slice(0, 40)}…` : count;
        expect(c.runs.length).toBe(2);
        expect(
          c.warnings.filter((w) => w.key === 'compare'),
          count,
        ).toEqual([
          { code: 'badValue', key: 'compare', value: shown, allowed: expect.any(String) as string },
        ]);
      }),
      params(),
    );
    for (const count of ['2', '3', '4']) {
      const c = decodeCompare([['compare', count]]);
      expect(c.runs.length).toBe(Number(count));
      expect(c.warnings).toEqual([]);
    }
    expect(decodeCompare([['compare', '']]).warnings).toEqual([]);
  });

  it('an override naming a run that does not exist, or with a rejected value, is named by a warning', () => {
    const bad = fc.constantFrom('NaN', '-1', '1e400', 'nope', '0x10');
    fc.assert(
      fc.property(
        fc.constantFrom(2, 3, 4),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom('learningRate', 'activation', 'dropout', 'optimizer', 'networkShape', 'noise'),
        bad,
        (runs, k, key, value) => {
          const c = decodeCompare([
            ['compare', String(runs)],
            [`r${k}.${key}`, value],
          ]);
          const expected = k >= 1 && k <= runs ? key : `r${k}.${key}`;
          expect(
            c.warnings.some((w) => w.key === expected),
            `compare=${runs}&r${k}.${key}=${value}: ${JSON.stringify(c.warnings)}`,
          ).toBe(true);
        },
      ),
      params(),
    );
  });

  it('the link the comparison writes decodes to the same runs and target, without warnings', () => {
    fc.assert(
      fc.property(labPairs(), (pairs) => {
        const first = decodeCompare(pairs);
        const written = encodeComparison(first, cat);
        const again = decodeCompare(parsePairs(written));
        expect(again.runs, `${toHash(pairs)} -> ${written}`).toEqual(first.runs);
        expect(again.target).toBe(first.target);
        expect(again.warnings, written).toEqual([]);
      }),
      params(),
    );
  });
});

// Lessons decode with the core's verdict on formulas, as the page does (lesson mix carries one).
describe('#lesson links with overrides', () => {
  const lesson = () => fc.constantFrom(...LESSONS);

  it('every lesson alone decodes without warnings', () => {
    for (const l of LESSONS) {
      const c = decodeComparison([['lesson', l.id]], cat, l.runs, parsePairs(l.link), check);
      expect(c.warnings, l.id).toEqual([]);
      expectSane(l.id, c, l.runs);
    }
  });

  it('any overrides: runs inside their limits, accepted by the core; "open in the editor" keeps the runs', () => {
    fc.assert(
      fc.property(lesson(), labPairs(), (l, pairs) => {
        const link = `lesson=${l.id}&${toHash(pairs)}`;
        const c = decodeComparison([['lesson', l.id], ...pairs], cat, l.runs, parsePairs(l.link), check);
        expectSane(link, c, l.runs);
        for (const s of c.runs) expect(engine.configure(engineConfig(s, cat)), link).toBe('');
        // The lesson page's editor link: the same comparison as a #compare link (lessons/page.ts).
        const editor = encodeComparison({ runs: c.runs, target: l.target }, cat);
        const opened = decodeCompare(parsePairs(editor));
        // A one-run lesson opens as that run twice (the editor compares 2..4).
        const want = c.runs.length === 1 ? [c.runs[0], c.runs[0]] : c.runs;
        expect(opened.runs, `${link} -> ${editor}`).toEqual(want);
        expect(opened.warnings, editor).toEqual([]);
      }),
      params(Math.min(RUNS, 100)),
    );
  });
});

describe("#lesson overrides: the lesson panel says when the runs are not the lesson's", () => {
  const lesson = () => fc.constantFrom(...LESSONS);

  it("any link: no throw; modified exactly when a run differs from the lesson's; bad values named", () => {
    fc.assert(
      fc.property(lesson(), labPairs(), (l, pairs) => {
        const all: Pairs = [['lesson', l.id], ...pairs];
        const link = lessonLink(l, all, cat, check);
        const hash = toHash(all);
        expectSane(hash, { runs: link.runs, target: 0.1, warnings: link.warnings }, l.runs);
        // The page's runs are exactly the comparison decoded over the lesson (what it trains).
        expect(link.runs, hash).toEqual(decodeComparison(all, cat, l.runs, parsePairs(l.link), check).runs);
        // Every change is real: the run's written value differs from the lesson run's.
        for (const c of link.changes) {
          expect(c.value, hash).not.toBe(c.was);
          expect(PAGE_KEYS.includes(c.key), hash).toBe(false);
        }
        // Unmodified means every run is the lesson's, up to page keys (language, speed, seed, display).
        if (link.changes.length === 0)
          link.runs.forEach((s, k) => {
            const own = link.lessonRuns[k];
            expect(runPart(s)).toEqual(runPart(own));
          });
      }),
      params(Math.min(RUNS, 100)),
    );
  });

  it('page keys alone never modify a lesson', () => {
    const pageValue = fc.oneof(anyValue, fc.constantFrom('ko', 'en', '50', '500', '1', '0', '7'));
    fc.assert(
      fc.property(
        lesson(),
        fc.array(fc.tuple(fc.constantFrom(...PAGE_KEYS), pageValue), { maxLength: 6 }),
        (l, pairs) => {
          const link = lessonLink(l, [['lesson', l.id], ...pairs], cat, check);
          expect(link.changes, toHash(pairs)).toEqual([]);
        },
      ),
      params(),
    );
  });

  it("another activation for run K changes that run's activation and nothing else", () => {
    const acts = hiddenActivations(cat);
    fc.assert(
      fc.property(lesson(), fc.nat(), fc.constantFrom(...acts), (l, k0, act) => {
        const k = (k0 % l.runs) + 1;
        const own = lessonLink(l, [['lesson', l.id]], cat, check).runs[k - 1];
        fc.pre(own !== undefined && own.layers.some((x) => x.act !== act));
        const link = lessonLink(
          l,
          [
            ['lesson', l.id],
            [`r${k}.activation`, act],
          ],
          cat,
          check,
        );
        // (The lesson's own parameters may not fit the new activation: then a warning says so.)
        expect(link.changes.length).toBeGreaterThan(0);
        for (const c of link.changes) expect(c.run).toBe(k - 1);
        expect(link.changes.some((c) => c.key === 'activation')).toBe(true);
      }),
      params(),
    );
  });

  it('a rejected override value becomes the default with a warning naming the key', () => {
    const bad = fc.constantFrom('NaN', '-1', '1e400', 'nope', '0x10');
    fc.assert(
      fc.property(
        lesson(),
        fc.constantFrom('learningRate', 'activation', 'dropout', 'optimizer', 'networkShape', 'noise'),
        bad,
        fc.boolean(),
        (l, key, value, perRun) => {
          const k = perRun ? `r${l.runs}.${key}` : key;
          const link = lessonLink(
            l,
            [
              ['lesson', l.id],
              [k, value],
            ],
            cat,
            check,
          );
          expect(
            link.warnings.some((w) => w.key === key),
            `${l.id} ${k}=${value}`,
          ).toBe(true);
          for (const s of link.runs) expect(outOfLimits(s, cat)).toEqual([]);
        },
      ),
      params(),
    );
  });
});
