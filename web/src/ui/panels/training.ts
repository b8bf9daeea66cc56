// training.ts — optimiser and the settings that keep the weights: learning rate, batch, L1/L2,
// dropout, gradient clipping.
import { tToken } from '../../i18n';
import { REGULARIZATIONS, type AppState, type Regularization } from '../../state/types';
import { trainPoints } from '../../state/defaults';
import type { AppContext, Panel } from '../context';
import { h, ht } from '../dom';
import { fmtParam } from '../format';
import { numberOptions, selectField } from '../widgets/fields';

const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const REG_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const BATCHES = [1, 2, 5, 10, 20, 30, 50, 100, 250];
const DROPOUTS = [0, 0.1, 0.2, 0.3, 0.5];
const CLIPS = [0, 0.1, 0.5, 1, 5, 10];

export class Training implements Panel {
  readonly el: HTMLElement;
  readonly onState: (s: Readonly<AppState>) => void;

  constructor(ctx: AppContext) {
    const s0 = ctx.store.state;
    const set = (fn: (s: AppState) => void) => ctx.store.update('train', fn);
    const opt = selectField(
      'training.optimizer',
      ctx.cat.optimizers.map((o) => ({ value: o, text: () => tToken('optimizer', o) })),
      s0.optimizer,
      (v) => set((s) => (s.optimizer = v)),
      {
        hide: 'optimizer',
        testid: 'optimizer',
      },
    );
    const lr = selectField(
      'training.lr',
      numberOptions(LEARNING_RATES, s0.learningRate, fmtParam),
      s0.learningRate,
      (v) => set((s) => (s.learningRate = v)),
      {
        hide: 'learningRate',
        testid: 'learning-rate',
      },
    );
    const batch = selectField(
      'training.batch',
      numberOptions(BATCHES, s0.batchSize),
      s0.batchSize,
      (v) => set((s) => (s.batchSize = v)),
      {
        hide: 'batchSize',
        testid: 'batch-size',
      },
    );
    const reg = selectField<Regularization>(
      'training.regularization',
      REGULARIZATIONS.map((r) => ({ value: r, text: r === 'none' ? { key: 'training.none' } : r })),
      s0.regularization,
      (v) => set((s) => (s.regularization = v)),
      { hide: 'regularization', testid: 'regularization' },
    );
    const rate = selectField(
      'training.regRate',
      numberOptions(REG_RATES, s0.regularizationRate, fmtParam),
      s0.regularizationRate,
      (v) => set((s) => (s.regularizationRate = v)),
      {
        hide: 'regularizationRate',
        testid: 'regularization-rate',
      },
    );
    const dropout = selectField(
      'training.dropout',
      numberOptions(DROPOUTS, s0.dropout, (v) => `${Math.round(v * 100)}%`),
      s0.dropout,
      (v) => set((s) => (s.dropout = v)),
      {
        hide: 'dropout',
        testid: 'dropout',
      },
    );
    const clipText = (v: number) => (v === 0 ? { key: 'training.off' as const } : fmtParam(v));
    const clipOptions = (cur: number) =>
      (CLIPS.includes(cur) ? CLIPS : [...CLIPS, cur].sort((a, b) => a - b)).map((v) => ({
        value: v,
        text: clipText(v),
      }));
    const clip = selectField(
      'training.clip',
      clipOptions(s0.clip),
      s0.clip,
      (v) => set((s) => (s.clip = v)),
      { hide: 'clip', testid: 'clip' },
    );

    this.onState = (s) => {
      opt.set(s.optimizer);
      lr.setOptions(numberOptions(LEARNING_RATES, s.learningRate, fmtParam), s.learningRate);
      const maxBatch = trainPoints(s);
      batch.setOptions(
        numberOptions(
          BATCHES.filter((b) => b <= maxBatch),
          s.batchSize,
        ),
        s.batchSize,
      );
      reg.set(s.regularization);
      rate.setOptions(numberOptions(REG_RATES, s.regularizationRate, fmtParam), s.regularizationRate);
      rate.setDisabled(s.regularization === 'none');
      dropout.setOptions(
        numberOptions(DROPOUTS, s.dropout, (v) => `${Math.round(v * 100)}%`),
        s.dropout,
      );
      clip.setOptions(clipOptions(s.clip), s.clip);
    };
    this.el = h(
      'section',
      { class: 'panel panel-training', 'data-hide': 'training', 'aria-labelledby': 'training-title' },
      ht('h2', 'training.title', {}, { id: 'training-title', class: 'panel-title' }),
      h('div', { class: 'field-row' }, opt.el, lr.el, batch.el, reg.el, rate.el, dropout.el, clip.el),
    );
  }
}
