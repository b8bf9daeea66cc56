// features.ts — input feature toggles (x, y, x², y², xy, sin x, sin y), each with a picture of the
// feature over the plane.
import { setText } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { ONE_D_FEATURES, datasetMeta } from '../../state/defaults';
import type { AppState } from '../../state/types';
import type { AppContext, Panel } from '../context';
import { h, ht, nextId } from '../dom';
import { featureGrid } from '../render/features';
import { fillHeatmap } from '../render/heatmap';

const SIZE = 28;

export class FeaturesPanel implements Panel {
  readonly el: HTMLElement;
  readonly onState: (s: Readonly<AppState>) => void;

  constructor(ctx: AppContext) {
    const rows = ctx.cat.features.map((f) => {
      const id = nextId('feat');
      const input = h('input', { id, type: 'checkbox', 'data-testid': `feature-${f}` });
      input.addEventListener('change', () =>
        ctx.store.update('net', (s) => {
          const on = new Set(s.features);
          if (input.checked) on.add(f);
          else on.delete(f);
          s.features = ctx.cat.features.filter((g) => on.has(g));
        }),
      );
      const canvas = h('canvas', { class: 'feature-thumb', 'aria-hidden': 'true' });
      this.paint(canvas, f);
      const lab = setText(h('label', { for: id, class: 'feature-name' }), `features.${f}` as MessageKey);
      const row = h('div', { class: 'feature', 'data-hide': f }, input, canvas, lab);
      return { f, input, row };
    });
    this.onState = (s) => {
      const oneD = datasetMeta(ctx.cat, s.dataset).dims === 1;
      for (const { f, input, row } of rows) {
        input.checked = s.features.includes(f);
        const usable = !oneD || ONE_D_FEATURES.includes(f);
        input.disabled = !usable || (input.checked && s.features.length === 1);
        row.classList.toggle('disabled', !usable);
      }
    };
    this.el = h(
      'section',
      { class: 'panel panel-features', 'data-hide': 'features', 'aria-labelledby': 'features-title' },
      ht('h2', 'features.title', {}, { id: 'features-title', class: 'panel-title' }),
      ht('p', 'features.hint', {}, { class: 'hint', 'data-hide': 'text' }),
      h('div', { class: 'feature-list' }, ...rows.map((r) => r.row)),
    );
  }

  private paint(canvas: HTMLCanvasElement, name: string): void {
    canvas.width = SIZE;
    canvas.height = SIZE;
    const g = canvas.getContext('2d');
    if (g === null) return;
    const img = g.createImageData(SIZE, SIZE);
    fillHeatmap(img, featureGrid(name, SIZE), { head: 'signed', planes: 1, discretize: false });
    g.putImageData(img, 0, 0);
  }
}
