// The Korean glossary (web/src/i18n/glossary.ts) held against every Korean string: both tables of the
// web UI (ko.ts, lessons.ko.ts) and the core catalogue's Korean descriptions, each beside its English
// text. Gradient and slope never share 기울기; regularisation is never 정규화 (normalisation); reset is
// never 초기화 (initialisation). The sources' own words (lesson quotes) are exempt.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../web/src/engine/types';
import { en } from '../../web/src/i18n/en';
import {
  EN_FUNCTION_NAMES,
  GLOSSARY,
  KO_FUNCTION_NAMES,
  actDisplay,
  rangeKo,
  rangeText,
} from '../../web/src/i18n/glossary';
import { ko } from '../../web/src/i18n/ko';
import { lessonsEn } from '../../web/src/i18n/lessons.en';
import { lessonsKo } from '../../web/src/i18n/lessons.ko';
import { loadCatalogue } from './node-module';

let cat: Catalogue;
beforeAll(async () => {
  cat = await loadCatalogue();
});

interface Pair {
  where: string;
  en: string;
  ko: string;
}

function pairs(): Pair[] {
  const out: Pair[] = [];
  for (const [k, v] of Object.entries(ko)) out.push({ where: k, en: en[k as keyof typeof en], ko: v });
  for (const [k, v] of Object.entries(lessonsKo))
    if (!k.endsWith('.quote') && !k.endsWith('.source'))
      out.push({ where: k, en: lessonsEn[k as keyof typeof lessonsEn], ko: v });
  for (const a of cat.activations) out.push({ where: `catalogue ${a.name}`, en: a.descEn, ko: a.descKo });
  return out;
}

/** The strings breaking a rule: English matching `when`, Korean (not) containing `word`. */
const breaking = (when: (p: Pair) => boolean, bad: (p: Pair) => boolean) =>
  pairs()
    .filter((p) => when(p) && bad(p))
    .map((p) => `${p.where}: ${p.ko}`);

describe('Korean glossary', () => {
  it('checks a real number of strings, quotes excepted', () => {
    expect(pairs().length).toBeGreaterThan(400);
  });

  it('기울기 is slope only: no Korean string says 기울기 where the English has no slope', () => {
    expect(
      breaking(
        (p) => !GLOSSARY.slope.en.test(p.en),
        (p) => p.ko.includes(GLOSSARY.slope.ko),
      ),
    ).toEqual([]);
  });

  it('gradient is 그래디언트 (gradient descent 경사 하강법), so it never shares 기울기 with slope', () => {
    expect(
      breaking(
        (p) => GLOSSARY.gradient.en.test(p.en.replace(GLOSSARY.gradientDescent.en, '')),
        (p) => !p.ko.includes(GLOSSARY.gradient.ko),
      ),
    ).toEqual([]);
    expect(
      breaking(
        (p) => GLOSSARY.gradientDescent.en.test(p.en),
        (p) => !p.ko.includes(GLOSSARY.gradientDescent.ko),
      ),
    ).toEqual([]);
  });

  it('regularisation is 규제, never 정규화; 정규화 only where the English says normalisation', () => {
    expect(
      breaking(
        (p) => GLOSSARY.regularisation.en.test(p.en),
        (p) => !p.ko.includes(GLOSSARY.regularisation.ko),
      ),
    ).toEqual([]);
    expect(
      breaking(
        (p) => !GLOSSARY.normalisation.en.test(p.en),
        (p) => p.ko.includes(GLOSSARY.normalisation.ko),
      ),
    ).toEqual([]);
  });

  it('reset is never 초기화 (weight initialisation); 초기화 only where the English initialises', () => {
    expect(
      breaking(
        (p) => !GLOSSARY.initialisation.en.test(p.en),
        (p) => p.ko.includes(GLOSSARY.initialisation.ko),
      ),
    ).toEqual([]);
    expect(
      breaking(
        (p) => GLOSSARY.reset.en.test(p.en),
        (p) => !p.ko.includes(GLOSSARY.reset.ko),
      ),
    ).toEqual([]);
  });

  it('every catalogue family has a Korean name and every range a Korean form without English words', () => {
    for (const a of cat.activations) {
      expect(/[\uac00-\ud7a3]/.test(a.familyKo), a.name).toBe(true);
      expect(rangeKo(a.range), a.name).not.toMatch(/\b(inf|or|sums)\b/);
    }
  });

  it('family names: one table — the UI family.<token> is the catalogue name in both languages', () => {
    for (const a of cat.activations) {
      expect(ko[`family.${a.family}` as keyof typeof ko], a.family).toBe(a.familyKo);
      expect(en[`family.${a.family}` as keyof typeof en], a.family).toBe(a.familyEn);
    }
  });

  it('Korean function names are for real catalogue functions', () => {
    const names = new Set(cat.activations.map((a) => a.name));
    for (const k of Object.keys(KO_FUNCTION_NAMES)) expect(names.has(k), k).toBe(true);
  });

  it('every catalogue function has a Korean name, or is on the list of names kept in English', () => {
    // The functions in neither list or in both (each needs one decision).
    const undecided = (names: string[]) =>
      names.filter((n) => n in KO_FUNCTION_NAMES === EN_FUNCTION_NAMES.includes(n));
    const names = cat.activations.map((a) => a.name);
    expect(undecided(names)).toEqual([]);
    for (const k of EN_FUNCTION_NAMES) expect(names, k).toContain(k);
    for (const v of Object.values(KO_FUNCTION_NAMES)) expect(v).toMatch(/[\uac00-\ud7a3]/);
    // The counterfactual: a function new to the catalogue, in neither list, is caught.
    expect(undecided([...names, 'new_function'])).toEqual(['new_function']);
  });

  it('Korean pages name functions in Korean with the English name beside it; ranges use ∞', () => {
    expect(actDisplay({ name: 'sigmoid', display: 'Sigmoid' }, 'ko')).toBe('시그모이드 (Sigmoid)');
    expect(actDisplay({ name: 'sigmoid', display: 'Sigmoid' }, 'en')).toBe('Sigmoid');
    expect(actDisplay({ name: 'relu', display: 'ReLU' }, 'ko')).toBe('ReLU');
    expect(rangeText('[0, inf)', 'ko')).toBe('[0, ∞)');
    expect(rangeText('{value} or (threshold, inf)', 'ko')).toBe('{value} 또는 (threshold, ∞)');
    expect(rangeText('(0, 1), sums to 1', 'ko')).toBe('(0, 1), 합이 1');
    expect(rangeText('(-inf, inf)', 'en')).toBe('(-∞, ∞)');
  });
});
