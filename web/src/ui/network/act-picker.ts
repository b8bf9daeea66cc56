// act-picker.ts — the activation picker of one hidden layer: a native <select> (keyboard and screen
// readers for free; data-testid layer-activation-N), the selected function's curve, and a button to
// the gallery with every function's curve and formula.
import { setAttr, setText, tToken } from '../../i18n';
import { hiddenActChoices, type ActChoice } from '../act-names';
import type { AppContext } from '../context';
import { fitCanvas, h, label } from '../dom';
import { drawCurve, withDerivative } from '../render/curve';
import { icon } from '../widgets/icons';

export class ActPicker {
  readonly el: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly canvas: HTMLCanvasElement;

  constructor(
    private readonly ctx: AppContext,
    layer: number,
    act: string,
    onChange: (act: string) => void,
    openGallery: () => void,
  ) {
    this.select = h('select', {
      class: 'act-select',
      'data-testid': `layer-activation-${layer}`,
      'data-hide': 'activation',
    });
    setAttr(this.select, 'aria-label', 'network.activation', { n: layer + 1 });
    const families = new Map<string, ActChoice[]>();
    for (const a of hiddenActChoices(ctx.cat))
      families.set(a.meta.family, [...(families.get(a.meta.family) ?? []), a]);
    for (const [family, acts] of families) {
      const group = h('optgroup', {});
      setAttr(group, 'label', () => tToken('family', family));
      // The value stays the catalogue name; the visible name follows the language.
      for (const a of acts) group.appendChild(setText(h('option', { value: a.value }), a.text));
      this.select.appendChild(group);
    }
    // The student's own function (not a catalogue row): its text is edited above the diagram.
    const own = h('optgroup', {});
    setAttr(own, 'label', 'network.formulaGroup');
    own.appendChild(setText(h('option', { value: 'formula' }), 'network.formulaOption'));
    this.select.appendChild(own);
    this.select.value = act;
    this.select.addEventListener('change', () => onChange(this.select.value));
    this.canvas = h('canvas', { class: 'act-curve', 'aria-hidden': 'true' });
    const more = label(
      h(
        'button',
        { type: 'button', class: 'btn btn-icon', 'data-testid': `layer-gallery-${layer}` },
        icon('grid', 16),
      ),
      'network.gallery',
    );
    more.addEventListener('click', openGallery);
    this.el = h(
      'div',
      { class: 'act-picker' },
      this.select,
      h('div', { class: 'act-picker-row' }, this.canvas, more),
    );
    this.draw(act);
  }

  set(act: string): void {
    this.select.value = act;
    this.draw(act);
  }

  private draw(act: string): void {
    const g = fitCanvas(this.canvas, 64, 30);
    g.clearRect(0, 0, 64, 30);
    const c = this.ctx.curves[act];
    if (c) drawCurve(g, c, 1, 1, 62, 28, withDerivative('rgba(0,0,0,0.15)', 1.6));
    else {
      g.fillStyle = '#6b7280';
      g.font = '11px system-ui, sans-serif';
      g.fillText(act === 'formula' ? 'f(x)' : 'max(·)', 12, 19);
    }
  }
}
