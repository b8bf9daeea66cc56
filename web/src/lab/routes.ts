// routes.ts — the lab pages' routes, chosen by the link: #lessons (the list), #lesson=ID, #choose (the
// recap), #compare[=N] and #explorer; anything else is the playground (main.ts). A link to another route reloads the page
// (each route owns its worker), edits within a page rewrite the link without a navigation.
import './lab.css';
import { LabClient, WorkerLife } from './platform/client';
import { mountCompare } from './compare/page';
import { parsePairs, type Pairs } from './platform/runs';
import { mountExplorer } from './explorer/explorer';
import { t } from '../i18n';
import type { Lang } from '../state/types';
import { bootWorker, fatalScreen, wantsSimd } from '../ui/boot';
import { watchWorker } from '../ui/watchdog';
import { linkFormulaCheck } from '../ui/formula-checks';
import { h } from '../ui/dom';
import { openInActLab, wantsEmbed } from '../ui/embed';
import type { LabContext } from './platform/client';
import { lessonById } from './lessons/defs';
import { mountLessonList } from './lessons/list';
import { mountChoose } from './lessons/choose';
import { mountLesson } from './lessons/page';
import type { Route } from './route-of';

export type { Route } from './route-of';

/** Starts the lab worker, then builds the route's page into root. The lab's texts are loaded already
 * (main.ts loads them with this chunk, under one timeout). */
export async function startLab(root: HTMLElement, route: Route, pairs: Pairs, lang: Lang): Promise<void> {
  const client = LabClient.start();
  const ready = await bootWorker(client, wantsSimd(pairs), root);
  if (ready === null) return;
  // A lesson's own link may carry a formula (lesson mix): the worker checks it with the page's.
  const lesson = route.kind === 'lesson' ? lessonById(route.id) : undefined;
  const checkFormula = await linkFormulaCheck(
    client,
    lesson ? [...parsePairs(lesson.link), ...pairs] : pairs,
  );
  const life = new WorkerLife();
  const ctx = { cat: ready.catalogue, curves: ready.curves, client, checkFormula, life };
  mountRoute(root, route, ctx, pairs, lang);
  // A worker that dies mid-training is replaced; the page showing runs brings them back (compare/view.ts).
  watchWorker(client, () => LabClient.spawn(), wantsSimd(pairs), {
    died: (how, message) => life.died(how, message),
    revived: () => life.revived(),
    gaveUp: (message) => root.replaceChildren(fatalScreen(message)),
  });
  // Embedded in a course page: no header or footer (main.css, lab.css), a small link to the full page.
  if (wantsEmbed(pairs)) {
    document.body.classList.add('embed');
    // (in a landmark of its own, like every part of the page: axe 'region')
    root.appendChild(h('nav', { class: 'open-full-nav', 'aria-label': 'ActLab' }, openInActLab()));
  }
}

function mountRoute(root: HTMLElement, route: Route, ctx: LabContext, pairs: Pairs, lang: Lang): void {
  switch (route.kind) {
    case 'lessons':
      return mountLessonList(root, ctx.cat, ctx.curves, lang);
    case 'lesson': {
      const lesson = lessonById(route.id);
      if (lesson) return mountLesson(root, ctx, lesson, pairs, lang);
      const notice = h(
        'div',
        { class: 'notice-item', role: 'alert', 'data-testid': 'notice' },
        t('lesson.unknown', { id: route.id }),
      );
      return mountLessonList(root, ctx.cat, ctx.curves, lang, notice);
    }
    case 'choose':
      return mountChoose(root, lang);
    case 'compare':
      return mountCompare(root, ctx, pairs, lang);
    case 'explorer':
      return mountExplorer(root, ctx, pairs, lang);
  }
}
