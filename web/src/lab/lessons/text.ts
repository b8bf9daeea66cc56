// text.ts — the keys of a lesson's texts (i18n/lessons.*.ts): lesson.<id>.<part>.
import type { LessonKey } from '../../i18n/lessons.en';
import type { LessonId } from './defs';

export type LessonPart = 'title' | 'summary' | 'objective' | 'look' | 'why' | 'quote' | 'source' | 'check';
export const LESSON_PARTS: readonly LessonPart[] = [
  'title',
  'summary',
  'objective',
  'look',
  'why',
  'quote',
  'source',
  'check',
];

export function lessonKey(id: LessonId, part: LessonPart): LessonKey {
  return `lesson.${id}.${part}` as LessonKey;
}

/** The prediction question of a lesson (`q`) and its choices (0, 1, …): predict.<id>.<part>. */
export function predictKey(id: LessonId, part: 'q' | number): LessonKey {
  return `predict.${id}.${part}` as LessonKey;
}
