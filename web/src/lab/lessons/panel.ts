// panel.ts — a lesson's panel: its one-line summary and objective, a prediction to make before the
// first play, what to look at, why (closed until the check ticks or the student opens it, with the
// source's words), gentle notes where the sources are wrong, one-click counterfactuals ("Try this"),
// and the check mark that turns on when the lesson's check (checks.ts) finds the phenomenon in this
// run's histories, with the measured facts beside it. Test hooks: data-testid="lesson-check" with
// data-done="true" once observed and data-done-epoch = the epoch of the frame in which it was first
// observed; "lesson-panel" with data-modified="true" when the link changed the lesson's runs.
// Compact (embedded in a course page, embed=1): a one-line head and every text behind a disclosure
// in one row ("About this lesson", "Predict first", "What to look at", "Why", "Try this"), so that in
// a 640 x 480 iframe the transport and the runs are on the first screen; the check stays in view.
import { lang, onLang, setText, t, type MessageKey } from '../../i18n';
import type { RunHistory } from '../platform/record';
import { runColour } from '../platform/labels';
import { h, ht } from '../../ui/dom';
import { factClass, type CheckResult } from './checks';
import { LESSONS, type Lesson } from './defs';
import { lessonHref, variantHref, type LessonLink } from './links';
import { markDone, recordResult } from './progress';
import { lessonKey, predictKey } from './text';

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
  private readonly why: HTMLDetailsElement;
  private readonly predict: HTMLElement;
  private readonly predictResult = h('p', {
    class: 'predict-result',
    'data-testid': 'lesson-predict-result',
    hidden: true,
  });
  private readonly choices: HTMLButtonElement[] = [];
  /** The student's prediction (index of the choice), null: none made. */
  private chosen: number | null = null;
  /** Training has started (a frame after step 0): the prediction is locked. */
  private started = false;
  private done = false;
  /** Called once when the check ticks (the embed API tells the course page). */
  onDone: (() => void) | null = null;
  private labels: readonly string[] = [];
  private last: CheckResult = { done: false, facts: [] };

  constructor(
    private readonly lesson: Lesson,
    editorHref: () => string,
    private readonly link: LessonLink,
    private readonly compact = false,
  ) {
    const index = LESSONS.indexOf(lesson);
    const prev = LESSONS[index - 1];
    const next = LESSONS[index + 1];
    const k = (p: Parameters<typeof lessonKey>[1]) => lessonKey(lesson.id, p);
    const checkWhat = ht('p', k('check'), {}, { class: 'check-what' });
    const budget = h(
      'div',
      { class: 'budget', 'aria-hidden': 'true' },
      h('span', { class: 'budget-track' }, this.bar),
      this.budgetText,
    );
    // Compact: one row (mark, state, budget), what is measured and the facts one click away.
    this.check = h(
      'aside',
      { class: 'lesson-check', 'data-testid': 'lesson-check', 'data-done': 'false' },
      h('div', { class: 'check-head' }, this.mark, this.state),
      ...(compact
        ? [
            budget,
            h(
              'details',
              { class: 'lesson-fold check-more', 'data-testid': 'lesson-fold-check' },
              ht('summary', 'lesson.measured'),
              h('div', { class: 'fold-body' }, checkWhat, this.facts),
            ),
          ]
        : [checkWhat, this.facts, budget]),
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
    this.why = h(
      'details',
      { class: 'lesson-why', 'data-testid': 'lesson-why' },
      ht('summary', 'lesson.why'),
      ht('p', k('why')),
      quote,
    );
    this.predict = this.buildPredict();
    const modified = link.changes.length > 0;
    const num = ht('span', 'lesson.number', { n: index + 1, total: LESSONS.length }, { class: 'lesson-num' });
    const title = ht('h2', k('title'), {}, { id: 'lesson-title', class: 'lesson-title' });
    const summary = ht('p', k('summary'), {}, { class: 'lesson-summary', 'data-testid': 'lesson-summary' });
    const objective = h(
      'p',
      { class: 'lesson-objective', 'data-testid': 'lesson-objective' },
      ht('strong', 'lesson.objective'),
      ' ',
      ht('span', k('objective')),
    );
    const look = ht('p', k('look'), {}, { class: 'lesson-look' });
    const misconceptions = lesson.misconceptions.map((key) =>
      h(
        'aside',
        { class: 'lesson-misconception', 'data-testid': 'lesson-misconception' },
        ht('strong', 'lesson.misconception'),
        ' ',
        ht('span', key),
      ),
    );
    const nav = h(
      'nav',
      { class: 'lesson-nav' },
      prev ? this.navLink(prev, 'prev') : h('span'),
      ht('a', 'lesson.all', {}, { href: '#lessons', class: 'lesson-all', 'data-testid': 'lesson-all' }),
      ht(
        'a',
        'lesson.toChoose',
        {},
        {
          href: `#choose&lang=${lang()}`,
          class: 'lesson-all',
          'data-testid': 'lesson-choose',
          'data-lang-link': '',
          'data-base': '#choose',
        },
      ),
      editor,
      next ? this.navLink(next, 'next') : h('span'),
    );
    const attrs = {
      class: compact ? 'lesson-panel lesson-compact' : 'lesson-panel',
      'data-testid': 'lesson-panel',
      'data-lesson': lesson.id,
      'data-modified': String(modified),
      'data-variant': link.variant?.id,
      'aria-labelledby': 'lesson-title',
    };
    if (compact) {
      // Every text one click away, the summaries in one row; the check below them.
      const fold = (key: MessageKey, testid: string, ...body: (HTMLElement | null)[]) =>
        h(
          'details',
          { class: 'lesson-fold', 'data-testid': testid },
          ht('summary', key),
          h('div', { class: 'fold-body' }, ...body),
        );
      this.el = h(
        'section',
        attrs,
        h('div', { class: 'lesson-head' }, num, title),
        h(
          'div',
          { class: 'lesson-folds' },
          fold(
            'lesson.about',
            'lesson-fold-about',
            summary,
            objective,
            modified ? this.modifiedNote() : null,
            ...misconceptions,
            nav,
          ),
          fold('lesson.predict', 'lesson-fold-predict', this.predict),
          fold('lesson.look', 'lesson-fold-look', look),
          this.why,
          fold('lesson.tryThis', 'lesson-fold-try', this.tryThis()),
        ),
        this.check,
      );
    } else {
      this.el = h(
        'section',
        attrs,
        h('div', { class: 'lesson-head' }, num, title, summary, objective),
        modified ? this.modifiedNote() : null,
        h(
          'div',
          { class: 'lesson-body' },
          h(
            'div',
            { class: 'lesson-text' },
            this.predict,
            ht('h3', 'lesson.look'),
            look,
            ...misconceptions,
            this.why,
            this.tryThis(),
          ),
          this.check,
        ),
        nav,
      );
    }
    onLang(() => {
      this.render();
      for (const a of this.el.querySelectorAll<HTMLAnchorElement>('a[data-lang-link]'))
        a.href = `${a.dataset['base'] ?? ''}&lang=${lang()}`;
    });
  }

  /** The runs differ from the lesson's: say so, list what changed, link back to the lesson. */
  private modifiedNote(): HTMLElement {
    const { changes, variant } = this.link;
    const list = h('ul', { class: 'modified-list' });
    onLang(() =>
      list.replaceChildren(
        ...changes.map((c) =>
          h(
            'li',
            {},
            t('lesson.change', {
              run: this.link.runs.length > 1 ? t('run.n', { n: c.run + 1 }) : '',
              key: c.key,
              value: c.value ?? t('lesson.default'),
              was: c.was ?? t('lesson.default'),
            }),
          ),
        ),
      ),
    );
    const back = ht(
      'a',
      'lesson.backToLesson',
      {},
      {
        href: lessonHref(this.lesson, lang()),
        'data-lang-link': '',
        'data-base': `#lesson=${this.lesson.id}`,
      },
    );
    return h(
      'div',
      { class: 'lesson-modified', role: 'note', 'data-testid': 'lesson-modified' },
      variant
        ? h('p', {}, ht('strong', 'lesson.trying'), ' ', ht('span', variant.label))
        : ht('p', 'lesson.modified', {}, { class: 'modified-head' }),
      ht('p', 'lesson.modifiedCheck', {}, { class: 'small' }),
      list,
      h('p', {}, back),
    );
  }

  /** One prediction question before the first play: choices, locked once training starts. */
  private buildPredict(): HTMLElement {
    const id = this.lesson.id;
    const box = h(
      'fieldset',
      { class: 'lesson-predict', 'data-testid': 'lesson-predict', 'data-chosen': '' },
      ht('legend', 'lesson.predict'),
      ht('p', predictKey(id, 'q'), {}, { class: 'predict-q' }),
    );
    const row = h('div', { class: 'predict-choices' });
    for (let i = 0; i < this.lesson.predict.choices; i++) {
      const b = ht(
        'button',
        predictKey(id, i),
        {},
        {
          type: 'button',
          class: 'btn btn-small predict-choice',
          'aria-pressed': 'false',
          'data-testid': `lesson-predict-${i}`,
        },
      );
      b.addEventListener('click', () => {
        if (this.started) return;
        this.chosen = i;
        box.dataset['chosen'] = String(i);
        this.choices.forEach((c, j) => c.setAttribute('aria-pressed', String(j === i)));
        this.renderPredict();
      });
      this.choices.push(b);
      row.append(b);
    }
    box.append(row, this.predictResult);
    return box;
  }

  private renderPredict(): void {
    const answer = this.lesson.predict.answer;
    for (const c of this.choices) c.disabled = this.started;
    const r = this.predictResult;
    if (this.done) {
      r.hidden = false;
      r.dataset['correct'] = String(this.chosen === answer);
      r.textContent =
        this.chosen === null
          ? t('lesson.predictNone', { answer: t(predictKey(this.lesson.id, answer)) })
          : this.chosen === answer
            ? t('lesson.predictRight')
            : t('lesson.predictWrong', { answer: t(predictKey(this.lesson.id, answer)) });
    } else if (this.chosen !== null) {
      r.hidden = false;
      delete r.dataset['correct'];
      r.textContent = t(this.started ? 'lesson.predictWatch' : 'lesson.predictMade');
    } else r.hidden = true;
  }

  /** "Try this": each counterfactual of the lesson, one click away (a link: the page loads it). */
  private tryThis(): HTMLElement {
    const links = this.lesson.variants.map((v) =>
      ht(
        'a',
        v.label,
        {},
        {
          class: 'btn btn-small try-link',
          href: variantHref(this.lesson, v, lang()),
          'data-testid': `lesson-try-${v.id}`,
          'data-try': v.link,
          'aria-current': this.link.variant?.id === v.id ? 'true' : undefined,
        },
      ),
    );
    onLang((l) =>
      links.forEach((a, i) => {
        const v = this.lesson.variants[i];
        if (v) a.href = variantHref(this.lesson, v, l);
      }),
    );
    return h(
      'div',
      { class: 'lesson-try', 'data-testid': 'lesson-try' },
      ht('h3', 'lesson.tryThis'),
      ht('p', 'lesson.tryHint', {}, { class: 'small muted' }),
      h('div', { class: 'try-links' }, ...links),
    );
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
    const step = histories[0]?.samples[histories[0].samples.length - 1]?.step ?? 0;
    if (step > 0 && !this.started) {
      this.started = true;
      this.renderPredict();
    }
    if (this.last.done && !this.done) {
      this.done = true;
      this.check.dataset['doneEpoch'] = String(epoch);
      // Only the lesson's own runs count as the lesson measured (a counterfactual or an edit does not).
      if (this.link.changes.length === 0) {
        markDone(this.lesson.id);
        recordResult(this.lesson.id, { epoch, facts: this.last.facts, labels: [...this.labels] });
        this.onDone?.();
      }
      // (compact: the runs stay where they are; "Why" is one click away)
      if (!this.compact) this.why.open = true;
      this.renderPredict();
    }
    this.bar.style.width = `${Math.min(100, (100 * epoch) / this.lesson.budget)}%`;
    this.budgetText.textContent = t('lesson.budget', { e: epoch, budget: this.lesson.budget });
    this.over.hidden = this.done || epoch <= this.lesson.budget;
    this.render();
  }

  onRestart(): void {
    this.done = false;
    this.started = false;
    this.renderPredict();
    delete this.check.dataset['doneEpoch'];
    this.last = { done: false, facts: [] };
    this.bar.style.width = '0%';
    this.over.hidden = true;
    this.render();
  }

  private render(): void {
    this.renderPredict();
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
          { class: factClass(f) },
          h(
            'span',
            { class: 'fact-mark', 'aria-hidden': 'true' },
            f.ok === true ? '✓' : f.ok === false ? '·' : '',
          ),
          chip,
          h('span', {}, who + t(f.key, f.values)),
        );
      }),
    );
  }
}
