// The recap page's content (web/src/lab/lessons/recap.ts, progress.ts): every lesson of defs.ts is
// listed once in order and cited by at least one piece of advice, every advice has its texts in both
// languages, and the results stored in this browser come back as recorded, while stored text that is
// not a result (old, edited, another key) is ignored, not trusted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lessonsEn } from '../../web/src/i18n/lessons.en';
import { lessonsKo } from '../../web/src/i18n/lessons.ko';
import { LESSONS } from '../../web/src/lab/lessons/defs';
import { doneLessons, lessonResults, markDone, recordResult } from '../../web/src/lab/lessons/progress';
import { ADVICE, adviceKey, adviceLessons, recapRows } from '../../web/src/lab/lessons/recap';

class MemoryStorage {
  private readonly map = new Map<string, string>();
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, v);
  }
}

const g = globalThis as unknown as { localStorage?: MemoryStorage };
beforeEach(() => {
  g.localStorage = new MemoryStorage();
});
afterEach(() => {
  delete g.localStorage;
});

describe('recap (#choose)', () => {
  it('lists every lesson once, in order, "not yet measured" when nothing is stored', () => {
    const rows = recapRows(lessonResults());
    expect(rows.map((r) => r.lesson.id)).toEqual(LESSONS.map((l) => l.id));
    expect(rows.every((r) => r.result === undefined)).toBe(true);
  });

  it('every lesson is cited by some advice; every advice cites a lesson and has both texts', () => {
    const cited = new Set(ADVICE.flatMap((a) => adviceLessons(a).map((l) => l.id)));
    for (const l of LESSONS) expect(cited.has(l.id), l.id).toBe(true);
    for (const a of ADVICE) {
      expect(adviceLessons(a).length, a.id).toBeGreaterThan(0);
      for (const part of ['title', 'text'] as const) {
        const k = adviceKey(a.id, part);
        expect(k in lessonsEn && k in lessonsKo, k).toBe(true);
      }
    }
  });

  it('a recorded result comes back; a second one replaces it; other lessons stay unmeasured', () => {
    recordResult('step', {
      epoch: 10,
      facts: [{ run: 0, key: 'fact.frozen', values: { g: '0', d: '0' }, ok: true }],
      labels: ['step', 'sigmoid'],
    });
    markDone('step');
    recordResult('step', { epoch: 11, facts: [], labels: [] });
    const results = lessonResults();
    expect(results.get('step')?.epoch).toBe(11);
    expect([...results.keys()]).toEqual(['step']);
    expect(doneLessons()).toEqual(new Set(['step']));
    const rows = recapRows(results);
    expect(rows.filter((r) => r.result !== undefined).map((r) => r.lesson.id)).toEqual(['step']);
  });

  it('stored text that is not a result is ignored (bad JSON, wrong shapes, unknown fact keys)', () => {
    const store = g.localStorage;
    if (!store) throw new Error('no storage');
    store.setItem('actlab.lessons.results', '{not json');
    expect(lessonResults().size).toBe(0);
    store.setItem(
      'actlab.lessons.results',
      JSON.stringify({
        step: { epoch: 'ten', facts: [] },
        vanishing: {
          epoch: 3,
          facts: [
            { key: 'no.such.key', ok: true },
            { key: 'fact.loss', ok: true, values: { v: 1 } },
          ],
        },
        zigzag: 7,
      }),
    );
    const results = lessonResults();
    expect([...results.keys()]).toEqual(['vanishing']);
    expect(results.get('vanishing')?.facts.map((f) => f.key)).toEqual(['fact.loss']);
  });

  it('without storage (blocked) nothing is remembered and nothing throws', () => {
    delete g.localStorage;
    expect(() => recordResult('step', { epoch: 1, facts: [], labels: [] })).not.toThrow();
    expect(lessonResults().size).toBe(0);
  });
});
