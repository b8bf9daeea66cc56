// layer-editor.ts — the head of one hidden layer's column: units +/-, activation picker, the
// activation's parameters (initial values, learn per unit) and maxout's piece count. A formula
// layer's parameters are the ones its text declares (`a = 1 in [0, 5]`), every one learnable.
import type { FormulaParamMeta } from '../../engine/types';
import type { AppContext } from '../context';
import { setText } from '../../i18n';
import { actMeta, defaultLayer } from '../../state/defaults';
import type { AppState, LayerState } from '../../state/types';
import { h, label, nextId } from '../dom';
import { fmtParam } from '../format';
import { icon } from '../widgets/icons';
import { ActPicker } from './act-picker';
import type { Gallery } from './gallery';

export function layerEditor(
  ctx: AppContext,
  gallery: Gallery,
  index: number,
  layer: LayerState,
  /** The parameters the network's formula declares (used by a formula layer). */
  declared: readonly FormulaParamMeta[],
): HTMLElement {
  const update = (fn: (l: LayerState, s: AppState) => LayerState) =>
    ctx.store.update('net', (s) => {
      const l = s.layers[index];
      if (l) s.layers[index] = fn(l, s);
    });
  const setAct = (act: string) =>
    update((l) => ({ ...defaultLayer(ctx.cat, l.units, act), maxoutK: l.maxoutK }));
  const units = (delta: number) => () =>
    update((l) => ({ ...l, units: Math.max(1, Math.min(ctx.cat.limits.maxUnits, l.units + delta)) }));

  const minus = label(
    h(
      'button',
      { type: 'button', class: 'btn btn-icon btn-tiny', 'data-testid': `layer-units-minus-${index}` },
      icon('minus', 14),
    ),
    'network.removeUnit',
    { n: index + 1 },
  );
  const plus = label(
    h(
      'button',
      { type: 'button', class: 'btn btn-icon btn-tiny', 'data-testid': `layer-units-plus-${index}` },
      icon('plus', 14),
    ),
    'network.addUnit',
    { n: index + 1 },
  );
  minus.disabled = layer.units <= 1;
  plus.disabled = layer.units >= ctx.cat.limits.maxUnits;
  minus.addEventListener('click', units(-1));
  plus.addEventListener('click', units(+1));

  const picker = new ActPicker(ctx, index, layer.act, setAct, () => gallery.open(index, layer.act, setAct));
  const meta = actMeta(ctx.cat, layer.act);
  const formula = layer.act === 'formula';
  // Maxout's piece count is its own control below (LayerSpec::maxout_k).
  const specs = formula ? declared : layer.act === 'maxout' ? [] : (meta?.params ?? []);
  const params = specs.map((p, k) => {
    const id = nextId('prm');
    const input = h('input', {
      id,
      type: 'number',
      class: 'param-input',
      min: p.lo,
      max: p.hi,
      step: 'any',
      value: fmtParam(layer.params[k] ?? p.def),
      'data-testid': `layer-param-${index}-${k}`,
    });
    input.addEventListener('change', () => {
      const v = Number(input.value);
      if (!Number.isFinite(v) || v < p.lo || v > p.hi) {
        input.value = fmtParam(layer.params[k] ?? p.def);
        return;
      }
      update((l) => {
        const next = specs.map((q, j) => l.params[j] ?? q.def);
        next[k] = v;
        return { ...l, params: next };
      });
    });
    return h('div', { class: 'param' }, h('label', { for: id, class: 'param-name' }, p.name), input);
  });
  const learnable = formula ? specs.length > 0 : meta?.params.some((p) => p.learnable) === true;
  let learn: HTMLElement | null = null;
  if (learnable) {
    const id = nextId('learn');
    const box = h('input', { id, type: 'checkbox', 'data-testid': `layer-learn-${index}` });
    box.checked = layer.learn;
    box.addEventListener('change', () => update((l) => ({ ...l, learn: box.checked })));
    learn = h('div', { class: 'param param-check' }, box, setText(h('label', { for: id }), 'network.learn'));
  }
  let pieces: HTMLElement | null = null;
  if (layer.act === 'maxout') {
    const id = nextId('k');
    const sel = h('select', { id, class: 'param-input' });
    for (let k = 2; k <= ctx.cat.limits.maxMaxoutPieces; k++)
      sel.appendChild(h('option', { value: k }, String(k)));
    sel.value = String(layer.maxoutK);
    sel.addEventListener('change', () => update((l) => ({ ...l, maxoutK: Number(sel.value) })));
    pieces = h(
      'div',
      { class: 'param' },
      setText(h('label', { for: id, class: 'param-name' }), 'network.maxoutK'),
      sel,
    );
  }

  return h(
    'div',
    { class: 'layer-editor' },
    h('div', { class: 'layer-title' }, setText(h('span'), 'network.layer', { n: index + 1 })),
    h(
      'div',
      { class: 'layer-units', 'data-hide': 'numHiddenLayers' },
      minus,
      setText(h('span', { class: 'units-count' }), 'network.units', { n: layer.units }),
      plus,
    ),
    picker.el,
    params.length > 0 || learn || pieces ? h('div', { class: 'params' }, ...params, learn, pieces) : null,
  );
}
