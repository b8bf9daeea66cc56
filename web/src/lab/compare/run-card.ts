// run-card.ts — one run of a comparison as a small multiple: its decision boundary with the data,
// its numbers (losses, accuracy, dead units), a link that opens it alone in the playground, and in the
// comparison editor the settings the student may vary per run.
import type { Catalogue, DatasetSnapshot, FormulaParamMeta } from '../../engine/types';
import { setText, t, tToken } from '../../i18n';
import { fitFormulaParams, resolvedOutput } from '../../state/defaults';
import { encodeState } from '../../state/codec';
import type { AppState } from '../../state/types';
import { hiddenActChoices } from '../../ui/act-names';
import { h, ht, label } from '../../ui/dom';
import { FormulaField } from '../../ui/network/formula-editor';
import type { FormulaClient } from '../../ui/worker-client';
import { fmtLoss, fmtPercent } from '../../ui/format';
import { drawHeatmap, headKind } from '../../ui/render/heatmap';
import { drawPoints } from '../../ui/render/points';
import { LiveLabel } from '../../ui/live-label';
import { numberOptions, selectField } from '../../ui/widgets/fields';
import { icon } from '../../ui/widgets/icons';
import { runColour } from '../platform/labels';
import { hiddenMean, type Sample } from '../platform/record';

const SIZE = 210;
export const LEARNING_RATES = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1];
export const DROPOUTS = [0, 0.1, 0.2, 0.3, 0.5];
export const L2_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1];

export interface CardEdit {
  /** Applies a change to this run's state. */
  change(fn: (s: AppState) => void): void;
  remove: (() => void) | null;
  /** Checks the formula field of a run whose activation is `formula` (the core's parser). */
  client: FormulaClient;
}

export class RunCard {
  readonly el: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly scratch = document.createElement('canvas');
  /** The boundary's text alternative: the run's name, then its accuracy and losses now. */
  private liveLabel: LiveLabel | null = null;
  private name = '';
  private readonly title: HTMLElement;
  private readonly stats: Record<'train' | 'test' | 'acc' | 'dead', HTMLElement>;
  private readonly badge: HTMLElement;
  private readonly open: HTMLAnchorElement;
  private dataset: DatasetSnapshot | null = null;

  constructor(
    private readonly index: number,
    private state: Readonly<AppState>,
    private readonly cat: Catalogue,
    edit: CardEdit | null,
    onExport: (() => void) | null = null,
  ) {
    const colour = runColour(index);
    this.canvas = h('canvas', {
      class: 'run-boundary',
      width: SIZE,
      height: SIZE,
      'data-testid': `run-boundary-${index}`,
      role: 'img',
    });
    this.title = h('span', { class: 'run-name' });
    this.open = h(
      'a',
      { class: 'run-open', target: '_blank', rel: 'noopener', 'data-testid': `run-open-${index}` },
      '↗',
    );
    label(this.open, 'cmp.openPlayground');
    const stat = (key: 'cmp.train' | 'cmp.test' | 'cmp.acc' | 'cmp.dead', testid: string) => {
      const v = h('span', { class: 'run-stat-value', 'data-testid': `${testid}-${index}` }, '–');
      return { el: h('div', { class: 'run-stat' }, ht('span', key, {}, { class: 'run-stat-label' }), v), v };
    };
    const train = stat('cmp.train', 'run-train-loss');
    const test = stat('cmp.test', 'run-test-loss');
    const acc = stat('cmp.acc', 'run-test-acc');
    const dead = stat('cmp.dead', 'run-dead');
    this.stats = { train: train.v, test: test.v, acc: acc.v, dead: dead.v };
    this.badge = h('div', { class: 'run-badge', 'aria-live': 'polite' });
    this.el = h(
      'article',
      { class: 'run-card', 'data-testid': `run-card-${index}` },
      h(
        'header',
        { class: 'run-head' },
        h('span', { class: 'run-chip', 'aria-hidden': 'true' }),
        this.title,
        onExport ? exportButton(index, onExport) : null,
        this.open,
      ),
      h('div', { class: 'run-canvas-box' }, this.canvas),
      h('div', { class: 'run-stats' }, train.el, test.el, acc.el, dead.el),
      this.badge,
      edit ? this.editor(edit) : null,
    );
    this.el.style.setProperty('--run', colour);
    this.setState(state);
  }

  /** The decision boundary as drawn (the export dialog saves it as PNG). */
  get boundary(): HTMLCanvasElement {
    return this.canvas;
  }

  setState(s: Readonly<AppState>): void {
    this.state = s;
    this.open.href = `${location.pathname}#${encodeState(s, this.cat)}`;
  }

  setLabel(text: string): void {
    this.title.textContent = text;
    this.el.setAttribute('aria-label', text);
    this.name = text;
    this.liveLabel ??= new LiveLabel(this.canvas, () => t('cmp.boundaryOf', { run: this.name }));
    this.liveLabel.relabel();
  }

  onConfigured(d: DatasetSnapshot): void {
    this.dataset = d;
  }

  draw(grid: Float32Array, gridSize: number, s: Sample, reachedAt: number | null, target: number): void {
    const d = this.dataset;
    const g = this.canvas.getContext('2d');
    if (g === null || d === null) return;
    const output = resolvedOutput(this.cat, this.state);
    const planes = Math.max(1, Math.round(grid.length / (gridSize * gridSize)));
    drawHeatmap(
      g,
      this.scratch,
      grid,
      gridSize,
      { head: headKind(output), planes, discretize: false },
      SIZE,
      SIZE,
    );
    // Few points (XOR's four) are drawn large enough to see which corner is which.
    const n = d.nTrain;
    const radius = n <= 20 ? 7 : n <= 100 ? 4 : 2.6;
    drawPoints(g, d, 0, n, SIZE, SIZE, {
      radius,
      stroke: 'rgba(255,255,255,0.9)',
      lineWidth: n <= 20 ? 2 : 0.8,
    });
    // Test points (when the link asks for them): dark rings, as in the playground.
    if (this.state.showTestData)
      drawPoints(g, d, d.nTrain, d.nTrain + d.nTest, SIZE, SIZE, {
        radius: Math.max(3, radius),
        stroke: '#1f2430',
        lineWidth: 1.2,
      });
    const classes = d.classes;
    this.liveLabel?.update(() =>
      classes === 0
        ? t('a11y.fitNow', { epoch: s.epoch, test: fmtLoss(s.testLoss), train: fmtLoss(s.trainLoss) })
        : t('a11y.boundaryNow', {
            epoch: s.epoch,
            testAcc: fmtPercent(s.testAcc),
            trainAcc: fmtPercent(s.trainAcc),
            test: fmtLoss(s.testLoss),
            train: fmtLoss(s.trainLoss),
          }),
    );
    this.stats.train.textContent = fmtLoss(s.trainLoss);
    this.stats.test.textContent = fmtLoss(s.testLoss);
    this.stats.acc.textContent = fmtPercent(s.testAcc);
    this.stats.dead.textContent = fmtPercent(hiddenMean(s, (l) => l.dead));
    this.el.dataset['step'] = String(s.step);
    this.el.classList.toggle('diverged', s.diverged);
    if (s.diverged) this.badge.textContent = t('cmp.diverged');
    else if (reachedAt !== null) this.badge.textContent = t('cmp.reachedAt', { target, e: reachedAt });
    else this.badge.textContent = '';
  }

  private editor(edit: CardEdit): HTMLElement {
    const s = this.state;
    // The playground picker's choices (ui/act-names.ts), then the student's own formula (no catalogue row).
    const acts = [...hiddenActChoices(this.cat), { value: 'formula', text: () => 'formula' }];
    const act = selectField(
      'cmp.activation',
      acts,
      s.layers[0]?.act ?? 'tanh',
      (v) =>
        edit.change(
          (x) =>
            (x.layers = x.layers.map((l) => ({
              ...l,
              act: v,
              params: [],
              learn: this.cat.activations.find((m) => m.name === v)?.learnableDefault ?? false,
            }))),
        ),
      { testid: `run-activation-${this.index}` },
    );
    const init = selectField(
      'network.init',
      this.cat.inits.map((v) => ({ value: v, text: () => tToken('init', v) })),
      s.init,
      (v) => edit.change((x) => (x.init = v)),
      { testid: `run-init-${this.index}` },
    );
    const opt = selectField(
      'training.optimizer',
      this.cat.optimizers.map((v) => ({ value: v, text: () => tToken('optimizer', v) })),
      s.optimizer,
      (v) => edit.change((x) => (x.optimizer = v)),
      { testid: `run-optimizer-${this.index}` },
    );
    const lr = selectField(
      'training.lr',
      numberOptions(LEARNING_RATES, s.learningRate),
      s.learningRate,
      (v) => edit.change((x) => (x.learningRate = v)),
      { testid: `run-lr-${this.index}` },
    );
    const drop = selectField(
      'training.dropout',
      numberOptions(DROPOUTS, s.dropout),
      s.dropout,
      (v) => edit.change((x) => (x.dropout = v)),
      { testid: `run-dropout-${this.index}` },
    );
    const l2Value = s.regularization === 'L2' ? s.regularizationRate : 0;
    const l2 = selectField(
      'cmp.l2',
      numberOptions(L2_RATES, l2Value),
      l2Value,
      (v) =>
        edit.change((x) => {
          x.regularization = v > 0 ? 'L2' : 'none';
          x.regularizationRate = v;
        }),
      { testid: `run-l2-${this.index}` },
    );
    const fields = h(
      'div',
      { class: 'run-editor' },
      act.el,
      s.layers.some((l) => l.act === 'formula') ? runFormulaField(this.index, s.formula, edit) : null,
      init.el,
      opt.el,
      lr.el,
      drop.el,
      l2.el,
    );
    if (edit.remove) {
      const remove = label(
        h(
          'button',
          { type: 'button', class: 'btn btn-small run-remove', 'data-testid': `run-remove-${this.index}` },
          icon('minus', 16),
        ),
        'cmp.removeRun',
      );
      remove.addEventListener('click', edit.remove);
      fields.appendChild(remove);
    }
    return fields;
  }
}

/**
 * The run's formula, checked live by the core like the playground's; a text that compiles becomes
 * the run's when the student leaves the field or presses Enter (the run then starts again).
 */
function runFormulaField(index: number, current: string, edit: CardEdit): HTMLElement {
  let valid: { text: string; params: readonly FormulaParamMeta[] } | null = null;
  let asked = false;
  const commit = () => {
    const v = valid;
    if (!asked || v === null || v.text !== field.input.value || v.text === current) return;
    asked = false;
    edit.change((x) => {
      x.formula = v.text;
      x.layers = x.layers.map((l) =>
        l.act === 'formula' ? { ...l, params: fitFormulaParams(l.params, v.params) } : l,
      );
    });
  };
  const field = new FormulaField(
    edit.client,
    { testid: `run-formula-${index}`, labelKey: 'network.formula', vars: 'x', preview: false },
    (text, params) => {
      valid = { text, params };
      commit();
    },
  );
  field.input.addEventListener('change', () => {
    asked = true;
    commit();
  });
  field.show(current);
  return field.el;
}

/** The card's "Export code" action (ui/export-dialog.ts). */
function exportButton(index: number, onExport: () => void): HTMLButtonElement {
  const b = h('button', {
    type: 'button',
    class: 'btn btn-ghost run-export',
    'data-testid': `run-export-${index}`,
  });
  setText(b, 'export.button');
  b.addEventListener('click', onExport);
  return b;
}
