// divergence.ts — what to tell a student when training blows up, in plain words.
import type { Catalogue } from '../engine/types';
import { t } from '../i18n';
import type { AppState } from '../state/types';
import type { DivergenceReport } from '../worker/protocol';
import { actName } from './act-names';
import { fmtLoss, fmtParam } from './format';

/** A formula's input as the core's English text writes it (%g: six significant digits). */
const fmtX = (x: number) => String(Number(x.toPrecision(6)));

export function divergenceLines(
  r: DivergenceReport,
  s: Readonly<AppState>,
  cat: Catalogue,
): (() => string)[] {
  // The names in the language of the moment the line is shown (Korean names on a Korean page).
  const act = () => {
    const acts = [...new Set(s.layers.map((l) => l.act))].map((a) => actName(cat, a));
    return acts.length > 0 ? acts.join(', ') : (s.output ?? 'identity');
  };
  const lr = s.learningRate;
  // The core's cause, as facts (cpp/core/trainer.h DivergenceCause): never its English sentence.
  const c = r.cause;
  const fault = c.kind === 'formula';
  const why = fault
    ? () =>
        t(c.atInitialWeights ? 'notice.formulaAtStart' : 'notice.formulaLater', {
          formula: c.formula,
          value: c.value,
          x: fmtX(c.x),
          layer: c.layer,
          lr: fmtParam(lr),
        })
    : () => t('notice.divergedWhy', { lr: fmtParam(lr), act: act() });
  // A formula not finite at the initial weights: restoring and a lower rate do not help.
  if (fault && c.atInitialWeights)
    return [() => t('notice.diverged', { epoch: r.epoch, what: t('notice.nan') }), why];
  return [
    () =>
      t('notice.diverged', {
        epoch: r.epoch,
        what: Number.isNaN(r.trainLoss)
          ? t('notice.nan')
          : Number.isFinite(r.trainLoss)
            ? t('notice.farAbove', { loss: fmtLoss(r.trainLoss) })
            : t('notice.infinite'),
      }),
    why,
    () => t('notice.divergedFix'),
  ];
}
