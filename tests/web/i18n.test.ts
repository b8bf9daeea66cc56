// The translation tables: Korean has every English key (also a compile-time check), no string is
// empty, and both sides use the same {placeholders}, so no value goes missing in one language.
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en';
import { ko } from '../../web/src/i18n/ko';
import { format } from '../../web/src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n tables', () => {
  it('ko has exactly the keys of en', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('no string is empty and placeholders match', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(ko[key].trim(), key).not.toBe('');
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('Korean strings are Korean where English has words', () => {
    const hangul = /[\uac00-\ud7a3]/;
    const same = (Object.keys(en) as (keyof typeof en)[]).filter(
      (k) => /[a-z]{3}/i.test(en[k]) && !hangul.test(ko[k]),
    );
    // Names that stay as they are in Korean UIs (brand, language names, math labels, optimiser names).
    const kept = [
      'app.title',
      'features.sinX',
      'features.sinY',
      'lang.en',
      'optimizer.sgd',
      'optimizer.rmsprop',
      'optimizer.adam',
      'optimizer.adagrad',
    ];
    expect(same.sort()).toEqual(kept.sort());
  });

  it('format inserts values as text and leaves unknown placeholders', () => {
    expect(format('{a} and {b}', { a: '<b>x</b>' })).toBe('<b>x</b> and {b}');
  });
});
