// The lab pages' translation tables (i18n/lessons.*.ts): Korean has exactly the English keys, no string
// is empty, placeholders match, Korean strings are Korean, every lesson has every text part, and every
// key the checks and labels use exists. Also: the merged tables do not shadow a playground key.
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en';
import { lessonsEn } from '../../web/src/i18n/lessons.en';
import { lessonsKo } from '../../web/src/i18n/lessons.ko';
import { LESSONS } from '../../web/src/lab/lessons/defs';
import { LESSON_PARTS, lessonKey } from '../../web/src/lab/lessons/text';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(lessonsEn) as (keyof typeof lessonsEn)[];

describe('lab page texts', () => {
  it('ko has exactly the keys of en, none empty, the same placeholders', () => {
    expect(Object.keys(lessonsKo).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(lessonsEn[k].trim(), k).not.toBe('');
      expect(lessonsKo[k].trim(), k).not.toBe('');
      expect(placeholders(lessonsKo[k]), k).toEqual(placeholders(lessonsEn[k]));
    }
  });

  it('Korean strings are Korean where English has words (names excepted)', () => {
    const hangul = /[\uac00-\ud7a3]/;
    const same = keys.filter((k) => /[a-z]{3}/i.test(lessonsEn[k]) && !hangul.test(lessonsKo[k]));
    expect(same.sort()).toEqual(['run.xavier'].sort());
  });

  it('every lesson has every part, in both languages', () => {
    for (const l of LESSONS) {
      for (const part of LESSON_PARTS) {
        const k = lessonKey(l.id, part);
        expect(k in lessonsEn, k).toBe(true);
        expect(k in lessonsKo, k).toBe(true);
      }
      for (const label of l.labels ?? []) expect(label in lessonsEn).toBe(true);
    }
  });

  it('no lab key shadows a playground key', () => {
    for (const k of keys) expect(k in en, k).toBe(false);
  });
});
