// A lesson's link (web/src/lab/lessons/links.ts): the lesson alone and page-only keys are the lesson's
// runs (not modified); every "Try this" button of every lesson links to exactly the runs its
// counterfactual names (the ones tests/web/lessons.test.ts shows do not tick), is recognised as that
// counterfactual and marks the lesson modified; the prediction each lesson asks has its texts and an
// answer among its choices; a student's formula on one run (rK.formula=) is decoded with the core's
// verdict, named as that run's change and trained by the real engine.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../web/src/engine/engine';
import type { Catalogue } from '../../web/src/engine/types';
import { lessonsEn } from '../../web/src/i18n/lessons.en';
import { lessonsKo } from '../../web/src/i18n/lessons.ko';
import { LESSONS, MIX_BLEND } from '../../web/src/lab/lessons/defs';
import { lessonHref, lessonLink, variantHref } from '../../web/src/lab/lessons/links';
import { predictKey } from '../../web/src/lab/lessons/text';
import { decodeComparison, parsePairs } from '../../web/src/lab/platform/runs';
import { DEFAULT_FORMULA } from '../../web/src/state/defaults';
import { engineConfig } from '../../web/src/state/engine-config';
import type { FormulaCheck } from '../../web/src/state/types';
import { engineFormulaCheck } from './formula-check';
import { labCatalogue, labFormulaCheck } from './lessons-harness';
import { loadModule } from './node-module';

let cat: Catalogue;
// The core's verdict on formulas, as the page asks its worker (a lesson's own link may carry one: mix).
let verdict: FormulaCheck;
beforeAll(async () => {
  cat = await labCatalogue();
  verdict = await labFormulaCheck();
});

const hashPairs = (href: string) => parsePairs(href.replace(/^#/, ''));

describe('lesson links', () => {
  it('a lesson alone, or with page keys only (language, speed, other initial weights), is not modified', () => {
    for (const l of LESSONS) {
      for (const href of [lessonHref(l, 'en'), `${lessonHref(l, 'ko')}&speed=50&initSeed=7&embed=1&simd=0`]) {
        const link = lessonLink(l, hashPairs(href), cat, verdict);
        expect(link.changes, `${l.id}: ${href}`).toEqual([]);
        expect(link.variant).toBeUndefined();
        expect(link.warnings).toEqual([]);
        expect(link.runs.length).toBe(l.runs);
      }
    }
  });

  it('a lesson whose own link carries a formula (mix) needs the core’s verdict on it, as the page asks', () => {
    const mix = LESSONS.find((x) => x.id === 'mix');
    if (!mix) throw new Error('no mix lesson');
    const own = lessonLink(mix, hashPairs(lessonHref(mix, 'en')), cat, verdict);
    expect(own.warnings).toEqual([]);
    expect(own.runs[2]?.formula).toBe(MIX_BLEND);
    expect(own.runs[2]?.layers.every((x) => x.act === 'formula')).toBe(true);
    expect(own.runs[3]?.layers.map((x) => x.act)).toEqual([
      'sigmoid',
      'relu',
      'sigmoid',
      'relu',
      'sigmoid',
      'relu',
      'sigmoid',
      'relu',
    ]);
    expect(engineConfig(own.runs[2] as NonNullable<(typeof own.runs)[2]>, cat).net.formula).toBe(MIX_BLEND);
    // Counterfactual: unchecked (routes.ts not asking the worker about the lesson's link), the blend
    // is refused and run 3 would train the default formula instead.
    const unchecked = lessonLink(mix, hashPairs(lessonHref(mix, 'en')), cat);
    expect(unchecked.warnings[0]).toMatchObject({ code: 'badFormula', key: 'formula' });
    expect(unchecked.runs[2]?.formula).toBe(DEFAULT_FORMULA);
  });

  it('restating a lesson’s own keys changes nothing', () => {
    for (const l of LESSONS) {
      const link = lessonLink(l, [['lesson', l.id], ...parsePairs(l.link)], cat, verdict);
      expect(link.changes, l.id).toEqual([]);
    }
  });

  it('every "Try this" button loads its counterfactual: the same runs the tests run, marked modified', () => {
    let buttons = 0;
    for (const l of LESSONS) {
      for (const v of l.variants) {
        const href = variantHref(l, v, 'ko');
        expect(href.startsWith(`#lesson=${l.id}&`)).toBe(true);
        const pairs = hashPairs(href);
        expect(new Map(pairs).get('lang')).toBe('ko');
        const link = lessonLink(l, pairs, cat, verdict);
        // Exactly the runs tests/web/lessons-harness.ts decodes for runLesson(lesson, {extra: v.link}).
        const tested = decodeComparison(parsePairs(v.link), cat, l.runs, parsePairs(l.link), verdict);
        expect(
          link.runs.map((s) => ({ ...s, lang: 'en' })),
          `${l.id}/${v.id}`,
        ).toEqual(tested.runs);
        expect(link.warnings, `${l.id}/${v.id}`).toEqual([]);
        expect(link.changes.length, `${l.id}/${v.id}`).toBeGreaterThan(0);
        expect(link.variant?.id, `${l.id}/${v.id}`).toBe(v.id);
        expect(v.label in lessonsEn && v.label in lessonsKo, v.label).toBe(true);
        buttons++;
      }
    }
    expect(buttons).toBe(LESSONS.reduce((n, l) => n + l.variants.length, 0));
  });

  it('a counterfactual plus one more change is modified but no longer that counterfactual', () => {
    for (const l of LESSONS) {
      const v = l.variants[0];
      if (!v) throw new Error(`${l.id} has no counterfactual`);
      const pairs = [...hashPairs(variantHref(l, v, 'en')), ['noise', '17'] as [string, string]];
      const link = lessonLink(l, pairs, cat, verdict);
      expect(link.variant, l.id).toBeUndefined();
      expect(link.changes.some((c) => c.key === 'noise' && c.value === '17')).toBe(true);
    }
  });

  it('a change names its run, its key, its value and the lesson’s value', () => {
    const l = LESSONS.find((x) => x.id === 'tanh-vs-sigmoid');
    if (!l) throw new Error('no tanh-vs-sigmoid');
    const link = lessonLink(l, parsePairs('lesson=tanh-vs-sigmoid&r2.activation=relu&lang=ko'), cat);
    expect(link.changes).toEqual([{ run: 1, key: 'activation', value: 'relu', was: 'sigmoid' }]);
  });

  it('every lesson asks a prediction: a question, its choices in both languages, an answer among them', () => {
    for (const l of LESSONS) {
      const { choices, answer } = l.predict;
      expect(choices, l.id).toBeGreaterThanOrEqual(2);
      expect(answer >= 0 && answer < choices, l.id).toBe(true);
      for (const part of ['q', ...Array.from({ length: choices }, (_, i) => i)] as const) {
        const k = predictKey(l.id, part);
        expect(k in lessonsEn && k in lessonsKo, k).toBe(true);
      }
      expect(predictKey(l.id, choices) in lessonsEn, `${l.id}: more choices than declared`).toBe(false);
    }
  });

  it('misconception notes exist in both languages and say "misconception" gently, not "wrong"', () => {
    const notes = LESSONS.flatMap((l) => l.misconceptions);
    expect(new Set(notes)).toEqual(
      new Set([
        'misconception.linearUpdates',
        'misconception.sigmoidExploding',
        'misconception.normalisation',
        'misconception.mixing',
      ]),
    );
    for (const k of notes) {
      expect(k in lessonsKo).toBe(true);
      expect(lessonsEn[k]).not.toMatch(/\bwrong\b|\bfalse\b|\berror\b/i);
    }
  });
});

// A student's formula in a lesson's link (rK.formula=, as in comparisons): decoded with the real
// core's verdict, named as a change of that run alone, and trained by the engine as the lab would.
describe('a formula in a lesson link', () => {
  // Not the default formula (x*tanh(softplus(x))), so that taking it is visible; with a parameter.
  const OWN = 'x*sigmoid(a*x); a = 1.5 in [0.1, 5]';
  let engine: Engine;
  let check: FormulaCheck;
  beforeAll(async () => {
    engine = new Engine(await loadModule());
    check = engineFormulaCheck(engine);
  });
  const smooth = () => {
    const l = LESSONS.find((x) => x.id === 'smooth');
    if (!l) throw new Error('no smooth lesson');
    return l;
  };
  const formulaHref = (text: string) =>
    `#lesson=smooth&r4.activation=formula&r4.formula=${encodeURIComponent(text)}&lang=en`;

  it('r4.formula= puts the student’s function on run 4 (mish’s): decoded, a change of run 4, trained', () => {
    const l = smooth();
    const link = lessonLink(l, hashPairs(formulaHref(OWN)), cat, check);
    expect(link.warnings).toEqual([]);
    const run = link.runs[3];
    if (!run) throw new Error('no fourth run');
    expect(run.formula).toBe(OWN);
    expect(run.layers.map((x) => x.act)).toEqual(['formula', 'formula']);
    expect(link.lessonRuns[3]?.layers.map((x) => x.act)).toEqual(['mish', 'mish']);
    expect(link.runs.slice(0, 3)).toEqual(link.lessonRuns.slice(0, 3));
    expect(link.changes.length).toBeGreaterThan(0);
    expect(link.changes.every((c) => c.run === 3)).toBe(true);
    expect(link.changes.some((c) => c.key === 'formula' && c.value === OWN)).toBe(true);
    expect(link.variant).toBeUndefined();
    const cfg = engineConfig(run, cat);
    expect(cfg.net.formula).toBe(OWN);
    expect(engine.configure(cfg)).toBe('');
    const start = engine.measure().trainLoss;
    expect(engine.stepEpochs(3)).toBe(3);
    const m = engine.measure();
    expect(m.diverged).toBe(false);
    expect(m.trainLoss).toBeLessThan(start);
  });

  it('counterfactuals: a formula the core refuses, or none checked, leaves the lesson’s run as it was', () => {
    const l = smooth();
    const bad = lessonLink(l, hashPairs(formulaHref('x*sigmoid(a*x; a = 1.5 in [0.1, 5]')), cat, check);
    expect(bad.warnings).toHaveLength(1);
    expect(bad.warnings[0]).toMatchObject({ code: 'badFormula', key: 'formula' });
    expect(bad.warnings[0]?.allowed).toMatch(/missing '\)' at column \d+/);
    expect(bad.runs[3]?.formula).toBe(DEFAULT_FORMULA);
    // Without the engine's verdict the text is not taken either (the check is what accepts).
    const unchecked = lessonLink(l, hashPairs(formulaHref(OWN)), cat);
    expect(unchecked.runs[3]?.formula).toBe(DEFAULT_FORMULA);
    expect(unchecked.warnings[0]).toMatchObject({ code: 'badFormula', key: 'formula' });
  });

  it('a lesson run whose formula gives NaN is explained as the formula’s, not the learning rate’s', () => {
    const l = smooth();
    const link = lessonLink(l, hashPairs(formulaHref('log(x)')), cat, check);
    expect(link.warnings).toEqual([]);
    const run = link.runs[3];
    if (!run) throw new Error('no fourth run');
    expect(engine.configure(engineConfig(run, cat))).toBe('');
    const m = engine.measure();
    expect(m.diverged).toBe(true);
    expect(m.divergence).toMatch(/the activation formula 'log\(x\)' gave (NaN|-inf) at x = /);
    expect(m.divergence).not.toMatch(/probably too high/);
    // Counterfactual: the lesson's own mish run at the same settings trains without a flag.
    const own = link.lessonRuns[3];
    if (!own) throw new Error('no fourth run');
    expect(engine.configure(engineConfig(own, cat))).toBe('');
    engine.stepEpochs(1);
    expect(engine.measure().diverged).toBe(false);
  });
});
