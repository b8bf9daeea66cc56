// list.ts — the lesson list (#lessons): the lessons in order, each with its one-paragraph
// explanation, the activation functions it compares drawn small, and whether this browser has already
// seen it happen.
import type { Catalogue, Curve } from '../../engine/types';
import { decodeComparison, parsePairs } from '../platform/runs';
import { labFooter, labHeader } from '../platform/chrome';
import { sectionHref } from '../../ui/nav';
import { runColour, runLabels } from '../platform/labels';
import { lang, onLang, t } from '../../i18n';
import type { Lang } from '../../state/types';
import { fitCanvas, h, ht } from '../../ui/dom';
import { drawCurve, thumbnail } from '../../ui/render/curve';
import { LESSONS, type Lesson } from './defs';
import { doneLessons } from './progress';
import { rewriteHash } from '../platform/hash';
import { lessonKey } from './text';

/** The distinct hidden activations of a lesson's runs, in run order, and the runs' labels. */
function lessonRuns(l: Lesson, cat: Catalogue): { acts: string[]; labels: () => string[] } {
  const cmp = decodeComparison([], cat, l.runs, parsePairs(l.link));
  const labels = () => (l.labels ? l.labels.map((k) => t(k)) : runLabels(cmp.runs, cat));
  return { acts: [...new Set(cmp.runs.flatMap((s) => s.layers.map((x) => x.act)))], labels };
}

function thumb(acts: string[], curves: Record<string, Curve>): HTMLCanvasElement {
  const canvas = h('canvas', { class: 'lesson-thumb', 'aria-hidden': 'true' });
  requestAnimationFrame(() => {
    const g = fitCanvas(canvas, 120, 72);
    g.fillStyle = '#f7f8fa';
    g.fillRect(0, 0, 120, 72);
    acts.forEach((a, i) => {
      const c = curves[a];
      if (c) drawCurve(g, c, 4, 4, 112, 64, thumbnail(runColour(i), 2));
    });
  });
  return canvas;
}

export function mountLessonList(
  root: HTMLElement,
  cat: Catalogue,
  curves: Record<string, Curve>,
  initialLang: Lang,
  notice: HTMLElement | null = null,
): void {
  const done = doneLessons();
  const cards = LESSONS.map((l, i) => {
    const { acts, labels } = lessonRuns(l, cat);
    const tags = h('div', { class: 'tags' });
    onLang(() => tags.replaceChildren(...labels().map((n) => h('span', { class: 'tag' }, n))));
    const link = h('a', {
      class: 'lesson-card',
      href: `#lesson=${l.id}&lang=${initialLang}`,
      'data-testid': `lesson-link-${l.id}`,
    });
    link.append(
      h(
        'div',
        { class: 'lesson-card-top' },
        h('span', { class: 'lesson-card-num' }, String(i + 1)),
        thumb(acts, curves),
        done.has(l.id) ? h('span', { class: 'lesson-card-done', title: '' }, '✓') : null,
      ),
      ht('h2', lessonKey(l.id, 'title'), {}, { class: 'lesson-card-title' }),
      ht('p', lessonKey(l.id, 'summary'), {}, { class: 'lesson-card-summary' }),
      tags,
      ht('span', 'list.start', {}, { class: 'lesson-card-go' }),
    );
    return link;
  });
  const intro = h(
    'section',
    { class: 'list-intro' },
    ht('h2', 'list.title', {}, { class: 'list-title' }),
    ht('p', 'list.intro'),
    h(
      'p',
      { class: 'list-more' },
      ht(
        'a',
        'list.toCompare',
        {},
        { href: sectionHref('compare', initialLang), 'data-lang-link': 'compare' },
      ),
      ' · ',
      ht(
        'a',
        'list.toExplorer',
        {},
        { href: sectionHref('explorer', initialLang), 'data-lang-link': 'explorer' },
      ),
    ),
    h(
      'p',
      { class: 'list-more' },
      ht(
        'a',
        'list.toChoose',
        {},
        { href: `#choose&lang=${initialLang}`, 'data-testid': 'list-choose', 'data-choose-link': '' },
      ),
    ),
  );
  const main = h(
    'main',
    { id: 'main', class: 'lab-main list-page' },
    intro,
    notice,
    h('div', { class: 'lesson-grid', 'data-testid': 'lesson-list' }, ...cards),
  );
  root.replaceChildren(
    labHeader('lessons', initialLang, (l) => rewriteHash({ lang: l })),
    main,
    labFooter(),
  );
  onLang(() => {
    document.title = `${t('list.title')} — ActLab`;
    cards.forEach((c, i) => c.setAttribute('href', `#lesson=${LESSONS[i]?.id ?? ''}&lang=${lang()}`));
    for (const a of main.querySelectorAll<HTMLAnchorElement>('a[data-choose-link]'))
      a.href = `#choose&lang=${lang()}`;
    for (const a of main.querySelectorAll<HTMLAnchorElement>('a[data-lang-link]'))
      a.href = sectionHref(a.dataset['langLink'] === 'explorer' ? 'explorer' : 'compare', lang());
  });
}
