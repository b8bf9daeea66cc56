// recap.ts — what the recap page (#choose) says: which activation to pick where, each advice backed by
// the lessons that measure it, and every lesson of defs.ts (never a second list) with what this
// browser measured in it or "not yet measured". Pure: data and a function of stored results.
import type { LessonKey } from '../../i18n/lessons.en';
import { LESSONS, lessonById, type Lesson } from './defs';
import type { LessonResult } from './progress';

export interface Advice {
  /** Text keys: choose.<id>.title (the pick) and choose.<id>.text (why, when). */
  id: string;
  /** Lessons whose measurements back it (ids not defined yet are left out). */
  lessons: readonly string[];
}

/** The advice, most important first; the lessons are cited in the order to read them. */
export const ADVICE: readonly Advice[] = [
  { id: 'nonlinear', lessons: ['nonlinearity', 'step'] },
  { id: 'relu', lessons: ['vanishing', 'relu-speed', 'init', 'exploding'] },
  { id: 'dying', lessons: ['dying-relu', 'prelu', 'elu-mean'] },
  { id: 'smooth', lessons: ['smooth', 'elu-cost'] },
  { id: 'sigmoid', lessons: ['vanishing', 'zigzag', 'tanh-vs-sigmoid', 'mix'] },
  { id: 'output', lessons: ['softmax', 'output-heads'] },
  { id: 'periodic', lessons: ['oscillating', 'sine-periodic'] },
  { id: 'training', lessons: ['optimizers', 'overfitting', 'gradcheck', 'maxout'] },
];

export const adviceKey = (id: string, part: 'title' | 'text'): LessonKey =>
  `choose.${id}.${part}` as LessonKey;

/** An advice's lessons that exist, as lesson definitions. */
export function adviceLessons(a: Advice): Lesson[] {
  return a.lessons.map((id) => lessonById(id)).filter((l): l is Lesson => l !== undefined);
}

export interface RecapRow {
  lesson: Lesson;
  /** What this browser measured when the lesson's check first ticked on its own runs, if it did. */
  result: LessonResult | undefined;
}

/** Every lesson, in the lessons' order, with its stored result. */
export function recapRows(results: ReadonlyMap<string, LessonResult>): RecapRow[] {
  return LESSONS.map((lesson) => ({ lesson, result: results.get(lesson.id) }));
}
