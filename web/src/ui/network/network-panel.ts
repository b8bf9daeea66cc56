// network-panel.ts — the network editor and diagram: hidden layers +/-, per-layer editors, output
// head and initialisation, and the live diagram.
import { setText, tToken } from '../../i18n';
import { defaultLayer, effectiveClasses, headAllowed, resolvedOutput } from '../../state/defaults';
import { netSettings } from '../../state/engine-config';
import type { AppState } from '../../state/types';
import type { AppContext, Frame, Panel } from '../context';
import { h, ht, label } from '../dom';
import type { Change } from '../store';
import { numberOptions, selectField } from '../widgets/fields';
import { icon } from '../widgets/icons';
import { Diagram } from './diagram';
import { FormulaEditor } from './formula-editor';
import { Gallery } from './gallery';
import { layerEditor } from './layer-editor';

/** Half-widths of the uniform initialisation. */
const SCALES = [0.05, 0.1, 0.25, 0.5, 1, 2];

export class NetworkPanel implements Panel {
  readonly el: HTMLElement;
  private readonly diagram = new Diagram();
  private readonly gallery: Gallery;
  private readonly formula: FormulaEditor;
  private readonly count: HTMLElement;
  private readonly add: HTMLButtonElement;
  private readonly remove: HTMLButtonElement;
  private readonly head;
  private readonly init;
  private readonly scale;
  private readonly empty;
  private signature = '';

  constructor(private readonly ctx: AppContext) {
    this.gallery = new Gallery(ctx);
    this.formula = new FormulaEditor(ctx, () => {
      this.signature = '';
      this.onState(ctx.store.state, 'net');
    });
    const net = (fn: (s: AppState) => void) => ctx.store.update('net', fn);
    this.add = label(
      h('button', { type: 'button', class: 'btn btn-icon', 'data-testid': 'add-layer' }, icon('plus', 16)),
      'network.addLayer',
    );
    this.remove = label(
      h(
        'button',
        { type: 'button', class: 'btn btn-icon', 'data-testid': 'remove-layer' },
        icon('minus', 16),
      ),
      'network.removeLayer',
    );
    this.add.addEventListener('click', () =>
      net((s) => {
        if (s.layers.length >= ctx.cat.limits.maxHidden) return;
        const last = s.layers[s.layers.length - 1];
        s.layers.push(last ? { ...last, params: [...last.params] } : defaultLayer(ctx.cat, 4, 'tanh'));
      }),
    );
    this.remove.addEventListener('click', () => net((s) => void s.layers.pop()));
    this.count = h('span', { class: 'layer-count' });
    const s0 = ctx.store.state;
    this.head = selectField(
      'network.output',
      [],
      resolvedOutput(ctx.cat, s0),
      (v) => net((s) => (s.output = v)),
      { hide: 'output', testid: 'output-head' },
    );
    this.init = selectField(
      'network.init',
      ctx.cat.inits.map((i) => ({ value: i, text: () => tToken('init', i) })),
      s0.init,
      (v) => net((s) => (s.init = v)),
      {
        hide: 'init',
        testid: 'init',
      },
    );
    this.scale = selectField(
      'network.initScale',
      numberOptions(SCALES, s0.initScale),
      s0.initScale,
      (v) => net((s) => (s.initScale = v)),
      {
        hide: 'init',
        testid: 'init-scale',
      },
    );
    this.el = h(
      'section',
      { class: 'panel panel-network', 'data-hide': 'network', 'aria-labelledby': 'network-title' },
      h(
        'div',
        { class: 'panel-head' },
        ht('h2', 'network.title', {}, { id: 'network-title', class: 'panel-title' }),
        h(
          'div',
          { class: 'layer-buttons', 'data-hide': 'numHiddenLayers' },
          this.remove,
          this.count,
          this.add,
        ),
        h('div', { class: 'field-row field-row-end' }, this.head.el, this.init.el, this.scale.el),
      ),
      ht('p', 'network.diagramHint', {}, { class: 'hint', 'data-hide': 'text' }),
      (this.empty = ht('p', 'network.noUnits', {}, { class: 'hint hint-strong', hidden: true })),
      this.formula.el,
      this.diagram.el,
      this.gallery.el,
    );
  }

  onState(s: Readonly<AppState>, change: Change): void {
    if (change !== 'data' && change !== 'net' && change !== 'lang') return;
    this.formula.onState(s, change);
    setText(this.count, 'network.hiddenLayers', { n: s.layers.length });
    this.add.disabled = s.layers.length >= this.ctx.cat.limits.maxHidden;
    this.remove.disabled = s.layers.length === 0;
    this.empty.hidden = s.layers.length > 0;
    const classes = effectiveClasses(this.ctx.cat, s);
    const heads = this.ctx.cat.outputs.filter((o) => headAllowed(o.name, classes));
    const output = resolvedOutput(this.ctx.cat, s);
    this.head.setOptions(
      heads.map((o) => ({ value: o.name, text: () => tToken('head', o.name) })),
      output,
    );
    this.init.set(s.init);
    this.scale.setOptions(numberOptions(SCALES, s.initScale), s.initScale);
    this.scale.el.hidden = s.init !== 'uniform';
    const nOut = netSettings(s, this.ctx.cat).nOut;
    const signature = JSON.stringify([s.features, s.layers, output, nOut, this.formula.declared]);
    if (signature === this.signature) return;
    this.signature = signature;
    this.diagram.build({
      features: s.features,
      hidden: s.layers.map((l, i) => layerEditor(this.ctx, this.gallery, i, l, this.formula.declared)),
      units: s.layers.map((l) => l.units),
      nOut,
      output,
    });
  }

  onRestart(): void {
    this.diagram.restarted();
  }

  onFrame(f: Frame): void {
    this.diagram.draw(f);
  }
}
