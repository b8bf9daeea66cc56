// data.ts — dataset picker with thumbnails, noise, train/test ratio, points, classes, seed, and the
// formula of the custom datasets (checked live by the core, like the activation's).
import type { DataSettings, DatasetSnapshot } from '../../engine/types';
import { lang, setAttr, setText, t } from '../../i18n';
import { FORMULA_DATASETS, LIMITS, datasetMeta, defaultState } from '../../state/defaults';
import type { AppState } from '../../state/types';
import type { AppContext, Panel } from '../context';
import { fitCanvas, h, ht } from '../dom';
import { FormulaField } from '../network/formula-editor';
import { drawPoints } from '../render/points';
import { checkField, numberOptions, rangeField, selectField } from '../widgets/fields';
import { icon } from '../widgets/icons';

const POINTS = [100, 200, 300, 500, 1000, 2000];
const THUMB = 56;

export class DataPanel implements Panel {
  readonly el: HTMLElement;
  readonly onState: (s: Readonly<AppState>) => void;
  private readonly buttons = new Map<string, { button: HTMLButtonElement; canvas: HTMLCanvasElement }>();
  /** What the thumbnails were drawn for (classes, and the typed formula of the chosen dataset). */
  private thumbKey = '';
  /** The batch size before xor4 (4 points) clamped it; restored when the student leaves xor4. */
  private batchBeforeXor4: number | null = null;

  private pickDataset(s: AppState, name: string): void {
    if (name === s.dataset) return;
    if (name === 'xor4') this.batchBeforeXor4 = s.batchSize;
    else if (s.dataset === 'xor4') s.batchSize = this.batchBeforeXor4 ?? defaultState(this.ctx.cat).batchSize;
    s.dataset = name;
    s.dataFormula = ''; // each formula dataset starts from its own example
  }

  constructor(private readonly ctx: AppContext) {
    const s0 = ctx.store.state;
    const data = (fn: (s: AppState) => void) => ctx.store.update('data', fn);
    const view = (fn: (s: AppState) => void) => ctx.store.update('view', fn);

    const grid = h('div', { class: 'dataset-grid', role: 'group', 'data-hide': 'dataset' });
    setAttr(grid, 'aria-label', 'data.dataset');
    for (const d of ctx.cat.datasets) {
      const canvas = h('canvas', { class: 'thumb', width: THUMB, height: THUMB, 'aria-hidden': 'true' });
      const name = h('span', { class: 'dataset-name' });
      setText(name, () => (lang() === 'ko' ? d.displayKo : d.display));
      const button = h(
        'button',
        { type: 'button', class: 'dataset', 'data-testid': `dataset-${d.name}` },
        canvas,
        name,
      );
      setAttr(
        button,
        'title',
        () =>
          `${lang() === 'ko' ? d.displayKo : d.display} (${t(d.regression ? 'data.regression' : 'data.classification')})`,
      );
      button.addEventListener('click', () => data((s) => this.pickDataset(s, d.name)));
      grid.appendChild(button);
      this.buttons.set(d.name, { button, canvas });
    }
    ctx.client.on('thumbnails', (m) => this.drawThumbnails(m.items));

    const noise = rangeField(
      'data.noise',
      { min: 0, max: LIMITS.noise.max, step: 5 },
      s0.noise,
      (v) => `${v}%`,
      (v) => data((s) => (s.noise = v)),
      { hide: 'noise' },
    );
    const ratio = rangeField(
      'data.ratio',
      { min: 10, max: 90, step: 10 },
      s0.percTrainData,
      (v) => `${v}%`,
      (v) => data((s) => (s.percTrainData = v)),
      {
        hide: 'percTrainData',
      },
    );
    const points = selectField(
      'data.points',
      numberOptions(POINTS, s0.points),
      s0.points,
      (v) => data((s) => (s.points = v)),
      { hide: 'points', testid: 'points' },
    );
    const classes = selectField(
      'data.classes',
      numberOptions([2, 3, 4, 5], s0.classes),
      s0.classes,
      (v) => data((s) => (s.classes = v)),
      {
        hide: 'classes',
        testid: 'classes',
      },
    );
    // The visible words are the accessible name; the hint is only a tooltip.
    const regen = setAttr(
      h(
        'button',
        { type: 'button', class: 'btn btn-small', 'data-hide': 'seed', 'data-testid': 'regenerate' },
        icon('refresh', 16),
      ),
      'title',
      'data.regenerateHint',
    );
    regen.appendChild(setText(h('span'), 'data.regenerate'));
    regen.addEventListener('click', () => data((s) => (s.seed = (Math.random() * 0xffffffff) >>> 0)));
    const seed = h('span', { class: 'seed muted', 'data-hide': 'seed', 'data-testid': 'data-seed' });
    const showTest = checkField('data.showTest', s0.showTestData, (v) => view((s) => (s.showTestData = v)), {
      hide: 'showTestData',
      testid: 'show-test',
    });
    // '' in the state = the dataset's own formula (what the input shows until the student types).
    const formula = new FormulaField(
      ctx.client,
      { testid: 'data-formula', labelKey: 'data.formula', vars: 'xy', preview: false },
      (text) => {
        const own = datasetMeta(ctx.cat, ctx.store.state.dataset).formula;
        const v = text === own ? '' : text;
        if (v !== ctx.store.state.dataFormula) data((s) => (s.dataFormula = v));
      },
    );
    const formulaBox = h('div', { class: 'data-formula', 'data-hide': 'dataset' }, formula.el);
    const discretize = checkField('data.discretize', s0.discretize, (v) => view((s) => (s.discretize = v)), {
      hide: 'discretize',
      testid: 'discretize',
    });

    this.onState = (s) => {
      for (const [name, { button }] of this.buttons) {
        button.setAttribute('aria-pressed', String(name === s.dataset));
        button.classList.toggle('selected', name === s.dataset);
      }
      const meta = datasetMeta(ctx.cat, s.dataset);
      noise.set(s.noise);
      ratio.set(s.percTrainData);
      points.setOptions(numberOptions(POINTS, s.points), s.points);
      points.setDisabled(s.dataset === 'xor4');
      classes.setOptions(numberOptions([2, 3, 4, 5], s.classes), s.classes);
      classes.el.hidden = meta.maxClasses <= meta.minClasses;
      showTest.set(s.showTestData);
      discretize.set(s.discretize);
      discretize.setDisabled(meta.regression);
      setText(seed, 'data.seed', { n: s.seed });
      formulaBox.hidden = !FORMULA_DATASETS.includes(s.dataset);
      if (!formulaBox.hidden) formula.show(s.dataFormula === '' ? meta.formula : s.dataFormula);
      this.requestThumbnails(s);
    };

    this.el = h(
      'section',
      { class: 'panel panel-data', 'data-hide': 'data', 'aria-labelledby': 'data-title' },
      ht('h2', 'data.title', {}, { id: 'data-title', class: 'panel-title' }),
      grid,
      formulaBox,
      noise.el,
      ratio.el,
      h('div', { class: 'field-row' }, points.el, classes.el),
      h('div', { class: 'field-row field-row-center' }, regen, seed),
      h('div', { class: 'field-row' }, showTest.el, discretize.el),
    );
  }

  private requestThumbnails(s: Readonly<AppState>): void {
    const typed = FORMULA_DATASETS.includes(s.dataset) ? s.dataFormula : '';
    const key = `${s.classes}|${s.dataset}|${typed}`;
    if (key === this.thumbKey) return;
    this.thumbKey = key;
    const data: DataSettings = {
      dataset: s.dataset,
      points: 200,
      noise: 0.05,
      trainRatio: 0.5,
      classes: s.classes,
      seed: 7,
      ...(typed !== '' ? { formula: typed } : {}),
    };
    this.ctx.client.send({ kind: 'thumbnails', data });
  }

  private drawThumbnails(items: { name: string; data: DatasetSnapshot }[]): void {
    for (const { name, data } of items) {
      const entry = this.buttons.get(name);
      if (!entry) continue;
      const g = fitCanvas(entry.canvas, THUMB, THUMB);
      g.fillStyle = '#f6f6f4';
      g.fillRect(0, 0, THUMB, THUMB);
      drawPoints(g, data, 0, data.nTrain + data.nTest, THUMB, THUMB, {
        radius: data.nTrain + data.nTest <= 8 ? 4 : 1.6,
        stroke: 'transparent',
        lineWidth: 0,
      });
    }
  }
}
