// page.ts — a lesson page (#lesson=ID): the lesson panel over the comparison of its runs. The lesson
// is a comparison link (defs.ts); the page's own link keys override it (e.g. initSeed=3 for other
// initial weights), and "open in the comparison editor" carries the whole configuration over.
import { decodeComparison, encodeComparison, parsePairs, type Pairs } from '../platform/runs';
import { lessonLink } from './links';
import { runLabels } from '../platform/labels';
import { labFooter, labHeader } from '../platform/chrome';
import type { LabContext } from '../platform/client';
import { CompareView } from '../compare/view';
import { onLang, t } from '../../i18n';
import type { Lang } from '../../state/types';
import { h, label } from '../../ui/dom';
import { icon } from '../../ui/widgets/icons';
import { Notices, showWarnings } from '../../ui/notice';
import type { Lesson } from './defs';
import { LessonPanel } from './panel';
import { rewriteHash } from '../platform/hash';
import { speedToken } from '../../state/speed';
import { wantsEmbed } from '../../ui/embed';

export function mountLesson(
  root: HTMLElement,
  ctx: LabContext,
  lesson: Lesson,
  pairs: Pairs,
  initialLang: Lang,
): void {
  const overrides = lessonLink(lesson, pairs, ctx.cat, ctx.checkFormula);
  let cmp = { runs: overrides.runs, warnings: overrides.warnings };
  const link = new Map(pairs);
  const speed = link.has('speed') ? (cmp.runs[0]?.speed ?? lesson.speed) : lesson.speed;
  const labels = () => (lesson.labels ? lesson.labels.map((k) => t(k)) : runLabels(cmp.runs, ctx.cat));
  let currentLang = initialLang;
  const editorHref = () =>
    `#${encodeComparison({ runs: cmp.runs.map((s) => ({ ...s, lang: currentLang })), target: lesson.target }, ctx.cat)}`;
  // Embedded (embed=1): the compact panel, so the transport and the runs fit a 640 x 480 iframe.
  const panel = new LessonPanel(lesson, editorHref, overrides, wantsEmbed(pairs));
  const spec = () => ({
    runs: cmp.runs,
    target: lesson.target,
    speed,
    trace: lesson.trace,
    gradcheck: lesson.gradcheck,
    extras: lesson.extras,
  });
  // Other initial weights: a new initSeed in the link, the same lesson configured again (no reload).
  const dice = label(
    h('button', { type: 'button', class: 'btn btn-round', 'data-testid': 'lesson-reinit' }, icon('dice')),
    'lesson.reinit',
  );
  dice.addEventListener('click', () => {
    const seed = String((Math.random() * 0xffffffff) >>> 0);
    rewriteHash({ initSeed: seed });
    cmp = decodeComparison(
      [...pairs.filter(([k]) => k !== 'initSeed'), ['initSeed', seed]],
      ctx.cat,
      lesson.runs,
      parsePairs(lesson.link),
      ctx.checkFormula,
    );
    view.configure(spec());
  });
  const view = new CompareView(
    ctx,
    spec(),
    {
      labels,
      onFrame: (hs) => panel.onFrame(hs),
      onRestart: () => panel.onRestart(),
      onSpeed: (v) => rewriteHash({ speed: speedToken(v) }),
    },
    h('div', { class: 'field-row cmp-tools' }, dice),
  );
  panel.onDone = () => view.api.lessonDone(lesson.id);
  const notices = new Notices();
  showWarnings(notices, cmp.warnings);
  root.replaceChildren(
    labHeader('lessons', initialLang, (l) => {
      currentLang = l;
      rewriteHash({ lang: l });
    }),
    view.toolbar,
    notices.slot,
    h('main', { id: 'main', class: 'lab-main lesson-page' }, panel.el, view.el),
    labFooter(),
  );
  onLang(() => {
    panel.setLabels(labels());
    view.relabel();
    document.title = `${t(`lesson.${lesson.id}.title` as Parameters<typeof t>[0])} — ActLab`;
  });
}
