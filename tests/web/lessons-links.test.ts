// A lesson's link (web/src/lab/lessons/links.ts): the lesson alone and page-only keys are the lesson's
// runs (not modified); every "Try this" button of every lesson links to exactly the runs its
// counterfactual names (the ones tests/web/lessons.test.ts shows do not tick), is recognised as that
// counterfactual and marks the lesson modified; the prediction each lesson asks has its texts and an
// answer among its choices.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../web/src/engine/types';
import { lessonsEn } from '../../web/src/i18n/lessons.en';
import { lessonsKo } from '../../web/src/i18n/lessons.ko';
import { LESSONS } from '../../web/src/lab/lessons/defs';
import { lessonHref, lessonLink, variantHref } from '../../web/src/lab/lessons/links';
import { predictKey } from '../../web/src/lab/lessons/text';
import { decodeComparison, parsePairs } from '../../web/src/lab/platform/runs';
import { labCatalogue } from './lessons-harness';

let cat: Catalogue;
beforeAll(async () => {
  cat = await labCatalogue();
});

const hashPairs = (href: string) => parsePairs(href.replace(/^#/, ''));

describe('lesson links', () => {
  it('a lesson alone, or with page keys only (language, speed, other initial weights), is not modified', () => {
    for (const l of LESSONS) {
      for (const href of [lessonHref(l, 'en'), `${lessonHref(l, 'ko')}&speed=50&initSeed=7&embed=1&simd=0`]) {
        const link = lessonLink(l, hashPairs(href), cat);
        expect(link.changes, `${l.id}: ${href}`).toEqual([]);
        expect(link.variant).toBeUndefined();
        expect(link.warnings).toEqual([]);
        expect(link.runs.length).toBe(l.runs);
      }
    }
  });

  it('restating a lesson’s own keys changes nothing', () => {
    for (const l of LESSONS) {
      const link = lessonLink(l, [['lesson', l.id], ...parsePairs(l.link)], cat);
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
        const link = lessonLink(l, pairs, cat);
        // Exactly the runs tests/web/lessons-harness.ts decodes for runLesson(lesson, {extra: v.link}).
        const tested = decodeComparison(parsePairs(v.link), cat, l.runs, parsePairs(l.link));
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
      const link = lessonLink(l, pairs, cat);
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
      ]),
    );
    for (const k of notes) {
      expect(k in lessonsKo).toBe(true);
      expect(lessonsEn[k]).not.toMatch(/\bwrong\b|\bfalse\b|\berror\b/i);
    }
  });
});
