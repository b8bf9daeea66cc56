// text.ts — the keys of a lesson's texts (i18n/lessons.*.ts): lesson.<id>.<part>.
import type { LessonKey } from '../../i18n/lessons.en';
import type { LessonId } from './defs';

export type LessonPart = 'title' | 'summary' | 'look' | 'why' | 'quote' | 'source' | 'check';
export const LESSON_PARTS: readonly LessonPart[] = [
  'title',
  'summary',
  'look',
  'why',
  'quote',
  'source',
  'check',
];

export function lessonKey(id: LessonId, part: LessonPart): LessonKey {
  return `lesson.${id}.${part}` as LessonKey;
}
