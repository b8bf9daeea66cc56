// The lessons against the real engine: every lesson, run exactly as the lab worker runs it in the
// browser (LabSession on the WASM module, snapshots recorded into histories), reaches its check within
// its budget — for its own seed and for other initial weights — and every check fails on a run of the
// same lesson where the phenomenon does not happen (one key changed), so no check can pass by itself.
import { describe, expect, it } from 'vitest';
import { LESSONS, LESSON_IDS, lessonById, type LessonId } from '../../web/src/lab/lessons/defs';
import { runLesson } from './lessons-harness';

/** One change per lesson that takes its phenomenon away. */
const WITHOUT: Record<Exclude<LessonId, 'gradcheck'>, { extra: string; why: string }> = {
  nonlinearity: { extra: 'r1.activation=tanh', why: 'both networks non-linear: neither stays below 80%' },
  step: { extra: 'r1.activation=sigmoid', why: 'a differentiable first layer: its gradient is not 0' },
  vanishing: { extra: 'r1.activation=relu&r1.init=he_normal', why: 'no sigmoid stack: nothing vanishes' },
  zigzag: { extra: 'r1.activation=tanh', why: 'zero-centred inputs: the weights also move oppositely' },
  'tanh-vs-sigmoid': {
    extra: 'r2.activation=tanh',
    why: 'the same function twice: neither is twice as fast',
  },
  'dying-relu': { extra: 'learningRate=0.003', why: 'a small learning rate: ReLU units survive' },
  prelu: { extra: 'learn=00', why: 'slopes not learnt: they stay where they started' },
  smooth: {
    extra: 'r2.activation=relu&r3.activation=relu&r4.activation=relu',
    why: 'ReLU four times: none is faster',
  },
  oscillating: { extra: 'r1.activation=tanh', why: 'a monotonic unit instead of the sine: 3 of 4 at most' },
  softmax: { extra: 'networkShape=2', why: 'two hidden units cannot carve five arms' },
  init: { extra: 'r1.init=xavier_normal', why: 'random weights break the symmetry' },
  optimizers: { extra: 'r1.optimizer=adam', why: 'the first run is no longer plain SGD' },
  overfitting: { extra: 'r1.dropout=0.5', why: 'the baseline is regularised too: no test loss blow-up' },
};

describe('lessons', () => {
  it('are the fourteen of the issue, in order', () => {
    expect(LESSON_IDS).toEqual([
      'nonlinearity',
      'step',
      'vanishing',
      'zigzag',
      'tanh-vs-sigmoid',
      'dying-relu',
      'prelu',
      'smooth',
      'oscillating',
      'softmax',
      'init',
      'optimizers',
      'overfitting',
      'gradcheck',
    ]);
    expect(LESSONS.map((l) => l.id)).toEqual([...LESSON_IDS]);
  });

  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      it(`reaches its check within its budget of ${lesson.budget} epochs`, async () => {
        const o = await runLesson(lesson);
        expect(o.histories.every((h) => h.samples[0]?.step === 0)).toBe(true); // recorded from the start
        expect(o.doneAt, JSON.stringify(o.last.facts)).not.toBeNull();
        expect(o.doneAt).toBeLessThanOrEqual(lesson.budget);
        expect(o.last.facts.every((f) => f.ok)).toBe(true);
        for (const h of o.histories)
          for (const s of h.samples) expect(Number.isFinite(s.trainLoss)).toBe(true);
      });

      it('reaches it with other initial weights too (seeds 2, 3, 5)', async () => {
        for (const seed of [2, 3, 5]) {
          const o = await runLesson(lesson, { extra: `initSeed=${seed}` });
          expect(o.doneAt, `seed ${seed}: ${JSON.stringify(o.last.facts)}`).not.toBeNull();
        }
      });

      const without = WITHOUT[lesson.id as Exclude<LessonId, 'gradcheck'>] as
        { extra: string; why: string } | undefined;
      if (without) {
        it(`does not pass without the phenomenon (${without.why})`, async () => {
          const o = await runLesson(lesson, { extra: without.extra, maxEpochs: 2 * lesson.budget });
          expect(o.doneAt).toBeNull();
          expect(o.epochs).toBeGreaterThanOrEqual(2 * lesson.budget);
          expect(o.last.facts.some((f) => !f.ok)).toBe(true);
        });
      }
    });
  }

  it('reaches every check at the fastest speed too (500 steps per frame), within 8x the budget', async () => {
    for (const lesson of LESSONS) {
      const o = await runLesson(lesson, { speed: 500, maxEpochs: 8 * lesson.budget + 100 });
      expect(o.doneAt, `${lesson.id}: ${JSON.stringify(o.last.facts)}`).not.toBeNull();
    }
  });

  it('the gradient check lesson measures real gradient checks of every run', async () => {
    const lesson = lessonById('gradcheck');
    if (!lesson) throw new Error('no gradcheck lesson');
    const o = await runLesson(lesson, { untilDone: false, maxEpochs: 8 });
    for (const h of o.histories) {
      expect(h.gradchecks.length).toBeGreaterThanOrEqual(3);
      expect(new Set(h.gradchecks.map((g) => g.epoch)).size).toBe(h.gradchecks.length);
      for (const g of h.gradchecks) {
        expect(g.maxRelError).toBeGreaterThan(0);
        expect(g.maxRelError).toBeLessThan(1e-3);
      }
    }
  });
});
