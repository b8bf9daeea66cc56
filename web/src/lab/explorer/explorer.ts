// explorer.ts — the activation explorer (#explorer): every function of the core's catalogue with f and
// f' plotted (Chart.js), its formulas (KaTeX), properties, description, parameter sliders whose curves
// the engine recomputes live, overlays of other functions, a family filter and "train with this".
// Link keys (link.ts): act, family, p (the focused function's parameters), formula=<your own f(x)>,
// plotted beside them (checked by the core in the worker, never evaluated here) and actParams (its
// parameters' values).
// A worker that dies (ui/watchdog.ts) is replaced: the requests it never answered are asked of the new
// one, so the page's state (focus, overlays, parameters, own formula) and its pictures carry on.
// Embedded, the course page's embed API (ui/embed-api.ts) works here too: `ready` on load, `load`
// replaces the link, `get` answers a status (nothing trains here: epoch 0, no losses, never playing,
// and the explorer's current link as `hash`); play, pause, step and reset have nothing to drive and
// are ignored.
import { actDisplay, rangeText } from '../../i18n/glossary';
import type { ChartDataset } from 'chart.js';
import type { ActivationMeta, Curve } from '../../engine/types';
import { runColour } from '../platform/labels';
import { labFooter, labHeader } from '../platform/chrome';
import type { LabContext } from '../platform/client';
import type { ToLab } from '../worker/protocol';
import { rewriteHash } from '../platform/hash';
import { lang, onLang, setText, t, tToken } from '../../i18n';
import { encodeState } from '../../state/codec';
import { defaultLayer, defaultState } from '../../state/defaults';
import type { Lang } from '../../state/types';
import { Chart, lineOptions } from '../../ui/charts/chartjs';
import { fitCanvas, h, ht, label } from '../../ui/dom';
import { drawCurve, thumbnail } from '../../ui/render/curve';
import { renderTex } from '../../ui/render/katex';
import { fmtParam } from '../../ui/format';
import { Notices, showWarnings, workerWhy } from '../../ui/notice';
import { EmbedApi, type EmbedTarget } from '../../ui/embed-api';
import { FormulaField } from '../../ui/network/formula-editor';
import { NORMAL_XS, ZERO_CENTRED_TOL, normalMean } from './normal-mean';
import { MAX_OVERLAYS, explorerLink, explorerState } from './link';

/** The explorer as the embed API sees it: no training to drive, no numbers to report. */
const NOTHING_TRAINS: EmbedTarget = {
  play: () => undefined,
  pause: () => undefined,
  step: () => undefined,
  reset: () => undefined,
  status: () => null,
  playing: () => false,
};

const X_RANGE = 5;
const POINTS = 241;

function xs(): Float32Array {
  const out = new Float32Array(POINTS);
  for (let i = 0; i < POINTS; i++) out[i] = -X_RANGE + (2 * X_RANGE * i) / (POINTS - 1);
  return out;
}

export function mountExplorer(
  root: HTMLElement,
  ctx: LabContext,
  pairs: readonly [string, string][],
  initialLang: Lang,
): void {
  const { cat } = ctx;
  const { state, warnings } = explorerState(pairs, cat, ctx.checkFormula);
  const linked = new Map(pairs).get('formula') ?? '';
  const meta = (name: string) => cat.activations.find((a) => a.name === name) as ActivationMeta;
  const grid = xs();
  let requestId = 0;
  type CurveAsk = Extract<ToLab, { kind: 'curve' }>;
  /** Curves asked and not answered yet: asked again of a worker that replaces a dead one. */
  const waiting = new Map<number, { ask: CurveAsk; done: (c: Curve | null) => void }>();
  ctx.client.on('curve', (m) => {
    waiting.get(m.id)?.done(m.curve);
    waiting.delete(m.id);
  });
  const curveOf = (name: string, params: number[], at: Float32Array = grid): Promise<Curve | null> => {
    const ask: CurveAsk = { kind: 'curve', id: ++requestId, act: name, params, xs: at };
    return new Promise((done) => {
      waiting.set(ask.id, { ask, done });
      ctx.client.send({ ...ask, xs: at.slice() });
    });
  };
  const notices = new Notices();
  showWarnings(notices, warnings);
  let death = { how: 'silent' as 'trap' | 'silent', message: '' };
  ctx.life.listen({
    died: (how, message) => {
      death = { how, message };
      notices.show({
        id: 'worker',
        kind: 'warning',
        lines: [() => t('notice.workerDied', { why: workerWhy(how, message) })],
      });
    },
    revived: () => {
      for (const { ask } of waiting.values()) ctx.client.send({ ...ask, xs: ask.xs.slice() });
      notices.show({
        id: 'worker',
        kind: 'warning',
        lines: [() => t('notice.workerRevivedExplorer', { why: workerWhy(death.how, death.message) })],
      });
    },
  });

  // ---- the list ----
  const families = [...new Set(cat.activations.map((a) => a.family))];
  const chips = h('div', { class: 'family-chips', role: 'group' });
  const chipFor = (fam: string | null) => {
    const b = h('button', {
      type: 'button',
      class: 'chip-btn',
      'data-testid': `explorer-family-${fam ?? 'all'}`,
      'aria-pressed': String(state.family === fam),
    });
    if (fam === null) setText(b, 'exp.all');
    else setText(b, () => tToken('family', fam));
    b.addEventListener('click', () => {
      state.family = fam;
      sync();
    });
    return b;
  };
  chips.append(chipFor(null), ...families.map(chipFor));

  const items = cat.activations.map((a) => {
    const thumb = h('canvas', { class: 'exp-thumb', 'aria-hidden': 'true' });
    const drawThumb = (c: Curve | null) =>
      requestAnimationFrame(() => {
        const g = fitCanvas(thumb, 56, 34);
        if (c) drawCurve(g, c, 0, 0, 56, 34, thumbnail('#0b3d5c', 1.6));
      });
    // Element-wise rows came with `ready`; the softmax family's picture is asked of the engine.
    const ready = ctx.curves[a.name];
    if (ready) drawThumb(ready);
    else void curveOf(a.name, []).then(drawThumb);
    const overlay = h('input', {
      type: 'checkbox',
      class: 'exp-overlay',
      'data-testid': `explorer-overlay-${a.name}`,
    });
    label(overlay, 'exp.overlay', {}, true);
    overlay.addEventListener('change', () => {
      if (overlay.checked && a.name !== state.focus)
        state.overlays = [...state.overlays.filter((n) => n !== a.name), a.name].slice(-MAX_OVERLAYS);
      else state.overlays = state.overlays.filter((n) => n !== a.name);
      sync();
    });
    const pick = h(
      'button',
      { type: 'button', class: 'exp-pick', 'data-testid': `explorer-item-${a.name}` },
      thumb,
      setText(h('span', { class: 'exp-name' }), () => actDisplay(a, lang())),
      h('span', { class: 'exp-family small muted' }),
    );
    setText(pick.lastElementChild as HTMLElement, () => tToken('family', a.family));
    pick.addEventListener('click', () => {
      state.focus = a.name;
      state.params = a.params.map((p) => p.def);
      state.overlays = state.overlays.filter((n) => n !== a.name);
      sync();
    });
    const li = h('li', { class: 'exp-item', 'data-family': a.family }, overlay, pick);
    return { a, li, overlay, pick };
  });
  const list = h('ul', { class: 'exp-list', 'data-testid': 'explorer-list' }, ...items.map((i) => i.li));

  // ---- the detail ----
  const title = h('h2', { id: 'explorer-title', class: 'exp-title', 'data-testid': 'explorer-title' });
  const sub = h('p', { class: 'small muted' });
  const canvas = h('canvas', { role: 'img', 'aria-labelledby': 'explorer-title' });
  const chartBox = h('div', { class: 'chart-box exp-chart', 'data-testid': 'explorer-chart' }, canvas);
  const options = lineOptions('linear');
  options.scales = { ...options.scales, x: { ...options.scales?.['x'], min: -X_RANGE, max: X_RANGE } };
  const chart = new Chart(canvas, { type: 'line', data: { datasets: [] }, options });
  const fTex = h('div', { class: 'formula exp-formula', 'data-testid': 'explorer-formula' });
  const dTex = h('div', { class: 'formula exp-formula exp-formula-d' });
  const desc = h('p', { class: 'exp-desc' });
  const props = h('tbody');
  const sliders = h('div', { class: 'exp-params' });
  const train = ht('a', 'exp.train', {}, { class: 'btn btn-primary', 'data-testid': 'explorer-train' });
  const compare = ht('a', 'exp.compare', {}, { class: 'btn', 'data-testid': 'explorer-compare' });
  const note = h('p', { class: 'hint exp-note' });
  // The own formula's declared parameters: a slider each, from the link's values (actParams) for the
  // linked formula, else from its declared defaults.
  const ownSliders = h('div', { class: 'exp-params' });
  /** The formula whose sliders are shown (null: none built yet). */
  let slidersOf: string | null = null;
  const ownField = new FormulaField(
    ctx.client,
    { testid: 'explorer-own', labelKey: 'network.formula', vars: 'x', preview: false, optional: true },
    (text, declared) => {
      if (text === slidersOf) return;
      if (text !== state.formula || state.formulaParams.length !== declared.length)
        state.formulaParams = declared.map((p) => p.def);
      state.formula = text;
      slidersOf = text;
      ownSliders.replaceChildren(
        ...declared.map((p, k) =>
          paramSlider(
            `exp-own-param-${k}`,
            `explorer-own-param-${p.name}`,
            p.name,
            p,
            state.formulaParams[k] ?? p.def,
            (v) => {
              state.formulaParams[k] = v;
              void redraw();
              writeLink();
            },
          ),
        ),
      );
      void redraw();
      writeLink();
    },
  );
  const legend = h('p', { class: 'hint' });
  const detail = h(
    'section',
    { class: 'panel exp-detail' },
    h(
      'div',
      { class: 'exp-head' },
      h('div', {}, title, sub),
      h('div', { class: 'exp-actions' }, compare, train),
    ),
    h(
      'div',
      { class: 'exp-cols' },
      h('div', { class: 'exp-plot' }, chartBox, legend, note, ownField.el, ownSliders),
      h(
        'div',
        { class: 'exp-info' },
        fTex,
        dTex,
        desc,
        sliders,
        h('table', { class: 'props-table', 'data-testid': 'explorer-props' }, props),
      ),
    ),
  );

  const yes = (v: boolean) => (v ? t('exp.yes') : t('exp.no'));
  const renderInfo = () => {
    const a = meta(state.focus);
    title.textContent = actDisplay(a, lang());
    sub.textContent = `${tToken('family', a.family)} · ${a.source}${a.year > 0 && !a.source.includes(String(a.year)) ? `, ${a.year}` : ''}`;
    fTex.replaceChildren();
    dTex.replaceChildren();
    renderTex(fTex, a.latex, true);
    if (a.latexD !== '') renderTex(dTex, a.latexD, true);
    desc.textContent = lang() === 'ko' ? a.descKo : a.descEn;
    const learnable = a.params.filter((p) => p.learnable).map((p) => p.name);
    const rows: [string, string][] = [
      [t('exp.range'), rangeText(a.range, lang())],
      [t('prop.monotonic'), yes(a.monotonic)],
      [t('prop.zeroCentred'), a.elementwise ? '…' : yes(a.zeroCentred)],
      [t('prop.smooth'), yes(a.smooth)],
      [t('prop.saturating'), yes(a.saturating)],
      [t('prop.deadZone'), yes(a.hasDeadZone)],
      [t('exp.learnable'), learnable.length > 0 ? learnable.join(', ') : t('exp.none')],
      [
        t('exp.params'),
        a.params.length > 0
          ? a.params
              .map((p) => `${p.name} = ${fmtParam(p.def)} (${fmtParam(p.lo)} … ${fmtParam(p.hi)})`)
              .join('; ')
          : t('exp.none'),
      ],
      [t('exp.elementwise'), yes(a.elementwise)],
    ];
    props.replaceChildren(
      ...rows.map(([k, v]) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, k),
          h('td', k === t('prop.zeroCentred') ? { 'data-testid': 'explorer-zero-centred' } : {}, v),
        ),
      ),
    );
    note.textContent = a.elementwise ? '' : t(a.family === 'softmax' ? 'exp.vectorNote' : 'exp.maxoutNote');
    legend.textContent = t(a.elementwise ? 'exp.legend' : 'exp.legendVector');
    // Only functions a hidden layer can use can be compared in training (the softmax family is a head).
    compare.hidden = !(a.elementwise || a.name === 'maxout');
    renderSliders(a);
  };

  const renderSliders = (a: ActivationMeta) => {
    sliders.replaceChildren(
      ...a.params.map((p, k) =>
        paramSlider(
          `exp-param-${k}`,
          `explorer-param-${p.name}`,
          p.name + (p.learnable ? ` (${t('exp.learnt')})` : ''),
          p,
          state.params[k] ?? p.def,
          (v) => {
            state.params[k] = v;
            void redraw();
            writeLink();
          },
        ),
      ),
    );
  };

  // Zero-centred, measured: the mean output for standard-normal input at the sliders' values.
  const measureMean = async (seq: number) => {
    const a = meta(state.focus);
    if (!a.elementwise) return;
    const c = await curveOf(a.name, state.params, NORMAL_XS);
    const cell = props.querySelector<HTMLElement>('[data-testid="explorer-zero-centred"]');
    if (seq !== drawSeq || c === null || cell === null) return;
    const m = normalMean(c.f);
    cell.dataset['mean'] = String(m);
    cell.textContent = t('exp.zeroMean', {
      yes: yes(Math.abs(m) < ZERO_CENTRED_TOL),
      m: Math.abs(m) < 5e-4 ? '0.000' : m.toFixed(3),
    });
  };

  // The course page's remote (inert outside an iframe): ready now, a status once the first picture is drawn.
  const api = new EmbedApi(NOTHING_TRAINS);
  let drawn = false;

  let drawSeq = 0;
  const redraw = async () => {
    const seq = ++drawSeq;
    const names = [state.focus, ...state.overlays];
    void measureMean(seq);
    const curves = await Promise.all(names.map((n, i) => curveOf(n, i === 0 ? state.params : [])));
    if (state.formula !== '') {
      names.push('formula');
      curves.push((await ctx.client.formula(state.formula, 'x', grid.slice(), state.formulaParams)).curve);
    }
    if (seq !== drawSeq) return;
    const sets: ChartDataset<'line', { x: number; y: number }[]>[] = [];
    let lo = Infinity;
    let hi = -Infinity;
    curves.forEach((c, i) => {
      if (c === null) return;
      const colour = runColour(i);
      const pts = (a: Float32Array) =>
        Array.from(a, (y, k) => ({ x: c.xs[k] ?? 0, y: Number.isFinite(y) ? y : NaN }));
      for (const v of [...c.f, ...c.df])
        if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
      const name =
        names[i] === 'formula' ? `f(x) = ${state.formula}` : actDisplay(meta(names[i] ?? ''), lang());
      sets.push({
        label: `${name}  f`,
        data: pts(c.f),
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: i === 0 ? 3 : 2,
      });
      sets.push({
        label: `${name}  f′`,
        data: pts(c.df),
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: i === 0 ? 1.8 : 1.2,
        borderDash: [6, 4],
      });
    });
    const y = chart.options.scales?.['y'];
    if (y) {
      y.min = Math.max(-3, Math.floor(lo * 2) / 2 - 0.5);
      y.max = Math.min(6, Math.ceil(hi * 2) / 2 + 0.5);
    }
    chart.data.datasets = sets;
    chart.update('none');
    chartBox.dataset['acts'] = names.join(',');
    if (!drawn) {
      drawn = true;
      api.onFrame();
    }
  };

  const trainHref = (): string => {
    const a = meta(state.focus);
    const s = defaultState(cat);
    s.lang = lang();
    if (a.family === 'softmax') {
      s.dataset = 'spiral';
      s.classes = 3;
      s.output = a.name;
      s.layers = s.layers.map((l) => ({ ...defaultLayer(cat, 8, 'tanh'), units: l.units }));
      s.optimizer = 'adam';
      s.learningRate = 0.01;
    } else {
      s.layers = s.layers.map((l) => ({
        ...defaultLayer(cat, l.units, a.name),
        params:
          a.params.length > 0 && state.params.some((v, k) => v !== a.params[k]?.def) ? [...state.params] : [],
      }));
    }
    return `#${encodeState(s, cat)}`;
  };
  const compareHref = (): string => {
    const names = [state.focus, ...state.overlays].filter((n) => meta(n).elementwise || n === 'maxout');
    const acts = names.length >= 2 ? names : [...names, names[0] === 'relu' ? 'tanh' : 'relu'];
    const runs = acts.slice(0, 4).map((n, i) => `r${i + 1}.activation=${n}`);
    return `#compare=${runs.length}&dataset=spiral&networkShape=8,8&optimizer=adam&learningRate=0.01&${runs.join('&')}&lang=${lang()}`;
  };

  const writeLink = () => {
    rewriteHash({ ...explorerLink(state, cat), lang: lang() });
    train.setAttribute('href', trainHref());
    compare.setAttribute('href', compareHref());
  };

  const sync = () => {
    for (const b of chips.querySelectorAll<HTMLButtonElement>('button')) {
      const fam = b.dataset['testid']?.replace('explorer-family-', '');
      b.setAttribute('aria-pressed', String((state.family ?? 'all') === fam));
    }
    for (const it of items) {
      it.li.hidden = state.family !== null && it.a.family !== state.family && it.a.name !== state.focus;
      it.overlay.checked = state.overlays.includes(it.a.name);
      it.overlay.disabled = it.a.name === state.focus;
      it.pick.setAttribute('aria-pressed', String(it.a.name === state.focus));
    }
    renderInfo();
    void redraw();
    writeLink();
  };
  ownField.show(linked);

  const side = h(
    'aside',
    { class: 'panel exp-side' },
    ht('h2', 'exp.functions', {}, { class: 'panel-title' }),
    ht('p', 'exp.sideHint', {}, { class: 'hint' }),
    chips,
    list,
  );
  const intro = h(
    'section',
    { class: 'list-intro' },
    ht('h2', 'exp.title', {}, { class: 'list-title' }),
    ht('p', 'exp.intro'),
  );
  root.replaceChildren(
    labHeader('explorer', initialLang, () => sync()),
    h(
      'main',
      { id: 'main', class: 'lab-main explorer' },
      notices.slot,
      intro,
      h('div', { class: 'exp-layout' }, side, detail),
    ),
    labFooter(),
  );
  onLang(() => {
    document.title = `${t('exp.title')} — ActLab`;
    renderInfo();
    void measureMean(drawSeq);
  });
  sync();
}

/** A range input for one parameter, its value shown beside its name. */
function paramSlider(
  id: string,
  testid: string,
  name: string,
  range: { lo: number; hi: number },
  value: number,
  onInput: (v: number) => void,
): HTMLElement {
  const out = h('output', { for: id, class: 'field-value' }, fmtParam(value));
  const input = h('input', {
    id,
    type: 'range',
    min: range.lo,
    max: range.hi,
    step: Number(((range.hi - range.lo) / 200).toPrecision(2)),
    value,
    'data-testid': testid,
  });
  input.addEventListener('input', () => {
    out.textContent = fmtParam(Number(input.value));
    onInput(Number(input.value));
  });
  return h(
    'div',
    { class: 'field field-range' },
    h('div', { class: 'field-head' }, h('label', { for: id, class: 'field-label' }, name), out),
    input,
  );
}
