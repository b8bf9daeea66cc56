// panel.ts — a lesson's panel: what to look at, why (with the source's words), and the check mark that
// turns on when the lesson's check (checks.ts) finds the phenomenon in this run's histories, with the
// measured facts beside it. Test hook: data-testid="lesson-check" with data-done="true" once observed
// and data-done-epoch = the epoch of the frame in which it was first observed.
import { lang, onLang, setText, t } from '../../i18n';
import type { RunHistory } from '../platform/record';
import { runColour } from '../platform/labels';
import { h, ht } from '../../ui/dom';
import type { CheckResult } from './checks';
import { LESSONS, type Lesson } from './defs';
import { markDone } from './progress';
import { lessonKey } from './text';

export class LessonPanel {
  readonly el: HTMLElement;
  private readonly check: HTMLElement;
  private readonly mark = h('span', { class: 'check-mark', 'aria-hidden': 'true' });
  /** Announced when it changes (not done -> observed); the facts below update every frame and are not. */
  private readonly state = h('p', { class: 'check-state', role: 'status', 'aria-live': 'polite' });
  private readonly facts = h('ul', { class: 'check-facts' });
  private readonly bar = h('span', { class: 'budget-fill' });
  private readonly budgetText = h('span', { class: 'budget-text small muted' });
  private readonly over = ht('p', 'lesson.overBudget', {}, { class: 'check-over small', hidden: true });
  private done = false;
  private labels: readonly string[] = [];
  private last: CheckResult = { done: false, facts: [] };

  constructor(
    private readonly lesson: Lesson,
    editorHref: () => string,
  ) {
    const index = LESSONS.indexOf(lesson);
    const prev = LESSONS[index - 1];
    const next = LESSONS[index + 1];
    const k = (p: Parameters<typeof lessonKey>[1]) => lessonKey(lesson.id, p);
    this.check = h(
      'aside',
      { class: 'lesson-check', 'data-testid': 'lesson-check', 'data-done': 'false' },
      h('div', { class: 'check-head' }, this.mark, this.state),
      ht('p', k('check'), {}, { class: 'check-what' }),
      this.facts,
      h(
        'div',
        { class: 'budget', 'aria-hidden': 'true' },
        h('span', { class: 'budget-track' }, this.bar),
        this.budgetText,
      ),
      this.over,
    );
    const quote = h(
      'blockquote',
      { class: 'lesson-quote' },
      ht('p', k('quote')),
      h('footer', {}, '— ', ht('cite', k('source'))),
    );
    onLang((l) => quote.setAttribute('lang', l));
    const editor = ht(
      'a',
      'lesson.openEditor',
      {},
      { class: 'btn btn-small', href: editorHref(), 'data-testid': 'lesson-editor' },
    );
    editor.addEventListener('focus', () => (editor.href = editorHref()));
    editor.addEventListener('mouseenter', () => (editor.href = editorHref()));
    this.el = h(
      'section',
      {
        class: 'lesson-panel',
        'data-testid': 'lesson-panel',
        'data-lesson': lesson.id,
        'aria-labelledby': 'lesson-title',
      },
      h(
        'div',
        { class: 'lesson-head' },
        ht('span', 'lesson.number', { n: index + 1, total: LESSONS.length }, { class: 'lesson-num' }),
        ht('h2', k('title'), {}, { id: 'lesson-title', class: 'lesson-title' }),
      ),
      h(
        'div',
        { class: 'lesson-body' },
        h(
          'div',
          { class: 'lesson-text' },
          ht('h3', 'lesson.look'),
          ht('p', k('look'), {}, { class: 'lesson-look' }),
          h(
            'details',
            { class: 'lesson-why', open: true },
            ht('summary', 'lesson.why'),
            ht('p', k('why')),
            quote,
          ),
        ),
        this.check,
      ),
      h(
        'nav',
        { class: 'lesson-nav' },
        prev ? this.navLink(prev, 'prev') : h('span'),
        ht('a', 'lesson.all', {}, { href: '#lessons', class: 'lesson-all', 'data-testid': 'lesson-all' }),
        editor,
        next ? this.navLink(next, 'next') : h('span'),
      ),
    );
    onLang(() => {
      this.render();
      for (const a of this.el.querySelectorAll<HTMLAnchorElement>('a[data-lang-link]'))
        a.href = `${a.dataset['base'] ?? ''}&lang=${lang()}`;
    });
  }

  private navLink(l: Lesson, dir: 'prev' | 'next'): HTMLElement {
    const a = h('a', {
      class: `lesson-step lesson-${dir}`,
      'data-lang-link': '',
      'data-base': `#lesson=${l.id}`,
      href: `#lesson=${l.id}&lang=${lang()}`,
      'data-testid': `lesson-${dir}`,
    });
    a.append(
      ht('span', dir === 'prev' ? 'lesson.prev' : 'lesson.next', {}, { class: 'small muted' }),
      ht('span', lessonKey(l.id, 'title'), {}, { class: 'lesson-step-title' }),
    );
    return a;
  }

  setLabels(labels: readonly string[]): void {
    this.labels = labels;
    this.render();
  }

  /** A new frame of every run: evaluate the lesson's check (once observed it stays until a restart). */
  onFrame(histories: readonly RunHistory[]): void {
    this.last = this.lesson.check(histories);
    const epoch = histories[0]?.samples[histories[0].samples.length - 1]?.epoch ?? 0;
    if (this.last.done && !this.done) {
      this.done = true;
      this.check.dataset['doneEpoch'] = String(epoch);
      markDone(this.lesson.id);
    }
    this.bar.style.width = `${Math.min(100, (100 * epoch) / this.lesson.budget)}%`;
    this.budgetText.textContent = t('lesson.budget', { e: epoch, budget: this.lesson.budget });
    this.over.hidden = this.done || epoch <= this.lesson.budget;
    this.render();
  }

  onRestart(): void {
    this.done = false;
    delete this.check.dataset['doneEpoch'];
    this.last = { done: false, facts: [] };
    this.bar.style.width = '0%';
    this.over.hidden = true;
    this.render();
  }

  private render(): void {
    this.check.dataset['done'] = String(this.done);
    this.check.classList.toggle('done', this.done);
    this.mark.textContent = this.done ? '✓' : '';
    const key = this.done ? 'lesson.observed' : 'lesson.notYet';
    if (this.state.dataset['key'] !== key) {
      this.state.dataset['key'] = key;
      setText(this.state, key);
    }
    this.facts.replaceChildren(
      ...this.last.facts.map((f) => {
        const chip = h('span', { class: 'run-chip' });
        chip.style.background = f.run === undefined ? 'transparent' : runColour(f.run);
        const who = f.run === undefined ? '' : `${this.labels[f.run] ?? ''}: `;
        return h(
          'li',
          { class: f.ok ? 'fact ok' : 'fact' },
          h('span', { class: 'fact-mark', 'aria-hidden': 'true' }, f.ok ? '✓' : '·'),
          chip,
          h('span', {}, who + t(f.key, f.values)),
        );
      }),
    );
  }
}
