// compare-page.ts — the comparison editor (#compare=N): 2–4 runs on the same data and, where the
// shapes agree, the same initial weights (same seed + same shapes = same initialisation in the core),
// differing only in what the student changes per run (activation, initialisation, optimiser, learning
// rate, dropout, L2). Shared settings (data, network shape, target loss, seed) sit in the toolbar.
// The whole comparison is the link (runs.ts); every change rewrites it.
import type { Catalogue } from '../../engine/types';
import { lang, onLang, t } from '../../i18n';
import { UNCHECKED, reconcile } from '../../state/codec';
import { defaultLayer } from '../../state/defaults';
import type { AppState, Lang } from '../../state/types';
import { h, ht, label } from '../../ui/dom';
import { Notices, showWarnings } from '../../ui/notice';
import { numberOptions, selectField } from '../../ui/widgets/fields';
import { icon } from '../../ui/widgets/icons';
import { runLabels } from '../platform/labels';
import { labFooter, labHeader } from '../platform/chrome';
import { MAX_RUNS } from '../worker/protocol';
import {
  DEFAULT_COMPARISON,
  ROUTE_KEYS,
  decodeComparison,
  encodeComparison,
  parsePairs,
  runCount,
  type Pairs,
} from '../platform/runs';
import type { LabContext } from '../platform/client';
import { CompareView, type ViewSpec } from './view';

const SHAPES = ['4', '8', '8,8', '16,16', '8,8,8', '16,16,16', '8,8,8,8,8,8,8,8'];
const TARGETS = [0.5, 0.3, 0.2, 0.1, 0.05, 0.02];

function normalise(s: AppState, cat: Catalogue): void {
  reconcile(s, { cat, checkFormula: UNCHECKED, warn: () => undefined, scratch: { present: new Set() } });
}

export function mountCompare(root: HTMLElement, ctx: LabContext, pairs: Pairs, initialLang: Lang): void {
  const { cat } = ctx;
  const own = pairs.filter(([k]) => !ROUTE_KEYS.includes(k) && !['lang', 'speed', 'v'].includes(k));
  const cmp = decodeComparison(
    pairs,
    cat,
    runCount(pairs),
    own.length === 0 ? parsePairs(DEFAULT_COMPARISON) : [],
    ctx.checkFormula,
  );
  let runs = cmp.runs;
  let target = cmp.target;
  const first = () => runs[0] as AppState;

  const write = () =>
    history.replaceState(null, '', `${location.pathname}#${encodeComparison({ runs, target }, cat)}`);
  const spec = (): ViewSpec => ({
    runs,
    target,
    speed: first().speed,
    trace: null,
    gradcheck: false,
    extras: [],
  });
  const apply = (next: AppState[]) => {
    next.forEach((s) => normalise(s, cat));
    runs = next;
    write();
    view.configure(spec());
    syncTools();
  };
  const all = (fn: (s: AppState) => void) =>
    apply(
      runs.map((s) => {
        const c = structuredClone(s);
        fn(c);
        return c;
      }),
    );

  const dataset = selectField(
    'data.dataset',
    cat.datasets.map((d) => ({ value: d.name, text: () => (lang() === 'ko' ? d.displayKo : d.display) })),
    first().dataset,
    (v) => all((s) => (s.dataset = v)),
    { testid: 'cmp-dataset' },
  );
  const shape = selectField(
    'cmp.shape',
    SHAPES.map((v) => ({
      value: v,
      text:
        v.split(',').length > 4 ? `${v.split(',').length} × ${v.split(',')[0] ?? ''}` : v.replace(/,/g, '-'),
    })),
    first()
      .layers.map((l) => l.units)
      .join(','),
    (v) =>
      all((s) => {
        const units = v.split(',').map(Number);
        s.layers = units.map((u, i) => ({
          ...(s.layers[i] ?? defaultLayer(cat, u, s.layers[0]?.act ?? 'tanh')),
          units: u,
        }));
      }),
    { testid: 'cmp-shape' },
  );
  const targetField = selectField(
    'cmp.target',
    numberOptions(TARGETS, target),
    target,
    (v) => {
      target = v;
      write();
      view.configure(spec());
    },
    { testid: 'cmp-target' },
  );
  const add = label(
    h(
      'button',
      { type: 'button', class: 'btn btn-small', 'data-testid': 'cmp-add-run' },
      icon('plus', 16),
      ht('span', 'cmp.addRun'),
    ),
    'cmp.addRun',
    {},
    false,
  );
  add.addEventListener('click', () => {
    if (runs.length < MAX_RUNS) apply([...runs, structuredClone(runs[runs.length - 1] as AppState)]);
  });
  const dice = label(
    h('button', { type: 'button', class: 'btn btn-round', 'data-testid': 'cmp-reinit' }, icon('dice')),
    'cmp.newSeed',
  );
  dice.addEventListener('click', () => {
    const seed = (Math.random() * 0xffffffff) >>> 0;
    all((s) => (s.initSeed = seed));
  });
  const tools = h('div', { class: 'field-row cmp-tools' }, dataset.el, shape.el, targetField.el, add, dice);
  const syncTools = () => {
    dataset.set(first().dataset);
    shape.setOptions(
      [
        ...new Set([
          ...SHAPES,
          first()
            .layers.map((l) => l.units)
            .join(','),
        ]),
      ].map((v) => ({
        value: v,
        text:
          v.split(',').length > 4
            ? `${v.split(',').length} × ${v.split(',')[0] ?? ''}`
            : v.replace(/,/g, '-'),
      })),
      first()
        .layers.map((l) => l.units)
        .join(','),
    );
    add.disabled = runs.length >= MAX_RUNS;
  };

  const view = new CompareView(
    ctx,
    spec(),
    {
      labels: () => runLabels(runs, cat),
      edit: (i) => ({
        change: (fn) =>
          apply(
            runs.map((s, k) => {
              const c = structuredClone(s);
              if (k === i) fn(c);
              return c;
            }),
          ),
        remove: runs.length > 2 ? () => apply(runs.filter((_, k) => k !== i)) : null,
        client: ctx.client,
      }),
      onSpeed: (v) => {
        runs = runs.map((s) => ({ ...s, speed: v }));
        write();
      },
    },
    tools,
  );
  syncTools();
  const notices = new Notices();
  showWarnings(notices, cmp.warnings);
  const intro = h(
    'section',
    { class: 'panel cmp-intro' },
    ht('h2', 'cmp.title', {}, { class: 'panel-title' }),
    ht('p', 'cmp.intro', {}, { class: 'hint' }),
  );
  root.replaceChildren(
    labHeader('compare', initialLang, (l) => {
      runs = runs.map((s) => ({ ...s, lang: l }));
      write();
      view.relabel();
    }),
    view.toolbar,
    notices.slot,
    h('main', { id: 'main', class: 'lab-main compare-page' }, intro, view.el),
    labFooter(),
  );
  write();
  onLang(() => (document.title = `${t('cmp.title')} — ActLab`));
}
