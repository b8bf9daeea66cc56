// gallery.ts — a dialog with every activation of the catalogue: curve (f solid, f' dashed), formula
// (KaTeX), range, properties and one line of explanation in the current language. Choosing a card
// sets the layer's activation. Native <dialog>: Esc closes, focus stays inside.
import { lang, setAttr, setText } from '../../i18n';
import { rangeText } from '../../i18n/glossary';
import { hiddenActChoices, type ActChoice } from '../act-names';
import type { AppContext } from '../context';
import { fitCanvas, h, nextId } from '../dom';
import { drawCurve, withDerivative } from '../render/curve';
import { renderTex } from '../render/katex';
import { modalDialog } from '../widgets/dialog';

export class Gallery {
  readonly el: HTMLDialogElement;
  private readonly hint: HTMLElement;
  private readonly cards = new Map<string, HTMLButtonElement>();
  private onPick: ((act: string) => void) | null = null;

  constructor(private readonly ctx: AppContext) {
    this.hint = h('p', { class: 'hint' });
    const grid = h('div', { class: 'gallery-grid' });
    for (const a of hiddenActChoices(ctx.cat)) {
      const card = this.card(a);
      this.cards.set(a.value, card);
      grid.appendChild(card);
    }
    this.el = modalDialog('gallery', 'network.galleryTitle', {}, this.hint, grid);
    this.el.addEventListener('click', (e) => {
      if (e.target === this.el) this.el.close();
    });
  }

  open(layer: number, current: string, onPick: (act: string) => void): void {
    this.onPick = onPick;
    setText(this.hint, 'network.galleryHint', { n: layer + 1 });
    for (const [name, card] of this.cards) card.setAttribute('aria-pressed', String(name === current));
    this.el.showModal();
    this.cards.get(current)?.focus();
  }

  private card(choice: ActChoice): HTMLButtonElement {
    const a = choice.meta;
    const canvas = h('canvas', { class: 'gallery-curve', 'aria-hidden': 'true' });
    const g = fitCanvas(canvas, 150, 80);
    const c = this.ctx.curves[a.name];
    if (c) drawCurve(g, c, 2, 2, 146, 76, withDerivative('rgba(0,0,0,0.18)'));
    const formula = renderTex(h('div', { class: 'formula' }), a.latex);
    const derivative = renderTex(h('div', { class: 'formula formula-d' }), a.latexD);
    const desc = h('p', { class: 'gallery-desc', id: nextId('desc') });
    setText(desc, () => (lang() === 'ko' ? a.descKo : a.descEn));
    const props = (
      [
        [a.monotonic, 'prop.monotonic'],
        [a.zeroCentred, 'prop.zeroCentred'],
        [a.smooth, 'prop.smooth'],
        [a.saturating, 'prop.saturating'],
        [a.hasDeadZone, 'prop.deadZone'],
        [a.params.some((p) => p.learnable), 'prop.learnable'],
      ] as const
    )
      .filter(([on]) => on)
      .map(([, key]) => key);
    const card = h(
      'button',
      { type: 'button', class: 'gallery-card', 'data-act': a.name },
      h(
        'div',
        { class: 'gallery-card-head' },
        setText(h('strong', {}), choice.text),
        setText(h('span', { class: 'muted' }), () => rangeText(a.range, lang())),
      ),
      canvas,
      formula,
      derivative,
      desc,
      h('div', { class: 'tags' }, ...props.map((key) => setText(h('span', { class: 'tag' }), key))),
      h('div', { class: 'muted small' }, a.source),
    );
    card.addEventListener('click', () => {
      this.onPick?.(a.name);
      this.el.close();
    });
    setAttr(card, 'aria-label', choice.text);
    card.setAttribute('aria-describedby', desc.id);
    return card;
  }
}
