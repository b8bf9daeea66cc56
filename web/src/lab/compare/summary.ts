// summary.ts — the comparison's table: per run, epochs to the target loss, the latest losses and
// test accuracy, dead units and the measured cost of its steps. Test hook: cmp-summary, one row per
// run with data-run.
import { onLang, t } from '../../i18n';
import { h, ht } from '../../ui/dom';
import { fmtLoss, fmtPercent } from '../../ui/format';
import { runColour } from '../platform/labels';
import { epochsTo, hiddenMean, latest, type RunHistory } from '../platform/record';

export class SummaryTable {
  readonly el: HTMLElement;
  private readonly body = h('tbody');
  private readonly targetHead = h('th', { scope: 'col' });
  private target = 0.1;
  private labels: readonly string[] = [];

  constructor() {
    const head = h(
      'tr',
      {},
      ht('th', 'cmp.colRun', {}, { scope: 'col' }),
      this.targetHead,
      ht('th', 'cmp.colTrain', {}, { scope: 'col' }),
      ht('th', 'cmp.colTest', {}, { scope: 'col' }),
      ht('th', 'cmp.colAcc', {}, { scope: 'col' }),
      ht('th', 'cmp.colDead', {}, { scope: 'col' }),
      ht('th', 'cmp.colCost', {}, { scope: 'col', title: '' }),
    );
    this.el = h(
      'section',
      { class: 'panel panel-summary' },
      ht('h2', 'cmp.summary', {}, { class: 'panel-title' }),
      h(
        'div',
        { class: 'table-scroll' },
        h('table', { class: 'summary-table', 'data-testid': 'cmp-summary' }, h('thead', {}, head), this.body),
      ),
      ht('p', 'cmp.summaryNote', {}, { class: 'hint' }),
    );
    onLang(() => (this.targetHead.textContent = t('cmp.colTarget', { target: this.target })));
  }

  reset(labels: readonly string[], target: number): void {
    this.labels = labels;
    this.target = target;
    this.targetHead.textContent = t('cmp.colTarget', { target });
    this.body.replaceChildren();
  }

  update(histories: readonly RunHistory[]): void {
    const rows = histories.map((hist, i) => {
      const s = latest(hist);
      const reached = epochsTo(hist, this.target);
      const cell = (text: string, testid?: string) => h('td', { 'data-testid': testid }, text);
      const chip = h('span', { class: 'run-chip' });
      chip.style.background = runColour(i);
      return h(
        'tr',
        { 'data-run': i },
        h('th', { scope: 'row' }, chip, ' ', this.labels[i] ?? ''),
        cell(reached === null ? t('cmp.notYet') : String(reached), `cmp-reached-${i}`),
        cell(s ? fmtLoss(s.trainLoss) : '–'),
        cell(s ? fmtLoss(s.testLoss) : '–', `cmp-test-loss-${i}`),
        cell(s ? fmtPercent(s.testAcc) : '–'),
        cell(s ? fmtPercent(hiddenMean(s, (l) => l.dead)) : '–'),
        cell(hist.msPer1000Steps > 0 ? hist.msPer1000Steps.toFixed(1) : '–'),
      );
    });
    this.body.replaceChildren(...rows);
  }
}
