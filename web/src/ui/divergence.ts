// divergence.ts — what to tell a student when training blows up, in plain words.
import type { Catalogue } from '../engine/types';
import { t } from '../i18n';
import type { AppState } from '../state/types';
import type { DivergenceReport } from '../worker/protocol';
import { actName } from './act-names';
import { fmtLoss, fmtParam } from './format';

/**
 * The core's explanation when an activation formula made the NaN/inf (cpp/core/trainer.cpp,
 * flag_divergence; pinned by tests/web/divergence.test.ts): its parts, said in the page's language.
 */
const FORMULA_FAULT =
  /the activation formula '(.*)' gave (NaN|inf|-inf) at x = (\S+) \(hidden layer (\d+)\)( at the initial weights)?/;

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
  const fault = FORMULA_FAULT.exec(r.detail);
  const why = fault
    ? () =>
        t(fault[5] ? 'notice.formulaAtStart' : 'notice.formulaLater', {
          formula: fault[1] ?? '',
          value: fault[2] ?? '',
          x: fault[3] ?? '',
          layer: fault[4] ?? '',
          lr: fmtParam(lr),
        })
    : () => t('notice.divergedWhy', { lr: fmtParam(lr), act: act() });
  // A formula not finite at the initial weights: restoring and a lower rate do not help.
  if (fault?.[5]) return [() => t('notice.diverged', { epoch: r.epoch, what: t('notice.nan') }), why];
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
