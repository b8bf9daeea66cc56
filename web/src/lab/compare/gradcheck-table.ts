// gradcheck-table.ts — the gradient-check lesson's evidence: every check the worker ran (epoch,
// largest relative error of backprop against central differences, parameters skipped at kinks),
// newest first, with the 1e-3 line the errors must stay under.
import { setText } from '../../i18n';
import { h, ht } from '../../ui/dom';
import { runColour } from '../platform/labels';
import type { RunHistory } from '../platform/record';

const SHOWN = 8;
const TOL = 1e-3;

export class GradcheckTable {
  readonly el: HTMLElement;
  private readonly body = h('div', { class: 'gc-runs' });
  private labels: readonly string[] = [];

  constructor() {
    this.el = h(
      'section',
      { class: 'panel panel-gradcheck', 'data-testid': 'cmp-gradcheck' },
      ht('h2', 'cmp.gcTitle', {}, { class: 'panel-title' }),
      ht('p', 'cmp.gcDesc', {}, { class: 'hint' }),
      this.body,
    );
  }

  reset(labels: readonly string[]): void {
    this.labels = labels;
    this.body.replaceChildren();
  }

  update(histories: readonly RunHistory[]): void {
    const blocks = histories.map((hist, r) => {
      const chip = h('span', { class: 'run-chip' });
      chip.style.background = runColour(r);
      const rows = hist.gradchecks
        .slice(-SHOWN)
        .reverse()
        .map((g) => {
          // Bar: log10 of the error on a scale from 1e-9 (empty) to 1e-1 (full); the tolerance is a line.
          const pos = (v: number) => Math.max(0, Math.min(1, (Math.log10(Math.max(v, 1e-12)) + 9) / 8));
          const bar = h(
            'span',
            { class: 'gc-bar' },
            h('span', { class: 'gc-fill' }),
            h('span', { class: 'gc-tol' }),
          );
          (bar.children[0] as HTMLElement).style.width = `${100 * pos(g.maxRelError)}%`;
          (bar.children[1] as HTMLElement).style.left = `${100 * pos(TOL)}%`;
          return h(
            'tr',
            { class: g.maxRelError < TOL ? 'ok' : 'bad' },
            h('td', {}, String(g.epoch)),
            h('td', { class: 'num' }, g.maxRelError.toExponential(1)),
            h('td', {}, bar),
            h('td', { class: 'num' }, String(g.skipped)),
          );
        });
      return h(
        'div',
        { class: 'gc-run' },
        h('h3', { class: 'gc-name' }, chip, ' ', this.labels[r] ?? ''),
        h(
          'table',
          { class: 'gc-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ht('th', 'cmp.gcEpoch'),
              ht('th', 'cmp.gcError'),
              setText(h('th'), 'cmp.gcTol'),
              ht('th', 'cmp.gcSkipped'),
            ),
          ),
          h('tbody', {}, ...rows),
        ),
      );
    });
    this.body.replaceChildren(...blocks);
  }
}
