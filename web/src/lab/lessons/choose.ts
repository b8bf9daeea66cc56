// choose.ts — the recap page (#choose): which activation to pick, built from what the student measured
// in the lessons (progress.ts: stored when a lesson's check ticked on its own runs). Each advice cites
// the lessons behind it with this browser's measurement, or "not yet measured"; below, every lesson.
import { lang, onLang, t } from '../../i18n';
import type { Lang } from '../../state/types';
import { h, ht } from '../../ui/dom';
import { labFooter, labHeader } from '../platform/chrome';
import { rewriteHash } from '../platform/hash';
import { runColour } from '../platform/labels';
import type { Lesson } from './defs';
import { LESSONS } from './defs';
import { factClass } from './checks';
import { lessonResults, type LessonResult } from './progress';
import { ADVICE, adviceKey, adviceLessons, recapRows } from './recap';
import { lessonKey } from './text';

function lessonLinkEl(l: Lesson, testid: string): HTMLAnchorElement {
  const a = ht(
    'a',
    lessonKey(l.id, 'title'),
    {},
    { href: `#lesson=${l.id}&lang=${lang()}`, 'data-testid': testid },
  );
  a.dataset['lesson'] = l.id;
  return a;
}

/** The measured facts of a result (or "not yet measured"), in the current language. */
function measured(result: LessonResult | undefined): HTMLElement {
  if (!result) return ht('p', 'choose.notYet', {}, { class: 'small muted choose-not-yet' });
  const list = h('ul', { class: 'check-facts choose-facts' });
  onLang(() =>
    list.replaceChildren(
      ht('li', 'choose.seenAt', { e: result.epoch }, { class: 'small muted' }),
      ...result.facts.map((f) => {
        const chip = h('span', { class: 'run-chip' });
        chip.style.background = f.run === undefined ? 'transparent' : runColour(f.run);
        const who = f.run === undefined ? '' : `${result.labels[f.run] ?? t('run.n', { n: f.run + 1 })}: `;
        return h('li', { class: factClass(f) }, chip, h('span', {}, who + t(f.key, f.values)));
      }),
    ),
  );
  return list;
}

export function mountChoose(root: HTMLElement, initialLang: Lang): void {
  const results = lessonResults();
  const advice = ADVICE.map((a, i) => {
    const lessons = adviceLessons(a);
    return h(
      'section',
      { class: 'choose-advice', 'data-testid': `choose-advice-${a.id}` },
      h('h3', {}, `${i + 1}. `, ht('span', adviceKey(a.id, 'title'))),
      ht('p', adviceKey(a.id, 'text')),
      h(
        'ul',
        { class: 'choose-evidence' },
        ...lessons.map((l) =>
          h(
            'li',
            { 'data-measured': String(results.has(l.id)) },
            lessonLinkEl(l, `choose-cite-${a.id}-${l.id}`),
            measured(results.get(l.id)),
          ),
        ),
      ),
    );
  });
  const rows = recapRows(results).map(({ lesson, result }) =>
    h(
      'tr',
      { 'data-testid': `choose-lesson-${lesson.id}`, 'data-measured': String(result !== undefined) },
      h('td', {}, String(LESSONS.indexOf(lesson) + 1)),
      h('td', {}, lessonLinkEl(lesson, `choose-link-${lesson.id}`)),
      h('td', {}, measured(result)),
    ),
  );
  const table = h(
    'table',
    { class: 'choose-table', 'data-testid': 'choose-lessons' },
    h(
      'thead',
      {},
      h('tr', {}, h('th', {}, '#'), ht('th', 'choose.colLesson'), ht('th', 'choose.colMeasured')),
    ),
    h('tbody', {}, ...rows),
  );
  const main = h(
    'main',
    { id: 'main', class: 'lab-main choose-page', 'data-testid': 'choose-page' },
    h(
      'section',
      { class: 'list-intro' },
      ht('h2', 'choose.title', {}, { class: 'list-title' }),
      ht('p', 'choose.intro'),
      ht('p', 'choose.count', { n: results.size, total: LESSONS.length }, { class: 'small muted' }),
    ),
    ...advice,
    ht('h2', 'choose.allTitle', {}, { class: 'choose-all-title' }),
    table,
  );
  root.replaceChildren(
    labHeader('lessons', initialLang, (l) => rewriteHash({ lang: l })),
    main,
    labFooter(),
  );
  onLang((l) => {
    document.title = `${t('choose.title')} — ActLab`;
    for (const a of main.querySelectorAll<HTMLAnchorElement>('a[data-lesson]'))
      a.href = `#lesson=${a.dataset['lesson'] ?? ''}&lang=${l}`;
  });
}
