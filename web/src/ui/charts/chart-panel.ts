// chart-panel.ts — the frame around every chart: title, one line of explanation, the canvas box.
import type { MessageKey } from '../../i18n/en';
import { h, ht } from '../dom';

export function chartPanel(
  opts: { title: MessageKey; desc: MessageKey; hide: string; testid: string; extraClass?: string },
  body: HTMLElement,
): HTMLElement {
  const id = `${opts.testid}-title`;
  return h(
    'section',
    { class: `panel panel-chart ${opts.extraClass ?? ''}`, 'data-hide': opts.hide, 'aria-labelledby': id },
    ht('h2', opts.title, {}, { id, class: 'panel-title' }),
    ht('p', opts.desc, {}, { class: 'hint', 'data-hide': 'text' }),
    body,
  );
}

/** A box for a Chart.js canvas (the chart sizes itself to the box); the canvas is named by the title
 * of the chartPanel with the same testid. */
export function chartBox(testid: string, height: number): { box: HTMLElement; canvas: HTMLCanvasElement } {
  const canvas = h('canvas', { role: 'img', 'aria-labelledby': `${testid}-title` });
  const box = h('div', { class: 'chart-box', 'data-testid': testid }, canvas);
  box.style.height = `${height}px`;
  return { box, canvas };
}
